//! Why a document could not be read: one-line messages naming the file and, where it helps,
//! the line.

/// A document that cannot be parsed. Messages are one line: `file: [line N: ]what is wrong`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocError {
    /// A NUL byte in the first 8 KiB: an image, archive or other binary file.
    #[error(
        "{name}: looks binary (NUL byte at offset {offset}); brief opens .txt and .md text files"
    )]
    Binary { name: String, offset: usize },
    /// The `+++` front matter is not valid TOML or has a field of the wrong type.
    #[error("{name}: line {line}: front matter: {message}")]
    FrontMatter {
        name: String,
        line: usize,
        message: String,
    },
    /// An opening `+++` line without a closing one.
    #[error("{name}: line {line}: front matter: opening '+++' has no closing '+++' line")]
    UnterminatedFrontMatter { name: String, line: usize },
}
