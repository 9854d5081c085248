//! End to end in a real terminal (tmux): a generated library of a few hundred documents is
//! listed and indexed in the background, filtered, a document opened, `]` steps to the next
//! one in the library's order, and the Actors pane says in how many other briefings the
//! selected actor appears; `o` lists them and Enter jumps to one.

mod common;

#[path = "../benches/library_gen.rs"]
mod library_gen;

use common::tmux::{Tmux, exited};

/// The reader's position "k/n" in the status line, if shown.
fn position(screen: &str) -> Option<String> {
    let status = screen.lines().rev().find(|l| !l.trim().is_empty())?;
    status
        .split_whitespace()
        .find(|w| {
            w.contains('/')
                && w.split('/')
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == ','))
        })
        .map(str::to_string)
}

#[test]
fn a_generated_library_is_filtered_opened_stepped_and_shows_actors_across_documents() {
    let Some(t) = Tmux::start("library", 120, 36) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("lib");
    // Short bodies: the test binary is a debug build, whose extraction is slow.
    library_gen::generate_sized(&lib, 300, 3, 600).expect("generate");
    t.type_line(&format!(
        "BRIEF_CACHE_DIR='{}' '{}' '{}'; echo EXIT=$?",
        dir.path().join("cache").display(),
        env!("CARGO_BIN_EXE_brief"),
        lib.display()
    ));
    let s = t.wait_for(
        |s| s.contains("300 briefings") && !s.contains("listing") && !s.contains("reading "),
        "the library listed",
    );
    assert!(s.contains("300 unread"), "{s}");
    t.send(&["/"]);
    t.cmd(&["send-keys", "-t", "0", "-l", "report 2"])
        .status()
        .expect("type");
    t.wait_for(|s| s.contains("filter: report 2 ("), "the filter applied");
    t.send(&["Enter", "Enter"]);
    let s1 = t.wait_for(
        |s| position(s).is_some_and(|p| p.starts_with("1/")),
        "the first match open",
    );
    let first = position(&s1).expect("a position");
    t.send(&["]"]);
    let s2 = t.wait_for(
        |s| position(s).is_some_and(|p| p.starts_with("2/")),
        "the next document",
    );
    assert_eq!(
        first.split('/').nth(1),
        position(&s2).as_deref().and_then(|p| p.split('/').nth(1)),
        "the same (filtered) library order"
    );
    // The second actor, so that landing on the first one of the other briefing would not pass.
    t.send(&["Tab", "j"]);
    // Indexing goes on in the background; the count shows once it is complete.
    let start = std::time::Instant::now();
    let s = loop {
        let s = t.screen();
        if s.contains("also in ") && !s.contains("indexing") {
            break s;
        }
        assert!(
            start.elapsed().as_secs() < 120,
            "indexing did not finish:\n{s}"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    };
    let line = s
        .lines()
        .find(|l| l.contains("also in "))
        .unwrap_or_default();
    let n: usize = line
        .split("also in ")
        .nth(1)
        .and_then(|r| r.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .expect("a count");
    assert!(n > 0, "generated actors recur across documents: {line}");
    let title = |s: &str| {
        s.lines()
            .find(|l| l.contains("Article: "))
            .and_then(|l| l.split("Article: ").nth(1))
            .map(|t| t.chars().take(30).collect::<String>())
    };
    let before = title(&s);
    // The selected actor's name: the row after "▸ " up to its count "×n".
    let selected_actor = |s: &str| {
        s.lines()
            .find_map(|l| l.split("▸ ").nth(1))
            .and_then(|r| r.split(" ×").next())
            .map(str::to_string)
    };
    let actor = selected_actor(&s).expect("an actor selected");
    t.send(&["O"]);
    t.wait_for(
        |s| s.contains("Enter opens at the first mention"),
        "the list of other briefings",
    );
    t.send(&["Enter"]);
    t.wait_for(
        |s| {
            !s.contains("Enter opens at the first mention")
                && title(s).is_some()
                && title(s) != before
        },
        "another briefing open",
    );
    // It lands on the same actor, selected in the focused Actors pane (its mentions lit).
    let s = t.wait_for(
        |s| selected_actor(s).as_deref() == Some(actor.as_str()),
        "the same actor selected in the other briefing",
    );
    assert!(s.contains("▶ Actors"), "the Actors pane has focus:\n{s}");
    t.send(&["q"]);
    let s = t.wait_for(exited, "the reader to quit");
    assert!(s.contains("EXIT=0"), "{s}");
}
