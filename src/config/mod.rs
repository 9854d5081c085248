//! User configuration: key bindings (defaults embedded, user patch) and colour themes.

pub mod colour;
pub mod key;
pub mod keymap;
pub mod theme;

pub use key::{Key, KeyCode};
pub use keymap::{Keymap, KeymapError};
pub use theme::{ColourDepth, Theme};
