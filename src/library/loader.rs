//! Filling a library in the background, so the first frame never waits for the folder:
//!
//! 1. a scan thread lists the folders (or files) and reads each file's head (front matter and first
//!    lines) on all cores, sending entries in batches as they are read, and loads the cache;
//! 2. then indexing (identity, full metadata, actors) runs in chunks on the shared
//!    [`Worker`], each file taken from the cache when its bytes are unchanged;
//! 3. when everything is indexed and something was new, the cache is written (on its own
//!    thread).
//!
//! The event loop's tick calls [`Loader::poll`] with the worker's finished library jobs and
//! applies the [`Update`]s it returns to the app. File reads go through [`crate::load`], the
//! cache file through [`crate::storage`].

use super::Entry;
use super::index::{Cached, Indexed};
use crate::worker::{Done, Notify, Priority, Worker};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Files per head-scan batch and per indexing job: few enough wake-ups of the event loop,
/// results often enough that the list fills as one watches.
const CHUNK: usize = 64;

/// What the app applies to its library.
#[derive(Debug)]
pub enum Update {
    /// New or re-read entries (from heads, before indexing).
    Entries(Vec<Entry>),
    /// The scan finished: the files that exist now (others are gone).
    Scanned(HashSet<PathBuf>),
    /// Indexed files.
    Indexed(Vec<Indexed>),
    /// A one-line note for the status line (an unusable cache, an unreadable folder).
    Note(String),
}

/// How far loading is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    /// Files found by the listing (`None` while listing).
    pub found: Option<usize>,
    /// Files indexed in this round.
    pub indexed: usize,
    /// Files to index in this round (0 until the scan finished).
    pub to_index: usize,
    /// Whether a scan or indexing is under way.
    pub busy: bool,
}

enum Msg {
    Found(usize),
    Entries(Vec<Entry>),
    Cache(Result<Option<Cached>, String>),
    /// The files found, sorted, and the same as a set (built on the scan thread, not in the
    /// event loop's tick: at 100,000 files that took a quarter of a second there).
    Scanned(Vec<PathBuf>, HashSet<PathBuf>),
    Note(String),
    Failed(String),
}

/// The background loading of one library folder.
pub struct Loader {
    /// The folders and files the library is made of.
    roots: Vec<PathBuf>,
    rx: Receiver<Msg>,
    tx: Sender<Msg>,
    notify: Notify,
    /// Indexes known by content hash: the cache file's, plus everything indexed since.
    cache: Cached,
    /// The content hash of each file as last indexed.
    hashes: HashMap<PathBuf, u64>,
    progress: Progress,
    /// Jobs submitted to the worker and not yet drained.
    jobs: usize,
    /// Whether something was indexed that the cache file does not have.
    fresh: bool,
    /// Whether the cache file must be read (first scan only).
    read_cache: bool,
    /// The thread writing the cache file, if one was started.
    writer: Option<std::thread::JoinHandle<()>>,
}

impl std::fmt::Debug for Loader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Loader")
            .field("roots", &self.roots)
            .field("progress", &self.progress)
            .finish()
    }
}

impl Loader {
    /// Start loading the library made of `roots` (folders, walked, and files); `notify`
    /// wakes the event loop when a batch is ready.
    pub fn start(roots: Vec<PathBuf>, notify: Notify) -> Loader {
        let (tx, rx) = channel();
        let mut loader = Loader {
            roots,
            rx,
            tx,
            notify,
            cache: Cached::new(),
            hashes: HashMap::new(),
            progress: Progress::default(),
            jobs: 0,
            fresh: false,
            read_cache: true,
            writer: None,
        };
        loader.rescan();
        loader
    }

    /// List and read the folder again (new and changed files are picked up; indexing
    /// follows). Ignored while a scan or indexing is under way.
    pub fn rescan(&mut self) -> bool {
        if self.progress.busy {
            return false;
        }
        self.progress = Progress {
            busy: true,
            ..Progress::default()
        };
        let roots = self.roots.clone();
        let tx = self.tx.clone();
        let notify = Arc::clone(&self.notify);
        let read_cache = std::mem::take(&mut self.read_cache);
        let spawned = std::thread::Builder::new()
            .name("brief-library-scan".into())
            .spawn(move || scan(&roots, read_cache, &tx, &notify));
        if let Err(e) = spawned {
            self.progress.busy = false;
            let _ = self
                .tx
                .send(Msg::Failed(format!("cannot start the scan: {e}")));
        }
        true
    }

    /// How far loading is.
    pub fn progress(&self) -> Progress {
        self.progress
    }

    /// Take the scan's messages and the worker's finished library jobs (`done`, taken out of
    /// [`Worker::drain`]); queue indexing when the scan is through. Returns what the app
    /// must apply.
    pub fn poll(&mut self, worker: &Worker, done: Vec<Vec<Indexed>>) -> Vec<Update> {
        let mut out = Vec::new();
        while let Ok(msg) = self.rx.try_recv() {
            match msg {
                Msg::Found(n) => self.progress.found = Some(n),
                Msg::Entries(v) => out.push(Update::Entries(v)),
                Msg::Cache(Ok(Some(cache))) => self.cache.extend(cache),
                Msg::Cache(Ok(None)) => {}
                Msg::Cache(Err(why)) => out.push(Update::Note(format!("library cache: {why}"))),
                Msg::Note(why) => out.push(Update::Note(why)),
                Msg::Failed(why) => {
                    self.progress.busy = false;
                    out.push(Update::Note(why));
                }
                Msg::Scanned(paths, set) => {
                    out.push(Update::Scanned(set));
                    self.hashes.retain(|p, _| paths.binary_search(p).is_ok());
                    self.index(worker, paths);
                }
            }
        }
        for batch in done {
            self.jobs = self.jobs.saturating_sub(1);
            self.progress.indexed += batch.len();
            for ix in &batch {
                if let Ok(doc) = &ix.result {
                    self.fresh |= !ix.cached;
                    self.hashes.insert(ix.path.clone(), doc.hash);
                    self.cache.insert(doc.hash, Arc::clone(doc));
                }
            }
            out.push(Update::Indexed(batch));
        }
        if self.progress.busy && self.progress.to_index > 0 && self.jobs == 0 {
            self.progress.busy = false;
            if self.fresh {
                self.fresh = false;
                self.write_cache();
            }
        }
        out
    }

    fn index(&mut self, worker: &Worker, paths: Vec<PathBuf>) {
        self.progress.to_index = paths.len();
        if paths.is_empty() {
            self.progress.busy = false;
            return;
        }
        let cache = Arc::new(self.cache.clone());
        // The paths move into the jobs, a chunk each: none is copied.
        let mut paths = paths.into_iter().peekable();
        while paths.peek().is_some() {
            let chunk: Vec<PathBuf> = paths.by_ref().take(CHUNK).collect();
            let cache = Arc::clone(&cache);
            self.jobs += 1;
            worker.submit(
                Priority::Background,
                Box::new(move || {
                    Done::Indexed(chunk.iter().map(|p| index_guarded(p, &cache)).collect())
                }),
            );
        }
    }

    /// At the end of the session: write what was indexed and is not in the cache file yet
    /// (indexing may be half done), and wait for the cache writer, at most `limit`, so that
    /// quitting does not cut a write short and leave the next open to index everything again.
    /// Returns whether the writer finished in time.
    pub fn finish(&mut self, limit: std::time::Duration) -> bool {
        let start = std::time::Instant::now();
        let finished = |w: &Option<std::thread::JoinHandle<()>>| {
            w.as_ref().is_none_or(std::thread::JoinHandle::is_finished)
        };
        let wait = |w: &Option<std::thread::JoinHandle<()>>| {
            while !finished(w) && start.elapsed() < limit {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
            finished(w)
        };
        if !wait(&self.writer) {
            return false;
        }
        if std::mem::take(&mut self.fresh) {
            self.write_cache();
        }
        wait(&self.writer)
    }

    /// Write the index of the files present now, on its own thread (one at a time: the new
    /// writer waits for one still running, so the event loop never does).
    fn write_cache(&mut self) {
        let previous = self.writer.take();
        let docs: Vec<_> = self
            .hashes
            .values()
            .filter_map(|h| self.cache.get(h).cloned())
            .collect();
        let roots = self.roots.clone();
        self.writer = std::thread::Builder::new()
            .name("brief-library-cache".into())
            .spawn(move || {
                if let Some(w) = previous {
                    let _ = w.join();
                }
                // Only a cache: failing to write it costs the next open some time, nothing else.
                let _ = crate::storage::write_library_cache(&roots, |out| {
                    super::cache::encode_to(docs.iter().map(|d| d.as_ref()), out)
                });
            })
            .ok();
    }
}

/// [`super::index::index_file`], with a panic in the extraction reported as that file's
/// error rather than losing the whole chunk.
fn index_guarded(path: &Path, cache: &Cached) -> Indexed {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        super::index::index_file(path, cache)
    }))
    .unwrap_or_else(|payload| Indexed {
        path: path.to_path_buf(),
        modified: None,
        result: Err(format!(
            "indexing failed: {}",
            crate::worker::panic_message(payload.as_ref())
        )),
        cached: false,
    })
}

/// The scan thread: list, read heads in parallel batches, load the cache, report. What
/// cannot be listed (a missing path, an unreadable subfolder) is noted, never the end of
/// the library, unless nothing at all can be.
fn scan(roots: &[PathBuf], read_cache: bool, tx: &Sender<Msg>, notify: &Notify) {
    let send = |msg: Msg| {
        let _ = tx.send(msg);
        notify();
    };
    let cache = read_cache.then(|| {
        let roots = roots.to_vec();
        std::thread::spawn(move || crate::storage::read_library_cache(&roots))
    });
    let (paths, problems) = crate::load::find_library(roots);
    if let Some(first) = problems.first() {
        let note = match problems.len() {
            1 => format!("could not read {first}"),
            n => format!("could not read {n} paths, first {first}"),
        };
        if paths.is_empty() {
            return send(Msg::Failed(note));
        }
        send(Msg::Note(note));
    }
    send(Msg::Found(paths.len()));
    paths.par_chunks(CHUNK).for_each(|chunk| {
        let entries = chunk
            .iter()
            .map(|p| match crate::load::read_head(p) {
                Ok(head) => Entry::new(p.clone(), &head.meta, head.modified),
                Err(e) => Entry::failed(p.clone(), e.to_string()),
            })
            .collect();
        send(Msg::Entries(entries));
    });
    if let Some(cache) = cache {
        let loaded = cache
            .join()
            .unwrap_or_else(|_| Err("reading it failed".to_string()));
        send(Msg::Cache(loaded));
    }
    let set = paths.iter().cloned().collect();
    send(Msg::Scanned(paths, set));
}
