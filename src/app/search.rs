//! Case-insensitive search of a body.

use crate::extract::Span;

/// Every non-overlapping match of `query` in `body`, ignoring ASCII case, in text order.
/// One pass over the body with no copy of it (a 100 MB body is searched in place).
pub fn find(body: &str, query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    let Ok(matcher) = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([query])
    else {
        return Vec::new();
    };
    matcher
        .find_iter(body)
        .map(|m| Span {
            start: m.start(),
            end: m.end(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_match_ignoring_ascii_case() {
        let spans = find("Talks. TALKS talks, tAlKs", "talks");
        let starts: Vec<usize> = spans.iter().map(|s| s.start).collect();
        assert_eq!(starts, [0, 7, 13, 20]);
        assert!(find("abc", "").is_empty());
        assert_eq!(find("aaaa", "aa").len(), 2, "non-overlapping");
    }
}
