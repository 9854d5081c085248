//! Non-interactive commands.

pub mod bookmarks;
pub mod extract;
