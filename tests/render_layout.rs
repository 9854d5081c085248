//! What the screen shows at common sizes, drawn into ratatui's TestBackend.

mod common;

use brief::app::{Action, App, Open, keys, update};
use brief::config::keymap::Mode;
use brief::config::{ColourDepth, Keymap, Theme};
use brief::document::BlockKind;
use common::{rows, screen};

fn text(app: &App) -> String {
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    rows(&screen(app, &theme)).join("\n")
}

fn briefing_at(width: u16, height: u16) -> App {
    let (d, x) = common::briefing();
    App::from_open(vec![Open::with_extraction(d, x)], width, height)
}

#[test]
fn at_80x24_the_article_sits_beside_actors_over_claims() {
    let app = briefing_at(80, 24);
    let r = rows(&screen(&app, &Theme::builtins(ColourDepth::Ansi256)[0]));
    assert!(r[0].contains("▶ Article: Border talks stall"), "{}", r[0]);
    assert!(r[0].contains("Actors (4)"));
    let claims_row = r.iter().position(|l| l.contains("Claims (3, 1 disputed)"));
    assert!(claims_row.is_some_and(|y| y > 5), "claims under actors");
    let all = r.join("\n");
    assert!(all.contains("Minister Alva Rendt said"));
    assert!(all.contains("People (2)"));
    assert!(all.contains("Alva Rendt ×2"));
    assert!(all.contains("Minister, Norvia"));
    assert!(
        r[23].contains("100%") && r[23].contains("? help"),
        "status: {}",
        r[23]
    );
}

#[test]
fn at_120x40_three_panes_stand_side_by_side() {
    let app = briefing_at(120, 40);
    let r = rows(&screen(&app, &Theme::builtins(ColourDepth::TrueColor)[0]));
    let a = r[0].find("Article").expect("article title");
    let b = r[0].find("Actors").expect("actors title");
    let c = r[0].find("Claims").expect("claims title");
    assert!(a < b && b < c, "{}", r[0]);
    let all = r.join("\n");
    assert!(all.contains("≠ Dispute: the convoy stop"));
    assert!(
        all.contains("✗ denies · Coastal Union"),
        "stance as word and symbol"
    );
    assert!(all.contains("Unattributed"));
    assert!(all.contains("◇ loaded: reckless"));
}

#[test]
fn the_focused_pane_is_marked_by_shape_not_only_colour() {
    let mut app = briefing_at(120, 40);
    let before = rows(&screen(&app, &Theme::builtins(ColourDepth::None)[0]));
    assert!(before[0].contains("┏ ▶ Article"));
    assert!(before[0].contains("┌ Actors"));
    update(&mut app, Action::FocusNext);
    let after = rows(&screen(&app, &Theme::builtins(ColourDepth::None)[0]));
    assert!(after[0].contains("┌ Article"));
    assert!(after[0].contains("┏ ▶ Actors"));
}

#[test]
fn at_40x12_one_pane_shows_under_a_tab_line() {
    let mut app = briefing_at(40, 12);
    let t = text(&app);
    let r: Vec<&str> = t.lines().collect();
    assert!(r[0].contains("▶ Article") && r[0].contains("Actors") && r[0].contains("Claims"));
    assert!(r[1].contains("Article: Border"));
    assert!(!t.contains("People ("));
    update(&mut app, Action::FocusNext);
    let t = text(&app);
    assert!(t.contains("▶ Actors"));
    assert!(t.contains("People (2)"));
    assert!(!t.contains("Minister Alva Rendt said"));
}

#[test]
fn below_20x6_a_notice_replaces_the_panes() {
    let app = briefing_at(15, 5);
    let t = text(&app);
    assert!(t.contains("Too small"), "{t}");
    assert!(!t.contains("Article"));
}

#[test]
fn every_tiny_size_draws_without_panicking() {
    let mut app = briefing_at(80, 24);
    update(&mut app, Action::Help);
    for w in 0..30 {
        for h in 0..10 {
            update(
                &mut app,
                Action::Resize {
                    width: w,
                    height: h,
                },
            );
            let _ = screen(&app, &Theme::default());
        }
    }
}

#[test]
fn empty_panes_say_what_would_be_there() {
    let d = common::doc(
        "Quiet day",
        &[(BlockKind::Paragraph, "Nothing happened today.")],
    );
    let app = App::from_open(vec![Open::with_extraction(d, Default::default())], 80, 24);
    let t = text(&app);
    assert!(t.contains("No actors found."));
    assert!(t.contains("No claims found."));
}

#[test]
fn control_characters_in_titles_and_names_never_reach_the_screen() {
    let (mut d, mut x) = common::briefing();
    d.meta.title = "Evil\u{1b}[2J\u{7}title\u{9b}".to_string();
    x.actors[0].name = "Alva\u{1b}]0;pwned\u{7}".to_string();
    let app = App::from_open(vec![Open::with_extraction(d, x)], 120, 40);
    let buf = screen(&app, &Theme::default());
    for cell in buf.content() {
        assert!(
            !cell.symbol().chars().any(|c| c.is_control()),
            "control char on screen: {:?}",
            cell.symbol()
        );
    }
    assert!(rows(&buf)[0].contains("Evil�[2J�title�"));
}

#[test]
fn search_matches_are_highlighted_and_counted_in_the_status() {
    let mut app = briefing_at(80, 24);
    update(&mut app, Action::Search);
    common::type_text(&mut app, "inspection");
    let t = text(&app);
    assert!(
        t.lines().last().unwrap_or("").contains("/inspection"),
        "input in the status line"
    );
    update(&mut app, Action::Activate);
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    let buf = screen(&app, &theme);
    let r = rows(&buf);
    assert!(r[23].contains("1/2"), "{}", r[23]);
    let (y, line) = r
        .iter()
        .enumerate()
        .find(|(_, l)| l.contains("inspection"))
        .expect("match shown");
    let x = line[..line.find("inspection").unwrap()].chars().count() as u16;
    assert_eq!(buf[(x, y as u16)].bg, theme.current_match.bg.unwrap());
}

#[test]
fn an_actors_mentions_show_in_the_status_as_mention_k_of_n() {
    let mut app = briefing_at(80, 24);
    for a in [Action::FocusNext, Action::Activate, Action::NextMatch] {
        update(&mut app, a);
    }
    assert!(
        text(&app)
            .lines()
            .last()
            .unwrap_or("")
            .contains("mention 2/2")
    );
}

#[test]
fn attributed_sentences_get_a_margin_bar() {
    let app = briefing_at(80, 24);
    let r = rows(&screen(&app, &Theme::default()));
    let line = r
        .iter()
        .find(|l| l.contains("Minister Alva"))
        .expect("claim line");
    assert!(line.starts_with("┃│ "), "{line}");
    let plain = r
        .iter()
        .find(|l| l.contains("Border talks stall") && !l.contains("Article"))
        .expect("heading");
    assert!(plain.starts_with("┃  "), "{plain}");
}

#[test]
fn help_lists_every_bound_key_from_the_keymap() {
    let mut app = briefing_at(120, 40);
    update(&mut app, Action::Help);
    // The help is longer than the screen: read it page by page.
    let mut t = String::new();
    for _ in 0..6 {
        t.push_str(&text(&app));
        update(&mut app, Action::PageDown);
    }
    for mode in Mode::ALL {
        for (name, keys) in Keymap::default().bindings(mode) {
            assert!(t.contains(keys::describe(mode, name)), "{name} missing");
            assert!(t.contains(&keys[0].to_string()));
        }
    }
}

#[test]
fn with_no_color_nothing_on_screen_has_a_colour() {
    let mut app = briefing_at(120, 40);
    for a in [Action::FocusNext, Action::Activate] {
        update(&mut app, a);
    }
    for theme in Theme::builtins(ColourDepth::None) {
        let buf = screen(&app, &theme);
        for cell in buf.content() {
            assert_eq!(
                (cell.fg, cell.bg),
                (ratatui::style::Color::Reset, ratatui::style::Color::Reset),
                "theme {}",
                theme.name
            );
        }
    }
}

#[test]
fn a_long_title_is_cut_with_an_ellipsis_and_a_space_before_the_position() {
    let (mut d, x) = common::briefing();
    d.meta.title =
        "A very long title that goes on and on about the harbour and the convoy and more"
            .to_string();
    let app = App::from_open(vec![Open::with_extraction(d, x)], 80, 24);
    let t = text(&app);
    let status = t.lines().last().unwrap_or("");
    assert!(status.contains("… "), "{status}");
    assert!(status.contains(" 100%"), "{status}");
}

#[test]
fn on_a_very_wide_terminal_the_sides_of_a_dispute_stand_next_to_each_other() {
    let app = briefing_at(250, 60);
    let t = text(&app);
    let row = t
        .lines()
        .find(|l| l.contains("• asserts · Alva Rendt"))
        .expect("the first side");
    assert!(row.contains("✗ denies · Coastal Union"), "{row}");
    let narrow = text(&briefing_at(120, 40));
    assert!(
        !narrow
            .lines()
            .any(|l| l.contains("• asserts · Alva") && l.contains("✗ denies"))
    );
}

#[test]
fn in_the_narrow_layout_enter_on_an_actor_shows_the_article() {
    let mut app = briefing_at(40, 12);
    for a in [Action::FocusNext, Action::Activate] {
        update(&mut app, a);
    }
    let t = text(&app);
    assert!(t.contains("▶ Article"), "{t}");
    assert!(t.contains("mention 1/2"), "{t}");
}

#[test]
fn in_the_narrow_layout_a_search_from_a_list_shows_the_article() {
    let mut app = briefing_at(40, 12);
    update(&mut app, Action::FocusPrev);
    update(&mut app, Action::Search);
    common::type_text(&mut app, "convoy");
    update(&mut app, Action::Activate);
    let t = text(&app);
    assert!(t.contains("▶ Article"), "{t}");
}

#[test]
fn the_ascii_fallback_leaves_no_unicode_on_screen() {
    let mut app = briefing_at(120, 40);
    for a in [Action::FocusNext, Action::Activate] {
        update(&mut app, a);
    }
    let mut buf = screen(&app, &Theme::default());
    brief::ui::ascii::downgrade(&mut buf);
    let r = rows(&buf);
    assert!(r[0].starts_with("+ Article"), "{}", r[0]);
    assert!(r[0].contains("# > Actors (4) ="), "{}", r[0]);
    assert!(r.iter().all(|l| l.is_ascii()));
    use brief::ui::ascii::is_utf8_locale;
    assert!(is_utf8_locale(None, None, Some("en_GB.UTF-8")));
    assert!(
        !is_utf8_locale(Some("C"), None, Some("en_GB.UTF-8")),
        "LC_ALL wins"
    );
    assert!(!is_utf8_locale(None, None, None));
}

#[test]
fn a_name_too_long_for_its_pane_ends_with_an_ellipsis() {
    let (d, mut x) = common::briefing();
    x.actors[0].name = "Alva Rendt of the Very Long Committee for Harbour Affairs".to_string();
    let app = App::from_open(vec![Open::with_extraction(d, x)], 120, 40);
    let t = text(&app);
    let line = t
        .lines()
        .find(|l| l.contains("Alva Rendt of"))
        .expect("the actor");
    assert!(line.contains("… ×2"), "{line}");
}

#[test]
fn claims_are_headed_by_the_resolved_actor_not_the_pronoun_as_written() {
    let (d, mut x) = common::briefing();
    // Written "the minister said" and "she urged": both resolve to Alva Rendt.
    x.claims[0].source_text = "the minister".to_string();
    x.claims[2].source_text = "she".to_string();
    let mut unresolved = x.claims[2].clone();
    unresolved.id = "c4".to_string();
    unresolved.source = None;
    unresolved.source_text = "the ministry".to_string();
    x.claims.push(unresolved);
    let app = App::from_open(vec![Open::with_extraction(d, x)], 120, 60);
    let t = text(&app);
    assert!(t.contains("Alva Rendt says"), "{t}");
    assert!(
        !t.contains("she says") && !t.contains("minister says"),
        "{t}"
    );
    assert_eq!(t.matches("Alva Rendt says").count(), 1, "one group: {t}");
    assert!(
        t.contains("the ministry says"),
        "unresolved falls back: {t}"
    );
}

/// A briefing whose Actors pane lists `n` people without roles, named `Person 000` ...
fn many_actors(n: usize, width: u16, height: u16) -> App {
    let (d, mut x) = common::briefing();
    let template = x.actors[1].clone();
    x.actors = (0..n)
        .map(|i| brief::extract::Actor {
            id: format!("person-{i:02}"),
            name: format!("Person {i:03}"),
            ..template.clone()
        })
        .collect();
    App::from_open(vec![Open::with_extraction(d, x)], width, height)
}

#[test]
fn page_down_in_a_long_actor_list_moves_one_visible_page() {
    for (w, h) in [(80, 24), (200, 50), (40, 12)] {
        let mut app = many_actors(200, w, h);
        update(&mut app, Action::FocusNext);
        update(&mut app, Action::PageDown);
        let after_one = app.docs[0].actor_selected;
        let pane = brief::app::layout::Layout::new(w, h, brief::app::Pane::Actors).actors;
        let rows = usize::from(pane.expect("actors shown").inner().height);
        // One visible page: the pane holds a header and rows - 1 actors.
        assert!(
            after_one >= 1 && after_one < rows - 1,
            "{w}x{h}: {after_one}"
        );
        let name = format!("▸ Person {after_one:03}");
        let t = text(&app);
        assert!(
            t.contains(&name),
            "{w}x{h}: the selection is on screen: {name}\n{t}"
        );
        update(&mut app, Action::PageDown);
        let after_two = app.docs[0].actor_selected;
        assert!(after_two > after_one && after_two < 2 * rows, "{w}x{h}");
        update(&mut app, Action::HalfPageDown);
        assert!(
            app.docs[0].actor_selected > after_two,
            "{w}x{h}: d moves too, {after_two}"
        );
        assert!(app.docs[0].actor_selected < 150, "{w}x{h}: not to the end");
        for _ in 0..3 {
            update(&mut app, Action::PageUp);
        }
        assert_eq!(app.docs[0].actor_selected, 0, "{w}x{h}: back to the top");
    }
}

#[test]
fn page_down_in_the_claims_list_stays_short_of_the_end() {
    let (d, mut x) = common::briefing();
    let template = x.claims[2].clone();
    x.claims = (0..40)
        .map(|i| brief::extract::Claim {
            id: format!("c{i}"),
            ..template.clone()
        })
        .collect();
    x.disputes.clear();
    let mut app = App::from_open(vec![Open::with_extraction(d, x)], 80, 24);
    update(&mut app, Action::FocusPrev);
    update(&mut app, Action::PageDown);
    let sel = app.docs[0].claim_selected;
    assert!((1..6).contains(&sel), "one page of 4-line claims: {sel}");
}

fn library(n: usize, width: u16, height: u16) -> App {
    let docs = (0..n)
        .map(|i| {
            let mut d = common::doc(
                &format!("Briefing {i:03}"),
                &[(BlockKind::Paragraph, "Some text.")],
            );
            d.id = brief::document::DocId::of(&format!("doc {i}"));
            d.meta.source = Some("Harbour Desk".to_string());
            d.meta.published = Some(format!("2026-11-{:02}", i % 28 + 1));
            Open::with_extraction(d, Default::default())
        })
        .collect();
    App::from_open(docs, width, height)
}

#[test]
fn the_document_list_moves_with_g_g_and_pages_and_shows_source_and_date() {
    let mut app = library(40, 80, 24);
    update(&mut app, Action::Documents);
    let selected = |app: &App| match app.overlay {
        Some(brief::app::Overlay::Documents { selected }) => selected,
        _ => usize::MAX,
    };
    update(&mut app, Action::Bottom);
    assert_eq!(selected(&app), 39);
    let t = text(&app);
    let row = t.lines().find(|l| l.contains("Briefing 039")).unwrap_or("");
    assert!(
        row.contains("▸") && row.contains("Briefing 039 — Harbour Desk, 2026-11-12"),
        "{t}"
    );
    update(&mut app, Action::Top);
    assert_eq!(selected(&app), 0);
    update(&mut app, Action::PageDown);
    let page = selected(&app);
    assert!((10..22).contains(&page), "one popup page: {page}");
    let t = text(&app);
    let row = t
        .lines()
        .find(|l| l.contains(&format!("Briefing {page:03}")));
    assert!(row.is_some_and(|r| r.contains("▸")), "{t}");
    update(&mut app, Action::PageUp);
    assert_eq!(selected(&app), 0);
    update(&mut app, Action::HalfPageDown);
    assert!(selected(&app) > 0 && selected(&app) < page);
}

#[test]
fn the_help_scrolls_by_pages_and_back_without_overshooting() {
    let mut app = briefing_at(40, 12);
    update(&mut app, Action::Help);
    update(&mut app, Action::Bottom);
    let bottom = text(&app);
    assert!(bottom.contains("… (.)"), "the legend's last line: {bottom}");
    update(&mut app, Action::Up);
    assert_ne!(text(&app), bottom, "one key up scrolls at once");
    update(&mut app, Action::Top);
    assert!(text(&app).contains("Reading"), "{}", text(&app));
}

#[test]
fn the_light_theme_paints_its_own_background_on_a_dark_terminal() {
    let app = briefing_at(80, 24);
    let light = Theme::builtins(ColourDepth::TrueColor)
        .into_iter()
        .find(|t| t.name == "light")
        .expect("built in");
    let buf = screen(&app, &light);
    for (x, y) in [(0, 0), (5, 3), (70, 10), (40, 20)] {
        let bg = buf[(x, y)].bg;
        assert!(
            matches!(bg, ratatui::style::Color::Rgb(r, g, b) if r > 200 && g > 200 && b > 200),
            "cell {x},{y} has background {bg:?}"
        );
    }
}

#[test]
fn a_long_search_query_shows_its_end_where_the_typing_is() {
    let mut app = briefing_at(40, 12);
    update(&mut app, Action::Search);
    let query = "the beginning of a long query that ends with zebra";
    common::type_text(&mut app, query);
    let t = text(&app);
    let status = t.lines().last().unwrap_or("");
    assert!(
        status.contains("/…") && status.contains("with zebra▏"),
        "{status}"
    );
    update(
        &mut app,
        Action::Edit(brief::app::line::Edit::DeleteWordBack),
    );
    let t = text(&app);
    let status = t.lines().last().unwrap_or("");
    assert!(status.contains("ends with ▏"), "Ctrl-w: {status}");
    update(
        &mut app,
        Action::Edit(brief::app::line::Edit::DeleteToStart),
    );
    let t = text(&app);
    assert!(
        t.lines().last().unwrap_or("").contains(" /▏"),
        "Ctrl-u: {t}"
    );
}

#[test]
fn help_descriptions_cut_at_40_columns_end_with_an_ellipsis() {
    let mut app = briefing_at(40, 12);
    update(&mut app, Action::Help);
    let t = text(&app);
    let row = t
        .lines()
        .find(|l| l.contains("Ctrl-y"))
        .expect("the row of up");
    assert!(row.contains("scroll…") || row.contains("scr…"), "{t}");
}
