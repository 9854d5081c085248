//! Reading state and bookmarks: the model, its TOML schema with migrations, and the merge of
//! two instances' changes. Pure: no file system access; [`crate::storage`] does the I/O.
//!
//! How the reader uses it:
//! - on open: `storage.load()` gives a [`ReadingState`] and [`Bookmarks`];
//!   [`ReadingState::opened`] records the visit and returns the [`Anchor`] to resume at;
//! - while reading: [`ReadingState::set_position`], [`ReadingState::mark_read`],
//!   [`Bookmarks::add`], [`Bookmarks::delete`] (returns the bookmark for undo),
//!   [`Bookmarks::restore`], [`Bookmarks::set_note`];
//! - when a document's text is not the one its bookmarks were made in (edited, or moved and
//!   edited): [`Bookmarks::reanchor`] finds each one again by its [`TextQuote`], or marks it
//!   orphaned;
//! - to save (on quit, on a signal, a few seconds after a change): `storage.save(..)`, which
//!   merges what another instance wrote and updates both values in place.

mod anchor;
mod bookmarks;
mod quote;
mod reading;
pub mod schema;
mod time;

pub use anchor::Anchor;
pub use bookmarks::{Bookmark, BookmarkId, Bookmarks, Reanchored, excerpt_at};
pub use quote::{Located, Match, TextQuote};
pub use reading::{DocRef, DocState, ReadingState};
pub use time::Timestamp;
