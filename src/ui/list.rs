//! Drawing a scrolled list of rows where one group of rows is selected, keeping the
//! selection in view without any per-frame state.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

/// Draw `lines` into `area`, scrolled so the rows `selected` (first..last line) are visible.
pub fn render(
    lines: Vec<Line<'_>>,
    selected: Option<(usize, usize)>,
    area: Rect,
    buf: &mut Buffer,
) {
    let h = usize::from(area.height);
    let offset = match selected {
        Some((first, last)) if last >= h => {
            // Keep the whole selected row on screen, a little context above when it fits.
            let want = last + 1 - h;
            want.max(first.saturating_sub(h.saturating_sub(last - first + 1)))
                .min(first)
        }
        _ => 0,
    };
    let shown: Vec<Line> = lines.into_iter().skip(offset).take(h).collect();
    Paragraph::new(shown).render(area, buf);
}

/// Draw a short explanation (wrapped) where a list has nothing to show.
pub fn empty(text: &str, style: ratatui::style::Style, area: Rect, buf: &mut Buffer) {
    Paragraph::new(text.to_string())
        .style(style)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(area, buf);
}
