//! The Actors pane: people, organisations and countries, each with role, affiliation and how
//! often the text mentions it.

use super::{frame, list, sanitize};
use crate::app::{App, MarkKind, Pane};
use crate::config::Theme;
use crate::extract::{Actor, ActorKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

/// Draw the actors of the current document into `area`.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(open) = app.open() else { return };
    let actors = &open.extraction.actors;
    let focused = app.focus == Pane::Actors;
    let mut block = frame::pane_block(format!("Actors ({})", actors.len()), focused, theme);
    if let Some(n) = crate::app::library::also_in(app) {
        let s = if n == 1 { "" } else { "s" };
        block = block.title_bottom(Line::styled(
            format!(" also in {n} other briefing{s} "),
            theme.dim,
        ));
    }
    let inner = block.inner(area);
    block.render(area, buf);
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
    let mut lines = Vec::new();
    let mut selected = None;
    let mut last_kind = None;
    for (row, &i) in open.actor_order.iter().enumerate() {
        let Some(actor) = actors.get(i) else { continue };
        if last_kind != Some(actor.kind) {
            last_kind = Some(actor.kind);
            let count = actors.iter().filter(|a| a.kind == actor.kind).count();
            if !lines.is_empty() {
                lines.push(Line::default());
            }
            lines.push(Line::styled(
                format!("{} ({count})", group_name(actor.kind)),
                theme.heading,
            ));
        }
        let is_sel = row == open.actor_selected;
        let first = lines.len();
        actor_lines(
            actor,
            actors,
            theme,
            is_sel && focused,
            active == Some(i),
            usize::from(inner.width),
            &mut lines,
        );
        if is_sel {
            selected = Some((first, lines.len().saturating_sub(1)));
        }
    }
    list::render(lines, selected, inner, buf);
}

fn group_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "People",
        ActorKind::Organization => "Organisations",
        ActorKind::Country => "Countries",
    }
}

/// The name with its mention count, then role and affiliation on a second line.
fn actor_lines<'a>(
    actor: &'a Actor,
    all: &[Actor],
    theme: &Theme,
    selected: bool,
    active: bool,
    width: usize,
    out: &mut Vec<Line<'a>>,
) {
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
    let sel = |l: Line<'a>| {
        if selected {
            l.style(theme.selection)
        } else {
            l
        }
    };
    out.push(sel(Line::from(vec![
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
    ])));
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
    if !details.is_empty() {
        out.push(sel(Line::from(vec![
            Span::raw("    "),
            Span::styled(details.join(", "), theme.dim),
        ])));
    }
}
