//! The mouse, against the screen model ([`super::layout`]): the wheel scrolls the pane under
//! the pointer, a click focuses a pane and selects the row under it, and a click on an actor
//! or a claim jumps to it as Enter does.

use super::action::{Mouse, MouseKind};
use super::layout::Layout;
use super::rows::Row;
use super::update::{activate, move_by};
use super::{Action, App, Overlay, Pane};

/// Lines (or rows) one notch of the wheel moves.
pub const WHEEL_STEP: isize = 3;

/// Apply a mouse event.
pub fn handle(app: &mut App, mouse: Mouse) {
    if app.input.is_some() {
        return;
    }
    // A popup, or the library's list in place of the panes: the wheel moves in it.
    if app.overlay.is_some() || app.library.as_ref().is_some_and(|l| l.shown) {
        popup(app, mouse);
        return;
    }
    let screen = Layout::new(app.width, app.height, app.focus);
    if let Some(tabs) = screen.tabs
        && tabs.contains(mouse.column, mouse.row)
    {
        if mouse.kind == MouseKind::Click {
            app.focus = tab_at(mouse.column);
        }
        return;
    }
    let Some((pane, area)) = [
        (Pane::Article, screen.article),
        (Pane::Actors, screen.actors),
        (Pane::Claims, screen.claims),
    ]
    .into_iter()
    .find_map(|(p, a)| {
        a.filter(|a| a.contains(mouse.column, mouse.row))
            .map(|a| (p, a))
    }) else {
        return;
    };
    match mouse.kind {
        MouseKind::ScrollDown | MouseKind::ScrollUp => {
            let by = if mouse.kind == MouseKind::ScrollDown {
                WHEEL_STEP
            } else {
                -WHEEL_STEP
            };
            // The pane under the pointer scrolls; the focus stays where it was.
            let focus = std::mem::replace(&mut app.focus, pane);
            move_by(app, by);
            app.focus = focus;
        }
        MouseKind::Click => {
            app.focus = pane;
            let inner = area.inner();
            if !inner.contains(mouse.column, mouse.row) {
                return;
            }
            let line = usize::from(mouse.row - inner.y);
            if let Some(row) = row_at(
                app,
                pane,
                line,
                usize::from(inner.height),
                usize::from(inner.width),
            ) {
                select(app, pane, row);
                activate(app);
            }
        }
    }
}

/// The pane named at `column` of the narrow layout's tab line (as `ui` draws it: each
/// title after two cells, followed by one space).
fn tab_at(column: u16) -> Pane {
    let mut x = 0;
    for pane in Pane::ALL {
        x += 2 + pane.title().len() as u16 + 1;
        if column < x {
            return pane;
        }
    }
    Pane::Claims
}

/// The entry (index into the pane's list) drawn on `line` of the pane's inner area,
/// `height` lines high and `width` wide: the same row model (src/app/rows.rs) the ui draws
/// and paging steps with. A click on a dispute shown side by side takes its first side.
fn row_at(app: &App, pane: Pane, line: usize, height: usize, width: usize) -> Option<usize> {
    let open = app.open()?;
    let (rows, sel) = match pane {
        Pane::Article => return None,
        Pane::Actors => {
            let rows = open.actor_rows(width);
            let sel = rows.actor_selection(open.actor_selected);
            (rows, sel)
        }
        Pane::Claims => {
            let rows = open.claim_rows(width.max(8));
            let sel =
                rows.claim_selection(&open.extraction, &open.claim_entries, open.claim_selected);
            (rows, sel)
        }
    };
    let view = rows.view(&sel, height);
    let at = view.offset + line;
    let &(r, _, _) = view
        .rows
        .iter()
        .find(|&&(_, first, h)| at >= first && at < first + h)?;
    match rows.rows[r] {
        Row::Entry(e) => Some(e),
        Row::Sides { first, .. } => Some(first),
        Row::Gap | Row::Header { .. } | Row::Versus => None,
    }
}

fn select(app: &mut App, pane: Pane, row: usize) {
    let Some(open) = app.open_mut() else { return };
    match pane {
        Pane::Article => {}
        Pane::Actors => open.actor_selected = row.min(open.actor_order.len().saturating_sub(1)),
        Pane::Claims => open.claim_selected = row.min(open.claim_entries.len().saturating_sub(1)),
    }
}

/// In a popup (or the library's list) the wheel scrolls it.
fn popup(app: &mut App, mouse: Mouse) {
    let action = match mouse.kind {
        MouseKind::ScrollDown => Action::Down,
        MouseKind::ScrollUp => Action::Up,
        MouseKind::Click => return,
    };
    let steps = if matches!(app.overlay, Some(Overlay::Help { .. })) {
        WHEEL_STEP
    } else {
        1
    };
    for _ in 0..steps {
        super::update(app, action.clone());
    }
}
