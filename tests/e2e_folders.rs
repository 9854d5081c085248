//! Opening several paths in a real terminal: an unreadable subfolder and a missing path do
//! not stop the reader; each is listed once with its error in the status line and again on
//! standard error after the reader ends. Nothing openable: one line per problem, exit 1.
#![cfg(target_os = "linux")]

mod common;

use common::pty::{Hup, Pty, is_root};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_brief");

/// The user `nobody`, for a test that needs permissions to bite while running as root.
const NOBODY: u32 = 65534;

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

#[test]
fn an_unreadable_subfolder_and_a_missing_path_are_listed_and_the_rest_opens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = tempfile::tempdir().expect("config dir");
    let library = dir.path().join("library");
    std::fs::create_dir_all(library.join("locked")).expect("folders");
    std::fs::write(library.join("open.md"), "# Harbour notes\n\nText.\n").expect("write");
    std::fs::write(library.join("locked/hidden.md"), "# Locked\n\nText.\n").expect("write");
    chmod(dir.path(), 0o755);
    chmod(&library, 0o755);
    chmod(&library.join("locked"), 0o000);
    chmod(config.path(), 0o777);
    // As root, chmod 000 does not stop a read: run the reader as nobody.
    let user = is_root().then_some(NOBODY);
    let missing = dir.path().join("missing.txt");
    let mut pty = Pty::spawn_as(
        BIN,
        &[&library, &missing],
        config.path(),
        Hup::Delivered,
        user,
    );
    // The status line is the last row a frame draws: wait for it too, not a frame half read.
    let s = pty.wait_for(
        |s| s.contains("Harbour notes") && s.contains("could not open"),
        "the readable document and the status line",
    );
    let status = s.lines().nth(23).unwrap_or_default().to_string();
    assert!(
        status.contains("could not open 2 paths: locked, missing.txt"),
        "{status}\n{s}"
    );
    pty.write(b"q");
    let (exit, _) = pty.wait_exit(Duration::from_secs(3)).expect("quits on q");
    assert_eq!(exit.code(), Some(0));
    let s = pty.wait_for(
        |s| s.contains("brief: could not open") && s.contains("no such file"),
        "the list on stderr",
    );
    let listed: Vec<&str> = s
        .lines()
        .filter(|l| l.starts_with("brief: could not open"))
        .collect();
    assert_eq!(listed.len(), 2, "each problem once:\n{s}");
    assert!(
        listed[0].ends_with("locked: Permission denied (os error 13)"),
        "{s}"
    );
    assert!(listed[1].ends_with("missing.txt: no such file"), "{s}");
    chmod(&library.join("locked"), 0o755);
}

#[test]
fn nothing_to_open_fails_with_one_line_per_problem() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty");
    std::fs::create_dir(&empty).expect("folder");
    let out = Command::new(BIN)
        .arg(dir.path().join("gone.md"))
        .arg(&empty)
        .env("BRIEF_CONFIG_DIR", dir.path())
        .output()
        .expect("run brief");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(
        lines[0].starts_with("brief: ") && lines[0].ends_with("gone.md: no such file"),
        "{err}"
    );
    assert!(
        lines[1].ends_with("empty: no .txt or .md documents in this folder"),
        "{err}"
    );
}
