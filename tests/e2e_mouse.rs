//! End to end with the mouse: the real binary in tmux, SGR mouse reports typed into the pane
//! as a terminal sends them (wheel, press and release), the screen read back.

mod common;

use common::tmux::Tmux;
use std::path::PathBuf;

const BIN: &str = env!("CARGO_BIN_EXE_brief");

fn sample_file(dir: &tempfile::TempDir) -> PathBuf {
    let path = dir.path().join("harbour.txt");
    let mut text = String::from("Harbour talks resume\n\n");
    for i in 0..30 {
        text.push_str(&format!(
            "Paragraph {i}: Minister Alva Rendt said the ferries would run again after the \
             storm, and the Port Workers Union urged caution over the damaged quay.\n\n"
        ));
    }
    std::fs::write(&path, text).expect("write sample");
    path
}

/// An SGR (1006) mouse report: `button` at the 1-based cell (`x`, `y`), pressed or released.
fn sgr(button: u8, x: u16, y: u16, press: bool) -> String {
    format!("\x1b[<{button};{x};{y}{}", if press { 'M' } else { 'm' })
}

fn send_raw(t: &Tmux, bytes: &str) {
    let ok = t
        .cmd(&["send-keys", "-t", "0", "-l", bytes])
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "send-keys -l");
}

#[test]
fn the_wheel_scrolls_and_a_click_focuses_and_jumps() {
    let Some(t) = Tmux::start("mouse", 120, 40) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    t.wait_for(
        |s| s.contains("▶ Article") && s.contains("Alva Rendt") && s.contains("Paragraph 0:"),
        "the reader's first frame",
    );
    assert_eq!(t.display("#{mouse_any_flag}"), "1", "mouse reports on");
    // Three notches of the wheel over the article: nine lines.
    for _ in 0..3 {
        send_raw(&t, &sgr(65, 10, 5, true));
    }
    t.wait_for(|s| !s.contains("Paragraph 0:"), "the article scrolled");
    // A click (press, release) on the first actor: the Actors pane (x 55-80 at 120 columns)
    // lists "People (1)" then Alva Rendt on its second inner line, screen row 3.
    send_raw(&t, &sgr(0, 60, 3, true));
    send_raw(&t, &sgr(0, 60, 3, false));
    let s = t.wait_for(
        |s| s.contains("▶ Actors") && s.contains("mention"),
        "the actor focused and jumped to",
    );
    assert!(s.contains("Alva Rendt: mention"), "{s}");
    t.send(&["q"]);
    let s = t.wait_for(common::tmux::exited, "the shell again");
    assert!(s.contains("EXIT=0"), "{s}");
    assert_eq!(
        t.display("#{mouse_any_flag}"),
        "0",
        "mouse reports off again"
    );
}

#[test]
fn mouse_false_in_config_toml_leaves_the_mouse_to_the_terminal() {
    let Some(t) = Tmux::start("nomouse", 100, 30) else {
        return;
    };
    std::fs::write(t.config_dir().join("config.toml"), "mouse = false\n").expect("config");
    let dir = tempfile::tempdir().expect("tempdir");
    let file = sample_file(&dir);
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", file.display()));
    t.wait_for(|s| s.contains("▶ Article"), "the reader's first frame");
    assert_eq!(t.display("#{mouse_any_flag}"), "0");
    t.send(&["q"]);
    let s = t.wait_for(common::tmux::exited, "the shell again");
    assert!(s.contains("EXIT=0"), "{s}");
}
