//! Any bytes at all: parsing never panics and the body is always safe to print.

use brief::document::{Format, parse};
use proptest::prelude::*;

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n')
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

fn check(bytes: &[u8], format: Format) {
    let Ok(doc) = parse(bytes, format, "p.md") else {
        return;
    };
    assert!(!doc.body.chars().any(is_unsafe), "{:?}", doc.body);
    assert!(!doc.meta.title.chars().any(|c| is_unsafe(c) || c == '\n'));
    let mut last_end = 0;
    for b in &doc.blocks {
        assert!(b.range.start >= last_end && b.range.start < b.range.end);
        assert!(b.range.end <= doc.body.len());
        assert!(doc.body.is_char_boundary(b.range.start));
        assert!(doc.body.is_char_boundary(b.range.end));
        last_end = b.range.end;
    }
    for l in &doc.links {
        assert!(l.range.end <= doc.body.len() && l.range.start < l.range.end);
        assert!(doc.body.is_char_boundary(l.range.start));
        assert!(doc.body.is_char_boundary(l.range.end));
        assert!(
            doc.blocks
                .iter()
                .any(|b| b.range.start <= l.range.start && l.range.end <= b.range.end),
            "link outside every block"
        );
    }
    let texts: Vec<&str> = doc
        .blocks
        .iter()
        .map(|b| &doc.body[b.range.clone()])
        .collect();
    assert_eq!(doc.body, texts.join("\n\n"), "body is the blocks joined");
}

/// Bytes biased towards the characters that matter: markup, controls, line breaks, UTF-8.
fn tricky_bytes() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        any::<u8>().prop_map(|b| vec![b]),
        Just(b"\n".to_vec()),
        Just(b"\r\n".to_vec()),
        Just(b"\t".to_vec()),
        Just(b"\x1b[".to_vec()),
        Just("\u{202e}".as_bytes().to_vec()),
        Just("\u{2067}".as_bytes().to_vec()),
        Just("\u{85}".as_bytes().to_vec()),
        Just("\u{feff}".as_bytes().to_vec()),
        Just("é".as_bytes().to_vec()),
        Just(b"+++\n".to_vec()),
        Just(b"# ".to_vec()),
        Just(b"- ".to_vec()),
        Just(b"1. ".to_vec()),
        Just(b"> ".to_vec()),
        Just(b"```\n".to_vec()),
        Just(b"[a](b)".to_vec()),
        Just(b"&#27;".to_vec()),
        Just(b"&#x202E;".to_vec()),
        Just(b"<div>".to_vec()),
        Just(b"Word ".to_vec()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_bytes_give_a_safe_markdown_document(bytes in tricky_bytes()) {
        check(&bytes, Format::Markdown);
    }

    #[test]
    fn any_bytes_give_a_safe_text_document(bytes in tricky_bytes()) {
        check(&bytes, Format::Txt);
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        check(&bytes, Format::Markdown);
        check(&bytes, Format::Txt);
    }
}
