//! End to end in a real terminal (tmux): the reading position and bookmarks outlive the
//! process, at another terminal size, after `q` and after SIGHUP; storage problems show in
//! the status line while reading goes on.

mod common;

use common::tmux::{Tmux, exited};
use common::{read, unique_words_file};

const BIN: &str = env!("CARGO_BIN_EXE_brief");

/// The first word of the article's top line (row 1, inside the pane's left border).
fn top_word(screen: &str) -> String {
    let row = screen.lines().nth(1).unwrap_or_default();
    row.split(['┃', '│', '●'])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .and_then(|s| s.split_whitespace().next())
        .unwrap_or_default()
        .to_string()
}

/// The status line of an 80x24 screen.
fn status(screen: &str) -> &str {
    screen.lines().nth(23).unwrap_or_default()
}

/// The screen once the reader has caught up with the keys sent (two captures alike).
fn settled(t: &Tmux) -> String {
    let mut last = t.screen();
    for _ in 0..50 {
        std::thread::sleep(std::time::Duration::from_millis(150));
        let now = t.screen();
        if now == last {
            return now;
        }
        last = now;
    }
    last
}

#[test]
fn reopens_at_the_same_text_at_another_size_and_path_with_the_bookmark_marked() {
    let Some(t) = Tmux::start("reopen", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = unique_words_file(dir.path());
    let cmd = format!("{BIN} {} ; echo EXIT=$?", file.display());
    t.type_line(&cmd);
    t.wait_for(|s| s.contains("▶ Article"), "the reader");
    t.send(&["Space", "Space", "j", "j", "j"]);
    let word = top_word(&settled(&t));
    assert!(word.starts_with('p') && word != "p0w0", "scrolled: {word}");
    t.send(&["b"]);
    t.wait_for(|s| s.contains("bookmarked"), "the bookmark message");
    t.send(&["q"]);
    let s = t.wait_for(exited, "the shell again");
    assert!(s.contains("EXIT=0"), "{s}");
    let marks = read(&t.config_dir().join("bookmarks.toml"));
    assert!(
        marks.contains("[[bookmark]]") && marks.contains(&word),
        "{marks}"
    );

    // Moved and reopened at another size: found by its content.
    let moved = dir.path().join("moved.txt");
    std::fs::rename(&file, &moved).expect("move the briefing");
    let cmd = format!("{BIN} {} ; echo EXIT=$?", moved.display());
    t.resize(120, 40);
    t.type_line(&format!("clear; {cmd}"));
    // The same word on the top line, the bookmark marked in its margin.
    t.wait_for(
        |s| {
            let row = s.lines().nth(1).unwrap_or_default();
            s.contains("▶ Article") && row.contains(&word) && row.contains('●')
        },
        &format!("{word} on the top line at 120x40 with a bookmark mark"),
    );
    t.send(&["'"]);
    let s = t.wait_for(|s| s.contains("Bookmarks (1)"), "the bookmarks list");
    assert!(
        s.contains("Unique words briefing") && s.contains(&word),
        "{s}"
    );
    t.send(&["Escape"]);
    t.send(&["q"]);
    t.wait_for(exited, "the shell again");
}

#[test]
fn sighup_saves_the_position_and_bookmark_and_restores_the_terminal() {
    let Some(t) = Tmux::start("hup-state", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = unique_words_file(dir.path());
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    t.wait_for(|s| s.contains("▶ Article"), "the reader");
    t.send(&["Space", "Space", "b"]);
    t.wait_for(|s| s.contains("bookmarked"), "the bookmark message");
    // At once, before the few seconds after which a change is saved anyway.
    let s = t.signal_reader("-HUP");
    assert!(s.contains("EXIT=129"), "{s}");
    assert_eq!(
        t.display("#{alternate_on}"),
        "0",
        "left the alternate screen"
    );
    t.type_line("stty -a | grep -o ' -\\?icanon' ; echo DONE");
    let s = t.wait_for(|s| s.contains("DONE"), "stty");
    assert!(s.contains(" icanon"), "raw mode was left: {s}");

    let state = read(&t.config_dir().join("state.toml"));
    assert!(state.contains("unique.txt"), "{state}");
    assert!(state.contains("[doc.position]"), "{state}");
    assert!(
        !state.contains("block = 0\n"),
        "a position past the start: {state}"
    );
    let marks = read(&t.config_dir().join("bookmarks.toml"));
    assert!(marks.contains("[[bookmark]]"), "{marks}");
}

#[test]
fn a_config_dir_that_cannot_be_made_is_reported_and_reading_goes_on() {
    let Some(t) = Tmux::start("nodir", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = unique_words_file(dir.path());
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").expect("write");
    t.type_line(&format!(
        "BRIEF_CONFIG_DIR={}/brief {BIN} {} ; echo EXIT=$?",
        blocker.display(),
        file.display()
    ));
    // Waiting for the whole frame: a capture may come halfway through drawing it.
    t.wait_for(
        |s| s.contains("▶ Article") && status(s).contains("not saving"),
        "the reader saying it cannot save",
    );
    t.send(&["j", "b"]);
    let s = t.wait_for(|s| s.contains("bookmarked"), "a bookmark in memory");
    assert!(!s.contains("not saving"), "said once: {s}");
    t.send(&["q"]);
    let s = t.wait_for(exited, "the shell again");
    assert!(s.contains("EXIT=0"), "{s}");
}

#[test]
fn a_corrupt_state_file_is_moved_aside_and_said_once() {
    let Some(t) = Tmux::start("corrupt", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = unique_words_file(dir.path());
    std::fs::write(t.config_dir().join("state.toml"), "version = [oops").expect("write");
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    t.wait_for(
        |s| s.contains("▶ Article") && status(s).contains("state.toml"),
        "the reader naming the corrupt file",
    );
    t.send(&["j"]);
    let s = t.wait_for(|s| !s.contains("state.toml"), "the message gone");
    assert!(s.contains("▶ Article"));
    t.send(&["q"]);
    t.wait_for(exited, "the shell again");
    let moved = std::fs::read_dir(t.config_dir())
        .expect("config dir")
        .flatten()
        .any(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.toml.corrupt-")
        });
    assert!(moved, "the unreadable file is kept aside");
}

#[test]
fn changes_are_saved_a_few_seconds_later_while_reading_goes_on() {
    let Some(t) = Tmux::start("debounce", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = unique_words_file(dir.path());
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    t.wait_for(|s| s.contains("▶ Article"), "the reader");
    t.send(&["Space", "Space", "t", "b"]);
    t.wait_for(|s| s.contains("bookmarked"), "the bookmark message");
    let config = t.config_dir().to_path_buf();
    let start = std::time::Instant::now();
    let saved = |name: &str, needle: &str| read(&config.join(name)).contains(needle);
    while !(saved("bookmarks.toml", "[[bookmark]]") && saved("state.toml", "theme = ")) {
        assert!(
            start.elapsed() < std::time::Duration::from_secs(8),
            "not saved while running: {}",
            read(&config.join("state.toml"))
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert_eq!(t.display("#{alternate_on}"), "1", "still reading");
    t.send(&["q"]);
    t.wait_for(exited, "the shell again");
}
