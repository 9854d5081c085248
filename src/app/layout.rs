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
    /// At least 120 columns: article, actors and claims side by side (a focused Claims pane
    /// narrower than two dispute sides takes the side column under the Actors pane).
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
            // A focused Claims pane too narrow for a dispute's two sides next to each other
            // takes the whole side column, under a shorter Actors pane.
            if focus == super::Pane::Claims
                && super::rows::side_column(usize::from(cl_w.saturating_sub(2)), 2).is_none()
            {
                let side_w = width - art_w;
                let act_h = (body_h / 3).max(3);
                return side_by_side(
                    Mode::Wide,
                    Area::new(0, 0, art_w, body_h),
                    Area::new(art_w, 0, side_w, act_h),
                    Area::new(art_w, act_h, side_w, body_h - act_h),
                );
            }
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
