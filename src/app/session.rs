//! Reading state and bookmarks inside the app: what to restore when a document is shown,
//! what to record after each action (position, read flag, theme), and what the event loop
//! gives back (a document a bookmark points to, loaded: [`open_loaded`]). No I/O: the caller loads and
//! saves (`cli::read`), the app only changes these values.

use super::{Anchor, App, Open, Pane};
use crate::document::Document;
use crate::state::{Bookmarks, DocRef, ReadingState, Timestamp};
use std::path::PathBuf;

/// The saved state as the app holds it while it runs.
#[derive(Debug, Clone)]
pub struct Session {
    pub state: ReadingState,
    pub bookmarks: Bookmarks,
    /// Where "now" comes from (tests fix it).
    pub clock: fn() -> Timestamp,
}

/// A document to read from `path` and show at `at`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadRequest {
    pub path: PathBuf,
    pub at: Anchor,
}

impl Default for Session {
    fn default() -> Session {
        Session {
            state: ReadingState::new(),
            bookmarks: Bookmarks::new(),
            clock: Timestamp::now,
        }
    }
}

impl Session {
    /// The current time from the session's clock.
    pub fn now(&self) -> Timestamp {
        (self.clock)()
    }

    /// Whether something changed that is not saved yet.
    pub fn is_dirty(&self) -> bool {
        self.state.is_dirty() || self.bookmarks.is_dirty()
    }
}

/// What an action may change that the state records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Before {
    current: usize,
    anchor: Anchor,
    theme: usize,
    docs: usize,
}

impl Before {
    /// Take note of `app` before an action.
    pub fn of(app: &App) -> Before {
        Before {
            current: app.current,
            anchor: app.anchor(),
            theme: app.theme,
            docs: app.docs.len(),
        }
    }
}

/// Give `app` its saved state: every open document goes back to where it was left, the
/// remembered theme is chosen, the document shown is recorded as opened.
pub fn restore(app: &mut App, state: ReadingState, bookmarks: Bookmarks) {
    app.session.state = state;
    app.session.bookmarks = bookmarks;
    for i in 0..app.docs.len() {
        let doc = &app.docs[i].doc;
        if let Some(at) = app.session.state.position_of(&doc.id, doc.path.as_deref()) {
            app.set_anchor(i, at);
        }
    }
    if let Some(name) = app.session.state.theme()
        && let Some(i) = app.themes.iter().position(|t| t == name)
    {
        app.theme = i;
    }
    // Not marked read here: the terminal's real size arrives with the first action.
    record_opened(app);
}

/// Record in the state what `update` just changed.
pub fn after_update(app: &mut App, before: Before) {
    let now = app.session.now();
    if app.current != before.current || app.docs.len() != before.docs {
        record_opened(app);
    }
    if (app.current != before.current || app.anchor() != before.anchor)
        && let Some(open) = app.docs.get(app.current)
    {
        let at = open.anchor;
        app.session
            .state
            .set_position(DocRef::from(&open.doc), at, &now);
    }
    if app.theme != before.theme {
        let name = app.theme_name().to_string();
        app.session.state.set_theme(&name);
    }
    mark_if_finished(app);
}

/// Show a document read from disk (for a bookmark) at `at`: the open one with the same
/// identity if there is one, else it is added to the open documents.
pub fn open_loaded(app: &mut App, doc: Document, at: Anchor) {
    let before = Before::of(app);
    let index = match app.docs.iter().position(|o| o.doc.id == doc.id) {
        Some(i) => i,
        None => {
            app.docs.push(Open::deferred(doc));
            app.docs.len() - 1
        }
    };
    show_at(app, index, at);
    after_update(app, before);
}

/// Show document `index` with `at` on the top line.
pub(crate) fn show_at(app: &mut App, index: usize, at: Anchor) {
    if index != app.current {
        app.marks = None;
    }
    app.current = index;
    app.set_anchor(index, at);
    app.focus = Pane::Article;
    app.rewrap();
    app.revision += 1;
}

/// Whether document `index` was marked read.
pub fn is_read(app: &App, index: usize) -> bool {
    app.docs
        .get(index)
        .is_some_and(|o| app.session.state.is_read(&o.doc.id, o.doc.path.as_deref()))
}

fn record_opened(app: &mut App) {
    let now = app.session.now();
    if let Some(open) = app.docs.get(app.current) {
        app.session.state.opened(DocRef::from(&open.doc), &now);
    }
}

/// A document whose end is on screen has been read through: mark it read (once).
fn mark_if_finished(app: &mut App) {
    if app.wrap.lines.is_empty() || app.percent() < 100 || is_read(app, app.current) {
        return;
    }
    let now = app.session.now();
    if let Some(open) = app.docs.get(app.current) {
        app.session
            .state
            .mark_read(DocRef::from(&open.doc), true, &now);
    }
}
