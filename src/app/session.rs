//! Reading state and bookmarks inside the app: what to restore when a document is shown,
//! what to record after each action (position, read flag, theme), and what the event loop
//! gives back (a document a bookmark points to, loaded: [`open_loaded`]). No I/O: the caller loads and
//! saves (`cli::read`), the app only changes these values.

use super::{Anchor, App, Open, Pane};
use crate::document::{DocId, Document};
use crate::state::{BookmarkId, Bookmarks, DocRef, ReadingState, Reanchored, Timestamp};
use jiff::tz::TimeZone;
use std::collections::HashSet;
use std::path::PathBuf;

/// The saved state as the app holds it while it runs.
#[derive(Debug, Clone)]
pub struct Session {
    pub state: ReadingState,
    pub bookmarks: Bookmarks,
    /// Where "now" comes from (tests fix it).
    pub clock: fn() -> Timestamp,
    /// The time zone times are shown in (the system's; tests fix it).
    pub zone: TimeZone,
    /// The bookmark whose document an [`super::Effect::Load`] asks for: once loaded (and its
    /// bookmarks re-anchored), it is shown at that bookmark's place.
    pub wanted: Option<BookmarkId>,
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
            zone: TimeZone::system(),
            wanted: None,
        }
    }
}

impl Session {
    /// The current time from the session's clock.
    pub fn now(&self) -> Timestamp {
        (self.clock)()
    }

    /// Why changes to bookmarks will not be saved in this session (read-only: the storage
    /// said so at load or at a save); `None` when they will be.
    pub fn read_only(&self) -> Option<&str> {
        self.bookmarks.read_only()
    }

    /// What to add to a message about a change to bookmarks: empty, or why it is not saved.
    pub fn unsaved_note(&self) -> String {
        match self.read_only() {
            Some(why) => format!(" (not saved: read-only: {why})"),
            None => String::new(),
        }
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
    let (ids, paths) = identities(app);
    let moved: Vec<_> = app
        .docs
        .iter()
        .map(|o| reanchor(&mut app.session.bookmarks, &o.doc, &ids, &paths))
        .collect();
    if let Some(note) = reanchor_message(&moved) {
        app.message = Some(note);
    }
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
    let found = attach_bookmarks(app, index);
    // The file may have changed since it was bookmarked: go where the bookmark is now.
    let wanted = app.session.wanted.take();
    let b = wanted.as_ref().and_then(|id| app.session.bookmarks.get(id));
    let at = match b {
        Some(b) if b.doc_id == app.docs[index].doc.id && !b.orphaned => b.position,
        _ => at,
    };
    let orphan = b.is_some_and(|b| b.orphaned);
    show_at(app, index, at);
    after_update(app, before);
    if orphan {
        app.message =
            Some("that bookmark is orphaned: its text is no longer in the document".into());
    } else if let Some(note) = reanchor_message(&[found]) {
        app.message = Some(note);
    }
}

/// Re-anchor the bookmarks of earlier texts of document `index` in it (see
/// [`Bookmarks::reanchor`]); call it whenever a document joins the open ones. A bookmark is
/// a stray (maybe moved and edited) when no open document has its id or its path.
pub fn attach_bookmarks(app: &mut App, index: usize) -> Reanchored {
    let (ids, paths) = identities(app);
    match app.docs.get(index) {
        Some(open) => reanchor(&mut app.session.bookmarks, &open.doc, &ids, &paths),
        None => Reanchored::default(),
    }
}

/// The ids and paths of the open documents.
fn identities(app: &App) -> (HashSet<DocId>, HashSet<String>) {
    let ids = app.docs.iter().map(|o| o.doc.id.clone()).collect();
    let paths = app
        .docs
        .iter()
        .filter_map(|o| Some(o.doc.path.as_deref()?.to_string_lossy().into_owned()))
        .collect();
    (ids, paths)
}

fn reanchor(
    bookmarks: &mut Bookmarks,
    doc: &Document,
    ids: &HashSet<DocId>,
    paths: &HashSet<String>,
) -> Reanchored {
    bookmarks.reanchor(doc, |b| {
        !ids.contains(&b.doc_id) && b.doc_path.as_ref().is_none_or(|p| !paths.contains(p))
    })
}

/// What to tell the user after re-anchoring, if anything moved or was orphaned.
fn reanchor_message(done: &[Reanchored]) -> Option<String> {
    let found: usize = done.iter().map(|d| d.found).sum();
    let orphaned: usize = done.iter().map(|d| d.orphaned).sum();
    match (found, orphaned) {
        (0, 0) => None,
        (n, 0) => Some(format!("the text changed: {n} bookmark(s) found again")),
        (n, k) => Some(format!(
            "the text changed: {n} bookmark(s) found again, {k} orphaned (their text is gone; see ')"
        )),
    }
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
