//! Claims (who says what, with stance), disputes and unattributed assertions.

use super::{Actor, Assertion, Claim, Dispute, Span};

/// What [`find`] returns.
#[derive(Debug, Default)]
pub struct Found {
    pub claims: Vec<Claim>,
    pub disputes: Vec<Dispute>,
    pub unattributed: Vec<Assertion>,
}

/// Find the claims of `text`. Placeholder: none yet.
pub fn find(text: &str, sentences: &[Span], actors: &[Actor]) -> Found {
    let _ = (text, sentences, actors);
    Found::default()
}
