//! Key bindings and themes: defaults, user patches, colour depth.

use brief::app::{Action, keys};
use brief::config::keymap::Mode;
use brief::config::{ColourDepth, Key, KeyCode, Keymap, KeymapError, Theme};
use ratatui::style::{Color, Modifier};

fn key(name: &str) -> Key {
    Key::parse(name).expect("a key name")
}

/// The action the reader's key `name` is bound to.
fn reader(map: &Keymap, name: &str) -> Option<Action> {
    map.action(Mode::Reader, key(name))
        .and_then(|n| keys::action(Mode::Reader, n))
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
        assert_eq!(reader(&map, name), Some(action), "{name}");
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
    for mode in Mode::ALL {
        for (action, keys) in map.bindings(mode) {
            assert!(!keys.is_empty(), "{action} has no key");
            assert!(keys::action(mode, action).is_some(), "{action}");
        }
    }
}

#[test]
fn a_user_patch_rebinds_an_action() {
    let map =
        Keymap::with_patch_str("down = [\"e\", \"down\"]\nup = [\"i\"]").expect("valid patch");
    assert_eq!(reader(&map, "e"), Some(Action::Down));
    assert_eq!(reader(&map, "j"), None, "replaced, not added");
    assert_eq!(reader(&map, "i"), Some(Action::Up));
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
    for term in ["xterm", "screen", "vt220", "xterm-color"] {
        assert_eq!(
            ColourDepth::detect(None, None, Some(term)),
            ColourDepth::Ansi16,
            "TERM={term} without COLORTERM: the 16 basic colours"
        );
    }
    assert_eq!(
        ColourDepth::detect(None, Some("yes"), Some("screen")),
        ColourDepth::Ansi256
    );
    assert_eq!(
        ColourDepth::detect(None, None, Some("tmux-256color")),
        ColourDepth::Ansi256
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

mod settings {
    use super::reader;
    use brief::app::Action;
    use brief::config::{ColourDepth, Settings};
    use ratatui::style::Color;

    fn user(name: &str, text: &str) -> Vec<(String, String)> {
        vec![(name.to_string(), text.to_string())]
    }

    #[test]
    fn config_toml_picks_the_theme_patches_keys_and_sets_the_wrap_width() {
        let text = "theme = \"mono\"\nwrap_width = 72\n[keys]\ndown = [\"e\", \"down\"]\n";
        let s = Settings::resolve(Some(text), &[], ColourDepth::TrueColor);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        assert_eq!(s.themes[s.theme].name, "mono");
        assert_eq!(s.wrap_width, Some(72));
        assert_eq!(reader(&s.keymap, "e"), Some(Action::Down));
        assert_eq!(reader(&s.keymap, "j"), None);
    }

    #[test]
    fn without_config_toml_the_defaults_hold() {
        let s = Settings::resolve(None, &[], ColourDepth::TrueColor);
        assert_eq!(s.themes[s.theme].name, "dark");
        assert!(s.problems.is_empty() && s.wrap_width.is_none());
    }

    #[test]
    fn a_broken_config_toml_is_one_message_with_file_and_line_and_defaults_stay() {
        let text = "wrap_width = 70\n\ntheme = \"mono\n";
        let s = Settings::resolve(Some(text), &[], ColourDepth::TrueColor);
        assert_eq!(s.problems.len(), 1, "{:?}", s.problems);
        assert!(
            s.problems[0].starts_with("config.toml:3:14: invalid basic string"),
            "{:?}",
            s.problems
        );
        assert_eq!(s.themes[s.theme].name, "dark");
        assert_eq!(s.wrap_width, None);
    }

    #[test]
    fn an_unknown_theme_or_a_bad_key_patch_names_its_line() {
        let text = "theme = \"solarised\"\n[keys]\ntop = [\"g\"]\nbottom = [\"hyper-x\"]\n";
        let s = Settings::resolve(Some(text), &[], ColourDepth::TrueColor);
        assert_eq!(s.problems.len(), 2, "{:?}", s.problems);
        assert!(
            s.problems[0].starts_with("config.toml:1:9: theme `solarised`"),
            "{:?}",
            s.problems
        );
        assert!(
            s.problems[1].starts_with("config.toml:4:11: [keys] `hyper-x`"),
            "{:?}",
            s.problems
        );
        assert_eq!(s.themes[s.theme].name, "dark");
        assert_eq!(
            reader(&s.keymap, "j"),
            Some(Action::Down),
            "default keys kept"
        );
    }

    #[test]
    fn a_user_theme_inherits_a_built_in_and_changes_some_roles() {
        let themes = user(
            "paper",
            "inherits = \"light\"\n[roles]\ntext = { fg = \"#101010\" }\n",
        );
        let s = Settings::resolve(Some("theme = \"paper\""), &themes, ColourDepth::TrueColor);
        assert!(s.problems.is_empty(), "{:?}", s.problems);
        let paper = &s.themes[s.theme];
        assert_eq!(paper.name, "paper");
        assert_eq!(paper.text.fg, Some(Color::Rgb(0x10, 0x10, 0x10)));
        let light = s
            .themes
            .iter()
            .find(|t| t.name == "light")
            .expect("built in");
        assert_eq!(paper.heading, light.heading, "inherited");
        assert_eq!(s.themes.len(), 5, "the built-ins then the user's");
    }

    #[test]
    fn a_user_theme_of_a_built_in_name_replaces_it() {
        let themes = user("dark", "inherits = \"dark\"\n[roles]\ntext = { fg = 7 }\n");
        let s = Settings::resolve(None, &themes, ColourDepth::Ansi256);
        assert_eq!(s.themes.len(), 4);
        assert_eq!(s.themes[0].name, "dark");
        assert_eq!(s.themes[0].text.fg, Some(Color::Indexed(7)));
    }

    #[test]
    fn a_broken_user_theme_is_skipped_with_its_file_and_line() {
        let mut themes = user(
            "bad",
            "[roles]\ntext = { fg = \"#101010\" }\nborder = { fg = \"blurple\" }\n",
        );
        themes.extend(user("loop", "inherits = \"loop2\"\n"));
        themes.extend(user("loop2", "inherits = \"loop\"\n"));
        let s = Settings::resolve(Some("theme = \"bad\""), &themes, ColourDepth::TrueColor);
        let all = s.problems.join("\n");
        assert!(
            all.contains("themes/bad.toml:3:17: role `border`: `blurple` is not a colour"),
            "{all}"
        );
        assert!(all.contains("themes/loop.toml:1:12: "), "{all}");
        assert_eq!(s.themes[s.theme].name, "dark", "falls back to the default");
        assert_eq!(s.problems.len(), 3, "one message per broken file: {all}");
        assert!(all.contains("loop: loop -> loop2 -> loop;"), "{all}");
        assert!(!s.themes.iter().any(|t| t.name == "bad"));
    }

    #[test]
    fn a_config_error_on_line_three_is_reported_on_line_three() {
        let cases = [
            // A value of the wrong type, found by serde.
            (
                "theme = \"mono\"\n\nwrap_width = \"wide\"\n",
                "config.toml:3:14: ",
            ),
            // An unknown setting.
            ("theme = \"mono\"\n\nwarp_width = 70\n", "config.toml:3:1: "),
            // A key patch naming no action.
            (
                "[keys]\ndown = [\"j\"]\nsideways = [\"x\"]\n",
                "config.toml:3:1: ",
            ),
            // A patch that is not a list, in a dotted key.
            (
                "theme = \"mono\"\n\nkeys.down = \"j\"\n",
                "config.toml:3:13: ",
            ),
            // Two actions on one key.
            ("[keys]\n\ntop = [\"g\", \"j\"]\n", "config.toml:3:13: "),
        ];
        for (text, want) in cases {
            let s = Settings::resolve(Some(text), &[], ColourDepth::TrueColor);
            assert_eq!(s.problems.len(), 1, "{text:?}: {:?}", s.problems);
            assert!(
                s.problems[0].starts_with(want),
                "{text:?}: {:?}",
                s.problems
            );
        }
    }

    #[test]
    fn a_theme_error_names_its_line_and_column() {
        let themes = user(
            "paper",
            "name = \"paper\"\n[roles]\ntext = { fg = \"red\", bold = 1 }\n",
        );
        let s = Settings::resolve(None, &themes, ColourDepth::TrueColor);
        assert_eq!(s.problems.len(), 1, "{:?}", s.problems);
        assert!(
            s.problems[0].starts_with("themes/paper.toml:3:"),
            "{:?}",
            s.problems
        );
        assert!(
            !s.problems[0].starts_with("themes/paper.toml:3:1:"),
            "a column in the line"
        );
    }
}

#[test]
fn the_config_theme_is_the_default_and_a_theme_saved_with_t_wins() {
    use brief::app::{App, session};
    use brief::state::{Bookmarks, ReadingState};
    let doc = || brief::document::parse(b"Text.\n", brief::document::Format::Txt, "a.txt");
    let app_with_default = |saved: Option<&str>| {
        let mut app = App::new(vec![doc().expect("valid")], 80, 24);
        app.themes = ["dark", "light", "mono"].map(String::from).to_vec();
        app.theme = 2; // config.toml: theme = "mono"
        let mut state = ReadingState::new();
        if let Some(name) = saved {
            state.set_theme(name);
        }
        session::restore(&mut app, state, Bookmarks::new());
        app.theme_name().to_string()
    };
    assert_eq!(app_with_default(None), "mono");
    assert_eq!(app_with_default(Some("light")), "light");
    assert_eq!(
        app_with_default(Some("gone")),
        "mono",
        "a theme since removed"
    );
}
