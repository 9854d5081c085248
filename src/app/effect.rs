//! What an action asks of the world outside the app, returned by [`super::update`] for the
//! caller (the event loop in `cli::read`) to carry out: the app itself never does I/O.

use super::session::LoadRequest;

/// One thing for the caller to do after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Stop the event loop; the caller saves the reading state.
    Quit,
    /// Read a document from disk and show it (a bookmark of a document not open); the
    /// caller calls [`super::session::open_loaded`].
    Load(LoadRequest),
    /// Put this text on the system clipboard (OSC 52, so it works over SSH). The text is
    /// sanitised already: no control characters.
    Copy(String),
}
