//! Word tokens with byte spans, sentence positions and possessive marks, for actor finding.

use super::Span;

/// One token of the text.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// A word (letters/digits with inner `-`, `'`, `.`), otherwise a punctuation character.
    pub word: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Followed by a possessive `'s` / `’s` (not part of the token).
    pub possessive: bool,
    /// Index of the sentence holding it.
    pub sentence: usize,
    /// First word of its sentence (after any opening quotes or brackets).
    pub initial: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
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

fn is_inner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '–' | '&')
}

/// Tokenise `text`, assigning each token to one of `sentences` (which are in order).
pub fn tokenize(text: &str, sentences: &[Span]) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut sent = 0usize;
    let mut prev_sent = usize::MAX;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        while sent + 1 < sentences.len() && sentences[sent].end <= i {
            sent += 1;
        }
        let first_in_sentence = prev_sent != sent;
        if !c.is_alphanumeric() {
            out.push(Token {
                start: i,
                end: i + c.len_utf8(),
                word: false,
                cap: false,
                possessive: false,
                sentence: sent,
                initial: false,
            });
            if !matches!(
                c,
                '"' | '\'' | '“' | '‘' | '(' | '[' | '«' | '-' | '—' | '*'
            ) {
                prev_sent = sent;
            }
            continue;
        }
        let mut end = i + c.len_utf8();
        // Grow the word over letters/digits and inner punctuation followed by a letter/digit.
        loop {
            let rest = &text[end..];
            let mut chars = rest.chars();
            match chars.next() {
                Some(n) if n.is_alphanumeric() => end += n.len_utf8(),
                Some(n) if is_inner(n) => match chars.next() {
                    Some(m) if m.is_alphanumeric() => end += n.len_utf8(),
                    _ => break,
                },
                _ => break,
            }
        }
        // Possessive `'s` splits off the word.
        let mut possessive = false;
        let mut resume = end;
        let word = &text[i..end];
        for apo in ["'s", "’s", "'S", "’S"] {
            if let Some(stem) = word.strip_suffix(apo)
                && !stem.is_empty()
            {
                end = i + stem.len();
                possessive = true;
                break;
            }
        }
        if !possessive {
            // Plural possessive `Afghans'`.
            let after = &text[end..];
            if (after.starts_with('\'') || after.starts_with('’'))
                && word.ends_with('s')
                && !after[after.chars().next().map_or(1, char::len_utf8)..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                possessive = true;
                resume = end + after.chars().next().map_or(1, char::len_utf8);
            }
        }
        // A final period belongs to abbreviations, initials and dotted acronyms.
        if !possessive && text[end..].starts_with('.') {
            let w = &text[i..end];
            let single_cap = w.chars().count() == 1 && c.is_uppercase();
            let dotted_acronym = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2);
            if single_cap || dotted_acronym || DOTTED.contains(&w) {
                end += 1;
            }
        }
        out.push(Token {
            start: i,
            end,
            word: true,
            cap: c.is_uppercase(),
            possessive,
            sentence: sent,
            initial: first_in_sentence,
        });
        prev_sent = sent;
        let skip_to = resume.max(end);
        while let Some(&(j, _)) = iter.peek() {
            if j < skip_to {
                iter.next();
            } else {
                break;
            }
        }
    }
    out
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
