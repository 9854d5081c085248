//! Sentence splitting with byte spans.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (plus any closing quotes or brackets) when white space
//! and then something that can start a sentence follow, and always at a blank line. A period
//! after a known abbreviation (`U.S.`, `Sept.`, `Gen.`, `Dr.`), an initial (`L. Ron Hubbard`) or
//! inside a number (`3.5`) does not end a sentence; an abbreviation that often closes a sentence
//! (`Inc.`, `U.S.`, `etc.`) does when the next word is a usual sentence opener (`The`, `He`).

use super::Span;
use super::gazetteer::FastSet;
use std::sync::LazyLock;

/// Abbreviations after which a period never ends a sentence: titles and months come before a name
/// or a number. Compared case-sensitively, without the final period.
const NEVER_FINAL: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl",
    "Pvt", "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Fr", "Hon", "Pres", "Supt", "Insp", "Det",
    "Amb", "Sec", "Atty", "St", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Vol", "vol", "pp", "p", "Fig", "fig", "Art", "art",
    "approx", "vs", "v", "e.g", "i.e", "cf", "ca", "Messrs", "Mme", "Mlle", "Sr", "Sra", "Ave",
    "Blvd", "Rd", "Dept", "Univ", "est", "No", "Op", "ed", "eds", "al",
];

/// Abbreviations that may close a sentence: they end it only before a usual sentence opener.
const MAYBE_FINAL: &[&str] = &[
    "Inc", "Corp", "Co", "Ltd", "Bros", "LLC", "Jr", "etc", "U.S", "U.K", "U.N", "E.U", "D.C",
    "a.m", "p.m", "U.S.A", "S.A", "N.V", "plc", "Ph.D", "B.A", "M.A", "A.D", "B.C",
];

/// Words that usually open a sentence; after a `MAYBE_FINAL` abbreviation they mark a new one.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "For",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "However",
    "Meanwhile",
    "There",
    "Here",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "Some",
    "Many",
    "Most",
    "Other",
    "Others",
    "Then",
    "Now",
    "Still",
    "Also",
    "According",
    "During",
    "Since",
    "Although",
    "Though",
    "Because",
    "Last",
    "Earlier",
    "Later",
];

/// When the newline at `bytes[i]` is followed by a line holding only spaces, tabs or carriage
/// returns, the index of the newline ending that blank line; shared by sentence and paragraph
/// splitting so both agree on what a blank line is.
pub(crate) fn blank_line_end(bytes: &[u8], i: usize) -> Option<usize> {
    let mut j = i + 1;
    while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
        j += 1;
    }
    (j < bytes.len() && bytes[j] == b'\n').then_some(j)
}

/// Split `text` into sentences, in order. Spans are trimmed of white space, non-empty, and lie
/// on char boundaries.
pub fn split(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'\n' {
            // A blank line (possibly holding spaces) always ends a sentence.
            if let Some(j) = blank_line_end(bytes, i) {
                push(text, start, i, &mut out);
                start = j + 1;
                i = j + 1;
                continue;
            }
            i += 1;
            continue;
        }
        let term_len = match b {
            b'.' | b'!' | b'?' => 1,
            // U+2026 HORIZONTAL ELLIPSIS
            0xE2 if bytes.get(i + 1) == Some(&0x80) && bytes.get(i + 2) == Some(&0xA6) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        // Runs like `?!` or `...` end together.
        let mut end = i + term_len;
        while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?') {
            end += 1;
        }
        end = skip_closers(text, end);
        let next = skip_spaces(bytes, end);
        if next == end && next < bytes.len() {
            // No space after: `3.5`, `U.S.`, `example.com`, `"Stop."he`.
            i = end.max(i + 1);
            continue;
        }
        if next >= bytes.len() {
            break;
        }
        if b == b'.' && term_len == 1 && end == i + 1 + closers_len(text, i + 1) {
            let word = word_before(text, i);
            if !period_ends(word, &text[next..]) {
                i = end;
                continue;
            }
        }
        if !starts_sentence(&text[next..]) {
            i = end;
            continue;
        }
        push(text, start, end, &mut out);
        start = next;
        i = next;
    }
    push(text, start, text.len(), &mut out);
    out
}

/// Whether a period after `word` ends the sentence, given what follows.
fn period_ends(word: &str, rest: &str) -> bool {
    if word.is_empty() {
        return true;
    }
    let mut chars = word.chars();
    // A lone capital is an initial (`L. Ron`), a lone digit a list number.
    if let (Some(c), None) = (chars.next(), chars.next())
        && (c.is_uppercase() || c.is_ascii_digit())
    {
        return false;
    }
    static NEVER: LazyLock<FastSet<&'static str>> =
        LazyLock::new(|| NEVER_FINAL.iter().copied().collect());
    static MAYBE: LazyLock<FastSet<&'static str>> =
        LazyLock::new(|| MAYBE_FINAL.iter().copied().collect());
    if NEVER.contains(word) {
        return false;
    }
    let maybe = MAYBE.contains(word)
        // Dotted acronyms like `N.A.T.O` or `U.S` behave like `U.S.`.
        || (word.contains('.') && word.split('.').all(|p| p.chars().count() <= 2));
    if maybe {
        let next_word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        return OPENERS.contains(&next_word.as_str());
    }
    true
}

/// Whether `rest` (after white space) can open a sentence.
fn starts_sentence(rest: &str) -> bool {
    for c in rest.chars() {
        if matches!(
            c,
            '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '¿' | '¡' | '-' | '—' | '*'
        ) {
            continue;
        }
        return !c.is_lowercase();
    }
    true
}

/// The word (letters, digits and inner periods) that ends right before byte `i`.
fn word_before(text: &str, i: usize) -> &str {
    let head = &text[..i];
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '.')
        .last()
        .map_or(i, |(k, _)| k);
    head[start..].trim_start_matches('.')
}

fn closers_len(text: &str, from: usize) -> usize {
    skip_closers(text, from) - from
}

/// Skip closing quotes and brackets after a terminator.
fn skip_closers(text: &str, mut i: usize) -> usize {
    while let Some(c) = text[i..].chars().next() {
        if matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
            i += c.len_utf8();
        } else {
            break;
        }
    }
    i
}

fn skip_spaces(bytes: &[u8], mut i: usize) -> usize {
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// Push `text[start..end]` trimmed, when anything is left.
fn push(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let s = start + lead;
        out.push(Span {
            start: s,
            end: s + trimmed.len(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(
            sentences("The cat sat. The dog ran! Did it? Yes."),
            ["The cat sat.", "The dog ran!", "Did it?", "Yes."]
        );
    }

    #[test]
    fn keeps_titles_months_and_initials_inside_a_sentence() {
        let text = "Gen. Tom Smith met Dr. Ann Lee on Sept. 4 in St. Louis. J. R. Doe left.";
        assert_eq!(
            sentences(text),
            [
                "Gen. Tom Smith met Dr. Ann Lee on Sept. 4 in St. Louis.",
                "J. R. Doe left."
            ]
        );
    }

    #[test]
    fn keeps_us_inside_but_ends_on_it_before_an_opener() {
        let text = "The U.S. Senate voted. Talks moved to the U.S. The mood was calm.";
        assert_eq!(
            sentences(text),
            [
                "The U.S. Senate voted.",
                "Talks moved to the U.S.",
                "The mood was calm."
            ]
        );
    }

    #[test]
    fn keeps_company_suffix_and_decimals() {
        let text = "Acme Inc. Chief Bob Roe said prices rose 3.5 percent. Mr. Roe left.";
        assert_eq!(
            sentences(text),
            [
                "Acme Inc. Chief Bob Roe said prices rose 3.5 percent.",
                "Mr. Roe left."
            ]
        );
    }

    #[test]
    fn ends_after_closing_quotes() {
        let text = "\u{201c}We won.\u{201d} She smiled. \"Go,\" he said. \"Stop.\" Then quiet.";
        assert_eq!(
            sentences(text),
            [
                "\u{201c}We won.\u{201d}",
                "She smiled.",
                "\"Go,\" he said.",
                "\"Stop.\"",
                "Then quiet."
            ]
        );
    }

    #[test]
    fn a_blank_line_ends_a_heading() {
        assert_eq!(
            sentences("Talks resume\n\nThe envoys met.\nThey spoke."),
            ["Talks resume", "The envoys met.", "They spoke."]
        );
    }

    #[test]
    fn lowercase_after_a_period_continues_the_sentence() {
        assert_eq!(
            sentences("It cost approx. ten dollars."),
            ["It cost approx. ten dollars."]
        );
    }

    #[test]
    fn spans_are_trimmed_char_boundaries() {
        let text = "  Ça va? Très bien… Merci.  ";
        for s in split(text) {
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        assert_eq!(sentences(text), ["Ça va?", "Très bien…", "Merci."]);
    }
}
