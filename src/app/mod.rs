//! The application state machine: what is open, where the reader is, what is focused and
//! highlighted. [`update`] applies an [`Action`]; nothing here knows about the terminal, so
//! behaviour is tested by feeding actions.

mod action;
pub mod bookmarks;
mod effect;
pub mod entries;
pub mod keys;
pub mod layout;
pub mod library;
pub mod line;
mod links;
mod mouse;
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
    /// The other library documents that mention an actor.
    ActorDocuments(library::ActorDocuments),
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
    /// The texts of the document's links (`o`).
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
}

impl Open {
    /// Open a document: extraction runs here, once.
    pub fn new(doc: Document) -> Open {
        let extraction = crate::extract::extract(&doc.body);
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
            let extraction = crate::extract::extract(&self.doc.body);
            self.actor_order = entries::actor_order(&extraction);
            self.claim_entries = entries::claim_entries(&extraction);
            self.extraction = extraction;
            self.extracted = true;
        }
    }

    /// Open a document with an extraction computed elsewhere.
    pub fn with_extraction(doc: Document, extraction: Extraction) -> Open {
        Open {
            extracted: true,
            actor_order: entries::actor_order(&extraction),
            claim_entries: entries::claim_entries(&extraction),
            doc,
            extraction,
            anchor: Anchor::default(),
            actor_selected: 0,
            claim_selected: 0,
        }
    }
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
        };
        app.rewrap();
        app
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

    /// How far through the document the view is, 0..=100.
    pub fn percent(&self) -> u16 {
        let (_, h) = self.text_size();
        let total = self.wrap.lines.len();
        let max_top = total.saturating_sub(usize::from(h));
        if max_top == 0 {
            return 100;
        }
        (self.top_line().min(max_top) * 100 / max_top) as u16
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
        if let Some(open) = self.docs.get_mut(self.current) {
            open.ensure_extracted();
        }
        let (w, _) = self.text_size();
        if self.wrap_doc == Some(self.current) && self.wrap.width == w {
            return;
        }
        let Some(open) = self.docs.get(self.current) else {
            return;
        };
        self.wrap = Wrap::new(&open.doc, w);
        self.wrap_doc = Some(self.current);
    }
}
