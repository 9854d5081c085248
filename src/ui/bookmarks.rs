//! The bookmarks list (local date and time, title, excerpt and note of each, newest first;
//! orphaned ones marked) and the marks of bookmarked places in the article's margin.

use super::{popup, sanitize};
use crate::app::App;
use crate::app::bookmarks::BookmarkList;
use crate::config::Theme;
use crate::config::keymap::Mode;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

/// The margin mark of a bookmarked line.
const MARK: &str = "●";

/// Before the title of a bookmark whose text is no longer in its document.
const ORPHANED: &str = "✗ orphaned  ";

/// Draw the bookmarks list over `area`.
pub fn render(app: &App, theme: &Theme, list: &BookmarkList, area: Rect, buf: &mut Buffer) {
    let rows = list.rows(app);
    let total = app.session.bookmarks.len();
    let title = if list.filter.is_empty() {
        format!("Bookmarks ({total})")
    } else {
        format!(
            "Bookmarks: {} of {total} match \"{}\"",
            rows.len(),
            sanitize::clean(&list.filter)
        )
    };
    let mut lines = Vec::new();
    let mut selected = None;
    for (i, b) in rows.iter().enumerate() {
        let first = lines.len();
        let is_sel = i == list.selected;
        let base = if is_sel { theme.selection } else { theme.text };
        let title = if b.doc_title.is_empty() {
            b.doc_path.as_deref().unwrap_or("untitled")
        } else {
            b.doc_title.as_str()
        };
        let mut head = vec![
            Span::styled(if is_sel { "▸ " } else { "  " }, base),
            Span::styled(
                sanitize::owned(&b.created.local(&app.session.zone)),
                base.patch(theme.dim),
            ),
            Span::styled("  ", base),
        ];
        if b.orphaned {
            head.push(Span::styled(ORPHANED, base.patch(theme.accent)));
        }
        head.push(Span::styled(
            sanitize::owned(title),
            base.patch(theme.heading),
        ));
        lines.push(Line::from(head));
        lines.push(Line::styled(
            format!("    {}", sanitize::clean(&b.excerpt)),
            base,
        ));
        if !b.note.is_empty() {
            lines.push(Line::from(vec![
                Span::styled("    Note: ", base.patch(theme.accent)),
                Span::styled(sanitize::owned(&b.note), base),
            ]));
        }
        if is_sel {
            selected = Some((first, lines.len() - 1));
        }
    }
    let width = area.width.saturating_sub(4).min(100);
    let height = (lines.len().max(2) + 1) as u16;
    let inner = popup::render(&title, width, height, theme, area, buf);
    if inner.height == 0 {
        return;
    }
    let list_area = Rect {
        height: inner.height - 1,
        ..inner
    };
    let foot = Rect {
        y: inner.y + inner.height - 1,
        height: 1,
        ..inner
    };
    if rows.is_empty() {
        let text = if total == 0 {
            "No bookmarks yet: b in the article marks the top line, B adds a note."
        } else {
            "No bookmark matches the filter (Esc clears it)."
        };
        super::list::empty(text, theme.dim, list_area, buf);
    } else {
        super::list::render(lines, selected, list_area, buf);
    }
    let (hint, short) = hint(app);
    let hint = if hint.width() <= usize::from(foot.width) {
        hint
    } else {
        short
    };
    Paragraph::new(Line::styled(hint, theme.dim)).render(foot, buf);
}

/// Mark the lines of the article (drawn in `inner`) that hold a bookmark of the document.
pub fn margin(app: &App, theme: &Theme, inner: Rect, buf: &mut Buffer) {
    let Some(open) = app.open() else { return };
    let top = app.top_line();
    let rows = usize::from(inner.height);
    for b in app.session.bookmarks.for_doc(&open.doc.id) {
        let at = b.position.to_body_offset(&open.doc.body, &open.doc.blocks);
        let line = app.wrap.line_of(b.position.block, at);
        if line >= top && line < top + rows && inner.width > 0 {
            let y = inner.y + (line - top) as u16;
            if let Some(cell) = buf.cell_mut((inner.x, y)) {
                cell.set_symbol(MARK).set_style(theme.accent);
            }
        }
    }
}

/// The keys of the list from the keymap, shown at its foot: the long form and the short one
/// for where the long one is cut.
fn hint(app: &App) -> (String, String) {
    let what = [
        ("open", "open"),
        ("edit_note", "note"),
        ("delete", "delete"),
        ("undo", "undo"),
        ("filter", "filter"),
        ("close", "close"),
    ];
    let keys: Vec<(String, &str)> = what
        .iter()
        .map(|(name, word)| {
            let keys: Vec<String> = app
                .keymap
                .bindings(Mode::List)
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, seqs)| seqs.iter().take(2).map(ToString::to_string).collect())
                .unwrap_or_default();
            (keys.join("/"), *word)
        })
        .filter(|(k, _)| !k.is_empty())
        .collect();
    let long: Vec<String> = keys.iter().map(|(k, w)| format!("{k} {w}")).collect();
    let short: Vec<&str> = keys.iter().map(|(k, _)| k.as_str()).collect();
    (long.join("  "), short.join(" "))
}
