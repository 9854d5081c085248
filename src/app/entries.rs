//! The order in which the Actors and Claims panes list an extraction, computed once per
//! document so that selection, Enter and drawing agree on what row N is.

use crate::extract::{ActorKind, Extraction, Span};
use std::collections::HashMap;

/// One selectable row of the Claims pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimEntry {
    /// A claim on one side of a dispute: indexes into `disputes` and `claims`, and which side
    /// (index into `Dispute::sides`, or the claim's own position when sides are not given).
    Side {
        dispute: usize,
        side: usize,
        claim: usize,
    },
    /// A claim, listed under its source.
    Claim(usize),
    /// A loaded sentence in the document's own voice (`unattributed`).
    Unattributed(usize),
}

impl ClaimEntry {
    /// The text span Enter jumps to.
    pub fn span(self, x: &Extraction) -> Option<Span> {
        match self {
            ClaimEntry::Side { claim, .. } | ClaimEntry::Claim(claim) => {
                x.claims.get(claim).map(|c| Span {
                    start: c.start,
                    end: c.end,
                })
            }
            ClaimEntry::Unattributed(i) => x.unattributed.get(i).map(|a| Span {
                start: a.start,
                end: a.end,
            }),
        }
    }
}

/// Actor indexes grouped by kind (people, organisations, countries), most mentioned first.
pub fn actor_order(x: &Extraction) -> Vec<usize> {
    let mut order: Vec<usize> = (0..x.actors.len()).collect();
    order.sort_by(|&a, &b| {
        let (a, b) = (&x.actors[a], &x.actors[b]);
        kind_rank(a.kind)
            .cmp(&kind_rank(b.kind))
            .then(b.mentions.len().cmp(&a.mentions.len()))
            .then(a.name.cmp(&b.name))
    });
    order
}

fn kind_rank(kind: ActorKind) -> u8 {
    match kind {
        ActorKind::Person => 0,
        ActorKind::Organization => 1,
        ActorKind::Country => 2,
    }
}

/// Disputes with their sides first, then every claim grouped by source (sources in order of
/// first appearance), then the unattributed assertions.
pub fn claim_entries(x: &Extraction) -> Vec<ClaimEntry> {
    let mut out = Vec::new();
    // Claim ids to indexes once: a dispute names its claims by id. The first claim of an id
    // wins, as a scan from the start would find.
    let mut by_id: HashMap<&str, usize> = HashMap::with_capacity(x.claims.len());
    for (i, c) in x.claims.iter().enumerate() {
        by_id.entry(c.id.as_str()).or_insert(i);
    }
    for (d, dispute) in x.disputes.iter().enumerate() {
        // Without explicit sides, every claim stands for a side of its own.
        let own: Vec<Vec<String>>;
        let sides = if dispute.sides.is_empty() {
            own = dispute.claims.iter().map(|id| vec![id.clone()]).collect();
            &own
        } else {
            &dispute.sides
        };
        for (side, ids) in sides.iter().enumerate() {
            for id in ids {
                if let Some(&claim) = by_id.get(id.as_str()) {
                    out.push(ClaimEntry::Side {
                        dispute: d,
                        side,
                        claim,
                    });
                }
            }
        }
    }
    // Each source's claims in text order, sources in order of first appearance.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut group_of: HashMap<&str, usize> = HashMap::new();
    for (i, c) in x.claims.iter().enumerate() {
        let g = *group_of.entry(source_key(c)).or_insert_with(|| {
            groups.push(Vec::new());
            groups.len() - 1
        });
        groups[g].push(i);
    }
    out.extend(groups.into_iter().flatten().map(ClaimEntry::Claim));
    out.extend((0..x.unattributed.len()).map(ClaimEntry::Unattributed));
    out
}

/// What claims are grouped by: the resolved actor id, else the source as written.
pub fn source_key(c: &crate::extract::Claim) -> &str {
    c.source.as_deref().unwrap_or(&c.source_text)
}

/// Who a claim is shown as: the resolved actor's name, else the source as written (a pronoun
/// like "she" means nothing out of its sentence, so it is shown only when nothing resolved).
pub fn source_label<'a>(x: &'a Extraction, c: &'a crate::extract::Claim) -> &'a str {
    c.source
        .as_deref()
        .and_then(|id| x.actors.iter().find(|a| a.id == id))
        .map_or(c.source_text.as_str(), |a| a.name.as_str())
}
