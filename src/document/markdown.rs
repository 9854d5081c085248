//! Markdown documents (CommonMark via pulldown-cmark), flattened to plain blocks: emphasis
//! dropped, links kept as their text with the URL in [`super::Link`], inline code as text,
//! HTML dropped, list items carrying `• ` or `N. ` (nested items indented two spaces per
//! level), code blocks kept line by line, each table row a paragraph of its cells joined by
//! ` | `. The first `#` heading is the title.

use super::BlockKind;
use super::body::{BodyBuilder, Parsed};
use super::sanitise::clean_line;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// One open list: the next number for an ordered list, `None` for bullets.
type ListState = Option<u64>;

/// Parse sanitised markdown.
pub fn parse(text: &str) -> Parsed {
    let mut b = BodyBuilder::new();
    let mut lists: Vec<ListState> = Vec::new();
    let mut quote_depth = 0usize;
    let mut html_depth = 0usize;
    let mut in_item = false;
    let mut in_h1 = false;
    // Whether the next table cell starts its row (no separator before it).
    let mut first_cell = false;
    for event in Parser::new_ext(text, Options::ENABLE_TABLES) {
        if html_depth > 0 {
            if let Event::End(TagEnd::HtmlBlock) = event {
                html_depth -= 1;
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
                // Without this, a table is one paragraph of pipes and dashes.
                Tag::TableHead | Tag::TableRow => {
                    b.open(BlockKind::Paragraph);
                    first_cell = true;
                }
                Tag::TableCell => {
                    if !first_cell {
                        b.push_text(" | ");
                    }
                    first_cell = false;
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
                TagEnd::TableHead | TagEnd::TableRow => b.close(),
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
                b.push_text(&t);
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
