//! Rendering only: draws an `&App` into a ratatui buffer, one file per pane. Nothing here
//! changes the app; every string from a document or the user passes through [`sanitize`].

mod actors;
mod article;
pub mod ascii;
mod bookmarks;
mod claims;
mod documents;
mod frame;
pub mod graphemes;
mod help;
mod library;
mod list;
mod popup;
pub mod sanitize;
mod status;

pub use claims::stance_label;

use crate::app::layout::{Area, Layout, Mode};
use crate::app::{App, Overlay, Pane};
use crate::config::Theme;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

/// Draw the whole screen of `app` into a frame (the keys shown are `app.keymap`'s).
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    render(app, theme, area, frame.buffer_mut());
}

/// Draw the whole screen of `app` into `buf` over `area`.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let layout = Layout::new(area.width, area.height, app.focus);
    if layout.mode == Mode::TooSmall {
        Paragraph::new(format!(
            "Too small:\n{}x{}, need\n20x6",
            area.width, area.height
        ))
        .wrap(Wrap { trim: true })
        .render(area, buf);
        return;
    }
    buf.set_style(area, theme.text);
    let at = |a: Area| Rect::new(area.x + a.x, area.y + a.y, a.width, a.height);
    let body = Rect::new(area.x, area.y, area.width, area.height.saturating_sub(1));
    let shown_library = app.library.as_ref().filter(|l| l.shown);
    if let Some(lv) = shown_library {
        library::render(app, lv, theme, body, buf);
    } else {
        panes(app, theme, &layout, &at, buf);
    }
    status::render(app, theme, at(layout.status), buf);
    match &app.overlay {
        Some(Overlay::Help { scroll }) => help::render(app, theme, *scroll, body, buf),
        Some(Overlay::Documents { selected }) => {
            documents::render(app, theme, *selected, body, buf)
        }
        Some(Overlay::Bookmarks(list)) => bookmarks::render(app, theme, list, body, buf),
        Some(Overlay::OtherBriefings(list)) => library::render_others(app, list, theme, body, buf),
        None => {}
    }
    graphemes::settle(buf);
}

/// The reader's panes.
fn panes(app: &App, theme: &Theme, layout: &Layout, at: &dyn Fn(Area) -> Rect, buf: &mut Buffer) {
    if let Some(a) = layout.article {
        article::render(app, theme, at(a), buf);
    }
    if let Some(a) = layout.actors {
        actors::render(app, theme, at(a), buf);
    }
    if let Some(a) = layout.claims {
        claims::render(app, theme, at(a), buf);
    }
    if let Some(a) = layout.tabs {
        tabs(app, theme, at(a), buf);
    }
}

/// The tab line of the narrow layout: every pane, the shown one marked with "▶".
fn tabs(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    for pane in Pane::ALL {
        if pane == app.focus {
            spans.push(Span::styled(
                format!("▶ {} ", pane.title()),
                theme.selection,
            ));
        } else {
            spans.push(Span::styled(format!("  {} ", pane.title()), theme.dim));
        }
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}
