//! Everything the user (or the terminal) can ask of the app. The keymap binds keys to the
//! unit variants by their snake_case names; the others come from the event loop.

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
    /// A cursor or deletion key in the input line.
    Edit(super::line::Edit),
    /// A letter typed in the bookmarks list, which has its own commands (`dd`/`x` delete,
    /// `u` undo, `e` edit the note).
    ListKey(char),
    /// Text pasted into the terminal (bracketed paste): typed into the open input line with
    /// line breaks as spaces and controls removed, never read as keys; ignored (with a
    /// message) when no input line is open.
    Paste(String),
}

impl Action {
    /// The actions a key can be bound to, in the order the help lists them.
    pub const BINDABLE: [Action; 26] = [
        Action::Down,
        Action::Up,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Activate,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::PrevDocument,
        Action::NextDocument,
        Action::Documents,
        Action::NextTheme,
        Action::Bookmark,
        Action::BookmarkWithNote,
        Action::Bookmarks,
        Action::NextBookmark,
        Action::PrevBookmark,
        Action::Help,
        Action::Escape,
        Action::Quit,
    ];

    /// A short description for the help screen.
    pub fn describe(&self) -> &'static str {
        match self {
            Action::Down => "scroll down / next item",
            Action::Up => "scroll up / previous item",
            Action::HalfPageDown => "half page down",
            Action::HalfPageUp => "half page up",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::FocusNext => "next pane",
            Action::FocusPrev => "previous pane",
            Action::Activate => "jump to actor / claim / document",
            Action::Search => "search",
            Action::NextMatch => "next match or mention",
            Action::PrevMatch => "previous match or mention",
            Action::NextDocument => "next document",
            Action::PrevDocument => "previous document",
            Action::Documents => "list of documents",
            Action::NextTheme => "next theme",
            Action::Help => "this help",
            Action::Escape => "close popup / clear search",
            Action::Quit => "quit",
            Action::Resize { .. } => "terminal resized",
            Action::InputChar(_) => "type into the input line",
            Action::InputBackspace => "delete in the input line",
            Action::Bookmark => "bookmark this place",
            Action::BookmarkWithNote => "bookmark this place with a note",
            Action::Bookmarks => "bookmarks list (in it: e dd x u /)",
            Action::NextBookmark => "next bookmark in the document",
            Action::PrevBookmark => "previous bookmark in the document",
            Action::Edit(_) => "move or delete in the input line",
            Action::ListKey(_) => "a command letter in the bookmarks list",
            Action::Paste(_) => "paste into the input line",
        }
    }
}
