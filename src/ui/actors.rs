//! The Actors pane: people, organisations and countries, each with role, affiliation and how
//! often the text mentions it.

use super::{frame, list, sanitize};
use crate::app::rows::Row;
use crate::app::{App, MarkKind, Pane};
use crate::config::Theme;
use crate::extract::{Actor, ActorKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// What the Actors and Claims panes say while the document is being analysed.
pub const ANALYSING: &str =
    "analysing…\nThe article can be read meanwhile; this fills in when the analysis is done.";

/// Draw the actors of the current document into `area`: only the rows in view.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(open) = app.open() else { return };
    let actors = &open.extraction.actors;
    let focused = app.focus == Pane::Actors;
    let title = match open.analysing {
        Some(since) => format!("Actors (analysing… {}s)", since.elapsed().as_secs()),
        None => format!("Actors ({})", actors.len()),
    };
    let mut block = frame::pane_block(title, focused, theme);
    if let Some(n) = crate::app::library::also_in(app) {
        let s = if n == 1 { "" } else { "s" };
        block = block.title_bottom(Line::styled(
            format!(" also in {n} other briefing{s} "),
            theme.dim,
        ));
    }
    let inner = block.inner(area);
    block.render(area, buf);
    if !open.extracted {
        list::empty(ANALYSING, theme.dim, inner, buf);
        return;
    }
    if actors.is_empty() {
        let text =
            "No actors found.\nPeople, organisations and countries named in the text appear here.";
        list::empty(text, theme.dim, inner, buf);
        return;
    }
    let active = match app.marks.as_ref().map(|m| &m.kind) {
        Some(MarkKind::Actor(i)) => Some(*i),
        _ => None,
    };
    let width = usize::from(inner.width);
    let rows = open.actor_rows(width);
    let sel = rows.actor_selection(open.actor_selected);
    let view = rows.view(&sel, usize::from(inner.height));
    list::render_view(
        &view,
        |r, lines| match rows.rows[r] {
            Row::Header { first, count } => {
                if let Some(actor) = open.actor_order.get(first).and_then(|&i| actors.get(i)) {
                    lines.push(Line::styled(
                        format!("{} ({count})", group_name(actor.kind)),
                        theme.heading,
                    ));
                }
            }
            Row::Entry(row) => {
                if let Some(&i) = open.actor_order.get(row)
                    && let Some(actor) = actors.get(i)
                {
                    let is_sel = row == open.actor_selected;
                    actor_lines(
                        actor,
                        actors,
                        theme,
                        is_sel && focused,
                        active == Some(i),
                        width,
                        lines,
                    );
                }
            }
            _ => lines.push(Line::default()),
        },
        inner,
        buf,
    );
}

fn group_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "People",
        ActorKind::Organization => "Organisations",
        ActorKind::Country => "Countries",
    }
}

/// An actor's lines as its row in the model (src/app/rows.rs, `actor_height`) counts them:
/// the name, then the role and affiliation when it has either.
fn actor_lines<'a>(
    actor: &'a Actor,
    all: &[Actor],
    theme: &Theme,
    selected: bool,
    active: bool,
    width: usize,
    out: &mut Vec<Line<'a>>,
) {
    let sel = |l: Line<'a>| {
        if selected {
            l.style(theme.selection)
        } else {
            l
        }
    };
    out.push(sel(name_line(actor, theme, selected, active, width)));
    if actor.role.is_some() || actor.affiliation.is_some() {
        out.push(sel(details_line(actor, all, theme)));
    }
}

/// The name with its mention count.
fn name_line<'a>(
    actor: &'a Actor,
    theme: &Theme,
    selected: bool,
    active: bool,
    width: usize,
) -> Line<'a> {
    let kind_style = match actor.kind {
        ActorKind::Person => theme.person,
        ActorKind::Organization => theme.organization,
        ActorKind::Country => theme.country,
    };
    let mark = match (selected, active) {
        (true, _) => "▸ ",
        (false, true) => "● ",
        _ => "  ",
    };
    let count = format!(" ×{}", actor.mentions.len());
    Line::from(vec![
        Span::raw(mark),
        // A long name is cut so the mention count stays visible.
        Span::styled(
            super::status::truncate(
                &sanitize::clean(&actor.name),
                width.saturating_sub(2 + count.chars().count()),
            ),
            kind_style,
        ),
        Span::styled(count, theme.dim),
    ])
}

/// Role and affiliation (the affiliated actor's name when it is one).
fn details_line<'a>(actor: &'a Actor, all: &[Actor], theme: &Theme) -> Line<'a> {
    let mut details = Vec::new();
    if let Some(role) = &actor.role {
        details.push(sanitize::owned(role));
    }
    if let Some(aff) = &actor.affiliation {
        let name = all
            .iter()
            .find(|a| &a.id == aff)
            .map_or(aff.as_str(), |a| a.name.as_str());
        details.push(sanitize::owned(name));
    }
    Line::from(vec![
        Span::raw("    "),
        Span::styled(details.join(", "), theme.dim),
    ])
}
