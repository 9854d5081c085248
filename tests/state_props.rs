//! Any text a user or a document can put in a bookmark or the state survives the TOML round
//! trip unchanged, and no file content makes parsing panic.

use brief::document::DocId;
use brief::state::schema::{
    Parsed, bookmarks_to_toml, parse_bookmarks, parse_state, state_to_toml,
};
use brief::state::{Anchor, Bookmarks, DocRef, ReadingState, Timestamp};
use proptest::prelude::*;
use std::path::Path;

proptest! {
    #[test]
    fn any_text_round_trips_through_the_files(
        title in "\\PC*|[\\x00-\\x1f\"'\\\\\u{202e}\u{feff}]*",
        path in "[^\\x00]{0,40}",
        excerpt in any::<String>(),
        note in any::<String>(),
        theme in "[a-z-]{1,12}",
        block in 0usize..1_000_000,
        offset in 0usize..1_000_000,
    ) {
        let id = DocId("0123456789abcdef".into());
        let doc = DocRef { id: &id, path: Some(Path::new(&path)), title: &title };
        let now = Timestamp::from_unix_millis(1_700_000_000_000);
        let mut state = ReadingState::new();
        state.set_position(doc, Anchor::new(block, offset), &now);
        state.set_theme(&theme);
        let mut marks = Bookmarks::new();
        marks.add(doc, Anchor::new(block, offset), &excerpt, &note, &now);

        let text = state_to_toml(&state).expect("serialises");
        let Ok(Parsed::Current(back)) = parse_state(&text) else {
            panic!("state did not parse back:\n{text}");
        };
        prop_assert_eq!(back.docs().collect::<Vec<_>>(), state.docs().collect::<Vec<_>>());
        prop_assert_eq!(back.theme(), Some(theme.as_str()));

        let text = bookmarks_to_toml(&marks).expect("serialises");
        let Ok(Parsed::Current(back)) = parse_bookmarks(&text) else {
            panic!("bookmarks did not parse back:\n{text}");
        };
        prop_assert_eq!(back.all(), marks.all());
    }

    #[test]
    fn no_file_content_makes_parsing_panic(text in any::<String>()) {
        let _ = parse_state(&text);
        let _ = parse_bookmarks(&text);
    }
}
