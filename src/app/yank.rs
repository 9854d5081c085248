//! `y`: copy the selected claim with its citation (who said it, in which document, from
//! which source, when), or else the paragraph at the top of the article. The text goes to
//! the caller as [`Effect::Copy`]; the status line says what was copied.

use super::{App, ClaimEntry, Effect, Pane};

/// Longest text quoted in the status note, in characters.
const NOTE_CHARS: usize = 40;

/// Copy what `y` copies and say so in the status line.
pub fn yank(app: &mut App) {
    let Some(open) = app.open() else { return };
    let claim = (app.focus == Pane::Claims)
        .then(|| open.claim_entries.get(open.claim_selected))
        .flatten()
        .and_then(|&e| claim_with_citation(app, e));
    let (text, what) = match claim {
        Some(found) => found,
        None => {
            // The first block with text on screen (the top line may be the gap after one).
            let Some(block) = app
                .wrap
                .lines
                .iter()
                .skip(app.top_line())
                .find(|l| !l.gap)
                .and_then(|l| open.doc.blocks.get(l.block))
            else {
                return;
            };
            let text = open.doc.body[block.range.clone()].to_string();
            (text, "the paragraph".to_string())
        }
    };
    let text = plain(&text);
    app.message = Some(format!(
        "copied {what}: {} ({} characters)",
        excerpt(&text),
        text.chars().count()
    ));
    app.emit(Effect::Copy(text));
}

/// A claim as a quotation with its citation, and how the status note names it.
fn claim_with_citation(app: &App, entry: ClaimEntry) -> Option<(String, String)> {
    let open = app.open()?;
    let x = &open.extraction;
    let meta = &open.doc.meta;
    let (text, speaker) = match entry {
        ClaimEntry::Side { claim, .. } | ClaimEntry::Claim(claim) => {
            let c = x.claims.get(claim)?;
            (c.text.as_str(), Some(super::entries::source_label(x, c)))
        }
        ClaimEntry::Unattributed(i) => (x.unattributed.get(i)?.text.as_str(), None),
    };
    let mut cite: Vec<&str> = Vec::new();
    if let Some(s) = speaker {
        cite.push(s);
    }
    if !meta.title.is_empty() {
        cite.push(&meta.title);
    }
    for part in [&meta.source, &meta.published].into_iter().flatten() {
        cite.push(part);
    }
    let what = match speaker {
        Some(s) => format!("the claim by {s}"),
        None => "the sentence".to_string(),
    };
    Some((
        format!("\u{201c}{}\u{201d} ({})", text.trim(), cite.join(", ")),
        what,
    ))
}

/// `text` with line breaks as spaces and any control character dropped (documents are
/// sanitised at load; this keeps the clipboard safe whatever the source).
fn plain(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if c == '\n' || c == '\t' { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    spaced
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn excerpt(text: &str) -> String {
    if text.chars().count() <= NOTE_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(NOTE_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}
