//! Non-interactive commands.

pub mod extract;
