//! Sanitising untrusted text once, at load: nothing that reaches the body, the title or any
//! metadata can move the cursor, change colours or reorder text on the terminal.
//!
//! Choices (DESIGN.md "Sanitising"):
//! - a NUL byte in the first 8 KiB refuses the file as binary;
//! - invalid UTF-8 becomes U+FFFD, silently;
//! - a byte-order mark is dropped, CRLF and lone CR become LF, U+2028/U+2029 become LF;
//! - tabs expand to the next 4-column stop;
//! - other C0 controls (ESC included) become their Control Pictures symbol (U+2400 + code,
//!   DEL becomes U+2421), so a stray control byte is visible rather than silent;
//! - C1 controls (U+0080..U+009F), bidi embeddings/overrides (U+202A..U+202E), bidi isolates
//!   (U+2066..U+2069) and the noncharacters U+FFFE/U+FFFF become U+FFFD;
//! - invisible format characters that only hide text or confuse width (zero-width space,
//!   word joiner and invisible operators, LRM/RLM/ALM, soft hyphen, deprecated format
//!   characters U+206A..U+206F, interlinear annotation marks, tag characters) are dropped.
//!   ZWJ/ZWNJ and variation selectors stay: scripts and emoji need them;
//! - the result is in Unicode Normalization Form C (composed accents: `e` + U+0301 becomes
//!   `é`), so a decomposed name matches its composed spelling and every later offset indexes
//!   the normalised text.

use super::DocError;
use std::borrow::Cow;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};
use unicode_width::UnicodeWidthChar;

/// How far into a file a NUL byte marks it as binary.
pub const BINARY_SNIFF_LEN: usize = 8 * 1024;

/// Width of a tab stop when expanding tabs.
pub const TAB_STOP: usize = 4;

/// What becomes of one character of untrusted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mapped {
    Keep(char),
    /// A line break (LF, CR, U+2028, U+2029).
    Newline,
    /// A tab, to expand.
    Tab,
    Drop,
}

/// The fate of `c` in untrusted text (see the module documentation).
pub fn map_char(c: char) -> Mapped {
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' => Mapped::Newline,
        '\t' => Mapped::Tab,
        '\u{0}'..='\u{1f}' => Mapped::Keep(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\u{7f}' => Mapped::Keep('\u{2421}'),
        '\u{80}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}'
        | '\u{fffe}'
        | '\u{ffff}' => Mapped::Keep('\u{fffd}'),
        '\u{feff}'
        | '\u{200b}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{061c}'
        | '\u{00ad}'
        | '\u{180e}'
        | '\u{2060}'..='\u{2064}'
        | '\u{206a}'..='\u{206f}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{e0000}'..='\u{e007f}' => Mapped::Drop,
        c => Mapped::Keep(c),
    }
}

/// Whether `c` passes through untouched: the common case, checked first for speed.
pub fn is_plain(c: char) -> bool {
    match c {
        ' '..='~' => true,
        '\0'..='\u{9f}' => false,
        c => map_char(c) == Mapped::Keep(c),
    }
}

/// Decode and sanitise a whole file. Refuses binary files; never fails otherwise. Text that
/// needs no change (valid UTF-8, LF line ends, nothing to map, in NFC: most files) comes back
/// borrowed, found so in one pass that steps over ASCII a word at a time.
pub fn decode<'a>(bytes: &'a [u8], name: &str) -> Result<Cow<'a, str>, DocError> {
    let sniff = &bytes[..bytes.len().min(BINARY_SNIFF_LEN)];
    if let Some(offset) = sniff.iter().position(|&b| b == 0) {
        return Err(DocError::Binary {
            name: name.to_string(),
            offset,
        });
    }
    // Strict validation first: much faster than the lossy decoder on valid text.
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    };
    let clean = match first_change(&text) {
        None => text,
        Some(at) => Cow::Owned(map_from(&text, at)),
    };
    Ok(nfc_cow(clean))
}

/// The byte offset of the first character [`decode`] changes, if any.
fn first_change(text: &str) -> Option<usize> {
    const CHUNK: usize = 32;
    let bytes = text.as_bytes();
    let unchanged = |b: u8| (b' '..=b'~').contains(&b) || b == b'\n';
    let mut i = 0;
    while i < bytes.len() {
        // Whole chunks of printable ASCII and line feeds at a time (the compiler vectorises
        // this test); a chunk with anything else is looked at character by character.
        if let Some(chunk) = bytes.get(i..i + CHUNK)
            && chunk.iter().all(|&b| unchanged(b))
        {
            i += CHUNK;
            continue;
        }
        let end = (i + CHUNK).min(bytes.len());
        while i < end {
            let b = bytes[i];
            if unchanged(b) {
                i += 1;
                continue;
            }
            // A character that straddles the chunk's end is read whole.
            let c = text[i..].chars().next()?;
            if c == '\n' || is_plain(c) {
                i += c.len_utf8();
                continue;
            }
            return Some(i);
        }
    }
    None
}

/// `text` sanitised from byte `from` on (the bytes before it need no change).
fn map_from(text: &str, from: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    // Plain runs are copied whole; `column` is the display column at byte `column_at` of
    // `out`, brought up to date only when a tab needs it.
    let mut run_start = 0;
    let line_start = text[..from].rfind('\n').map_or(0, |n| n + 1);
    let (mut column, mut column_at) = (0, line_start);
    let raw = text.as_bytes();
    let mut i = from;
    while let Some(&b) = raw.get(i) {
        // Printable ASCII is most of any text: step over it byte by byte.
        if (b' '..=b'~').contains(&b) {
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        if c != '\n' && is_plain(c) {
            i += c.len_utf8();
            continue;
        }
        out.push_str(&text[run_start..i]);
        i += c.len_utf8();
        if c == '\r' && raw.get(i) == Some(&b'\n') {
            i += 1;
        }
        run_start = i;
        match map_char(c) {
            Mapped::Newline => {
                out.push('\n');
                (column, column_at) = (0, out.len());
            }
            Mapped::Tab => {
                column += out[column_at..]
                    .chars()
                    .map(|c| c.width().unwrap_or(0))
                    .sum::<usize>();
                let n = TAB_STOP - column % TAB_STOP;
                out.extend(std::iter::repeat_n(' ', n));
                (column, column_at) = (column + n, out.len());
            }
            Mapped::Keep(k) => out.push(k),
            Mapped::Drop => {}
        }
    }
    out.push_str(&text[run_start..]);
    out
}

/// `text` in Normalization Form C; returned as is (no copy) when it already is, which the
/// quick check tells for almost all text in one pass.
pub fn nfc(text: String) -> String {
    nfc_cow(Cow::Owned(text)).into_owned()
}

/// [`nfc`] for borrowed or owned text: unchanged (borrowed stays borrowed) when it is NFC.
fn nfc_cow(text: Cow<'_, str>) -> Cow<'_, str> {
    if quick_nfc(&text) == IsNormalized::Yes {
        text
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// The NFC quick check of `text`, run over its non-ASCII stretches only: an ASCII character is
/// always allowed and a starter (it resets the check's state), so the answer is the same as
/// for the whole text and ASCII is skipped a word at a time.
fn quick_nfc(text: &str) -> IsNormalized {
    let bytes = text.as_bytes();
    let mut result = IsNormalized::Yes;
    let mut i = 0;
    while i < bytes.len() {
        // Eight ASCII bytes at a time.
        if let Some(word) = bytes.get(i..i + 8)
            && word.iter().all(u8::is_ascii)
        {
            i += 8;
            continue;
        }
        if bytes[i].is_ascii() {
            i += 1;
            continue;
        }
        let end = bytes[i..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |n| i + n);
        match is_nfc_quick(text[i..end].chars()) {
            IsNormalized::No => return IsNormalized::No,
            IsNormalized::Maybe => result = IsNormalized::Maybe,
            IsNormalized::Yes => {}
        }
        i = end;
    }
    result
}

/// Sanitise text for one line (a title, a source, a tag): controls mapped as in [`decode`],
/// every run of white space (line breaks and tabs included) collapsed to one space, trimmed.
pub fn clean_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let k = match map_char(c) {
            Mapped::Keep(k) if !k.is_whitespace() => k,
            Mapped::Drop => continue,
            _ => ' ',
        };
        if k == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(k);
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out
}

/// Sanitise text written out by a command (`--format` outputs): controls mapped as in
/// [`decode`], line breaks kept as LF, a tab as one space, nothing else changed; borrowed when
/// already clean. For text that may not have come through [`decode`]: paths, notes typed by
/// the user, files edited by hand.
pub fn clean_text(s: &str) -> std::borrow::Cow<'_, str> {
    if s.chars().all(|c| c == '\n' || is_plain(c)) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match map_char(c) {
            Mapped::Keep(k) => out.push(k),
            Mapped::Newline => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            Mapped::Tab => out.push(' '),
            Mapped::Drop => {}
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esc_becomes_its_control_picture() {
        assert_eq!(decode(b"a\x1b[2Jb", "x").unwrap(), "a\u{241b}[2Jb");
    }

    #[test]
    fn tabs_expand_to_four_column_stops() {
        assert_eq!(decode(b"a\tb\n\tc", "x").unwrap(), "a   b\n    c");
    }

    #[test]
    fn tab_stops_count_display_columns_across_runs() {
        assert_eq!(
            decode("é\tx\tyz\t!".as_bytes(), "x").unwrap(),
            "é   x   yz  !"
        );
        assert_eq!(decode("日\tx".as_bytes(), "x").unwrap(), "日  x");
        assert_eq!(decode(b"a\r\n\tb\rc", "x").unwrap(), "a\n    b\nc");
    }

    #[test]
    fn clean_line_collapses_white_space_and_controls() {
        assert_eq!(
            clean_line("  A\n\tB \u{1b}C \u{202e}"),
            "A B \u{241b}C \u{fffd}"
        );
    }

    #[test]
    fn clean_text_keeps_lines_and_maps_controls() {
        assert_eq!(clean_text("a\nb"), "a\nb");
        assert_eq!(
            clean_text("a\r\n\tb\u{1b}[1m\u{9b}\u{202e}\u{200b}c"),
            "a\n b\u{241b}[1m\u{fffd}\u{fffd}c"
        );
    }

    #[test]
    fn decomposed_accents_are_composed() {
        let text = decode("Erdog\u{306}an and Jose\u{301}".as_bytes(), "x").unwrap();
        assert_eq!(text, "Erdoğan and José");
        // A combining mark left alone after a dropped character composes too.
        assert_eq!(decode("e\u{200b}\u{301}".as_bytes(), "x").unwrap(), "é");
        assert_eq!(decode(b"plain", "x").unwrap(), "plain");
    }

    #[test]
    fn nul_after_the_sniff_window_is_shown_not_refused() {
        let mut bytes = vec![b'a'; BINARY_SNIFF_LEN];
        bytes.push(0);
        let text = decode(&bytes, "x").unwrap();
        assert!(text.ends_with('\u{2400}'));
    }

    proptest::proptest! {
        #[test]
        fn the_fast_paths_agree_with_the_full_mapping(
            text in "[a-z \n\r\t\u{1b}\u{85}\u{200b}\u{202e}\u{feff}é\u{301}日]{0,80}",
        ) {
            let whole = map_from(&text, 0);
            match first_change(&text) {
                None => proptest::prop_assert_eq!(&whole, &text),
                Some(at) => {
                    proptest::prop_assert_eq!(&whole[..at], &text[..at]);
                    proptest::prop_assert_eq!(map_from(&text, at), whole);
                }
            }
            proptest::prop_assert_eq!(quick_nfc(&text), is_nfc_quick(text.chars()));
        }
    }

    #[test]
    fn clean_text_is_borrowed_not_copied() {
        let bytes = "Plain text, “quoted”, with lines.\nAnd more.\n".as_bytes();
        assert!(matches!(decode(bytes, "x").unwrap(), Cow::Borrowed(_)));
        assert!(matches!(decode(b"a\r\nb", "x").unwrap(), Cow::Owned(_)));
    }
}
