//! Plain-text documents: paragraphs on blank lines, hard-wrapped lines reflowed, a title line
//! and section headings recognised by their shape.
//!
//! - Title: a first paragraph of one line, under 120 characters, without final punctuation
//!   and not a dateline. It stays in the body as a `Heading(1)` block so the article shows it.
//! - Section heading (`Heading(2)`): a one-line paragraph under 80 characters, without final
//!   punctuation, starting with a capital letter or digit, not a dateline, and followed by
//!   more text.
//! - A paragraph whose every line starts with a bullet (`-`, `*`, `•`) or a number (`1.`,
//!   `1)`) becomes one `ListItem` block per line, carrying `• ` or `1. `.
//! - Elsewhere too a bullet line is its own `ListItem` block, never glued into a paragraph:
//!   lines before the first bullet stay a paragraph, a line after a bullet continues its item
//!   (situation reports are mostly bullets, often right under a lead-in line).

use super::BlockKind;
use super::body::{BodyBuilder, Parsed};
use super::dateline::is_dateline;
use super::sanitise::clean_line;

/// Longest first line taken as a title, in characters.
const TITLE_MAX: usize = 120;
/// Longest line taken as a section heading, in characters.
const HEADING_MAX: usize = 80;

/// Texts from this size on are parsed in two halves on two threads.
const SPLIT_BYTES: usize = 8 << 20;

/// Parse sanitised plain text. `find_title`: look for a title line (no front matter title).
/// A big text is cut at a blank line near its middle and its halves parsed at the same time:
/// paragraphs never span a blank line, so the result is the same.
pub fn parse(text: &str, find_title: bool) -> Parsed {
    let cut = (text.len() >= SPLIT_BYTES)
        .then(|| blank_line_after(text, text.len() / 2))
        .flatten();
    let Some(cut) = cut else {
        return parse_part(text, find_title, true, text.len());
    };
    let (first, second) = text.split_at(cut);
    let (mut a, b) = std::thread::scope(|s| {
        let later = s.spawn(|| parse_part(second, false, true, second.len()));
        let a = parse_part(first, find_title, false, text.len());
        let b = later
            .join()
            .unwrap_or_else(|p| std::panic::resume_unwind(p));
        (a, b)
    });
    if b.body.is_empty() {
        return a;
    }
    let shift = if a.body.is_empty() {
        0
    } else {
        a.body.push_str("\n\n");
        a.body.len()
    };
    a.body.push_str(&b.body);
    a.blocks.extend(b.blocks.into_iter().map(|mut block| {
        block.range = block.range.start + shift..block.range.end + shift;
        block
    }));
    a
}

/// The byte offset of the first blank line (a line feed right after one) at or after `from`.
fn blank_line_after(text: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while !text.is_char_boundary(at) {
        at += 1;
    }
    text[at..].find("\n\n").map(|k| at + k + 1)
}

/// Parse one stretch of text; `ends`: it ends the document (its last paragraph is the last);
/// the body gets room for `capacity` bytes.
fn parse_part(text: &str, find_title: bool, ends: bool, capacity: usize) -> Parsed {
    let paragraphs = paragraphs(text);
    let mut b = BodyBuilder::with_capacity(capacity);
    for (i, lines) in paragraphs.iter().enumerate() {
        let single = (lines.len() == 1).then(|| lines[0]);
        if let Some(line) = single.filter(|l| i == 0 && find_title && is_title(l)) {
            b.set_title(clean_line(line));
            b.open(BlockKind::Heading(1));
            b.push_text(line);
            continue;
        }
        let is_last = ends && i + 1 == paragraphs.len();
        if let Some(line) = single.filter(|l| !is_last && is_heading(l)) {
            b.open(BlockKind::Heading(2));
            b.push_text(line);
            continue;
        }
        if let Some(items) = list_items(lines) {
            for item in items {
                b.open(BlockKind::ListItem);
                b.push_text(&item);
            }
            continue;
        }
        if lines.iter().any(|l| bullet_item(l).is_some()) {
            // A lead-in glued to bullets, or bullets with wrapped lines: every bullet line
            // opens its own item; a line after a bullet continues its item, a line before the
            // first bullet is paragraph text.
            let mut in_item = false;
            b.open(BlockKind::Paragraph);
            for line in lines {
                if let Some(item) = bullet_item(line) {
                    b.open(BlockKind::ListItem);
                    b.push_text(&item);
                    in_item = true;
                } else {
                    if in_item {
                        b.push_text(" ");
                    }
                    b.push_text(line);
                    if !in_item {
                        b.push_text(" ");
                    }
                }
            }
            continue;
        }
        b.open(BlockKind::Paragraph);
        for line in lines {
            b.push_text(line);
            b.push_text(" ");
        }
    }
    b.finish()
}

/// The non-blank lines of each paragraph, trimmed.
fn paragraphs(text: &str) -> Vec<Vec<&str>> {
    let mut out: Vec<Vec<&str>> = Vec::new();
    let mut current = Vec::new();
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Whether the line ends like a sentence or a lead-in rather than a title.
fn ends_with_punctuation(line: &str) -> bool {
    line.chars().last().is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ':' | ';' | ',' | '"' | '\u{201d}' | '\u{2019}' | '\'' | '\u{2026}'
        )
    })
}

/// Whether `line` has fewer than `max` characters (counting no further than that).
fn shorter_than(line: &str, max: usize) -> bool {
    line.len() < max || line.chars().take(max).count() < max
}

fn is_title(line: &str) -> bool {
    !ends_with_punctuation(line)
        && shorter_than(line, TITLE_MAX)
        && !is_dateline(line)
        && line.chars().any(char::is_alphabetic)
}

fn is_heading(line: &str) -> bool {
    !ends_with_punctuation(line)
        && shorter_than(line, HEADING_MAX)
        && !is_dateline(line)
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && line.chars().any(char::is_alphabetic)
}

/// The items of a paragraph that is a list, with `• ` or `N. ` in front; `None` otherwise.
fn list_items(lines: &[&str]) -> Option<Vec<String>> {
    let items: Option<Vec<String>> = lines.iter().map(|l| list_item(l)).collect();
    items.filter(|i| i.len() > 1 || lines.len() == 1 && i.len() == 1)
}

/// A line opening with a bullet (`- `, `* `, `• `), as an item with `• ` in front.
fn bullet_item(line: &str) -> Option<String> {
    ["- ", "* ", "\u{2022} "]
        .iter()
        .find_map(|bullet| line.strip_prefix(bullet))
        .map(|rest| format!("\u{2022} {}", rest.trim()))
}

fn list_item(line: &str) -> Option<String> {
    if let Some(item) = bullet_item(line) {
        return Some(item);
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let rest = &line[digits..];
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(format!("{}. {}", &line[..digits], rest.trim()));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<BlockKind> {
        parse(text, true).blocks.iter().map(|b| b.kind).collect()
    }

    #[test]
    fn hard_wrapped_lines_reflow() {
        let p = parse("One two\nthree four.\n\nFive.", true);
        assert_eq!(p.body, "One two three four.\n\nFive.");
    }

    #[test]
    fn a_bulleted_paragraph_is_a_list() {
        let p = parse("Items follow.\n\n- one\n- two", true);
        assert_eq!(p.body, "Items follow.\n\n\u{2022} one\n\n\u{2022} two");
        assert_eq!(
            kinds("Items follow.\n\n- one\n- two"),
            vec![
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem
            ]
        );
    }

    #[test]
    fn a_bullet_line_is_its_own_block_even_inside_a_paragraph() {
        let text =
            "Situation at noon:\n- Roads closed, police said.\n- Shelters open,\nthe mayor said.";
        let p = parse(text, false);
        assert_eq!(
            p.body,
            "Situation at noon:\n\n\u{2022} Roads closed, police said.\n\n\u{2022} Shelters open, the mayor said."
        );
        assert_eq!(
            p.blocks.iter().map(|b| b.kind).collect::<Vec<_>>(),
            vec![
                BlockKind::Paragraph,
                BlockKind::ListItem,
                BlockKind::ListItem
            ]
        );
    }

    #[test]
    fn a_trailing_short_line_is_not_a_heading() {
        assert_eq!(
            kinds("Text here.\n\nEnd"),
            vec![BlockKind::Paragraph, BlockKind::Paragraph]
        );
    }

    #[test]
    fn a_text_parsed_in_halves_is_parsed_as_a_whole() {
        let mut text = String::from("A title line\n\n");
        for i in 0..40_000 {
            match i % 7 {
                0 => text.push_str(&format!("Section {i}\n\n")),
                1 => text.push_str("- one item\n- another, wrapped\nover two lines\n\n"),
                2 => text.push_str("   \n\n"),
                _ => text.push_str(&format!("Paragraph {i} says “this”,\nhard wrapped.\n\n")),
            }
        }
        text.push_str("Last words");
        let whole = parse_part(&text, true, true, 0);
        let cut = blank_line_after(&text, text.len() / 2).unwrap();
        let (first, second) = text.split_at(cut);
        assert!(first.ends_with('\n') && second.starts_with('\n'));
        // The halves as `parse` joins them, at a size below its threshold too.
        let mut big = text.clone();
        while big.len() < SPLIT_BYTES {
            big.push_str("\n\n");
            big.push_str(&text);
        }
        let halves = parse(&big, true);
        let once = parse_part(&big, true, true, 0);
        assert_eq!(halves.body, once.body);
        assert_eq!(halves.blocks, once.blocks);
        assert_eq!(halves.title, once.title);
        assert_eq!(whole.title.as_deref(), Some("A title line"));
    }
}
