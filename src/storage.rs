//! The only module that touches the config directory: where it is, reading the user's
//! settings (`config.toml`, `themes/*.toml`; parsed by [`crate::config::settings`]), and
//! loading and saving the reading state (`state.toml`) and bookmarks (`bookmarks.toml`).
//!
//! - Writes are atomic: a temp file in the same directory, fsync, rename, fsync the directory.
//!   A crash at any moment leaves the old or the new file, never a mix.
//! - A file that does not parse is moved aside to `<name>.corrupt-<time>` and the session
//!   starts fresh; a file written by a newer version is never overwritten (read-only).
//! - Two instances: each save takes an advisory lock (`brief.lock`), re-reads the file, merges
//!   (see [`Bookmarks::merge_from`], [`ReadingState::merge_from`]) and writes, so no bookmark is
//!   lost and none deleted comes back.
//! - Problems never stop the reader: they become messages, each reported once
//!   ([`Storage::take_messages`]).
//!
//! The reader's cycle:
//! ```
//! use brief::document::{Format, parse};
//! use brief::state::{Anchor, Timestamp, excerpt_at};
//! use brief::storage::Storage;
//!
//! let dir = tempfile::tempdir()?;
//! let text = "+++\ntitle = \"A briefing\"\n+++\nFirst paragraph.\n\nSecond paragraph.\n";
//! let mut doc = parse(text.as_bytes(), Format::Markdown, "a.md").expect("valid");
//! doc.path = Some("/briefs/a.md".into());
//! let second = doc.blocks[1].range.start;
//!
//! // Start: load, show any message once, resume where the document was left.
//! let mut storage = Storage::open(dir.path()); // or Storage::open_configured(flag)
//! let (mut state, mut bookmarks) = storage.load();
//! for message in storage.take_messages() { eprintln!("{message}"); }
//! let resume = state.opened(&doc, &Timestamp::now()).unwrap_or_default();
//! let top = resume.to_body_offset(&doc.body, &doc.blocks);
//!
//! // Reading: remember the top of the view as an anchor, bookmark a passage.
//! let at = Anchor::from_body_offset(&doc.blocks, second);
//! state.set_position(&doc, at, &Timestamp::now());
//! let excerpt = excerpt_at(&doc.body, second, 80);
//! let id = bookmarks.add(&doc, at, &excerpt, "", &Timestamp::now());
//!
//! // Quit, signal, or a few seconds after a change: save (merges another instance's work).
//! if state.is_dirty() || bookmarks.is_dirty() {
//!     storage.save(&mut state, &mut bookmarks);
//! }
//! let (again, marks) = Storage::open(dir.path()).load();
//! assert_eq!(again.position_of(&doc.id, None), Some(Anchor::new(1, 0)));
//! assert_eq!(marks.get(&id).map(|b| b.excerpt.as_str()), Some("Second paragraph."));
//! # let _ = top;
//! # Ok::<(), std::io::Error>(())
//! ```

use crate::state::schema::{self, Parsed, SchemaError};
use crate::state::{Bookmarks, ReadingState, Timestamp};
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// File name of the reading state.
pub const STATE_FILE: &str = "state.toml";
/// File name of the bookmarks.
pub const BOOKMARKS_FILE: &str = "bookmarks.toml";
/// File name of the user settings (read, never written).
pub const CONFIG_FILE: &str = "config.toml";
/// Folder of the user's themes, one `<name>.toml` each.
pub const THEMES_DIR: &str = "themes";
/// File name of the advisory lock taken while re-reading, merging and writing.
pub const LOCK_FILE: &str = "brief.lock";
/// Environment variable overriding the config directory (the `--config-dir` flag wins).
pub const CONFIG_DIR_ENV: &str = "BRIEF_CONFIG_DIR";

/// How long a save waits for another instance to finish its own save.
const LOCK_WAIT: Duration = Duration::from_secs(2);

/// The config directory: `flag`, else `$BRIEF_CONFIG_DIR`, else the platform's
/// (`~/.config/brief` on Linux). `None` when there is no home directory.
pub fn config_dir(flag: Option<&Path>) -> Option<PathBuf> {
    if let Some(f) = flag {
        return Some(f.to_path_buf());
    }
    match std::env::var_os(CONFIG_DIR_ENV) {
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ => directories::ProjectDirs::from("", "", "brief").map(|p| p.config_dir().to_path_buf()),
    }
}

/// Whether a file may be written in this session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Access {
    Write,
    /// Newer version, or unreadable and not moved aside: never overwrite it.
    Keep,
}

/// Access to the config directory. Create one per process with [`Storage::open`] (the reader)
/// or [`Storage::open_read_only`] (commands that only list).
#[derive(Debug)]
pub struct Storage {
    dir: PathBuf,
    /// The lock file, open when the directory is writable.
    lock: Option<File>,
    read_only: bool,
    /// Why the whole directory is read-only, when it is.
    read_only_why: Option<String>,
    state_access: Access,
    bookmarks_access: Access,
    /// Why `state.toml` / `bookmarks.toml` are kept as they are, when they are.
    state_kept: Option<String>,
    bookmarks_kept: Option<String>,
    messages: Vec<String>,
    /// A failed save was reported; stay quiet until one succeeds.
    failure_reported: bool,
    temp_counter: u32,
}

impl Storage {
    /// Open the config directory for reading and writing, creating it if needed. A directory
    /// that cannot be created or written is reported once; reading still works and saves do
    /// nothing.
    pub fn open(dir: impl Into<PathBuf>) -> Storage {
        let mut s = Storage::new(dir.into(), false);
        let lock = fs::create_dir_all(&s.dir).and_then(|()| {
            OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(s.dir.join(LOCK_FILE))
        });
        match lock {
            Ok(f) => s.lock = Some(f),
            Err(e) => {
                s.read_only = true;
                s.read_only_why = Some(format!(
                    "config directory {} is not writable ({e})",
                    s.dir.display()
                ));
                s.failure_reported = true;
                s.say(format!(
                    "not saving reading state or bookmarks: config directory {} is not writable ({e})",
                    s.dir.display()
                ));
            }
        }
        s
    }

    /// Open the config directory without ever writing to it or locking it: for commands that
    /// only read (`brief bookmarks`), safe while the reader runs elsewhere.
    pub fn open_read_only(dir: impl Into<PathBuf>) -> Storage {
        Storage::new(dir.into(), true)
    }

    /// [`Storage::open`] on [`config_dir`]`(flag)`; without any directory, a storage that
    /// reads nothing and saves nothing (reported once).
    pub fn open_configured(flag: Option<&Path>) -> Storage {
        match config_dir(flag) {
            Some(dir) => Storage::open(dir),
            None => {
                let mut s = Storage::new(PathBuf::new(), true);
                s.read_only_why = Some("there is no config directory".to_string());
                s.say(format!(
                    "no config directory (no home directory?); set {CONFIG_DIR_ENV} or pass --config-dir; nothing will be saved"
                ));
                s
            }
        }
    }

    fn new(dir: PathBuf, read_only: bool) -> Storage {
        Storage {
            dir,
            lock: None,
            read_only,
            read_only_why: read_only.then(|| "opened read-only".to_string()),
            state_access: Access::Write,
            bookmarks_access: Access::Write,
            state_kept: None,
            bookmarks_kept: None,
            messages: Vec::new(),
            failure_reported: read_only,
            temp_counter: 0,
        }
    }

    /// The config directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether saves are disabled (read-only open, or the directory is not writable).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Why changes to the bookmarks will not be saved in this session (directory not
    /// writable, `bookmarks.toml` from a newer version or unreadable); `None` when they will.
    /// [`Storage::load`] also records it in the bookmarks ([`Bookmarks::read_only`]).
    pub fn bookmarks_read_only(&self) -> Option<String> {
        self.read_only_why
            .clone()
            .or_else(|| self.bookmarks_kept.clone())
    }

    /// Messages for the user (problems found, files moved aside); each is returned once.
    pub fn take_messages(&mut self) -> Vec<String> {
        std::mem::take(&mut self.messages)
    }

    fn say(&mut self, msg: String) {
        self.messages.push(msg);
    }

    /// Load the reading state and the bookmarks. Never fails: problems become messages.
    pub fn load(&mut self) -> (ReadingState, Bookmarks) {
        let guard = self.lock_for_load();
        let state = self.load_file(STATE_FILE, schema::parse_state);
        let mut bookmarks = self.load_file(BOOKMARKS_FILE, schema::parse_bookmarks);
        drop(guard);
        bookmarks.set_read_only(self.bookmarks_read_only());
        (state, bookmarks)
    }

    /// Load only the bookmarks (for `brief bookmarks`).
    pub fn load_bookmarks(&mut self) -> Bookmarks {
        let guard = self.lock_for_load();
        let mut b: Bookmarks = self.load_file(BOOKMARKS_FILE, schema::parse_bookmarks);
        drop(guard);
        b.set_read_only(self.bookmarks_read_only());
        b
    }

    /// Save what changed: under the lock, re-read each file, merge what another instance
    /// wrote into `state` and `bookmarks` (so they show its changes afterwards), and write
    /// atomically. Returns whether everything that changed is on disk; failures are
    /// reported once through [`Storage::take_messages`].
    pub fn save(&mut self, state: &mut ReadingState, bookmarks: &mut Bookmarks) -> bool {
        let state_due = state.is_dirty() && self.state_access == Access::Write;
        let bookmarks_due = bookmarks.is_dirty() && self.bookmarks_access == Access::Write;
        if self.read_only || !(state_due || bookmarks_due) {
            // Nothing we may write: saved only if nothing changed.
            return !(state.is_dirty() || bookmarks.is_dirty());
        }
        let result = self.locked_save(
            state_due.then_some(&mut *state),
            bookmarks_due.then_some(&mut *bookmarks),
        );
        match result {
            Ok(()) => {
                self.failure_reported = false;
                // A file found to be newer on disk was left alone, so its changes are not saved.
                !(state.is_dirty() || bookmarks.is_dirty())
            }
            Err(e) => {
                if !self.failure_reported {
                    self.failure_reported = true;
                    self.say(format!("could not save to {}: {e}", self.dir.display()));
                }
                false
            }
        }
    }

    fn locked_save(
        &mut self,
        state: Option<&mut ReadingState>,
        bookmarks: Option<&mut Bookmarks>,
    ) -> io::Result<()> {
        let guard = self.acquire_lock()?;
        if guard.is_exclusive() {
            self.remove_stale_temp_files();
        }
        if let Some(state) = state {
            self.save_one(
                STATE_FILE,
                state,
                schema::parse_state,
                schema::state_to_toml,
            )?;
        }
        if let Some(bookmarks) = bookmarks {
            self.save_one(
                BOOKMARKS_FILE,
                bookmarks,
                schema::parse_bookmarks,
                schema::bookmarks_to_toml,
            )?;
        }
        drop(guard);
        Ok(())
    }

    fn save_one<T: Mergeable>(
        &mut self,
        name: &str,
        value: &mut T,
        parse: fn(&str) -> Result<Parsed<T>, SchemaError>,
        render: fn(&T) -> Result<String, SchemaError>,
    ) -> io::Result<()> {
        match self.read_text(name) {
            Ok(None) => {}
            Ok(Some(Ok(text))) => match parse(&text) {
                Ok(Parsed::Current(disk) | Parsed::Migrated { value: disk, .. }) => {
                    value.merge(disk)
                }
                Ok(Parsed::Newer { version, .. }) => {
                    let why = format!("{name} is from a newer brief (version {version})");
                    value.kept(&why);
                    self.keep(name, why);
                    self.say(format!(
                        "{name} was replaced by a newer brief (version {version}); it is kept as it is and changes will not be saved"
                    ));
                    return Ok(());
                }
                Err(e) => self.move_aside(name, &e.0),
            },
            Ok(Some(Err(e))) => self.move_aside(name, &e),
            Err(e) => return Err(e),
        }
        if self.access(name) == Access::Keep {
            return Ok(());
        }
        let text = render(value).map_err(io::Error::other)?;
        self.write_atomic(name, text.as_bytes())?;
        value.saved();
        Ok(())
    }

    fn access(&self, name: &str) -> Access {
        if name == STATE_FILE {
            self.state_access
        } else {
            self.bookmarks_access
        }
    }

    fn keep(&mut self, name: &str, why: String) {
        if name == STATE_FILE {
            self.state_access = Access::Keep;
            self.state_kept = Some(why);
        } else {
            self.bookmarks_access = Access::Keep;
            self.bookmarks_kept = Some(why);
        }
    }

    /// The text of a file: `None` if missing; the inner error if it is not UTF-8.
    /// The user's settings as text: `config.toml` (`None` when absent) and every
    /// `themes/<name>.toml` as (name, text), sorted by name. Never written; a file that
    /// cannot be read becomes a message and is skipped.
    pub fn read_settings(&mut self) -> (Option<String>, Vec<(String, String)>) {
        let config = match self.read_text(CONFIG_FILE) {
            Ok(Some(Ok(text))) => Some(text),
            Ok(None) => None,
            Ok(Some(Err(why))) => {
                self.say(format!("{CONFIG_FILE}: {why}; using the defaults"));
                None
            }
            Err(e) => {
                self.say(format!(
                    "{CONFIG_FILE}: cannot read it ({e}); using the defaults"
                ));
                None
            }
        };
        let mut themes = Vec::new();
        let entries = fs::read_dir(self.dir.join(THEMES_DIR))
            .into_iter()
            .flatten();
        for entry in entries.flatten() {
            let file = entry.file_name();
            let Some(name) = file.to_str().and_then(|f| f.strip_suffix(".toml")) else {
                continue;
            };
            // The name is shown on screen and typed in config.toml: plain text only.
            if name.is_empty() || name.chars().any(char::is_control) {
                continue;
            }
            let rel = format!("{THEMES_DIR}/{name}.toml");
            match self.read_text(&rel) {
                Ok(Some(Ok(text))) => themes.push((name.to_string(), text)),
                Ok(None) => {}
                Ok(Some(Err(why))) => self.say(format!("{rel}: {why}; theme skipped")),
                Err(e) => self.say(format!("{rel}: cannot read it ({e}); theme skipped")),
            }
        }
        themes.sort();
        (config, themes)
    }

    fn read_text(&self, name: &str) -> io::Result<Option<Result<String, String>>> {
        match fs::read(self.dir.join(name)) {
            Ok(bytes) => Ok(Some(
                String::from_utf8(bytes).map_err(|e| format!("not UTF-8 text ({e})")),
            )),
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
                ) =>
            {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn load_file<T: Default>(
        &mut self,
        name: &str,
        parse: fn(&str) -> Result<Parsed<T>, SchemaError>,
    ) -> T {
        let text = match self.read_text(name) {
            Ok(None) => return T::default(),
            Ok(Some(Ok(text))) => text,
            Ok(Some(Err(e))) => return self.unreadable(name, &e),
            Err(e) => {
                self.keep(name, format!("cannot read {name}: {e}"));
                self.say(format!(
                    "cannot read {}: {e}; it is left as it is and changes will not be saved",
                    self.dir.join(name).display()
                ));
                return T::default();
            }
        };
        match parse(&text) {
            Ok(Parsed::Current(v) | Parsed::Migrated { value: v, .. }) => v,
            Ok(Parsed::Newer { value, version }) => {
                self.keep(
                    name,
                    format!("{name} is from a newer brief (version {version})"),
                );
                self.say(format!(
                    "{name} is from a newer brief (version {version}): not saving it in this session ({})",
                    self.dir.join(name).display()
                ));
                value.unwrap_or_default()
            }
            Err(e) => self.unreadable(name, &e.0),
        }
    }

    fn unreadable<T: Default>(&mut self, name: &str, why: &str) -> T {
        if self.read_only {
            self.say(format!(
                "{} could not be read ({why}); ignoring it",
                self.dir.join(name).display()
            ));
        } else {
            self.move_aside(name, why);
        }
        T::default()
    }

    /// Move a file that does not parse out of the way so nothing overwrites it.
    fn move_aside(&mut self, name: &str, why: &str) {
        let from = self.dir.join(name);
        let stamp = Timestamp::now().compact();
        let mut to = self.dir.join(format!("{name}.corrupt-{stamp}"));
        let mut n = 1;
        while to.exists() {
            n += 1;
            to = self.dir.join(format!("{name}.corrupt-{stamp}-{n}"));
        }
        match fs::rename(&from, &to) {
            Ok(()) => self.say(format!(
                "{} could not be read ({why}); moved it to {} and started a fresh one",
                from.display(),
                to.display()
            )),
            Err(e) => {
                self.keep(
                    name,
                    format!("{name} could not be read nor moved aside ({e})"),
                );
                self.say(format!(
                    "{} could not be read ({why}) nor moved aside ({e}); it is left as it is and changes will not be saved",
                    from.display()
                ));
            }
        }
    }

    /// The lock for loading (a corrupt file may be moved aside); none when read-only.
    fn lock_for_load(&mut self) -> Option<LockGuard> {
        if self.read_only {
            return None;
        }
        match self.acquire_lock() {
            Ok(g) => Some(g),
            Err(e) => {
                // Loading without the lock only risks a racing move-aside, which fails safely.
                self.say(format!(
                    "could not lock {}: {e}",
                    self.dir.join(LOCK_FILE).display()
                ));
                None
            }
        }
    }

    // File::lock is stable since Rust 1.89, which is why Cargo.toml's rust-version is 1.89.
    fn acquire_lock(&self) -> io::Result<LockGuard> {
        let Some(file) = &self.lock else {
            return Err(io::Error::other("the config directory is not writable"));
        };
        let deadline = Instant::now() + LOCK_WAIT;
        loop {
            match file.try_lock() {
                // A duplicate handle shares the lock, so the guard owns no borrow of `self`.
                Ok(()) => {
                    return file
                        .try_clone()
                        .map(|f| LockGuard(Some(f)))
                        .inspect_err(|_| {
                            let _ = file.unlock();
                        });
                }
                Err(fs::TryLockError::WouldBlock) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(io::Error::other(
                        "another brief holds the lock; will retry at the next save",
                    ));
                }
                // No advisory locks on this file system: saving unlocked beats not saving.
                Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                    return Ok(LockGuard(None));
                }
                Err(fs::TryLockError::Error(e)) => return Err(e),
            }
        }
    }

    /// Temp files are only written under the lock, so any found while holding it were left by
    /// a process killed mid-write.
    fn remove_stale_temp_files(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if is_temp_name(&name) {
                let _ = fs::remove_file(e.path());
            }
        }
    }

    fn write_atomic(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        self.temp_counter = self.temp_counter.wrapping_add(1);
        let tmp = self.dir.join(format!(
            ".{name}.tmp.{}.{}",
            std::process::id(),
            self.temp_counter
        ));
        let written =
            write_and_sync(&tmp, bytes).and_then(|()| fs::rename(&tmp, self.dir.join(name)));
        if let Err(e) = written {
            let _ = fs::remove_file(&tmp);
            return Err(e);
        }
        // Make the rename itself durable. Some file systems refuse to fsync a directory;
        // the rename is still atomic there, so that is not an error worth reporting.
        if let Ok(d) = File::open(&self.dir) {
            let _ = d.sync_all();
        }
        Ok(())
    }
}

/// Whether a file name is one of our temp files (`.state.toml.tmp.<pid>.<n>`).
pub fn is_temp_name(name: &str) -> bool {
    [STATE_FILE, BOOKMARKS_FILE].iter().any(|f| {
        name.strip_prefix('.')
            .and_then(|n| n.strip_prefix(f))
            .is_some_and(|r| r.starts_with(".tmp."))
    })
}

fn write_and_sync(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_and_sync_with(path, |mut f| f.write_all(bytes))
}

/// [`write_and_sync`] with the contents written by `write` (into a new file, mode 0600).
fn write_and_sync_with(path: &Path, write: impl FnOnce(&File) -> io::Result<()>) -> io::Result<()> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        // Reading history is private.
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let f = opts.open(path)?;
    write(&f)?;
    f.sync_all()
}

/// Holds the advisory lock (`None`: the file system has no locks); released on drop.
struct LockGuard(Option<File>);

impl LockGuard {
    fn is_exclusive(&self) -> bool {
        self.0.is_some()
    }
}

impl Drop for LockGuard {
    fn drop(&mut self) {
        if let Some(f) = &self.0 {
            let _ = f.unlock();
        }
    }
}

/// What a save needs of a value: merge the file's version in, and note it is saved.
trait Mergeable {
    fn merge(&mut self, disk: Self);
    fn saved(&mut self);
    /// The file is kept as it is from now on (`why`): changes will not be saved.
    fn kept(&mut self, _why: &str) {}
}

impl Mergeable for ReadingState {
    fn merge(&mut self, disk: Self) {
        self.merge_from(disk);
    }
    fn saved(&mut self) {
        self.mark_saved();
    }
}

impl Mergeable for Bookmarks {
    fn merge(&mut self, disk: Self) {
        self.merge_from(disk);
    }
    fn saved(&mut self) {
        self.mark_saved();
    }
    fn kept(&mut self, why: &str) {
        self.set_read_only(Some(why.to_string()));
    }
}

// ==== Library index cache (issue 9) ====================================================
// The cache directory (never the config directory) holds one file per library folder: the
// index of its documents (see `crate::library::cache` for the format). It is only ever a
// cache: a missing, corrupt or stale file is rebuilt, and a failure to write it is not
// reported as a problem with the reading state.

/// Environment variable overriding the cache directory (tests, or a user's own place).
pub const CACHE_DIR_ENV: &str = "BRIEF_CACHE_DIR";

/// The cache directory: `$BRIEF_CACHE_DIR`, else the platform's (`~/.cache/brief` on Linux).
pub fn cache_dir() -> Option<PathBuf> {
    match std::env::var_os(CACHE_DIR_ENV) {
        Some(v) if !v.is_empty() => Some(PathBuf::from(v)),
        _ => directories::ProjectDirs::from("", "", "brief").map(|p| p.cache_dir().to_path_buf()),
    }
}

/// The cache file of the library made of `roots` (folders or files; named by a hash of
/// their absolute paths).
pub fn library_cache_path(roots: &[PathBuf]) -> Option<PathBuf> {
    let mut named = Vec::new();
    for root in roots {
        let root = std::path::absolute(root).unwrap_or_else(|_| root.clone());
        named.extend_from_slice(root.as_os_str().as_encoded_bytes());
        named.push(0);
    }
    let key = crate::library::index::content_hash(&named);
    Some(
        cache_dir()?
            .join("library")
            .join(format!("{key:016x}.cache")),
    )
}

/// The cached index of the library at `root`: `Ok(None)` when there is none, `Err` with a
/// one-line reason when the file is there but cannot be trusted (it is then rebuilt).
pub fn read_library_cache(
    roots: &[PathBuf],
) -> Result<Option<crate::library::index::Cached>, String> {
    let Some(path) = library_cache_path(roots) else {
        return Ok(None);
    };
    match fs::read(&path) {
        Ok(bytes) => crate::library::cache::decode(&bytes)
            .map(Some)
            .map_err(|e| format!("{}: {e}; rebuilding", path.display())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: {e}; rebuilding", path.display())),
    }
}

/// Write the cached index of the library made of `roots` atomically (temp file, rename);
/// `write` streams the contents into the temp file (buffered).
pub fn write_library_cache(
    roots: &[PathBuf],
    write: impl FnOnce(&mut io::BufWriter<&File>) -> io::Result<()>,
) -> io::Result<()> {
    let path = library_cache_path(roots)
        .ok_or_else(|| io::Error::other("no cache directory (no home directory)"))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.tmp.{}",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    // A temp file left by a crashed run with the same pid would make `create_new` fail.
    let _ = fs::remove_file(&tmp);
    let written = write_and_sync_with(&tmp, |f| {
        let mut out = io::BufWriter::new(f);
        write(&mut out)?;
        out.into_inner().map_err(io::IntoInnerError::into_error)?;
        Ok(())
    })
    .and_then(|()| fs::rename(&tmp, &path));
    if written.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    written
}
