//! Disputes across the library in the reader: how many other briefings dispute the claim
//! selected in the Claims pane ("disputed in 2 other briefings"), the list of their claims
//! (`C`, in the same popup as an actor's other briefings), and the claim highlighted once
//! the chosen document is shown ([`super::library::select_wanted`]).

use super::library::{OtherBriefing, OtherBriefings, Wanted, current_entry};
use super::update::set_marks;
use super::{App, ClaimEntry, MarkKind, Overlay, Pane};
use crate::extract::Span;
use crate::library::disputes::ClaimFacts;
use crate::library::thousands;

/// The claim selected in the Claims pane and the library entry of the document shown.
fn selected_claim(app: &App) -> Option<(usize, &str)> {
    let open = app.open()?;
    let claim = match open.claim_entries.get(open.claim_selected)? {
        ClaimEntry::Side { claim, .. } | ClaimEntry::Claim(claim) => *claim,
        ClaimEntry::Unattributed(_) => return None,
    };
    Some((
        current_entry(app)?,
        open.extraction.claims.get(claim)?.id.as_str(),
    ))
}

/// How many other briefings of the library dispute the claim selected in the Claims pane;
/// `None` outside a library or when none does.
pub fn disputed_in(app: &App) -> Option<usize> {
    let lv = app.library.as_ref()?;
    let (entry, claim) = selected_claim(app)?;
    Some(lv.disputes.documents_disputing(entry, claim)).filter(|&n| n > 0)
}

/// "disputed in 1,204 other briefings".
pub fn disputed_line(n: usize) -> String {
    format!(
        "disputed in {} other briefing{}",
        thousands(n),
        if n == 1 { "" } else { "s" }
    )
}

/// What a side says, on one row: `Halvor Energy denies: “…”`.
fn detail(f: &ClaimFacts) -> String {
    let verb = f.stance.verb();
    format!(" — {} {verb}: “{}”", f.source, f.text)
}

/// `C`: list the claims of other briefings disputing the selected claim.
pub fn open(app: &mut App) {
    if app.focus != Pane::Claims {
        app.message = Some("select a claim in the Claims pane first".to_string());
        return;
    }
    let Some(lv) = app.library.as_ref() else {
        return;
    };
    let Some((entry, claim)) = selected_claim(app) else {
        app.message = Some("select a claim in the Claims pane first".to_string());
        return;
    };
    let sides = lv.disputes.disputing(entry, claim);
    if sides.is_empty() {
        app.message = Some("no other briefing disputes this claim".to_string());
        return;
    }
    let docs = lv.disputes.documents_disputing(entry, claim);
    let entries: Vec<OtherBriefing> = sides
        .into_iter()
        .map(|(doc, f)| OtherBriefing {
            entry: doc,
            detail: detail(f),
            at: None,
            wanted: Wanted::Claim(Span {
                start: f.start,
                end: f.end,
            }),
        })
        .collect();
    app.overlay = Some(Overlay::OtherBriefings(OtherBriefings {
        title: format!("{} (Enter opens at its claim)", disputed_line(docs)),
        entries,
        selected: 0,
    }));
}

/// Highlight the claim at `span` of the document shown and bring it into view; select its
/// row in the Claims pane. True when the span lies in the body.
pub(super) fn select_claim(app: &mut App, span: Span) -> bool {
    let Some(open) = app.open() else {
        return false;
    };
    if span.end > open.doc.body.len() {
        return false;
    }
    set_marks(app, MarkKind::Claim, vec![span], 0);
    if let Some(open) = app.open_mut() {
        let x = &open.extraction;
        if let Some(row) = open
            .claim_entries
            .iter()
            .position(|e| matches!(e, ClaimEntry::Claim(_)) && e.span(x) == Some(span))
        {
            open.claim_selected = row;
        }
    }
    true
}
