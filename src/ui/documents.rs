//! The list of open documents (`[`/`]` step through it; Enter opens the selected one).

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
            let source = open
                .doc
                .meta
                .source
                .as_deref()
                .map(|s| format!(" — {}", sanitize::clean(s)))
                .unwrap_or_default();
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
