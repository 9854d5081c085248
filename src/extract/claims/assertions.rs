//! Unattributed assertions: sentences in the document's own voice (outside every claim and
//! quotation) that use loaded or evaluative terms.

use super::lexicon;
use super::{Doc, Draft};
use crate::extract::Assertion;

/// The sentences of `doc` outside `drafts` that carry loaded terms.
pub(super) fn find(doc: &Doc, drafts: &[Draft]) -> Vec<Assertion> {
    let mut spans: Vec<(usize, usize)> = drafts.iter().map(|d| (d.start, d.end)).collect();
    spans.sort_unstable();
    let mut out = Vec::new();
    let mut c = 0;
    for s in &doc.sents {
        while c < spans.len() && spans[c].1 <= s.span.start {
            c += 1;
        }
        let inside_claim = spans[c..]
            .iter()
            .take_while(|sp| sp.0 < s.span.end)
            .any(|sp| sp.1 > s.span.start);
        if inside_claim {
            continue;
        }
        let mut terms: Vec<String> = Vec::new();
        for k in s.lo..s.hi {
            let t = doc.toks[k];
            if !doc.has(k, super::LOADED) || t.quoted {
                continue;
            }
            let low = doc.low(k);
            let w = low.as_str();
            let term = if lexicon::is_loaded(w) {
                Some(doc.tok_text(k).to_string())
            } else if k + 1 < s.hi
                && !doc.toks[k + 1].quoted
                && lexicon::is_loaded_pair(w, doc.low(k + 1).as_str())
            {
                Some(doc.text[t.start..doc.toks[k + 1].end].to_string())
            } else {
                None
            };
            if let Some(term) = term
                && !terms.iter().any(|x| x.eq_ignore_ascii_case(&term))
            {
                terms.push(term);
            }
        }
        if !terms.is_empty() {
            out.push(Assertion {
                terms,
                text: doc.text[s.span.start..s.span.end]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                start: s.span.start,
                end: s.span.end,
            });
        }
    }
    out
}
