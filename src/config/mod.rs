//! User configuration: `config.toml` settings, key bindings (defaults embedded, user patch)
//! and colour themes (built in and the user's).

pub mod colour;
pub mod key;
pub mod keymap;
pub mod locate;
pub mod settings;
pub mod theme;

pub use key::{Key, KeyCode};
pub use keymap::{Keymap, KeymapError};
pub use settings::Settings;
pub use theme::{ColourDepth, Theme};
