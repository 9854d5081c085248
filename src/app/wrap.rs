//! Word wrap of a document body at one width, as byte ranges into the body.
//!
//! The wrap is computed once per (document, width) and kept by the app; the article pane
//! renders only the lines in view. Lines are byte ranges, never copies, so a 1 MB document
//! costs a few hundred kilobytes of line records.

use crate::document::{BlockKind, Document};
use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;

/// Columns taken on the left of every article line by the claim margin ("│ ").
pub const MARGIN: u16 = 2;

/// One screen line of the wrapped article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WrapLine {
    /// Index of the block in [`Document::blocks`].
    pub block: usize,
    /// Byte range of the text shown on this line (empty for the gap after a block).
    pub start: usize,
    pub end: usize,
    /// Columns of indentation before the text (list continuation, quote bar).
    pub indent: u16,
    /// The blank line that separates a block from the next one.
    pub gap: bool,
}

/// A document wrapped at one width.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wrap {
    /// The text width the lines were wrapped at.
    pub width: u16,
    pub lines: Vec<WrapLine>,
}

impl Wrap {
    /// Wrap every block of `doc` to `width` columns (at least 1).
    pub fn new(doc: &Document, width: u16) -> Wrap {
        let width = width.max(1);
        let mut lines = Vec::new();
        for (i, block) in doc.blocks.iter().enumerate() {
            let Some(text) = doc.body.get(block.range.clone()) else {
                continue;
            };
            let (first_indent, rest_indent) = match block.kind {
                BlockKind::Quote => (2, 2),
                BlockKind::ListItem => (0, 2),
                _ => (0, 0),
            };
            let before = lines.len();
            match block.kind {
                BlockKind::Code | BlockKind::Table => {
                    hard_break(text, block.range.start, width, i, &mut lines)
                }
                _ => wrap_words(
                    text,
                    block.range.start,
                    width,
                    (first_indent, rest_indent),
                    i,
                    &mut lines,
                ),
            }
            if lines.len() == before {
                lines.push(WrapLine {
                    block: i,
                    start: block.range.start,
                    end: block.range.start,
                    indent: 0,
                    gap: false,
                });
            }
            // Items of one list stay together; every other block is followed by a blank line.
            let next_is_item = doc.blocks.get(i + 1).map(|b| b.kind) == Some(BlockKind::ListItem);
            if block.kind == BlockKind::ListItem && next_is_item {
                continue;
            }
            lines.push(WrapLine {
                block: i,
                start: block.range.end,
                end: block.range.end,
                indent: 0,
                gap: true,
            });
        }
        if lines.last().is_some_and(|l| l.gap) {
            lines.pop();
        }
        Wrap { width, lines }
    }

    /// The index of the line showing byte `offset` of block `block` (the nearest one before
    /// it when the offset falls in a gap).
    pub fn line_of(&self, block: usize, offset: usize) -> usize {
        let after = self
            .lines
            .partition_point(|l| (l.block, l.start) <= (block, offset));
        after.saturating_sub(1)
    }
}

/// Byte offset of `part` inside `whole`; `part` must be a sub-slice of `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

fn wrap_words(
    text: &str,
    base: usize,
    width: u16,
    (first_indent, rest_indent): (u16, u16),
    block: usize,
    out: &mut Vec<WrapLine>,
) {
    // Blocks are single paragraphs, but a stray newline inside one still starts a new line.
    let mut line_start = 0;
    for raw in text.split('\n') {
        let raw_off = line_start;
        line_start += raw.len() + 1;
        let inner = width.saturating_sub(rest_indent.max(first_indent)).max(1);
        // Unicode line breaking (UAX #14) breaks CJK text between characters, never before
        // closing punctuation ("。"); text with spaces between words keeps the much cheaper
        // split at spaces.
        let separator = if written_without_spaces(raw) {
            WordSeparator::UnicodeBreakProperties
        } else {
            WordSeparator::AsciiSpace
        };
        let words: Vec<Word> = separator.find_words(raw).collect();
        let words = break_words(words, usize::from(inner));
        let widths = [
            f64::from(width.saturating_sub(first_indent).max(1)),
            f64::from(inner),
        ];
        for (n, fragments) in wrap_first_fit(&words, &widths).into_iter().enumerate() {
            let (Some(first), Some(last)) = (fragments.first(), fragments.last()) else {
                continue;
            };
            let s = offset_in(raw, first.word);
            let e = offset_in(raw, last.word) + last.word.len();
            let first_line = raw_off == 0 && n == 0;
            out.push(WrapLine {
                block,
                start: base + raw_off + s,
                end: base + raw_off + e,
                indent: if first_line {
                    first_indent
                } else {
                    rest_indent
                },
                gap: false,
            });
        }
    }
}

/// Whether `text` has characters of scripts written without spaces between words: Thai,
/// Lao, Tibetan, Myanmar, Khmer, and everything from the CJK radicals up (CJK, kana, Hangul,
/// full-width forms, emoji).
fn written_without_spaces(text: &str) -> bool {
    !text.is_ascii()
        && text
            .chars()
            .any(|c| matches!(c, '\u{0e00}'..='\u{109f}' | '\u{1780}'..='\u{17ff}' | '\u{2e80}'..))
}

fn hard_break(text: &str, base: usize, width: u16, block: usize, out: &mut Vec<WrapLine>) {
    let mut line_start = 0;
    for raw in text.split('\n') {
        let raw_off = line_start;
        line_start += raw.len() + 1;
        let mut cols = 0usize;
        let mut seg = 0usize;
        for (i, c) in raw.char_indices() {
            let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
            if cols + w > usize::from(width) && i > seg {
                out.push(line(block, base + raw_off + seg, base + raw_off + i));
                seg = i;
                cols = 0;
            }
            cols += w;
        }
        out.push(line(
            block,
            base + raw_off + seg,
            base + raw_off + raw.len(),
        ));
    }
}

fn line(block: usize, start: usize, end: usize) -> WrapLine {
    WrapLine {
        block,
        start,
        end,
        indent: 0,
        gap: false,
    }
}
