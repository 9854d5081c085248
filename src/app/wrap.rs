//! Word wrap of a document body at one width, as byte ranges into the body.
//!
//! The wrap is computed once per (document, width) and kept by the app; the article pane
//! renders only the lines in view. Lines are byte ranges, never copies, so a 1 MB document
//! costs a few hundred kilobytes of line records.

use crate::document::{BlockKind, Document};
use crate::extract::{Claim, Span};
use std::ops::Range;
use textwrap::WordSeparator;
use textwrap::core::{Word, break_words};
use textwrap::wrap_algorithms::wrap_first_fit;
use unicode_width::UnicodeWidthChar;

/// Columns taken on the left of every article line by the claim margin ("│ ").
pub const MARGIN: u16 = 2;

/// How many blocks [`Wrap::blocks_while`] wraps between two calls of its `go_on`.
pub const WRAP_CHECK_BLOCKS: usize = 4096;

/// The stretches of a body inside at least one claim: the claims' spans merged, in text
/// order. The article marks a line that overlaps one with the margin bar ("│ "); a binary
/// search answers that, so a frame costs the same for ten claims or a hundred thousand.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClaimCover(Vec<Span>);

impl ClaimCover {
    /// The cover of `claims` (any order; overlapping and touching spans are merged).
    pub fn of(claims: &[Claim]) -> ClaimCover {
        let mut spans: Vec<Span> = claims
            .iter()
            .map(|c| Span {
                start: c.start,
                end: c.end.max(c.start),
            })
            .collect();
        spans.sort_unstable_by_key(|s| (s.start, s.end));
        let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
        for s in spans {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        ClaimCover(merged)
    }

    /// Whether some claim overlaps bytes `start..end` (an empty range counts as one byte,
    /// so the line of an empty block is marked when a claim covers its place).
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        let end = end.max(start + 1);
        let first = self.0.partition_point(|s| s.end <= start);
        self.0.get(first).is_some_and(|s| s.start < end)
    }
}

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
    /// False while only the first blocks are wrapped (a big document whose full wrap is
    /// being computed on the worker).
    pub complete: bool,
}

impl Wrap {
    /// Wrap every block of `doc` to `width` columns (at least 1).
    pub fn new(doc: &Document, width: u16) -> Wrap {
        Wrap::blocks(&doc.body, &doc.blocks, width, 0..doc.blocks.len())
    }

    /// Wrap the blocks `range` of a body (a document's `body` and `blocks`) to `width`
    /// columns. The lines of a block do not depend on the others, so a window of blocks
    /// gives exactly those blocks' lines of the whole wrap: a big document's screen around
    /// the reading position is wrapped at once and the rest on the worker.
    pub fn blocks(
        body: &str,
        blocks: &[crate::document::Block],
        width: u16,
        range: Range<usize>,
    ) -> Wrap {
        let all = |_: usize| true;
        Wrap::blocks_while(body, blocks, width, range, all).unwrap_or_else(|| Wrap {
            width,
            lines: Vec::new(),
            complete: false,
        })
    }

    /// [`Wrap::blocks`], calling `go_on(blocks done)` every [`WRAP_CHECK_BLOCKS`] blocks: it
    /// reports progress and returning false stops the wrap (`None`), so a wrap on the worker
    /// that a resize made useless ends early.
    pub fn blocks_while(
        body: &str,
        blocks: &[crate::document::Block],
        width: u16,
        range: Range<usize>,
        mut go_on: impl FnMut(usize) -> bool,
    ) -> Option<Wrap> {
        let width = width.max(1);
        let range = range.start.min(blocks.len())..range.end.min(blocks.len());
        let mut lines = Vec::new();
        for (i, block) in blocks.iter().enumerate().take(range.end).skip(range.start) {
            if (i - range.start) % WRAP_CHECK_BLOCKS == 0 && !go_on(i - range.start) {
                return None;
            }
            let Some(text) = body.get(block.range.clone()) else {
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
            let next_is_item = blocks.get(i + 1).map(|b| b.kind) == Some(BlockKind::ListItem);
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
        if range.end == blocks.len() && lines.last().is_some_and(|l| l.gap) {
            lines.pop();
        }
        Some(Wrap {
            width,
            lines,
            complete: range.start == 0 && range.end == blocks.len(),
        })
    }

    /// The blocks this wrap holds lines of (all of them once it is complete).
    pub fn block_range(&self) -> Range<usize> {
        match (self.lines.first(), self.lines.last()) {
            (Some(first), Some(last)) => first.block..last.block + 1,
            _ => 0..0,
        }
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
        let widths = (
            usize::from(width.saturating_sub(first_indent).max(1)),
            usize::from(inner),
        );
        let mut push = |n: usize, s: usize, e: usize| {
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
        };
        // Unicode line breaking (UAX #14) breaks CJK text between characters, never before
        // closing punctuation ("。"); text with spaces between words keeps the much cheaper
        // split at spaces, done here without a word list.
        // An escape (never in a sanitised body) is left to textwrap, which skips sequences.
        let separator = if written_without_spaces(raw) {
            Some(WordSeparator::UnicodeBreakProperties)
        } else if raw.contains('\u{1b}') {
            Some(WordSeparator::AsciiSpace)
        } else {
            None
        };
        if let Some(separator) = separator {
            let words: Vec<Word> = separator.find_words(raw).collect();
            let words = break_words(words, usize::from(inner));
            let widths = [widths.0 as f64, widths.1 as f64];
            for (n, fragments) in wrap_first_fit(&words, &widths).into_iter().enumerate() {
                if let (Some(first), Some(last)) = (fragments.first(), fragments.last()) {
                    let e = offset_in(raw, last.word) + last.word.len();
                    push(n, offset_in(raw, first.word), e);
                }
            }
        } else {
            first_fit_at_spaces(raw, widths, usize::from(inner), &mut push);
        }
    }
}

/// First-fit wrapping of `raw` at spaces: the lines textwrap gives with its `AsciiSpace`
/// words, `break_words(words, break_at)` and `wrap_first_fit(words, [first, rest])`, found in
/// one pass without a word list (the wrap of a 100 MB document is this loop). `line(n, start,
/// end)` gets each line's index and byte range in `raw`, trailing spaces left out.
fn first_fit_at_spaces(
    raw: &str,
    (first, rest): (usize, usize),
    break_at: usize,
    line: &mut impl FnMut(usize, usize, usize),
) {
    let bytes = raw.as_bytes();
    let mut fit = FirstFit {
        widths: (first, rest),
        n: 0,
        width: 0,
        count: 0,
        start: 0,
        end: 0,
    };
    let mut i = 0;
    while i < bytes.len() {
        // A word: a run of other characters, then the run of spaces after it.
        let word_start = i;
        let mut width = 0;
        while let Some(&b) = bytes.get(i) {
            if b == b' ' {
                break;
            }
            if b < 0x80 {
                // Printable ASCII is one column; the controls (none in a sanitised body)
                // none, as unicode-width counts them.
                width += usize::from(b >= 0x20 && b != 0x7f);
                i += 1;
            } else {
                let Some(c) = raw[i..].chars().next() else {
                    break;
                };
                width += c.width().unwrap_or(0);
                i += c.len_utf8();
            }
        }
        let word_end = i;
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        let spaces = i - word_end;
        if width <= break_at {
            fit.push(word_start, word_end, width, spaces, line);
            continue;
        }
        // Wider than a line: cut into pieces of at most `break_at` columns (the spaces go
        // with the last piece), as textwrap's `Word::break_apart`.
        let mut piece = word_start;
        let mut w = 0;
        for (k, c) in raw[word_start..word_end].char_indices() {
            let cw = c.width().unwrap_or(0);
            let at = word_start + k;
            if w > 0 && w + cw > break_at {
                fit.push(piece, at, w, 0, line);
                piece = at;
                w = 0;
            }
            w += cw;
        }
        fit.push(piece, word_end, w, spaces, line);
    }
    fit.finish(line);
}

/// The line being filled by [`first_fit_at_spaces`].
struct FirstFit {
    /// Width of the first line and of the others.
    widths: (usize, usize),
    /// Index of the line being filled, its width so far (spaces after words included), how
    /// many words it has, and the byte range from its first word to the end of its last.
    n: usize,
    width: usize,
    count: usize,
    start: usize,
    end: usize,
}

impl FirstFit {
    fn push(
        &mut self,
        start: usize,
        end: usize,
        width: usize,
        spaces: usize,
        line: &mut impl FnMut(usize, usize, usize),
    ) {
        let room = if self.n == 0 {
            self.widths.0
        } else {
            self.widths.1
        };
        if self.count > 0 && self.width + width > room {
            line(self.n, self.start, self.end);
            self.n += 1;
            self.count = 0;
            self.width = 0;
        }
        if self.count == 0 {
            self.start = start;
        }
        self.end = end;
        self.width += width + spaces;
        self.count += 1;
    }

    fn finish(self, line: &mut impl FnMut(usize, usize, usize)) {
        if self.count > 0 {
            line(self.n, self.start, self.end);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(start: usize, end: usize) -> Claim {
        Claim {
            id: String::new(),
            source: None,
            source_text: String::new(),
            cue: String::new(),
            stance: crate::extract::Stance::Assert,
            text: String::new(),
            start,
            end,
        }
    }

    #[test]
    fn the_claim_cover_answers_as_a_scan_of_every_claim_does() {
        let claims = [
            claim(40, 60),
            claim(5, 10),
            claim(8, 20),
            claim(20, 22),
            claim(30, 30),
        ];
        let cover = ClaimCover::of(&claims);
        for start in 0..70 {
            for end in start..72 {
                let scan = claims
                    .iter()
                    .any(|c| c.start < end.max(start + 1) && c.end > start);
                assert_eq!(cover.overlaps(start, end), scan, "{start}..{end}");
            }
        }
        assert!(!ClaimCover::default().overlaps(0, 10));
    }

    /// The lines textwrap gives for `raw` (its `AsciiSpace` words, broken at `rest`, first
    /// fit), as byte ranges.
    fn textwrap_lines(raw: &str, first: usize, rest: usize) -> Vec<(usize, usize, usize)> {
        let words: Vec<Word> = WordSeparator::AsciiSpace.find_words(raw).collect();
        let words = break_words(words, rest);
        wrap_first_fit(&words, &[first as f64, rest as f64])
            .into_iter()
            .enumerate()
            .filter_map(|(n, f)| {
                let (first, last) = (f.first()?, f.last()?);
                Some((
                    n,
                    offset_in(raw, first.word),
                    offset_in(raw, last.word) + last.word.len(),
                ))
            })
            .collect()
    }

    #[test]
    fn the_one_pass_wrap_gives_textwraps_lines() {
        let texts = [
            "",
            " ",
            "  lead and  double  spaces  ",
            "a bb ccc dddd eeeee ffffff ggggggg hhhhhhhh",
            "averyveryverylongwordthatneedsbreaking and then some more words to wrap",
            "Café naïve — déjà vu, résumé… ünïcödé wörds wïth wïdths",
            "mixed 日本語の文 and wide ＦＵＬＬＷＩＤＴＨ letters and emoji 🎉🎉🎉🎉🎉🎉 here",
            "x",
            "\u{7f}ctl\u{1}chars are zero wide",
        ];
        for text in texts {
            for (first, rest) in [(1, 1), (3, 2), (8, 6), (10, 10), (17, 15), (40, 38)] {
                let mut got = Vec::new();
                first_fit_at_spaces(text, (first, rest), rest, &mut |n, s, e| {
                    got.push((n, s, e))
                });
                assert_eq!(
                    got,
                    textwrap_lines(text, first, rest),
                    "{text:?} at {first}/{rest}"
                );
            }
        }
    }

    #[test]
    fn ascii_widths_agree_with_unicode_width() {
        for b in 0u8..0x80 {
            let c = char::from(b);
            let ours = usize::from(b >= 0x20 && b != 0x7f);
            assert_eq!(ours, c.width().unwrap_or(0), "{b:#x}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_one_pass_wrap_gives_textwraps_lines_for_any_text(
            text in "[a-c é日🎉\\-]{0,60}",
            rest in 1usize..12,
            extra in 0usize..4,
        ) {
            let first = rest + extra;
            let mut got = Vec::new();
            first_fit_at_spaces(&text, (first, rest), rest, &mut |n, s, e| got.push((n, s, e)));
            proptest::prop_assert_eq!(got, textwrap_lines(&text, first, rest));
        }
    }
}
