//! How document text is drawn: CJK line breaking, the ASCII fallback's transliteration,
//! and markdown's inline styles, links and tables.

mod common;

use brief::app::{Action, App, update};
use brief::config::keymap::Mode;
use brief::config::{ColourDepth, Key, Keymap, Theme};
use brief::document::{Format, parse};
use common::screen;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// The article's text rows in the one-pane layout (under 60 columns): the cells between the
/// border and margin on the left and the border on the right, a wide character counted once.
fn article_rows(buf: &Buffer) -> Vec<String> {
    let mut out = Vec::new();
    for y in 2..buf.area.height.saturating_sub(2) {
        let mut row = String::new();
        let mut x = 3;
        while x < buf.area.width - 1 {
            let s = buf[(x, y)].symbol();
            row.push_str(s);
            x += s.width().max(1) as u16;
        }
        out.push(row.trim_end().to_string());
    }
    out
}

/// Closing punctuation no line may start with (UAX #14 classes CL, CP, and ideographic
/// full stop and comma).
const CLOSING: &[char] = &[
    '。', '、', '，', '）', '」', '』', '！', '？', '：', '；', '．',
];

/// Every row of `doc`'s article at `width` (one-pane layout): none starts with closing
/// punctuation, and every row of wide characters followed by one of the same paragraph fills
/// the text width but for at most two wide characters.
fn assert_cjk_rows(doc: &brief::document::Document, width: u16) {
    let app = App::new(vec![doc.clone()], width, 40);
    let rows = article_rows(&screen(&app, &Theme::default()));
    let text_width = usize::from(width) - 4;
    for (i, row) in rows.iter().enumerate() {
        let first = row.chars().next();
        assert!(
            !first.is_some_and(|c| CLOSING.contains(&c)),
            "at {width} columns row {i} starts with closing punctuation: {rows:#?}"
        );
        let wide = |s: &str| s.chars().next().is_some_and(|c| c.to_string().width() == 2);
        let continued = rows.get(i + 1).is_some_and(|next| wide(next));
        if wide(row) && continued {
            assert!(
                row.width() + 4 >= text_width,
                "at {width} columns row {i} is {} of {text_width} columns: {rows:#?}",
                row.width()
            );
        }
    }
}

#[test]
fn cjk_lines_fill_the_width_and_never_start_with_closing_punctuation() {
    let text = "+++\ntitle = \"会议\"\n+++\n\n\
        外交部发言人在例行记者会上表示，各方应当保持克制。双方将继续通过对话协商解决分歧，这一立场没有改变。会议在港口城市举行，代表们讨论了港口管理、渔业权利和海上安全等问题。\n\n\
        港の交渉は木曜日に再開され、両国の代表は静かな雰囲気の中で協議を続けました。次の会合は来月に予定されています。\n";
    let doc = parse(text.as_bytes(), Format::Markdown, "cjk.md").expect("parse");
    for width in 30..=59u16 {
        assert_cjk_rows(&doc, width);
    }
}

#[test]
fn the_shared_cjk_case_breaks_by_unicode_rules() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/cases/02-cjk-nospace.md");
    let Ok(bytes) = std::fs::read(&path) else {
        eprintln!("skipping: {} is absent", path.display());
        return;
    };
    let doc = parse(&bytes, Format::Markdown, "02-cjk-nospace.md").expect("parse");
    for width in [40, 41, 59] {
        assert_cjk_rows(&doc, width);
    }
}

#[test]
fn without_a_utf8_locale_names_and_titles_are_transliterated() {
    let text = "+++\ntitle = \"Réunion à Zürich\"\n+++\n\n\
        José Müller · Ærø harbour · 東京 said the talks went well.\n";
    let doc = parse(text.as_bytes(), Format::Markdown, "names.md").expect("parse");
    let app = App::new(vec![doc], 50, 12);
    let mut buf = screen(&app, &Theme::default());
    brief::ui::ascii::downgrade(&mut buf);
    let rows = common::rows(&buf);
    let all = rows.join("\n");
    assert!(all.is_ascii(), "{all}");
    assert!(!all.replace("? help", "").contains('?'), "{all}");
    assert!(all.contains("Article: Reunion a Zurich"), "{all}");
    assert!(all.contains("Jose Muller - Aro harbour - DoJi"), "{all}");
    // Every row keeps the terminal's width: the right border stays in the last column.
    for row in rows
        .iter()
        .filter(|r| r.starts_with('#') || r.starts_with('|'))
    {
        assert_eq!(row.len(), 50, "{row:?}");
    }
}

/// The cells showing the first `needle` on screen (ASCII text, one cell per character).
fn cells_of<'a>(buf: &'a Buffer, needle: &str) -> Vec<&'a ratatui::buffer::Cell> {
    let rows = common::rows(buf);
    for (y, row) in rows.iter().enumerate() {
        if let Some(at) = row.find(needle) {
            let x = row[..at].chars().count() as u16;
            return (x..x + needle.len() as u16)
                .map(|x| &buf[(x, y as u16)])
                .collect();
        }
    }
    panic!("{needle:?} not on screen:\n{}", rows.join("\n"));
}

fn builtin(name: &str, depth: ColourDepth) -> Theme {
    Theme::builtins(depth)
        .into_iter()
        .find(|t| t.name == name)
        .expect("a built-in theme")
}

const STYLED: &str = "+++\ntitle = \"Styles\"\n+++\n\n\
    A *soft* and **firm** word with `code` and a [report](https://ex.org/r).\n\n\
    > quoted words\n\n\
    Later see [the annex](https://ex.org/annex) too.\n";

#[test]
fn emphasis_strong_code_links_and_quotes_are_styled_in_the_article() {
    let doc = parse(STYLED.as_bytes(), Format::Markdown, "styles.md").expect("parse");
    let app = App::new(vec![doc], 100, 16);
    let theme = builtin("dark", ColourDepth::TrueColor);
    let buf = screen(&app, &theme);
    let has = |needle: &str, m: Modifier| {
        cells_of(&buf, needle)
            .iter()
            .all(|c| c.modifier.contains(m))
    };
    assert!(has("soft", Modifier::ITALIC));
    assert!(has("firm", Modifier::BOLD));
    assert!(!has("word", Modifier::ITALIC) && !has("word", Modifier::BOLD));
    assert!(
        cells_of(&buf, "code")
            .iter()
            .all(|c| Some(c.fg) == theme.code.fg)
    );
    assert!(has("report", Modifier::UNDERLINED));
    assert!(
        cells_of(&buf, "report")
            .iter()
            .all(|c| Some(c.fg) == theme.link.fg)
    );
    assert!(has("quoted words", Modifier::ITALIC));
    assert_eq!(
        cells_of(&buf, "word")[0].fg,
        theme.text.fg.expect("text colour")
    );
}

#[test]
fn without_colours_markdown_styles_fall_back_to_attributes() {
    let doc = parse(STYLED.as_bytes(), Format::Markdown, "styles.md").expect("parse");
    let app = App::new(vec![doc], 100, 16);
    for name in ["dark", "light", "high-contrast", "mono"] {
        let buf = screen(&app, &builtin(name, ColourDepth::None));
        let has = |needle: &str, m: Modifier| {
            cells_of(&buf, needle)
                .iter()
                .all(|c| c.modifier.contains(m) && c.fg == Color::Reset)
        };
        assert!(has("soft", Modifier::ITALIC), "{name}");
        assert!(has("firm", Modifier::BOLD), "{name}");
        assert!(has("report", Modifier::UNDERLINED), "{name}");
        assert!(has("quoted", Modifier::ITALIC), "{name}");
    }
}

#[test]
fn o_on_a_link_in_view_shows_its_url_and_again_the_next_one() {
    let doc = parse(STYLED.as_bytes(), Format::Markdown, "styles.md").expect("parse");
    let mut app = App::new(vec![doc], 100, 16);
    let theme = builtin("dark", ColourDepth::TrueColor);
    let map = Keymap::default();
    let name = map.action(Mode::Reader, Key::parse("o").expect("key"));
    let key = name.and_then(|n| brief::app::keys::action(Mode::Reader, n));
    assert_eq!(key, Some(Action::ShowLink), "o is bound in the keymap");
    update(&mut app, Action::ShowLink);
    let buf = screen(&app, &theme);
    let status = common::rows(&buf).pop().unwrap_or_default();
    assert!(status.contains("link 1/2: https://ex.org/r"), "{status}");
    let current = theme.current_match.bg.expect("bg");
    assert!(
        cells_of(&buf, "report").iter().all(|c| c.bg == current),
        "the current link stands out"
    );
    let other = theme.highlight.bg.expect("bg");
    assert!(
        cells_of(&buf, "annex").iter().all(|c| c.bg == other),
        "the other links are marked"
    );
    update(&mut app, Action::ShowLink);
    let status = common::rows(&screen(&app, &theme))
        .pop()
        .unwrap_or_default();
    assert!(
        status.contains("link 2/2: https://ex.org/annex"),
        "{status}"
    );
    let plain = parse(b"No links here.\n", Format::Txt, "plain.txt").expect("parse");
    let mut app = App::new(vec![plain], 100, 16);
    update(&mut app, Action::ShowLink);
    assert_eq!(app.message.as_deref(), Some("no link in this document"));
}

#[test]
fn a_table_is_drawn_as_aligned_rows() {
    let text = "# Positions\n\n| Side | Account | Date |\n|---|---|---|\n\
        | Navy | ambush at dawn | 19 Feb |\n| Ministry | routine inspection | 20 Feb |\n\nAfter.\n";
    let doc = parse(text.as_bytes(), Format::Markdown, "table.md").expect("parse");
    let app = App::new(vec![doc], 50, 10);
    let rows = article_rows(&screen(&app, &Theme::default()));
    insta::assert_snapshot!(rows.join("\n"), @r"
    Positions

    Side     │ Account            │ Date
    ─────────┼────────────────────┼───────
    Navy     │ ambush at dawn     │ 19 Feb
    Ministry │ routine inspection │ 20 Feb
    ");
}
