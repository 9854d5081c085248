//! The Claims pane: disputes with their sides first, then every claim under its source,
//! then the loaded sentences nobody is quoted for. Stances are words with a symbol, so they
//! read without colour.

use super::{frame, list, sanitize};
use crate::app::{App, ClaimEntry, Pane};
use crate::config::Theme;
use crate::extract::{Claim, Extraction, Stance};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Lines of claim text shown per row before it is cut with "…".
const TEXT_LINES: usize = 3;

/// Draw the claims of the current document into `area`.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(open) = app.open() else { return };
    let x = &open.extraction;
    let focused = app.focus == Pane::Claims;
    let title = format!("Claims ({}, {} disputed)", x.claims.len(), x.disputes.len());
    let block = frame::pane_block(title, focused, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if open.claim_entries.is_empty() {
        let text = "No claims found.\nWho says what (\"X said ...\") and disputes between sources appear here.";
        list::empty(text, theme.dim, inner, buf);
        return;
    }
    let width = usize::from(inner.width).max(8);
    let mut lines: Vec<Line> = Vec::new();
    let mut selected = None;
    let mut group: Option<String> = None;
    let entries = &open.claim_entries;
    let mut row = 0;
    while let Some(entry) = entries.get(row) {
        let header = header(x, *entry);
        if group.as_ref() != Some(&header.0) {
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(header.1.clone(), theme.heading));
            group = Some(header.0);
        }
        if let ClaimEntry::Side { dispute, .. } = *entry {
            let count = entries[row..]
                .iter()
                .take_while(|e| matches!(e, ClaimEntry::Side { dispute: d, .. } if *d == dispute))
                .count();
            let sides = side_of(entries[row + count - 1]) + 1;
            let gap = 3;
            let col = width.saturating_sub(gap * (sides - 1)) / sides.max(1);
            if sides >= 2 && col >= SIDE_MIN {
                let sel = (row..row + count).contains(&open.claim_selected);
                let first = lines.len();
                let mut columns: Vec<Vec<Line>> = vec![Vec::new(); sides];
                for r in row..row + count {
                    let on = r == open.claim_selected && focused;
                    let column = &mut columns[side_of(entries[r])];
                    entry_lines(x, entries[r], theme, col, on, column);
                }
                side_by_side(columns, col, theme, &mut lines);
                if sel {
                    selected = Some((first, lines.len().saturating_sub(1)));
                }
                row += count;
                continue;
            }
            // Stacked on a narrow pane: a rule between the sides keeps them apart.
            let prev = row.checked_sub(1).map(|r| entries[r]);
            if let Some(ClaimEntry::Side {
                dispute: d, side, ..
            }) = prev
                && d == dispute
                && side != side_of(*entry)
            {
                lines.push(Line::styled("  ── vs ──", theme.dim));
            }
        }
        let is_sel = row == open.claim_selected;
        let first = lines.len();
        entry_lines(x, *entry, theme, width, is_sel && focused, &mut lines);
        if is_sel {
            selected = Some((first, lines.len().saturating_sub(1)));
        }
        row += 1;
    }
    list::render(lines, selected, inner, buf);
}

/// Which side of its dispute an entry is on (0 for entries that are not dispute sides).
fn side_of(entry: ClaimEntry) -> usize {
    match entry {
        ClaimEntry::Side { side, .. } => side,
        _ => 0,
    }
}

/// Narrowest column for showing the sides of a dispute next to each other.
const SIDE_MIN: usize = 28;

/// Put the lines of each column next to each other, `col` cells wide, separated by " │ ".
fn side_by_side(
    columns: Vec<Vec<Line<'static>>>,
    col: usize,
    theme: &Theme,
    out: &mut Vec<Line<'static>>,
) {
    let rows = columns.iter().map(Vec::len).max().unwrap_or(0);
    for r in 0..rows {
        let mut spans = Vec::new();
        for (c, column) in columns.iter().enumerate() {
            if c > 0 {
                spans.push(Span::styled(" │ ", theme.border));
            }
            let line = list::fit(column.get(r).cloned().unwrap_or_default(), col);
            let w = line.width();
            let style = line.style;
            spans.extend(line.spans.into_iter().map(|s| s.patch_style(style)));
            spans.push(Span::styled(" ".repeat(col.saturating_sub(w)), style));
        }
        out.push(Line::from(spans));
    }
}

/// The group an entry belongs to: a key and the header text.
fn header(x: &Extraction, entry: ClaimEntry) -> (String, String) {
    match entry {
        ClaimEntry::Side { dispute, .. } => {
            let topic = x.disputes.get(dispute).map_or("", |d| d.topic.as_str());
            (
                format!("d{dispute}"),
                format!("≠ Dispute: {}", sanitize::clean(topic)),
            )
        }
        ClaimEntry::Claim(i) => {
            let c = x.claims.get(i);
            let key = c.map_or("", crate::app::entries::source_key);
            let shown = c.map_or("", |c| crate::app::entries::source_label(x, c));
            (
                format!("s:{key}"),
                format!("{} says", sanitize::clean(shown)),
            )
        }
        ClaimEntry::Unattributed(_) => ("u".to_string(), "Unattributed".to_string()),
    }
}

/// A stance as a symbol and a word.
pub fn stance_label(stance: Stance) -> &'static str {
    match stance {
        Stance::Assert => "• asserts",
        Stance::Deny => "✗ denies",
        Stance::Confirm => "✓ confirms",
        Stance::Urge => "! urges",
        Stance::Accuse => "» accuses",
        Stance::Hedge => "~ hedges",
    }
}

fn stance_style(theme: &Theme, stance: Stance) -> Style {
    match stance {
        Stance::Assert => theme.stance_assert,
        Stance::Deny => theme.stance_deny,
        Stance::Confirm => theme.stance_confirm,
        Stance::Urge => theme.stance_urge,
        Stance::Accuse => theme.stance_accuse,
        Stance::Hedge => theme.stance_hedge,
    }
}

fn entry_lines(
    x: &Extraction,
    entry: ClaimEntry,
    theme: &Theme,
    width: usize,
    selected: bool,
    out: &mut Vec<Line<'static>>,
) {
    let mark = if selected { "▸ " } else { "  " };
    let (head, text) = match entry {
        ClaimEntry::Side { claim, .. } => match x.claims.get(claim) {
            Some(c) => (claim_head(x, c, theme, mark, true), c.text.as_str()),
            None => return,
        },
        ClaimEntry::Claim(i) => match x.claims.get(i) {
            Some(c) => (claim_head(x, c, theme, mark, false), c.text.as_str()),
            None => return,
        },
        ClaimEntry::Unattributed(i) => match x.unattributed.get(i) {
            Some(a) => (
                Line::from(vec![
                    Span::raw(mark),
                    Span::styled("◇ loaded: ", theme.dim),
                    Span::styled(sanitize::owned(&a.terms.join(", ")), theme.accent),
                ]),
                a.text.as_str(),
            ),
            None => return,
        },
    };
    let sel = |l: Line<'static>| {
        if selected {
            l.style(theme.selection)
        } else {
            l
        }
    };
    out.push(sel(head));
    let clean = sanitize::owned(text);
    let wrapped = textwrap::wrap(&clean, width.saturating_sub(4).max(4));
    let n = wrapped.len();
    for (k, part) in wrapped.into_iter().take(TEXT_LINES).enumerate() {
        let cut = k + 1 == TEXT_LINES && n > TEXT_LINES;
        let text = if cut {
            format!("{part}…")
        } else {
            part.into_owned()
        };
        out.push(sel(Line::from(vec![
            Span::raw("    "),
            Span::styled(text, theme.text),
        ])));
    }
}

fn claim_head(
    x: &Extraction,
    c: &Claim,
    theme: &Theme,
    mark: &'static str,
    with_source: bool,
) -> Line<'static> {
    let mut spans = vec![
        Span::raw(mark),
        Span::styled(stance_label(c.stance), stance_style(theme, c.stance)),
    ];
    if with_source {
        spans.push(Span::styled(" · ", theme.dim));
        let shown = crate::app::entries::source_label(x, c);
        spans.push(Span::styled(sanitize::owned(shown), theme.accent));
    }
    if !c.cue.is_empty() {
        spans.push(Span::styled(
            format!(" ({})", sanitize::clean(&c.cue)),
            theme.dim,
        ));
    }
    Line::from(spans)
}
