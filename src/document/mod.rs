//! The document model: sanitised body text, the blocks (paragraphs, headings, ...) that index
//! into it, front-matter metadata and a content-hash identity.
//!
//! Everything here is pure: loaders take bytes or `&str` and return data. Reading files is
//! the job of [`crate::load`].

use std::ops::Range;

/// Metadata of a document, from `+++` TOML front matter or derived from the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: String,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// What a block of the body is, for styling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A heading; the level is 1..=6 (a `.txt` section heading is level 2).
    Heading(u8),
    Paragraph,
    /// A block quote (markdown `>`).
    Quote,
    /// One item of a list (markdown); the text carries its bullet or number.
    ListItem,
    /// Preformatted text (markdown code block): not re-wrapped.
    Code,
}

/// A block of the body: its kind and the byte range of its text in [`Document::body`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
}

/// Content-hash identity of a document: the same text moved elsewhere keeps its id.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct DocId(pub String);

impl DocId {
    /// The id of a sanitised body: 64-bit FNV-1a of its bytes, as 16 hex digits.
    pub fn of(body: &str) -> DocId {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in body.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        DocId(format!("{h:016x}"))
    }
}

impl std::fmt::Display for DocId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A loaded, sanitised document.
///
/// `body` is plain text: blocks separated by a blank line ("\n\n"), no markup, no control
/// characters. Extraction offsets and reading positions are byte offsets into `body`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub meta: Meta,
    pub body: String,
    pub blocks: Vec<Block>,
    pub id: DocId,
    /// Where it was read from (`None` for stdin or a bundled sample).
    pub path: Option<std::path::PathBuf>,
}
