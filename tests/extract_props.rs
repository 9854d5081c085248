//! Any input, however broken, extracts without a panic, and every offset is a char boundary
//! inside the text with start <= end.

use brief::extract::{Span, extract, sentences};
use proptest::prelude::*;

fn check_span(text: &str, s: Span) {
    assert!(s.start <= s.end, "{s:?}");
    assert!(s.end <= text.len(), "{s:?} beyond {}", text.len());
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{s:?}"
    );
}

fn check(text: &str) {
    for s in sentences::split(text) {
        check_span(text, s);
    }
    let x = extract(text);
    for a in &x.actors {
        assert!(!a.mentions.is_empty(), "{a:?}");
        for &m in &a.mentions {
            check_span(text, m);
        }
    }
    for c in &x.claims {
        check_span(
            text,
            Span {
                start: c.start,
                end: c.end,
            },
        );
    }
    for u in &x.unattributed {
        check_span(
            text,
            Span {
                start: u.start,
                end: u.end,
            },
        );
    }
}

/// Pieces that stress the tokenizer and the sentence splitter when glued together.
fn news_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("U.S. ".to_string()),
        Just("Sept. ".to_string()),
        Just("Dr. ".to_string()),
        Just("President ".to_string()),
        Just("Azerbaijani ".to_string()),
        Just("Russia’s ".to_string()),
        Just("Foreign Ministry ".to_string()),
        Just("the ministry ".to_string()),
        Just("(KCNA) ".to_string()),
        Just("al-Amr ".to_string()),
        Just("\" ".to_string()),
        Just("“".to_string()),
        Just("’s".to_string()),
        Just("' ".to_string()),
        Just(". ".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("\n\n".to_string()),
        Just("3.5 ".to_string()),
        Just("-".to_string()),
        Just("of ".to_string()),
        Just("İstanbul ".to_string()),
        Just("ǅ ".to_string()),
        Just("ﬁ ".to_string()),
        "[A-Z][a-z]{0,8} ",
        "[a-z]{1,8}[ ,.;:]",
        "\\PC{0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        check(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn any_unicode_never_panics(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn news_like_fragments_never_panic(parts in proptest::collection::vec(news_piece(), 0..80)) {
        check(&parts.concat());
    }
}

#[test]
fn huge_lines_and_lone_quotes_are_fine() {
    let long = "Aliyev ".repeat(20_000);
    check(&long);
    let quotes = "\"".repeat(5_000) + &"’".repeat(5_000) + "'s";
    check(&quotes);
    let dots = ". ".repeat(10_000) + "U.S." + &"A.".repeat(5_000);
    check(&dots);
    let caps = "Foo Bar Baz of the ".repeat(5_000);
    check(&caps);
    let titles = "Chairman of the ".repeat(5_000) + "Council said.";
    check(&titles);
    let ministries = "Russian Defense Ministry of ".repeat(5_000);
    check(&ministries);
}
