//! Build script: a fingerprint of the source that decides what the library index holds
//! (document parsing and extraction, their word lists included), so a library cache written
//! by a build whose extraction differs is refused even within one version of brief.

use std::path::{Path, PathBuf};

/// The trees whose change changes an indexed document (its claims' facts for disputes across
/// the library are computed in src/library/disputes.rs).
const TREES: [&str; 3] = ["src/extract", "src/document", "src/library/disputes.rs"];

fn main() {
    let mut files = Vec::new();
    for tree in TREES {
        println!("cargo:rerun-if-changed={tree}");
        collect(Path::new(tree), &mut files);
    }
    files.sort();
    // FNV-1a, 64 bits: stable across toolchains, unlike std's DefaultHasher.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in &files {
        let name = file.to_string_lossy();
        let bytes = std::fs::read(file).unwrap_or_default();
        for b in name.bytes().chain([0]).chain(bytes).chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=BRIEF_EXTRACT_FINGERPRINT={hash:016x}");
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}
