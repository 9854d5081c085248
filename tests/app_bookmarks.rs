//! Reading state and bookmarks in the app, driven by actions: bookmark, note, list (delete,
//! undo, edit, filter, open), stepping, read marks, theme, and positions that survive a
//! width change or a moved file.

mod common;

use brief::app::line::Edit;
use brief::app::session::{self, LoadRequest};
use brief::app::{Action, App, Effect, Overlay, update};
use brief::document::Document;
use brief::state::{Anchor, Bookmarks, ReadingState, Timestamp};
use common::type_text;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

/// A clock that moves a minute on every reading, so bookmarks have distinct dates.
fn clock() -> Timestamp {
    static NOW: AtomicU64 = AtomicU64::new(1_790_000_000_000);
    Timestamp::from_unix_millis(NOW.fetch_add(60_000, Ordering::Relaxed))
}

fn with_path(mut doc: Document, path: &str) -> Document {
    doc.path = Some(PathBuf::from(path));
    doc
}

fn app_with(docs: Vec<Document>, width: u16, height: u16) -> App {
    let mut app = App::new(docs, width, height);
    app.session.clock = clock;
    session::restore(&mut app, ReadingState::new(), Bookmarks::new());
    app
}

fn run(app: &mut App, actions: &[Action]) {
    for a in actions {
        update(app, a.clone());
    }
}

/// The text of the line at the top of the article.
fn top_text(app: &App) -> String {
    let open = app.open().expect("a document");
    let l = app.wrap.lines[app.top_line()];
    open.doc.body[l.start..l.end].to_string()
}

fn list(app: &App) -> &brief::app::bookmarks::BookmarkList {
    match &app.overlay {
        Some(Overlay::Bookmarks(list)) => list,
        other => panic!("the bookmarks list is not open: {other:?}"),
    }
}

fn notes(app: &App) -> Vec<String> {
    list(app).rows(app).iter().map(|b| b.note.clone()).collect()
}

#[test]
fn b_bookmarks_the_top_line_with_an_excerpt() {
    let mut app = app_with(vec![common::long_doc(30)], 80, 24);
    run(
        &mut app,
        &[Action::PageDown, Action::PageDown, Action::Bookmark],
    );
    let all = app.session.bookmarks.all();
    assert_eq!(all.len(), 1);
    let b = all[0];
    assert_eq!(b.position, app.anchor());
    let top = top_text(&app);
    let first_words: String = top.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    assert!(b.excerpt.starts_with(&first_words), "{} / {top}", b.excerpt);
    assert!(b.excerpt.chars().count() <= 100);
    assert_eq!(b.doc_title, "Generated briefing");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.starts_with("bookmarked"))
    );
    assert!(app.session.is_dirty(), "a save is due");
}

#[test]
fn capital_b_asks_for_a_note_typed_with_editing_keys() {
    let mut app = app_with(vec![common::long_doc(5)], 80, 24);
    update(&mut app, Action::BookmarkWithNote);
    assert!(app.input.is_some(), "the note input is open");
    type_text(&mut app, "chek wire");
    // "chek wire" -> "check wire": Home, right x3, type 'c'.
    run(
        &mut app,
        &[
            Action::Edit(Edit::Home),
            Action::Edit(Edit::Right),
            Action::Edit(Edit::Right),
            Action::Edit(Edit::Right),
            Action::InputChar('c'),
            Action::Edit(Edit::End),
            Action::Edit(Edit::DeleteWordBack),
        ],
    );
    type_text(&mut app, "the wires");
    run(&mut app, &[Action::InputBackspace, Action::Activate]);
    let all = app.session.bookmarks.all();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].note, "check the wire");
    assert!(app.input.is_none());
}

#[test]
fn esc_cancels_the_note_and_no_bookmark_is_made() {
    let mut app = app_with(vec![common::long_doc(5)], 80, 24);
    update(&mut app, Action::BookmarkWithNote);
    type_text(&mut app, "never mind");
    run(
        &mut app,
        &[Action::Edit(Edit::DeleteToStart), Action::Escape],
    );
    assert!(app.input.is_none());
    assert!(app.session.bookmarks.is_empty());
    assert!(!app.session.bookmarks.is_dirty());
}

/// Three bookmarks at different places with notes "one", "two", "three" (oldest first).
fn three_bookmarks() -> App {
    let mut app = app_with(vec![common::long_doc(30)], 80, 24);
    for note in ["one", "two", "three"] {
        update(&mut app, Action::BookmarkWithNote);
        type_text(&mut app, note);
        run(&mut app, &[Action::Activate, Action::PageDown]);
    }
    app
}

#[test]
fn the_list_shows_newest_first_and_dd_x_delete_with_undo_while_open() {
    let mut app = three_bookmarks();
    update(&mut app, Action::Bookmarks);
    assert_eq!(notes(&app), ["three", "two", "one"]);
    // One `d` does nothing yet; another key in between cancels it.
    common::press(&mut app, &["d", "j"]);
    assert_eq!(
        list(&app).selected,
        1,
        "the key after a lone d counts on its own"
    );
    common::press(&mut app, &["d"]);
    assert_eq!(app.session.bookmarks.len(), 3);
    common::press(&mut app, &["d"]);
    assert_eq!(notes(&app), ["three", "one"]);
    common::press(&mut app, &["g", "x"]);
    assert_eq!(notes(&app), ["one"]);
    common::press(&mut app, &["u"]);
    assert_eq!(notes(&app), ["three", "one"]);
    assert_eq!(list(&app).selected, 0, "the restored one is selected");
    common::press(&mut app, &["u"]);
    assert_eq!(notes(&app), ["three", "two", "one"]);
    common::press(&mut app, &["u"]);
    assert_eq!(app.message.as_deref(), Some("nothing to undo"));
    // Undo lasts while the list is open.
    common::press(&mut app, &["x", "esc", "'"]);
    common::press(&mut app, &["u"]);
    assert_eq!(app.session.bookmarks.len(), 2);
}

#[test]
fn e_edits_the_note_of_the_selected_bookmark() {
    let mut app = three_bookmarks();
    run(
        &mut app,
        &[Action::Bookmarks, Action::Down, Action::EditNote],
    );
    let input = app.input.as_ref().expect("the note input");
    assert_eq!(input.text, "two", "the old note to edit");
    type_text(&mut app, " (checked)");
    update(&mut app, Action::Activate);
    assert_eq!(notes(&app), ["three", "two (checked)", "one"]);
    // Esc while editing keeps the note.
    run(
        &mut app,
        &[Action::EditNote, Action::Edit(Edit::DeleteToStart)],
    );
    update(&mut app, Action::Escape);
    assert_eq!(notes(&app)[1], "two (checked)");
    assert!(
        matches!(app.overlay, Some(Overlay::Bookmarks(_))),
        "list stays open"
    );
}

#[test]
fn slash_filters_the_list_as_typed_and_esc_clears_it() {
    let mut app = app_with(vec![common::long_doc(30)], 80, 24);
    for note in ["qx one", "qx two", "qz three"] {
        update(&mut app, Action::BookmarkWithNote);
        type_text(&mut app, note);
        run(&mut app, &[Action::Activate, Action::PageDown]);
    }
    run(&mut app, &[Action::Bookmarks, Action::Search]);
    type_text(&mut app, "q");
    assert_eq!(notes(&app).len(), 3);
    type_text(&mut app, "x");
    assert_eq!(notes(&app), ["qx two", "qx one"]);
    type_text(&mut app, " T");
    assert_eq!(notes(&app), ["qx two"], "ignoring case");
    update(&mut app, Action::Activate);
    assert_eq!(list(&app).filter, "qx T", "the filter stays after Enter");
    update(&mut app, Action::Escape);
    assert_eq!(notes(&app).len(), 3, "Esc clears the filter first");
    update(&mut app, Action::Escape);
    assert!(app.overlay.is_none(), "then closes the list");
}

#[test]
fn enter_opens_the_bookmarked_place_in_its_document() {
    let first = with_path(common::long_doc(30), "/briefs/a.md");
    let mut second = common::long_doc(12);
    second.meta.title = "Second".into();
    second.id = brief::document::DocId("other".into());
    let mut app = app_with(vec![first, second], 80, 24);
    run(
        &mut app,
        &[Action::PageDown, Action::PageDown, Action::PageDown],
    );
    let marked = app.anchor();
    let text = top_text(&app);
    run(
        &mut app,
        &[Action::Bookmark, Action::Top, Action::NextDocument],
    );
    assert_eq!(app.current, 1);
    run(&mut app, &[Action::Bookmarks, Action::Activate]);
    assert!(app.overlay.is_none());
    assert_eq!(app.current, 0);
    assert_eq!(app.anchor(), marked);
    assert_eq!(top_text(&app), text);
}

#[test]
fn a_bookmark_of_a_document_not_open_asks_to_load_it_from_its_last_path() {
    let doc = with_path(common::long_doc(30), "/briefs/a.md");
    let mut app = app_with(vec![doc.clone()], 80, 24);
    run(&mut app, &[Action::PageDown, Action::Bookmark]);
    let at = app.anchor();
    let saved = app.session.bookmarks.clone();
    let mut other = app_with(vec![common::long_doc(3)], 80, 24);
    other.session.bookmarks = saved;
    update(&mut other, Action::Bookmarks);
    let effects = update(&mut other, Action::Activate);
    assert_eq!(
        effects,
        [Effect::Load(LoadRequest {
            path: PathBuf::from("/briefs/a.md"),
            at
        })]
    );
    // The event loop loads the file and hands the document over.
    session::open_loaded(&mut other, doc, at);
    assert_eq!(other.docs.len(), 2);
    assert_eq!(other.current, 1);
    assert_eq!(other.anchor(), at);
}

#[test]
fn m_and_capital_m_step_through_the_bookmarks_of_the_document() {
    let mut app = three_bookmarks();
    let places: Vec<Anchor> = app
        .session
        .bookmarks
        .all()
        .iter()
        .map(|b| b.position)
        .collect();
    // The first one is at the top: from there the next is the second.
    run(&mut app, &[Action::Top, Action::NextBookmark]);
    assert_eq!(app.anchor(), places[1]);
    assert_eq!(app.message.as_deref(), Some("bookmark 2/3"));
    update(&mut app, Action::NextBookmark);
    assert_eq!(app.anchor(), places[2]);
    update(&mut app, Action::NextBookmark);
    assert_eq!(app.anchor(), places[0], "wraps to the first");
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("wrapped"))
    );
    update(&mut app, Action::PrevBookmark);
    assert_eq!(app.anchor(), places[2], "and back to the last");
}

#[test]
fn stepping_without_bookmarks_says_how_to_add_one() {
    let mut app = app_with(vec![common::long_doc(5)], 80, 24);
    update(&mut app, Action::NextBookmark);
    assert!(app.message.as_deref().is_some_and(|m| m.contains("b adds")));
}

#[test]
fn reopening_at_another_width_shows_the_same_text_at_the_top() {
    let doc = with_path(common::long_doc(30), "/briefs/a.md");
    let mut app = app_with(vec![doc.clone()], 80, 24);
    run(
        &mut app,
        &[
            Action::PageDown,
            Action::PageDown,
            Action::Down,
            Action::Down,
        ],
    );
    let offset = app.anchor_offset();
    let state = app.session.state.clone();
    for (w, h) in [(120, 40), (40, 12), (250, 70)] {
        let mut again = App::new(vec![doc.clone()], w, h);
        session::restore(&mut again, state.clone(), Bookmarks::new());
        let l = again.wrap.lines[again.top_line()];
        assert!(
            l.start <= offset && offset < l.end.max(l.start + 1),
            "at {w}x{h} the top line {}..{} holds offset {offset}",
            l.start,
            l.end
        );
    }
    // A resize in the same session keeps it too.
    update(
        &mut app,
        Action::Resize {
            width: 100,
            height: 30,
        },
    );
    assert_eq!(app.anchor_offset(), offset);
}

#[test]
fn a_moved_file_reopens_where_it_was_left() {
    let mut app = app_with(vec![with_path(common::long_doc(30), "/old/a.md")], 80, 24);
    run(&mut app, &[Action::PageDown, Action::PageDown]);
    let at = app.anchor();
    let state = app.session.state.clone();
    let mut moved = App::new(vec![with_path(common::long_doc(30), "/new/a.md")], 80, 24);
    session::restore(&mut moved, state, Bookmarks::new());
    assert_eq!(moved.anchor(), at);
}

#[test]
fn reaching_the_end_marks_the_document_read() {
    let mut app = app_with(vec![common::long_doc(30), common::long_doc(31)], 80, 24);
    assert!(!session::is_read(&app, 0));
    update(&mut app, Action::Bottom);
    assert!(session::is_read(&app, 0));
    assert!(!session::is_read(&app, 1));
    // Scrolling back up does not make it unread.
    update(&mut app, Action::Top);
    assert!(session::is_read(&app, 0));
}

#[test]
fn the_theme_choice_is_remembered() {
    let mut app = app_with(vec![common::long_doc(3)], 80, 24);
    app.themes = vec!["dark".into(), "light".into(), "mono".into()];
    run(&mut app, &[Action::NextTheme, Action::NextTheme]);
    assert_eq!(app.session.state.theme(), Some("mono"));
    let mut again = App::new(vec![common::long_doc(3)], 80, 24);
    again.themes = app.themes.clone();
    session::restore(&mut again, app.session.state.clone(), Bookmarks::new());
    assert_eq!(again.theme_name(), "mono");
}

#[test]
fn state_and_bookmarks_survive_a_save_and_a_new_session() {
    let dir = tempfile::tempdir().expect("tempdir");
    let doc = with_path(common::long_doc(30), "/briefs/a.md");
    let mut app = app_with(vec![doc.clone()], 80, 24);
    run(
        &mut app,
        &[Action::PageDown, Action::Bookmark, Action::Down],
    );
    let (at, mark) = (app.anchor(), app.session.bookmarks.all()[0].clone());
    let mut storage = brief::storage::Storage::open(dir.path());
    let s = &mut app.session;
    assert!(storage.save(&mut s.state, &mut s.bookmarks));
    assert!(!app.session.is_dirty());

    let mut storage = brief::storage::Storage::open(dir.path());
    let (state, bookmarks) = storage.load();
    assert!(storage.take_messages().is_empty());
    let mut again = App::new(vec![doc], 120, 40);
    session::restore(&mut again, state, bookmarks);
    assert_eq!(again.anchor(), at);
    assert_eq!(again.session.bookmarks.all(), [&mark]);
}

#[test]
fn another_popup_keeps_its_keys() {
    let mut app = app_with(vec![common::long_doc(5)], 80, 24);
    run(
        &mut app,
        &[Action::Help, Action::Bookmark, Action::Bookmarks],
    );
    assert!(app.session.bookmarks.is_empty());
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
}

#[test]
fn a_document_that_fits_the_screen_is_read_once_shown_at_the_real_size() {
    // One paragraph fits the 80x24 assumed before the first frame, not the real 40x12.
    let mut app = app_with(vec![common::long_doc(1)], 80, 24);
    update(
        &mut app,
        Action::Resize {
            width: 40,
            height: 12,
        },
    );
    assert!(!session::is_read(&app, 0));
    update(&mut app, Action::Bottom);
    assert!(session::is_read(&app, 0));
    let mut wide = app_with(vec![common::long_doc(1)], 80, 24);
    update(
        &mut wide,
        Action::Resize {
            width: 250,
            height: 70,
        },
    );
    assert!(session::is_read(&wide, 0), "all of it is on screen");
}
