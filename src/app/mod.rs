//! The application state machine: what is open, where the reader is, what is focused and
//! highlighted. [`update`] applies an [`Action`]; nothing here knows about the terminal, so
//! behaviour is tested by feeding actions.

mod action;
pub mod bookmarks;
pub mod disputes;
mod effect;
pub mod entries;
pub mod keys;
pub mod layout;
pub mod library;
pub mod line;
mod links;
mod mouse;
pub mod rows;
mod search;
pub mod session;
mod update;
pub mod wrap;
mod yank;

/// A reading position (block + byte offset in it), shared with the saved state. Screen lines
/// are derived from it and the wrap at the current width, so a resize keeps the same text
/// on top.
pub use crate::state::Anchor;
pub use action::{Action, Mouse, MouseKind};
pub use effect::Effect;
pub use entries::ClaimEntry;
pub use update::update;

use crate::config::Keymap;
use crate::document::Document;
use crate::extract::{Extraction, Span};
use crate::worker::{Done, Priority, Worker};
use std::cell::RefCell;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::Instant;
use wrap::Wrap;

/// The panes that can take the focus, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Pane {
    Article,
    Actors,
    Claims,
}

impl Pane {
    /// Every pane in Tab order.
    pub const ALL: [Pane; 3] = [Pane::Article, Pane::Actors, Pane::Claims];

    /// The pane's title.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Article => "Article",
            Pane::Actors => "Actors",
            Pane::Claims => "Claims",
        }
    }
}

/// A popup drawn over the panes; while one is open it receives the keys.
///
/// This is the place for further popups (the bookmarks list, the note input): add a
/// variant, handle its keys in `update::overlay` (src/app/update.rs), draw it in the
/// overlay `match` of `ui::render` (src/ui/mod.rs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The key help, generated from the keymap; `scroll` is the first line shown.
    Help { scroll: usize },
    /// The open documents; `selected` is the highlighted one.
    Documents { selected: usize },
    /// The bookmarks of every document.
    Bookmarks(bookmarks::BookmarkList),
    /// Other library documents: those mentioning an actor, or disputing a claim.
    OtherBriefings(library::OtherBriefings),
}

/// What an open input line is for; decides what Enter does with the text.
///
/// The place for further inputs (a bookmark's note): add a variant, submit it in
/// `update::input` (src/app/update.rs), label it in `ui::status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputPurpose {
    /// A search query (`/`).
    Search,
    /// The note of a new bookmark (`B`).
    Note,
    /// A new note for the bookmark selected in the list (`e`).
    EditNote,
    /// The filter of the bookmarks list (`/` in the list), applied as it is typed.
    Filter,
    /// The library's filter (`/` in the library), applied as it is typed.
    LibraryFilter,
}

/// The text being typed into the status line and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Input {
    pub purpose: InputPurpose,
    pub text: String,
    /// Byte offset of the cursor in `text`.
    pub cursor: usize,
}

/// What the highlighted spans in the article are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MarkKind {
    /// Matches of a search (the query as typed).
    Search(String),
    /// Mentions of an actor (index into `Extraction::actors`).
    Actor(usize),
    /// The sentence(s) of a claim or assertion.
    Claim,
    /// The texts of the document's links (`L`).
    Link,
}

/// Highlighted spans of the current document and the one `n`/`N` is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marks {
    pub kind: MarkKind,
    /// In text order.
    pub spans: Vec<Span>,
    pub current: usize,
}

/// One open document with its extraction and where the reader is in it.
#[derive(Debug, Clone)]
pub struct Open {
    pub doc: Document,
    pub extraction: Extraction,
    pub anchor: Anchor,
    /// Order of the Actors pane (indexes into `extraction.actors`).
    pub actor_order: Vec<usize>,
    /// Rows of the Claims pane.
    pub claim_entries: Vec<ClaimEntry>,
    /// Selected row of the Actors pane (index into `actor_order`).
    pub actor_selected: usize,
    /// Selected row of the Claims pane (index into `claim_entries`).
    pub claim_selected: usize,
    /// Whether `extraction` has been computed (it runs when the document is first shown).
    pub extracted: bool,
    /// While the extraction runs on the background worker: when it was started.
    pub analysing: Option<Instant>,
    /// The row layouts of the Actors and Claims panes at the last widths they were drawn at.
    rows: RowCache,
    /// Where the claims are in the body, for the article's margin (made with the extraction).
    claim_cover: wrap::ClaimCover,
    /// The body shared with background jobs, copied on first use.
    shared_body: std::cell::OnceCell<Arc<str>>,
    /// The blocks shared with background jobs, copied on first use.
    shared_blocks: std::cell::OnceCell<Arc<[crate::document::Block]>>,
}

/// Row layouts computed once per (extraction, width) and reused by every frame and page step.
#[derive(Debug, Clone, Default)]
struct RowCache {
    actors: RefCell<Vec<Arc<rows::Rows>>>,
    claims: RefCell<Vec<Arc<rows::Rows>>>,
}

/// An extraction with what the panes derive from it: their order, the article's claim
/// cover, and the row layouts at the widths the panes will be drawn at. A big document's is
/// made on the worker, so its arrival costs the event loop nothing that grows with the claims.
#[derive(Debug, Clone)]
pub struct Analysed {
    extraction: Extraction,
    actor_order: Vec<usize>,
    claim_entries: Vec<ClaimEntry>,
    claim_cover: wrap::ClaimCover,
    actor_rows: Vec<Arc<rows::Rows>>,
    claim_rows: Vec<Arc<rows::Rows>>,
}

/// The inner widths (cells) the Actors and Claims panes take at one terminal size, whatever
/// pane has the focus (the Claims pane widens when focused).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PaneWidths {
    pub actors: Vec<usize>,
    pub claims: Vec<usize>,
}

impl PaneWidths {
    /// The widths of the list panes in a `width` x `height` terminal.
    pub fn of(width: u16, height: u16) -> PaneWidths {
        let mut widths = PaneWidths::default();
        for focus in Pane::ALL {
            let l = layout::Layout::new(width, height, focus);
            let actors = l.actors.map(|a| usize::from(a.inner().width));
            let claims = l.claims.map(|a| usize::from(a.inner().width).max(8));
            for (w, list) in [(actors, &mut widths.actors), (claims, &mut widths.claims)] {
                if let Some(w) = w.filter(|w| !list.contains(w)) {
                    list.push(w);
                }
            }
        }
        widths.actors.truncate(ROW_WIDTHS_KEPT);
        widths.claims.truncate(ROW_WIDTHS_KEPT);
        widths
    }
}

impl Analysed {
    /// Derive the panes' data from `extraction`, laying out their rows at `widths`.
    pub fn of(extraction: Extraction, widths: &PaneWidths) -> Analysed {
        let actor_order = entries::actor_order(&extraction);
        let claim_entries = entries::claim_entries(&extraction);
        let actor_rows = widths
            .actors
            .iter()
            .map(|&w| Arc::new(rows::Rows::actors(&extraction.actors, &actor_order, w)))
            .collect();
        let claim_rows = widths
            .claims
            .iter()
            .map(|&w| Arc::new(rows::Rows::claims(&extraction, &claim_entries, w)))
            .collect();
        Analysed {
            claim_cover: wrap::ClaimCover::of(&extraction.claims),
            actor_order,
            claim_entries,
            extraction,
            actor_rows,
            claim_rows,
        }
    }
}

impl Open {
    /// Open a document: extraction runs here, once.
    pub fn new(doc: Document) -> Open {
        let extraction = crate::extract::extract_document(&doc);
        Open::with_extraction(doc, extraction)
    }

    /// Open a document without analysing it yet: the app extracts it when it is first shown.
    pub fn deferred(doc: Document) -> Open {
        let mut open = Open::with_extraction(doc, Extraction::default());
        open.extracted = false;
        open
    }

    /// Run the extraction unless it has run.
    pub fn ensure_extracted(&mut self) {
        if !self.extracted {
            let extraction = crate::extract::extract_document(&self.doc);
            self.set_extraction(extraction);
        }
    }

    /// Put an extraction in place (computed here or on the worker): the panes are laid out
    /// anew, selections kept in range; the reading position does not move.
    pub fn set_extraction(&mut self, extraction: Extraction) {
        self.set_analysed(Analysed::of(extraction, &PaneWidths::default()));
    }

    /// Put an extraction in place with what was derived from it (see [`Analysed`]).
    pub fn set_analysed(&mut self, analysed: Analysed) {
        self.actor_order = analysed.actor_order;
        self.claim_entries = analysed.claim_entries;
        self.claim_cover = analysed.claim_cover;
        self.extraction = analysed.extraction;
        self.extracted = true;
        self.analysing = None;
        self.rows = RowCache {
            actors: RefCell::new(analysed.actor_rows),
            claims: RefCell::new(analysed.claim_rows),
        };
        self.actor_selected = self
            .actor_selected
            .min(self.actor_order.len().saturating_sub(1));
        self.claim_selected = self
            .claim_selected
            .min(self.claim_entries.len().saturating_sub(1));
    }

    /// Open a document with an extraction computed elsewhere.
    pub fn with_extraction(doc: Document, extraction: Extraction) -> Open {
        Open {
            extracted: true,
            analysing: None,
            actor_order: entries::actor_order(&extraction),
            claim_entries: entries::claim_entries(&extraction),
            claim_cover: wrap::ClaimCover::of(&extraction.claims),
            doc,
            extraction,
            anchor: Anchor::default(),
            actor_selected: 0,
            claim_selected: 0,
            rows: RowCache::default(),
            shared_body: std::cell::OnceCell::new(),
            shared_blocks: std::cell::OnceCell::new(),
        }
    }

    /// The blocks as shared with background jobs (copied once).
    fn shared_blocks(&self) -> Arc<[crate::document::Block]> {
        Arc::clone(
            self.shared_blocks
                .get_or_init(|| Arc::from(self.doc.blocks.as_slice())),
        )
    }

    /// Where the claims are in the body (merged spans), for the article's margin.
    pub fn claim_cover(&self) -> &wrap::ClaimCover {
        &self.claim_cover
    }

    /// The body as shared with background jobs (copied once).
    fn shared_body(&self) -> Arc<str> {
        Arc::clone(
            self.shared_body
                .get_or_init(|| Arc::from(self.doc.body.as_str())),
        )
    }

    /// The rows of the Claims pane `width` cells wide (inside its border), laid out once per
    /// (extraction, width).
    pub fn claim_rows(&self, width: usize) -> Arc<rows::Rows> {
        cached(&self.rows.claims, width, || {
            rows::Rows::claims(&self.extraction, &self.claim_entries, width)
        })
    }

    /// The rows of the Actors pane `width` cells wide (inside its border).
    pub fn actor_rows(&self, width: usize) -> Arc<rows::Rows> {
        cached(&self.rows.actors, width, || {
            rows::Rows::actors(&self.extraction.actors, &self.actor_order, width)
        })
    }
}

/// How many widths of a pane's row model are kept: focusing the Claims pane widens it (it
/// takes the whole right column), so Tab alternates between two widths and must not lay
/// out every claim again each time.
const ROW_WIDTHS_KEPT: usize = 2;

/// The row model at `width` from `cell` (most recently used first), made when missing.
fn cached(
    cell: &RefCell<Vec<Arc<rows::Rows>>>,
    width: usize,
    make: impl FnOnce() -> rows::Rows,
) -> Arc<rows::Rows> {
    let mut kept = cell.borrow_mut();
    let rows = match kept.iter().position(|r| r.width == width) {
        Some(i) => kept.remove(i),
        None => Arc::new(make()),
    };
    kept.insert(0, Arc::clone(&rows));
    kept.truncate(ROW_WIDTHS_KEPT);
    rows
}

/// Bodies up to this size are wrapped at once; a bigger one has its first screen wrapped at
/// once and the rest on the worker, so its first frame does not wait for the whole wrap.
pub const WRAP_AT_ONCE_BYTES: usize = 4 * 1024 * 1024;

/// Bodies up to this size are analysed at once even with a worker (a few milliseconds).
pub const EXTRACT_AT_ONCE_BYTES: usize = 32 * 1024;

/// How documents get analysed.
#[derive(Debug, Clone, Default)]
enum Analysis {
    /// Right away, when first shown (tests and tools that want the result at once).
    #[default]
    Inline,
    /// Not until a worker is attached ([`App::attach_worker`]).
    Deferred,
    /// On the background worker; results applied by [`App::apply_worker_results`].
    Worker(Arc<Worker>),
}

/// The whole application state.
#[derive(Debug, Clone)]
pub struct App {
    /// The open documents; never empty.
    pub docs: Vec<Open>,
    /// Index of the document shown.
    pub current: usize,
    pub focus: Pane,
    pub overlay: Option<Overlay>,
    /// The input line of the status bar while it is open; it takes every typed key.
    pub input: Option<Input>,
    pub marks: Option<Marks>,
    /// The last query searched for (an empty search repeats it).
    pub last_search: Option<String>,
    /// A one-off message for the status line, cleared by the next action.
    pub message: Option<String>,
    /// Terminal size in cells.
    pub width: u16,
    pub height: u16,
    /// The current document wrapped at the current article width.
    pub wrap: Wrap,
    /// Which document `wrap` belongs to: the wrap is reused while (document, width) stay.
    wrap_doc: Option<usize>,
    /// Names of the available themes and the index of the one in use.
    pub themes: Vec<String>,
    pub theme: usize,
    /// The widest the article text is wrapped (`wrap_width` in config.toml).
    pub wrap_width: Option<u16>,
    /// The key bindings (the defaults, or the user's patch over them).
    pub keymap: Keymap,
    /// A count or key sequence typed and not acted on yet.
    pub pending: keys::Pending,
    /// Effects of the action being applied, handed back by [`update`].
    effects: Vec<Effect>,
    /// Bumped by every action that changes what would be saved (position, document).
    pub revision: u64,
    /// Reading state and bookmarks (saved by the caller when they are dirty).
    pub session: session::Session,
    /// The library, when a folder was opened (see [`library`]).
    pub library: Option<library::LibraryView>,
    /// Where extraction runs.
    analysis: Analysis,
    /// Bodies up to this many bytes are wrapped at once ([`WRAP_AT_ONCE_BYTES`]); a bigger
    /// one, once there is a worker, gets its first screen at once and the rest later.
    pub wrap_at_once_bytes: usize,
    /// The whole wrap of a big document on the worker (progress, and stopping a stale one).
    wrap_job: Arc<WrapJob>,
}

impl App {
    /// An app showing `docs` (at least one) in a `width` x `height` terminal. Each document
    /// is analysed when first shown, so opening many costs only the first one's extraction.
    pub fn new(docs: Vec<Document>, width: u16, height: u16) -> App {
        App::from_open(
            docs.into_iter().map(Open::deferred).collect(),
            width,
            height,
        )
    }

    /// An app over documents already opened (extraction done).
    pub fn from_open(docs: Vec<Open>, width: u16, height: u16) -> App {
        let mut app = App {
            docs,
            current: 0,
            focus: Pane::Article,
            overlay: None,
            input: None,
            marks: None,
            last_search: None,
            message: None,
            width,
            height,
            wrap: Wrap {
                width: 0,
                lines: Vec::new(),
                complete: true,
            },
            wrap_doc: None,
            themes: vec!["dark".to_string()],
            theme: 0,
            wrap_width: None,
            keymap: Keymap::default(),
            pending: keys::Pending::default(),
            effects: Vec::new(),
            revision: 0,
            session: session::Session::default(),
            library: None,
            analysis: Analysis::Inline,
            wrap_at_once_bytes: WRAP_AT_ONCE_BYTES,
            wrap_job: Arc::default(),
        };
        app.rewrap();
        app
    }

    /// An app showing `docs` whose extraction waits for [`App::attach_worker`]: building it
    /// costs only the first document's wrap, so the first frame never waits for extraction.
    pub fn new_deferred(docs: Vec<Document>, width: u16, height: u16) -> App {
        let mut app = App {
            analysis: Analysis::Deferred,
            ..App::from_open(Vec::new(), width, height)
        };
        app.docs = docs.into_iter().map(Open::deferred).collect();
        app.rewrap();
        app
    }

    /// Analyse documents on `worker` from now on, starting with the one shown.
    pub fn attach_worker(&mut self, worker: Arc<Worker>) {
        self.analysis = Analysis::Worker(worker);
        // The wrap first: on a one-thread pool it must not wait for the extraction.
        self.submit_wrap();
        self.request_extraction();
    }

    /// The background worker, once attached (for other background work of the app).
    pub fn worker(&self) -> Option<&Arc<Worker>> {
        match &self.analysis {
            Analysis::Worker(w) => Some(w),
            _ => None,
        }
    }

    /// Apply the worker's finished jobs (called from the event loop's tick); true when the
    /// screen changed. An extraction fills the panes of its document without moving the
    /// reading position.
    pub fn apply_worker_results(&mut self) -> (bool, Vec<Vec<crate::library::index::Indexed>>) {
        let mut indexed = Vec::new();
        let Some(worker) = self.worker() else {
            return (false, indexed);
        };
        let mut changed = false;
        for done in worker.drain() {
            changed = true;
            match done {
                Done::Extracted { doc, analysed } => {
                    let analysed = analysed.unwrap_or_else(|e| {
                        self.message = Some(format!("analysis failed: {e}"));
                        Analysed::of(Extraction::default(), &PaneWidths::default())
                    });
                    for open in self.docs.iter_mut().filter(|o| o.doc.id == doc) {
                        if !open.extracted {
                            open.set_analysed(analysed.clone());
                        }
                    }
                }
                Done::Wrapped { doc, wrap } => {
                    let shown = self.open().is_some_and(|o| o.doc.id == doc);
                    if shown && !self.wrap.complete && self.wrap.width == wrap.width {
                        self.wrap = wrap;
                    }
                }
                Done::Nothing => {}
                // The library's files, indexed: the library code applies them.
                Done::Indexed(batch) => indexed.push(batch),
                Done::Panicked(e) => self.message = Some(format!("background job failed: {e}")),
            }
        }
        // While an extraction runs, the status line shows its elapsed time.
        let changed = changed || self.open().is_some_and(|o| o.analysing.is_some());
        (changed, indexed)
    }

    /// Start the extraction of the document shown, unless it is done or running: at once
    /// without a worker, else on the worker.
    fn request_extraction(&mut self) {
        let Some(open) = self.docs.get_mut(self.current) else {
            return;
        };
        if open.extracted || open.analysing.is_some() {
            return;
        }
        match &self.analysis {
            Analysis::Inline => open.ensure_extracted(),
            // A short text is analysed in less time than a frame: no "analysing" flash.
            Analysis::Worker(_) if open.doc.body.len() <= EXTRACT_AT_ONCE_BYTES => {
                open.ensure_extracted()
            }
            Analysis::Deferred => {}
            Analysis::Worker(worker) => {
                open.analysing = Some(Instant::now());
                let body = open.shared_body();
                let doc = open.doc.id.clone();
                let context = crate::extract::Context::of(&open.doc);
                let notify = worker.notifier();
                // The panes' rows are laid out there too, at the widths of this terminal.
                let widths = PaneWidths::of(self.width, self.height);
                worker.submit(
                    Priority::Now,
                    Box::new(move || {
                        // A wake-up a second while it runs, for the elapsed time shown.
                        let _ticker = Ticker::start(notify, std::time::Duration::from_secs(1));
                        let analysed = std::panic::catch_unwind(|| {
                            let x = crate::extract::extract_with(&body, &context);
                            Analysed::of(x, &widths)
                        })
                        .map_err(|p| crate::worker::panic_message(p.as_ref()));
                        Done::Extracted { doc, analysed }
                    }),
                );
            }
        }
    }

    /// The document shown; `None` only for an app built without documents (which then
    /// shows empty panes).
    pub fn open(&self) -> Option<&Open> {
        self.docs.get(self.current)
    }

    pub(crate) fn open_mut(&mut self) -> Option<&mut Open> {
        self.docs.get_mut(self.current)
    }

    /// The reading position in the current document (for saving the state).
    pub fn anchor(&self) -> Anchor {
        self.open().map(|o| o.anchor).unwrap_or_default()
    }

    /// Restore a saved reading position of document `index`; a stale one (the file was
    /// edited) is clamped into the text.
    pub fn set_anchor(&mut self, index: usize, anchor: Anchor) {
        if let Some(open) = self.docs.get_mut(index) {
            let blocks = &open.doc.blocks;
            let at = anchor.to_body_offset(&open.doc.body, blocks);
            let block = anchor.block.min(blocks.len().saturating_sub(1));
            let start = blocks.get(block).map_or(0, |b| b.range.start);
            open.anchor = Anchor::new(block, at.saturating_sub(start));
            // A partial wrap (big document) moves to reach the restored position.
            if index == self.current {
                self.ensure_wrapped(block);
            }
        }
    }

    /// The byte offset into the body of the current reading position.
    pub fn anchor_offset(&self) -> usize {
        self.open().map_or(0, |o| {
            self.anchor().to_body_offset(&o.doc.body, &o.doc.blocks)
        })
    }

    /// Width and height of the article text for the current terminal size.
    pub fn text_size(&self) -> (u16, u16) {
        let (w, h) = layout::Layout::article_text(self.width, self.height);
        // The byline (source, date, author, URL) takes the first row of the pane.
        let byline = self.open().and_then(|o| o.doc.meta.byline()).is_some();
        let h = if byline && h > 1 { h - 1 } else { h };
        (self.wrap_width.map_or(w, |max| w.min(max.max(1))), h)
    }

    /// Wrap the article at most `width` wide (`None`: the pane's width).
    pub fn set_wrap_width(&mut self, width: Option<u16>) {
        self.wrap_width = width;
        self.rewrap();
    }

    /// Index of the wrapped line at the top of the article.
    pub fn top_line(&self) -> usize {
        self.wrap.line_of(self.anchor().block, self.anchor_offset())
    }

    /// How far through the document the view is, 0..=100: by lines, or while only a window
    /// of a big document is wrapped, by bytes.
    pub fn percent(&self) -> u16 {
        if !self.wrap.complete {
            let len = self.open().map_or(0, |o| o.doc.body.len());
            return (self.anchor_offset() * 100 / len.max(1)).min(99) as u16;
        }
        let (_, h) = self.text_size();
        let total = self.wrap.lines.len();
        let max_top = total.saturating_sub(usize::from(h));
        if max_top == 0 {
            return 100;
        }
        (self.top_line().min(max_top) * 100 / max_top) as u16
    }

    /// While a big document's whole wrap is being made on the worker: how far it is, 0..=99.
    pub fn wrap_progress(&self) -> Option<u16> {
        if self.wrap.complete || self.worker().is_none() {
            return None;
        }
        let blocks = self.open().map_or(0, |o| o.doc.blocks.len());
        let done = self.wrap_job.done.load(Ordering::Relaxed);
        Some((done * 100 / blocks.max(1)).min(99) as u16)
    }

    /// Ask the caller for `effect` once the current action is applied.
    pub(crate) fn emit(&mut self, effect: Effect) {
        self.effects.push(effect);
    }

    /// The name of the theme in use.
    pub fn theme_name(&self) -> &str {
        self.themes.get(self.theme).map_or("dark", String::as_str)
    }

    /// Wrap the current document at the current width unless that wrap is already there;
    /// extract it if it is shown for the first time.
    pub(crate) fn rewrap(&mut self) {
        self.request_extraction();
        let (w, _) = self.text_size();
        if self.wrap_doc == Some(self.current) && self.wrap.width == w {
            return;
        }
        let Some(open) = self.docs.get(self.current) else {
            return;
        };
        self.wrap_doc = Some(self.current);
        if matches!(self.analysis, Analysis::Inline)
            || open.doc.body.len() <= self.wrap_at_once_bytes
        {
            self.wrap = Wrap::new(&open.doc, w);
            return;
        }
        // A big document: the blocks around the reading position now, the whole wrap on
        // the worker.
        let at = open.anchor.block;
        self.wrap_window(at);
        self.submit_wrap();
    }

    /// Wrap only the blocks around block `at` of the document shown (a big one whose whole
    /// wrap is not there yet): a few screens before and after it, at the current width. Each
    /// block takes at least a line, so that is more than a screen either way.
    pub(crate) fn wrap_window(&mut self, at: usize) {
        let (w, h) = self.text_size();
        let Some(open) = self.docs.get(self.current) else {
            return;
        };
        let h = usize::from(h).max(1);
        let from = at.saturating_sub(WINDOW_SCREENS * h);
        let to = at.saturating_add((WINDOW_SCREENS + 1) * h + 1);
        self.wrap = Wrap::blocks(&open.doc.body, &open.doc.blocks, w, from..to);
    }

    /// Make sure block `block` of the document shown is wrapped: while only a window of a
    /// big document is, a window around it replaces the one there. True when the lines (and
    /// so every line index) changed.
    pub(crate) fn ensure_wrapped(&mut self, block: usize) -> bool {
        if self.wrap.complete || self.wrap.block_range().contains(&block) {
            return false;
        }
        self.wrap_window(block);
        true
    }

    /// Whether the blocks before (`up`) or after the wrapped window of a big document are
    /// still to come: always false once the whole wrap is there.
    pub(crate) fn window_open(&self, up: bool) -> bool {
        let range = self.wrap.block_range();
        let blocks = self.open().map_or(0, |o| o.doc.blocks.len());
        !self.wrap.complete
            && if up {
                range.start > 0
            } else {
                range.end < blocks
            }
    }

    /// Complete a partial wrap of the document shown on the worker (once there is one). A
    /// job asked for earlier (another width, another document) stops when it sees this one.
    fn submit_wrap(&self) {
        let (Analysis::Worker(worker), Some(open)) = (&self.analysis, self.open()) else {
            return;
        };
        if self.wrap.complete {
            return;
        }
        let w = self.wrap.width;
        let body = open.shared_body();
        let blocks = open.shared_blocks();
        let doc = open.doc.id.clone();
        let job = Arc::clone(&self.wrap_job);
        let mine = job.generation.fetch_add(1, Ordering::Relaxed) + 1;
        job.done.store(0, Ordering::Relaxed);
        worker.submit(
            Priority::Now,
            Box::new(move || {
                let go_on = |done: usize| {
                    let current = job.generation.load(Ordering::Relaxed) == mine;
                    if current {
                        job.done.store(done, Ordering::Relaxed);
                    }
                    current
                };
                match Wrap::blocks_while(&body, &blocks, w, 0..blocks.len(), go_on) {
                    Some(wrap) => Done::Wrapped { doc, wrap },
                    None => Done::Nothing,
                }
            }),
        );
    }
}

/// Screens of blocks wrapped before and after the reading position while a big document's
/// whole wrap is on the worker.
const WINDOW_SCREENS: usize = 2;

/// The whole wrap being made on the worker: which request is the live one and how far it is.
#[derive(Debug, Default)]
struct WrapJob {
    /// Bumped by each request; a job that sees another number stops.
    generation: AtomicU64,
    /// Blocks the live job has wrapped.
    done: AtomicUsize,
}

/// Calls a [`crate::worker::Notify`] every `period` from its own thread until dropped.
struct Ticker(Option<std::sync::mpsc::Sender<()>>);

impl Ticker {
    fn start(notify: crate::worker::Notify, period: std::time::Duration) -> Ticker {
        let (tx, rx) = std::sync::mpsc::channel::<()>();
        let spawned = std::thread::Builder::new()
            .name("brief-ticker".to_string())
            .spawn(move || {
                while let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = rx.recv_timeout(period)
                {
                    notify();
                }
            });
        Ticker(spawned.is_ok().then_some(tx))
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        drop(self.0.take());
    }
}
