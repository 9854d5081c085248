//! The bookmarks list, the margin marks and the read marks as drawn on ratatui's TestBackend.

mod common;

use brief::app::{Action, App, session, update};
use brief::config::{ColourDepth, Theme};
use brief::state::{Bookmarks, ReadingState, Timestamp};

fn rows(app: &App) -> Vec<String> {
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    common::rows(&common::screen(app, &theme))
}

fn noon() -> Timestamp {
    Timestamp::from_unix_millis(1_795_608_000_000) // 2026-11-25 12:00 UTC
}

/// An app at `width` x `height` with two bookmarks, the newer with a note.
fn bookmarked(width: u16, height: u16) -> App {
    let mut app = App::new(vec![common::long_doc(30)], width, height);
    app.session.clock = noon;
    app.session.zone = jiff::tz::TimeZone::UTC;
    session::restore(&mut app, ReadingState::new(), Bookmarks::new());
    update(&mut app, Action::Bookmark);
    update(&mut app, Action::PageDown);
    update(&mut app, Action::BookmarkWithNote);
    common::type_text(&mut app, "ask the observers");
    update(&mut app, Action::Activate);
    app
}

#[test]
fn the_list_shows_date_title_excerpt_and_note_at_80x24() {
    let mut app = bookmarked(80, 24);
    update(&mut app, Action::Bookmarks);
    let r = rows(&app);
    let all = r.join("\n");
    assert!(all.contains("Bookmarks (2)"), "{all}");
    let first = r
        .iter()
        .position(|l| l.contains("▸ 2026-11-25 12:00 +00:00  Generated briefing"))
        .unwrap_or_else(|| panic!("the selected row: {all}"));
    assert!(r[first + 2].contains("Note: ask the observers"), "{all}");
    assert!(
        all.contains("Paragraph marker0: delegates"),
        "the older excerpt: {all}"
    );
    assert!(all.contains("dd/x delete"), "the keys at the foot: {all}");
}

#[test]
fn the_list_fits_a_40x12_terminal_and_keeps_the_selection_in_view() {
    let mut app = bookmarked(40, 12);
    update(&mut app, Action::Bookmarks);
    update(&mut app, Action::Down);
    let r = rows(&app);
    let all = r.join("\n");
    assert!(all.contains("▸ 2026-11-25 12:00"), "{all}");
    assert!(all.contains("Paragraph marker0"), "{all}");
    assert!(
        all.contains("Enter e dd/x u / Esc"),
        "the short key hint: {all}"
    );
    assert!(r.iter().all(|l| l.chars().count() == 40));
}

#[test]
fn an_empty_list_says_how_to_add_a_bookmark() {
    let mut app = App::new(vec![common::long_doc(3)], 80, 24);
    update(&mut app, Action::Bookmarks);
    let all = rows(&app).join("\n");
    assert!(all.contains("Bookmarks (0)"));
    assert!(all.contains("No bookmarks yet"), "{all}");
}

#[test]
fn bookmarked_lines_are_marked_in_the_article_margin() {
    let mut app = bookmarked(80, 24);
    let r = rows(&app);
    assert!(
        r[1].starts_with("┃●"),
        "the top line is bookmarked: {}",
        r[1]
    );
    assert!(!r[2].starts_with("┃●"), "{}", r[2]);
    update(&mut app, Action::Down);
    let r = rows(&app);
    assert!(!r[1].starts_with("┃●"), "{}", r[1]);
}

#[test]
fn the_note_input_shows_its_cursor_where_it_edits() {
    let mut app = bookmarked(80, 24);
    // Off the bookmarked line: `B` at a bookmark says so instead of asking for a note.
    update(&mut app, Action::Down);
    update(&mut app, Action::BookmarkWithNote);
    common::type_text(&mut app, "abc");
    update(&mut app, Action::Edit(brief::app::line::Edit::Left));
    let r = rows(&app);
    assert!(r[23].contains("Note: ab▏c"), "{}", r[23]);
}

#[test]
fn the_document_list_marks_read_documents() {
    let mut app = App::new(vec![common::long_doc(30), common::long_doc(31)], 80, 24);
    session::restore(&mut app, ReadingState::new(), Bookmarks::new());
    update(&mut app, Action::Bookmark);
    update(&mut app, Action::Bottom);
    update(&mut app, Action::Documents);
    let r = rows(&app);
    let all = r.join("\n");
    assert!(all.contains("▸ ✓ Generated briefing"), "{all}");
    assert!(all.contains("(1 bookmark)"), "{all}");
    assert!(
        all.contains("    Generated briefing"),
        "the unread one: {all}"
    );
}
