//! The Article pane: only the wrapped lines in view are built, each split where a markdown
//! style (emphasis, strong, code, link) or a highlighted span (search match, actor mention,
//! claim sentence) starts or ends.

use super::{frame, sanitize};
use crate::app::wrap::{ClaimCover, WrapLine};
use crate::app::{App, MarkKind, Pane};
use crate::config::Theme;
use crate::document::{BlockKind, Document, InlineKind};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
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
    let claims = open.claim_cover();
    let lines: Vec<Line> = app
        .wrap
        .lines
        .iter()
        .skip(top)
        .take(usize::from(inner.height))
        .map(|l| line(app, theme, l, claims))
        .collect();
    Paragraph::new(lines).style(theme.text).render(inner, buf);
    super::bookmarks::margin(app, theme, inner, buf);
}

fn base_style(theme: &Theme, kind: BlockKind) -> Style {
    match kind {
        BlockKind::Heading(_) => theme.heading,
        BlockKind::Quote => theme.quote,
        BlockKind::Code => theme.code,
        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Table => theme.text,
    }
}

fn line<'a>(app: &'a App, theme: &Theme, l: &WrapLine, claims: &ClaimCover) -> Line<'a> {
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
    let attributed = claims.overlaps(l.start, l.end);
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
                MarkKind::Actor(_) | MarkKind::Claim | MarkKind::Link => theme.highlight,
            },
        ),
        None => (&[][..], None, Style::default()),
    };
    let first = marks.partition_point(|m| m.end <= l.start);
    let marks: Vec<_> = marks[first..]
        .iter()
        .take_while(|m| m.start < l.end)
        .collect();
    let styles = inline_styles(&open.doc, l.block, l.start, l.end);
    let links = links(&open.doc, l.start, l.end);
    // Every place a style starts or ends splits the line there.
    let mut cuts = vec![l.start, l.end];
    let ranges = marks
        .iter()
        .map(|m| (m.start, m.end))
        .chain(styles.iter().map(|(r, _)| (r.start, r.end)))
        .chain(links.iter().map(|r| (r.start, r.end)));
    for (s, e) in ranges {
        cuts.extend([s, e].into_iter().filter(|&c| c > l.start && c < l.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let covers = |start: usize, end: usize| start <= s && end >= e;
        let mut style = base;
        for (range, kind) in &styles {
            if covers(range.start, range.end) {
                style = style.patch(inline_style(theme, *kind));
            }
        }
        if links.iter().any(|r| covers(r.start, r.end)) {
            style = style.patch(theme.link);
        }
        if let Some(m) = marks.iter().find(|m| covers(m.start, m.end)) {
            style = style.patch(mark_style);
            if Some(**m) == current {
                style = style.patch(theme.current_match);
            }
        }
        push(&mut spans, &open.doc.body, s, e, style);
    }
    Line::from(spans)
}

/// The style of an inline kind, over the block's.
fn inline_style(theme: &Theme, kind: InlineKind) -> Style {
    match kind {
        InlineKind::Emphasis => theme.emphasis,
        InlineKind::Strong => theme.strong,
        InlineKind::Code => theme.code,
        InlineKind::Strikethrough => Style::new().add_modifier(Modifier::CROSSED_OUT),
    }
}

/// The inline styles of block `block` that overlap bytes `start..end`.
fn inline_styles(
    doc: &Document,
    block: usize,
    start: usize,
    end: usize,
) -> Vec<(std::ops::Range<usize>, InlineKind)> {
    let Some(b) = doc.blocks.get(block) else {
        return Vec::new();
    };
    let from = doc
        .inline
        .partition_point(|s| s.range.start < b.range.start);
    doc.inline[from..]
        .iter()
        .take_while(|s| s.range.start < end)
        .filter(|s| s.range.end > start)
        .map(|s| (s.range.clone(), s.kind))
        .collect()
}

/// The link texts that overlap bytes `start..end`.
fn links(doc: &Document, start: usize, end: usize) -> Vec<std::ops::Range<usize>> {
    let from = doc.links.partition_point(|l| l.range.end <= start);
    doc.links[from..]
        .iter()
        .take_while(|l| l.range.start < end)
        .map(|l| l.range.clone())
        .collect()
}

fn push<'a>(spans: &mut Vec<TextSpan<'a>>, body: &'a str, start: usize, end: usize, style: Style) {
    if let Some(text) = body.get(start..end) {
        spans.push(TextSpan::styled(sanitize::clean(text), style));
    }
}
