//! `brief bookmarks --format text|json|markdown`, driven through the real binary with the
//! config directory in a tempdir.

use brief::document::DocId;
use brief::state::{Anchor, DocRef, Timestamp};
use brief::storage::{BOOKMARKS_FILE, Storage};
use std::path::Path;
use std::process::{Command, Output};

/// A config dir with two bookmarks in one document and one in another.
fn config_with_bookmarks() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut s = Storage::open(dir.path());
    let (mut state, mut marks) = s.load();
    let a = DocId("aaaaaaaaaaaaaaaa".into());
    let b = DocId("bbbbbbbbbbbbbbbb".into());
    let doc_a = DocRef {
        id: &a,
        path: Some(Path::new("/briefs/harbour.md")),
        title: "Harbour reopens",
    };
    let doc_b = DocRef {
        id: &b,
        path: Some(Path::new("/briefs/budget.txt")),
        title: "Budget talks stall",
    };
    let t = |ms: u64| Timestamp::from_unix_millis(1_764_000_000_000 + ms);
    marks.add(
        doc_a,
        Anchor::new(4, 10),
        "Ferries resumed at dawn.",
        "",
        &t(0),
    );
    marks.add(
        doc_a,
        Anchor::new(1, 0),
        "The port authority said the channel was clear.",
        "Check the\x1b[31m date",
        &t(1),
    );
    marks.add(
        doc_b,
        Anchor::new(2, 5),
        "No agreement was reached.",
        "",
        &t(2),
    );
    assert!(s.save(&mut state, &mut marks));
    dir
}

fn brief(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env("BRIEF_CONFIG_DIR", dir)
        // Times are shown in local time: fix the zone.
        .env("TZ", "UTC")
        .output()
        .expect("runs brief")
}

fn stdout(o: &Output) -> String {
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

#[test]
fn lists_bookmarks_as_text_grouped_by_document() {
    let dir = config_with_bookmarks();
    let out = stdout(&brief(dir.path(), &["bookmarks"]));
    let budget = out.find("Budget talks stall").expect("first document");
    let harbour = out.find("Harbour reopens").expect("second document");
    assert!(budget < harbour, "documents by title:\n{out}");
    let port = out.find("The port authority").expect("excerpt");
    let ferries = out.find("Ferries resumed").expect("excerpt");
    assert!(harbour < port && port < ferries, "reading order:\n{out}");
    assert!(out.contains("/briefs/harbour.md"));
    assert!(
        out.contains("2025-11-24 16:00 +00:00"),
        "date shown:\n{out}"
    );
    assert!(out.contains("note: Check the"), "{out}");
    assert!(!out.contains('\x1b'), "no escape byte reaches the terminal");
}

#[test]
fn exports_bookmarks_as_json() {
    let dir = config_with_bookmarks();
    let out = stdout(&brief(dir.path(), &["bookmarks", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[1]["title"], "Harbour reopens");
    assert_eq!(docs[1]["path"], "/briefs/harbour.md");
    assert_eq!(docs[1]["id"], "aaaaaaaaaaaaaaaa");
    let marks = docs[1]["bookmarks"].as_array().expect("bookmarks");
    assert_eq!(marks.len(), 2);
    assert_eq!(marks[0]["position"]["block"], 1);
    assert_eq!(marks[1]["position"]["offset"], 10);
    // A typed note is untrusted too: its escape byte comes out as a visible symbol.
    assert_eq!(marks[0]["note"], "Check the\u{241b}[31m date");
    assert_eq!(marks[0]["orphaned"], false);
    assert!(
        marks[0]["created"]
            .as_str()
            .is_some_and(|c| c.ends_with('Z'))
    );
}

#[test]
fn exports_bookmarks_as_markdown() {
    let dir = config_with_bookmarks();
    let out = stdout(&brief(dir.path(), &["bookmarks", "--format", "markdown"]));
    assert!(out.starts_with("# Bookmarks\n"), "{out}");
    assert!(out.contains("\n## Harbour reopens\n"), "{out}");
    assert!(out.contains("  > Ferries resumed at dawn."), "{out}");
    assert!(out.contains("  Note: Check the"), "{out}");
    assert!(!out.contains('\x1b'));
}

#[test]
fn an_empty_config_dir_lists_no_bookmarks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = stdout(&brief(dir.path(), &["bookmarks"]));
    assert_eq!(out, "No bookmarks yet.\n");
    let json = stdout(&brief(dir.path(), &["bookmarks", "--format", "json"]));
    let v: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(v["documents"].as_array().map(Vec::len), Some(0));
    assert!(
        std::fs::read_dir(dir.path()).expect("dir").next().is_none(),
        "listing writes nothing"
    );
}

#[test]
fn the_config_dir_flag_wins_over_the_environment() {
    let with = config_with_bookmarks();
    let empty = tempfile::tempdir().expect("tempdir");
    let flag = with.path().to_str().expect("utf-8 temp path");
    let out = stdout(&brief(empty.path(), &["bookmarks", "--config-dir", flag]));
    assert!(out.contains("Harbour reopens"), "{out}");
    let out = stdout(&brief(empty.path(), &["--config-dir", flag, "bookmarks"]));
    assert!(
        out.contains("Harbour reopens"),
        "global flag before the command:\n{out}"
    );
}

#[test]
fn a_corrupt_bookmarks_file_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(BOOKMARKS_FILE);
    std::fs::write(&path, "version = 1\n[[bookmark]]\nid = \"x\"\n").expect("write");
    let o = brief(dir.path(), &["bookmarks"]);
    assert!(o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("bookmarks.toml") && err.contains("doc_id"),
        "{err}"
    );
    assert!(path.exists(), "a reader never moves files");
}

#[test]
fn listing_works_while_another_brief_keeps_saving() {
    let dir = tempfile::tempdir().expect("tempdir");
    let writer = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["write-bookmarks-loop", "--config-dir"])
        .arg(dir.path())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn the writer");
    // Killed on drop, so a failing assertion leaves no writer running.
    let _writer = KillOnDrop(writer);
    let started = std::time::Instant::now();
    while !dir.path().join(BOOKMARKS_FILE).exists() {
        assert!(started.elapsed().as_secs() < 10, "the writer never saved");
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    let mut outputs = std::collections::HashSet::new();
    for _ in 0..20 {
        let o = brief(dir.path(), &["bookmarks", "--format", "json"]);
        let err = String::from_utf8_lossy(&o.stderr).into_owned();
        assert!(err.is_empty(), "no complaint while the writer runs: {err}");
        let out = stdout(&o);
        let v: serde_json::Value = serde_json::from_str(&out).expect("valid JSON");
        assert_eq!(v["documents"].as_array().map(Vec::len), Some(1));
        outputs.insert(out);
    }
    assert!(outputs.len() > 1, "the file changed while listing");
}

struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}
