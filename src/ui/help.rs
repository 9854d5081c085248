//! The help popup, generated from the keymap so it always shows the real bindings.

use super::popup;
use crate::config::{Keymap, Theme};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Draw the help over `area`, starting at line `scroll`.
pub fn render(keymap: &Keymap, theme: &Theme, scroll: usize, area: Rect, buf: &mut Buffer) {
    let rows = keymap.help_rows();
    let key_w = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|(k, d)| {
            Line::from(vec![
                Span::styled(format!(" {k:<key_w$}  "), theme.accent),
                Span::styled(d.to_string(), theme.text),
            ])
        })
        .collect();
    let width = (key_w + 40) as u16;
    let inner = popup::render(
        "Keys (Esc closes, j/k scroll)",
        width,
        lines.len() as u16,
        theme,
        area,
        buf,
    );
    let scroll = scroll.min(lines.len().saturating_sub(usize::from(inner.height)));
    // A description cut by a narrow screen ends in "…", so it does not read as a whole one.
    let width = usize::from(inner.width);
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(scroll)
        .map(|l| super::list::fit(l, width))
        .collect();
    Paragraph::new(shown).render(inner, buf);
}
