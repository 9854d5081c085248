//! Whatever the text and whatever the keys, the reader never panics and never draws a
//! control character.

mod common;

use brief::app::line::Edit;
use brief::app::{Action, App, Mouse, MouseKind, Open, update};
use brief::config::Theme;
use brief::document::BlockKind;
use brief::extract::{Actor, ActorKind, Extraction, Span};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        proptest::sample::select(vec![
            Action::Down,
            Action::Up,
            Action::HalfPageDown,
            Action::HalfPageUp,
            Action::PageDown,
            Action::PageUp,
            Action::Top,
            Action::Bottom,
            Action::FocusNext,
            Action::FocusPrev,
            Action::Activate,
            Action::Search,
            Action::NextMatch,
            Action::PrevMatch,
            Action::NextDocument,
            Action::PrevDocument,
            Action::Documents,
            Action::NextTheme,
            Action::Bookmark,
            Action::BookmarkWithNote,
            Action::Bookmarks,
            Action::NextBookmark,
            Action::PrevBookmark,
            Action::Yank,
            Action::Help,
            Action::Escape,
            Action::Quit,
        ]),
        (0u16..90, 0u16..40).prop_map(|(width, height)| Action::Resize { width, height }),
        any::<char>().prop_map(Action::InputChar),
        Just(Action::InputBackspace),
        proptest::sample::select(vec![
            Edit::Left,
            Edit::Right,
            Edit::Home,
            Edit::End,
            Edit::Delete,
            Edit::DeleteToStart,
            Edit::DeleteWordBack,
        ])
        .prop_map(Action::Edit),
        proptest::sample::select(vec![
            Action::DeleteBookmark,
            Action::UndoDelete,
            Action::EditNote
        ]),
        (0u16..3, 0u16..90, 0u16..40).prop_map(|(k, column, row)| {
            let kind =
                [MouseKind::Click, MouseKind::ScrollDown, MouseKind::ScrollUp][usize::from(k)];
            Action::Mouse(Mouse { kind, column, row })
        }),
    ]
}

fn kind() -> impl Strategy<Value = BlockKind> {
    prop_oneof![
        Just(BlockKind::Paragraph),
        Just(BlockKind::Heading(2)),
        Just(BlockKind::Quote),
        Just(BlockKind::ListItem),
        Just(BlockKind::Code),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn any_text_and_keys_draw_without_panic(
        blocks in proptest::collection::vec((kind(), "\\PC{0,200}|[a-z \\n\\t\\u{1b}\\u{9b}]{0,80}"), 0..6),
        title in "\\PC{0,20}|[\\u{0}-\\u{1f}]{0,5}",
        actions in proptest::collection::vec(action(), 0..40),
        mention in (0usize..400, 0usize..50),
    ) {
        let refs: Vec<(BlockKind, &str)> = blocks.iter().map(|(k, t)| (*k, t.as_str())).collect();
        let doc = common::doc(&title, &refs);
        // An extraction whose offsets may be stale or off char boundaries must not panic either.
        let x = Extraction {
            actors: vec![Actor {
                id: "a".into(),
                name: title.clone(),
                kind: ActorKind::Person,
                role: Some(title.clone()),
                affiliation: None,
                aliases: vec![],
                mentions: vec![Span { start: mention.0, end: mention.0 + mention.1 }],
            }],
            ..Extraction::default()
        };
        let mut app = App::from_open(vec![Open::with_extraction(doc, x)], 80, 24);
        let theme = Theme::default();
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        for a in actions {
            if let Action::Resize { width, height } = a {
                terminal.backend_mut().resize(width, height);
            }
            update(&mut app, a);
            terminal.draw(|f| brief::ui::draw(f, &app, &theme)).expect("draw");
            for cell in terminal.backend().buffer().content() {
                prop_assert!(!cell.symbol().chars().any(|c| c.is_control()), "{:?}", cell.symbol());
            }
        }
    }
}
