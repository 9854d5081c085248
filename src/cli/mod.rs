//! Commands: the non-interactive ones, and [`read`], the reader around the terminal UI.

pub mod bookmarks;
pub mod extract;
pub mod read;
