//! Sentence splitting with byte spans.

use super::Span;

/// Split `text` into sentences. Placeholder: one sentence per paragraph.
pub fn split(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for part in text.split("\n\n") {
        let end = start + part.len();
        if !part.trim().is_empty() {
            out.push(Span { start, end });
        }
        start = end + 2;
    }
    out
}
