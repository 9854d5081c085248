//! Building a body: blocks of plain text joined with a blank line, each recorded with its
//! byte range, plus the link ranges inside them. Every character goes through the sanitiser
//! again, because markdown entities (`&#27;`) can decode to controls.

use super::sanitise::{Mapped, is_plain, map_char};
use super::{Block, BlockKind, Inline, InlineKind, Link};

/// What a format parser hands back to [`super::parse`].
#[derive(Debug, Default)]
pub struct Parsed {
    pub body: String,
    pub blocks: Vec<Block>,
    pub links: Vec<Link>,
    pub inline: Vec<Inline>,
    /// A title found in the text itself (first line of a `.txt`, first `#` of a `.md`).
    pub title: Option<String>,
}

/// Accumulates blocks into a body.
#[derive(Debug, Default)]
pub struct BodyBuilder {
    out: Parsed,
    /// The open block: its kind and, once its first character is in, its start.
    open: Option<(BlockKind, Option<usize>)>,
    /// The open link: its url and, once its first character is in, its start.
    link: Option<(String, Option<usize>)>,
    /// Open inline styles, innermost last: each kind and, once its first character is in,
    /// its start.
    styles: Vec<(InlineKind, Option<usize>)>,
}

impl BodyBuilder {
    /// A builder whose body has room for `bytes` bytes: a big document's body is then
    /// written once, never copied as it grows.
    pub fn with_capacity(bytes: usize) -> Self {
        let mut b = Self::default();
        b.out.body.reserve(bytes);
        b
    }

    /// Open a block of `kind`, closing any open one.
    pub fn open(&mut self, kind: BlockKind) {
        self.close();
        self.open = Some((kind, None));
    }

    /// The kind of the open block, if any.
    pub fn open_kind(&self) -> Option<BlockKind> {
        self.open.map(|(k, _)| k)
    }

    /// Close the open block: trailing white space trimmed; an empty block leaves no trace.
    pub fn close(&mut self) {
        self.close_link();
        while let Some((kind, _)) = self.styles.last() {
            self.close_style(*kind);
        }
        let Some((kind, start)) = self.open.take() else {
            return;
        };
        let Some(start) = start else {
            return;
        };
        let end = start + self.out.body[start..].trim_end().len();
        self.out.body.truncate(end);
        for link in self.out.links.iter_mut().rev() {
            if link.range.start < start {
                break;
            }
            link.range.end = link.range.end.min(end);
        }
        // Links are in order, so only the last ones can have been cut to nothing.
        while self
            .out
            .links
            .last()
            .is_some_and(|l| l.range.start >= l.range.end)
        {
            self.out.links.pop();
        }
        // Only this block's styles (the last ones: they are ordered by start) can be cut.
        let mine = self
            .out
            .inline
            .iter()
            .rposition(|s| s.range.start < start)
            .map_or(0, |k| k + 1);
        let mut tail = self.out.inline.split_off(mine);
        for style in &mut tail {
            style.range.end = style.range.end.min(end);
        }
        tail.retain(|s| s.range.start < s.range.end);
        self.out.inline.append(&mut tail);
        if end > start {
            self.out.blocks.push(Block {
                kind,
                range: start..end,
            });
        } else {
            // Only white space went in: take the separator back out too.
            let sep = self.out.body[..start].trim_end_matches('\n').len();
            self.out.body.truncate(sep);
        }
    }

    /// Start the block's text if this is its first character; returns whether a block is open.
    fn begin_text(&mut self) -> bool {
        let Some((_, start)) = &mut self.open else {
            return false;
        };
        if start.is_none() {
            if !self.out.body.is_empty() {
                self.out.body.push_str("\n\n");
            }
            *start = Some(self.out.body.len());
        }
        let here = self.out.body.len();
        if let Some((_, link_start @ None)) = &mut self.link {
            *link_start = Some(here);
        }
        for (_, style_start) in &mut self.styles {
            style_start.get_or_insert(here);
        }
        true
    }

    /// Append flowing text: white space (line breaks included) collapses to single spaces,
    /// leading white space of a block is skipped, controls are mapped.
    pub fn push_text(&mut self, s: &str) {
        let mut rest = s;
        while !rest.is_empty() {
            // Runs of ordinary characters go in whole: the common case, kept fast.
            let started = matches!(self.open, Some((_, Some(_))));
            let run = plain_run(rest, !started || self.out.body.ends_with(' '));
            if run > 0 {
                if self.begin_text() {
                    self.out.body.push_str(&rest[..run]);
                }
                rest = &rest[run..];
                continue;
            }
            let Some(c) = rest.chars().next() else {
                break;
            };
            rest = &rest[c.len_utf8()..];
            let k = match map_char(c) {
                Mapped::Keep(k) if !k.is_whitespace() => k,
                Mapped::Drop => continue,
                _ => ' ',
            };
            if k == ' ' {
                let started = matches!(self.open, Some((_, Some(_))));
                if !started || self.out.body.ends_with(' ') {
                    continue;
                }
                self.out.body.push(' ');
                continue;
            }
            if self.begin_text() {
                self.out.body.push(k);
            }
        }
    }

    /// Append preformatted text: line breaks kept (trailing spaces of each line dropped),
    /// tabs expanded to 4 columns, controls mapped.
    pub fn push_raw(&mut self, s: &str) {
        let mut column = 0;
        for c in s.chars() {
            match map_char(c) {
                Mapped::Newline => {
                    if self.begin_text() {
                        let kept = self.out.body.trim_end_matches(' ').len();
                        self.out.body.truncate(kept);
                        self.out.body.push('\n');
                    }
                    column = 0;
                }
                Mapped::Tab => {
                    let n = 4 - column % 4;
                    if self.begin_text() {
                        self.out.body.extend(std::iter::repeat_n(' ', n));
                    }
                    column += n;
                }
                Mapped::Keep(k) => {
                    if self.begin_text() {
                        self.out.body.push(k);
                    }
                    column += 1;
                }
                Mapped::Drop => {}
            }
        }
    }

    /// Open a link to `url`; its text is whatever is pushed until [`Self::close_link`].
    pub fn open_link(&mut self, url: &str) {
        self.close_link();
        self.link = Some((clean_url(url), None));
    }

    /// Open an inline style; its text is whatever is pushed until [`Self::close_style`].
    pub fn open_style(&mut self, kind: InlineKind) {
        self.styles.push((kind, None));
    }

    /// Close the innermost open style of `kind` (and any opened inside it), recording its
    /// range, white space at either end left out, if it has any text.
    pub fn close_style(&mut self, kind: InlineKind) {
        let Some(at) = self.styles.iter().rposition(|(k, _)| *k == kind) else {
            return;
        };
        for (kind, start) in self.styles.split_off(at).into_iter().rev() {
            let Some(start) = start else { continue };
            let text = &self.out.body[start..];
            let end = start + text.trim_end().len();
            let start = start + (text.len() - text.trim_start().len());
            if end > start {
                let range = start..end;
                // Kept ordered by start: an outer style closes after the ones inside it.
                let at = self
                    .out
                    .inline
                    .partition_point(|s| s.range.start <= range.start);
                self.out.inline.insert(at, Inline { range, kind });
            }
        }
    }

    /// Close the open link, recording its range if it has any text.
    pub fn close_link(&mut self) {
        if let Some((url, Some(start))) = self.link.take() {
            let text = &self.out.body[start..];
            let end = start + text.trim_end().len();
            let start = start + (text.len() - text.trim_start().len());
            if end > start {
                self.out.links.push(super::Link {
                    range: start..end,
                    url,
                });
            }
        }
    }

    /// The text of the open block so far.
    pub fn open_text(&self) -> &str {
        match self.open {
            Some((_, Some(start))) => &self.out.body[start..],
            _ => "",
        }
    }

    /// Set the title found in the text.
    pub fn set_title(&mut self, title: String) {
        self.out.title = Some(title);
    }

    /// Whether a title was found in the text.
    pub fn has_title(&self) -> bool {
        self.out.title.is_some()
    }

    /// Close everything and hand back the body.
    pub fn finish(mut self) -> Parsed {
        self.close();
        self.out
    }
}

/// A link target as kept: sanitised, then white space and what the sanitiser made of
/// controls and bidi marks (control pictures, U+FFFD) dropped: a URL has none, and in a
/// document's URL they can only disguise it. Cut to [`super::MAX_URL_LEN`] bytes.
fn clean_url(url: &str) -> String {
    let mut out = String::new();
    for c in super::sanitise::clean_line(url).chars() {
        let marker = c == '\u{fffd}' || ('\u{2400}'..='\u{2421}').contains(&c);
        if c.is_whitespace() || c.is_control() || marker {
            continue;
        }
        if out.len() + c.len_utf8() > super::MAX_URL_LEN {
            break;
        }
        out.push(c);
    }
    out
}

/// The length of the prefix of `s` that goes into a body unchanged: ordinary characters and
/// single spaces (`after_space`: the body so far ends with a space, or nothing is in yet).
fn plain_run(s: &str, mut after_space: bool) -> usize {
    const CHUNK: usize = 16;
    let bytes = s.as_bytes();
    let mut i = 0;
    // Sixteen bytes at a time while they are printable ASCII without two spaces in a row
    // (tests the compiler vectorises); the rest byte by byte.
    while let Some(chunk) = bytes.get(i..i + CHUNK) {
        let printable = chunk.iter().all(|&b| (b' '..=b'~').contains(&b));
        let single = chunk[..CHUNK - 1]
            .iter()
            .zip(&chunk[1..])
            .all(|(&a, &b)| !(a == b' ' && b == b' '));
        if !(printable && single && !(after_space && chunk[0] == b' ')) {
            break;
        }
        after_space = chunk[CHUNK - 1] == b' ';
        i += CHUNK;
    }
    while let Some(&b) = bytes.get(i) {
        if b > b' ' && b < 0x7f {
            after_space = false;
            i += 1;
        } else if b == b' ' && !after_space {
            after_space = true;
            i += 1;
        } else if b >= 0x80 {
            let Some(c) = s[i..].chars().next() else {
                break;
            };
            if c.is_whitespace() || !is_plain(c) {
                break;
            }
            after_space = false;
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`plain_run`] one byte at a time, as it was before it took chunks.
    fn plain_run_bytewise(s: &str, mut after_space: bool) -> usize {
        let mut i = 0;
        for c in s.chars() {
            let ok = if c == ' ' {
                !after_space
            } else {
                !c.is_whitespace() && is_plain(c)
            };
            if !ok {
                break;
            }
            after_space = c == ' ';
            i += c.len_utf8();
        }
        i
    }

    proptest::proptest! {
        #[test]
        fn chunks_end_the_plain_run_where_bytes_do(
            s in "[a-c ,.\t\n\u{1b}é\u{202e}]{0,70}",
            after_space: bool,
        ) {
            proptest::prop_assert_eq!(plain_run(&s, after_space), plain_run_bytewise(&s, after_space));
        }
    }
}
