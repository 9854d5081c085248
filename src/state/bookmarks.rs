//! Bookmarks: marked passages with an excerpt and an optional note, across all documents.

use super::{Anchor, DocRef, Match, TextQuote, Timestamp};
use crate::document::{DocId, Document};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{BuildHasher, RandomState};

/// Unique id of a bookmark: creation time plus a per-session nonce and counter, so two
/// instances adding at the same millisecond still differ.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct BookmarkId(pub String);

impl std::fmt::Display for BookmarkId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// One `[[bookmark]]` of `bookmarks.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    pub id: BookmarkId,
    pub doc_id: DocId,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_path: Option<String>,
    #[serde(default)]
    pub doc_title: String,
    pub position: Anchor,
    /// The marked text, shown in lists (already sanitised document text).
    #[serde(default)]
    pub excerpt: String,
    /// The user's note; empty when there is none.
    #[serde(default)]
    pub note: String,
    pub created: Timestamp,
    /// The text at the bookmark with context, to find it again after an edit (absent in
    /// bookmarks saved before it was kept: the excerpt serves instead).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<TextQuote>,
    /// Its text is no longer in the document (the file was edited): kept and listed, but not
    /// shown in the article.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub orphaned: bool,
}

/// What [`Bookmarks::reanchor`] did for one document.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reanchored {
    /// Found again (with or without context, or approximately).
    pub found: usize,
    /// Of those, found only approximately.
    pub fuzzy: usize,
    /// Whose text is gone.
    pub orphaned: usize,
}

/// All bookmarks, with what changed in this session so a save can merge with another
/// instance's file without losing or resurrecting anything.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bookmarks {
    items: BTreeMap<BookmarkId, Bookmark>,
    /// Ids known to be in the file as last read or written. One of these missing from the
    /// file at the next save was deleted by another instance.
    on_disk: BTreeSet<BookmarkId>,
    /// Added (or restored) in this session and not yet saved.
    added: BTreeSet<BookmarkId>,
    /// Edited in this session and not yet saved: ours win over the file's.
    edited: BTreeSet<BookmarkId>,
    /// Deleted in this session (kept for the whole session so no merge brings them back).
    deleted: BTreeSet<BookmarkId>,
    nonce: u32,
    counter: u32,
    dirty: bool,
    /// Why changes cannot be saved in this session (set by the storage), if so.
    read_only: Option<String>,
}

impl Default for Bookmarks {
    fn default() -> Bookmarks {
        Bookmarks::from_vec(Vec::new())
    }
}

impl Bookmarks {
    /// No bookmarks.
    pub fn new() -> Bookmarks {
        Bookmarks::default()
    }

    /// Bookmarks as read from a file (not dirty). A repeated id keeps its first entry.
    pub fn from_vec(list: Vec<Bookmark>) -> Bookmarks {
        let mut items = BTreeMap::new();
        for b in list {
            items.entry(b.id.clone()).or_insert(b);
        }
        Bookmarks {
            on_disk: items.keys().cloned().collect(),
            items,
            added: BTreeSet::new(),
            edited: BTreeSet::new(),
            deleted: BTreeSet::new(),
            // Randomly keyed per process: enough to tell two instances' ids apart.
            nonce: RandomState::new().hash_one(0u8) as u32,
            counter: 0,
            dirty: false,
            read_only: None,
        }
    }

    /// Why changes to the bookmarks will not be saved in this session (the storage sets it:
    /// config directory not writable, file from a newer version); `None` when they will be.
    pub fn read_only(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// Record why changes will not be saved (`None`: they will).
    pub fn set_read_only(&mut self, why: Option<String>) {
        self.read_only = why;
    }

    /// Bookmark `position` in `doc`; returns the new id.
    pub fn add<'a>(
        &mut self,
        doc: impl Into<DocRef<'a>>,
        position: Anchor,
        excerpt: &str,
        note: &str,
        now: &Timestamp,
    ) -> BookmarkId {
        self.add_quoted(doc, position, None, excerpt, note, now)
    }

    /// Bookmark `position` in `doc` with the `quote` of the text there (see
    /// [`TextQuote::at`]), which lets [`Bookmarks::reanchor`] find it after an edit.
    pub fn add_quoted<'a>(
        &mut self,
        doc: impl Into<DocRef<'a>>,
        position: Anchor,
        quote: Option<TextQuote>,
        excerpt: &str,
        note: &str,
        now: &Timestamp,
    ) -> BookmarkId {
        let doc = doc.into();
        let id = loop {
            self.counter = self.counter.wrapping_add(1);
            let id = BookmarkId(format!(
                "{}-{:08x}-{}",
                now.compact(),
                self.nonce,
                self.counter
            ));
            if !self.items.contains_key(&id) && !self.deleted.contains(&id) {
                break id;
            }
        };
        self.restore(Bookmark {
            id: id.clone(),
            doc_id: doc.id.clone(),
            doc_path: doc.path.map(|p| p.to_string_lossy().into_owned()),
            doc_title: doc.title.to_string(),
            position,
            excerpt: excerpt.to_string(),
            note: note.to_string(),
            created: now.clone(),
            quote,
            orphaned: false,
        });
        id
    }

    /// Delete a bookmark; returns it so the caller can offer undo ([`Bookmarks::restore`]).
    pub fn delete(&mut self, id: &BookmarkId) -> Option<Bookmark> {
        let b = self.items.remove(id)?;
        self.added.remove(id);
        self.edited.remove(id);
        self.deleted.insert(id.clone());
        self.dirty = true;
        Some(b)
    }

    /// Put back a deleted bookmark (undo), or insert one as it is.
    pub fn restore(&mut self, b: Bookmark) {
        self.deleted.remove(&b.id);
        self.added.insert(b.id.clone());
        self.items.insert(b.id.clone(), b);
        self.dirty = true;
    }

    /// Replace the note of a bookmark; false if there is no such bookmark.
    pub fn set_note(&mut self, id: &BookmarkId, note: &str) -> bool {
        let Some(b) = self.items.get_mut(id) else {
            return false;
        };
        if b.note != note {
            b.note = note.to_string();
            self.edited.insert(id.clone());
            self.dirty = true;
        }
        true
    }

    /// One bookmark.
    pub fn get(&self, id: &BookmarkId) -> Option<&Bookmark> {
        self.items.get(id)
    }

    /// Every bookmark, oldest first.
    pub fn all(&self) -> Vec<&Bookmark> {
        let mut v: Vec<&Bookmark> = self.items.values().collect();
        v.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
        v
    }

    /// The bookmarks anchored in one document (orphaned ones left out), in reading order.
    pub fn for_doc(&self, doc: &DocId) -> Vec<&Bookmark> {
        let mut v: Vec<&Bookmark> = self
            .items
            .values()
            .filter(|b| &b.doc_id == doc && !b.orphaned)
            .collect();
        v.sort_by_key(|b| (b.position, &b.created));
        v
    }

    /// How many bookmarks are anchored in a document (for the library list).
    pub fn count_for(&self, doc: &DocId) -> usize {
        self.items
            .values()
            .filter(|b| &b.doc_id == doc && !b.orphaned)
            .count()
    }

    /// The bookmark anchored at `position` in `doc`, if there is one.
    pub fn at(&self, doc: &DocId, position: Anchor) -> Option<&Bookmark> {
        self.items
            .values()
            .find(|b| &b.doc_id == doc && b.position == position && !b.orphaned)
    }

    /// Attach to `doc` the bookmarks made in an earlier text of it, found again by their
    /// quote (see [`TextQuote::locate`]): those bookmarked at the same path under another
    /// content hash (the file was edited), and those for which `stray` is true (their document
    /// is not known under its id nor its path: maybe moved and edited) with the same title,
    /// when their quote is found with its context. A found bookmark takes the document's id,
    /// path and new position; one at the same path whose text is gone is marked orphaned (and
    /// takes the id, so it is not searched again until the text changes); strays not found
    /// are left alone. Changed bookmarks are saved at the next save.
    pub fn reanchor(&mut self, doc: &Document, stray: impl Fn(&Bookmark) -> bool) -> Reanchored {
        let path = doc
            .path
            .as_deref()
            .map(|p| p.to_string_lossy().into_owned());
        let title = doc.meta.title.as_str();
        let mut done = Reanchored::default();
        for (id, b) in &mut self.items {
            if b.doc_id == doc.id {
                continue;
            }
            let same_path = path.is_some() && b.doc_path == path;
            let moved = !same_path
                && path.is_some()
                && !title.is_empty()
                && b.doc_title == title
                && stray(b);
            if !(same_path || moved) {
                continue;
            }
            let quote = b
                .quote
                .clone()
                .unwrap_or_else(|| TextQuote::from_excerpt(&b.excerpt));
            let near = b.position.to_body_offset(&doc.body, &doc.blocks);
            match quote.locate(&doc.body, near) {
                Some(found) if same_path || found.how == Match::Context => {
                    b.position = Anchor::from_body_offset(&doc.blocks, found.offset);
                    b.quote = Some(TextQuote::at(&doc.body, found.offset));
                    b.orphaned = false;
                    done.found += 1;
                    done.fuzzy += usize::from(matches!(found.how, Match::Fuzzy { .. }));
                }
                _ if same_path => {
                    b.orphaned = true;
                    done.orphaned += 1;
                }
                _ => continue,
            }
            b.doc_id = doc.id.clone();
            b.doc_path.clone_from(&path);
            if !title.is_empty() {
                b.doc_title = title.to_string();
            }
            self.edited.insert(id.clone());
            self.dirty = true;
        }
        done
    }

    /// Bookmarks whose title, path, excerpt or note contain `query` (ignoring case), oldest
    /// first. An empty query matches all.
    pub fn filter(&self, query: &str) -> Vec<&Bookmark> {
        let q = query.to_lowercase();
        self.all()
            .into_iter()
            .filter(|b| {
                [
                    b.doc_title.as_str(),
                    b.doc_path.as_deref().unwrap_or(""),
                    b.excerpt.as_str(),
                    b.note.as_str(),
                ]
                .iter()
                .any(|f| f.to_lowercase().contains(&q))
            })
            .collect()
    }

    /// How many bookmarks there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether something changed since the last load or save.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Merge the bookmarks another instance saved (`disk`) into ours:
    /// - the union by id;
    /// - ours deleted in this session stay deleted;
    /// - one we had read from the file that is gone from it now was deleted by the other
    ///   instance, so it goes (unless we added or restored it in this session);
    /// - for one in both, our version wins if we edited it, else the file's.
    pub fn merge_from(&mut self, disk: Bookmarks) {
        let mine = std::mem::take(&mut self.items);
        for (id, b) in mine {
            let keep = disk.items.contains_key(&id)
                || self.added.contains(&id)
                || !self.on_disk.contains(&id);
            if keep {
                self.items.insert(id, b);
            }
        }
        for (id, b) in disk.items {
            if self.deleted.contains(&id) || self.edited.contains(&id) {
                continue;
            }
            self.items.insert(id, b);
        }
        self.on_disk = disk.on_disk;
    }

    /// Called by storage once these bookmarks are the file's content.
    pub fn mark_saved(&mut self) {
        self.on_disk = self.items.keys().cloned().collect();
        self.added.clear();
        self.edited.clear();
        self.dirty = false;
    }
}

/// An excerpt of `text` starting at byte `at`: at most `max_chars` characters on one line,
/// cut at a word boundary with an ellipsis when longer.
pub fn excerpt_at(text: &str, at: usize, max_chars: usize) -> String {
    let mut start = at.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let flat: String = text[start..]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    let cut: String = flat.chars().take(max_chars.saturating_sub(1)).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn t(ms: u64) -> Timestamp {
        Timestamp::from_unix_millis(ms)
    }

    fn doc(id: &DocId) -> DocRef<'_> {
        DocRef {
            id,
            path: Some(Path::new("/briefs/a.md")),
            title: "Talks resume",
        }
    }

    #[test]
    fn adds_bookmarks_with_unique_ids() {
        let id = DocId("aa".into());
        let mut bs = Bookmarks::new();
        let a = bs.add(doc(&id), Anchor::new(1, 0), "first", "", &t(5));
        let b = bs.add(doc(&id), Anchor::new(0, 0), "second", "why", &t(5));
        assert_ne!(a, b);
        assert_eq!(bs.len(), 2);
        let listed: Vec<&str> = bs.for_doc(&id).iter().map(|b| b.excerpt.as_str()).collect();
        assert_eq!(listed, ["second", "first"], "reading order");
        assert_eq!(bs.count_for(&id), 2);
        assert_eq!(
            bs.get(&b).map(|b| b.doc_title.as_str()),
            Some("Talks resume")
        );
    }

    #[test]
    fn a_deleted_bookmark_can_be_restored() {
        let id = DocId("aa".into());
        let mut bs = Bookmarks::new();
        let a = bs.add(doc(&id), Anchor::new(1, 0), "first", "", &t(5));
        let gone = bs.delete(&a).expect("it was there");
        assert!(bs.is_empty());
        assert_eq!(bs.delete(&a), None);
        bs.restore(gone);
        assert_eq!(bs.len(), 1);
    }

    #[test]
    fn notes_can_be_edited_and_filtered() {
        let id = DocId("aa".into());
        let mut bs = Bookmarks::new();
        let a = bs.add(doc(&id), Anchor::new(1, 0), "The ceasefire held", "", &t(5));
        bs.add(doc(&id), Anchor::new(2, 0), "Prices rose", "", &t(6));
        assert!(bs.set_note(&a, "Check with Reuters"));
        assert!(!bs.set_note(&BookmarkId("nope".into()), "x"));
        assert_eq!(bs.filter("reuters").len(), 1);
        assert_eq!(bs.filter("CEASEFIRE").len(), 1);
        assert_eq!(bs.filter("talks").len(), 2, "matches the title");
        assert_eq!(bs.filter("").len(), 2);
    }

    #[test]
    fn merge_is_a_union_that_respects_deletions_on_both_sides() {
        let id = DocId("aa".into());
        let mut base = Bookmarks::new();
        let shared = base.add(doc(&id), Anchor::new(0, 0), "shared", "", &t(1));
        let other = base.add(doc(&id), Anchor::new(0, 1), "other", "", &t(1));
        base.mark_saved();
        let mut a = base.clone();
        let mut b = base.clone();
        // `b` deletes `shared` and saves; `a` deletes `other`, adds one and merges.
        b.delete(&shared);
        b.mark_saved();
        a.delete(&other);
        let mine = a.add(doc(&id), Anchor::new(3, 0), "mine", "", &t(2));
        a.merge_from(Bookmarks::from_vec(b.all().into_iter().cloned().collect()));
        let left: Vec<&BookmarkId> = a.all().iter().map(|b| &b.id).collect();
        assert_eq!(left, [&mine]);
    }

    #[test]
    fn an_edited_note_wins_the_merge_and_an_untouched_one_takes_the_file() {
        let id = DocId("aa".into());
        let mut base = Bookmarks::new();
        let x = base.add(doc(&id), Anchor::new(0, 0), "x", "", &t(1));
        let y = base.add(doc(&id), Anchor::new(0, 1), "y", "", &t(1));
        base.mark_saved();
        let mut a = base.clone();
        let mut b = base.clone();
        b.set_note(&y, "theirs");
        a.set_note(&x, "mine");
        a.merge_from(Bookmarks::from_vec(b.all().into_iter().cloned().collect()));
        assert_eq!(a.get(&x).map(|b| b.note.as_str()), Some("mine"));
        assert_eq!(a.get(&y).map(|b| b.note.as_str()), Some("theirs"));
    }

    fn text_doc(text: &str, path: &str) -> Document {
        let mut d = crate::document::parse(text.as_bytes(), crate::document::Format::Txt, "a")
            .expect("plain text parses");
        d.path = Some(path.into());
        d
    }

    const BEFORE: &str = "Harbour talks\n\nThe talks resumed in Kalvik on Thursday.\n\n\
        The patrol boat rammed the trawler's stern and damaged its steering, forcing the \
        crew of nine to abandon the bridge.\n\nPrices rose again.\n";

    /// Bookmarks of `BEFORE` at `/a.txt`: one at the patrol boat, one at the prices.
    fn marked() -> (Bookmarks, Document, [BookmarkId; 2]) {
        let d = text_doc(BEFORE, "/a.txt");
        let mut bs = Bookmarks::new();
        let ids = ["The patrol boat", "Prices rose"].map(|words| {
            let at = d.body.find(words).expect("in the text");
            let anchor = Anchor::from_body_offset(&d.blocks, at);
            let quote = Some(TextQuote::at(&d.body, at));
            let excerpt = excerpt_at(&d.body, at, 100);
            bs.add_quoted(&d, anchor, quote, &excerpt, "", &t(1))
        });
        bs.mark_saved();
        (bs, d, ids)
    }

    fn words_at(bs: &Bookmarks, id: &BookmarkId, d: &Document) -> String {
        let b = bs.get(id).expect("kept");
        let at = b.position.to_body_offset(&d.body, &d.blocks);
        d.body[at..].chars().take(15).collect()
    }

    #[test]
    fn an_edit_before_a_bookmark_moves_it_with_its_text() {
        let (mut bs, _, [boat, prices]) = marked();
        let edited = BEFORE.replace("\n\nThe talks", "\n\nA new paragraph.\n\nThe talks");
        let d = text_doc(&edited, "/a.txt");
        let done = bs.reanchor(&d, |_| true);
        assert_eq!(
            done,
            Reanchored {
                found: 2,
                fuzzy: 0,
                orphaned: 0
            }
        );
        assert_eq!(words_at(&bs, &boat, &d), "The patrol boat");
        assert_eq!(words_at(&bs, &prices, &d), "Prices rose aga");
        assert_eq!(bs.count_for(&d.id), 2, "filed under the new content hash");
        assert!(bs.is_dirty(), "saved at the next save");
    }

    #[test]
    fn a_small_edit_inside_a_bookmark_is_found_approximately() {
        let (mut bs, _, [boat, _]) = marked();
        let edited = BEFORE.replace("rammed the trawler's", "struck the trawler's");
        let d = text_doc(&edited, "/a.txt");
        let done = bs.reanchor(&d, |_| true);
        assert_eq!((done.found, done.fuzzy), (2, 1));
        assert_eq!(words_at(&bs, &boat, &d), "The patrol boat");
    }

    #[test]
    fn a_bookmark_whose_text_is_gone_is_orphaned_and_kept() {
        let (mut bs, _, [boat, prices]) = marked();
        let edited =
            "Harbour talks\n\nThe talks resumed in Kalvik on Thursday.\n\nPrices rose again.\n";
        let d = text_doc(edited, "/a.txt");
        let done = bs.reanchor(&d, |_| true);
        assert_eq!((done.found, done.orphaned), (1, 1));
        let b = bs.get(&boat).expect("never dropped");
        assert!(b.orphaned && b.doc_id == d.id);
        assert!(!bs.get(&prices).expect("kept").orphaned);
        assert_eq!(bs.count_for(&d.id), 1, "an orphan is not counted");
        assert_eq!(bs.for_doc(&d.id).len(), 1, "nor shown in the article");
        assert_eq!(bs.len(), 2);
    }

    #[test]
    fn a_moved_and_edited_file_takes_its_bookmarks_by_title_and_context() {
        let (mut bs, _, [boat, _]) = marked();
        let edited = format!("{BEFORE}\nA closing line.\n");
        let d = text_doc(&edited, "/elsewhere/b.txt");
        assert_eq!(
            bs.reanchor(&d, |_| false).found,
            0,
            "not a stray: left alone"
        );
        let done = bs.reanchor(&d, |_| true);
        assert_eq!(done.found, 2);
        assert_eq!(
            bs.get(&boat).and_then(|b| b.doc_path.as_deref()),
            Some("/elsewhere/b.txt")
        );
        // Another document of that title without the text takes nothing, orphans nothing.
        let (mut bs, _, _) = marked();
        let other = text_doc("Harbour talks\n\nNothing in common.\n", "/c.txt");
        assert_eq!(bs.reanchor(&other, |_| true), Reanchored::default());
        assert!(!bs.is_dirty());
    }

    #[test]
    fn excerpts_are_one_line_and_bounded() {
        assert_eq!(excerpt_at("a  b\nc", 0, 20), "a b c");
        assert_eq!(excerpt_at("alpha beta gamma delta", 6, 11), "beta gamma…");
        assert_eq!(excerpt_at("alpha beta gamma delta", 0, 14), "alpha beta…");
        assert_eq!(excerpt_at("é", 1, 5), "é");
        assert_eq!(excerpt_at("abc", 99, 5), "");
    }
}
