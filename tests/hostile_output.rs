//! No hostile sequence of DESIGN.md "Sanitising" (ESC with CSI and OSC, other C0 and C1
//! controls, DEL, bidi embeddings, overrides and isolates, zero-width and invisible format
//! characters) reaches any `--format` output of `brief extract` or `brief bookmarks`: not as a
//! raw byte, and not escaped in JSON or TOML either (`jq -r` would print it raw). The fixture
//! carries them in the body, the front matter, the file name and a bookmark's note.

use brief::document::DocId;
use brief::state::{Anchor, DocRef, Timestamp};
use brief::storage::Storage;
use std::path::Path;
use std::process::Command;

/// Every character that must never come out, with a name for the failure message.
fn forbidden(c: char) -> bool {
    let u = u32::from(c);
    (c.is_control() && c != '\n')
        || (0x202a..=0x202e).contains(&u)
        || (0x2066..=0x2069).contains(&u)
        || matches!(
            u,
            0x200b | 0x200e | 0x200f | 0x061c | 0x00ad | 0x180e | 0xfeff
        )
        || (0x2060..=0x2064).contains(&u)
        || (0x206a..=0x206f).contains(&u)
        || (0xfff9..=0xfffb).contains(&u)
        || (0xe0000..=0xe007f).contains(&u)
}

/// Every hostile sequence, as a string.
fn hostile() -> String {
    let mut s =
        String::from("\u{1b}[31mred\u{1b}[0m \u{1b}]0;owned\u{7} \u{1b}]8;;http://x\u{1b}\\link ");
    // NUL is left to the note: in a document it refuses the file as binary.
    for c in (1u32..0x20).chain([0x7f]).chain(0x80..0xa0) {
        if c != u32::from(b'\n') {
            s.push(char::from_u32(c).expect("a char"));
        }
    }
    for c in (0x202a..=0x202e).chain(0x2066..=0x2069).chain([
        0x200b, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff, 0x00ad, 0x061c,
        0x180e, 0x206a, 0x206f, 0xfff9, 0xfffb, 0xe0001, 0xe007f,
    ]) {
        s.push(char::from_u32(c).expect("a char"));
    }
    s
}

fn check(what: &str, s: &str) {
    if let Some(c) = s.chars().find(|&c| forbidden(c)) {
        panic!("{what}: U+{:04X} came out in {s:?}", u32::from(c));
    }
}

fn check_json(what: &str, v: &serde_json::Value) {
    match v {
        serde_json::Value::String(s) => check(what, s),
        serde_json::Value::Array(a) => a.iter().for_each(|x| check_json(what, x)),
        serde_json::Value::Object(m) => m.iter().for_each(|(k, x)| {
            check(what, k);
            check_json(what, x);
        }),
        _ => {}
    }
}

fn check_toml(what: &str, v: &toml::Value) {
    match v {
        toml::Value::String(s) => check(what, s),
        toml::Value::Array(a) => a.iter().for_each(|x| check_toml(what, x)),
        toml::Value::Table(t) => t.iter().for_each(|(k, x)| {
            check(what, k);
            check_toml(what, x);
        }),
        _ => {}
    }
}

fn brief(config: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env("BRIEF_CONFIG_DIR", config)
        .output()
        .expect("runs brief");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Raw, then as the format's own parser decodes it.
fn check_output(what: &str, format: &str, out: &str) {
    check(what, out);
    match format {
        "json" => check_json(what, &serde_json::from_str(out).expect("valid JSON")),
        "toml" => check_toml(what, &toml::from_str(out).expect("valid TOML")),
        _ => {}
    }
}

#[test]
fn no_hostile_sequence_reaches_any_format_of_extract_or_bookmarks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let h = hostile();
    // TOML escapes put the raw characters into the front matter's values.
    let escaped: String = h
        .chars()
        .map(|c| format!("\\U{:08X}", u32::from(c)))
        .collect();
    let text = format!(
        "+++\ntitle = \"Talks {escaped} resume\"\nsource = \"Wire {escaped}\"\n+++\n\
         Minister Alva Rendt said the convoy {h} was stopped for an inspection.\n\n\
         \"We saw {h} an ambush,\" said Oskar Lind of the Coastal Union.\n"
    );
    let file = dir
        .path()
        .join("brief \u{1b}[2J\u{202e}txt.\u{200b}\u{9b}md");
    std::fs::write(&file, text).expect("write the fixture");
    let path = file.to_str().expect("UTF-8 name");
    for format in ["json", "toml", "text"] {
        let out = brief(dir.path(), &["extract", path, "--format", format]);
        check_output(&format!("extract --format {format}"), format, &out);
        assert!(out.contains("Alva Rendt") || format == "text", "{out}");
    }

    // A bookmark with every hostile sequence in its note, title, path and excerpt.
    let config = dir.path().join("config");
    let mut s = Storage::open(&config);
    let (mut state, mut marks) = s.load();
    let id = DocId("00ff00ff00ff00ff".into());
    let doc = DocRef {
        id: &id,
        path: Some(&file),
        title: &format!("Title {h}"),
    };
    let now = Timestamp::from_unix_millis(1_795_608_000_000);
    marks.add(
        doc,
        Anchor::new(1, 0),
        &format!("excerpt {h}"),
        &format!("note {h}\u{0}\nsecond line {h}"),
        &now,
    );
    assert!(s.save(&mut state, &mut marks));
    for format in ["json", "text", "markdown"] {
        let out = brief(&config, &["bookmarks", "--format", format]);
        check_output(&format!("bookmarks --format {format}"), format, &out);
        assert!(out.contains("second line"), "{out}");
    }
}
