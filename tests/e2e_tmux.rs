//! End to end: the real binary in a real terminal (tmux), keys typed, the screen read back,
//! and the terminal checked to be restored after `q` and after SIGTERM.

mod common;

use common::tmux::Tmux;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_brief");

fn sample_file(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("harbour.txt");
    let mut text = String::from("Harbour talks resume\n\n");
    for i in 0..30 {
        text.push_str(&format!(
            "Paragraph {i}: the harbour board said the ferries would run again after the storm, \
             and the port workers union urged caution over the damaged quay.\n\n"
        ));
    }
    std::fs::write(&path, text).expect("write sample");
    path
}

#[test]
fn reads_scrolls_searches_and_quits_leaving_the_terminal_clean() {
    let Some(t) = Tmux::start("quit", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    // The whole first frame (a capture may come halfway through drawing it).
    t.wait_for(
        |s| {
            s.contains("▶ Article")
                && s.contains("Actors")
                && s.contains("Claims")
                && s.contains("Paragraph 0:")
        },
        "the reader's first frame",
    );
    assert_eq!(t.display("#{alternate_on}"), "1");
    t.send(&["j", "j", "j", "j", "j", "j"]);
    t.wait_for(
        |s| !s.contains("Paragraph 0:"),
        "scrolled past the first paragraph",
    );
    t.send(&["/", "f", "e", "r", "r", "i", "Enter"]);
    t.wait_for(|s| s.contains("/30"), "search count");
    t.send(&["Tab"]);
    t.wait_for(|s| s.contains("▶ Actors"), "focus moved");
    t.send(&["?"]);
    t.wait_for(|s| s.contains("Keys"), "help");
    t.send(&["Escape"]);
    t.wait_for(|s| !s.contains("Keys ("), "help closed");
    t.send(&["q"]);
    let s = t.wait_for(common::tmux::exited, "the shell again");
    assert!(s.contains("EXIT=0"), "{s}");
    assert_eq!(
        t.display("#{alternate_on}"),
        "0",
        "left the alternate screen"
    );
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    let Some(t) = Tmux::start("term", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    t.wait_for(|s| s.contains("▶ Article"), "the reader");
    let s = t.signal_reader("-TERM");
    assert!(s.contains("EXIT=143"), "{s}");
    assert_eq!(t.display("#{alternate_on}"), "0");
    t.type_line("stty -a | grep -o ' -\\?icanon' ; echo DONE");
    let s = t.wait_for(|s| s.contains("DONE"), "stty");
    assert!(s.contains(" icanon"), "raw mode was left: {s}");
}

#[test]
fn a_missing_file_is_one_line_on_stderr_and_the_terminal_untouched() {
    let Some(t) = Tmux::start("missing", 80, 24) else {
        return;
    };
    t.type_line(&format!("{BIN} /nonexistent/brief.txt ; echo EXIT=$?"));
    let s = t.wait_for(common::tmux::exited, "the shell again");
    assert!(s.contains("EXIT=1"), "{s}");
    let errors: Vec<&str> = s.lines().filter(|l| l.starts_with("brief: ")).collect();
    assert_eq!(errors.len(), 1, "{s}");
    assert_eq!(t.display("#{alternate_on}"), "0");
}

#[test]
fn narrow_and_wide_terminals_show_their_layouts() {
    for (w, h, expect) in [(40u16, 12u16, "▶ Article  "), (200, 50, "Claims (")] {
        let Some(t) = Tmux::start(&format!("size{w}"), w, h) else {
            return;
        };
        let dir = tempfile::tempdir().expect("tempdir");
        let file = sample_file(&dir);
        t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
        let s = t.wait_for(|s| s.contains(expect), "the layout");
        if w == 200 {
            let first = s.lines().next().unwrap_or("");
            assert!(
                first.contains("Article") && first.contains("Actors") && first.contains("Claims"),
                "{s}"
            );
        }
        t.send(&["q"]);
        t.wait_for(|s| s.contains("EXIT=0"), "exit");
    }
}

#[test]
fn reads_a_document_from_stdin_and_keys_from_the_terminal() {
    let Some(t) = Tmux::start("stdin", 80, 24) else {
        return;
    };
    t.type_line(&format!(
        "printf 'Piped notes\\n\\nThe ferry ran late, said the harbour office.\\n' | {BIN} - ; echo EXIT=$?"
    ));
    let s = t.wait_for(|s| s.contains("▶ Article"), "the reader");
    assert!(s.contains("The ferry ran late"), "{s}");
    t.send(&["Tab"]);
    t.wait_for(|s| s.contains("▶ Actors"), "keys from the terminal device");
    t.send(&["q"]);
    let s = t.wait_for(common::tmux::exited, "the shell again");
    assert!(s.contains("EXIT=0"), "{s}");
    assert_eq!(t.display("#{alternate_on}"), "0");
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    let Some(t) = Tmux::start("hup", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    t.wait_for(|s| s.contains("▶ Article"), "the reader");
    let s = t.signal_reader("-HUP");
    assert!(s.contains("EXIT=129"), "{s}");
    assert_eq!(t.display("#{alternate_on}"), "0");
}

#[test]
fn closing_the_terminal_ends_the_reader_instead_of_spinning() {
    let Some(t) = Tmux::start("gone", 80, 24) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    t.type_line(&format!("exec {BIN} {}", file.display()));
    t.wait_for(|s| s.contains("▶ Article"), "the reader");
    let pid = t.display("#{pane_pid}");
    let _ = t.cmd(&["kill-server"]).status();
    let start = Instant::now();
    loop {
        // Gone, or a zombie waiting to be reaped: either way it stopped running.
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let state = stat
            .rsplit(')')
            .next()
            .and_then(|r| r.split_whitespace().next());
        if matches!(state, None | Some("Z") | Some("X")) {
            break;
        }
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "still running: {stat}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn output_to_a_file_is_refused_with_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    let out = Command::new(BIN).arg(&file).output().expect("run brief");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("brief: ") && err.contains("not a terminal"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "nothing written to stdout");
}

#[test]
fn without_a_utf8_locale_the_screen_is_plain_ascii() {
    let Some(t) = Tmux::start_in("ascii", 80, 24, "C") else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    let s = t.wait_for(|s| s.contains("> Article"), "the reader");
    assert!(
        s.lines().next().unwrap_or("").starts_with("# > Article"),
        "{s}"
    );
    assert!(s.is_ascii(), "{s}");
    t.send(&["q"]);
    t.wait_for(|s| s.contains("EXIT=0"), "exit");
}
