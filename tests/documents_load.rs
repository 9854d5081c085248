//! Loading documents: files, folders as libraries, missing paths, the bundled samples.

use brief::document::{BlockKind, Document, Format, parse};
use brief::load::{LoadError, open_file, open_library, open_paths, samples};
use std::path::{Path, PathBuf};

fn texts(doc: &Document) -> Vec<&str> {
    doc.blocks
        .iter()
        .map(|b| &doc.body[b.range.clone()])
        .collect()
}

fn write(dir: &Path, rel: &str, text: &str) -> PathBuf {
    let path = dir.join(rel);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn opens_a_folder_as_a_library() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.md", "# Bravo\n\nText.");
    write(dir.path(), "a.txt", "Alpha\n\nText.");
    write(dir.path(), "sub/c.markdown", "# Charlie\n\nText.");
    write(dir.path(), "sub/skip.pdf", "not a document");
    write(dir.path(), ".hidden/d.md", "# Hidden\n\nText.");
    write(dir.path(), ".e.md", "# Hidden file\n\nText.");
    let docs = open_paths(&[dir.path().to_path_buf()]).unwrap();
    let titles: Vec<&str> = docs.iter().map(|d| d.meta.title.as_str()).collect();
    assert_eq!(titles, vec!["Alpha", "Bravo", "Charlie"]);
    assert!(docs.iter().all(|d| d.path.is_some()));
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_folder_ends() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "sub/a.md", "# A\n\nText.");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
    let docs = open_paths(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(docs.len(), 1);
}

#[test]
fn a_missing_file_is_named() {
    let err = open_paths(&[PathBuf::from("no/such/x.txt")]).unwrap_err();
    assert_eq!(err.to_string(), "no/such/x.txt: no such file");
}

#[test]
fn a_file_name_with_an_escape_sequence_is_shown_harmlessly() {
    let err = parse(b"\0", Format::Txt, "evil\x1b[2J.txt").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("evil\u{241b}[2J.txt: looks binary")
    );
    let err = open_paths(&[PathBuf::from("gone\x1b]0;x\x07.md")]).unwrap_err();
    assert_eq!(err.to_string(), "gone\u{241b}]0;x\u{2407}.md: no such file");
}

#[test]
fn an_empty_folder_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "readme.pdf", "x");
    let err = open_paths(&[dir.path().to_path_buf()]).unwrap_err();
    assert!(matches!(err, LoadError::NoDocuments { .. }));
    assert_eq!(
        err.to_string(),
        format!(
            "{}: no .txt or .md documents in this folder",
            dir.path().display()
        )
    );
}

#[test]
fn an_explicit_file_with_another_extension_reads_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "notes.log",
        "Intro text.\n\n## not markdown\n\nText.",
    );
    let doc = open_file(&path).unwrap();
    assert_eq!(texts(&doc)[1], "## not markdown");
    assert_eq!(doc.path.as_deref(), Some(path.as_path()));
}

#[test]
fn an_explicit_binary_file_is_refused_with_its_path() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("photo.jpg");
    std::fs::write(&path, b"\xff\xd8\xff\xe0\0\x10JFIF").unwrap();
    let err = open_paths(std::slice::from_ref(&path)).unwrap_err();
    assert!(
        err.to_string()
            .starts_with(&format!("{}: looks binary", path.display()))
    );
}

#[test]
fn a_library_skips_unreadable_files_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "good.md", "# Good\n\nText.");
    write(dir.path(), "bad.md", "+++\ntitle = \n+++\nText.");
    std::fs::write(dir.path().join("blob.txt"), b"\0\x01binary").unwrap();
    let dirs = [dir.path().to_path_buf()];
    let opened = open_library(&dirs).unwrap();
    assert_eq!(opened.documents.len(), 1);
    let reasons: Vec<String> = opened.skipped.iter().map(|e| e.to_string()).collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        reasons[0].contains("bad.md: line 2: front matter: "),
        "{reasons:?}"
    );
    assert!(
        reasons[1].contains("blob.txt: looks binary (NUL byte at offset 0)"),
        "{reasons:?}"
    );
    assert!(open_paths(&dirs).is_err());
}

#[test]
fn the_bundled_samples_all_parse() {
    let docs = samples();
    assert_eq!(docs.len(), 3);
    for d in &docs {
        assert!(!d.meta.title.is_empty());
        assert!(d.meta.source.is_some() && d.meta.published.is_some());
        assert!(d.blocks.len() > 3, "{}", d.meta.title);
        assert!(d.blocks.iter().any(|b| b.kind == BlockKind::Heading(2)));
    }
    assert!(docs.iter().any(|d| !d.links.is_empty()));
    assert!(
        docs.iter()
            .any(|d| d.blocks.iter().any(|b| b.kind == BlockKind::ListItem))
    );
}

#[test]
fn extract_reads_a_document_from_stdin() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["extract", "-", "--format", "json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(b"+++\ntitle = \"Piped \\u001b briefing\"\n+++\nThe minister spoke.\n")
        .unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["document"]["title"], "Piped \u{241b} briefing");
}

/// The whole message as `brief: {e:#}` prints it: the error, then each `source` after `: `.
fn with_causes(err: &dyn std::error::Error) -> String {
    let mut text = err.to_string();
    let mut cause = err.source();
    while let Some(c) = cause {
        text.push_str(&format!(": {c}"));
        cause = c.source();
    }
    text
}

#[test]
fn a_read_error_says_why_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "plain.txt", "Text.");
    let err = open_file(&file.join("below-a-file.txt")).unwrap_err();
    let shown = with_causes(&err);
    assert!(shown.contains("below-a-file.txt: "), "{shown}");
    assert_eq!(shown.matches("Not a directory").count(), 1, "{shown}");
}

#[test]
fn extracting_a_folder_says_it_needs_one_document() {
    let dir = tempfile::tempdir().unwrap();
    let err = open_file(dir.path()).unwrap_err();
    assert!(matches!(err, LoadError::IsFolder { .. }));
    assert_eq!(
        with_causes(&err),
        format!(
            "{}: is a folder; give one .txt or .md document",
            dir.path().display()
        )
    );
}

#[test]
fn stdin_named_twice_is_refused_rather_than_read_empty() {
    let dashes = [PathBuf::from("-"), PathBuf::from("-")];
    let err = open_paths(&dashes).unwrap_err();
    assert!(matches!(err, LoadError::StdinTwice), "{err}");
}

#[test]
fn a_missing_path_among_several_is_reported_and_the_rest_opens() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.md", "# Alpha\n\nText.");
    let gone = dir.path().join("missing.txt");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let opened = open_library(&[gone.clone(), a, empty, gone]).unwrap();
    assert_eq!(opened.documents.len(), 1);
    let reasons: Vec<String> = opened.skipped.iter().map(|e| e.to_string()).collect();
    assert_eq!(reasons.len(), 3, "in the order given: {reasons:?}");
    assert!(
        reasons[0].ends_with("missing.txt: no such file"),
        "{reasons:?}"
    );
    assert!(reasons[1].ends_with("empty: no .txt or .md documents in this folder"));
    assert!(
        reasons[2].ends_with("missing.txt: no such file"),
        "{reasons:?}"
    );
    assert!(opened.skipped[0].path().ends_with("missing.txt"));
}

#[test]
fn an_unreadable_subfolder_is_skipped_and_reported() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.md", "# Alpha\n\nText.");
    let locked = dir.path().join("locked");
    write(dir.path(), "locked/b.md", "# Bravo\n\nText.");
    let mode = |m| std::fs::Permissions::from_mode(m);
    std::fs::set_permissions(&locked, mode(0o000)).unwrap();
    if std::fs::read_dir(&locked).is_ok() {
        // Root reads it anyway; tests/e2e_folders.rs covers this as another user.
        eprintln!("skipping: permissions do not stop this user (root)");
        std::fs::set_permissions(&locked, mode(0o755)).unwrap();
        return;
    }
    let opened = open_library(&[dir.path().to_path_buf()]).unwrap();
    std::fs::set_permissions(&locked, mode(0o755)).unwrap();
    assert_eq!(opened.documents.len(), 1);
    assert_eq!(opened.skipped.len(), 1);
    let reason = opened.skipped[0].to_string();
    assert!(reason.contains("locked: Permission denied"), "{reason}");
}
