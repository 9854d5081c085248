//! The Library screen: the count line ("1,204 briefings · 37 unread · filter: kara") and one
//! row per document (read mark, title with the filter's matched letters, the file name where
//! titles repeat, source, date, bookmark count, or the file's error); and the popup of the
//! other documents that mention an actor. Only the rows on screen are built.

use super::{frame, list, popup, sanitize};
use crate::app::App;
use crate::app::library::{LibraryView, OtherBriefings};
use crate::config::Theme;
use crate::library::{Entry, filter};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

/// Draw the library over `area` (the screen above the status line).
pub fn render(app: &App, lv: &LibraryView, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let block = frame::pane_block("Library".to_string(), true, theme);
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.height == 0 {
        return;
    }
    let count = Line::styled(sanitize::owned(&lv.count_line()), theme.accent);
    list::render(vec![count], None, Rect { height: 1, ..inner }, buf);
    let rows = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let view = lv.lib.view();
    if view.is_empty() {
        let text = if lv.progress.busy {
            "Reading the folder…"
        } else if lv.lib.entries.is_empty() {
            "No .txt or .md documents in this folder."
        } else {
            "Nothing matches the filter (Esc clears it)."
        };
        list::empty(text, theme.dim, rows, buf);
        return;
    }
    let h = usize::from(rows.height);
    let offset = (lv.selected + 1).saturating_sub(h);
    let lines: Vec<Line> = view
        .iter()
        .enumerate()
        .skip(offset)
        .take(h)
        .map(|(row, &i)| line(app, lv, i, row == lv.selected, theme, rows.width))
        .collect();
    list::render(lines, None, rows, buf);
}

/// One row: mark, title (matched letters highlighted), file name, then source, date and
/// bookmarks right-aligned.
fn line<'a>(
    app: &App,
    lv: &LibraryView,
    index: usize,
    selected: bool,
    theme: &Theme,
    width: u16,
) -> Line<'a> {
    let e = &lv.lib.entries[index];
    let base = if selected {
        theme.selection
    } else {
        theme.text
    };
    let mark = if selected { "▸" } else { " " };
    let read = if e.error.is_some() {
        "✗"
    } else if e.is_read(&app.session.state) {
        "✓"
    } else {
        "•"
    };
    let mut spans = vec![Span::styled(format!("{mark}{read} "), base)];
    spans.extend(title(lv, index, e, base, theme));
    if lv.lib.title_repeats(e) {
        spans.push(Span::styled(
            format!("  ({})", sanitize::clean(&e.name)),
            base.patch(theme.dim),
        ));
    }
    let right = match &e.error {
        Some(err) => format!("  {}", sanitize::clean(err)),
        None => {
            let bookmarks = e.id().map_or(0, |id| app.session.bookmarks.count_for(id));
            let mut parts = Vec::new();
            if let Some(s) = &e.source {
                parts.push(super::status::truncate(&sanitize::clean(s), 24));
            }
            parts.push(e.day().to_string());
            if bookmarks > 0 {
                parts.push(format!("{bookmarks} bm"));
            }
            format!("  {}", parts.join("  "))
        }
    };
    let right_style = if e.error.is_some() {
        base.patch(theme.error)
    } else {
        base.patch(theme.dim)
    };
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    let width = usize::from(width);
    // The right part keeps its place; the title gives way when the row is too narrow.
    let right_w = right.width().min(width / 2);
    let right = super::status::truncate(&right, right_w);
    let mut line = list::fit(Line::from(spans), width.saturating_sub(right.width()));
    let pad = width.saturating_sub(used.min(width.saturating_sub(right.width())) + right.width());
    line.spans.push(Span::styled(" ".repeat(pad), base));
    line.spans.push(Span::styled(right, right_style));
    line.style = base;
    line
}

/// The title, split where the filter's matched letters start and end.
fn title<'a>(
    lv: &LibraryView,
    index: usize,
    e: &Entry,
    base: Style,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let text = sanitize::owned(&e.title);
    let hits = filter::positions(lv.lib.filter(), &lv.lib.haystack(index));
    if hits.is_empty() {
        return vec![Span::styled(text, base)];
    }
    let hit = base
        .patch(theme.search_match)
        .add_modifier(Modifier::UNDERLINED);
    let mut spans: Vec<Span> = Vec::new();
    let mut run = String::new();
    let mut run_hit = false;
    for (k, c) in text.chars().enumerate() {
        let is_hit = hits.binary_search(&(k as u32)).is_ok();
        if is_hit != run_hit && !run.is_empty() {
            spans.push(Span::styled(
                std::mem::take(&mut run),
                if run_hit { hit } else { base },
            ));
        }
        run_hit = is_hit;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_hit { hit } else { base }));
    }
    spans
}

/// The popup of other documents: those that mention an actor, or the claims of those that
/// dispute a claim (Enter opens one there).
pub fn render_others(
    app: &App,
    list_state: &OtherBriefings,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let Some(lv) = app.library.as_ref() else {
        return;
    };
    let lines: Vec<Line> = list_state
        .entries
        .iter()
        .enumerate()
        .map(|(row, other)| {
            let title = lv
                .lib
                .entries
                .get(other.entry)
                .map_or(String::new(), |e| sanitize::owned(&e.title));
            let style = if row == list_state.selected {
                theme.selection
            } else {
                theme.text
            };
            let mark = if row == list_state.selected {
                "▸ "
            } else {
                "  "
            };
            let detail = sanitize::owned(&other.detail);
            Line::styled(format!("{mark}{title}{detail}"), style)
        })
        .collect();
    let n = lines.len();
    let title = sanitize::owned(&list_state.title);
    let width = area.width.saturating_sub(8).min(90);
    let inner = popup::render(&title, width, n as u16, theme, area, buf);
    list::render(
        lines,
        Some((list_state.selected, list_state.selected)),
        inner,
        buf,
    );
}
