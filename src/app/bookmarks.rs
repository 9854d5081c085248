//! Bookmarks in the reader: `b` marks the top line, `B` asks for a note first, `m`/`M` go to
//! the next/previous one in the document, and `'` opens the list of every document's
//! bookmarks, with its own keys (the keymap's `list` mode): open one, edit its note, delete
//! (undone while the list is open), filter as you type.

use super::session::{self, LoadRequest};
use super::{Action, Anchor, App, Input, InputPurpose, Overlay};
use crate::state::{Bookmark, BookmarkId, DocRef, TextQuote, excerpt_at};

/// Longest excerpt kept with a bookmark, in characters.
const EXCERPT_CHARS: usize = 100;

/// The bookmarks popup: which row is selected, the filter, and what can be undone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BookmarkList {
    /// Index into [`BookmarkList::rows`].
    pub selected: usize,
    /// Only bookmarks whose title, path, excerpt or note contain this are listed.
    pub filter: String,
    /// Deleted while the list was open, newest last (`u` puts them back).
    pub undo: Vec<Bookmark>,
    /// The bookmark whose note is being edited.
    pub editing: Option<BookmarkId>,
}

impl BookmarkList {
    /// The bookmarks listed, newest first.
    pub fn rows<'a>(&self, app: &'a App) -> Vec<&'a Bookmark> {
        let mut rows = app.session.bookmarks.filter(&self.filter);
        rows.reverse();
        rows
    }
}

/// Handle the bookmark actions and every action while the bookmarks list is open; false
/// when `action` is not for this module.
pub fn handle(app: &mut App, action: &Action) -> bool {
    match app.overlay {
        Some(Overlay::Bookmarks(_)) => {
            in_list(app, action);
            return true;
        }
        // Another popup takes the keys.
        Some(_) => return false,
        None => {}
    }
    match action {
        Action::Bookmark => add(app, ""),
        Action::BookmarkWithNote => {
            if app.open().is_some() && !already_bookmarked(app) {
                app.input = Some(Input::new(InputPurpose::Note));
            }
        }
        Action::Bookmarks => {
            app.overlay = Some(Overlay::Bookmarks(BookmarkList::default()));
        }
        Action::NextBookmark => step(app, true),
        Action::PrevBookmark => step(app, false),
        _ => return false,
    }
    true
}

/// Enter in the input line of one of this module's purposes.
pub fn submit(app: &mut App, purpose: InputPurpose, text: String) {
    match purpose {
        InputPurpose::Note => add(app, text.trim()),
        InputPurpose::EditNote => {
            let Some(Overlay::Bookmarks(list)) = &mut app.overlay else {
                return;
            };
            if let Some(id) = list.editing.take() {
                app.session.bookmarks.set_note(&id, text.trim());
                app.message = Some(match app.session.read_only() {
                    Some(_) => format!("note changed{}", app.session.unsaved_note()),
                    None => "note saved".to_string(),
                });
            }
        }
        InputPurpose::Filter | InputPurpose::Search | InputPurpose::LibraryFilter => {}
    }
}

/// The input line changed: the list follows its filter as it is typed.
pub fn input_changed(app: &mut App) {
    let Some(input) = &app.input else { return };
    if input.purpose != InputPurpose::Filter {
        return;
    }
    let text = input.text.clone();
    if let Some(Overlay::Bookmarks(list)) = &mut app.overlay {
        list.filter = text;
        list.selected = 0;
    }
}

/// Esc in the input line: a filter being typed is dropped, a note edit forgotten.
pub fn input_cancelled(app: &mut App, purpose: InputPurpose) {
    if let Some(Overlay::Bookmarks(list)) = &mut app.overlay {
        match purpose {
            InputPurpose::Filter => {
                list.filter.clear();
                list.selected = 0;
            }
            InputPurpose::EditNote => list.editing = None,
            _ => {}
        }
    }
}

/// If the top line of the article is bookmarked already, say so (true).
fn already_bookmarked(app: &mut App) -> bool {
    let anchor = app.anchor();
    let Some(open) = app.open() else { return false };
    if app.session.bookmarks.at(&open.doc.id, anchor).is_none() {
        return false;
    }
    app.message = Some("already bookmarked here (' lists the bookmarks, e edits the note)".into());
    true
}

/// Bookmark the top line of the article with `note`, with the quote that finds it again
/// after an edit. Read from stdin, a known file's text is filed under that file.
fn add(app: &mut App, note: &str) {
    if already_bookmarked(app) {
        return;
    }
    let now = app.session.now();
    let at = app.anchor_offset();
    let anchor = app.anchor();
    let Some(open) = app.docs.get(app.current) else {
        return;
    };
    let excerpt = excerpt_at(&open.doc.body, at, EXCERPT_CHARS);
    let quote = TextQuote::at(&open.doc.body, at);
    let s = &mut app.session;
    let doc = s.state.identity(DocRef::from(&open.doc));
    s.bookmarks
        .add_quoted(doc, anchor, Some(quote), &excerpt, note, &now);
    let shown = excerpt_at(&excerpt, 0, 40);
    // The reason first: a narrow status line cuts the end.
    app.message = Some(format!("bookmarked{}: {shown}", app.session.unsaved_note()));
}

/// Go to the next (or previous) bookmark of the document, wrapping around its ends.
fn step(app: &mut App, forward: bool) {
    let here = app.anchor();
    let Some(open) = app.open() else { return };
    let places: Vec<Anchor> = app
        .session
        .bookmarks
        .for_doc(&open.doc.id)
        .iter()
        .map(|b| b.position)
        .collect();
    let target = if forward {
        places.iter().find(|&&p| p > here).map(|&p| (p, false))
    } else {
        places
            .iter()
            .rev()
            .find(|&&p| p < here)
            .map(|&p| (p, false))
    }
    .or_else(|| {
        let wrap = if forward {
            places.first()
        } else {
            places.last()
        };
        wrap.map(|&p| (p, true))
    });
    let Some((at, wrapped)) = target else {
        app.message = Some("no bookmark in this document (b adds one)".to_string());
        return;
    };
    let index = app.current;
    session::show_at(app, index, at);
    let k = places.iter().position(|&p| p == at).map_or(0, |i| i + 1);
    app.message = Some(if wrapped && places.len() > 1 {
        let end = if forward { "top" } else { "bottom" };
        format!("bookmark {k}/{}: wrapped around to the {end}", places.len())
    } else {
        format!("bookmark {k}/{}", places.len())
    });
}

fn in_list(app: &mut App, action: &Action) {
    let Some(Overlay::Bookmarks(list)) = &mut app.overlay else {
        return;
    };
    let rows = app.session.bookmarks.filter(&list.filter).len();
    let last = rows.saturating_sub(1);
    match action {
        Action::Escape if !list.filter.is_empty() => {
            list.filter.clear();
            list.selected = 0;
        }
        Action::Escape | Action::Bookmarks => app.overlay = None,
        Action::Down => list.selected = (list.selected + 1).min(last),
        Action::Up => list.selected = list.selected.saturating_sub(1),
        Action::PageDown | Action::HalfPageDown => list.selected = (list.selected + 5).min(last),
        Action::PageUp | Action::HalfPageUp => list.selected = list.selected.saturating_sub(5),
        Action::Top => list.selected = 0,
        Action::Bottom => list.selected = last,
        Action::Search => {
            app.input = Some(Input::with_text(InputPurpose::Filter, list.filter.clone()));
        }
        Action::DeleteBookmark => delete_selected(app),
        Action::UndoDelete => undo(app),
        Action::EditNote => {
            if let Some(b) = selected(app) {
                let (id, note) = (b.id.clone(), b.note.clone());
                if let Some(Overlay::Bookmarks(list)) = &mut app.overlay {
                    list.editing = Some(id);
                }
                app.input = Some(Input::with_text(InputPurpose::EditNote, note));
            }
        }
        Action::Activate => go_to_selected(app),
        _ => {}
    }
}

fn selected(app: &App) -> Option<&Bookmark> {
    let Some(Overlay::Bookmarks(list)) = &app.overlay else {
        return None;
    };
    list.rows(app).get(list.selected).copied()
}

fn delete_selected(app: &mut App) {
    let Some(id) = selected(app).map(|b| b.id.clone()) else {
        return;
    };
    let Some(gone) = app.session.bookmarks.delete(&id) else {
        return;
    };
    let rows = match &app.overlay {
        Some(Overlay::Bookmarks(list)) => list.rows(app).len(),
        _ => 0,
    };
    if let Some(Overlay::Bookmarks(list)) = &mut app.overlay {
        list.undo.push(gone);
        list.selected = list.selected.min(rows.saturating_sub(1));
    }
    app.message = Some(format!(
        "bookmark deleted{} (u undoes)",
        app.session.unsaved_note()
    ));
}

fn undo(app: &mut App) {
    let Some(Overlay::Bookmarks(list)) = &mut app.overlay else {
        return;
    };
    let Some(back) = list.undo.pop() else {
        app.message = Some("nothing to undo".to_string());
        return;
    };
    let id = back.id.clone();
    app.session.bookmarks.restore(back);
    if let Some(Overlay::Bookmarks(list)) = &app.overlay {
        let at = list.rows(app).iter().position(|b| b.id == id);
        if let (Some(at), Some(Overlay::Bookmarks(list))) = (at, &mut app.overlay) {
            list.selected = at;
        }
    }
    app.message = Some(format!("bookmark restored{}", app.session.unsaved_note()));
}

/// Show the selected bookmark's place: in its open document, else ask the event loop to
/// load the document from the path it was bookmarked at.
fn go_to_selected(app: &mut App) {
    let Some(b) = selected(app) else { return };
    let (mark, orphaned) = (b.id.clone(), b.orphaned);
    let (id, path, at) = (b.doc_id.clone(), b.doc_path.clone(), b.position);
    let index = app.docs.iter().position(|o| o.doc.id == id).or_else(|| {
        let p = path.as_deref()?;
        app.docs.iter().position(|o| {
            o.doc
                .path
                .as_deref()
                .is_some_and(|q| q.to_string_lossy() == p)
        })
    });
    app.overlay = None;
    match (index, path) {
        (Some(i), _) => {
            session::show_at(app, i, at);
            if orphaned {
                app.message =
                    Some("that bookmark is orphaned: its text is no longer in the document".into());
            }
        }
        (None, Some(path)) => {
            app.emit(super::Effect::Load(LoadRequest {
                path: path.into(),
                at,
            }));
            app.session.wanted = Some(mark);
        }
        (None, None) => {
            app.message =
                Some("that document was read from stdin or is a sample: open it first".into())
        }
    }
}
