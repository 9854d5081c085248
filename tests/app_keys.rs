//! Keys as a user types them, through the keymap's modes: less habits, counts, sequences,
//! the empty search, n/N after a claim, yank, and the effects `update` hands back.

mod common;

use brief::app::{Action, App, Effect, MarkKind, Open, Overlay, Pane, update};
use brief::config::keymap::Mode;
use brief::config::{ColourDepth, Keymap, Settings};
use common::press;

fn long_app() -> App {
    App::from_open(
        vec![Open::with_extraction(
            common::long_doc(200),
            Default::default(),
        )],
        80,
        24,
    )
}

fn briefing_app() -> App {
    let (d, x) = common::briefing();
    App::from_open(vec![Open::with_extraction(d, x)], 80, 24)
}

#[test]
fn less_keys_page_and_scroll_by_one_line() {
    let mut app = long_app();
    let page = usize::from(app.text_size().1) - 1;
    press(&mut app, &["ctrl-f"]);
    assert_eq!(app.top_line(), page);
    press(&mut app, &["f"]);
    assert_eq!(app.top_line(), 2 * page);
    press(&mut app, &["ctrl-b"]);
    assert_eq!(app.top_line(), page);
    press(&mut app, &["ctrl-e", "ctrl-e"]);
    assert_eq!(app.top_line(), page + 2);
    press(&mut app, &["ctrl-y"]);
    assert_eq!(app.top_line(), page + 1);
    press(&mut app, &["space"]);
    assert_eq!(app.top_line(), 2 * page + 1);
}

#[test]
fn a_count_repeats_a_motion_and_picks_a_line_with_g() {
    let mut app = long_app();
    press(&mut app, &["10j"]);
    assert_eq!(app.top_line(), 10);
    press(&mut app, &["3k"]);
    assert_eq!(app.top_line(), 7);
    press(&mut app, &["2", "ctrl-f"]);
    assert_eq!(app.top_line(), 7 + 2 * (usize::from(app.text_size().1) - 1));
    press(&mut app, &["40G"]);
    assert_eq!(app.top_line(), 39, "40G puts line 40 on top");
    press(&mut app, &["1g"]);
    assert_eq!(app.top_line(), 0);
    // The count is used once: the next j moves one line.
    press(&mut app, &["5j", "j"]);
    assert_eq!(app.top_line(), 6);
    // A count shows in the status line while it is typed, and a non-motion forgets it.
    press(&mut app, &["12"]);
    assert_eq!(app.pending.count, Some(12));
    press(&mut app, &["esc", "j"]);
    assert_eq!(app.top_line(), 7);
}

#[test]
fn a_count_moves_a_list_selection() {
    let mut app = briefing_app();
    press(&mut app, &["tab", "2j"]);
    assert_eq!(app.focus, Pane::Actors);
    assert_eq!(app.open().expect("doc").actor_selected, 2);
    press(&mut app, &["1G"]);
    assert_eq!(app.open().expect("doc").actor_selected, 0);
}

#[test]
fn an_empty_search_repeats_the_last_one() {
    let mut app = long_app();
    press(&mut app, &["/"]);
    common::type_text(&mut app, "marker1");
    press(&mut app, &["enter"]);
    let first = app.marks.as_ref().expect("matches").current;
    press(&mut app, &["/", "enter"]);
    let marks = app.marks.as_ref().expect("matches");
    assert_eq!(marks.kind, MarkKind::Search("marker1".into()));
    assert_eq!(marks.current, first + 1, "on to the next match");
    // After Esc cleared the matches, an empty search finds them again.
    press(&mut app, &["esc", "/", "enter"]);
    assert!(matches!(
        app.marks.as_ref().map(|m| &m.kind),
        Some(MarkKind::Search(q)) if q == "marker1"
    ));
    let mut fresh = long_app();
    press(&mut fresh, &["/", "enter"]);
    assert_eq!(fresh.message.as_deref(), Some("no previous search"));
}

#[test]
fn n_and_shift_n_step_through_the_claims_after_enter_on_one() {
    let mut app = briefing_app();
    press(&mut app, &["tab", "tab", "enter"]);
    assert_eq!(app.focus, Pane::Claims);
    let open = app.open().expect("doc");
    let entries = open.claim_entries.len();
    assert!(entries >= 3);
    let span_of = |app: &App| {
        let open = app.open().expect("doc");
        open.claim_entries[open.claim_selected].span(&open.extraction)
    };
    press(&mut app, &["n"]);
    assert_eq!(app.open().expect("doc").claim_selected, 1);
    let marks = app.marks.as_ref().expect("the claim is highlighted");
    assert_eq!(marks.kind, MarkKind::Claim);
    assert_eq!(Some(marks.spans[0]), span_of(&app));
    press(&mut app, &["N", "N"]);
    assert_eq!(
        app.open().expect("doc").claim_selected,
        entries - 1,
        "wraps around"
    );
    assert!(app.message.as_deref().unwrap_or("").contains("wrapped"));
}

#[test]
fn quit_is_an_effect_and_q_closes_a_popup_first() {
    let mut app = briefing_app();
    assert_eq!(press(&mut app, &["?"]), vec![]);
    assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
    assert_eq!(press(&mut app, &["q"]), vec![], "q closes the help");
    assert!(app.overlay.is_none());
    press(&mut app, &["D"]);
    assert_eq!(press(&mut app, &["ctrl-c"]), vec![Effect::Quit]);
    assert_eq!(press(&mut app, &["q"]), vec![]);
    assert_eq!(press(&mut app, &["q"]), vec![Effect::Quit]);
    assert_eq!(update(&mut app, Action::Quit), vec![Effect::Quit]);
}

#[test]
fn the_input_line_types_letters_that_are_commands_elsewhere() {
    let mut app = briefing_app();
    press(
        &mut app,
        &["/", "q", "j", "left", "x", "ctrl-a", "y", "ctrl-e", "z"],
    );
    assert_eq!(app.input.as_ref().expect("open").text, "yqxjz");
    press(&mut app, &["ctrl-w"]);
    assert_eq!(app.input.as_ref().expect("open").text, "");
    press(&mut app, &["esc"]);
    assert!(app.input.is_none());
}

#[test]
fn a_users_patch_rebinds_keys_per_mode() {
    let mut app = briefing_app();
    app.keymap =
        Keymap::with_patch_str("[input]\ncancel = [\"ctrl-g\"]\n[popup]\nclose = [\"x\"]\n")
            .expect("valid patch");
    press(&mut app, &["/", "esc"]);
    assert!(app.input.is_some(), "Esc is no longer cancel");
    press(&mut app, &["ctrl-g", "?", "q"]);
    assert!(app.overlay.is_some(), "q no longer closes a popup");
    press(&mut app, &["x"]);
    assert!(app.overlay.is_none());
}

#[test]
fn a_key_bound_twice_in_one_mode_is_rejected_but_across_modes_is_fine() {
    let e = Keymap::with_patch_str("[list]\nundo = [\"x\"]").expect_err("x is delete");
    assert!(
        e.to_string()
            .contains("`x` is bound to both `list.delete` and `list.undo`"),
        "{e}"
    );
    // config.toml names the line of the second binding.
    let text = "theme = \"dark\"\n[keys.list]\nundo = [\"x\"]\n";
    let s = Settings::resolve(Some(text), &[], ColourDepth::TrueColor);
    assert!(s.problems[0].contains(":3:"), "{:?}", s.problems);
    // `u` is half a page up in the reader and undo in the list.
    let map = Keymap::default();
    assert_eq!(
        map.action(Mode::Reader, common::key("u")),
        Some("half_page_up")
    );
    assert_eq!(map.action(Mode::List, common::key("u")), Some("undo"));
}

#[test]
fn y_copies_the_claim_with_its_citation_or_the_paragraph() {
    let mut app = briefing_app();
    app.docs[0].doc.meta.source = Some("Coast Wire".into());
    app.docs[0].doc.meta.published = Some("2025-03-01".into());
    let mut long = long_app();
    let effects = press(&mut long, &["3j", "y"]);
    let [Effect::Copy(text)] = effects.as_slice() else {
        panic!("one copy: {effects:?}");
    };
    assert!(text.starts_with("Paragraph marker0: "), "{text}");
    assert!(
        long.message
            .as_deref()
            .unwrap_or("")
            .starts_with("copied the paragraph")
    );
    press(&mut app, &["tab", "tab"]);
    let effects = press(&mut app, &["y"]);
    let [Effect::Copy(text)] = effects.as_slice() else {
        panic!("one copy: {effects:?}");
    };
    assert!(
        text.ends_with("(Alva Rendt, Border talks stall, Coast Wire, 2025-03-01)"),
        "{text}"
    );
    assert!(text.starts_with('\u{201c}'), "{text}");
    assert!(!text.chars().any(char::is_control));
    let note = app.message.as_deref().unwrap_or("");
    assert!(note.starts_with("copied the claim by Alva Rendt"), "{note}");
}

#[test]
fn the_readmes_config_example_applies_cleanly() {
    let readme = include_str!("../README.md");
    let block = readme
        .split("```toml\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .find(|b| b.contains("[keys.list]"))
        .expect("the config.toml example");
    let s = Settings::resolve(Some(block), &[], ColourDepth::TrueColor);
    assert!(s.problems.is_empty(), "{:?}", s.problems);
    assert!(!s.mouse);
    assert_eq!(
        s.keymap.action(Mode::List, common::key("delete")),
        Some("delete")
    );
}
