//! [`update`]: how each [`Action`] changes the [`App`].

use super::{Action, App, Effect, Input, InputPurpose, MarkKind, Marks, Overlay, Pane, search};
use crate::extract::Span;

/// Apply `action` to `app`, then record the reading position and theme in the state.
/// Returns what the caller must do (quit, load a document, copy...); a caller that has
/// nothing to do with them (a test) may drop them.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let before = super::session::Before::of(app);
    apply(app, action);
    super::session::after_update(app, before);
    std::mem::take(&mut app.effects)
}

fn apply(app: &mut App, action: Action) {
    if !matches!(action, Action::Resize { .. }) {
        app.message = None;
    }
    // A count typed before the key (`10j`); any action uses it up.
    let count = if matches!(action, Action::Resize { .. }) {
        None
    } else {
        app.pending.count.take()
    };
    if let Action::Resize { width, height } = action {
        // The match or mention being looked at stays in view; the top line alone would
        // leave it off a smaller screen.
        let watched = current_mark(app).filter(|&span| in_view(app, span));
        app.width = width;
        app.height = height;
        app.rewrap();
        if let Some(span) = watched
            && !in_view(app, span)
        {
            let line = line_of_span(app, span);
            let (_, h) = app.text_size();
            set_top(app, line as isize - (h / 3) as isize);
        }
        return;
    }
    if action == Action::Quit {
        app.emit(Effect::Quit);
        return;
    }
    if let Action::Mouse(mouse) = action {
        super::mouse::handle(app, mouse);
        return;
    }
    if app.input.is_some() {
        input(app, action);
        return;
    }
    if let Action::Paste(_) = action {
        app.message = Some("paste ignored: no input line is open (/ search, B note)".to_string());
        return;
    }
    if super::library::handle(app, &action) || super::bookmarks::handle(app, &action) {
        return;
    }
    if app.overlay.is_some() {
        overlay(app, action, count);
        return;
    }
    let before = (app.current, app.anchor());
    let times = count.unwrap_or(1) as isize;
    match action {
        Action::Down => move_by(app, times),
        Action::Up => move_by(app, -times),
        Action::HalfPageDown => move_by(app, times * (page(app, true) / 2).max(1)),
        Action::HalfPageUp => move_by(app, -times * (page(app, false) / 2).max(1)),
        Action::PageDown => move_by(app, times * page_step(app, true)),
        Action::PageUp => move_by(app, -times * page_step(app, false)),
        // With a count, like less's `3G`: that line (or row) of the focused pane.
        Action::Top | Action::Bottom if count.is_some() => go_to_row(app, times - 1),
        Action::Top => move_by(app, isize::MIN / 2),
        Action::Bottom => move_by(app, isize::MAX / 2),
        Action::FocusNext => app.focus = cycle(app.focus, 1),
        Action::FocusPrev => app.focus = cycle(app.focus, 2),
        Action::Activate => activate(app),
        Action::Search => app.input = Some(Input::new(InputPurpose::Search)),
        Action::NextMatch => step_mark(app, true, times),
        Action::PrevMatch => step_mark(app, false, times),
        Action::NextDocument => switch_document(app, 1),
        Action::PrevDocument => switch_document(app, -1),
        Action::Documents => {
            app.overlay = Some(Overlay::Documents {
                selected: app.current,
            })
        }
        Action::NextTheme => {
            app.theme = (app.theme + 1) % app.themes.len().max(1);
            app.message = Some(format!("theme: {}", app.theme_name()));
        }
        Action::Help => app.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::ShowLink => super::links::show_link(app),
        Action::Escape => app.marks = None,
        Action::Yank => super::yank::yank(app),
        Action::Quit
        | Action::Resize { .. }
        | Action::Mouse(_)
        | Action::InputChar(_)
        | Action::InputBackspace
        | Action::Edit(_)
        | Action::DeleteBookmark
        | Action::UndoDelete
        | Action::EditNote
        | Action::Paste(_)
        | Action::Bookmark
        | Action::BookmarkWithNote
        | Action::Bookmarks
        | Action::NextBookmark
        | Action::PrevBookmark
        | Action::CycleSort
        | Action::NextUnread
        | Action::ToggleRead
        | Action::Rescan
        | Action::ActorDocuments
        | Action::DisputingDocuments => {}
    }
    if (app.current, app.anchor()) != before {
        app.revision += 1;
    }
}

fn cycle(p: Pane, by: usize) -> Pane {
    let i = Pane::ALL.iter().position(|&q| q == p).unwrap_or(0);
    Pane::ALL[(i + by) % Pane::ALL.len()]
}

/// A page of the focused pane: article lines, or the list rows that fit in the list's pane
/// from the selection on (`down`) or back from it.
fn page(app: &App, down: bool) -> isize {
    match app.focus {
        Pane::Article => {
            let (_, h) = app.text_size();
            h.max(1) as isize
        }
        Pane::Actors | Pane::Claims => list_page(app, down) as isize,
    }
}

/// A page step keeps one line (article) of context; a list moves by the rows that fit.
fn page_step(app: &App, down: bool) -> isize {
    match app.focus {
        Pane::Article => page(app, down).saturating_sub(1).max(1),
        Pane::Actors | Pane::Claims => page(app, down),
    }
}

/// How many entries of the focused list a page step moves: those wholly drawn from the
/// selected one on (or back to it), from the same row layout the pane is drawn with.
fn list_page(app: &App, down: bool) -> usize {
    let layout = super::layout::Layout::new(app.width, app.height, app.focus);
    let area = match app.focus {
        Pane::Actors => layout.actors,
        _ => layout.claims,
    };
    let (Some(area), Some(open)) = (area, app.open()) else {
        return 1;
    };
    let height = usize::from(area.inner().height);
    let width = usize::from(area.inner().width);
    match app.focus {
        Pane::Actors => {
            let rows = open.actor_rows(width);
            let sel = rows.actor_selection(open.actor_selected);
            rows.page(open.actor_selected, &sel, height, down)
        }
        _ => {
            let rows = open.claim_rows(width.max(8));
            let sel =
                rows.claim_selection(&open.extraction, &open.claim_entries, open.claim_selected);
            rows.page(open.claim_selected, &sel, height, down)
        }
    }
}

/// Scroll the article or move the focused list's selection by `delta` rows.
pub(super) fn move_by(app: &mut App, delta: isize) {
    let focus = app.focus;
    match focus {
        Pane::Article => {
            let top = app.top_line() as isize;
            set_top(app, top.saturating_add(delta));
        }
        Pane::Actors | Pane::Claims => {
            let Some(open) = app.open_mut() else { return };
            let (sel, len) = if focus == Pane::Actors {
                (&mut open.actor_selected, open.actor_order.len())
            } else {
                (&mut open.claim_selected, open.claim_entries.len())
            };
            *sel = clamp(*sel as isize + delta, len);
        }
    }
}

/// Put line `row` of the article on top, or select row `row` of the focused list.
fn go_to_row(app: &mut App, row: isize) {
    match app.focus {
        Pane::Article => {
            // Line numbers count from the top of the document.
            if app.window_open(true) {
                app.wrap_window(0);
            }
            set_top(app, row)
        }
        Pane::Actors | Pane::Claims => {
            move_by(app, isize::MIN / 2);
            move_by(app, row);
        }
    }
}

fn clamp(i: isize, len: usize) -> usize {
    i.clamp(0, len.saturating_sub(1) as isize) as usize
}

/// Put wrapped line `line` (clamped so the last page stays full) at the top of the article.
fn set_top(app: &mut App, line: isize) {
    let (_, h) = app.text_size();
    let line = reach(app, line, usize::from(h));
    let max_top = app.wrap.lines.len().saturating_sub(usize::from(h));
    let line = line.clamp(0, max_top as isize) as usize;
    let Some(l) = app.wrap.lines.get(line).copied() else {
        return;
    };
    if let Some(open) = app.open_mut() {
        let start = open.doc.blocks.get(l.block).map_or(0, |b| b.range.start);
        open.anchor = super::Anchor::new(l.block, l.start.saturating_sub(start));
    }
}

/// While only a window of a big document is wrapped, a line `line` past its ends (a screen
/// `h` lines high) moves the window: around the top line for a step, to the document's end
/// for a jump longer than the window (`g`, `G`). Returns `line` in the new window's numbers.
fn reach(app: &mut App, line: isize, h: usize) -> isize {
    let up = line < 0;
    let max_top = app.wrap.lines.len().saturating_sub(h) as isize;
    if !(up || line > max_top) || !app.window_open(up) {
        return line;
    }
    let top = app.top_line() as isize;
    if line.abs_diff(top) > app.wrap.lines.len() {
        let last = app
            .open()
            .map_or(0, |o| o.doc.blocks.len().saturating_sub(1));
        app.wrap_window(if up { 0 } else { last });
        return if up { 0 } else { isize::MAX / 2 };
    }
    let block = app.anchor().block;
    app.wrap_window(block);
    line - top + app.top_line() as isize
}

/// Bring `span` into view: unmoved when already visible, else a third of a page from the top.
/// With one pane at a time (narrow layout), the article is shown, since a jump is only seen
/// there.
fn reveal(app: &mut App, span: Span) {
    if super::layout::Layout::new(app.width, app.height, app.focus).mode
        == super::layout::Mode::Narrow
    {
        app.focus = Pane::Article;
    }
    // A big document only partly wrapped: its window moves to the span first.
    let moved = app.ensure_wrapped(block_of(app, span));
    if moved || !in_view(app, span) {
        let line = line_of_span(app, span);
        let (_, h) = app.text_size();
        set_top(app, line as isize - (h / 3) as isize);
    }
}

/// The block where `span` starts.
fn block_of(app: &App, span: Span) -> usize {
    app.open().map_or(0, |o| {
        o.doc
            .blocks
            .partition_point(|b| b.range.start <= span.start)
            .saturating_sub(1)
    })
}

/// The span `n`/`N` is on, if any.
fn current_mark(app: &App) -> Option<Span> {
    app.marks
        .as_ref()
        .and_then(|m| m.spans.get(m.current).copied())
}

/// The wrapped line where `span` starts.
fn line_of_span(app: &App, span: Span) -> usize {
    app.wrap.line_of(block_of(app, span), span.start)
}

/// Whether the line where `span` starts is on the article's screen.
fn in_view(app: &App, span: Span) -> bool {
    let line = line_of_span(app, span);
    let top = app.top_line();
    let (_, h) = app.text_size();
    (top..top + usize::from(h)).contains(&line)
}

pub(super) fn activate(app: &mut App) {
    let Some(open) = app.open() else { return };
    match app.focus {
        Pane::Article => {}
        Pane::Actors => {
            let Some(&i) = open.actor_order.get(open.actor_selected) else {
                return;
            };
            let Some(actor) = open.extraction.actors.get(i) else {
                return;
            };
            if actor.mentions.is_empty() {
                app.message = Some(format!("{} has no mention in the text", actor.name));
                return;
            }
            let spans = actor.mentions.clone();
            set_marks(app, MarkKind::Actor(i), spans, 0);
        }
        Pane::Claims => {
            let Some(span) = open
                .claim_entries
                .get(open.claim_selected)
                .and_then(|e| e.span(&open.extraction))
            else {
                return;
            };
            set_marks(app, MarkKind::Claim, vec![span], 0);
        }
    }
}

pub(super) fn set_marks(app: &mut App, kind: MarkKind, spans: Vec<Span>, current: usize) {
    let target = spans.get(current).copied();
    app.marks = Some(Marks {
        kind,
        spans,
        current,
    });
    if let Some(span) = target {
        reveal(app, span);
    }
}

/// `n`/`N`, `times` over: the next (previous) search match or actor mention, or after a
/// claim the next (previous) row of the Claims pane, jumped to as Enter does.
fn step_mark(app: &mut App, forward: bool, times: isize) {
    if app
        .marks
        .as_ref()
        .is_some_and(|m| m.kind == MarkKind::Claim)
    {
        step_claim(app, forward, times);
        return;
    }
    let Some(marks) = app.marks.as_mut() else {
        app.message = Some("nothing to go to: search with / or pick an actor".to_string());
        return;
    };
    let n = marks.spans.len();
    if n == 0 {
        return;
    }
    let times = (times.max(1) as usize) % n;
    let was = marks.current;
    marks.current = if forward {
        (marks.current + times) % n
    } else {
        (marks.current + n - times) % n
    };
    let wrapped = n > 1
        && if forward {
            marks.current <= was
        } else {
            marks.current >= was
        };
    let span = marks.spans[marks.current];
    if wrapped {
        let end = if forward { "top" } else { "bottom" };
        app.message = Some(format!("wrapped around to the {end}"));
    }
    reveal(app, span);
}

/// Select the claim `times` rows on (or back) in the Claims pane, wrapping around, and
/// jump to it.
fn step_claim(app: &mut App, forward: bool, times: isize) {
    let Some(open) = app.open_mut() else { return };
    let n = open.claim_entries.len() as isize;
    if n == 0 {
        return;
    }
    let by = if forward { times } else { -times };
    let was = open.claim_selected as isize;
    let to = (was + by).rem_euclid(n);
    open.claim_selected = to as usize;
    let wrapped = n > 1 && if forward { to <= was } else { to >= was };
    let focus = app.focus;
    app.focus = Pane::Claims;
    activate(app);
    if app.focus == Pane::Claims {
        app.focus = focus;
    }
    if wrapped {
        let end = if forward { "first" } else { "last" };
        app.message = Some(format!("wrapped around to the {end} claim"));
    }
}

/// Show the document `step` places away, wrapping around the ends.
fn switch_document(app: &mut App, step: isize) {
    let n = app.docs.len();
    if n <= 1 {
        app.message = Some("only one document is open".to_string());
        return;
    }
    app.current = (app.current as isize + step).rem_euclid(n as isize) as usize;
    app.marks = None;
    app.rewrap();
}

fn input(app: &mut App, action: Action) {
    let Some(input) = app.input.as_mut() else {
        return;
    };
    match action {
        Action::InputChar(c) => input.insert(c),
        Action::InputBackspace => input.backspace(),
        Action::Paste(text) => input.paste(&text),
        Action::Edit(edit) => input.edit(edit),
        Action::Escape => {
            let purpose = input.purpose;
            app.input = None;
            super::bookmarks::input_cancelled(app, purpose);
            super::library::input_cancelled(app, purpose);
            return;
        }
        Action::Activate => {
            if let Some(Input { purpose, text, .. }) = app.input.take() {
                match purpose {
                    InputPurpose::Search => run_search(app, text),
                    InputPurpose::Note | InputPurpose::EditNote | InputPurpose::Filter => {
                        super::bookmarks::submit(app, purpose, text)
                    }
                    // The filter is applied as typed; Enter only closes the input.
                    InputPurpose::LibraryFilter => {}
                }
            }
            return;
        }
        _ => return,
    }
    super::bookmarks::input_changed(app);
    super::library::input_changed(app);
}

/// Search for `query`; an empty one repeats the last search (as in less), going on to the
/// next match when its matches are shown.
fn run_search(app: &mut App, query: String) {
    let query = if query.is_empty() {
        let Some(last) = app.last_search.clone() else {
            app.message = Some("no previous search".to_string());
            return;
        };
        if matches!(&app.marks, Some(Marks { kind: MarkKind::Search(q), .. }) if *q == last) {
            step_mark(app, true, 1);
            return;
        }
        last
    } else {
        query
    };
    app.last_search = Some(query.clone());
    let Some(open) = app.open() else { return };
    let spans = search::find(&open.doc.body, &query);
    if spans.is_empty() {
        app.message = Some(format!("no match for \"{query}\""));
        app.marks = None;
        return;
    }
    let top = app.top_line();
    let from = app.wrap.lines.get(top).map_or(0, |l| l.start);
    let current = spans.iter().position(|s| s.start >= from).unwrap_or(0);
    set_marks(app, MarkKind::Search(query), spans, current);
}

/// Rows of a popup's list: the screen less the status line and the popup's border.
fn popup_rows(app: &App) -> usize {
    usize::from(app.height.saturating_sub(3)).max(1)
}

/// How far a popup list moves for `action`, or `None` for an action that does not move it.
fn popup_step(app: &App, action: &Action) -> Option<isize> {
    let page = popup_rows(app).saturating_sub(1).max(1) as isize;
    Some(match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::HalfPageDown => (page / 2).max(1),
        Action::HalfPageUp => -(page / 2).max(1),
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        _ => return None,
    })
}

fn overlay(app: &mut App, action: Action, count: Option<usize>) {
    let docs = app.docs.len();
    // Scrolling the help stops with its last line shown.
    let help_lines = super::keys::help(&app.keymap).len();
    let help_max = help_lines.saturating_sub(popup_rows(app)) as isize;
    let at = match &app.overlay {
        Some(Overlay::Help { scroll }) => *scroll,
        Some(Overlay::Documents { selected }) => *selected,
        _ => 0,
    } as isize;
    let step = match (count, &action) {
        (Some(n), Action::Top | Action::Bottom) => Some(n as isize - 1 - at),
        (Some(n), _) => popup_step(app, &action).map(|by| by.saturating_mul(n as isize)),
        (None, _) => popup_step(app, &action),
    };
    if let Some(by) = step {
        match &mut app.overlay {
            Some(Overlay::Help { scroll }) => {
                *scroll = (*scroll as isize).saturating_add(by).clamp(0, help_max) as usize;
            }
            Some(Overlay::Documents { selected }) => {
                *selected = clamp((*selected as isize).saturating_add(by), docs);
            }
            _ => {}
        }
        return;
    }
    match (&mut app.overlay, action) {
        (_, Action::Escape) => app.overlay = None,
        (Some(Overlay::Help { .. }), Action::Help) => app.overlay = None,
        (Some(Overlay::Documents { .. }), Action::Documents) => app.overlay = None,
        (Some(Overlay::Documents { selected }), Action::Activate) => {
            let index = *selected;
            app.overlay = None;
            if index != app.current {
                app.current = index;
                app.marks = None;
                app.rewrap();
                app.revision += 1;
            }
        }
        _ => {}
    }
}
