//! The screen model: where each pane goes for a terminal size, and which row of a list each
//! screen line shows. Pure arithmetic shared by the ui (to draw there) and the app (the
//! article's text size, paging, and what a mouse click or wheel is over), so drawing and
//! behaviour cannot disagree.

/// A rectangle in terminal cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Area {
    pub x: u16,
    pub y: u16,
    pub width: u16,
    pub height: u16,
}

impl Area {
    /// The `width` x `height` rectangle whose top-left cell is (`x`, `y`).
    pub const fn new(x: u16, y: u16, width: u16, height: u16) -> Area {
        Area {
            x,
            y,
            width,
            height,
        }
    }

    /// Whether the cell (`column`, `row`) is inside.
    pub fn contains(self, column: u16, row: u16) -> bool {
        (self.x..self.x.saturating_add(self.width)).contains(&column)
            && (self.y..self.y.saturating_add(self.height)).contains(&row)
    }

    /// The area inside a one-cell border.
    pub fn inner(self) -> Area {
        Area {
            x: self.x.saturating_add(1),
            y: self.y.saturating_add(1),
            width: self.width.saturating_sub(2),
            height: self.height.saturating_sub(2),
        }
    }
}

/// Which arrangement a terminal size gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// At least 120 columns: article, actors and claims side by side.
    Wide,
    /// 60 to 119 columns: article on the left, actors over claims on the right.
    Medium,
    /// Under 60 columns: one pane at a time under a tab line.
    Narrow,
    /// Under 20x6: only a notice.
    TooSmall,
}

/// The panes' places for one terminal size. A pane not shown has `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub mode: Mode,
    pub article: Option<Area>,
    pub actors: Option<Area>,
    pub claims: Option<Area>,
    /// The tab line of the narrow mode.
    pub tabs: Option<Area>,
    pub status: Area,
}

/// Smallest usable terminal.
pub const MIN_WIDTH: u16 = 20;
pub const MIN_HEIGHT: u16 = 6;

impl Layout {
    /// Compute the layout of a `width` x `height` terminal; in narrow mode `focus` picks the
    /// pane shown.
    pub fn new(width: u16, height: u16, focus: super::Pane) -> Layout {
        let status = Area::new(0, height.saturating_sub(1), width, 1);
        let side_by_side = |mode, article, actors, claims| Layout {
            mode,
            article: Some(article),
            actors: Some(actors),
            claims: Some(claims),
            tabs: None,
            status,
        };
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Layout {
                mode: Mode::TooSmall,
                article: None,
                actors: None,
                claims: None,
                tabs: None,
                status,
            };
        }
        let body_h = height - 1;
        if width >= 120 {
            // The article keeps a reading measure; the claims get the larger side column.
            let art_w = (width * 9 / 20).min(110);
            let act_w = (width - art_w) * 2 / 5;
            let cl_w = width - art_w - act_w;
            return side_by_side(
                Mode::Wide,
                Area::new(0, 0, art_w, body_h),
                Area::new(art_w, 0, act_w, body_h),
                Area::new(art_w + act_w, 0, cl_w, body_h),
            );
        }
        if width >= 60 {
            let art_w = width * 3 / 5;
            let side_w = width - art_w;
            let act_h = body_h / 2;
            return side_by_side(
                Mode::Medium,
                Area::new(0, 0, art_w, body_h),
                Area::new(art_w, 0, side_w, act_h),
                Area::new(art_w, act_h, side_w, body_h - act_h),
            );
        }
        let pane = Some(Area::new(0, 1, width, body_h - 1));
        let (mut article, mut actors, mut claims) = (None, None, None);
        match focus {
            super::Pane::Article => article = pane,
            super::Pane::Actors => actors = pane,
            super::Pane::Claims => claims = pane,
        }
        Layout {
            mode: Mode::Narrow,
            article,
            actors,
            claims,
            tabs: Some(Area::new(0, 0, width, 1)),
            status,
        }
    }

    /// Width and height of the article text (inside the border, after the claim margin).
    /// In narrow mode with another pane shown, the article keeps the size it would have.
    pub fn article_text(width: u16, height: u16) -> (u16, u16) {
        let l = Layout::new(width, height, super::Pane::Article);
        match l.article {
            Some(a) => {
                let inner = a.inner();
                (
                    inner.width.saturating_sub(super::wrap::MARGIN).max(1),
                    inner.height.max(1),
                )
            }
            None => (1, 1),
        }
    }
}

/// The first line shown of a list `height` rows high, so that the lines of the selected row
/// (`first..=last`) are in view with a little context above when it fits. No state: the
/// same selection always gives the same scroll.
pub fn list_offset(selected: Option<(usize, usize)>, height: usize) -> usize {
    match selected {
        Some((first, last)) if last >= height => {
            let want = last + 1 - height;
            want.max(first.saturating_sub(height.saturating_sub(last - first + 1)))
                .min(first)
        }
        _ => 0,
    }
}

/// One line of the Actors pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActorLine {
    /// The blank line before a group.
    Gap,
    /// A group's heading (people, organisations, countries).
    Heading(crate::extract::ActorKind),
    /// The name line of row `row` (index into `actor_order`).
    Name(usize),
    /// The role and affiliation line of row `row`.
    Details(usize),
}

impl ActorLine {
    /// The row (index into `actor_order`) the line belongs to, if any.
    pub fn row(self) -> Option<usize> {
        match self {
            ActorLine::Name(r) | ActorLine::Details(r) => Some(r),
            ActorLine::Gap | ActorLine::Heading(_) => None,
        }
    }
}

/// The lines of the Actors pane, in order: each group under its heading, an actor on one
/// line, two with a role or an affiliation.
pub fn actor_lines(open: &super::Open) -> Vec<ActorLine> {
    let actors = &open.extraction.actors;
    let mut out = Vec::new();
    let mut last_kind = None;
    for (row, &i) in open.actor_order.iter().enumerate() {
        let Some(actor) = actors.get(i) else { continue };
        if last_kind != Some(actor.kind) {
            last_kind = Some(actor.kind);
            if !out.is_empty() {
                out.push(ActorLine::Gap);
            }
            out.push(ActorLine::Heading(actor.kind));
        }
        out.push(ActorLine::Name(row));
        if actor.role.is_some() || actor.affiliation.is_some() {
            out.push(ActorLine::Details(row));
        }
    }
    out
}

/// The first and last line of row `row` among `rows` (each line's row, if any).
pub fn lines_of_row(
    rows: impl Iterator<Item = Option<usize>>,
    row: usize,
) -> Option<(usize, usize)> {
    let mut found: Option<(usize, usize)> = None;
    for (i, r) in rows.enumerate() {
        if r == Some(row) {
            found = Some(found.map_or((i, i), |(f, _)| (f, i)));
        }
    }
    found
}

/// How many rows of a list fit in `height` lines, counted from row `selected` down (or up
/// to it), less one so a page step keeps the last row seen in view; at least 1. `lines`
/// gives each line's row (`None` for headings and gaps), as drawn.
pub fn rows_in_page(lines: &[Option<usize>], selected: usize, height: usize, down: bool) -> usize {
    let Some((first, last)) = lines_of_row(lines.iter().copied(), selected) else {
        return 1;
    };
    // Going down, the heading just above the selected row is on screen with it.
    let start = lines[..first]
        .iter()
        .rposition(Option::is_some)
        .map_or(0, |i| i + 1);
    let window: Box<dyn Iterator<Item = &Option<usize>>> = if down {
        Box::new(lines[start..].iter().take(height))
    } else {
        Box::new(lines[..=last].iter().rev().take(height))
    };
    let mut seen: Vec<usize> = window.flatten().copied().collect();
    seen.dedup();
    // A row cut at the window's edge does not count as fitting.
    let cut = if down {
        lines.get(start + height).copied().flatten()
    } else {
        (last + 1).checked_sub(height + 1).and_then(|i| lines[i])
    };
    if cut.is_some() && seen.last() == cut.as_ref() {
        seen.pop();
    }
    seen.len().saturating_sub(1).max(1)
}
