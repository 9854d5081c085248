//! End to end on a real pseudo-terminal (no tmux needed): when the terminal goes away the
//! reader saves the position and the bookmarks, exits within 3 s without spinning, whether
//! the hang-up signal reaches it or its parent set SIGHUP to be ignored; a bracketed paste
//! into the note prompt is text, never keys.
#![cfg(target_os = "linux")]

mod common;

use common::pty::{Hup, Pty};
use common::{read, unique_words_file};
use std::os::unix::process::ExitStatusExt;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_brief");

/// Bookmark, move to the end, close the terminal at once, and check the way out.
fn hang_up(hup: Hup) {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = tempfile::tempdir().expect("config dir");
    let file = unique_words_file(dir.path());
    let mut pty = Pty::spawn(BIN, &[&file], config.path(), hup);
    pty.wait_for(|s| s.contains("Article"), "the reader");
    pty.write(b"jjjb");
    pty.wait_for(|s| s.contains("bookmarked"), "the bookmark message");
    pty.write(b"G");
    pty.wait_for(|s| s.contains("100%"), "the end of the article");
    // Well before the delayed save (2 s): only the save on the way out can keep these.
    let before = pty.cpu();
    let closed = Instant::now();
    pty.close_master();
    let (status, cpu) = pty
        .wait_exit(Duration::from_secs(3))
        .unwrap_or_else(|| panic!("{hup:?}: still running 3 s after the terminal closed"));
    let after_close = cpu.saturating_sub(before);
    eprintln!(
        "{hup:?}: exited after {:?} with {status:?}, {after_close:?} of CPU after the close",
        closed.elapsed()
    );
    assert!(
        after_close < Duration::from_millis(500),
        "{hup:?}: {after_close:?} of CPU after the close"
    );
    assert_eq!(
        status.signal(),
        None,
        "{hup:?}: killed by a signal: {status:?}"
    );
    let code = status.code();
    match hup {
        // The signal (129) or the terminal seen hanging up first (1): both are a clean end.
        Hup::Delivered => assert!(matches!(code, Some(129 | 1)), "{status:?}"),
        Hup::Ignored => assert_eq!(code, Some(1), "a lost terminal exits 1"),
    }
    let state = read(&config.path().join("state.toml"));
    assert!(state.contains("unique.txt"), "{hup:?}: {state}");
    assert!(state.contains("[doc.position]"), "{hup:?}: {state}");
    assert!(!state.contains("block = 0\n"), "{hup:?}: moved: {state}");
    let marks = read(&config.path().join("bookmarks.toml"));
    assert!(marks.contains("[[bookmark]]"), "{hup:?}: {marks}");
}

#[test]
fn a_hangup_signal_saves_and_ends_the_reader() {
    hang_up(Hup::Delivered);
}

#[test]
fn a_closed_terminal_with_sighup_ignored_saves_and_ends_the_reader() {
    hang_up(Hup::Ignored);
}

#[test]
fn a_bracketed_paste_into_the_note_is_text_not_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = tempfile::tempdir().expect("config dir");
    let file = unique_words_file(dir.path());
    let mut pty = Pty::spawn(BIN, &[&file], config.path(), Hup::Delivered);
    pty.wait_for(|s| s.contains("Article"), "the reader");
    assert!(pty.bracketed_paste(), "bracketed paste is switched on");
    pty.write(b"B");
    pty.wait_for(|s| s.contains("Note: "), "the note prompt");
    // Each of newline, ', x and q would be a command if read as keys.
    pty.write(b"\x1b[200~check this\nsource ' x q\x1b[201~");
    pty.wait_for(|s| s.contains("check this source ' x q"), "the pasted note");
    pty.write(b"\r");
    pty.wait_for(|s| s.contains("bookmarked"), "the bookmark message");
    assert!(
        pty.child.try_wait().expect("try_wait").is_none(),
        "still running"
    );
    pty.write(b"q");
    let (status, _) = pty.wait_exit(Duration::from_secs(3)).expect("quits on q");
    assert_eq!(status.code(), Some(0));
    let marks = read(&config.path().join("bookmarks.toml"));
    assert_eq!(marks.matches("[[bookmark]]").count(), 1, "{marks}");
    assert!(
        marks.contains("note = \"check this source ' x q\""),
        "{marks}"
    );
}
