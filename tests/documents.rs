//! Reading documents: sanitising, plain text and markdown structure, front matter, folders.

use brief::document::{BlockKind, DocError, Document, Format, InlineKind, parse};
use std::path::Path;

fn txt(text: &str) -> Document {
    parse(text.as_bytes(), Format::Txt, "notes.txt").expect("parses")
}

fn md(text: &str) -> Document {
    parse(text.as_bytes(), Format::Markdown, "notes.md").expect("parses")
}

fn kinds(doc: &Document) -> Vec<BlockKind> {
    doc.blocks.iter().map(|b| b.kind).collect()
}

fn texts(doc: &Document) -> Vec<&str> {
    doc.blocks
        .iter()
        .map(|b| &doc.body[b.range.clone()])
        .collect()
}

// --- sanitising -------------------------------------------------------------------------------

#[test]
fn drops_the_byte_order_mark() {
    let doc = txt("\u{feff}Talks resume\n\nThe minister spoke.");
    assert_eq!(doc.meta.title, "Talks resume");
    assert!(!doc.body.contains('\u{feff}'));
}

#[test]
fn crlf_and_lone_cr_become_line_breaks() {
    let doc = txt("First line\r\nwraps here.\r\n\r\nSecond.\rStill second.");
    assert_eq!(
        texts(&doc),
        vec!["First line wraps here.", "Second. Still second."]
    );
    assert!(!doc.body.contains('\r'));
}

#[test]
fn expands_tabs_in_code_blocks_to_four_columns() {
    let doc = md("```\na\tb\n\tc\n```\n");
    assert_eq!(texts(&doc), vec!["a   b\n    c"]);
}

#[test]
fn escape_sequences_never_reach_the_body() {
    let doc = txt("Red \x1b[31malert\x1b[0m here.\n\nBell\x07 and DEL\x7f.");
    assert!(!doc.body.contains('\x1b'));
    assert!(doc.body.contains("\u{241b}[31malert"));
    assert!(doc.body.contains("Bell\u{2407}"));
    assert!(doc.body.contains("DEL\u{2421}"));
}

#[test]
fn markdown_entities_cannot_smuggle_controls() {
    let doc = md("# T &#27;[2J\n\nText &#x202E;reversed &#x9B; &#0; end.");
    assert!(!doc.body.contains('\x1b'));
    assert!(!doc.body.contains('\u{202e}'));
    assert!(!doc.body.contains('\u{9b}'));
    assert!(!doc.meta.title.contains('\x1b'));
}

#[test]
fn bidi_overrides_and_c1_controls_are_replaced_visibly() {
    let doc = txt("Pay \u{202e}gnp.exe\u{202c} now \u{2067}x\u{2069} \u{85}\u{9b}.");
    for c in [
        '\u{202e}', '\u{202c}', '\u{2067}', '\u{2069}', '\u{85}', '\u{9b}',
    ] {
        assert!(!doc.body.contains(c), "{c:?} survived");
    }
    assert_eq!(doc.body.matches('\u{fffd}').count(), 6);
}

#[test]
fn zero_width_and_soft_hyphen_are_dropped_but_joiners_kept() {
    let doc = txt("in\u{200b}vis\u{ad}ible \u{2060}word and 👩\u{200d}🔬 too.");
    assert_eq!(doc.body, "invisible word and 👩\u{200d}🔬 too.");
}

#[test]
fn invalid_utf8_becomes_replacement_characters() {
    let doc = parse(b"Caf\xe9 au lait \xff\xfe.", Format::Txt, "x.txt").expect("parses");
    assert_eq!(doc.body, "Caf\u{fffd} au lait \u{fffd}\u{fffd}.");
}

#[test]
fn refuses_a_binary_file_with_a_clear_message() {
    let mut bytes = b"PNG header".to_vec();
    bytes.extend([0, 1, 2]);
    let err = parse(&bytes, Format::Txt, "x.bin").unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.bin: looks binary (NUL byte at offset 10); brief opens .txt and .md text files"
    );
}

#[test]
fn title_and_metadata_from_front_matter_are_sanitised() {
    let doc = md("+++\ntitle = \"Evil\\u001b[2J\\ntitle\"\nsource = \"\\u202eWire\"\n+++\nText.");
    assert_eq!(doc.meta.title, "Evil\u{241b}[2J title");
    assert_eq!(doc.meta.source.as_deref(), Some("\u{fffd}Wire"));
}

// --- plain text -------------------------------------------------------------------------------

#[test]
fn a_short_first_line_is_the_title_and_stays_in_the_body() {
    let doc = txt("Ministers meet in Valdora\n\nThe talks began on Monday.");
    assert_eq!(doc.meta.title, "Ministers meet in Valdora");
    assert_eq!(
        kinds(&doc),
        vec![BlockKind::Heading(1), BlockKind::Paragraph]
    );
}

#[test]
fn a_first_line_ending_like_a_sentence_is_not_a_title() {
    let doc = txt("The talks began on Monday.\n\nMore text.");
    assert_eq!(doc.meta.title, "notes");
    assert_eq!(kinds(&doc)[0], BlockKind::Paragraph);
}

#[test]
fn a_long_first_line_is_not_a_title() {
    let line = "word ".repeat(30);
    let doc = txt(&format!("{line}\n\nMore text."));
    assert_eq!(doc.meta.title, "notes");
}

#[test]
fn a_dateline_first_is_not_a_title() {
    let doc = txt("Thursday, March 2, 2023\n\nThe talks began.");
    assert_eq!(doc.meta.title, "notes");
    assert_eq!(kinds(&doc)[0], BlockKind::Paragraph);
}

#[test]
fn the_title_falls_back_to_the_file_stem() {
    let doc = parse(b"Just one sentence.", Format::Txt, "dir/harbour-report.txt").unwrap();
    assert_eq!(doc.meta.title, "harbour-report");
}

#[test]
fn a_short_unpunctuated_line_between_paragraphs_is_a_section_heading() {
    let doc = txt("Title here\n\nFirst paragraph.\n\nNormalization efforts\n\nSecond paragraph.");
    assert_eq!(
        kinds(&doc),
        vec![
            BlockKind::Heading(1),
            BlockKind::Paragraph,
            BlockKind::Heading(2),
            BlockKind::Paragraph
        ]
    );
}

#[test]
fn a_dateline_between_paragraphs_stays_a_paragraph() {
    let doc = txt("Title here\n\nThursday, February 23, 2006\n\nThe study found gaps.");
    assert_eq!(
        kinds(&doc),
        vec![
            BlockKind::Heading(1),
            BlockKind::Paragraph,
            BlockKind::Paragraph
        ]
    );
}

#[test]
fn lines_ending_in_punctuation_or_lower_case_are_not_headings() {
    let doc = txt("Title\n\nText.\n\nHe said:\n\nMore.\n\nand then some\n\nEnd.");
    assert!(kinds(&doc)[1..].iter().all(|k| *k == BlockKind::Paragraph));
}

#[test]
fn hard_wrapped_paragraphs_reflow_into_one_block() {
    let doc = txt("The minister said\n   that talks would\nresume.\n\n\n\nNext.");
    assert_eq!(
        texts(&doc),
        vec!["The minister said that talks would resume.", "Next."]
    );
}

// --- front matter -----------------------------------------------------------------------------

#[test]
fn front_matter_fills_the_metadata() {
    let doc = md(
        "+++\ntitle = \"Harbour talks\"\nsource = \"Wire\"\nurl = \"https://example.org/a\"\n\
                  published = \"2024-05-01\"\ntags = [\"ports\", \"trade\"]\nextra = 1\n\n\
                  [[actors]]\nname = \"Mira Olsen\"\n+++\n# Other heading\n\nBody text.",
    );
    assert_eq!(doc.meta.title, "Harbour talks");
    assert_eq!(doc.meta.source.as_deref(), Some("Wire"));
    assert_eq!(doc.meta.url.as_deref(), Some("https://example.org/a"));
    assert_eq!(doc.meta.published.as_deref(), Some("2024-05-01"));
    assert_eq!(doc.meta.tags, vec!["ports", "trade"]);
    assert_eq!(texts(&doc), vec!["Other heading", "Body text."]);
}

#[test]
fn front_matter_works_in_plain_text_too() {
    let doc = txt("+++\ntitle = \"From front\"\n+++\nShort first line\n\nBody.");
    assert_eq!(doc.meta.title, "From front");
    assert_eq!(texts(&doc)[0], "Short first line");
}

#[test]
fn invalid_front_matter_names_the_file_and_line() {
    let err = parse(
        b"+++\ntitle = \"ok\"\ntags = [\"a\"\n+++\nBody",
        Format::Markdown,
        "notes.md",
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(msg.starts_with("notes.md: line "), "{msg}");
    assert!(msg.contains("front matter:"), "{msg}");
    assert!(
        matches!(err, DocError::FrontMatter { line: 3 | 4, .. }),
        "{msg}"
    );
}

#[test]
fn a_wrong_type_in_front_matter_is_an_error_on_its_line() {
    let err = parse(b"+++\n\ntitle = 3\n+++\n", Format::Markdown, "n.md").unwrap_err();
    assert!(
        matches!(err, DocError::FrontMatter { line: 3, .. }),
        "{err}"
    );
}

#[test]
fn unterminated_front_matter_is_an_error() {
    let err = parse(b"+++\ntitle = \"x\"\nBody", Format::Markdown, "n.md").unwrap_err();
    assert_eq!(
        err.to_string(),
        "n.md: line 1: front matter: opening '+++' has no closing '+++' line"
    );
}

// --- markdown ---------------------------------------------------------------------------------

#[test]
fn markdown_structure_becomes_blocks() {
    let doc = md(
        "# Main title\n\nIntro *with* **emphasis** and `code`.\n\n## Section\n\n\
                  - first\n- second\n\n1. one\n2. two\n\n> A quote\n> over lines.\n\n\
                  ```\nfn main() {\n    x();\n}\n```\n\n<div>dropped html</div>\n\nEnd.",
    );
    assert_eq!(doc.meta.title, "Main title");
    assert_eq!(
        kinds(&doc),
        vec![
            BlockKind::Heading(1),
            BlockKind::Paragraph,
            BlockKind::Heading(2),
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::ListItem,
            BlockKind::Quote,
            BlockKind::Code,
            BlockKind::Paragraph,
        ]
    );
    assert_eq!(
        texts(&doc),
        vec![
            "Main title",
            "Intro with emphasis and code.",
            "Section",
            "\u{2022} first",
            "\u{2022} second",
            "1. one",
            "2. two",
            "A quote over lines.",
            "fn main() {\n    x();\n}",
            "End.",
        ]
    );
}

#[test]
fn nested_list_items_are_indented() {
    let doc = md("- outer\n  - inner\n- last\n");
    assert_eq!(
        texts(&doc),
        vec!["\u{2022} outer", "  \u{2022} inner", "\u{2022} last"]
    );
}

#[test]
fn a_loose_list_item_keeps_its_paragraphs_together() {
    let doc = md("- first para\n\n  second para\n- next\n");
    assert_eq!(
        texts(&doc),
        vec!["\u{2022} first para second para", "\u{2022} next"]
    );
}

#[test]
fn text_after_a_nested_list_continues_the_item() {
    let doc = md("- outer\n  - inner\n\n  after inner\n");
    assert_eq!(
        texts(&doc),
        vec!["\u{2022} outer", "  \u{2022} inner", "  after inner"]
    );
    assert!(kinds(&doc).iter().all(|k| *k == BlockKind::ListItem));
}

#[test]
fn ordered_lists_keep_their_start_number() {
    let doc = md("3. three\n4. four\n");
    assert_eq!(texts(&doc), vec!["3. three", "4. four"]);
}

#[test]
fn a_setext_heading_can_be_the_title() {
    let doc = md("Setext title\n============\n\nText.");
    assert_eq!(doc.meta.title, "Setext title");
}

#[test]
fn a_document_without_heading_is_titled_by_its_stem() {
    let doc = md("Just text, no heading.");
    assert_eq!(doc.meta.title, "notes");
}

#[test]
fn inline_html_tags_are_dropped_and_image_alt_text_kept() {
    let doc = md("A <b>bold</b> claim ![a chart](c.png).\n\n<script>\nalert(1)\n</script>\n");
    assert_eq!(doc.body, "A bold claim a chart.");
}

#[test]
fn hard_breaks_become_spaces() {
    let doc = md("Line one\\\nline two  \nline three");
    assert_eq!(doc.body, "Line one line two line three");
}

#[test]
fn reference_links_resolve_and_empty_links_are_not_recorded() {
    let doc =
        md("See [the ministry][m] and [](https://empty.example).\n\n[m]: https://m.example\n");
    assert_eq!(doc.body, "See the ministry and .");
    assert_eq!(doc.links.len(), 1);
    assert_eq!(doc.links[0].url, "https://m.example");
}

#[test]
fn links_show_their_text_and_keep_the_url() {
    let doc = md("See [the report](https://example.org/r \"t\") and <https://x.org>.");
    assert_eq!(doc.body, "See the report and https://x.org.");
    let links: Vec<(&str, &str)> = doc
        .links
        .iter()
        .map(|l| (&doc.body[l.range.clone()], l.url.as_str()))
        .collect();
    assert_eq!(
        links,
        vec![
            ("the report", "https://example.org/r"),
            ("https://x.org", "https://x.org")
        ]
    );
}

#[test]
fn link_ranges_follow_earlier_blocks() {
    let doc = md("# T\n\nPara one.\n\n- item with [a link](u)\n");
    let l = &doc.links[0];
    assert_eq!(&doc.body[l.range.clone()], "a link");
}

#[test]
fn body_is_the_blocks_joined_by_blank_lines() {
    let doc = md("# A\n\nB b.\n\n- c\n");
    let joined: Vec<&str> = texts(&doc);
    assert_eq!(doc.body, joined.join("\n\n"));
    assert_eq!(doc.id, brief::document::DocId::of(&doc.body));
    assert_eq!(doc.path, None);
}

#[test]
fn format_follows_the_extension() {
    assert_eq!(Format::from_path(Path::new("a.txt")), Some(Format::Txt));
    assert_eq!(Format::from_path(Path::new("a.MD")), Some(Format::Markdown));
    assert_eq!(
        Format::from_path(Path::new("a.markdown")),
        Some(Format::Markdown)
    );
    assert_eq!(Format::from_path(Path::new("a.pdf")), None);
    assert_eq!(Format::from_path(Path::new("README")), None);
}

#[test]
fn stdin_format_is_guessed_from_the_text() {
    assert_eq!(Format::guess("+++\ntitle = \"x\"\n+++\n"), Format::Markdown);
    assert_eq!(Format::guess("Intro\n\n## Section\n"), Format::Markdown);
    assert_eq!(Format::guess("Plain text.\n\n#hashtag\n"), Format::Txt);
}

#[test]
fn an_empty_file_is_an_empty_document() {
    for format in [Format::Txt, Format::Markdown] {
        let doc = parse(b"", format, "empty.md").unwrap();
        assert_eq!(doc.body, "");
        assert!(doc.blocks.is_empty());
        assert_eq!(doc.meta.title, "empty");
    }
}

#[test]
fn an_empty_markdown_heading_does_not_hide_the_real_title() {
    let doc = md("#\n\nIntro.\n\n# Harbour talks resume\n\nText.");
    assert_eq!(doc.meta.title, "Harbour talks resume");
}

#[test]
fn a_markdown_table_is_one_block_of_aligned_rows() {
    let doc = md(
        "Before.\n\n| Side | Account |\n|---|---|\n| Navy | ambush |\n| Ministry | *inspection* |\n\nAfter.",
    );
    assert_eq!(
        texts(&doc),
        vec![
            "Before.",
            "Side     │ Account\n─────────┼───────────\nNavy     │ ambush\nMinistry │ inspection",
            "After."
        ]
    );
    assert_eq!(
        kinds(&doc),
        vec![BlockKind::Paragraph, BlockKind::Table, BlockKind::Paragraph]
    );
}

#[test]
fn emphasis_strong_code_and_strikethrough_are_kept_as_inline_styles() {
    let doc = md("# T\n\nA *soft* and **firm** word, `code` and ~~gone~~, ***both***.\n");
    let styles: Vec<(&str, InlineKind)> = doc
        .inline
        .iter()
        .map(|s| (&doc.body[s.range.clone()], s.kind))
        .collect();
    assert_eq!(
        styles,
        vec![
            ("soft", InlineKind::Emphasis),
            ("firm", InlineKind::Strong),
            ("code", InlineKind::Code),
            ("gone", InlineKind::Strikethrough),
            ("both", InlineKind::Strong),
            ("both", InlineKind::Emphasis),
        ]
    );
    assert_eq!(doc.body, "T\n\nA soft and firm word, code and gone, both.");
}

#[test]
fn a_style_at_the_start_of_a_later_block_does_not_cover_the_separator() {
    let doc = md("First.\n\n*Second* block.\n\n> a **quoted** claim\n");
    let texts: Vec<&str> = doc
        .inline
        .iter()
        .map(|s| &doc.body[s.range.clone()])
        .collect();
    assert_eq!(texts, vec!["Second", "quoted"]);
}

#[test]
fn link_urls_are_sanitised() {
    let doc = md("See [the report](<https://ex.org/a\u{202e}b c\u{7}>) now.");
    assert_eq!(doc.links[0].url, "https://ex.org/abc");
    let long = format!("[x](https://ex.org/{})", "a".repeat(5000));
    let doc = md(&long);
    assert_eq!(doc.links[0].url.len(), brief::document::MAX_URL_LEN);
}
