//! `brief extract ... | head`: a reader that closes the pipe early ends the output quietly.

use std::io::Read;
use std::process::{Command, Stdio};

#[test]
fn a_closed_pipe_ends_extract_output_without_a_panic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("long.txt");
    // Thousands of mentions make JSON far larger than a pipe's buffer.
    let text = "President Anna Berg said the talks would go on.\n\n".repeat(5000);
    std::fs::write(&path, text).expect("write");
    let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["extract", "--format", "json"])
        .arg(&path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn brief");
    let mut first = [0u8; 16];
    let mut stdout = child.stdout.take().expect("stdout");
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let mut err = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut err)
        .expect("stderr");
    let status = child.wait().expect("wait");
    assert!(!err.contains("panicked"), "{err}");
    assert!(status.success(), "{status:?}: {err}");
}
