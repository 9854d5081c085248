//! Everything the user (or the terminal) can ask of the app. Keys reach it through the
//! keymap's names (see [`super::keys`]); the other variants come from the event loop.

use serde::{Deserialize, Serialize};

/// One thing to do to the [`super::App`]; fed to [`super::update`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Scroll the article one line down, or select the next item of a list.
    Down,
    /// Scroll the article one line up, or select the previous item of a list.
    Up,
    /// Move half a page down.
    HalfPageDown,
    /// Move half a page up.
    HalfPageUp,
    /// Move a page down.
    PageDown,
    /// Move a page up.
    PageUp,
    /// Go to the top of the article or list.
    Top,
    /// Go to the bottom of the article or list.
    Bottom,
    /// Focus the next pane.
    FocusNext,
    /// Focus the previous pane.
    FocusPrev,
    /// Jump to the selected actor, claim or document; submit the input line.
    Activate,
    /// Open the search input in the status line.
    Search,
    /// Go to the next search match or actor mention.
    NextMatch,
    /// Go to the previous search match or actor mention.
    PrevMatch,
    /// Open the next document.
    NextDocument,
    /// Open the previous document.
    PrevDocument,
    /// Show or hide the list of open documents.
    Documents,
    /// Switch to the next theme.
    NextTheme,
    /// Show or hide the help.
    Help,
    /// Close the popup or input, else clear the highlights.
    Escape,
    /// Quit (the caller saves the state).
    Quit,
    /// The terminal now has this size.
    Resize { width: u16, height: u16 },
    /// A character typed into the input line.
    InputChar(char),
    /// Delete the last character of the input line.
    InputBackspace,
    /// Bookmark the reading position (the top line of the article).
    Bookmark,
    /// Bookmark the reading position with a note typed in the input line.
    BookmarkWithNote,
    /// Show or hide the list of bookmarks of every document.
    Bookmarks,
    /// Go to the next bookmark of the document.
    NextBookmark,
    /// Go to the previous bookmark of the document.
    PrevBookmark,
    /// Highlight a link in view (the next one when pressed again) and show its URL.
    ShowLink,
    /// Change the library's order: date, title, source.
    CycleSort,
    /// Open the next unread document of the library.
    NextUnread,
    /// Mark the selected (or shown) document read, or unread again.
    ToggleRead,
    /// Read the library's folder again: new and changed files are picked up.
    Rescan,
    /// The other library documents that mention the selected actor.
    ActorDocuments,
    /// The claims of other library documents that dispute the selected claim.
    DisputingDocuments,
    /// A cursor or deletion key in the input line.
    Edit(super::line::Edit),
    /// Delete the bookmark selected in the list (`u` undoes while the list is open).
    DeleteBookmark,
    /// Put back the bookmark deleted last while the list is open.
    UndoDelete,
    /// Edit the note of the bookmark selected in the list.
    EditNote,
    /// Copy the selected claim with its citation, or the paragraph at the top of the
    /// article, to the clipboard.
    Yank,
    /// The mouse did something at a cell of the screen.
    Mouse(Mouse),
    /// Text pasted into the terminal (bracketed paste): typed into the open input line with
    /// line breaks as spaces and controls removed, never read as keys; ignored (with a
    /// message) when no input line is open.
    Paste(String),
}

/// A mouse event at a cell (`column`, `row`: 0-based from the top left of the screen).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mouse {
    pub kind: MouseKind,
    pub column: u16,
    pub row: u16,
}

/// What the mouse did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MouseKind {
    /// The left button was pressed.
    Click,
    /// The wheel turned towards the user (the text moves up).
    ScrollDown,
    /// The wheel turned away from the user.
    ScrollUp,
}
