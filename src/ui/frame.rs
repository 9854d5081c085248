//! The bordered box around a pane, with the focus shown by shape, not only colour: a thick
//! border and a "▶" before the title.

use crate::config::Theme;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders};

/// The block of a pane titled `title`; `focused` gives it the focus marks.
pub fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    let (style, mark, kind) = if focused {
        (theme.border_focus, "▶ ", BorderType::Thick)
    } else {
        (theme.border, "", BorderType::Plain)
    };
    let title_style = if focused { theme.accent } else { theme.dim };
    Block::default()
        .borders(Borders::ALL)
        .border_type(kind)
        .border_style(style)
        .title(Line::from(vec![
            Span::styled(" ", style),
            Span::styled(format!("{mark}{title}"), title_style),
            Span::styled(" ", style),
        ]))
}
