//! Quotation regions: where direct speech starts and ends, across paragraphs.
//!
//! Curly marks say which way they face; a straight `"` opens after white space or an opening
//! bracket and closes otherwise. A paragraph that ends inside a quotation continues it in the
//! next one, whether that paragraph re-opens it with a mark (the press convention) or just goes
//! on until the closing mark.

use super::tokens::is_quote_mark;
use crate::extract::sentences::blank_line_end;

/// One quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Byte offset of the opening mark (of the paragraph start when there is none).
    pub start: usize,
    /// The quoted words, without the marks.
    pub inner_start: usize,
    pub inner_end: usize,
    /// Just after the closing mark, or the paragraph end when unclosed.
    pub end: usize,
    /// The paragraph ended before a closing mark.
    pub unclosed: bool,
    /// It continues an unclosed quotation of the previous paragraph.
    pub continues: bool,
}

struct Open {
    start: usize,
    inner_start: usize,
    continues: bool,
}

/// Find the quotation regions of `text`, in order, never overlapping.
pub fn find(text: &str) -> Vec<Region> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut open: Option<Open> = None;
    let mut carry = false;
    let mut para_start = 0;
    let mut first_mark = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            // A blank line (only white space between two newlines) ends the paragraph.
            if let Some(mut j) = blank_line_end(bytes, i) {
                carry = close_paragraph(text, &mut open, i, &mut out);
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                para_start = j;
                first_mark = true;
                i = j;
                continue;
            }
            i += 1;
            continue;
        }
        if b != b'"' && b < 0x80 {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let len = c.len_utf8();
        if is_quote_mark(c) {
            let opens = match c {
                '\u{201c}' | '\u{201e}' | '\u{ab}' => true,
                '\u{201d}' | '\u{bb}' => false,
                _ => text[..i].chars().next_back().is_none_or(|p| {
                    p.is_whitespace()
                        || matches!(p, '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '/')
                }),
            };
            let at_para_start = i == para_start;
            if opens {
                open = Some(Open {
                    start: i,
                    inner_start: i + len,
                    continues: carry && first_mark && at_para_start,
                });
            } else if let Some(o) = open.take() {
                out.push(Region {
                    start: o.start,
                    inner_start: o.inner_start,
                    inner_end: i,
                    end: i + len,
                    unclosed: false,
                    continues: o.continues,
                });
            } else if carry && first_mark {
                out.push(Region {
                    start: para_start,
                    inner_start: para_start,
                    inner_end: i,
                    end: i + len,
                    unclosed: false,
                    continues: true,
                });
            }
            first_mark = false;
        }
        i += len;
    }
    close_paragraph(text, &mut open, text.len(), &mut out);
    out
}

/// Close an open quotation at a paragraph end; returns whether one was open.
fn close_paragraph(text: &str, open: &mut Option<Open>, end: usize, out: &mut Vec<Region>) -> bool {
    let Some(o) = open.take() else {
        return false;
    };
    let inner_end = o.inner_start + text[o.inner_start..end].trim_end().len();
    out.push(Region {
        start: o.start,
        inner_start: o.inner_start,
        inner_end,
        end: inner_end,
        unclosed: true,
        continues: o.continues,
    });
    true
}

/// The region whose quoted words contain byte `pos`, if any.
pub fn containing(regions: &[Region], pos: usize) -> Option<usize> {
    let i = regions.partition_point(|r| r.inner_end <= pos);
    (i < regions.len() && regions[i].inner_start <= pos).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn straight_and_curly_marks_pair_up() {
        let text = "He called it an \u{201c}error,\" then said \"no.\"";
        let r = find(text);
        assert_eq!(r.len(), 2);
        assert_eq!(&text[r[0].inner_start..r[0].inner_end], "error,");
        assert_eq!(&text[r[1].inner_start..r[1].inner_end], "no.");
    }

    #[test]
    fn an_unclosed_paragraph_continues_in_the_next() {
        let text = "She said: \"We will rebuild.\n\n\"The river will not stop us.\"";
        let r = find(text);
        assert_eq!(r.len(), 2);
        assert!(r[0].unclosed);
        assert!(r[1].continues);
    }

    #[test]
    fn a_continuation_without_reopening_mark_runs_to_the_close() {
        let text = "He said, \"We start today.\n\nIt will take years.\" Then he left.";
        let r = find(text);
        assert_eq!(r.len(), 2);
        assert!(r[1].continues);
        assert_eq!(
            &text[r[1].inner_start..r[1].inner_end],
            "It will take years."
        );
    }
}
