//! The mouse against the drawn screen, at 80x24, 120x40 and 250x60: the wheel scrolls the
//! pane under the pointer, a click focuses a pane and selects (and jumps to) the row drawn
//! there. The screens after the clicks are insta snapshots.

mod common;

use brief::app::layout::{self, Layout};
use brief::app::rows::Row;
use brief::app::{Action, App, MarkKind, Mouse, MouseKind, Open, Pane, update};
use brief::config::{ColourDepth, Theme};
use brief::document::{Block, BlockKind};
use common::{rows, screen};

const SIZES: [(u16, u16); 3] = [(80, 24), (120, 40), (250, 60)];

/// The test briefing with forty more paragraphs after it, so the article scrolls.
fn app_at(width: u16, height: u16) -> App {
    let (mut d, x) = common::briefing();
    for i in 0..40 {
        d.body.push_str("\n\n");
        let start = d.body.len();
        d.body.push_str(&format!(
            "Further paragraph {i}: the delegations met again and agreed to keep talking."
        ));
        d.blocks.push(Block {
            kind: BlockKind::Paragraph,
            range: start..d.body.len(),
        });
    }
    App::from_open(vec![Open::with_extraction(d, x)], width, height)
}

fn mouse(app: &mut App, kind: MouseKind, column: u16, row: u16) {
    update(app, Action::Mouse(Mouse { kind, column, row }));
}

fn text(app: &App) -> String {
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    rows(&screen(app, &theme)).join("\n")
}

/// The screen cell of line `line` inside the pane drawn at `area`.
fn inside(area: layout::Area, line: u16) -> (u16, u16) {
    let inner = area.inner();
    (inner.x + 2, inner.y + line)
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer_and_leaves_the_focus() {
    for (w, h) in SIZES {
        let mut app = app_at(w, h);
        let screen = Layout::new(w, h, app.focus);
        let (x, y) = inside(screen.article.expect("article"), 3);
        mouse(&mut app, MouseKind::ScrollDown, x, y);
        mouse(&mut app, MouseKind::ScrollDown, x, y);
        assert_eq!(app.top_line(), 6, "{w}x{h}: two notches, three lines each");
        mouse(&mut app, MouseKind::ScrollUp, x, y);
        assert_eq!(app.top_line(), 3, "{w}x{h}");
        let (x, y) = inside(screen.actors.expect("actors"), 1);
        mouse(&mut app, MouseKind::ScrollDown, x, y);
        assert_eq!(
            app.focus,
            Pane::Article,
            "{w}x{h}: the wheel does not take the focus"
        );
        assert_eq!(app.docs[0].actor_selected, 3, "{w}x{h}");
        assert_eq!(app.top_line(), 3, "{w}x{h}: the article stayed");
    }
}

#[test]
fn a_click_on_an_actor_selects_it_and_jumps_to_its_mentions() {
    for (w, h) in SIZES {
        let mut app = app_at(w, h);
        let screen = Layout::new(w, h, app.focus);
        // The second person (Tomas Ek) is drawn where the shared row model puts it.
        let area = screen.actors.expect("actors");
        let open = &app.docs[0];
        let model = open.actor_rows(usize::from(area.inner().width));
        let view = model.view(
            &model.actor_selection(open.actor_selected),
            usize::from(area.inner().height),
        );
        let first = view
            .rows
            .iter()
            .find(|&&(r, _, _)| model.rows[r] == Row::Entry(1))
            .map(|&(_, first, _)| first)
            .expect("row 1 drawn");
        let (x, y) = inside(area, (first - view.offset) as u16);
        mouse(&mut app, MouseKind::Click, x, y);
        assert_eq!(app.focus, Pane::Actors, "{w}x{h}");
        assert_eq!(app.docs[0].actor_selected, 1, "{w}x{h}");
        let i = app.docs[0].actor_order[1];
        assert_eq!(
            app.marks.as_ref().map(|m| &m.kind),
            Some(&MarkKind::Actor(i)),
            "{w}x{h}: a click acts like Enter"
        );
        let t = text(&app);
        assert!(t.contains("▸ Tomas Ek"), "{w}x{h}:\n{t}");
        insta::assert_snapshot!(format!("click_actor_{w}x{h}"), t);
    }
}

#[test]
fn a_click_on_a_pane_focuses_it_and_on_a_heading_selects_nothing() {
    for (w, h) in SIZES {
        let mut app = app_at(w, h);
        let screen = Layout::new(w, h, app.focus);
        let (x, y) = inside(screen.actors.expect("actors"), 0);
        mouse(&mut app, MouseKind::Click, x, y);
        assert_eq!(app.focus, Pane::Actors, "{w}x{h}");
        assert!(app.marks.is_none(), "{w}x{h}: the heading is no actor");
        let (x, y) = inside(screen.article.expect("article"), 2);
        mouse(&mut app, MouseKind::Click, x, y);
        assert_eq!(app.focus, Pane::Article, "{w}x{h}");
        // The status line and the borders are no pane's rows.
        mouse(&mut app, MouseKind::Click, 1, h - 1);
        assert_eq!(app.focus, Pane::Article, "{w}x{h}");
    }
}

#[test]
fn in_a_popup_the_wheel_scrolls_it() {
    let mut app = app_at(80, 24);
    update(&mut app, Action::Help);
    mouse(&mut app, MouseKind::ScrollDown, 40, 12);
    assert!(matches!(
        app.overlay,
        Some(brief::app::Overlay::Help { scroll: 3 })
    ));
    assert_eq!(app.top_line(), 0, "the article under the popup stays");
}

#[test]
fn the_narrow_layout_switches_panes_by_a_click_on_the_tab_line() {
    let mut app = app_at(50, 20);
    let t = text(&app);
    let tabs = t.lines().next().unwrap_or("");
    let at = tabs.find("Claims").expect("a Claims tab");
    let column = tabs[..at].chars().count() as u16;
    mouse(&mut app, MouseKind::Click, column, 0);
    assert_eq!(app.focus, Pane::Claims);
    assert!(text(&app).contains("Claims (3, 1 disputed)"));
}
