//! Drawing a scrolled list of rows where one group of rows is selected, keeping the
//! selection in view without any per-frame state.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// Draw `lines` into `area`, scrolled so the rows `selected` (first..last line) are visible.
pub fn render(
    lines: Vec<Line<'_>>,
    selected: Option<(usize, usize)>,
    area: Rect,
    buf: &mut Buffer,
) {
    let h = usize::from(area.height);
    let offset = crate::app::layout::list_offset(selected, h);
    let width = usize::from(area.width);
    let shown: Vec<Line> = lines
        .into_iter()
        .skip(offset)
        .take(h)
        .map(|l| fit(l, width))
        .collect();
    Paragraph::new(shown).render(area, buf);
}

/// Draw a short explanation (wrapped) where a list has nothing to show.
pub fn empty(text: &str, style: ratatui::style::Style, area: Rect, buf: &mut Buffer) {
    Paragraph::new(text.to_string())
        .style(style)
        .wrap(ratatui::widgets::Wrap { trim: true })
        .render(area, buf);
}

/// `line` cut to `width` cells.
pub fn fit<'a>(line: Line<'a>, width: usize) -> Line<'a> {
    if line.width() <= width {
        return line;
    }
    let mut left = width;
    let mut spans = Vec::new();
    for span in line.spans {
        let w = span.width();
        if w <= left {
            left -= w;
            spans.push(span);
            continue;
        }
        let cut = super::status::truncate(&span.content, left);
        spans.push(Span::styled(cut, span.style));
        break;
    }
    Line::from(spans).style(line.style)
}
