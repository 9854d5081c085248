//! End to end in a real terminal (tmux): a library of two briefings, one reporting a plant's
//! closure and one carrying the company's denial. The Post's claim says it is disputed in one
//! other briefing, `C` lists the wire's denial, and Enter opens the wire at it.

mod common;

use common::tmux::{Tmux, exited};

#[test]
fn a_claim_disputed_in_another_briefing_lists_it_and_opens_it() {
    let Some(t) = Tmux::start("disputes", 140, 40) else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("lib");
    std::fs::create_dir(&lib).expect("lib dir");
    let fixture =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/disputes/deny");
    for name in ["post.md", "wire.md"] {
        std::fs::copy(fixture.join(name), lib.join(name)).expect("copy");
    }
    t.type_line(&format!(
        "BRIEF_CACHE_DIR='{}' '{}' '{}'; echo EXIT=$?",
        dir.path().join("cache").display(),
        env!("CARGO_BIN_EXE_brief"),
        lib.display()
    ));
    t.wait_for(
        |s| s.contains("2 briefings") && !s.contains("listing") && !s.contains("indexing"),
        "the library indexed",
    );
    t.send(&["/"]);
    t.cmd(&["send-keys", "-t", "0", "-l", "kestrian"])
        .status()
        .expect("type");
    t.wait_for(|s| s.contains("(1 shown)"), "the filter applied");
    t.send(&["Enter", "Enter"]);
    t.wait_for(
        |s| s.contains("Article: Halvor to close Amsel plant"),
        "the Post's report open",
    );
    t.send(&["Tab", "Tab"]);
    // Down the Claims pane to the claim the wire disputes.
    let mut found = false;
    for _ in 0..12 {
        if t.screen().contains("disputed in 1 other briefing ") {
            found = true;
            break;
        }
        t.send(&["j"]);
        std::thread::sleep(std::time::Duration::from_millis(150));
    }
    assert!(found, "no claim disputed across:\n{}", t.screen());
    t.send(&["C"]);
    let s = t.wait_for(
        |s| s.contains("Enter opens at its claim"),
        "the list of disputing briefings",
    );
    assert!(s.contains("Halvor Energy denies"), "{s}");
    t.send(&["Enter"]);
    t.wait_for(
        |s| {
            s.contains("Article: Halvor denies closure report")
                && !s.contains("Enter opens at its claim")
        },
        "the wire open at its denial",
    );
    t.send(&["q"]);
    let s = t.wait_for(exited, "the reader to quit");
    assert!(s.contains("EXIT=0"), "{s}");
}
