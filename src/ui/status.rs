//! The status line: the search input, or a message, or the title; then where the reader is
//! (match "3/17", "mention 2/5", percent) and the key hints.

use super::sanitize;
use crate::app::keys::{self, key_hint};
use crate::app::{App, InputPurpose, MarkKind, Pane};
use crate::config::Theme;
use crate::config::keymap::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

/// Draw the status line into `area` (one row).
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let label = app.input.as_ref().map_or("", |input| match input.purpose {
        InputPurpose::Search => "/",
        InputPurpose::Note | InputPurpose::EditNote => "Note: ",
        InputPurpose::Filter | InputPurpose::LibraryFilter => "Filter: ",
    });
    let left = if let Some(input) = &app.input {
        let (before, after) = input.split();
        format!(
            "{label}{}▏{}",
            sanitize::clean(before),
            sanitize::clean(after)
        )
    } else if let Some(msg) = &app.message {
        sanitize::owned(msg)
    } else {
        let shown_library = app.library.as_ref().is_some_and(|l| l.shown);
        let title = match app.open() {
            _ if shown_library => "Library",
            Some(o) => o.doc.meta.title.as_str(),
            None => "",
        };
        let docs =
            if let Some((k, n)) = crate::app::library::position(app).filter(|_| !shown_library) {
                use crate::library::thousands;
                format!("{}/{} ", thousands(k), thousands(n))
            } else if app.docs.len() > 1 && app.library.is_none() {
                format!("[{}/{}] ", app.current + 1, app.docs.len())
            } else {
                String::new()
            };
        format!("{docs}{}", sanitize::clean(title))
    };
    let mut right = Vec::new();
    if let Some(m) = &app.marks {
        let n = m.spans.len();
        let k = m.current + 1;
        right.push(match &m.kind {
            MarkKind::Search(q) => format!("/{} {k}/{n}", truncate(&sanitize::clean(q), 16)),
            MarkKind::Actor(i) => {
                let name = app
                    .open()
                    .and_then(|o| o.extraction.actors.get(*i))
                    .map_or(String::new(), |a| format!("{}: ", sanitize::clean(&a.name)));
                format!("{name}mention {k}/{n}")
            }
            MarkKind::Claim => app.open().map_or(String::new(), |o| {
                format!("claim {}/{}", o.claim_selected + 1, o.claim_entries.len())
            }),
            MarkKind::Link => format!("link {k}/{n}"),
        });
    }
    // Behind the reader, the library's progress gives way to a message (it returns with the
    // next key): the message is what the user must read now.
    if let Some(progress) = app
        .library
        .as_ref()
        .filter(|l| l.shown || app.message.is_none())
        .and_then(|l| l.progress_line())
    {
        right.push(progress);
    }
    if let Some(since) = app.open().and_then(|o| o.analysing) {
        right.push(format!("analysing… {}s", since.elapsed().as_secs()));
    }
    if let Some(done) = app.wrap_progress() {
        right.push(format!("wrapping {done}%"));
    }
    if let Some(n) = app.pending.count {
        right.push(n.to_string());
    }
    if !app.pending.keys.is_empty() {
        let typed: Vec<String> = app.pending.keys.iter().map(ToString::to_string).collect();
        right.push(typed.concat());
    }
    if !app.library.as_ref().is_some_and(|l| l.shown) {
        right.push(format!("{}%", app.percent()));
    }
    let hints = hints(app);
    let right_text = right.join("  ");
    let width = usize::from(area.width);
    let right_w = right_text.width() + 1;
    let hints_w = hints.width() + 2;
    // The lead space, at least one space between left and right, then right and hints.
    let show_hints = width > 2 + left.width().min(24) + right_w + hints_w;
    let room = width
        .saturating_sub(right_w)
        .saturating_sub(if show_hints { hints_w } else { 0 })
        .saturating_sub(2);
    let left = match &app.input {
        // A long input shows its end around the cursor, where the typing happens.
        Some(input) if left.width() > room => {
            let (before, after) = input.split();
            let before = sanitize::clean(before);
            let after = sanitize::clean(after);
            let keep = room.saturating_sub(label.width() + 2);
            let shown = tail(&before, keep);
            let cut = if shown.len() < before.len() {
                "…"
            } else {
                ""
            };
            truncate(&format!("{label}{cut}{shown}▏{after}"), room)
        }
        _ => truncate(&left, room),
    };
    let pad = width
        .saturating_sub(left.width() + 1)
        .saturating_sub(right_w)
        .saturating_sub(if show_hints { hints_w } else { 0 });
    let mut spans = vec![
        Span::raw(" "),
        Span::styled(
            left,
            if app.message.is_some() {
                theme.status.patch(theme.accent)
            } else {
                theme.status
            },
        ),
        Span::raw(" ".repeat(pad)),
        Span::raw(right_text),
        Span::raw(" "),
    ];
    if show_hints {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(hints, theme.status_key));
        spans.push(Span::raw(" "));
    }
    Paragraph::new(Line::from(spans))
        .style(theme.status)
        .render(area, buf);
}

/// The few keys worth knowing right now, from the keymap of the live mode.
fn hints(app: &App) -> String {
    let mode = keys::mode_of(app);
    let key = |name: &str| key_hint(&app.keymap, mode, name);
    let mut hints = Vec::new();
    match mode {
        Mode::Input => {
            hints.push(format!("{} submit", key("submit")));
            hints.push(format!("{} cancel", key("cancel")));
            return hints.join("  ");
        }
        Mode::List | Mode::Popup => {
            hints.push(format!("{} close", key("close")));
            return hints.join("  ");
        }
        Mode::Reader => {}
    }
    if app.library.as_ref().is_some_and(|l| l.shown) {
        hints.push(format!("{} open", key("activate")));
        hints.push(format!("{} filter", key("search")));
        hints.push(format!("{} sort", key("cycle_sort")));
        hints.push(format!("{} help", key("help")));
        return hints.join("  ");
    }
    match &app.marks {
        Some(m) => {
            let what = match m.kind {
                MarkKind::Claim => "claim",
                MarkKind::Actor(_) => "mention",
                MarkKind::Search(_) => "match",
                MarkKind::Link => "link",
            };
            hints.push(format!(
                "{}/{} next/prev {what}",
                key("next_match"),
                key("prev_match")
            ));
        }
        None if app.focus == Pane::Article => hints.push(format!("{} search", key("search"))),
        None => hints.push(format!("{} jump", key("activate"))),
    }
    hints.push(format!("{} help", key("help")));
    hints.push(format!("{} quit", key("quit")));
    hints.join("  ")
}

/// `text` cut to `width` columns, with "…" when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    if width > 0 {
        out.push('…');
    }
    out
}

/// The last characters of `text` that fit in `width` columns.
fn tail(text: &str, width: usize) -> &str {
    let mut w = 0;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw > width {
            break;
        }
        w += cw;
        start = i;
    }
    &text[start..]
}
