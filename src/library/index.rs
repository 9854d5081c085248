//! Indexing one document of a library: its identity, full metadata and actors, from the
//! cache when the file's bytes are unchanged, else by parsing and extracting.

use crate::document::{DocId, Meta};
use crate::extract::ActorKind;
use crate::state::Anchor;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What the library keeps of one indexed document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocIndex {
    /// XXH3-64 of the file's bytes: the cache key.
    pub hash: u64,
    /// The document's identity (hash of the sanitised body), as the reading state knows it.
    pub id: DocId,
    pub meta: Meta,
    /// Its actors, in the extraction's order.
    pub actors: Vec<DocActor>,
    /// What pairing its claims with other documents' needs (disputes across the library).
    pub claims: Arc<[super::disputes::ClaimFacts]>,
}

/// An actor as one document has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocActor {
    /// The normalised name (the extraction's slug, e.g. `ilham-aliyev`); with the kind it
    /// identifies the actor across documents.
    pub key: String,
    /// The name as written, e.g. `Ilham Aliyev`.
    pub name: String,
    pub kind: ActorKind,
    /// How many times the document mentions it.
    pub mentions: u32,
    /// Where the first mention is.
    pub first: Anchor,
}

/// Indexed documents by [`DocIndex::hash`].
pub type Cached = HashMap<u64, Arc<DocIndex>>;

/// The result of indexing one file.
#[derive(Debug, Clone)]
pub struct Indexed {
    pub path: PathBuf,
    pub modified: Option<std::time::SystemTime>,
    /// The index, or why the file could not be read (one line).
    pub result: Result<Arc<DocIndex>, String>,
    /// Whether it came from the cache (nothing was parsed).
    pub cached: bool,
}

/// The content hash used as the cache key.
pub fn content_hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

/// Index the file at `path`: read it, and take its index from `cache` when the bytes are
/// unchanged, else parse and extract it. Never panics on a bad file: the error is returned.
pub fn index_file(path: &Path, cache: &Cached) -> Indexed {
    let modified = crate::load::modified(path);
    let (result, cached) = match crate::load::read_document_bytes(path) {
        Err(e) => (Err(e.to_string()), false),
        Ok(bytes) => {
            let hash = content_hash(&bytes);
            match cache.get(&hash) {
                Some(hit) => (Ok(Arc::clone(hit)), true),
                None => (
                    crate::load::parse_document(path, &bytes)
                        .map(|doc| Arc::new(index_document(hash, &doc)))
                        .map_err(|e| e.to_string()),
                    false,
                ),
            }
        }
    };
    Indexed {
        path: path.to_path_buf(),
        modified,
        result,
        cached,
    }
}

/// Index a parsed document whose file bytes hash to `hash`.
pub fn index_document(hash: u64, doc: &crate::document::Document) -> DocIndex {
    let extraction = crate::extract::extract_document(doc);
    let actors = extraction
        .actors
        .iter()
        .map(|a| DocActor {
            key: a.id.clone(),
            name: a.name.clone(),
            kind: a.kind,
            mentions: a.mentions.len() as u32,
            first: a
                .mentions
                .iter()
                .map(|s| s.start)
                .min()
                .map(|at| Anchor::from_body_offset(&doc.blocks, at))
                .unwrap_or_default(),
        })
        .collect();
    let claims = super::disputes::document_facts(&super::disputes::Document {
        path: "",
        title: &doc.meta.title,
        source: doc.meta.source.as_deref(),
        extraction: &extraction,
        body: &doc.body,
    })
    .into();
    DocIndex {
        hash,
        id: doc.id.clone(),
        meta: doc.meta.clone(),
        actors,
        claims,
    }
}
