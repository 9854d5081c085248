//! The list of open documents with source, date, read mark and bookmark count (`[`/`]`
//! step through them; Enter opens the selected one).

use super::{popup, sanitize};
use crate::app::App;
use crate::config::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

/// Draw the document list over `area` with row `selected` highlighted.
pub fn render(app: &App, theme: &Theme, selected: usize, area: Rect, buf: &mut Buffer) {
    let lines: Vec<Line> = app
        .docs
        .iter()
        .enumerate()
        .map(|(i, open)| {
            let mark = match (i == selected, i == app.current) {
                (true, _) => "▸ ",
                (false, true) => "• ",
                _ => "  ",
            };
            let meta = &open.doc.meta;
            let about: Vec<String> = [meta.source.as_deref(), meta.published.as_deref()]
                .into_iter()
                .flatten()
                .map(|s| sanitize::clean(s).into_owned())
                .filter(|s| !s.trim().is_empty())
                .collect();
            let source = if about.is_empty() {
                String::new()
            } else {
                format!(" — {}", about.join(", "))
            };
            let read = if crate::app::session::is_read(app, i) {
                "✓ "
            } else {
                "  "
            };
            let marks = match app.session.bookmarks.count_for(&open.doc.id) {
                0 => String::new(),
                1 => " (1 bookmark)".to_string(),
                n => format!(" ({n} bookmarks)"),
            };
            let text = format!(
                "{mark}{read}{}{source}{marks}",
                sanitize::clean(&open.doc.meta.title)
            );
            if i == selected {
                Line::styled(text, theme.selection)
            } else {
                Line::styled(text, theme.text)
            }
        })
        .collect();
    let width = area.width.saturating_sub(8).min(90);
    let inner = popup::render(
        "Documents (✓ read, Enter opens)",
        width,
        lines.len() as u16,
        theme,
        area,
        buf,
    );
    super::list::render(lines, Some((selected, selected)), inner, buf);
}
