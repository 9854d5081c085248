//! Drawing a frame, with a one-line (or few-line) scroll of an article that spans the whole
//! width done by the terminal itself: the article's rows are moved with a scrolling region
//! (`CSI top;bottom r`, `CSI n S`/`T`) and only what is new is written, instead of
//! repainting the whole article. Everything else is ratatui's usual diff.

use crate::app::App;
use crate::app::layout::Layout;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::{Frame, Terminal};
use std::ops::Range;

/// What the last frame drawn showed, to scroll from it.
#[derive(Debug, Default)]
pub struct Frames {
    last: Option<Shown>,
}

#[derive(Debug)]
struct Shown {
    buffer: Buffer,
    /// Which document, its top line, and the article's text rows (when it spans the width).
    doc: usize,
    top: usize,
    rows: Option<Range<u16>>,
}

impl Frames {
    /// Draw `app` with `render`; when only the article moved by fewer lines than it shows and
    /// it spans the terminal's width, scroll its rows on the terminal first so the diff
    /// against the previous frame writes only the new lines.
    pub fn draw<B: Backend>(
        &mut self,
        terminal: &mut Terminal<B>,
        app: &App,
        render: impl FnOnce(&mut Frame),
    ) -> Result<(), B::Error> {
        let rows = full_width_rows(app);
        let top = app.top_line();
        if let (Some(last), Some(now)) = (self.last.take(), rows.clone())
            && last.rows.as_ref() == Some(&now)
            && last.doc == app.current
            && last.buffer.area == terminal.get_frame().area()
        {
            let by = top as isize - last.top as isize;
            let height = (now.end - now.start) as isize;
            if by != 0 && by.abs() < height {
                let mut shifted = last.buffer;
                shift(&mut shifted, &now, by);
                let amount = by.unsigned_abs() as u16;
                if by > 0 {
                    terminal.backend_mut().scroll_region_up(now, amount)?;
                } else {
                    terminal.backend_mut().scroll_region_down(now, amount)?;
                }
                // The terminal now shows `shifted`: make it the frame the next diff is from.
                *terminal.current_buffer_mut() = shifted;
                terminal.swap_buffers();
            }
        }
        let done = terminal.draw(render)?;
        self.last = Some(Shown {
            buffer: done.buffer.clone(),
            doc: app.current,
            top,
            rows,
        });
        Ok(())
    }

    /// Forget the last frame (after the screen was cleared or resized).
    pub fn forget(&mut self) {
        self.last = None;
    }
}

/// The screen rows of the article's text when the article spans the terminal's width and
/// nothing covers it.
fn full_width_rows(app: &App) -> Option<Range<u16>> {
    if app.overlay.is_some() || app.library.as_ref().is_some_and(|l| l.shown) {
        return None;
    }
    let article = Layout::new(app.width, app.height, app.focus).article?;
    if article.x != 0 || article.width != app.width {
        return None;
    }
    let inner = article.inner();
    (inner.height > 1).then(|| inner.y..inner.y + inner.height)
}

/// Move the rows `rows` of `buf` up by `by` (down when negative), as the terminal's scroll
/// does; the rows scrolled in are blank.
fn shift(buf: &mut Buffer, rows: &Range<u16>, by: isize) {
    let width = usize::from(buf.area.width);
    let row = |y: u16| usize::from(y) * width;
    let order: Vec<u16> = if by > 0 {
        rows.clone().collect()
    } else {
        rows.clone().rev().collect()
    };
    for y in order {
        let from = y as isize + by;
        let dst = row(y);
        if rows.contains(&(from as u16)) && from >= 0 {
            let src = row(from as u16);
            for x in 0..width {
                buf.content[dst + x] = buf.content[src + x].clone();
            }
        } else {
            for x in 0..width {
                buf.content[dst + x] = Cell::default();
            }
        }
    }
}
