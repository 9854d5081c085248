//! The Claims pane: disputes with their sides first, then every claim under its source,
//! then the loaded sentences nobody is quoted for. Stances are words with a symbol, so they
//! read without colour.

use super::{frame, list, sanitize};
use crate::app::rows::{self, Row};
use crate::app::{App, ClaimEntry, Pane};
use crate::config::Theme;
use crate::extract::{Claim, Extraction, Stance};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draw the claims of the current document into `area`: only the rows in view, from the
/// row layout the app keeps per (extraction, width).
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(open) = app.open() else { return };
    let x = &open.extraction;
    let focused = app.focus == Pane::Claims;
    let title = match open.analysing {
        Some(since) => format!("Claims (analysing… {}s)", since.elapsed().as_secs()),
        None => format!("Claims ({}, {} disputed)", x.claims.len(), x.disputes.len()),
    };
    let mut block = frame::pane_block(title, focused, theme);
    if let Some(n) = crate::app::disputes::disputed_in(app) {
        let line = crate::app::disputes::disputed_line(n);
        block = block.title_bottom(Line::styled(format!(" {line} "), theme.stance_deny));
    }
    let inner = block.inner(area);
    block.render(area, buf);
    if !open.extracted {
        list::empty(super::actors::ANALYSING, theme.dim, inner, buf);
        return;
    }
    if open.claim_entries.is_empty() {
        let text = "No claims found.\nWho says what (\"X said ...\") and disputes between sources appear here.";
        list::empty(text, theme.dim, inner, buf);
        return;
    }
    let width = usize::from(inner.width).max(8);
    let entries = &open.claim_entries;
    let rows = open.claim_rows(width);
    let selected = open.claim_selected;
    let sel = rows.claim_selection(x, entries, selected);
    let view = rows.view(&sel, usize::from(inner.height));
    let whole = |e: usize| sel.rows.contains(&rows.row_of(e).unwrap_or(usize::MAX));
    let row_lines = |r: usize, lines: &mut Vec<Line<'static>>| match rows.rows[r] {
        Row::Gap => lines.push(Line::default()),
        Row::Header { first: e, .. } => {
            lines.push(Line::styled(header(x, entries[e]), theme.heading))
        }
        Row::Versus => lines.push(Line::styled("  ── vs ──", theme.dim)),
        Row::Entry(e) => {
            let on = e == selected && focused;
            entry_lines(x, entries[e], theme, width, whole(e), on, lines);
        }
        Row::Sides {
            first,
            count,
            sides,
        } => {
            let col = rows::side_column(width, sides).unwrap_or(width);
            let mut columns: Vec<Vec<Line>> = vec![Vec::new(); sides];
            for e in first..first + count {
                let on = e == selected && focused;
                let column = &mut columns[side_of(entries[e]).min(sides - 1)];
                entry_lines(x, entries[e], theme, col, whole(e), on, column);
            }
            side_by_side(columns, col, theme, lines);
        }
    };
    list::render_view(&view, row_lines, inner, buf);
}

/// Which side of its dispute an entry is on (0 for entries that are not dispute sides).
fn side_of(entry: ClaimEntry) -> usize {
    match entry {
        ClaimEntry::Side { side, .. } => side,
        _ => 0,
    }
}

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

/// The heading of the group an entry belongs to.
fn header(x: &Extraction, entry: ClaimEntry) -> String {
    match entry {
        ClaimEntry::Side { dispute, .. } => {
            let topic = x.disputes.get(dispute).map_or("", |d| d.topic.as_str());
            format!("≠ Dispute: {}", sanitize::clean(topic))
        }
        ClaimEntry::Claim(i) => {
            let shown = x
                .claims
                .get(i)
                .map_or("", |c| crate::app::entries::source_label(x, c));
            format!("{} says", sanitize::clean(shown))
        }
        ClaimEntry::Unattributed(_) => "Unattributed".to_string(),
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
    whole: bool,
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
    for part in rows::text_lines(text, width, whole) {
        out.push(sel(Line::from(vec![
            Span::raw(" ".repeat(rows::TEXT_INDENT)),
            Span::styled(part, theme.text),
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
