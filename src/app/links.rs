//! `o`: a document's links. Their texts are highlighted, the one at or after the reading
//! position becomes current (pressed again: the next one) and its URL shows in the status
//! line; `n`/`N` then step through the links.

use super::update::set_marks;
use super::{App, MarkKind};
use crate::extract::Span;

/// Highlight the links of the open document and show the URL of the current one.
pub(super) fn show_link(app: &mut App) {
    let top = app.anchor_offset();
    let Some(open) = app.open() else { return };
    let links = &open.doc.links;
    if links.is_empty() {
        app.message = Some("no link in this document".to_string());
        return;
    }
    let spans: Vec<Span> = links
        .iter()
        .map(|l| Span {
            start: l.range.start,
            end: l.range.end,
        })
        .collect();
    let current = match &app.marks {
        Some(m) if m.kind == MarkKind::Link => (m.current + 1) % spans.len(),
        _ => spans.iter().position(|s| s.end > top).unwrap_or(0),
    };
    let url = match links[current].url.as_str() {
        "" => "(no target)".to_string(),
        url => url.to_string(),
    };
    let n = spans.len();
    set_marks(app, MarkKind::Link, spans, current);
    app.message = Some(format!("link {}/{n}: {url}", current + 1));
}
