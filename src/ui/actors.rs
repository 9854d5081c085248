//! The Actors pane: people, organisations and countries, each with role, affiliation and how
//! often the text mentions it.

use super::{frame, list, sanitize};
use crate::app::layout::{self, ActorLine};
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
    let model = layout::actor_lines(open);
    let selected = layout::lines_of_row(model.iter().map(|l| l.row()), open.actor_selected);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = model
        .iter()
        .map(|&line| match line {
            ActorLine::Gap => Line::default(),
            ActorLine::Heading(kind) => {
                let count = actors.iter().filter(|a| a.kind == kind).count();
                Line::styled(format!("{} ({count})", group_name(kind)), theme.heading)
            }
            ActorLine::Name(row) | ActorLine::Details(row) => {
                let Some(i) = open.actor_order.get(row).copied() else {
                    return Line::default();
                };
                let Some(actor) = actors.get(i) else {
                    return Line::default();
                };
                let sel = row == open.actor_selected && focused;
                let line = if matches!(line, ActorLine::Name(_)) {
                    name_line(actor, theme, sel, active == Some(i), width)
                } else {
                    details_line(actor, actors, theme)
                };
                if sel {
                    line.style(theme.selection)
                } else {
                    line
                }
            }
        })
        .collect();
    list::render(lines, selected, inner, buf);
}

fn group_name(kind: ActorKind) -> &'static str {
    match kind {
        ActorKind::Person => "People",
        ActorKind::Organization => "Organisations",
        ActorKind::Country => "Countries",
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
