//! The Article pane: only the wrapped lines in view are built, each split where a
//! highlighted span (search match, actor mention, claim sentence) starts or ends.

use super::{frame, sanitize};
use crate::app::wrap::WrapLine;
use crate::app::{App, MarkKind, Pane};
use crate::config::Theme;
use crate::document::BlockKind;
use crate::extract::Span;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Paragraph, Widget};

/// Draw the article of `app` into `area`.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(open) = app.open() else { return };
    let title = format!("Article: {}", sanitize::clean(&open.doc.meta.title));
    let block = frame::pane_block(title, app.focus == Pane::Article, theme);
    let mut inner = block.inner(area);
    block.render(area, buf);
    // The byline under the title; `App::text_size` leaves its row out of the text's height.
    if let Some(byline) = open.doc.meta.byline().filter(|_| inner.height > 1) {
        let row = Rect { height: 1, ..inner };
        let line = Line::styled(sanitize::owned(&byline), theme.dim);
        super::list::render(vec![line], None, row, buf);
        inner.y += 1;
        inner.height -= 1;
    }
    let top = app.top_line();
    let claims: Vec<Span> = open
        .extraction
        .claims
        .iter()
        .map(|c| Span {
            start: c.start,
            end: c.end,
        })
        .collect();
    let lines: Vec<Line> = app
        .wrap
        .lines
        .iter()
        .skip(top)
        .take(usize::from(inner.height))
        .map(|l| line(app, theme, l, &claims))
        .collect();
    Paragraph::new(lines).style(theme.text).render(inner, buf);
    super::bookmarks::margin(app, theme, inner, buf);
}

fn base_style(theme: &Theme, kind: BlockKind) -> Style {
    match kind {
        BlockKind::Heading(_) => theme.heading,
        BlockKind::Quote => theme.quote,
        BlockKind::Code => theme.code,
        BlockKind::Paragraph | BlockKind::ListItem => theme.text,
    }
}

fn line<'a>(app: &'a App, theme: &Theme, l: &WrapLine, claims: &[Span]) -> Line<'a> {
    let Some(open) = app.open() else {
        return Line::default();
    };
    if l.gap {
        return Line::default();
    }
    let kind = open
        .doc
        .blocks
        .get(l.block)
        .map_or(BlockKind::Paragraph, |b| b.kind);
    let base = base_style(theme, kind);
    let attributed = claims
        .iter()
        .any(|c| c.start < l.end.max(l.start + 1) && c.end > l.start);
    let mut spans = vec![if attributed {
        TextSpan::styled("│ ", theme.margin)
    } else {
        TextSpan::raw("  ")
    }];
    if l.indent > 0 {
        let pad = if kind == BlockKind::Quote {
            "▎ "
        } else {
            "  "
        };
        spans.push(TextSpan::styled(pad, theme.quote));
    }
    let (marks, current, mark_style) = match &app.marks {
        Some(m) => (
            m.spans.as_slice(),
            m.spans.get(m.current).copied(),
            match m.kind {
                MarkKind::Search(_) => theme.search_match,
                MarkKind::Actor(_) | MarkKind::Claim => theme.highlight,
            },
        ),
        None => (&[][..], None, Style::default()),
    };
    let mut pos = l.start;
    let first = marks.partition_point(|m| m.end <= l.start);
    for m in marks[first..].iter().take_while(|m| m.start < l.end) {
        let s = m.start.max(pos);
        let e = m.end.min(l.end);
        if s > pos {
            push(&mut spans, &open.doc.body, pos, s, base);
        }
        if e > s {
            let style = if Some(*m) == current {
                base.patch(mark_style).patch(theme.current_match)
            } else {
                base.patch(mark_style)
            };
            push(&mut spans, &open.doc.body, s, e, style);
            pos = e;
        }
    }
    if pos < l.end {
        push(&mut spans, &open.doc.body, pos, l.end, base);
    }
    Line::from(spans)
}

fn push<'a>(spans: &mut Vec<TextSpan<'a>>, body: &'a str, start: usize, end: usize, style: Style) {
    if let Some(text) = body.get(start..end) {
        spans.push(TextSpan::styled(sanitize::clean(text), style));
    }
}
