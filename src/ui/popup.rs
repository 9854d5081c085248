//! A centred box drawn over the panes.

use crate::config::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders, Clear, Widget};

/// Clear and frame a box of about `width` x `height` inner cells centred in `area` (shrunk
/// to fit); returns the inner area to draw into.
pub fn render(
    title: &str,
    width: u16,
    height: u16,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    let w = width.saturating_add(2).min(area.width);
    let h = height.saturating_add(2).min(area.height);
    let rect = Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    };
    Clear.render(rect, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Double)
        .border_style(theme.border_focus)
        .style(theme.text)
        .title(Line::styled(format!(" {title} "), theme.accent));
    let inner = block.inner(rect);
    block.render(rect, buf);
    inner
}
