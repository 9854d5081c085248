//! Word tokens with byte spans, sentence positions and possessive marks, for actor finding.

use super::Span;

/// One token of the text.
///
/// Offsets are stored as `u32` so a token takes 20 bytes, not 32: the actor finder walks the
/// token vector several times and its size is most of the memory traffic. Texts beyond 4 GiB
/// are only tokenised up to there.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    from: u32,
    to: u32,
    sent: u32,
    /// A word (letters/digits with inner `-`, `'`, `.`), otherwise a punctuation character.
    pub word: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Followed by a possessive `'s` / `’s` (not part of the token).
    pub possessive: bool,
    /// First word of its sentence (after any opening quotes or brackets).
    pub initial: bool,
    /// In a headline: a title-case line without a final stop (`Biden Meets Xi In Ohio`),
    /// where capitals say nothing about names.
    pub headline: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start()..self.end()]
    }

    /// Byte offset of its first char.
    #[inline]
    pub fn start(&self) -> usize {
        self.from as usize
    }

    /// Byte offset one past its last char.
    #[inline]
    pub fn end(&self) -> usize {
        self.to as usize
    }

    /// Index of the sentence holding it.
    #[inline]
    pub fn sentence(&self) -> usize {
        self.sent as usize
    }
}

/// Abbreviations whose final period belongs to the word (`Gen.`, `Sept.`, `Inc.`).
const DOTTED: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt",
    "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Fr", "Hon", "Supt", "Det", "Amb", "St", "Mt",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Inc",
    "Corp", "Co", "Ltd", "Jr", "Sr", "Dept", "Univ", "Bros", "No", "Mon", "Tue", "Wed", "Thu",
    "Fri", "Sat", "Sun",
];

/// `al-Amr`, `bin-Salman`, `el-Sisi`: an Arabic particle joined to a capitalised name.
fn particle_name(word: &str) -> bool {
    // The hyphen sits at byte 2, 3 or 4 (`al-`, `bin-`, `bint-`); most words are skipped here.
    let b = word.as_bytes();
    if b.len() < 4 || !b[2..b.len().min(5)].contains(&b'-') {
        return false;
    }
    let Some((head, tail)) = word.split_once('-') else {
        return false;
    };
    matches!(
        head,
        "al" | "el"
            | "ad"
            | "ar"
            | "as"
            | "ash"
            | "at"
            | "az"
            | "bin"
            | "ibn"
            | "abu"
            | "abd"
            | "ul"
            | "ud"
            | "bint"
    ) && tail.starts_with(|c: char| c.is_uppercase())
}

fn is_inner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '–' | '&')
}

/// Byte classes for growing a word, one table lookup per byte: ASCII letters and digits go
/// on, other ASCII stops it unless it is inner punctuation, which (like any byte of a
/// non-ASCII char) takes the slow path.
const STOP: u8 = 0;
const ALNUM: u8 = 1;
const SLOW: u8 = 2;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [STOP; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b.is_ascii_alphanumeric() {
            ALNUM
        } else if b >= 0x80 || matches!(b, b'-' | b'\'' | b'.' | b'&') {
            SLOW
        } else {
            STOP
        };
        i += 1;
    }
    t
};

/// The char at byte `i` (which must be a char boundary), with an ASCII fast path.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

/// Tokenise `text`, assigning each token to one of `sentences` (which are in order).
pub fn tokenize(text: &str, sentences: &[Span]) -> Vec<Token> {
    // Offsets must fit the token's `u32` fields (see [`Token`]).
    let mut cut = text.len().min(u32::MAX as usize);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let text = &text[..cut];
    let bytes = text.as_bytes();
    // News text runs about one token (word or punctuation) per 4-5 bytes; reserving for one
    // per 3 avoids regrowing (and copying) a large vector, and untouched capacity costs nothing.
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 3 + 1);
    let mut sent = 0usize;
    let mut prev_sent = usize::MAX;
    // The sentence of the previous token when it was an opening quote, colon or bracket.
    let mut opener_at: Option<usize> = None;
    let mut i = 0usize;
    while let Some(c) = char_at(text, i) {
        let clen = c.len_utf8();
        if c.is_whitespace() {
            i += clen;
            continue;
        }
        while sent + 1 < sentences.len() && sentences[sent].end <= i {
            sent += 1;
        }
        // After an opening quote, a colon or a list bracket a word is capitalised like a
        // sentence opener (`"Usually, ...`, `b) Refusing ...`).
        let after_opener = opener_at == Some(sent);
        let first_in_sentence = prev_sent != sent || after_opener;
        if !c.is_alphanumeric() {
            out.push(Token {
                from: i as u32,
                to: (i + clen) as u32,
                word: false,
                cap: false,
                possessive: false,
                sent: sent as u32,
                initial: false,
                headline: false,
            });
            if !matches!(
                c,
                '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '-' | '—' | '*' | '•'
            ) {
                prev_sent = sent;
            }
            opener_at = matches!(c, '"' | '“' | '‘' | '\'' | ':' | ')' | '(' | '—').then_some(sent);
            i += clen;
            continue;
        }
        let start = i;
        let mut end = i + clen;
        // Grow the word over letters/digits and inner punctuation followed by a letter/digit.
        while let Some(&b) = bytes.get(end) {
            match BYTE_CLASS[usize::from(b)] {
                ALNUM => end += 1,
                STOP => break,
                _ => {
                    let Some(n) = char_at(text, end) else { break };
                    if n.is_alphanumeric() {
                        end += n.len_utf8();
                    } else if is_inner(n) {
                        match char_at(text, end + n.len_utf8()) {
                            Some(m) if m.is_alphanumeric() => end += n.len_utf8(),
                            _ => break,
                        }
                    } else {
                        break;
                    }
                }
            }
        }
        // Possessive `'s` splits off the word.
        let mut possessive = false;
        let mut resume = end;
        let word = &text[start..end];
        let ends_s = word.ends_with('s') || word.ends_with('S');
        for apo in ["'s", "’s", "'S", "’S"].into_iter().filter(|_| ends_s) {
            if let Some(stem) = word.strip_suffix(apo)
                && !stem.is_empty()
            {
                end = start + stem.len();
                possessive = true;
                break;
            }
        }
        if !possessive && word.ends_with('s') {
            // Plural possessive `Afghans'`.
            let after = &text[end..];
            let apo = if after.starts_with('\'') {
                1
            } else if after.starts_with('’') {
                3
            } else {
                0
            };
            if apo > 0 && !char_at(text, end + apo).is_some_and(char::is_alphanumeric) {
                possessive = true;
                resume = end + apo;
            }
        }
        // A final period belongs to abbreviations, initials and dotted acronyms.
        if !possessive && bytes.get(end) == Some(&b'.') {
            let w = &text[start..end];
            let single_cap = w.len() == clen && c.is_uppercase();
            let dotted_acronym = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2);
            if single_cap || dotted_acronym || DOTTED.contains(&w) {
                end += 1;
            }
        }
        out.push(Token {
            from: start as u32,
            to: end as u32,
            word: true,
            cap: c.is_uppercase() || particle_name(&text[start..end]),
            possessive,
            sent: sent as u32,
            initial: first_in_sentence,
            headline: false,
        });
        prev_sent = sent;
        opener_at = None;
        i = resume.max(end);
    }
    mark_headlines(text, sentences, &mut out);
    out
}

/// Short words a headline leaves in lower case.
const HEADLINE_SMALL: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "as",
    "from", "vs", "vs.", "over", "into", "after", "amid",
];

/// The first token at or after `from` that starts at or after byte `pos`, given that every token
/// before `from` starts before `pos`: a galloping search, cheap when the answer is near `from`.
fn seek(toks: &[Token], from: usize, pos: usize) -> usize {
    let mut lo = from;
    let mut step = 1;
    while lo + step < toks.len() && toks[lo + step].start() < pos {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step + 1).min(toks.len());
    lo + toks[lo..hi].partition_point(|t| t.start() < pos)
}

/// Flag the tokens of sentences that read as headlines: no final stop, and nearly every word
/// capitalised.
fn mark_headlines(text: &str, sentences: &[Span], toks: &mut [Token]) {
    // Sentences come in order, so each search starts where the last one ended.
    let mut cursor = 0;
    for s in sentences {
        let stops = text[s.start..s.end]
            .trim_end()
            .ends_with(['.', '!', '?', '"', '”', '’', '\'', ')', '…', ';']);
        if stops {
            continue;
        }
        let from = seek(toks, cursor, s.start);
        let to = seek(toks, from, s.end);
        cursor = to;
        let (mut words, mut caps) = (0, 0);
        for t in toks[from..to].iter().filter(|t| t.word) {
            let w = &text[t.start()..t.end()];
            if HEADLINE_SMALL.contains(&w) {
                continue;
            }
            words += 1;
            caps += usize::from(t.cap || w.starts_with(|c: char| c.is_ascii_digit()));
        }
        if words >= 3 && caps * 10 >= words * 8 {
            for t in &mut toks[from..to] {
                t.headline = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentences;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, &sentences::split(text))
            .iter()
            .filter(|t| t.word)
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn keeps_abbreviations_hyphens_and_particles_whole() {
        assert_eq!(
            words("U.S. Gen. Kim Jong-un met al-Amr on Sept. 4."),
            [
                "U.S.", "Gen.", "Kim", "Jong-un", "met", "al-Amr", "on", "Sept.", "4"
            ]
        );
    }

    #[test]
    fn splits_possessives_off_and_marks_them() {
        let text = "Azerbaijan’s Foreign Ministry and the Afghans' team";
        let toks = tokenize(text, &sentences::split(text));
        let az = toks[0];
        assert_eq!(az.text(text), "Azerbaijan");
        assert!(az.possessive);
        assert!(toks[0].initial && !toks[1].initial);
        let afghans = toks
            .iter()
            .find(|t| t.text(text) == "Afghans")
            .expect("token");
        assert!(afghans.possessive);
        assert_eq!(words(text)[1], "Foreign");
    }
}
