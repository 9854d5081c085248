//! The reader's behaviour, driven by feeding actions to `update` (no terminal).

mod common;

use brief::app::{Action, App, MarkKind, Open, Overlay, Pane, update};

fn long_app(width: u16, height: u16) -> App {
    App::from_open(
        vec![Open::with_extraction(
            common::long_doc(200),
            Default::default(),
        )],
        width,
        height,
    )
}

fn briefing_app() -> App {
    let (d, x) = common::briefing();
    App::from_open(vec![Open::with_extraction(d, x)], 80, 24)
}

fn feed(app: &mut App, actions: &[Action]) {
    for a in actions {
        update(app, a.clone());
    }
}

/// The byte range shown on the article's top line.
fn top_text(app: &App) -> std::ops::Range<usize> {
    let l = app.wrap.lines[app.top_line()];
    l.start..l.end
}

#[test]
fn j_and_k_scroll_one_line() {
    let mut app = long_app(80, 24);
    feed(&mut app, &[Action::Down, Action::Down, Action::Down]);
    assert_eq!(app.top_line(), 3);
    feed(&mut app, &[Action::Up]);
    assert_eq!(app.top_line(), 2);
    feed(&mut app, &[Action::Up, Action::Up, Action::Up]);
    assert_eq!(app.top_line(), 0, "scrolling stops at the top");
}

#[test]
fn pages_and_half_pages_move_by_the_article_height() {
    let mut app = long_app(80, 24);
    let (_, h) = app.text_size();
    feed(&mut app, &[Action::PageDown]);
    assert_eq!(
        app.top_line(),
        usize::from(h) - 1,
        "a page keeps one line of context"
    );
    feed(&mut app, &[Action::PageUp, Action::HalfPageDown]);
    assert_eq!(app.top_line(), usize::from(h) / 2);
}

#[test]
fn g_and_shift_g_go_to_top_and_bottom() {
    let mut app = long_app(80, 24);
    feed(&mut app, &[Action::Bottom]);
    let (_, h) = app.text_size();
    assert_eq!(app.top_line(), app.wrap.lines.len() - usize::from(h));
    assert_eq!(app.percent(), 100);
    feed(&mut app, &[Action::Top]);
    assert_eq!((app.top_line(), app.percent()), (0, 0));
}

#[test]
fn resizing_keeps_the_same_text_at_the_top() {
    let mut app = long_app(80, 24);
    feed(
        &mut app,
        &[
            Action::PageDown,
            Action::PageDown,
            Action::Down,
            Action::Down,
        ],
    );
    let anchor = app.anchor();
    let offset = app.anchor_offset();
    for (w, h) in [(200, 50), (40, 12), (15, 5), (1, 1), (120, 40), (80, 24)] {
        feed(
            &mut app,
            &[Action::Resize {
                width: w,
                height: h,
            }],
        );
        assert_eq!(app.anchor(), anchor, "the anchor survives {w}x{h}");
        let top = top_text(&app);
        assert!(
            top.start <= offset && offset <= top.end.max(top.start + 1),
            "at {w}x{h} the top line {top:?} shows offset {}",
            offset
        );
    }
    assert_eq!(
        app.wrap.width,
        app.text_size().0,
        "rewrapped at the final width"
    );
}

#[test]
fn tab_and_shift_tab_cycle_the_focus() {
    let mut app = briefing_app();
    assert_eq!(app.focus, Pane::Article);
    feed(&mut app, &[Action::FocusNext]);
    assert_eq!(app.focus, Pane::Actors);
    feed(&mut app, &[Action::FocusNext, Action::FocusNext]);
    assert_eq!(app.focus, Pane::Article);
    feed(&mut app, &[Action::FocusPrev]);
    assert_eq!(app.focus, Pane::Claims);
}

#[test]
fn j_and_k_move_the_list_selection_within_bounds() {
    let mut app = briefing_app();
    feed(&mut app, &[Action::FocusNext, Action::Down, Action::Down]);
    assert_eq!(app.docs[0].actor_selected, 2);
    feed(&mut app, &[Action::Bottom, Action::Down]);
    assert_eq!(app.docs[0].actor_selected, 3, "stops at the last actor");
    assert_eq!(app.top_line(), 0, "the article did not scroll");
}

#[test]
fn search_is_case_insensitive_and_n_walks_the_matches() {
    let mut app = long_app(80, 24);
    update(&mut app, Action::Search);
    assert!(app.input.is_some());
    common::type_text(&mut app, "MARKER1");
    update(&mut app, Action::Activate);
    assert!(app.input.is_none());
    let marks = app.marks.clone().expect("matches");
    assert_eq!(marks.kind, MarkKind::Search("MARKER1".to_string()));
    // marker1, marker10..19, marker100..199
    assert_eq!(marks.spans.len(), 1 + 10 + 100);
    feed(&mut app, &[Action::NextMatch, Action::NextMatch]);
    assert_eq!(app.marks.as_ref().map(|m| m.current), Some(2));
    let m = app.marks.clone().unwrap();
    let line = app.wrap.line_of(0, 0);
    assert!(line <= app.top_line());
    let span = m.spans[m.current];
    let top = app.wrap.lines[app.top_line()].start;
    assert!(span.start >= top, "the current match is on screen");
    feed(
        &mut app,
        &[Action::PrevMatch, Action::PrevMatch, Action::PrevMatch],
    );
    assert_eq!(
        app.marks.as_ref().map(|m| m.current),
        Some(110),
        "wraps around"
    );
}

#[test]
fn escape_cancels_the_search_input_and_then_clears_matches() {
    let mut app = long_app(80, 24);
    feed(
        &mut app,
        &[Action::Search, Action::InputChar('q'), Action::Escape],
    );
    assert!(app.input.is_none());
    assert!(app.marks.is_none());
    feed(
        &mut app,
        &[
            Action::Search,
            Action::InputChar('z'),
            Action::InputChar('z'),
            Action::InputChar('z'),
            Action::Activate,
        ],
    );
    assert!(app.marks.is_none());
    assert!(app.message.as_deref().unwrap_or("").contains("no match"));
}

#[test]
fn enter_on_an_actor_highlights_all_mentions_and_n_walks_them() {
    let mut app = briefing_app();
    feed(&mut app, &[Action::FocusNext, Action::Activate]);
    let open = &app.docs[0];
    let first = open.actor_order[0];
    assert_eq!(
        open.extraction.actors[first].name, "Alva Rendt",
        "most mentioned person first"
    );
    let m = app.marks.clone().expect("mentions marked");
    assert_eq!(m.kind, MarkKind::Actor(first));
    assert_eq!(m.spans.len(), 2);
    assert_eq!(m.current, 0);
    feed(&mut app, &[Action::NextMatch]);
    assert_eq!(app.marks.as_ref().map(|m| m.current), Some(1));
}

#[test]
fn enter_on_a_claim_marks_its_sentence() {
    let mut app = briefing_app();
    feed(
        &mut app,
        &[Action::FocusPrev, Action::Down, Action::Activate],
    );
    let m = app.marks.clone().expect("claim marked");
    assert_eq!(m.kind, MarkKind::Claim);
    let body = &app.docs[0].doc.body;
    assert!(body[m.spans[0].start..m.spans[0].end].starts_with("The Coastal Union denied"));
}

#[test]
fn claims_list_disputes_first_then_sources_then_unattributed() {
    use brief::app::ClaimEntry::*;
    let app = briefing_app();
    assert_eq!(
        app.docs[0].claim_entries,
        vec![
            Side {
                dispute: 0,
                side: 0,
                claim: 0
            },
            Side {
                dispute: 0,
                side: 1,
                claim: 1
            },
            Claim(0),
            Claim(2),
            Claim(1),
            Unattributed(0)
        ]
    );
}

#[test]
fn each_document_keeps_its_own_position() {
    let (d, x) = common::briefing();
    let mut app = App::from_open(
        vec![
            Open::with_extraction(common::long_doc(50), Default::default()),
            Open::with_extraction(d, x),
        ],
        80,
        24,
    );
    feed(&mut app, &[Action::PageDown]);
    let first = app.anchor();
    feed(&mut app, &[Action::NextDocument]);
    assert_eq!((app.current, app.top_line()), (1, 0));
    feed(&mut app, &[Action::NextDocument]);
    assert_eq!((app.current, app.anchor()), (0, first));
    feed(&mut app, &[Action::PrevDocument]);
    assert_eq!(app.current, 1, "[ wraps to the last document");
}

#[test]
fn the_document_list_opens_the_selected_document() {
    let (d, x) = common::briefing();
    let mut app = App::from_open(
        vec![
            Open::with_extraction(common::long_doc(5), Default::default()),
            Open::with_extraction(d, x),
        ],
        80,
        24,
    );
    feed(&mut app, &[Action::Documents]);
    assert_eq!(app.overlay, Some(Overlay::Documents { selected: 0 }));
    feed(&mut app, &[Action::Down, Action::Activate]);
    assert_eq!((app.current, app.overlay.clone()), (1, None));
}

#[test]
fn help_opens_and_escape_closes_it_without_scrolling_the_article() {
    let mut app = long_app(80, 24);
    feed(&mut app, &[Action::Help, Action::Down]);
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 1 }));
    assert_eq!(app.top_line(), 0);
    feed(&mut app, &[Action::Escape]);
    assert_eq!(app.overlay, None);
}

#[test]
fn quit_is_an_effect_and_position_changes_bump_the_revision() {
    let mut app = long_app(80, 24);
    let r = app.revision;
    feed(&mut app, &[Action::Down]);
    assert!(app.revision > r);
    assert_eq!(update(&mut app, Action::Quit), [brief::app::Effect::Quit]);
}

#[test]
fn a_saved_anchor_past_the_end_is_clamped() {
    let mut app = long_app(80, 24);
    app.set_anchor(
        0,
        brief::app::Anchor {
            block: 9999,
            offset: usize::MAX,
        },
    );
    let a = app.anchor();
    let blocks = &app.docs[0].doc.blocks;
    assert_eq!(a.block, blocks.len() - 1);
    assert_eq!(
        a.offset,
        blocks[a.block].range.len(),
        "the end of the last block"
    );
    assert_eq!(app.top_line(), app.wrap.lines.len() - 1);
}

#[test]
fn a_saved_anchor_reopens_at_the_same_text() {
    let mut app = long_app(80, 24);
    for _ in 0..7 {
        update(&mut app, Action::PageDown);
    }
    let saved = app.anchor();
    let offset = app.anchor_offset();
    let mut other = long_app(133, 41);
    other.set_anchor(0, saved);
    let l = other.wrap.lines[other.top_line()];
    assert!(l.start <= offset && offset < l.end, "{l:?} shows {offset}");
}

#[test]
fn wrapping_indents_list_continuations_and_keeps_list_items_together() {
    use brief::app::wrap::Wrap;
    use brief::document::BlockKind;
    let d = common::doc(
        "Lists",
        &[
            (BlockKind::Paragraph, "Four items were agreed:"),
            (
                BlockKind::ListItem,
                "• a joint harbour authority with a chair that rotates every year",
            ),
            (BlockKind::ListItem, "• a shared radio channel"),
            (BlockKind::Paragraph, "Nothing else."),
        ],
    );
    let w = Wrap::new(&d, 30);
    let shown: Vec<(usize, u16, bool)> =
        w.lines.iter().map(|l| (l.block, l.indent, l.gap)).collect();
    assert_eq!(
        shown,
        vec![
            (0, 0, false),
            (0, 0, true),
            (1, 0, false),
            (1, 2, false),
            (1, 2, false),
            (2, 0, false),
            (2, 0, true),
            (3, 0, false)
        ]
    );
    for l in &w.lines {
        let text = &d.body[l.start..l.end];
        assert!(
            unicode_width::UnicodeWidthStr::width(text) + usize::from(l.indent) <= 30,
            "{text:?}"
        );
    }
}

#[test]
fn a_word_longer_than_the_width_is_broken_not_lost() {
    use brief::app::wrap::Wrap;
    use brief::document::BlockKind;
    let long = "x".repeat(95);
    let d = common::doc("Long", &[(BlockKind::Paragraph, &long)]);
    let w = Wrap::new(&d, 20);
    let total: usize = w.lines.iter().map(|l| l.end - l.start).sum();
    assert_eq!(total, 95);
    assert_eq!(w.lines.len(), 5);
}

#[test]
fn documents_are_analysed_when_first_shown() {
    let mut app = App::new(vec![common::long_doc(3), common::long_doc(4)], 80, 24);
    assert!(app.docs[0].extracted);
    assert!(!app.docs[1].extracted, "not analysed before it is shown");
    update(&mut app, Action::NextDocument);
    assert!(app.docs[1].extracted);
}

/// Whether the current search match or mention starts on a line of the article's screen.
fn current_mark_in_view(app: &App) -> bool {
    let Some(m) = &app.marks else { return false };
    let span = m.spans[m.current];
    let open = app.open().expect("a document");
    let block = open
        .doc
        .blocks
        .partition_point(|b| b.range.start <= span.start)
        .saturating_sub(1);
    let line = app.wrap.line_of(block, span.start);
    let top = app.top_line();
    (top..top + usize::from(app.text_size().1)).contains(&line)
}

#[test]
fn the_current_match_stays_on_screen_when_the_terminal_shrinks() {
    let mut app = long_app(80, 24);
    feed(&mut app, &[Action::Search]);
    common::type_text(&mut app, "marker30");
    feed(&mut app, &[Action::Activate]);
    assert!(current_mark_in_view(&app));
    // Scroll up until the match sits on the last rows, as after reading down to it.
    while current_mark_in_view(&app) {
        update(&mut app, Action::Up);
    }
    update(&mut app, Action::Down);
    assert!(current_mark_in_view(&app));
    for (w, h) in [(40, 12), (30, 8), (200, 50), (80, 24)] {
        update(
            &mut app,
            Action::Resize {
                width: w,
                height: h,
            },
        );
        assert!(
            current_mark_in_view(&app),
            "the match is visible at {w}x{h}"
        );
    }
}

#[test]
fn a_resize_does_not_pull_the_view_back_to_a_match_scrolled_away_from() {
    let mut app = long_app(80, 24);
    feed(&mut app, &[Action::Search]);
    common::type_text(&mut app, "marker3:");
    feed(
        &mut app,
        &[Action::Activate, Action::PageDown, Action::PageDown],
    );
    assert!(!current_mark_in_view(&app));
    let anchor = app.anchor();
    update(
        &mut app,
        Action::Resize {
            width: 40,
            height: 12,
        },
    );
    assert_eq!(app.anchor(), anchor);
}
