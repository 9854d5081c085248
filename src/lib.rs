//! brief: a terminal reader for briefings.
//!
//! Map of the crate (pure logic first, terminal last):
//! - [`document`]: the document model, loaders for `.txt`/`.md` with `+++`/`---` front matter,
//!   sanitising, and the content-hash identity [`document::DocId`]. No I/O.
//! - [`extract`]: text analysis: sentences, actors, claims with stances, disputes. No I/O.
//! - [`state`]: reading state and bookmarks: model, serde schema, merge. No I/O.
//! - [`library`]: a folder as a library: entries, sort, fuzzy filter, actors across documents,
//!   the index cache format, and the background loader (reads go through `load`). No terminal.
//! - [`storage`]: the only module that touches the config directory (atomic writes, lock)
//!   and the cache directory (the library index).
//! - [`load`]: reads documents from paths, folders and stdin (or the bundled samples) into
//!   [`document::Document`]s.
//! - [`config`]: `config.toml` settings, keymap (defaults + user patch) and themes.
//! - [`app`]: the application state machine; `update(&mut App, Action)`; no terminal.
//! - [`ui`]: rendering of an `&App` into a ratatui buffer, one file per pane or popup.
//! - [`tui`]: terminal setup/restore, event loop and signals; the only crossterm user.
//! - [`cli`]: commands: the reader around the terminal UI (`read`: start-up, saved state,
//!   saves) and the non-interactive ones (`extract`, `bookmarks`, `actors`). `main.rs` only
//!   dispatches.
//! - [`worker`]: the background thread pool (extraction, indexing) whose results the event
//!   loop's tick applies. No terminal, no I/O.

pub mod app;
pub mod cli;
pub mod config;
pub mod document;
pub mod extract;
pub mod library;
pub mod load;
pub mod state;
pub mod storage;
pub mod tui;
pub mod ui;
pub mod worker;
