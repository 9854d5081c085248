//! Fuzzy filtering with [`nucleo_matcher`] (the matcher of helix and television): which
//! entries match a query, and which characters of a text matched, for highlighting.

use nucleo_matcher::pattern::{AtomKind, CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

fn pattern(query: &str) -> Pattern {
    Pattern::new(
        query,
        CaseMatching::Ignore,
        Normalization::Smart,
        AtomKind::Fuzzy,
    )
}

/// The items of `from` (kept in order) whose text, given by `text`, matches `query`.
pub fn matching(query: &str, from: &[usize], text: impl Fn(usize) -> String) -> Vec<usize> {
    let pattern = pattern(query);
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    from.iter()
        .copied()
        .filter(|&i| {
            let hay = text(i);
            pattern
                .score(Utf32Str::new(&hay, &mut buf), &mut matcher)
                .is_some()
        })
        .collect()
}

/// The character indexes of `text` that `query` matched, ascending; empty when it does not
/// match (or the query is empty).
pub fn positions(query: &str, text: &str) -> Vec<u32> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    let mut matcher = Matcher::new(Config::DEFAULT);
    let mut buf = Vec::new();
    let mut indices = Vec::new();
    pattern(query).indices(Utf32Str::new(text, &mut buf), &mut matcher, &mut indices);
    indices.sort_unstable();
    indices.dedup();
    indices
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matched_letters_are_reported_by_character() {
        assert_eq!(positions("kara", "Kára Sea"), vec![0, 1, 2, 3]);
        assert_eq!(positions("hbr", "Harbour"), vec![0, 3, 6]);
        assert!(positions("zz", "Harbour").is_empty());
        assert!(positions("", "Harbour").is_empty());
    }

    #[test]
    fn several_words_must_all_match() {
        let texts = ["harbour talks", "harbour closed", "talks on grain"];
        let m = matching("harb talk", &[0, 1, 2], |i| texts[i].to_string());
        assert_eq!(m, vec![0]);
    }
}
