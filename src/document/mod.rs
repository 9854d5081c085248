//! The document model: sanitised body text, the blocks (paragraphs, headings, ...) that index
//! into it, front-matter metadata and a content-hash identity.
//!
//! Everything here is pure: loaders take bytes or `&str` and return data. Reading files is
//! the job of [`crate::load`].

use std::ops::Range;
use std::path::Path;

mod body;
mod dateline;
mod error;
mod front_matter;
mod markdown;
pub mod sanitise;
mod txt;

pub use error::DocError;

/// The text formats `brief` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Plain text: paragraphs on blank lines, hard-wrapped lines reflowed.
    Txt,
    /// CommonMark.
    Markdown,
}

impl Format {
    /// The format a file name's extension stands for: `.txt`, `.md`, `.markdown` (any case).
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Format::Txt),
            "md" | "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }

    /// Guess the format of unnamed text (stdin): `+++` front matter, an ATX heading
    /// (`## Section`) or a code fence in the first 200 lines makes it Markdown; anything else
    /// is plain text.
    pub fn guess(text: &str) -> Format {
        let text = text.trim_start_matches('\u{feff}');
        if text.starts_with("+++") {
            return Format::Markdown;
        }
        let markdownish = text.lines().take(200).any(|line| {
            let l = line.trim_start();
            let hashes = l.bytes().take_while(|&b| b == b'#').count();
            ((1..=6).contains(&hashes) && l[hashes..].starts_with(' ')) || l.starts_with("```")
        });
        if markdownish {
            Format::Markdown
        } else {
            Format::Txt
        }
    }
}

/// Parse a document from raw bytes: sanitise, read the `+++` front matter, then the body in
/// `format`. Pure: no I/O. `name` (a file name or path) gives the title fallback (its stem)
/// and prefixes error messages (sanitised). `path` is left `None`; [`crate::load`] fills it.
pub fn parse(bytes: &[u8], format: Format, name: &str) -> Result<Document, DocError> {
    // File names are untrusted too: one with an escape sequence must not reach the terminal
    // through an error message.
    let name = &sanitise::clean_line(name);
    let text = sanitise::decode(bytes, name)?;
    let (front, rest) = front_matter::split(&text, name)?;
    let mut out = match format {
        Format::Txt => txt::parse(rest, front.title.is_none()),
        Format::Markdown => markdown::parse(rest),
    };
    let title = out.title.take();
    let body = out.body;
    Ok(Document {
        meta: meta(front, title, name),
        id: DocId::of(&body),
        body,
        blocks: out.blocks,
        links: out.links,
        inline: out.inline,
        path: None,
    })
}

/// How much of the body after the front matter [`parse_head`] reads for a title.
const HEAD_TITLE_BYTES: usize = 2048;

/// The metadata of a document from the first bytes of its file (front matter and the opening
/// lines) without parsing the whole body: how a library lists thousands of files quickly. The
/// title follows [`parse`]'s rules as far as the head shows them (a Markdown `#` title
/// further down than [`HEAD_TITLE_BYTES`] is missed; the full parse finds it). Errors as
/// [`parse`]; a head that cuts the front matter short gives
/// [`DocError::UnterminatedFrontMatter`], so the caller reads more.
pub fn parse_head(head: &[u8], format: Format, name: &str) -> Result<Meta, DocError> {
    let name = &sanitise::clean_line(name);
    let text = sanitise::decode(head, name)?;
    let (front, rest) = front_matter::split(&text, name)?;
    let mut title = None;
    if front.title.is_none() {
        let mut cut = rest.len().min(HEAD_TITLE_BYTES);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        // Whole lines only, unless the head is a single long line.
        if cut < rest.len() {
            cut = rest[..cut].rfind('\n').unwrap_or(cut);
        }
        let part = &rest[..cut];
        title = match format {
            Format::Txt => txt::parse(part, true).title,
            Format::Markdown => markdown::parse(part).title,
        };
    }
    Ok(meta(front, title, name))
}

/// A document's metadata: the front matter's title, else the one found in the text, else
/// the file stem of `name`.
fn meta(front: front_matter::FrontMatter, found: Option<String>, name: &str) -> Meta {
    Meta {
        title: front
            .title
            .or(found)
            .filter(|t| !t.is_empty())
            .unwrap_or_else(|| stem(name)),
        source: front.source,
        author: front.author,
        url: front.url,
        published: front.published,
        tags: front.tags,
    }
}

/// The file stem of `name`, sanitised, for a title fallback.
fn stem(name: &str) -> String {
    let stem = Path::new(name)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| name.to_string());
    sanitise::clean_line(&stem)
}

/// Metadata of a document, from `+++` TOML or `---` YAML front matter or derived from the text.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    pub title: String,
    pub source: Option<String>,
    #[serde(default)]
    pub author: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// The longest link target kept; a longer one is cut (it is shown, never followed).
pub const MAX_URL_LEN: usize = 2048;

impl Meta {
    /// The line shown under the title: source, date, author and URL from the front matter,
    /// joined with " · "; `None` when there is none of them.
    pub fn byline(&self) -> Option<String> {
        let parts: Vec<&str> = [&self.source, &self.published, &self.author, &self.url]
            .into_iter()
            .filter_map(|p| p.as_deref())
            .filter(|p| !p.is_empty())
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
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
    /// A markdown table: one line per row, cells padded to their column and separated by
    /// ` │ `, a rule under the header; not re-wrapped.
    Table,
}

/// A block of the body: its kind and the byte range of its text in [`Document::body`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub range: Range<usize>,
}

/// A markdown link: its text is `body[range]`, its target `url` (sanitised: no control,
/// space or bidi character, at most [`MAX_URL_LEN`] bytes) is shown on demand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub range: Range<usize>,
    pub url: String,
}

/// How a stretch of text inside a block is set (markdown inline markup).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InlineKind {
    /// `*text*`
    Emphasis,
    /// `**text**`
    Strong,
    /// `` `text` ``
    Code,
    /// `~~text~~`
    Strikethrough,
}

/// An inline style: `body[range]` is set as `kind`. Ranges lie inside one block and may
/// nest (strong inside emphasis); the list is ordered by start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inline {
    pub range: Range<usize>,
    pub kind: InlineKind,
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
    /// Markdown links, in body order; ranges index `body`.
    pub links: Vec<Link>,
    /// Markdown inline styles (emphasis, strong, code), ordered by start; ranges index `body`.
    pub inline: Vec<Inline>,
    pub id: DocId,
    /// Where it was read from (`None` for stdin or a bundled sample).
    pub path: Option<std::path::PathBuf>,
}
