//! Reads documents from paths, folders and stdin into [`Document`]s; the only document code
//! that touches the file system.
//!
//! - An explicit file is read whatever its extension: `.md`/`.markdown` as markdown, anything
//!   else as plain text. A binary file is refused by the sanitiser (NUL in the first 8 KiB),
//!   so `brief notes` or `brief report.log` work and `brief photo.jpg` says why it will not.
//! - A folder opens every `.txt`/`.md`/`.markdown` below it, recursively, sorted by path;
//!   hidden files and folders (name starting with `.`) are skipped; symbolic links are
//!   followed, each real folder and file visited once, so a link loop ends.
//! - `-` reads stdin; the format is guessed ([`Format::guess`]).

use crate::document::{self, DocError, Document, Format};
use std::collections::HashSet;
use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};

/// The largest document read, in bytes (256 MiB): far beyond any briefing (a 100 MB dump
/// opens), and it keeps `brief /dev/zero` or a runaway log from eating the memory: the
/// reader holds the text about three times over (bytes, sanitised body, wrap records) before
/// its extraction, which runs in the background.
pub const MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;

/// Errors met while reading documents: one line, naming the path.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The path does not exist.
    #[error("{path}: no such file")]
    NotFound { path: String },
    /// Any other failure to read (permissions, a device error). The I/O error is part of
    /// the message, not a `source`: `anyhow`'s `{:#}` would print it a second time.
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    /// A folder where one document file is needed (`brief extract FOLDER`).
    #[error("{path}: is a folder; give one .txt or .md document")]
    IsFolder { path: String },
    /// A folder holding no `.txt`/`.md`/`.markdown` file at any depth.
    #[error("{path}: no .txt or .md documents in this folder")]
    NoDocuments { path: String },
    /// A file (or stdin) over [`MAX_DOCUMENT_BYTES`].
    #[error("{path}: too large (over {} MiB); brief reads documents up to that size", MAX_DOCUMENT_BYTES >> 20)]
    TooLarge { path: String },
    /// Reading stdin failed.
    #[error("stdin: cannot read: {0}")]
    Stdin(std::io::Error),
    /// `-` was given more than once: stdin can be read only once.
    #[error("stdin: `-` given more than once; stdin can be read only once")]
    StdinTwice,
    /// `-` was given but stdin is the terminal, not a pipe or a file.
    #[error("stdin: is a terminal; pipe a document in, e.g. `cat notes.md | brief -`")]
    StdinIsTerminal,
    /// The bytes were read but are not a readable document.
    #[error(transparent)]
    Document(#[from] DocError),
}

/// Read at most [`MAX_DOCUMENT_BYTES`] from `reader`; `None` when there is more.
fn read_limited(reader: impl Read) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_DOCUMENT_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_DOCUMENT_BYTES).then_some(bytes))
}

/// A path as shown in a message: sanitised, since file names are untrusted too.
fn shown(path: &Path) -> String {
    crate::document::sanitise::clean_line(&path.display().to_string())
}

impl LoadError {
    fn io(path: &Path, source: std::io::Error) -> LoadError {
        let path = shown(path);
        if source.kind() == std::io::ErrorKind::NotFound {
            LoadError::NotFound { path }
        } else {
            LoadError::Io {
                path,
                error: source,
            }
        }
    }
}

/// The bundled sample briefings, shown by `brief` with no path.
const SAMPLES: &[(&str, &str)] = &[
    (
        "harbour-talks.md",
        include_str!("../samples/harbour-talks.md"),
    ),
    (
        "grain-corridor.md",
        include_str!("../samples/grain-corridor.md"),
    ),
    (
        "border-outage.md",
        include_str!("../samples/border-outage.md"),
    ),
];

/// Open every path in order: files, folders (recursively) and `-` for stdin.
/// The first error stops the load; see [`open_library`] to skip bad files inside folders.
pub fn open_paths(paths: &[PathBuf]) -> Result<Vec<Document>, LoadError> {
    let opened = open(paths, false)?;
    Ok(opened.documents)
}

/// Documents opened by [`open_library`]: those read, and the files found in folders that
/// could not be (binary, bad front matter, unreadable), each with its one-line reason.
#[derive(Debug, Default)]
pub struct Opened {
    pub documents: Vec<Document>,
    pub skipped: Vec<LoadError>,
}

/// Like [`open_paths`], but a file found inside a folder that cannot be read is skipped and
/// reported in [`Opened::skipped`] rather than failing the whole library. Paths named
/// explicitly, stdin, a missing path or a folder without documents still fail.
pub fn open_library(paths: &[PathBuf]) -> Result<Opened, LoadError> {
    open(paths, true)
}

/// One document to read, in the order the user gave.
enum Job {
    Stdin,
    /// A file; `found` when it came from walking a folder rather than being named.
    File {
        path: PathBuf,
        found: bool,
    },
}

fn open(paths: &[PathBuf], lenient: bool) -> Result<Opened, LoadError> {
    let mut jobs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            if jobs.iter().any(|j| matches!(j, Job::Stdin)) {
                return Err(LoadError::StdinTwice);
            }
            jobs.push(Job::Stdin);
        } else if path.is_dir() {
            let files = documents_in(path)?;
            if files.is_empty() {
                return Err(LoadError::NoDocuments { path: shown(path) });
            }
            jobs.extend(
                files
                    .into_iter()
                    .map(|path| Job::File { path, found: true }),
            );
        } else {
            jobs.push(Job::File {
                path: path.clone(),
                found: false,
            });
        }
    }
    let results = read_all(&jobs);
    let mut opened = Opened::default();
    for (job, result) in jobs.iter().zip(results) {
        match result {
            Ok(doc) => opened.documents.push(doc),
            Err(e) if lenient && matches!(job, Job::File { found: true, .. }) => {
                opened.skipped.push(e)
            }
            Err(e) => return Err(e),
        }
    }
    Ok(opened)
}

/// Below this many files one thread reads them all; above, every core takes a share.
const PARALLEL_FROM: usize = 32;

/// Read every job, in order. Files are read and parsed on all cores: a library of
/// thousands of documents is mostly this work.
fn read_all(jobs: &[Job]) -> Vec<Result<Document, LoadError>> {
    let read = |job: &Job| match job {
        Job::Stdin => read_stdin(),
        Job::File { path, .. } => open_file(path),
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let files = jobs
        .iter()
        .filter(|j| matches!(j, Job::File { .. }))
        .count();
    if threads < 2 || files < PARALLEL_FROM || jobs.iter().any(|j| matches!(j, Job::Stdin)) {
        return jobs.iter().map(read).collect();
    }
    let chunk = jobs.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(read).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|handle| {
                handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    })
}

/// Read one document file: markdown for `.md`/`.markdown`, plain text otherwise.
pub fn open_file(path: &Path) -> Result<Document, LoadError> {
    if path.is_dir() {
        return Err(LoadError::IsFolder { path: shown(path) });
    }
    let file = std::fs::File::open(path).map_err(|e| LoadError::io(path, e))?;
    let bytes = read_limited(file)
        .map_err(|e| LoadError::io(path, e))?
        .ok_or_else(|| LoadError::TooLarge { path: shown(path) })?;
    let format = Format::from_path(path).unwrap_or(Format::Txt);
    let mut doc = document::parse(&bytes, format, &path.display().to_string())?;
    doc.path = Some(path.to_path_buf());
    Ok(doc)
}

/// Read a document from stdin; the format is guessed from the text. Refuses a terminal
/// stdin, which would wait for typing that the user did not mean to give.
pub fn read_stdin() -> Result<Document, LoadError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(LoadError::StdinIsTerminal);
    }
    let bytes = read_limited(stdin.lock())
        .map_err(LoadError::Stdin)?
        .ok_or_else(|| LoadError::TooLarge {
            path: "stdin".to_string(),
        })?;
    let format = Format::guess(&String::from_utf8_lossy(&bytes));
    Ok(document::parse(&bytes, format, "stdin")?)
}

/// The bundled sample briefings.
pub fn samples() -> Vec<Document> {
    SAMPLES
        .iter()
        .filter_map(|(name, text)| document::parse(text.as_bytes(), Format::Markdown, name).ok())
        .collect()
}

/// Every document file below `dir`, sorted by path.
pub fn documents_in(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let mut seen_dirs = HashSet::new();
    let mut seen_files = HashSet::new();
    let mut files = Vec::new();
    walk(dir, &mut seen_dirs, &mut seen_files, &mut files)?;
    files.sort();
    Ok(files)
}

fn walk(
    dir: &Path,
    seen_dirs: &mut HashSet<PathBuf>,
    seen_files: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
) -> Result<(), LoadError> {
    let real = dir.canonicalize().map_err(|e| LoadError::io(dir, e))?;
    if !seen_dirs.insert(real) {
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| LoadError::io(dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| LoadError::io(dir, e))?;
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        // `metadata` follows symbolic links; a dangling link is skipped.
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.is_dir() {
            walk(&path, seen_dirs, seen_files, files)?;
        } else if meta.is_file() && Format::from_path(&path).is_some() {
            let real = path.canonicalize().unwrap_or_else(|_| path.clone());
            if seen_files.insert(real) {
                files.push(path);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_input_stops_at_the_size_limit() {
        assert!(read_limited(std::io::repeat(b'a')).unwrap().is_none());
        assert_eq!(read_limited(&b"short"[..]).unwrap().unwrap(), b"short");
    }
}
