//! A place in a document that survives a resize: a block index and a byte offset in its text.

use serde::{Deserialize, Serialize};

/// A reading position or bookmark target.
///
/// `block` indexes [`crate::document::Document::blocks`]; `offset` is a byte offset into the
/// text of that block (relative to the block start, not to the whole body). Screen lines are
/// never stored, so an anchor means the same place at any terminal width.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Anchor {
    /// Index of the block (paragraph, heading, ...).
    pub block: usize,
    /// Byte offset into that block's text.
    pub offset: usize,
}

impl Anchor {
    /// The anchor at `block`, `offset`.
    pub fn new(block: usize, offset: usize) -> Anchor {
        Anchor { block, offset }
    }

    /// The anchor of a byte offset into the whole body, given the block ranges
    /// (`Document::blocks`). An offset between blocks goes to the start of the next block; an
    /// offset past the end goes to the end of the last block.
    pub fn from_body_offset(blocks: &[crate::document::Block], body_offset: usize) -> Anchor {
        for (i, b) in blocks.iter().enumerate() {
            if body_offset < b.range.end {
                let offset = body_offset.saturating_sub(b.range.start);
                return Anchor::new(i, offset);
            }
        }
        match blocks.last() {
            Some(b) => Anchor::new(blocks.len() - 1, b.range.len()),
            None => Anchor::default(),
        }
    }

    /// The byte offset into the whole body, clamped into the document so a stale anchor (the
    /// file was edited) still lands on a char boundary inside the text.
    pub fn to_body_offset(self, body: &str, blocks: &[crate::document::Block]) -> usize {
        let Some(last) = blocks.len().checked_sub(1) else {
            return 0;
        };
        let b = &blocks[self.block.min(last)];
        let mut at = b.range.start.saturating_add(self.offset).min(b.range.end);
        at = at.min(body.len());
        while at > 0 && !body.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Block, BlockKind};

    fn blocks() -> Vec<Block> {
        // "aaaa\n\nbbbb\n\ncc"
        [0..4, 6..10, 12..14]
            .into_iter()
            .map(|range| Block {
                kind: BlockKind::Paragraph,
                range,
            })
            .collect()
    }

    #[test]
    fn body_offsets_round_trip_through_anchors() {
        let body = "aaaa\n\nbbbb\n\ncc";
        for off in [0, 3, 6, 9, 12, 13] {
            let a = Anchor::from_body_offset(&blocks(), off);
            assert_eq!(
                a.to_body_offset(body, &blocks()),
                off,
                "offset {off} via {a:?}"
            );
        }
        assert_eq!(Anchor::from_body_offset(&blocks(), 7), Anchor::new(1, 1));
    }

    #[test]
    fn a_stale_anchor_is_clamped_into_the_document() {
        let body = "aaaa\n\nbbbb\n\ncc";
        assert_eq!(Anchor::new(9, 99).to_body_offset(body, &blocks()), 14);
        assert_eq!(Anchor::new(0, 99).to_body_offset(body, &blocks()), 4);
        assert_eq!(Anchor::new(3, 0).to_body_offset("", &[]), 0);
    }

    #[test]
    fn a_stale_anchor_lands_on_a_char_boundary() {
        let body = "é";
        let blocks = [Block {
            kind: BlockKind::Paragraph,
            range: 0..2,
        }];
        assert_eq!(Anchor::new(0, 1).to_body_offset(body, &blocks), 0);
    }
}
