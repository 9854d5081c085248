//! Key bindings and themes: defaults, user patches, colour depth.

use brief::app::Action;
use brief::config::{ColourDepth, Key, KeyCode, Keymap, KeymapError, Theme};
use ratatui::style::{Color, Modifier};

fn key(name: &str) -> Key {
    Key::parse(name).expect("a key name")
}

#[test]
fn the_default_keymap_binds_the_documented_keys() {
    let map = Keymap::default();
    let cases = [
        ("j", Action::Down),
        ("down", Action::Down),
        ("ctrl-d", Action::HalfPageDown),
        ("space", Action::PageDown),
        ("G", Action::Bottom),
        ("shift-tab", Action::FocusPrev),
        ("/", Action::Search),
        ("N", Action::PrevMatch),
        ("]", Action::NextDocument),
        ("?", Action::Help),
        ("q", Action::Quit),
    ];
    for (name, action) in cases {
        assert_eq!(map.action(key(name)), Some(action), "{name}");
    }
    assert_eq!(
        key("ctrl-d"),
        Key {
            code: KeyCode::Char('d'),
            ctrl: true,
            alt: false
        }
    );
}

#[test]
fn every_bindable_action_has_a_default_key() {
    let map = Keymap::default();
    for (action, keys) in map.bindings() {
        assert!(!keys.is_empty(), "{action:?} has no key");
    }
    assert_eq!(map.bindings().len(), Action::BINDABLE.len());
}

#[test]
fn a_user_patch_rebinds_an_action() {
    let map =
        Keymap::with_patch_str("down = [\"e\", \"down\"]\nup = [\"y\"]").expect("valid patch");
    assert_eq!(map.action(key("e")), Some(Action::Down));
    assert_eq!(map.action(key("j")), None, "replaced, not added");
    assert_eq!(map.action(key("y")), Some(Action::Up));
}

#[test]
fn one_key_bound_to_two_actions_is_rejected_clearly() {
    let err = Keymap::with_patch_str("top = [\"j\"]").expect_err("j is already down");
    assert_eq!(
        err,
        KeymapError::Conflict {
            key: "j".into(),
            first: "down".into(),
            second: "top".into()
        }
    );
    assert!(
        err.to_string()
            .contains("`j` is bound to both `down` and `top`")
    );
}

#[test]
fn unknown_actions_and_keys_are_named_in_the_error() {
    let e = Keymap::with_patch_str("fly = [\"f\"]").expect_err("no such action");
    assert!(e.to_string().contains("`fly` is not an action"));
    let e = Keymap::with_patch_str("down = [\"hyperdrive\"]").expect_err("no such key");
    assert!(e.to_string().contains("`hyperdrive`"));
    let e = Keymap::with_patch_str("resize = [\"r\"]").expect_err("not bindable");
    assert!(matches!(e, KeymapError::UnknownAction(_)));
    let e = Keymap::with_patch_str("down = \"j\"").expect_err("not a list");
    assert!(matches!(e, KeymapError::NotAList { .. }));
}

#[test]
fn all_four_builtin_themes_load_with_dark_first() {
    let names: Vec<String> = Theme::builtins(ColourDepth::TrueColor)
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["dark", "light", "high-contrast", "mono"]);
}

#[test]
fn truecolour_values_are_mapped_down_to_256_and_16_colours() {
    let theme = "[roles]\ntext = { fg = \"#ff0000\" }\ndim = { fg = 244 }";
    let t = Theme::parse("t", theme, ColourDepth::TrueColor).expect("theme");
    assert_eq!(t.text.fg, Some(Color::Rgb(255, 0, 0)));
    let t = Theme::parse("t", theme, ColourDepth::Ansi256).expect("theme");
    assert_eq!(t.text.fg, Some(Color::Indexed(196)));
    assert_eq!(t.dim.fg, Some(Color::Indexed(244)));
    let t = Theme::parse("t", theme, ColourDepth::Ansi16).expect("theme");
    assert_eq!(t.text.fg, Some(Color::LightRed));
}

#[test]
fn no_color_keeps_selection_and_matches_visible_by_attributes() {
    let t = Theme::builtins(ColourDepth::None).remove(0);
    assert_eq!((t.text.fg, t.selection.bg), (None, None));
    assert!(t.selection.add_modifier.contains(Modifier::REVERSED));
    assert!(t.search_match.add_modifier.contains(Modifier::UNDERLINED));
    assert!(t.current_match.add_modifier.contains(Modifier::REVERSED));
}

#[test]
fn colour_depth_follows_the_environment() {
    assert_eq!(
        ColourDepth::detect(Some("1"), Some("truecolor"), None),
        ColourDepth::None
    );
    assert_eq!(
        ColourDepth::detect(Some(""), Some("truecolor"), None),
        ColourDepth::TrueColor,
        "empty NO_COLOR is unset"
    );
    assert_eq!(
        ColourDepth::detect(None, None, Some("xterm-256color")),
        ColourDepth::Ansi256
    );
    assert_eq!(
        ColourDepth::detect(None, None, Some("linux")),
        ColourDepth::Ansi16
    );
}

#[test]
fn a_bad_theme_names_the_role_and_value() {
    let e = Theme::parse(
        "mine",
        "[roles]\ntext = { fg = \"chartreuse-ish\" }",
        ColourDepth::TrueColor,
    )
    .expect_err("bad colour");
    assert!(e.to_string().contains("mine") && e.to_string().contains("chartreuse-ish"));
    let e = Theme::parse("mine", "[roles]\nsparkle = {}", ColourDepth::TrueColor)
        .expect_err("bad role");
    assert!(e.to_string().contains("unknown role `sparkle`"));
}
