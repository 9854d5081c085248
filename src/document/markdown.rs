//! Markdown documents (CommonMark via pulldown-cmark), made plain blocks: emphasis, strong,
//! inline code and strikethrough kept as [`super::Inline`] styles over their text, links kept
//! as their text with the URL in [`super::Link`], HTML dropped, list items carrying `• ` or
//! `N. ` (nested items indented two spaces per level), code blocks kept line by line, a table
//! one [`BlockKind::Table`] block of aligned rows. The first `#` heading is the title.

use super::body::{BodyBuilder, Parsed};
use super::sanitise::clean_line;
use super::{BlockKind, InlineKind};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// One open list: the next number for an ordered list, `None` for bullets.
type ListState = Option<u64>;

/// A table being read: its rows of cell texts, how many of them are the header.
#[derive(Default)]
struct Table {
    rows: Vec<Vec<String>>,
    head: usize,
    /// The text of the open cell.
    cell: Option<String>,
}

impl Table {
    /// The rows as lines: cells padded to their column's width and separated by ` │ `, a
    /// `─┼─` rule under the header.
    fn lines(&self) -> String {
        use unicode_width::UnicodeWidthStr;
        let columns = self.rows.iter().map(Vec::len).max().unwrap_or(0);
        let widths: Vec<usize> = (0..columns)
            .map(|i| {
                let cells = self.rows.iter().filter_map(|r| r.get(i));
                cells.map(|c| c.width()).max().unwrap_or(0)
            })
            .collect();
        let mut out = Vec::new();
        for (n, row) in self.rows.iter().enumerate() {
            let cells: Vec<String> = widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let text = row.get(i).map_or("", String::as_str);
                    format!("{text}{}", " ".repeat(w.saturating_sub(text.width())))
                })
                .collect();
            out.push(cells.join(" \u{2502} "));
            if n + 1 == self.head {
                let rules: Vec<String> = widths.iter().map(|w| "\u{2500}".repeat(*w)).collect();
                out.push(rules.join("\u{2500}\u{253c}\u{2500}"));
            }
        }
        out.join("\n")
    }
}

/// Parse sanitised markdown.
pub fn parse(text: &str) -> Parsed {
    let mut b = BodyBuilder::with_capacity(text.len());
    let mut lists: Vec<ListState> = Vec::new();
    let mut quote_depth = 0usize;
    let mut html_depth = 0usize;
    let mut in_item = false;
    let mut in_h1 = false;
    let mut table: Option<Table> = None;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(text, options) {
        if html_depth > 0 {
            if let Event::End(TagEnd::HtmlBlock) = event {
                html_depth -= 1;
            }
            continue;
        }
        if let Some(t) = &mut table {
            match event {
                Event::Start(Tag::TableHead | Tag::TableRow) => t.rows.push(Vec::new()),
                Event::Start(Tag::TableCell) => t.cell = Some(String::new()),
                Event::Text(s) | Event::Code(s) => {
                    if let Some(cell) = &mut t.cell {
                        cell.push_str(&s);
                    }
                }
                Event::SoftBreak | Event::HardBreak => {
                    if let Some(cell) = &mut t.cell {
                        cell.push(' ');
                    }
                }
                Event::End(TagEnd::TableCell) => {
                    let cell = t.cell.take().unwrap_or_default();
                    let cell = clean_line(&cell);
                    let words: Vec<&str> = cell.split_whitespace().collect();
                    if let Some(row) = t.rows.last_mut() {
                        row.push(words.join(" "));
                    }
                }
                Event::End(TagEnd::TableHead) => t.head = t.rows.len(),
                Event::End(TagEnd::Table) => {
                    b.open(BlockKind::Table);
                    b.push_raw(&t.lines());
                    b.close();
                    table = None;
                }
                // Emphasis and links inside a cell keep their text only.
                _ => {}
            }
            continue;
        }
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level, .. } => {
                    b.open(BlockKind::Heading(heading_level(level)));
                    in_h1 = level == HeadingLevel::H1 && !b.has_title();
                }
                // A paragraph inside a list item continues the item's block.
                Tag::Paragraph if !(in_item && b.open_kind() == Some(BlockKind::ListItem)) => {
                    open_flow(&mut b, quote_depth, lists.len());
                }
                Tag::BlockQuote(_) => {
                    b.close();
                    quote_depth += 1;
                }
                Tag::CodeBlock(_) => b.open(BlockKind::Code),
                Tag::HtmlBlock => html_depth += 1,
                Tag::List(start) => {
                    b.close();
                    in_item = false;
                    lists.push(start);
                }
                Tag::Item => {
                    b.open(BlockKind::ListItem);
                    in_item = true;
                    let indent = "  ".repeat(lists.len().saturating_sub(1));
                    let marker = match lists.last_mut() {
                        Some(Some(n)) => {
                            let m = format!("{indent}{n}. ");
                            *n = n.saturating_add(1);
                            m
                        }
                        _ => format!("{indent}\u{2022} "),
                    };
                    // Raw, because flowing text would skip the indent at the block start.
                    b.push_raw(&marker);
                }
                Tag::Link { dest_url, .. } => b.open_link(&dest_url),
                Tag::Emphasis => b.open_style(InlineKind::Emphasis),
                Tag::Strong => b.open_style(InlineKind::Strong),
                Tag::Strikethrough => b.open_style(InlineKind::Strikethrough),
                Tag::Table(_) => {
                    b.close();
                    table = Some(Table::default());
                }
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    if in_h1 {
                        // An empty `#` line is no title: a later `#` heading may still be.
                        let title = clean_line(b.open_text());
                        if !title.is_empty() {
                            b.set_title(title);
                        }
                        in_h1 = false;
                    }
                    b.close();
                }
                TagEnd::Paragraph if !in_item => b.close(),
                // Paragraphs of one loose list item share its block: keep them apart.
                TagEnd::Paragraph => b.push_text(" "),
                TagEnd::BlockQuote(_) => {
                    b.close();
                    quote_depth = quote_depth.saturating_sub(1);
                }
                TagEnd::CodeBlock => b.close(),
                TagEnd::List(_) => {
                    b.close();
                    lists.pop();
                    in_item = !lists.is_empty();
                }
                TagEnd::Item => {
                    b.close();
                    in_item = false;
                }
                TagEnd::Link => b.close_link(),
                TagEnd::Emphasis => b.close_style(InlineKind::Emphasis),
                TagEnd::Strong => b.close_style(InlineKind::Strong),
                TagEnd::Strikethrough => b.close_style(InlineKind::Strikethrough),
                _ => {}
            },
            Event::Text(t) => {
                if b.open_kind() == Some(BlockKind::Code) {
                    b.push_raw(&t);
                } else {
                    ensure_open(&mut b, quote_depth, lists.len());
                    b.push_text(&t);
                }
            }
            Event::Code(t) => {
                ensure_open(&mut b, quote_depth, lists.len());
                b.open_style(InlineKind::Code);
                b.push_text(&t);
                b.close_style(InlineKind::Code);
            }
            Event::SoftBreak | Event::HardBreak => b.push_text(" "),
            _ => {}
        }
    }
    b.finish()
}

/// Text outside any block (after a nested list closed an item) opens a block to hold it.
fn ensure_open(b: &mut BodyBuilder, quote_depth: usize, list_depth: usize) {
    if b.open_kind().is_none() {
        open_flow(b, quote_depth, list_depth);
    }
}

/// Open a block for flowing text: a quote inside `>`, else the indented continuation of a
/// list item inside a list (text after a nested list), else a paragraph.
fn open_flow(b: &mut BodyBuilder, quote_depth: usize, list_depth: usize) {
    if quote_depth > 0 {
        b.open(BlockKind::Quote);
    } else if list_depth > 0 {
        b.open(BlockKind::ListItem);
        // Raw, because flowing text would skip the indent at the block start.
        b.push_raw(&"  ".repeat(list_depth));
    } else {
        b.open(BlockKind::Paragraph);
    }
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}
