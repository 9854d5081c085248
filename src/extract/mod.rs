//! Pure text analysis of a document body: sentences, actors, claims, disputes.
//!
//! No I/O and no terminal: everything takes `&str` and returns data. All offsets are byte
//! offsets into the text given to [`extract`], always on char boundaries.

use serde::Serialize;

pub mod actors;
pub mod claims;
pub mod gazetteer;
pub mod sentences;
pub mod tokens;
pub mod vocab;

/// A byte range in the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// What an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    Person,
    Organization,
    Country,
}

/// A person, organisation or country, with every mention of it merged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Actor {
    /// Stable slug, e.g. `ilham-aliyev`.
    pub id: String,
    /// Canonical name, e.g. `Ilham Aliyev`.
    pub name: String,
    pub kind: ActorKind,
    /// Role or title, e.g. `President`.
    pub role: Option<String>,
    /// Id of the actor it belongs to, e.g. `azerbaijan`.
    pub affiliation: Option<String>,
    /// Other surface forms that refer to it.
    pub aliases: Vec<String>,
    /// Every mention, in text order.
    pub mentions: Vec<Span>,
}

/// How a source stands towards what it says.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    Assert,
    Deny,
    Confirm,
    Urge,
    Accuse,
    Hedge,
}

impl Stance {
    /// The stance as a verb of its source (`denies`), for sentences shown to people.
    pub fn verb(self) -> &'static str {
        match self {
            Stance::Assert => "asserts",
            Stance::Deny => "denies",
            Stance::Confirm => "confirms",
            Stance::Urge => "urges",
            Stance::Accuse => "accuses",
            Stance::Hedge => "hedges",
        }
    }
}

/// An attributed statement: who says what, how.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Claim {
    /// `c1`, `c2`, ... in text order.
    pub id: String,
    /// Id of the source actor, when it resolves to one.
    pub source: Option<String>,
    /// The source as written, e.g. `Armenia's Interior Ministry`.
    pub source_text: String,
    /// The cue word that attributes it, e.g. `dismissed`.
    pub cue: String,
    pub stance: Stance,
    /// What is claimed.
    pub text: String,
    /// The span of the sentence(s) carrying the claim.
    pub start: usize,
    pub end: usize,
}

/// Claims by different sources about the same event that conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dispute {
    /// `d1`, `d2`, ...
    pub id: String,
    /// A short topic, e.g. `shooting on the road to Karabakh`.
    pub topic: String,
    /// Ids of all the claims in the dispute, in text order.
    pub claims: Vec<String>,
    /// The same ids split by side: claims that oppose each other are on different sides.
    pub sides: Vec<Vec<String>>,
}

/// A sentence in the document's own voice carrying loaded or evaluative terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assertion {
    /// The loaded terms found, as written.
    pub terms: Vec<String>,
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Everything extracted from one text.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Extraction {
    pub actors: Vec<Actor>,
    pub claims: Vec<Claim>,
    pub disputes: Vec<Dispute>,
    pub unattributed: Vec<Assertion>,
}

/// What extraction may know of a document besides its body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Context {
    /// The outlet (front matter `source`): the source of the article's own refutations
    /// (`The clip is a fake`); `None` names it "the article".
    pub source: Option<String>,
}

impl Context {
    /// The context of a document: its front matter's `source` as the outlet.
    pub fn of(doc: &crate::document::Document) -> Context {
        Context {
            source: doc.meta.source.clone(),
        }
    }
}

/// Analyse a document's body in its [`Context`] (what the reader, the library and the
/// commands all do).
pub fn extract_document(doc: &crate::document::Document) -> Extraction {
    extract_with(&doc.body, &Context::of(doc))
}

/// Analyse `text` (a sanitised document body).
pub fn extract(text: &str) -> Extraction {
    extract_with(text, &Context::default())
}

/// Analyse `text` (a sanitised document body) knowing its [`Context`].
pub fn extract_with(text: &str, ctx: &Context) -> Extraction {
    let sentences = sentences::split(text);
    let actors = actors::find(text, &sentences);
    let found = claims::find_with(text, &sentences, &actors, ctx);
    Extraction {
        actors,
        claims: found.claims,
        disputes: found.disputes,
        unattributed: found.unattributed,
    }
}
