//! Reads documents from paths, folders and stdin into [`Document`]s.

use crate::document::{Block, BlockKind, DocId, Document, Meta};
use std::path::Path;

/// Errors met while reading documents.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Read one document file. Placeholder: plain text, paragraphs on blank lines.
pub fn open_file(path: &Path) -> Result<Document, LoadError> {
    let bytes = std::fs::read(path).map_err(|source| LoadError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let body = String::from_utf8_lossy(&bytes).into_owned();
    let mut blocks = Vec::new();
    let mut start = 0;
    for part in body.split("\n\n") {
        let end = start + part.len();
        if !part.trim().is_empty() {
            blocks.push(Block {
                kind: BlockKind::Paragraph,
                range: start..end,
            });
        }
        start = end + 2;
    }
    let title = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Document {
        meta: Meta {
            title,
            ..Meta::default()
        },
        id: DocId::of(&body),
        body,
        blocks,
        path: Some(path.to_path_buf()),
    })
}
