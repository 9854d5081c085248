//! The row layout of the Actors and Claims lists: which row shows what, and how many screen
//! lines each takes, computed once per (extraction, pane width) and shared by drawing (which
//! draws only the rows in view) and by paging and selection (which move by the rows drawn).
//!
//! The selected entry is drawn whole and the others compact; a selection changes the height
//! of a few rows only (one entry, or the entries of one dispute), so the layout keeps the
//! compact heights with their prefix sums and [`Rows::view`] adds the selection's extra
//! lines on the fly: a keystroke costs a binary search and the rows in view, never a pass
//! over the list.

use super::ClaimEntry;
use crate::extract::{Actor, ActorKind, Extraction};
use std::ops::Range;

/// Lines of claim text shown for an entry that is not selected, before it is cut with "…".
pub const TEXT_LINES: usize = 3;

/// Columns before a claim's text lines.
pub const TEXT_INDENT: usize = 4;

/// Narrowest column for showing the sides of a dispute next to each other.
pub const SIDE_MIN: usize = 28;

/// Columns between two sides of a dispute (" │ ").
pub const SIDE_GAP: usize = 3;

/// One row of a list pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// The blank line before a group (every group but the first).
    Gap,
    /// The heading of the group of entries `first..first + count`.
    Header { first: usize, count: usize },
    /// Entry `.0` (index into the pane's entries) on its own.
    Entry(usize),
    /// The rule between two sides of a dispute stacked on a narrow pane.
    Versus,
    /// Entries `first..first + count` of one dispute, its `sides` sides next to each other.
    Sides {
        first: usize,
        count: usize,
        sides: usize,
    },
}

/// The rows of one list pane at one width, with their compact heights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rows {
    /// The inner width of the pane (cells) the rows were laid out for.
    pub width: usize,
    pub rows: Vec<Row>,
    /// `starts[r]`: the first line of row `r` with nothing selected; `starts[rows.len()]`
    /// is the total.
    starts: Vec<usize>,
    /// The row showing each entry.
    entry_row: Vec<usize>,
}

/// Where the lines of a list are for one selection and pane height.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// The first line shown.
    pub offset: usize,
    /// The rows at least partly in view, each with its first line and height.
    pub rows: Vec<(usize, usize, usize)>,
    /// The lines of the selected entry (or dispute), first..=last.
    pub selected: Option<(usize, usize)>,
}

impl Rows {
    /// Lay out `entries` rows; `group` says which group an entry is in (a header and a gap
    /// start each new group), `height(entry, whole)` how many lines an entry takes alone,
    /// `sides(entry)` whether it is a dispute side (its dispute and side index) and
    /// `side_height(entry, col, whole)` its lines in a column `col` wide.
    fn build<G: PartialEq>(
        width: usize,
        n: usize,
        group: impl Fn(usize) -> G,
        side: impl Fn(usize) -> Option<(usize, usize)>,
        height: impl Fn(usize, bool) -> usize,
        side_height: impl Fn(usize, usize, bool) -> usize,
    ) -> (Rows, Vec<usize>) {
        let mut rows = Vec::new();
        let mut heights = Vec::new();
        let mut entry_row = vec![0; n];
        let mut last: Option<G> = None;
        let mut e = 0;
        while e < n {
            let g = group(e);
            if last.as_ref() != Some(&g) {
                if last.is_some() {
                    rows.push(Row::Gap);
                    heights.push(1);
                }
                close_group(&mut rows, e);
                rows.push(Row::Header { first: e, count: 0 });
                heights.push(1);
                last = Some(g);
            }
            if let Some((dispute, _)) = side(e) {
                let count = (e..n)
                    .take_while(|&k| side(k).is_some_and(|(d, _)| d == dispute))
                    .count();
                let sides = side(e + count - 1).map_or(1, |(_, s)| s + 1);
                if let Some(col) = side_column(width, sides) {
                    entry_row[e..e + count].fill(rows.len());
                    rows.push(Row::Sides {
                        first: e,
                        count,
                        sides,
                    });
                    heights.push(sides_height(e, count, sides, col, &side, |k| {
                        side_height(k, col, false)
                    }));
                    e += count;
                    continue;
                }
                let prev = e.checked_sub(1).and_then(&side);
                if let (Some((d, s)), Some((_, mine))) = (prev, side(e))
                    && d == dispute
                    && s != mine
                {
                    rows.push(Row::Versus);
                    heights.push(1);
                }
            }
            entry_row[e] = rows.len();
            rows.push(Row::Entry(e));
            heights.push(height(e, false));
            e += 1;
        }
        close_group(&mut rows, n);
        let mut starts = Vec::with_capacity(heights.len() + 1);
        let mut at = 0;
        for h in &heights {
            starts.push(at);
            at += h;
        }
        starts.push(at);
        (
            Rows {
                width,
                rows,
                starts,
                entry_row,
            },
            heights,
        )
    }

    /// The rows of the Claims pane for `entries` of `x` at `width` cells.
    pub fn claims(x: &Extraction, entries: &[ClaimEntry], width: usize) -> Rows {
        let text = |e: usize| entry_text(x, entries[e]);
        Rows::build(
            width,
            entries.len(),
            |e| claim_group(x, entries[e]),
            |e| match entries[e] {
                ClaimEntry::Side { dispute, side, .. } => Some((dispute, side)),
                _ => None,
            },
            |e, whole| 1 + text_lines(text(e), width, whole).len(),
            |e, col, whole| 1 + text_lines(text(e), col, whole).len(),
        )
        .0
    }

    /// The rows of the Actors pane for the actors in `order` at `width` cells.
    pub fn actors(actors: &[Actor], order: &[usize], width: usize) -> Rows {
        Rows::build(
            width,
            order.len(),
            |e| actors.get(order[e]).map(|a| a.kind),
            |_| None,
            |e, _| actors.get(order[e]).map_or(1, actor_height),
            |_, _, _| 1,
        )
        .0
    }

    /// The selection of entry `selected` of the Claims pane: the selected claim is shown
    /// whole, and so is every side of a selected dispute.
    pub fn claim_selection(
        &self,
        x: &Extraction,
        entries: &[ClaimEntry],
        selected: usize,
    ) -> Selection {
        let dispute = |e: usize| match entries.get(e) {
            Some(ClaimEntry::Side { dispute, .. }) => Some(*dispute),
            _ => None,
        };
        let mine = dispute(selected);
        let width = self.width;
        let text = |e: usize| entry_text(x, entries[e]);
        self.selection(
            selected,
            |e| e == selected || (mine.is_some() && dispute(e) == mine),
            |row| match row {
                Row::Entry(e) => 1 + text_lines(text(e), width, true).len(),
                Row::Sides {
                    first,
                    count,
                    sides,
                } => {
                    let col = side_column(width, sides).unwrap_or(width);
                    let side = |e: usize| match entries.get(e) {
                        Some(ClaimEntry::Side { dispute, side, .. }) => Some((*dispute, *side)),
                        _ => None,
                    };
                    sides_height(first, count, sides, col, &side, |e| {
                        1 + text_lines(text(e), col, true).len()
                    })
                }
                _ => 1,
            },
        )
    }

    /// The selection of entry `selected` of the Actors pane (rows keep their height).
    pub fn actor_selection(&self, selected: usize) -> Selection {
        self.selection(
            selected,
            |e| e == selected,
            |row| match row {
                Row::Entry(e) => self.compact_height(self.entry_row[e]),
                _ => 1,
            },
        )
    }

    /// Total lines with nothing selected.
    pub fn total(&self) -> usize {
        self.starts.last().copied().unwrap_or(0)
    }

    /// The row showing entry `entry`.
    pub fn row_of(&self, entry: usize) -> Option<usize> {
        self.entry_row.get(entry).copied()
    }

    /// Compact height of row `r`.
    pub fn compact_height(&self, r: usize) -> usize {
        self.starts[r + 1] - self.starts[r]
    }

    /// The rows whose height changes when `selected` is selected, and their heights then.
    /// `whole_height(row)` gives a row's height with the selection shown whole.
    pub fn selection(
        &self,
        selected: usize,
        group_of_selected: impl Fn(usize) -> bool,
        whole_height: impl Fn(Row) -> usize,
    ) -> Selection {
        let Some(r) = self.row_of(selected) else {
            return Selection::default();
        };
        // A stacked dispute: every entry of it (and the rules between) is shown whole.
        let mut lo = r;
        let mut hi = r + 1;
        if matches!(self.rows[r], Row::Entry(_)) {
            while lo > 0 && self.in_group(lo - 1, &group_of_selected) {
                lo -= 1;
            }
            while hi < self.rows.len() && self.in_group(hi, &group_of_selected) {
                hi += 1;
            }
        }
        let heights = (lo..hi).map(|k| whole_height(self.rows[k])).collect();
        Selection {
            rows: lo..hi,
            heights,
            row: r,
        }
    }

    fn in_group(&self, r: usize, group: &impl Fn(usize) -> bool) -> bool {
        match self.rows[r] {
            Row::Entry(e) => group(e),
            Row::Versus => true,
            _ => false,
        }
    }

    /// First line of row `r` with `sel` shown.
    pub fn start(&self, r: usize, sel: &Selection) -> usize {
        let base = self.starts[r.min(self.rows.len())];
        if r <= sel.rows.start {
            return base;
        }
        let upto = r.min(sel.rows.end);
        let extra: isize = (sel.rows.start..upto)
            .map(|k| sel.heights[k - sel.rows.start] as isize - self.compact_height(k) as isize)
            .sum();
        (base as isize + extra).max(0) as usize
    }

    /// Height of row `r` with `sel` shown.
    pub fn height(&self, r: usize, sel: &Selection) -> usize {
        if sel.rows.contains(&r) {
            sel.heights[r - sel.rows.start]
        } else {
            self.compact_height(r)
        }
    }

    /// The lines in view in a pane `h` lines high with `sel` shown: scrolled so that the
    /// selected row is whole on screen (its top when it is taller than the pane), with a
    /// little context above when it fits.
    pub fn view(&self, sel: &Selection, h: usize) -> View {
        let selected = (!sel.rows.is_empty()).then(|| {
            let first = self.start(sel.row, sel);
            (first, first + self.height(sel.row, sel).max(1) - 1)
        });
        let offset = scroll_offset(selected, h);
        // The first row that ends after the offset.
        let mut r = self.row_at(offset, sel);
        let mut rows = Vec::new();
        while r < self.rows.len() {
            let start = self.start(r, sel);
            if start >= offset + h {
                break;
            }
            rows.push((r, start, self.height(r, sel)));
            r += 1;
        }
        View {
            offset,
            rows,
            selected,
        }
    }

    /// The row holding line `line` with `sel` shown (the last row when past the end).
    fn row_at(&self, line: usize, sel: &Selection) -> usize {
        // `start` is monotonic in the row index, so a binary search finds it.
        let (mut lo, mut hi) = (0, self.rows.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.start(mid + 1, sel) <= line {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo.min(self.rows.len().saturating_sub(1))
    }

    /// How many entries a page step moves from `selected` in a pane `h` lines high: to the
    /// last entry wholly drawn on screen (`down`; the first when going up); when the
    /// selection is already there, by the entries that fit from it on, less one so that
    /// it stays in view. At least one.
    pub fn page(&self, selected: usize, sel: &Selection, h: usize, down: bool) -> usize {
        let Some(r) = self.row_of(selected) else {
            return 1;
        };
        let entries = |row: Row| match row {
            Row::Entry(e) => Some((e, e)),
            Row::Sides { first, count, .. } => Some((first, first + count.max(1) - 1)),
            _ => None,
        };
        let view = self.view(sel, h);
        let drawn = view
            .rows
            .iter()
            .filter(|&&(_, start, height)| {
                start >= view.offset && start + height <= view.offset + h
            })
            .filter_map(|&(row, _, _)| entries(self.rows[row]));
        let edge = if down {
            drawn.map(|(_, last)| last).max()
        } else {
            drawn.map(|(first, _)| first).min()
        };
        match edge {
            Some(e) if down && e > selected => return e - selected,
            Some(e) if !down && e < selected => return selected - e,
            _ => {}
        }
        let mut used = 0;
        let mut fit = 0;
        let mut k = r;
        loop {
            used += self.height(k, sel);
            if used > h {
                break;
            }
            fit += entries(self.rows[k]).map_or(0, |(a, b)| b - a + 1);
            if down {
                k += 1;
                if k >= self.rows.len() {
                    break;
                }
            } else {
                if k == 0 {
                    break;
                }
                k -= 1;
            }
        }
        fit.saturating_sub(1).max(1)
    }
}

/// The first line shown of a list `h` lines high whose selected lines are `selected`
/// (first..=last): the whole selection on screen (its top when it is taller than the pane),
/// with a little context above when it fits.
pub fn scroll_offset(selected: Option<(usize, usize)>, h: usize) -> usize {
    match selected {
        Some((first, last)) if last >= h => {
            let want = last + 1 - h;
            want.max(first.saturating_sub(h.saturating_sub(last - first + 1)))
                .min(first)
        }
        _ => 0,
    }
}

/// The rows a selection makes taller: `rows` with their `heights`, and the selected row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub rows: Range<usize>,
    pub heights: Vec<usize>,
    pub row: usize,
}

/// Set the entry count of the last group's header, the group ending before entry `end`.
fn close_group(rows: &mut [Row], end: usize) {
    if let Some(Row::Header { first, count }) = rows
        .iter_mut()
        .rev()
        .find(|r| matches!(r, Row::Header { .. }))
    {
        *count = end - *first;
    }
}

/// The width of one side's column when `sides` sides fit next to each other in `width`
/// cells, `None` when they do not.
pub fn side_column(width: usize, sides: usize) -> Option<usize> {
    let col = width.saturating_sub(SIDE_GAP * sides.saturating_sub(1)) / sides.max(1);
    (sides >= 2 && col >= SIDE_MIN).then_some(col)
}

/// Lines of a side-by-side dispute: its tallest column.
fn sides_height(
    first: usize,
    count: usize,
    sides: usize,
    _col: usize,
    side: &impl Fn(usize) -> Option<(usize, usize)>,
    height: impl Fn(usize) -> usize,
) -> usize {
    let mut columns = vec![0; sides];
    for e in first..first + count {
        let s = side(e).map_or(0, |(_, s)| s).min(sides - 1);
        columns[s] += height(e);
    }
    columns.into_iter().max().unwrap_or(0)
}

/// Lines an actor takes: its name, and a second line with role or affiliation.
pub fn actor_height(a: &Actor) -> usize {
    1 + usize::from(a.role.is_some() || a.affiliation.is_some())
}

/// The group key of an actor row.
pub fn actor_group(a: &Actor) -> ActorKind {
    a.kind
}

/// The group an entry of the Claims pane belongs to: a dispute, a source, the unattributed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClaimGroup<'a> {
    Dispute(usize),
    Source(&'a str),
    Unattributed,
}

/// The group of a Claims pane entry.
pub fn claim_group(x: &Extraction, entry: ClaimEntry) -> ClaimGroup<'_> {
    match entry {
        ClaimEntry::Side { dispute, .. } => ClaimGroup::Dispute(dispute),
        ClaimEntry::Claim(i) => {
            ClaimGroup::Source(x.claims.get(i).map_or("", super::entries::source_key))
        }
        ClaimEntry::Unattributed(_) => ClaimGroup::Unattributed,
    }
}

/// The text shown for an entry (the claim or the loaded sentence).
pub fn entry_text(x: &Extraction, entry: ClaimEntry) -> &str {
    match entry {
        ClaimEntry::Side { claim, .. } | ClaimEntry::Claim(claim) => {
            x.claims.get(claim).map_or("", |c| c.text.as_str())
        }
        ClaimEntry::Unattributed(i) => x.unattributed.get(i).map_or("", |a| a.text.as_str()),
    }
}

/// The text lines of an entry in a column `width` cells wide (after the indent): all of them
/// when `whole`, else at most [`TEXT_LINES`] with "…" after the last when some are cut.
/// Unsafe characters are replaced as everywhere on screen. Only the start of a long text is
/// wrapped when it is cut, so a compact row costs the same for any text length.
pub fn text_lines(text: &str, width: usize, whole: bool) -> Vec<String> {
    let inner = width.saturating_sub(TEXT_INDENT).max(4);
    // First-fit wrapping is greedy: the first lines of a prefix are the first lines of the
    // whole, so a prefix long enough for one line more than shown decides the cut.
    let prefix = if whole {
        text
    } else {
        let budget = inner * (TEXT_LINES + 1) * 4 + 16;
        match text.char_indices().nth(budget) {
            Some((at, _)) => &text[..at],
            None => text,
        }
    };
    let clean = crate::ui::sanitize::clean(prefix);
    let wrapped = textwrap::wrap(&clean, inner);
    let cut = !whole && (wrapped.len() > TEXT_LINES || prefix.len() < text.len());
    let mut lines: Vec<String> = wrapped
        .into_iter()
        .take(if whole { usize::MAX } else { TEXT_LINES })
        .map(|l| l.into_owned())
        .collect();
    if cut && let Some(last) = lines.last_mut() {
        last.push('…');
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_text_is_cut_at_three_lines_and_whole_is_not() {
        let text = "word ".repeat(200);
        let compact = text_lines(&text, 24, false);
        assert_eq!(compact.len(), TEXT_LINES);
        assert!(compact[2].ends_with('…'));
        let whole = text_lines(&text, 24, true);
        assert!(whole.len() > 40);
        assert!(!whole.last().unwrap().ends_with('…'));
        assert_eq!(text_lines("short", 24, false), ["short"]);
    }

    #[test]
    fn a_prefix_gives_the_same_first_lines() {
        let text = "alpha beta gamma delta epsilon ".repeat(500);
        let whole = text_lines(&text, 30, true);
        let compact = text_lines(&text, 30, false);
        assert_eq!(compact[..2], whole[..2]);
    }
}
