//! Crash safety: a writer killed with SIGKILL at any moment leaves a bookmarks file that is a
//! complete old or new version, and nothing that breaks the next start.
#![cfg(unix)]

use brief::state::schema::{Parsed, parse_bookmarks, parse_state};
use brief::storage::{BOOKMARKS_FILE, STATE_FILE, Storage, is_temp_name};
use std::collections::HashSet;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// xorshift64: random kill moments without a dependency; the seed is printed to replay.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// The file must parse as the current version with a plausible, whole content.
fn assert_whole(dir: &Path, round: u32) -> Option<String> {
    let text = match std::fs::read_to_string(dir.join(BOOKMARKS_FILE)) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => panic!("round {round}: unreadable: {e}"),
    };
    let Ok(Parsed::Current(marks)) = parse_bookmarks(&text) else {
        panic!("round {round}: bookmarks.toml does not parse:\n{text}");
    };
    // The writer keeps between 1 and 100 bookmarks, each with a 200-byte excerpt.
    assert!(
        (1..=100).contains(&marks.len()),
        "round {round}: {} bookmarks",
        marks.len()
    );
    for b in marks.all() {
        assert_eq!(b.excerpt.len(), 200, "round {round}: a cut excerpt");
        assert!(b.note.parse::<u64>().is_ok(), "round {round}: a cut note");
    }
    if let Ok(state) = std::fs::read_to_string(dir.join(STATE_FILE)) {
        assert!(
            matches!(parse_state(&state), Ok(Parsed::Current(_))),
            "round {round}: state.toml does not parse:\n{state}"
        );
    }
    Some(text)
}

/// The hidden writer loop on `dir`, its stderr piped (what it says when it stops by itself).
fn writer(dir: &Path) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .arg("write-bookmarks-loop")
        .arg("--config-dir")
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn the writer")
}

#[test]
fn a_writer_killed_at_random_moments_never_leaves_a_broken_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let seed = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(1)
        | 1;
    eprintln!("kill test seed {seed}");
    let mut rng = Rng(seed);
    // How long the writer takes to start and write once on this machine now: on a loaded
    // machine that alone can exceed the kill delays below, and no round would see a write.
    let startup = {
        let t = Instant::now();
        let mut child = writer(dir.path());
        while !dir.path().join(BOOKMARKS_FILE).exists() && t.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_micros(200));
        }
        let startup = t.elapsed();
        child.kill().expect("SIGKILL");
        child.wait().expect("reap");
        startup
    };
    let started = Instant::now();
    let mut versions = HashSet::new();
    let mut rounds = 0;
    while rounds < 50 && started.elapsed() < Duration::from_secs(15) {
        rounds += 1;
        let mut child = writer(dir.path());
        // Kills from early in the start-up to well into the writing.
        let base = startup.as_micros() as u64 / 2;
        std::thread::sleep(Duration::from_micros(base + rng.next() % (40_000 + base)));
        child.kill().expect("SIGKILL");
        let out = child.wait_with_output().expect("reap");
        assert_eq!(
            out.status.signal(),
            Some(9),
            "round {rounds}: the writer stopped by itself: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if let Some(text) = assert_whole(dir.path(), rounds) {
            versions.insert(text);
        }
    }
    eprintln!(
        "{rounds} kills in {:?} (start-up to a first write {startup:?}), {} distinct file versions seen",
        started.elapsed(),
        versions.len()
    );
    assert!(rounds >= 20, "only {rounds} rounds in time");
    assert!(
        versions.len() >= 5,
        "the writer hardly wrote: {}",
        versions.len()
    );

    // The next start loads cleanly, and its first save clears what the kills left behind.
    let mut s = Storage::open(dir.path());
    let (mut state, mut marks) = s.load();
    assert_eq!(s.take_messages(), Vec::<String>::new());
    assert!(!marks.is_empty());
    let first = marks.all()[0].id.clone();
    marks.delete(&first);
    assert!(s.save(&mut state, &mut marks));
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !is_temp_name(n) && !n.contains(".corrupt-")),
        "{names:?}"
    );
}
