//! Word, punctuation and quotation-mark tokens over the whole text, with byte spans.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner `-`, `.`, `'`, `&` (`U.S`, `co-founder`); a possessive
    /// `'s` is its own word token.
    Word,
    /// Any other visible character, one per token.
    Punct,
    /// A double quotation mark, straight or curly.
    Quote,
}

/// One token of the text.
#[derive(Debug, Clone, Copy)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Lies inside a quotation (set by the caller from the quote regions).
    pub quoted: bool,
}

impl Tok {
    /// The token's text.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// Whether it is this punctuation character.
    pub fn is_punct(&self, text: &str, c: char) -> bool {
        self.kind == Kind::Punct && text[self.start..].starts_with(c)
    }
}

/// Whether `c` is a double quotation mark.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}'
    )
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '\'' | '\u{2019}' | '&')
}

/// Split `text` into tokens; linear in its length, byte-wise for ASCII.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 4);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let (c, len) = char_at(text, i);
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + len;
            while end < bytes.len() {
                let db = bytes[end];
                if db.is_ascii_alphanumeric() {
                    end += 1;
                    continue;
                }
                if db == b' ' || db == b',' || db == b'\n' {
                    break;
                }
                let (d, dl) = char_at(text, end);
                let joins = is_joiner(d)
                    && end + dl < bytes.len()
                    && char_at(text, end + dl).0.is_alphanumeric();
                if !(d.is_alphanumeric() || joins) {
                    break;
                }
                end += dl;
            }
            if bytes.get(end) == Some(&b'.') && keeps_period(&text[i..end]) {
                end += 1;
            }
            push_word(text, i, end, &mut out);
            i = end;
        } else {
            let kind = if is_quote_mark(c) {
                Kind::Quote
            } else {
                Kind::Punct
            };
            out.push(Tok {
                start: i,
                end: i + len,
                kind,
                cap: false,
                quoted: false,
            });
            i += len;
        }
    }
    out
}

/// The char starting at byte `i` (a char boundary) and its length.
fn char_at(text: &str, i: usize) -> (char, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let c = text[i..].chars().next().unwrap_or('\u{fffd}');
    (c, c.len_utf8().max(1))
}

/// Whether a period after `word` belongs to it: initialisms (`U.S.`) and titles (`Mr.`).
fn keeps_period(word: &str) -> bool {
    let initialism = word.contains('.')
        && word
            .rsplit('.')
            .next()
            .is_some_and(|last| last.chars().count() == 1);
    initialism
        || matches!(
            word,
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Prof"
                | "Gen"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Capt"
                | "Jr"
                | "Sr"
                | "Rev"
                | "Maj"
                | "Adm"
                | "Cmdr"
                | "St"
        )
}

/// Push a word, splitting off a possessive `'s` and a contracted `n't` so that `Russia's` reads
/// as `Russia` + `'s` and `hasn't` carries a negation token.
fn push_word(text: &str, start: usize, end: usize, out: &mut Vec<Tok>) {
    let word = &text[start..end];
    let split = ["'s", "\u{2019}s", "n't", "n\u{2019}t"]
        .iter()
        .find(|suffix| word.len() > suffix.len() && word.ends_with(*suffix))
        .map(|suffix| end - suffix.len());
    let cap = word.chars().next().is_some_and(char::is_uppercase);
    match split {
        Some(mid) => {
            out.push(Tok {
                start,
                end: mid,
                kind: Kind::Word,
                cap,
                quoted: false,
            });
            out.push(Tok {
                start: mid,
                end,
                kind: Kind::Word,
                cap: false,
                quoted: false,
            });
        }
        None => out.push(Tok {
            start,
            end,
            kind: Kind::Word,
            cap,
            quoted: false,
        }),
    }
}

/// Whether the word token is a possessive `'s`.
pub fn is_possessive(word: &str) -> bool {
    word == "'s" || word == "\u{2019}s"
}

/// Whether the word token is a contracted negation `n't`.
pub fn is_contracted_not(word: &str) -> bool {
    word == "n't" || word == "n\u{2019}t"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn splits_possessives_and_keeps_abbreviations_whole() {
        assert_eq!(
            words("Norland\u{2019}s U.S. co-founder hasn't"),
            vec!["Norland", "\u{2019}s", "U.S.", "co-founder", "has", "n't"]
        );
    }

    #[test]
    fn quotation_marks_are_their_own_tokens() {
        let text = "\u{201c}Yes,\" he said";
        let toks = tokenize(text);
        assert_eq!(toks[0].kind, Kind::Quote);
        assert_eq!(toks[3].kind, Kind::Quote);
    }
}
