//! The library screen in the app: the list of a folder's documents (the first screen of
//! `brief DIR`, and `D` from the reader), its keys, the reading workflow through it (`[`/`]`
//! in the library's order, next unread, read/unread), and the actors across documents
//! ("also in 12 other briefings", the list of them).
//!
//! Results of the background loading ([`crate::library::loader`]) arrive through [`apply`];
//! a document to open is asked of the event loop as an `Effect::Load`, like a bookmark's.

use super::session::{self, LoadRequest};
use super::{Action, Anchor, App, Input, InputPurpose, Overlay, Pane};
use crate::document::DocId;
use crate::extract::{ActorKind, Span};
use crate::library::actors::ActorIndex;
use crate::library::disputes;
use crate::library::loader::{Progress, Update};
use crate::library::{Entry, Library, SortKey, thousands};
use crate::state::DocRef;
use std::path::PathBuf;

/// The library as the app holds it.
#[derive(Debug, Clone)]
pub struct LibraryView {
    /// The folders and files it is made of (absolute).
    pub roots: Vec<PathBuf>,
    pub lib: Library,
    /// Which documents mention which actor.
    pub actors: ActorIndex,
    /// The claims of the indexed documents, for the disputes across them.
    pub disputes: disputes::Index,
    /// Whether the library screen is shown (else the reader).
    pub shown: bool,
    /// The selected row of the list.
    pub selected: usize,
    /// How far the background loading is.
    pub progress: Progress,
    /// Documents not marked read (kept up to date after each change).
    pub unread: usize,
    /// Set by `r`: the event loop starts a rescan and clears it.
    pub rescan: bool,
    /// What to select once the document at this path is shown and analysed: a jump from
    /// "also in N other briefings" lands on the actor, its mentions highlighted; one from
    /// "disputed in N other briefings" on the disputing claim, highlighted.
    pub wanted: Option<(PathBuf, Wanted)>,
    /// The loader's last note (an unreadable path, an unusable cache) while the library is
    /// hidden behind the reader, shown when `D` shows the library: the reader's own status
    /// line (which already lists what could not be opened) is not overwritten.
    note: Option<String>,
    /// The filter as it was when the filter input opened (Esc goes back to it).
    filter_before: String,
}

/// The popup listing other library documents: those that mention an actor (`O`), or the
/// claims of those that dispute a claim (`C`). Enter opens the selected one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherBriefings {
    /// The popup's title ("Ana Corvin in 2 other briefings (…)").
    pub title: String,
    /// The rows, without the document shown.
    pub entries: Vec<OtherBriefing>,
    pub selected: usize,
}

/// One row of [`OtherBriefings`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherBriefing {
    /// The library entry.
    pub entry: usize,
    /// What follows the document's title on the row (`(3 mentions)`), as written: the
    /// drawing sanitises it.
    pub detail: String,
    /// Where to open it: at an anchor (an actor's first mention), else where it was left.
    pub at: Option<Anchor>,
    /// What to select in it once shown.
    pub wanted: Wanted,
}

/// What to select in a document opened from [`OtherBriefings`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// The actor of this kind and key, in the Actors pane.
    Actor(ActorKind, String),
    /// The claim at this span of the body, highlighted (and its row in the Claims pane).
    Claim(Span),
}

impl LibraryView {
    /// An empty library of the folder `root` (filled by the loader), shown.
    pub fn new(root: PathBuf) -> LibraryView {
        LibraryView::of(vec![root])
    }

    /// An empty library of the folders and files `roots` (filled by the loader), shown.
    pub fn of(roots: Vec<PathBuf>) -> LibraryView {
        LibraryView {
            roots,
            lib: Library::new(SortKey::default()),
            actors: ActorIndex::default(),
            disputes: disputes::Index::default(),
            shown: true,
            selected: 0,
            progress: Progress {
                busy: true,
                ..Progress::default()
            },
            unread: 0,
            rescan: false,
            wanted: None,
            note: None,
            filter_before: String::new(),
        }
    }

    /// The entry of the selected row.
    pub fn selected_entry(&self) -> Option<&Entry> {
        self.lib.at(self.selected)
    }

    /// The count line: "1,204 briefings · 37 unread · sorted by date · filter: kara".
    pub fn count_line(&self) -> String {
        let n = self.lib.entries.len();
        let mut parts = vec![format!(
            "{} briefing{}",
            thousands(n),
            if n == 1 { "" } else { "s" }
        )];
        parts.push(format!("{} unread", thousands(self.unread)));
        parts.push(format!("sorted by {}", self.lib.sort().name()));
        if !self.lib.filter().is_empty() {
            parts.push(format!(
                "filter: {} ({} shown)",
                self.lib.filter(),
                thousands(self.lib.view().len())
            ));
        }
        parts.join(" · ")
    }

    /// The loading progress for the status line: "listing…", "indexing 3,412 / 10,000".
    pub fn progress_line(&self) -> Option<String> {
        let p = self.progress;
        if !p.busy {
            return None;
        }
        Some(match (p.found, p.to_index) {
            (None, _) => "listing…".to_string(),
            (Some(found), 0) => format!(
                "reading {} / {}",
                thousands(self.lib.entries.len().min(found)),
                thousands(found)
            ),
            (_, total) => format!("indexing {} / {}", thousands(p.indexed), thousands(total)),
        })
    }

    fn rebuild_actors(&mut self) {
        let mut actors = ActorIndex::default();
        let mut claims = disputes::Index::default();
        for (i, e) in self.lib.entries.iter().enumerate() {
            if let Some(ix) = &e.index {
                actors.add(i, &ix.actors);
                claims.add(i, ix.claims.clone());
            }
        }
        self.actors = actors;
        self.disputes = claims;
    }
}

/// Take the library's order from the saved state (after the state was loaded).
pub fn restore(app: &mut App) {
    let sort = app
        .session
        .state
        .library_sort()
        .and_then(SortKey::from_name);
    if let (Some(lv), Some(sort)) = (app.library.as_mut(), sort) {
        lv.lib.set_sort(sort);
    }
    count_unread(app);
}

/// Apply what the loader produced; true when the screen changes.
pub fn apply(app: &mut App, updates: Vec<Update>, progress: Progress) -> bool {
    let state = &app.session.state;
    let Some(lv) = app.library.as_mut() else {
        return false;
    };
    let mut changed = lv.progress != progress;
    lv.progress = progress;
    // The selection follows its document as entries arrive, unless it is still on the first
    // row, which stays first (the newest, or the first by title).
    let keep = lv
        .selected_entry()
        .filter(|_| lv.selected > 0)
        .map(|e| e.path.clone());
    let mut note = None;
    // The unread count is kept by difference, so a tick costs the size of its batches, not
    // of the library (a full count at 100,000 entries is milliseconds of hash lookups).
    let mut recount = false;
    for update in updates {
        changed = true;
        match update {
            Update::Entries(mut entries) => {
                // A rescan re-reads heads: the index already known stays until re-indexed.
                for e in &mut entries {
                    if let Some(i) = lv.lib.index_of(&e.path) {
                        e.index = lv.lib.entries[i].index.clone();
                    }
                }
                lv.unread = adjust_unread(lv.unread, &lv.lib, &entries, state);
                lv.lib.upsert(entries);
            }
            Update::Scanned(paths) => {
                let before = lv.lib.entries.len();
                lv.lib.retain_paths(&paths);
                if lv.lib.entries.len() != before {
                    lv.rebuild_actors();
                    recount = true;
                }
            }
            Update::Indexed(batch) => {
                let mut entries = Vec::with_capacity(batch.len());
                for ix in batch {
                    let known = lv.lib.index_of(&ix.path);
                    if let Some(i) = known
                        && lv.lib.entries[i].index.is_some()
                    {
                        lv.actors.remove(i);
                        lv.disputes.remove(i);
                    }
                    let entry = match ix.result {
                        Ok(doc) => {
                            let mut e = Entry::new(ix.path, &doc.meta, ix.modified);
                            e.index = Some(doc);
                            e
                        }
                        Err(why) => Entry::failed(ix.path, why),
                    };
                    entries.push(entry);
                }
                lv.unread = adjust_unread(lv.unread, &lv.lib, &entries, state);
                let paths: Vec<PathBuf> = entries.iter().map(|e| e.path.clone()).collect();
                lv.lib.upsert(entries);
                for p in paths {
                    if let Some(i) = lv.lib.index_of(&p)
                        && let Some(ix) = lv.lib.entries[i].index.clone()
                    {
                        lv.actors.add(i, &ix.actors);
                        lv.disputes.add(i, ix.claims.clone());
                    }
                }
            }
            Update::Note(text) => note = Some(text),
        }
    }
    if let Some(text) = note {
        match lv.shown {
            true => app.message = Some(text),
            false => lv.note = Some(text),
        }
    }
    if changed {
        reselect(app, keep);
    }
    if recount {
        count_unread(app);
    }
    changed
}

/// The unread count after `incoming` replaces or joins the entries of `lib`.
fn adjust_unread(
    unread: usize,
    lib: &Library,
    incoming: &[Entry],
    state: &crate::state::ReadingState,
) -> usize {
    let counts = |e: &Entry| e.error.is_none() && !e.is_read(state);
    let mut unread = unread;
    for e in incoming {
        if let Some(old) = lib.index_of(&e.path).map(|i| &lib.entries[i])
            && counts(old)
        {
            unread = unread.saturating_sub(1);
        }
        if counts(e) {
            unread += 1;
        }
    }
    unread
}

/// Keep the selection on the entry at `path` after the list changed.
fn reselect(app: &mut App, path: Option<PathBuf>) {
    let Some(lv) = app.library.as_mut() else {
        return;
    };
    if let Some(row) = path
        .and_then(|p| lv.lib.index_of(&p))
        .and_then(|i| lv.lib.row_of(i))
    {
        lv.selected = row;
    }
    lv.selected = lv.selected.min(lv.lib.view().len().saturating_sub(1));
}

/// Recount the unread documents.
pub fn count_unread(app: &mut App) {
    if let Some(lv) = app.library.as_mut() {
        lv.unread = lv.lib.unread(&app.session.state);
    }
}

/// The entry of the document shown in the reader.
pub(super) fn current_entry(app: &App) -> Option<usize> {
    let lv = app.library.as_ref()?;
    let path = app.open()?.doc.path.as_deref()?;
    lv.lib.index_of(path)
}

/// Where the shown document is in the library's current order: (row + 1, rows), for the
/// status line's "12/1,204".
pub fn position(app: &App) -> Option<(usize, usize)> {
    let lv = app.library.as_ref()?;
    let row = lv.lib.row_of(current_entry(app)?)?;
    Some((row + 1, lv.lib.view().len()))
}

/// How many other library documents mention the actor selected in the Actors pane.
pub fn also_in(app: &App) -> Option<usize> {
    let lv = app.library.as_ref()?;
    let open = app.open()?;
    let actor = open
        .actor_order
        .get(open.actor_selected)
        .and_then(|&i| open.extraction.actors.get(i))?;
    Some(lv.actors.others(actor.kind, &actor.id, current_entry(app)))
}

/// Handle `action` if it is the library's; true when it was.
pub fn handle(app: &mut App, action: &Action) -> bool {
    if app.library.is_none() {
        return false;
    }
    if matches!(app.overlay, Some(Overlay::OtherBriefings(_))) {
        return others_key(app, action);
    }
    if app.overlay.is_some() {
        return false;
    }
    if app.library.as_ref().is_some_and(|l| l.shown) {
        list_key(app, action)
    } else {
        reader_key(app, action)
    }
}

/// Rows of the list on screen: the screen less the status line, the border and count line.
fn list_rows(app: &App) -> isize {
    (app.height as isize - 4).max(1)
}

fn list_key(app: &mut App, action: &Action) -> bool {
    let page = list_rows(app);
    let step = match action {
        Action::Down | Action::NextDocument => Some(1),
        Action::Up | Action::PrevDocument => Some(-1),
        Action::PageDown => Some(page),
        Action::PageUp => Some(-page),
        Action::HalfPageDown => Some((page / 2).max(1)),
        Action::HalfPageUp => Some(-(page / 2).max(1)),
        Action::Top => Some(isize::MIN / 2),
        Action::Bottom => Some(isize::MAX / 2),
        _ => None,
    };
    let Some(lv) = app.library.as_mut() else {
        return false;
    };
    if let Some(by) = step {
        let n = lv.lib.view().len();
        lv.selected = (lv.selected as isize)
            .saturating_add(by)
            .clamp(0, n.saturating_sub(1) as isize) as usize;
        return true;
    }
    match action {
        Action::Activate => {
            if let Some(&i) = lv.lib.view().get(lv.selected) {
                open_entry(app, i, None);
            }
        }
        Action::Search => {
            lv.filter_before = lv.lib.filter().to_string();
            let mut input = Input::new(InputPurpose::LibraryFilter);
            lv.lib.filter().chars().for_each(|c| input.insert(c));
            app.input = Some(input);
        }
        Action::CycleSort => cycle_sort(app),
        Action::NextUnread => match lv.lib.next_unread(lv.selected, &app.session.state) {
            Some(row) => lv.selected = row,
            None => app.message = Some("no unread document".to_string()),
        },
        Action::ToggleRead => {
            if let Some(&i) = lv.lib.view().get(lv.selected) {
                toggle_read(app, i);
            }
        }
        Action::Rescan => ask_rescan(app),
        Action::Documents | Action::Escape => {
            if !lv.lib.filter().is_empty() && *action == Action::Escape {
                lv.lib.set_filter("");
                reselect(app, None);
            } else if !app.docs.is_empty() {
                lv.shown = false;
            }
        }
        Action::Help | Action::Quit | Action::Bookmarks | Action::NextTheme => return false,
        _ => {}
    }
    true
}

fn reader_key(app: &mut App, action: &Action) -> bool {
    let current = current_entry(app);
    let Some(lv) = app.library.as_mut() else {
        return false;
    };
    let row = current.and_then(|i| lv.lib.row_of(i));
    match action {
        Action::Documents => {
            if let Some(row) = row {
                lv.selected = row;
            }
            lv.shown = true;
            if let Some(note) = lv.note.take() {
                app.message = Some(note);
            }
        }
        Action::NextDocument | Action::PrevDocument => {
            let n = lv.lib.view().len();
            if n == 0 {
                return true;
            }
            let by = if *action == Action::NextDocument {
                1
            } else {
                n - 1
            };
            let next = row.map_or(0, |r| (r + by) % n);
            if let Some(&i) = lv.lib.view().get(next) {
                open_entry(app, i, None);
            }
        }
        Action::NextUnread => match lv.lib.next_unread(row.unwrap_or(0), &app.session.state) {
            Some(r) => {
                let i = lv.lib.view()[r];
                open_entry(app, i, None);
            }
            None => app.message = Some("no unread document".to_string()),
        },
        Action::ToggleRead => match current {
            Some(i) => toggle_read(app, i),
            None => app.message = Some("this document is not in the library".to_string()),
        },
        Action::Rescan => ask_rescan(app),
        Action::CycleSort => cycle_sort(app),
        Action::ActorDocuments => open_others(app),
        Action::DisputingDocuments => super::disputes::open(app),
        _ => return false,
    }
    true
}

fn ask_rescan(app: &mut App) {
    if let Some(lv) = app.library.as_mut() {
        lv.rescan = true;
        app.message = Some(if lv.progress.busy {
            "will rescan the folder when indexing is done".to_string()
        } else {
            "rescanning the folder…".to_string()
        });
    }
}

fn cycle_sort(app: &mut App) {
    let Some(lv) = app.library.as_mut() else {
        return;
    };
    let keep = lv.selected_entry().map(|e| e.path.clone());
    let sort = lv.lib.sort().next();
    lv.lib.set_sort(sort);
    app.session.state.set_library_sort(sort.name());
    app.message = Some(format!("sorted by {}", sort.name()));
    reselect(app, keep);
}

fn toggle_read(app: &mut App, index: usize) {
    let Some(lv) = app.library.as_ref() else {
        return;
    };
    let Some(entry) = lv.lib.entries.get(index) else {
        return;
    };
    let Some(id) = entry.id().cloned() else {
        app.message = Some("not indexed yet; try again in a moment".to_string());
        return;
    };
    let read = !entry.is_read(&app.session.state);
    let (path, title) = (entry.path.clone(), entry.title.clone());
    let now = app.session.now();
    let doc = DocRef {
        id: &id,
        path: Some(&path),
        title: &title,
    };
    app.session.state.mark_read(doc, read, &now);
    app.message = Some(if read { "marked read" } else { "marked unread" }.to_string());
    count_unread(app);
}

/// Show library entry `index`: the open document if it is one, else ask the event loop to
/// load it, at `at` or where it was left.
pub fn open_entry(app: &mut App, index: usize, at: Option<Anchor>) {
    let Some(lv) = app.library.as_mut() else {
        return;
    };
    let Some(entry) = lv.lib.entries.get(index) else {
        return;
    };
    if let Some(err) = &entry.error {
        app.message = Some(err.clone());
        return;
    }
    if let Some(row) = lv.lib.row_of(index) {
        lv.selected = row;
    }
    lv.shown = false;
    let path = entry.path.clone();
    let none = DocId(String::new());
    let saved = app
        .session
        .state
        .position_of(entry.id().unwrap_or(&none), Some(&path));
    if let Some(k) = app
        .docs
        .iter()
        .position(|o| o.doc.path.as_deref() == Some(path.as_path()))
    {
        let at = at.unwrap_or(app.docs[k].anchor);
        session::show_at(app, k, at);
    } else {
        app.emit(super::Effect::Load(LoadRequest {
            path,
            at: at.or(saved).unwrap_or_default(),
        }));
    }
}

fn open_others(app: &mut App) {
    if app.focus != Pane::Actors {
        app.message = Some("select an actor in the Actors pane first".to_string());
        return;
    }
    let current = current_entry(app);
    let (Some(lv), Some(open)) = (app.library.as_ref(), app.open()) else {
        return;
    };
    let Some(actor) = open
        .actor_order
        .get(open.actor_selected)
        .and_then(|&i| open.extraction.actors.get(i))
    else {
        return;
    };
    let entries: Vec<OtherBriefing> = lv
        .actors
        .find(actor.kind, &actor.id)
        .map(|a| {
            a.appearances()
                .iter()
                .filter(|d| Some(d.entry) != current)
                .map(|d| {
                    let times = if d.mentions == 1 {
                        "mention"
                    } else {
                        "mentions"
                    };
                    OtherBriefing {
                        entry: d.entry,
                        detail: format!(" ({} {times})", d.mentions),
                        at: Some(d.first),
                        wanted: Wanted::Actor(actor.kind, actor.id.clone()),
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    if entries.is_empty() {
        app.message = Some(format!("{} is in no other briefing", actor.name));
        return;
    }
    let n = entries.len();
    app.overlay = Some(Overlay::OtherBriefings(OtherBriefings {
        title: format!(
            "{} in {} other briefing{} (Enter opens at the first mention)",
            actor.name,
            thousands(n),
            if n == 1 { "" } else { "s" }
        ),
        entries,
        selected: 0,
    }));
}

fn others_key(app: &mut App, action: &Action) -> bool {
    let page = list_rows(app);
    let Some(Overlay::OtherBriefings(list)) = app.overlay.as_mut() else {
        return false;
    };
    let n = list.entries.len();
    let by = match action {
        Action::Down => 1,
        Action::Up => -1,
        Action::PageDown => page,
        Action::PageUp => -page,
        Action::Top => isize::MIN / 2,
        Action::Bottom => isize::MAX / 2,
        Action::Activate => {
            let target = list.entries.get(list.selected).cloned();
            app.overlay = None;
            if let Some(target) = target {
                if let Some(lv) = app.library.as_mut()
                    && let Some(e) = lv.lib.entries.get(target.entry)
                {
                    lv.wanted = Some((e.path.clone(), target.wanted));
                }
                open_entry(app, target.entry, target.at);
                select_wanted(app);
            }
            return true;
        }
        Action::Escape | Action::ActorDocuments | Action::DisputingDocuments => {
            app.overlay = None;
            return true;
        }
        Action::Quit => return false,
        _ => return true,
    };
    list.selected = (list.selected as isize)
        .saturating_add(by)
        .clamp(0, n.saturating_sub(1) as isize) as usize;
    true
}

/// After a jump to another briefing from an actor's or a claim's list: once that document
/// is shown and its extraction is in, select the same actor (by kind and key) in the Actors
/// pane and focus it, so its mentions are highlighted, or highlight the disputing claim and
/// select its row. True when it did. Called by the event loop's tick, as the document and
/// its extraction may arrive later.
pub fn select_wanted(app: &mut App) -> bool {
    let Some((path, wanted)) = app.library.as_ref().and_then(|l| l.wanted.clone()) else {
        return false;
    };
    let Some(open) = app.open() else {
        return false;
    };
    if open.doc.path.as_deref() != Some(path.as_path()) {
        // Another document is shown: the jump is dropped once the reader moved on to it.
        return false;
    }
    if !open.extracted {
        return false;
    }
    if let Some(lv) = app.library.as_mut() {
        lv.wanted = None;
    }
    let (kind, key) = match wanted {
        Wanted::Actor(kind, key) => (kind, key),
        Wanted::Claim(span) => return super::disputes::select_claim(app, span),
    };
    let Some(open) = app.open() else {
        return false;
    };
    let position = open.actor_order.iter().position(|&i| {
        open.extraction
            .actors
            .get(i)
            .is_some_and(|a| a.kind == kind && a.id == key)
    });
    let Some(row) = position else {
        return false;
    };
    if let Some(open) = app.open_mut() {
        open.actor_selected = row;
    }
    app.focus = Pane::Actors;
    true
}

/// The filter input changed: filter as typed.
pub fn input_changed(app: &mut App) {
    let Some(input) = app.input.as_ref() else {
        return;
    };
    if input.purpose != InputPurpose::LibraryFilter {
        return;
    }
    let text = input.text.clone();
    if let Some(lv) = app.library.as_mut() {
        lv.lib.set_filter(&text);
        lv.selected = 0;
    }
}

/// The filter input was cancelled: the filter goes back to what it was.
pub fn input_cancelled(app: &mut App, purpose: InputPurpose) {
    if purpose != InputPurpose::LibraryFilter {
        return;
    }
    if let Some(lv) = app.library.as_mut() {
        let before = std::mem::take(&mut lv.filter_before);
        lv.lib.set_filter(&before);
        lv.selected = 0;
    }
}
