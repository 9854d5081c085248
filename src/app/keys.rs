//! From keys to actions: the keymap's action names per mode turned into [`Action`]s, the
//! count typed before a motion (`10j`, `3G`, as in less and vim), key sequences being typed
//! (`dd`), and the help's content, generated from the keymap so it never disagrees with
//! what a key does.

use super::effect::Effect;
use super::line::Edit;
use super::{Action, App, Overlay, update};
use crate::config::keymap::{Keymap, Lookup, Mode};
use crate::config::{Key, KeyCode};

/// Every action name the keymap may bind, per mode, with its action and help text.
const NAMES: &[(Mode, &str, Action, &str)] = &[
    (
        Mode::Reader,
        "down",
        Action::Down,
        "scroll down / next item",
    ),
    (Mode::Reader, "up", Action::Up, "scroll up / previous item"),
    (
        Mode::Reader,
        "half_page_down",
        Action::HalfPageDown,
        "half page down",
    ),
    (
        Mode::Reader,
        "half_page_up",
        Action::HalfPageUp,
        "half page up",
    ),
    (Mode::Reader, "page_down", Action::PageDown, "page down"),
    (Mode::Reader, "page_up", Action::PageUp, "page up"),
    (
        Mode::Reader,
        "top",
        Action::Top,
        "top (with a count: that line)",
    ),
    (
        Mode::Reader,
        "bottom",
        Action::Bottom,
        "bottom (with a count: that line)",
    ),
    (Mode::Reader, "focus_next", Action::FocusNext, "next pane"),
    (
        Mode::Reader,
        "focus_prev",
        Action::FocusPrev,
        "previous pane",
    ),
    (
        Mode::Reader,
        "activate",
        Action::Activate,
        "jump to actor / claim",
    ),
    (
        Mode::Reader,
        "search",
        Action::Search,
        "search (empty: repeat the last)",
    ),
    (
        Mode::Reader,
        "next_match",
        Action::NextMatch,
        "next match, mention or claim",
    ),
    (
        Mode::Reader,
        "prev_match",
        Action::PrevMatch,
        "previous match, mention or claim",
    ),
    (
        Mode::Reader,
        "prev_document",
        Action::PrevDocument,
        "previous document",
    ),
    (
        Mode::Reader,
        "next_document",
        Action::NextDocument,
        "next document",
    ),
    (
        Mode::Reader,
        "documents",
        Action::Documents,
        "the library (list of documents)",
    ),
    (
        Mode::Reader,
        "cycle_sort",
        Action::CycleSort,
        "library order: date, title, source",
    ),
    (
        Mode::Reader,
        "next_unread",
        Action::NextUnread,
        "next unread document",
    ),
    (
        Mode::Reader,
        "toggle_read",
        Action::ToggleRead,
        "mark read / unread",
    ),
    (
        Mode::Reader,
        "rescan",
        Action::Rescan,
        "rescan the library folder",
    ),
    (
        Mode::Reader,
        "actor_documents",
        Action::ActorDocuments,
        "other documents mentioning the actor",
    ),
    (
        Mode::Reader,
        "disputing_documents",
        Action::DisputingDocuments,
        "other documents disputing the claim",
    ),
    (
        Mode::Reader,
        "bookmark",
        Action::Bookmark,
        "bookmark this place",
    ),
    (
        Mode::Reader,
        "bookmark_with_note",
        Action::BookmarkWithNote,
        "bookmark with a note",
    ),
    (
        Mode::Reader,
        "bookmarks",
        Action::Bookmarks,
        "bookmarks of every document",
    ),
    (
        Mode::Reader,
        "next_bookmark",
        Action::NextBookmark,
        "next bookmark here",
    ),
    (
        Mode::Reader,
        "prev_bookmark",
        Action::PrevBookmark,
        "previous bookmark here",
    ),
    (
        Mode::Reader,
        "show_link",
        Action::ShowLink,
        "show a link's URL (again: next link)",
    ),
    (
        Mode::Reader,
        "yank",
        Action::Yank,
        "copy the claim with its source, or the paragraph",
    ),
    (Mode::Reader, "next_theme", Action::NextTheme, "next theme"),
    (Mode::Reader, "help", Action::Help, "this help"),
    (
        Mode::Reader,
        "escape",
        Action::Escape,
        "clear the highlights",
    ),
    (Mode::Reader, "quit", Action::Quit, "quit"),
    (Mode::List, "down", Action::Down, "next bookmark"),
    (Mode::List, "up", Action::Up, "previous bookmark"),
    (Mode::List, "page_down", Action::PageDown, "page down"),
    (Mode::List, "page_up", Action::PageUp, "page up"),
    (Mode::List, "top", Action::Top, "first"),
    (Mode::List, "bottom", Action::Bottom, "last"),
    (Mode::List, "open", Action::Activate, "open at the bookmark"),
    (Mode::List, "edit_note", Action::EditNote, "edit the note"),
    (Mode::List, "delete", Action::DeleteBookmark, "delete"),
    (
        Mode::List,
        "undo",
        Action::UndoDelete,
        "undo the last delete",
    ),
    (Mode::List, "filter", Action::Search, "filter as you type"),
    (
        Mode::List,
        "close",
        Action::Escape,
        "clear the filter, else close",
    ),
    (Mode::List, "quit", Action::Quit, "quit"),
    (Mode::Popup, "down", Action::Down, "down"),
    (Mode::Popup, "up", Action::Up, "up"),
    (
        Mode::Popup,
        "half_page_down",
        Action::HalfPageDown,
        "half page down",
    ),
    (
        Mode::Popup,
        "half_page_up",
        Action::HalfPageUp,
        "half page up",
    ),
    (Mode::Popup, "page_down", Action::PageDown, "page down"),
    (Mode::Popup, "page_up", Action::PageUp, "page up"),
    (Mode::Popup, "top", Action::Top, "top"),
    (Mode::Popup, "bottom", Action::Bottom, "bottom"),
    (Mode::Popup, "open", Action::Activate, "open the document"),
    (Mode::Popup, "close", Action::Escape, "close"),
    (Mode::Popup, "quit", Action::Quit, "quit"),
    (Mode::Input, "submit", Action::Activate, "submit"),
    (Mode::Input, "cancel", Action::Escape, "cancel"),
    (Mode::Input, "left", Action::Edit(Edit::Left), "cursor left"),
    (
        Mode::Input,
        "right",
        Action::Edit(Edit::Right),
        "cursor right",
    ),
    (
        Mode::Input,
        "start",
        Action::Edit(Edit::Home),
        "cursor to the start",
    ),
    (
        Mode::Input,
        "end",
        Action::Edit(Edit::End),
        "cursor to the end",
    ),
    (
        Mode::Input,
        "backspace",
        Action::InputBackspace,
        "delete before the cursor",
    ),
    (
        Mode::Input,
        "delete",
        Action::Edit(Edit::Delete),
        "delete under the cursor",
    ),
    (
        Mode::Input,
        "delete_to_start",
        Action::Edit(Edit::DeleteToStart),
        "delete to the start",
    ),
    (
        Mode::Input,
        "delete_word_back",
        Action::Edit(Edit::DeleteWordBack),
        "delete a word back",
    ),
];

/// The symbols the screen draws, with what they mean (the help's legend). Without a UTF-8
/// locale each is drawn as its ASCII stand-in, which the help shows beside it.
pub const LEGEND: &[(&str, &str)] = &[
    ("▶", "the focused pane (thick border)"),
    ("▸", "the selected row"),
    ("│", "margin: a claim is made on this line"),
    ("●", "margin: a bookmark; actors: the one highlighted"),
    ("▎", "a quotation"),
    ("×7", "how often an actor is mentioned"),
    ("≠", "a dispute: sources contradict each other"),
    ("•", "asserts"),
    ("✗", "denies"),
    ("✓", "confirms; in the documents list: read"),
    ("!", "urges"),
    ("»", "accuses"),
    ("~", "hedges"),
    ("◇", "a loaded sentence nobody is quoted for"),
    ("…", "cut to fit"),
];

/// The action `name` stands for in `mode`.
pub fn action(mode: Mode, name: &str) -> Option<Action> {
    NAMES
        .iter()
        .find(|(m, n, _, _)| *m == mode && *n == name)
        .map(|(_, _, a, _)| a.clone())
}

/// What the action `name` of `mode` does, for the help.
pub fn describe(mode: Mode, name: &str) -> &'static str {
    NAMES
        .iter()
        .find(|(m, n, _, _)| *m == mode && *n == name)
        .map_or("", |(_, _, _, d)| d)
}

/// Which key table is live: the input line takes the keys while it is open, then a popup.
pub fn mode_of(app: &App) -> Mode {
    match (&app.input, &app.overlay) {
        (Some(_), _) => Mode::Input,
        (None, Some(Overlay::Bookmarks(_))) => Mode::List,
        (None, Some(_)) => Mode::Popup,
        (None, None) => Mode::Reader,
    }
}

/// Keys typed and not acted on yet: a count and the start of a sequence.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pending {
    /// The count typed before a motion (`10` of `10j`).
    pub count: Option<usize>,
    /// The keys of a sequence typed so far (the first `d` of `dd`).
    pub keys: Vec<Key>,
}

/// Largest count kept (more digits are ignored).
const MAX_COUNT: usize = 99_999;

/// Apply the key `key` pressed: through the live mode's bindings to an action and
/// [`update`]. Returns what the caller must do (see [`Effect`]).
pub fn press(app: &mut App, key: Key) -> Vec<Effect> {
    let mode = mode_of(app);
    let plain_digit = match key.code {
        KeyCode::Char(c) if !key.ctrl && !key.alt => c.to_digit(10),
        _ => None,
    };
    if let Some(d) = plain_digit
        && mode != Mode::Input
        && app.pending.keys.is_empty()
        && app.keymap.lookup(mode, &[key]) == Lookup::Unbound
        && (d > 0 || app.pending.count.is_some())
    {
        let count = app.pending.count.unwrap_or(0) * 10 + d as usize;
        app.pending.count = Some(count.min(MAX_COUNT));
        return Vec::new();
    }
    app.pending.keys.push(key);
    let keys = app.pending.keys.clone();
    let named = match app.keymap.lookup(mode, &keys) {
        Lookup::Action(name) => action(mode, name),
        Lookup::Prefix => return Vec::new(),
        // An unfinished sequence followed by another key: that key counts on its own.
        Lookup::Unbound if keys.len() > 1 => {
            app.pending.keys.clear();
            return press(app, key);
        }
        Lookup::Unbound => None,
    };
    app.pending.keys.clear();
    match named {
        Some(action) => update(app, action),
        None => {
            app.pending.count = None;
            match key.code {
                KeyCode::Char(c) if mode == Mode::Input && !key.ctrl && !key.alt => {
                    update(app, Action::InputChar(c))
                }
                _ => Vec::new(),
            }
        }
    }
}

/// One line of the help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HelpLine {
    /// A mode's (or the legend's) heading.
    Heading(&'static str),
    /// Keys and what they do.
    Binding {
        keys: String,
        what: &'static str,
    },
    /// A symbol of the screen and what it means.
    Symbol {
        symbol: &'static str,
        what: &'static str,
    },
    Blank,
}

/// The help: each mode's bindings from `keymap`, then the legend of symbols.
pub fn help(keymap: &Keymap) -> Vec<HelpLine> {
    let mut out = Vec::new();
    for mode in Mode::ALL {
        if !out.is_empty() {
            out.push(HelpLine::Blank);
        }
        out.push(HelpLine::Heading(mode.title()));
        if mode != Mode::Input {
            out.push(HelpLine::Binding {
                keys: "1-9…".to_string(),
                what: "a count before a motion: 10j, 3G",
            });
        }
        for (name, seqs) in keymap.bindings(mode) {
            if seqs.is_empty() {
                continue;
            }
            let keys: Vec<String> = seqs.iter().map(ToString::to_string).collect();
            out.push(HelpLine::Binding {
                keys: keys.join(", "),
                what: describe(mode, name),
            });
        }
    }
    out.push(HelpLine::Blank);
    out.push(HelpLine::Heading("Mouse"));
    for (keys, what) in [
        ("wheel", "scroll the pane under the pointer"),
        ("click", "focus a pane, select a row"),
        ("click again", "on a selected actor or claim: jump to it"),
    ] {
        out.push(HelpLine::Binding {
            keys: keys.to_string(),
            what,
        });
    }
    out.push(HelpLine::Blank);
    out.push(HelpLine::Heading("Symbols"));
    for (symbol, what) in LEGEND {
        out.push(HelpLine::Symbol { symbol, what });
    }
    out
}

/// The first key of `name` in `mode`, for hints ("" when unbound).
pub fn key_hint(keymap: &Keymap, mode: Mode, name: &str) -> String {
    keymap
        .key_for(mode, name)
        .map(ToString::to_string)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_binding_names_an_action_of_its_mode() {
        let map = Keymap::default();
        for mode in Mode::ALL {
            for (name, keys) in map.bindings(mode) {
                assert!(action(mode, name).is_some(), "{}.{name}", mode.name());
                assert!(!keys.is_empty(), "{}.{name} has no key", mode.name());
            }
        }
        for (mode, name, _, _) in NAMES {
            assert!(
                map.bindings(*mode).iter().any(|(n, _)| n == name),
                "{}.{name} has no default",
                mode.name()
            );
        }
    }
}
