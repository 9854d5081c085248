//! Reads documents from paths, folders and stdin into [`Document`]s; the only document code
//! that touches the file system.
//!
//! - An explicit file is read whatever its extension: `.md`/`.markdown` as markdown, anything
//!   else as plain text. A binary file is refused by the sanitiser (NUL in the first 8 KiB),
//!   so `brief notes` or `brief report.log` work and `brief photo.jpg` says why it will not.
//! - A folder opens every `.txt`/`.md`/`.markdown` below it, recursively, sorted by path;
//!   hidden files and folders (name starting with `.`) are skipped; symbolic links are
//!   followed, each real folder and file visited once, so a link loop ends.
//! - [`open_library`] (the reader) opens what can be opened and lists every other path or
//!   subfolder once with its error; [`open_paths`] stops at the first error.
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
    /// The path the error is about, as shown in its message (`stdin` for stdin).
    pub fn path(&self) -> &str {
        match self {
            LoadError::NotFound { path }
            | LoadError::Io { path, .. }
            | LoadError::IsFolder { path }
            | LoadError::NoDocuments { path }
            | LoadError::TooLarge { path } => path,
            LoadError::Stdin(_) | LoadError::StdinTwice | LoadError::StdinIsTerminal => "stdin",
            LoadError::Document(
                DocError::Binary { name, .. }
                | DocError::FrontMatter { name, .. }
                | DocError::UnterminatedFrontMatter { name, .. },
            ) => name,
        }
    }

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

/// Documents opened by [`open_library`]: those read, and every path that could not be (a
/// missing path, an unreadable file or folder, a binary file, bad front matter, a folder
/// without documents), each once with its one-line reason, in the order met.
#[derive(Debug, Default)]
pub struct Opened {
    pub documents: Vec<Document>,
    pub skipped: Vec<LoadError>,
}

/// Like [`open_paths`], but nothing stops the load: whatever can be opened is, and every
/// problem (a missing path among several, an unreadable subfolder or file) is reported in
/// [`Opened::skipped`]. The caller decides what to do when no document could be opened.
pub fn open_library(paths: &[PathBuf]) -> Result<Opened, LoadError> {
    open(paths, true)
}

/// One document to read, in the order the user gave.
enum Job {
    Stdin,
    /// A file, named or found in a folder.
    File(PathBuf),
}

/// Open `paths`; `lenient`: every problem goes to [`Opened::skipped`] (in the order of the
/// paths), else the first one is the error.
fn open(paths: &[PathBuf], lenient: bool) -> Result<Opened, LoadError> {
    // What each path gave, in order: documents to read (indexes into `jobs`) or problems.
    enum Slot {
        Read(usize),
        Problem(LoadError),
    }
    let mut jobs = Vec::new();
    let mut slots = Vec::new();
    let problem = |e: LoadError, slots: &mut Vec<Slot>| {
        if !lenient {
            return Err(e);
        }
        slots.push(Slot::Problem(e));
        Ok(())
    };
    for path in paths {
        if path.as_os_str() == "-" {
            if jobs.iter().any(|j| matches!(j, Job::Stdin)) {
                problem(LoadError::StdinTwice, &mut slots)?;
                continue;
            }
            slots.push(Slot::Read(jobs.len()));
            jobs.push(Job::Stdin);
        } else if path.is_dir() {
            let (files, problems) = match find_documents(path) {
                Ok(found) => found,
                Err(e) => {
                    problem(e, &mut slots)?;
                    continue;
                }
            };
            for e in problems {
                problem(e, &mut slots)?;
            }
            if files.is_empty() {
                problem(LoadError::NoDocuments { path: shown(path) }, &mut slots)?;
            }
            for file in files {
                slots.push(Slot::Read(jobs.len()));
                jobs.push(Job::File(file));
            }
        } else {
            slots.push(Slot::Read(jobs.len()));
            jobs.push(Job::File(path.clone()));
        }
    }
    let mut results: Vec<Option<Result<Document, LoadError>>> =
        read_all(&jobs).into_iter().map(Some).collect();
    let mut opened = Opened::default();
    for slot in slots {
        let result = match slot {
            Slot::Read(i) => results[i].take(),
            Slot::Problem(e) => Some(Err(e)),
        };
        match result {
            Some(Ok(doc)) => opened.documents.push(doc),
            Some(Err(e)) if lenient => opened.skipped.push(e),
            Some(Err(e)) => return Err(e),
            None => {}
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
        Job::File(path) => open_file(path),
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let files = jobs.iter().filter(|j| matches!(j, Job::File(_))).count();
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
    parse_document(path, &read_document_bytes(path)?)
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

/// Every document file below `dir`, sorted by path; the first folder that cannot be read
/// is the error (see [`find_documents`] to go on past it).
pub fn documents_in(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let (files, mut problems) = find_documents(dir)?;
    match problems.is_empty() {
        true => Ok(files),
        false => Err(problems.swap_remove(0)),
    }
}

/// Every document file below `dir`, sorted by path, and the subfolders that could not be
/// read (each with its error; their documents are left out). Fails only when `dir` itself
/// cannot be read.
pub fn find_documents(dir: &Path) -> Result<(Vec<PathBuf>, Vec<LoadError>), LoadError> {
    let mut walk = Walk::default();
    walk.folder(dir)?;
    walk.files.sort();
    Ok((walk.files, walk.problems))
}

/// The documents of a library made of `roots`: every document file below each folder and
/// each file named, sorted by path, once each; and what could not be read (a missing path,
/// an unreadable folder or subfolder), each with its error.
pub fn find_library(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut walk = Walk::default();
    for root in roots {
        match std::fs::metadata(root) {
            Ok(meta) if meta.is_dir() => {
                if let Err(e) = walk.folder(root) {
                    walk.problems.push(e);
                }
            }
            Ok(_) => {
                let real = root.canonicalize().unwrap_or_else(|_| root.clone());
                if walk.seen_files.insert(real) {
                    walk.files.push(root.clone());
                }
            }
            Err(e) => walk.problems.push(LoadError::io(root, e)),
        }
    }
    walk.files.sort();
    (walk.files, walk.problems)
}

/// A folder walk's findings so far.
#[derive(Default)]
struct Walk {
    seen_dirs: HashSet<PathBuf>,
    seen_files: HashSet<PathBuf>,
    files: Vec<PathBuf>,
    /// Subfolders that could not be read.
    problems: Vec<LoadError>,
}

impl Walk {
    /// Add the documents below `dir`; an error only when `dir` itself cannot be listed.
    fn folder(&mut self, dir: &Path) -> Result<(), LoadError> {
        let real = dir.canonicalize().map_err(|e| LoadError::io(dir, e))?;
        if !self.seen_dirs.insert(real) {
            return Ok(());
        }
        let entries = std::fs::read_dir(dir).map_err(|e| LoadError::io(dir, e))?;
        for entry in entries {
            let entry = entry.map_err(|e| LoadError::io(dir, e))?;
            self.entry(&entry);
        }
        Ok(())
    }

    /// One entry of a folder: a subfolder is walked (its failure noted), a document file kept.
    fn entry(&mut self, entry: &std::fs::DirEntry) {
        let path = entry.path();
        if entry.file_name().to_string_lossy().starts_with('.') {
            return;
        }
        // `metadata` follows symbolic links; a dangling link is skipped.
        let Ok(meta) = std::fs::metadata(&path) else {
            return;
        };
        if meta.is_dir() {
            if let Err(e) = self.folder(&path) {
                self.problems.push(e);
            }
        } else if meta.is_file() && Format::from_path(&path).is_some() {
            let real = path.canonicalize().unwrap_or_else(|_| path.clone());
            if self.seen_files.insert(real) {
                self.files.push(path);
            }
        }
    }
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

// ---- Library reads (issue 9): a cheap head of each file for the listing, and the whole
// file's bytes for indexing (hashed for the cache before parsing).

/// Bytes read from the start of a file to list it in a library: the front matter and the
/// opening lines of any ordinary briefing.
pub const HEAD_BYTES: u64 = 8 * 1024;

/// What a library lists of a file before indexing it.
#[derive(Debug, Clone)]
pub struct Head {
    pub meta: document::Meta,
    /// The file's modification time (`None` when the file system does not keep one).
    pub modified: Option<std::time::SystemTime>,
}

/// Read the metadata of a document file from its first [`HEAD_BYTES`] (the whole file when
/// its front matter runs past them). Errors name the path, like [`open_file`].
pub fn read_head(path: &Path) -> Result<Head, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::io(path, e))?;
    let modified = file.metadata().ok().and_then(|m| m.modified().ok());
    let mut head = Vec::with_capacity(HEAD_BYTES as usize);
    (&file)
        .take(HEAD_BYTES)
        .read_to_end(&mut head)
        .map_err(|e| LoadError::io(path, e))?;
    let format = Format::from_path(path).unwrap_or(Format::Txt);
    let name = path.display().to_string();
    let meta = match document::parse_head(&head, format, &name) {
        Err(DocError::UnterminatedFrontMatter { .. }) if head.len() as u64 == HEAD_BYTES => {
            document::parse_head(&read_document_bytes(path)?, format, &name)?
        }
        other => other?,
    };
    Ok(Head { meta, modified })
}

/// The bytes of a document file, up to [`MAX_DOCUMENT_BYTES`].
pub fn read_document_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    let file = std::fs::File::open(path).map_err(|e| LoadError::io(path, e))?;
    read_limited(file)
        .map_err(|e| LoadError::io(path, e))?
        .ok_or_else(|| LoadError::TooLarge { path: shown(path) })
}

/// Parse the `bytes` read from `path` (by [`read_document_bytes`]) like [`open_file`] does.
pub fn parse_document(path: &Path, bytes: &[u8]) -> Result<Document, LoadError> {
    let format = Format::from_path(path).unwrap_or(Format::Txt);
    let mut doc = document::parse(bytes, format, &path.display().to_string())?;
    doc.path = Some(path.to_path_buf());
    Ok(doc)
}

/// The modification time of a file (`None` when unknown or unreadable).
pub fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
