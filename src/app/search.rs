//! Case-insensitive search of a body.

use crate::extract::Span;

/// Every non-overlapping match of `query` in `body`, ignoring ASCII case. Byte offsets are
/// unchanged by ASCII lowering, so the spans index the original body.
pub fn find(body: &str, query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    let hay = body.to_ascii_lowercase();
    let needle = query.to_ascii_lowercase();
    hay.match_indices(&needle)
        .map(|(start, m)| Span {
            start,
            end: start + m.len(),
        })
        .collect()
}
