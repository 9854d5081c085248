//! The quoted text of a bookmark, with some context on each side, in the manner of the W3C Web
//! Annotation `TextQuoteSelector` (`exact`, `prefix`, `suffix`), and finding it again in an
//! edited text.
//!
//! Finding the quote in a new text, best first:
//! 1. `prefix + exact + suffix` verbatim (nearest to the old place when it occurs several times);
//! 2. `exact` verbatim, nearest to the old place;
//! 3. the closest approximate match of `exact` (Levenshtein distance at most an eighth of its
//!    length: a reworded phrase, not a neighbouring paragraph of the same shape), found by Myers' bit-parallel algorithm in one pass over the text: linear time,
//!    a 10 MB text costs one scan of it.

use serde::{Deserialize, Serialize};

/// Most characters of the text at the bookmark kept in [`TextQuote::exact`].
pub const EXACT_CHARS: usize = 64;
/// Most characters of context kept on each side ([`TextQuote::prefix`], [`TextQuote::suffix`]).
pub const CONTEXT_CHARS: usize = 32;

/// The text at a bookmark and around it, as in the body (sanitised document text).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuote {
    /// The text starting at the bookmark, at most [`EXACT_CHARS`] characters.
    pub exact: String,
    /// The text just before it, at most [`CONTEXT_CHARS`] characters.
    #[serde(default)]
    pub prefix: String,
    /// The text just after `exact`, at most [`CONTEXT_CHARS`] characters.
    #[serde(default)]
    pub suffix: String,
}

/// How a quote was found in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// With its context on both sides.
    Context,
    /// The quoted text alone (its context changed).
    Exact,
    /// An approximate match, `edits` insertions, deletions or substitutions away.
    Fuzzy { edits: usize },
}

/// Where a quote was found: the byte offset in the body where its `exact` text starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    pub offset: usize,
    pub how: Match,
}

impl TextQuote {
    /// The quote of `body` at byte offset `at` (moved back to a char boundary).
    pub fn at(body: &str, at: usize) -> TextQuote {
        let at = floor_boundary(body, at);
        let exact_end = advance(body, at, EXACT_CHARS);
        let suffix_end = advance(body, exact_end, CONTEXT_CHARS);
        let prefix_start = body[..at]
            .char_indices()
            .rev()
            .take(CONTEXT_CHARS)
            .last()
            .map_or(at, |(i, _)| i);
        TextQuote {
            exact: body[at..exact_end].to_string(),
            prefix: body[prefix_start..at].to_string(),
            suffix: body[exact_end..suffix_end].to_string(),
        }
    }

    /// A quote made from a bookmark's excerpt, for bookmarks saved before quotes were kept:
    /// the excerpt without its trailing ellipsis, white space collapsed as in the excerpt.
    pub fn from_excerpt(excerpt: &str) -> TextQuote {
        let exact: String = excerpt
            .trim_end_matches('…')
            .chars()
            .take(EXACT_CHARS)
            .collect();
        TextQuote {
            exact,
            ..TextQuote::default()
        }
    }

    /// Find the quote in `body`, preferring places nearest byte offset `near` (where the
    /// bookmark was); `None` when the text is gone.
    pub fn locate(&self, body: &str, near: usize) -> Option<Located> {
        if self.exact.is_empty() {
            // A bookmark at the very end: only the text before it says where it was.
            let end = nearest(body, &self.prefix, near)? + self.prefix.len();
            return (!self.prefix.is_empty()).then_some(Located {
                offset: end,
                how: Match::Context,
            });
        }
        let whole = format!("{}{}{}", self.prefix, self.exact, self.suffix);
        let context = !(self.prefix.is_empty() && self.suffix.is_empty());
        if let Some(at) =
            nearest(body, &whole, near.saturating_sub(self.prefix.len())).filter(|_| context)
        {
            return Some(Located {
                offset: at + self.prefix.len(),
                how: Match::Context,
            });
        }
        if let Some(at) = nearest(body, &self.exact, near) {
            return Some(Located {
                offset: at,
                how: Match::Exact,
            });
        }
        fuzzy(body, &self.exact, near).map(|(offset, edits)| Located {
            offset,
            how: Match::Fuzzy { edits },
        })
    }
}

fn floor_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The byte offset `chars` characters after `at` (or the end).
fn advance(s: &str, at: usize, chars: usize) -> usize {
    s[at..]
        .char_indices()
        .nth(chars)
        .map_or(s.len(), |(i, _)| at + i)
}

/// The start of the occurrence of `needle` nearest `near`.
fn nearest(body: &str, needle: &str, near: usize) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    body.match_indices(needle)
        .map(|(i, _)| i)
        .min_by_key(|&i| i.abs_diff(near))
}

/// The best approximate match of `pattern` (at most 64 characters) in `text`: the byte offset
/// where it starts and its edit distance, when that is at most an eighth of its length.
fn fuzzy(text: &str, pattern: &str, near: usize) -> Option<(usize, usize)> {
    let pat: Vec<char> = pattern.chars().take(64).collect();
    let limit = pat.len() / 8;
    if limit == 0 {
        return None;
    }
    let forward = Myers::new(pat.iter().copied());
    // Best end (byte offset just past the match), ties to the one nearest the old place.
    let mut best: Option<(usize, usize)> = None; // (edits, end)
    forward.scan(text.char_indices(), |edits, i, c| {
        let end = i + c.len_utf8();
        let better = match best {
            None => edits <= limit,
            Some((e, at)) => edits < e || (edits == e && end.abs_diff(near) < at.abs_diff(near)),
        };
        if better {
            best = Some((edits, end));
        }
    });
    let (edits, end) = best?;
    // The start: the same search backwards from the end, over a window just long enough.
    let from = text[..end]
        .char_indices()
        .rev()
        .take(pat.len() + limit)
        .last()
        .map_or(end, |(i, _)| i);
    // Of the starts as good as the best, the one whose match is nearest the pattern's length.
    let backward = Myers::new(pat.iter().rev().copied());
    let (mut start, mut off_by, mut chars) = (None, usize::MAX, 0usize);
    backward.scan(text[from..end].char_indices().rev(), |e, i, _| {
        chars += 1;
        if e == edits && chars.abs_diff(pat.len()) < off_by {
            (start, off_by) = (Some(from + i), chars.abs_diff(pat.len()));
        }
    });
    Some((start.unwrap_or(from), edits))
}

/// Myers' bit-vector approximate search (in Hyyrö's formulation) for a pattern of at most 64
/// characters: for each text position, the least edit distance of the pattern to a substring
/// ending there.
struct Myers {
    ascii: [u64; 128],
    other: Vec<(char, u64)>,
    last: u64,
    len: usize,
}

impl Myers {
    fn new(pattern: impl Iterator<Item = char>) -> Myers {
        let mut m = Myers {
            ascii: [0; 128],
            other: Vec::new(),
            last: 0,
            len: 0,
        };
        for (i, c) in pattern.enumerate().take(64) {
            let bit = 1u64 << i;
            match usize::try_from(u32::from(c)).ok().filter(|&u| u < 128) {
                Some(u) => m.ascii[u] |= bit,
                None => match m.other.iter_mut().find(|(o, _)| *o == c) {
                    Some((_, mask)) => *mask |= bit,
                    None => m.other.push((c, bit)),
                },
            }
            m.last = bit;
            m.len = i + 1;
        }
        m
    }

    fn eq(&self, c: char) -> u64 {
        let u = u32::from(c) as usize;
        if u < 128 {
            self.ascii[u]
        } else {
            self.other
                .iter()
                .find(|(o, _)| *o == c)
                .map_or(0, |(_, mask)| *mask)
        }
    }

    /// Calls `each(edits, i, c)` for every `(i, c)` of `text` in turn.
    fn scan(
        &self,
        text: impl Iterator<Item = (usize, char)>,
        mut each: impl FnMut(usize, usize, char),
    ) {
        let (mut pv, mut mv) = (!0u64, 0u64);
        let mut score = self.len;
        for (i, c) in text {
            let eq = self.eq(c);
            let xv = eq | mv;
            let xh = ((eq & pv).wrapping_add(pv) ^ pv) | eq;
            let mut ph = mv | !(xh | pv);
            let mut mh = pv & xh;
            if ph & self.last != 0 {
                score += 1;
            } else if mh & self.last != 0 {
                score -= 1;
            }
            ph <<= 1;
            mh <<= 1;
            pv = mh | !(xv | ph);
            mv = ph & xv;
            each(score, i, c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Talks resumed on Thursday in the port city.\n\n\
        The patrol boat rammed the trawler's stern and damaged its steering, \
        forcing the crew of nine to abandon the bridge.\n\nPrices rose again.";

    fn quote_of(text: &str, words: &str) -> (TextQuote, usize) {
        let at = text.find(words).expect("the words are in the text");
        (TextQuote::at(text, at), at)
    }

    #[test]
    fn a_quote_keeps_the_text_and_its_context() {
        let (q, _) = quote_of(TEXT, "The patrol boat");
        assert!(q.exact.starts_with("The patrol boat rammed"));
        assert_eq!(q.exact.chars().count(), EXACT_CHARS);
        assert_eq!(q.prefix, " on Thursday in the port city.\n\n");
        assert_eq!(q.suffix.chars().count(), CONTEXT_CHARS);
        let end = TextQuote::at("ab", 2);
        assert_eq!((end.exact.as_str(), end.prefix.as_str()), ("", "ab"));
    }

    #[test]
    fn the_same_text_is_found_in_place() {
        let (q, at) = quote_of(TEXT, "The patrol boat");
        assert_eq!(
            q.locate(TEXT, at),
            Some(Located {
                offset: at,
                how: Match::Context
            })
        );
    }

    #[test]
    fn text_moved_by_an_edit_before_it_is_found_at_its_new_place() {
        let (q, at) = quote_of(TEXT, "The patrol boat");
        let edited = format!("A new first paragraph.\n\n{TEXT}");
        let found = q.locate(&edited, at).expect("found");
        assert_eq!(found.how, Match::Context);
        assert!(edited[found.offset..].starts_with("The patrol boat rammed"));
    }

    #[test]
    fn a_changed_context_still_finds_the_exact_text_nearest_the_old_place() {
        let (q, _) = quote_of(TEXT, "The patrol boat");
        let para = "The patrol boat rammed the trawler's stern and damaged its steering, \
            forcing the crew of nine to abandon the bridge.";
        let edited = format!("{para}\n\nSomething else entirely.\n\n{para}\n\nEnd.");
        let second = edited.rfind("The patrol").expect("twice");
        let found = q.locate(&edited, second - 20).expect("found");
        assert_eq!(found.how, Match::Exact);
        assert_eq!(found.offset, second, "the occurrence nearest the old place");
        assert_eq!(q.locate(&edited, 10).map(|f| f.offset), Some(0));
    }

    #[test]
    fn a_small_edit_inside_the_quote_is_found_approximately() {
        let (q, _) = quote_of(TEXT, "The patrol boat");
        let edited = TEXT.replace("rammed the trawler's", "struck the trawler’s");
        let found = q.locate(&edited, 0).expect("found");
        let Match::Fuzzy { edits } = found.how else {
            panic!("not fuzzy: {found:?}");
        };
        assert!(edits <= 8, "{edits}");
        assert!(
            edited[found.offset..].starts_with("The patrol boat struck"),
            "at {}: {}",
            found.offset,
            &edited[found.offset..]
        );
    }

    #[test]
    fn text_that_is_gone_is_not_found() {
        let (q, at) = quote_of(TEXT, "The patrol boat");
        let edited = "Talks resumed on Thursday in the port city.\n\nPrices rose again.";
        assert_eq!(q.locate(edited, at), None);
    }

    #[test]
    fn an_old_excerpt_serves_as_a_quote() {
        let q = TextQuote::from_excerpt("The patrol boat rammed the trawler's…");
        let found = q.locate(TEXT, 0).expect("found");
        assert_eq!(found.how, Match::Exact);
        assert!(TEXT[found.offset..].starts_with("The patrol boat"));
    }

    #[test]
    fn approximate_search_counts_edits() {
        let m = Myers::new("kitten".chars());
        let mut best = usize::MAX;
        m.scan("a sitting cat".char_indices(), |e, _, _| best = best.min(e));
        assert_eq!(best, 2, "kitten ~ sittin");
        assert_eq!(
            fuzzy("héllo wörld and more, and more", "hello world and more", 0),
            Some((0, 2))
        );
        assert_eq!(
            fuzzy("héllo wörld", "hello world", 0),
            None,
            "2 edits in 11"
        );
    }
}
