//! In a real terminal (tmux, which draws flags and ZWJ sequences at other widths than
//! ratatui counts), scrolling over emoji leaves no halves of them behind.

mod common;

use common::tmux::Tmux;

const BIN: &str = env!("CARGO_BIN_EXE_brief");

#[test]
fn scrolling_over_flags_and_zwj_emoji_leaves_no_halves_behind() {
    let Some(t) = Tmux::start("emoji", 40, 12) else {
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("emoji.txt");
    let text = "Emoji on the quay\n\n\
        Sailors hoisted 🇳🇴 and 🇵🇹 pennants beside 👩‍👩‍👦 crews waiting at the ferry ramp.\n\n\
        Harbour staff answered with ❤️ and 👋🏾 while 🏴‍☠️ jokes went round the canteen.\n\n\
        The pilot boat flew a 🏳️‍🌈 flag and the 🇮🇸 ensign until the gale came in.\n\n\
        Later the ferry left and the quay was quiet again for the night.\n";
    std::fs::write(&path, text).expect("write");
    t.type_line(&format!("{BIN} {} ; echo EXIT=$?", path.display()));
    t.wait_for(|s| s.contains("0%"), "the reader");
    for key in ["j", "j", "j", "j", "j", "j", "k", "k", "k", "k", "k", "k"] {
        t.send(&[key]);
    }
    let s = t.wait_for(
        |s| s.contains("Emoji on the quay") && s.contains("0%"),
        "back at the top",
    );
    // Inside the frame nothing but the article's own text: every row ends at the border,
    // and the column before it is blank (text never reaches it at this width).
    for row in s.lines().filter(|l| l.starts_with('┃')) {
        let inner: Vec<char> = row.chars().collect();
        assert_eq!(inner.last(), Some(&'┃'), "{row:?}\n{s}");
        let before = inner[inner.len() - 2];
        assert!(
            before == ' ' || before.is_ascii_punctuation() || before.is_alphanumeric(),
            "a leftover at the right edge: {row:?}\n{s}"
        );
        assert!(
            !row.chars()
                .any(|c| ('\u{1f1e6}'..='\u{1f1ff}').contains(&c))
                || row.contains("pennants")
                || row.contains("ensign")
                || row.contains("Sailors"),
            "a flag half on a row that has no flag: {row:?}\n{s}"
        );
    }
    t.send(&["q"]);
    t.wait_for(common::tmux::exited, "exit");
}
