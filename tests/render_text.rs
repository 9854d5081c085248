//! How document text is drawn: CJK line breaking, the ASCII fallback's transliteration,
//! and markdown's inline styles, links and tables.

mod common;

use brief::app::App;
use brief::config::Theme;
use brief::document::{Format, parse};
use common::screen;
use ratatui::buffer::Buffer;
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

#[test]
fn cjk_lines_fill_the_width_and_never_start_with_closing_punctuation() {
    let text = "+++\ntitle = \"会议\"\n+++\n\n\
        外交部发言人在例行记者会上表示，各方应当保持克制。双方将继续通过对话协商解决分歧，这一立场没有改变。会议在港口城市举行，代表们讨论了港口管理、渔业权利和海上安全等问题。\n\n\
        港の交渉は木曜日に再開され、両国の代表は静かな雰囲気の中で協議を続けました。次の会合は来月に予定されています。\n";
    let doc = parse(text.as_bytes(), Format::Markdown, "cjk.md").expect("parse");
    for width in 30..=45u16 {
        let app = App::new(vec![doc.clone()], width, 40);
        let rows = article_rows(&screen(&app, &Theme::default()));
        let text_width = usize::from(width) - 4;
        for (i, row) in rows.iter().enumerate() {
            let first = row.chars().next();
            assert!(
                !first.is_some_and(|c| CLOSING.contains(&c)),
                "at {width} columns row {i} starts with closing punctuation: {rows:#?}"
            );
            let continued = rows.get(i + 1).is_some_and(|next| !next.is_empty());
            if !row.is_empty() && continued {
                // A wide character or one kept with its punctuation may not fit: at most
                // two of them (4 columns) go to the next line.
                assert!(
                    row.width() + 4 >= text_width,
                    "at {width} columns row {i} is {} of {text_width} columns: {rows:#?}",
                    row.width()
                );
            }
        }
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
