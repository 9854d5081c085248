//! The help popup, generated from the keymap (each mode's bindings) so it always shows the
//! real keys, then the legend of the symbols the screen draws.

use super::popup;
use crate::app::keys::{self, HelpLine};
use crate::config::Theme;
use crate::config::keymap::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

/// Draw the help of `app`'s keymap over `area`, starting at line `scroll`.
pub fn render(app: &crate::app::App, theme: &Theme, scroll: usize, area: Rect, buf: &mut Buffer) {
    let help = keys::help(&app.keymap);
    let key_w = help
        .iter()
        .map(|l| match l {
            HelpLine::Binding { keys, .. } => keys.width(),
            HelpLine::Symbol { symbol, .. } => symbol.width() + 4,
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let what_w = help
        .iter()
        .map(|l| match l {
            HelpLine::Binding { what, .. } | HelpLine::Symbol { what, .. } => what.width(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    let lines: Vec<Line> = help
        .into_iter()
        .map(|l| match l {
            HelpLine::Heading(h) => Line::styled(format!(" {h}"), theme.heading),
            HelpLine::Binding { keys, what } => Line::from(vec![
                Span::styled(format!("  {}  ", pad(&keys, key_w)), theme.accent),
                Span::styled(what, theme.text),
            ]),
            HelpLine::Symbol { symbol, what } => {
                let ascii = super::ascii::stand_in(symbol, symbol.width());
                let both = if ascii == symbol {
                    symbol.to_string()
                } else {
                    format!("{symbol} ({ascii})")
                };
                Line::from(vec![
                    Span::styled(format!("  {}  ", pad(&both, key_w)), theme.accent),
                    Span::styled(what, theme.text),
                ])
            }
            HelpLine::Blank => Line::default(),
        })
        .collect();
    let close = keys::key_hint(&app.keymap, Mode::Popup, "close");
    let down = keys::key_hint(&app.keymap, Mode::Popup, "down");
    let up = keys::key_hint(&app.keymap, Mode::Popup, "up");
    let title = format!("Keys ({close} closes, {down}/{up} scroll)");
    let width = (key_w + 4 + what_w) as u16;
    let inner = popup::render(&title, width, lines.len() as u16, theme, area, buf);
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

/// `text` padded with spaces to `width` columns.
fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}
