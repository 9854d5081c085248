//! Reading state: where each document was left, whether it was read, and the chosen theme.

use super::{Anchor, Timestamp};
use crate::document::{DocId, Document};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// What the state needs to know about a document: its identity, where it was read from and
/// its title. Build one from a [`Document`] with `DocRef::from(&doc)`.
#[derive(Debug, Clone, Copy)]
pub struct DocRef<'a> {
    pub id: &'a DocId,
    /// The path the document was read from; `None` for stdin or a bundled sample. Pass the
    /// same form every time (the loader's absolute path) so lookups by path match.
    pub path: Option<&'a Path>,
    pub title: &'a str,
}

impl<'a> From<&'a Document> for DocRef<'a> {
    fn from(doc: &'a Document) -> DocRef<'a> {
        DocRef {
            id: &doc.id,
            path: doc.path.as_deref(),
            title: &doc.meta.title,
        }
    }
}

/// The saved state of one document (one `[[doc]]` table of `state.toml`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocState {
    /// Content hash of the text when it was last opened.
    pub id: DocId,
    /// The last path it was opened from (lossy UTF-8), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(default)]
    pub title: String,
    /// Where reading stopped.
    #[serde(default)]
    pub position: Anchor,
    /// Marked read by the user.
    #[serde(default)]
    pub read: bool,
    /// When it was last opened or moved in; the newest wins when two instances merge.
    #[serde(default)]
    pub last_opened: Timestamp,
}

/// The reading state of every document seen, plus global settings remembered between runs.
///
/// Pure data: [`crate::storage::Storage`] loads and saves it. Every change marks it dirty so
/// the caller knows a save is due ([`ReadingState::is_dirty`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReadingState {
    docs: BTreeMap<DocId, DocState>,
    /// Last path to id, for documents whose text changed (one entry per path).
    by_path: HashMap<String, DocId>,
    theme: Option<String>,
    /// The theme was chosen in this session, so it wins over the file's on merge.
    theme_changed: bool,
    /// The library's sort order (`date`, `title`, `source`), if one was chosen.
    library_sort: Option<String>,
    /// The sort was chosen in this session, so it wins over the file's on merge.
    library_sort_changed: bool,
    dirty: bool,
}

fn path_string(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

impl ReadingState {
    /// An empty state.
    pub fn new() -> ReadingState {
        ReadingState::default()
    }

    /// A state holding `docs` and `theme`, as read from a file (not dirty).
    pub fn from_parts(docs: Vec<DocState>, theme: Option<String>) -> ReadingState {
        let mut s = ReadingState {
            theme,
            ..ReadingState::default()
        };
        for d in docs {
            s.insert_newest(d);
        }
        s.drop_duplicate_paths();
        s.reindex();
        s
    }

    /// The saved state of a document: by id (the same text, maybe moved), else by its last
    /// path (the file was edited in place).
    pub fn get(&self, id: &DocId, path: Option<&Path>) -> Option<&DocState> {
        self.docs.get(id).or_else(|| {
            // No allocation for the common UTF-8 path: this runs once per library entry.
            let path = path?;
            let other = match path.to_str() {
                Some(s) => self.by_path.get(s),
                None => self.by_path.get(&path_string(path)),
            }?;
            self.docs.get(other)
        })
    }

    /// The identity to file `doc` under: itself, except that a document without a path (read
    /// from stdin) with the content of a known file is that file (its path and title), so
    /// what is made from the piped text joins the file's and never replaces its identity.
    pub fn identity<'a>(&'a self, doc: DocRef<'a>) -> DocRef<'a> {
        if doc.path.is_some() {
            return doc;
        }
        match self.docs.get(doc.id) {
            Some(known @ DocState { path: Some(p), .. }) => DocRef {
                id: doc.id,
                path: Some(Path::new(p.as_str())),
                title: if known.title.is_empty() {
                    doc.title
                } else {
                    &known.title
                },
            },
            _ => doc,
        }
    }

    /// Where to reopen a document; `None` if it was never opened.
    pub fn position_of(&self, id: &DocId, path: Option<&Path>) -> Option<Anchor> {
        self.get(id, path).map(|d| d.position)
    }

    /// Whether a document was marked read.
    pub fn is_read(&self, id: &DocId, path: Option<&Path>) -> bool {
        self.get(id, path).is_some_and(|d| d.read)
    }

    /// Record that a document was opened now (creating its entry); returns where to resume.
    pub fn opened<'a>(&mut self, doc: impl Into<DocRef<'a>>, now: &Timestamp) -> Option<Anchor> {
        let doc = doc.into();
        let before = self.position_of(doc.id, doc.path);
        self.entry(doc, now);
        before
    }

    /// Remember the reading position in a document.
    pub fn set_position<'a>(&mut self, doc: impl Into<DocRef<'a>>, at: Anchor, now: &Timestamp) {
        self.entry(doc.into(), now).position = at;
    }

    /// Mark a document read (or unread again).
    pub fn mark_read<'a>(&mut self, doc: impl Into<DocRef<'a>>, read: bool, now: &Timestamp) {
        self.entry(doc.into(), now).read = read;
    }

    /// The theme chosen last, if any.
    pub fn theme(&self) -> Option<&str> {
        self.theme.as_deref()
    }

    /// Remember the chosen theme.
    pub fn set_theme(&mut self, name: &str) {
        if self.theme.as_deref() != Some(name) {
            self.theme = Some(name.to_string());
            self.theme_changed = true;
            self.dirty = true;
        }
    }

    /// The library's sort order chosen last, if any.
    pub fn library_sort(&self) -> Option<&str> {
        self.library_sort.as_deref()
    }

    /// Remember the library's sort order.
    pub fn set_library_sort(&mut self, name: &str) {
        if self.library_sort.as_deref() != Some(name) {
            self.library_sort = Some(name.to_string());
            self.library_sort_changed = true;
            self.dirty = true;
        }
    }

    /// This state with the library sort order read from a file (not dirty).
    pub fn with_library_sort(mut self, sort: Option<String>) -> ReadingState {
        self.library_sort = sort;
        self
    }

    /// Every document state, ordered by id.
    pub fn docs(&self) -> impl Iterator<Item = &DocState> {
        self.docs.values()
    }

    /// Whether something changed since the last load or save.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Merge what another instance saved (`disk`) into this state: for a document known to
    /// both, the newest `last_opened` wins (this side on a tie); the theme is ours if it was
    /// chosen in this session, else the file's.
    pub fn merge_from(&mut self, disk: ReadingState) {
        if !self.theme_changed {
            self.theme = disk.theme;
        }
        if !self.library_sort_changed {
            self.library_sort = disk.library_sort;
        }
        for d in disk.docs.into_values() {
            self.insert_newest(d);
        }
        self.drop_duplicate_paths();
        self.reindex();
    }

    /// Called by storage once the state is on disk.
    pub fn mark_saved(&mut self) {
        self.dirty = false;
        self.theme_changed = false;
        self.library_sort_changed = false;
    }

    fn insert_newest(&mut self, d: DocState) {
        match self.docs.get(&d.id) {
            Some(mine) if mine.last_opened >= d.last_opened => {}
            _ => {
                self.docs.insert(d.id.clone(), d);
            }
        }
    }

    /// One entry per path: a path whose text changed has a new id, and the newest entry wins.
    fn drop_duplicate_paths(&mut self) {
        let mut newest: BTreeMap<&str, (&Timestamp, &DocId)> = BTreeMap::new();
        for d in self.docs.values() {
            if let Some(p) = d.path.as_deref() {
                let e = newest.entry(p).or_insert((&d.last_opened, &d.id));
                if d.last_opened > *e.0 {
                    *e = (&d.last_opened, &d.id);
                }
            }
        }
        let keep: Vec<(String, DocId)> = newest
            .into_iter()
            .map(|(p, (_, id))| (p.to_string(), id.clone()))
            .collect();
        self.docs.retain(|id, d| match d.path.as_deref() {
            Some(p) => keep.iter().any(|(kp, kid)| kp == p && kid == id),
            None => true,
        });
    }

    /// The entry of `doc`, found by id, else by path (and then re-keyed to the new id), else
    /// created; its path, title and last-opened time are refreshed.
    fn entry(&mut self, doc: DocRef<'_>, now: &Timestamp) -> &mut DocState {
        self.dirty = true;
        let path = doc.path.map(path_string);
        let in_place = self
            .docs
            .get(doc.id)
            .is_some_and(|d| path.is_none() || d.path == path);
        if !in_place {
            self.relocate(doc.id, path, now);
        }
        let e = self
            .docs
            .get_mut(doc.id)
            .expect("relocate leaves an entry for this id");
        // Text read from stdin never renames the entry of a file with the same content.
        let file_entry = doc.path.is_none() && e.path.is_some();
        if !doc.title.is_empty() && e.title != doc.title && !file_entry {
            e.title = doc.title.to_string();
        }
        e.last_opened = now.clone();
        e
    }

    /// Give `id` an entry at `path`: its own, else the one of the text last read at that path
    /// (edited in place), else a fresh one. Other entries at that path are stale and go.
    fn relocate(&mut self, id: &DocId, path: Option<String>, now: &Timestamp) {
        if !self.docs.contains_key(id) {
            let previous = path
                .as_ref()
                .and_then(|p| self.by_path.get(p).cloned())
                .and_then(|old| self.docs.remove(&old));
            let fresh = match previous {
                Some(old) => DocState {
                    id: id.clone(),
                    ..old
                },
                None => DocState {
                    id: id.clone(),
                    path: None,
                    title: String::new(),
                    position: Anchor::default(),
                    read: false,
                    last_opened: now.clone(),
                },
            };
            self.docs.insert(id.clone(), fresh);
        }
        if let Some(p) = &path {
            self.docs
                .retain(|other, d| other == id || d.path.as_ref() != Some(p));
            if let Some(e) = self.docs.get_mut(id) {
                e.path = path;
            }
        }
        self.reindex();
    }

    fn reindex(&mut self) {
        self.by_path = self
            .docs
            .values()
            .filter_map(|d| Some((d.path.clone()?, d.id.clone())))
            .collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(ms: u64) -> Timestamp {
        Timestamp::from_unix_millis(ms)
    }

    fn doc<'a>(id: &'a DocId, path: &'a str) -> DocRef<'a> {
        DocRef {
            id,
            path: Some(Path::new(path)),
            title: "A title",
        }
    }

    #[test]
    fn remembers_the_position_of_a_document() {
        let id = DocId("aa".into());
        let mut s = ReadingState::new();
        assert_eq!(s.position_of(&id, None), None);
        s.set_position(doc(&id, "/a.md"), Anchor::new(3, 14), &t(1));
        assert_eq!(s.position_of(&id, None), Some(Anchor::new(3, 14)));
        assert!(s.is_dirty());
    }

    #[test]
    fn a_moved_file_keeps_its_state_by_content_hash() {
        let id = DocId("aa".into());
        let mut s = ReadingState::new();
        s.set_position(doc(&id, "/old/a.md"), Anchor::new(2, 0), &t(1));
        s.mark_read(doc(&id, "/old/a.md"), true, &t(2));
        let resumed = s.opened(doc(&id, "/new/a.md"), &t(3));
        assert_eq!(resumed, Some(Anchor::new(2, 0)));
        assert!(s.is_read(&id, Some(Path::new("/new/a.md"))));
        assert_eq!(s.docs().count(), 1);
        assert_eq!(
            s.docs().next().and_then(|d| d.path.as_deref()),
            Some("/new/a.md")
        );
    }

    #[test]
    fn an_edited_file_at_the_same_path_is_matched_by_path() {
        let old = DocId("aa".into());
        let new = DocId("bb".into());
        let mut s = ReadingState::new();
        s.set_position(doc(&old, "/a.md"), Anchor::new(5, 1), &t(1));
        let p = Some(Path::new("/a.md"));
        assert_eq!(s.position_of(&new, p), Some(Anchor::new(5, 1)));
        s.set_position(doc(&new, "/a.md"), Anchor::new(6, 0), &t(2));
        assert_eq!(
            s.docs().count(),
            1,
            "the stale entry of the old text is dropped"
        );
        assert_eq!(s.position_of(&new, None), Some(Anchor::new(6, 0)));
    }

    #[test]
    fn stdin_with_a_files_content_keeps_the_files_identity() {
        let id = DocId("aa".into());
        let other = DocId("bb".into());
        let mut s = ReadingState::new();
        s.set_position(doc(&id, "/a.md"), Anchor::new(2, 0), &t(1));
        let piped = DocRef {
            id: &id,
            path: None,
            title: "stdin",
        };
        assert_eq!(s.opened(piped, &t(2)), Some(Anchor::new(2, 0)));
        s.set_position(piped, Anchor::new(3, 0), &t(3));
        let known = s.identity(piped);
        assert_eq!(known.path, Some(Path::new("/a.md")));
        assert_eq!(known.title, "A title");
        // Piped text of its own gets its own entry, and the file's stays as it was.
        let alone = DocRef {
            id: &other,
            path: None,
            title: "stdin",
        };
        s.opened(alone, &t(4));
        assert_eq!(s.identity(alone).path, None);
        assert_eq!(s.docs().count(), 2);
        let file = s.get(&id, None).expect("the file's entry");
        assert_eq!(
            (file.path.as_deref(), file.title.as_str()),
            (Some("/a.md"), "A title")
        );
        assert_eq!(file.position, Anchor::new(3, 0));
    }

    #[test]
    fn merge_keeps_the_newest_position_of_each_document() {
        let a = DocId("aa".into());
        let b = DocId("bb".into());
        let mut mine = ReadingState::new();
        mine.set_position(doc(&a, "/a.md"), Anchor::new(1, 0), &t(10));
        mine.set_position(doc(&b, "/b.md"), Anchor::new(1, 0), &t(10));
        let mut theirs = ReadingState::new();
        theirs.set_position(doc(&a, "/a.md"), Anchor::new(9, 0), &t(20));
        theirs.set_position(doc(&b, "/b.md"), Anchor::new(9, 0), &t(5));
        theirs.set_theme("light");
        mine.merge_from(theirs);
        assert_eq!(mine.position_of(&a, None), Some(Anchor::new(9, 0)));
        assert_eq!(mine.position_of(&b, None), Some(Anchor::new(1, 0)));
        assert_eq!(mine.theme(), Some("light"), "we did not choose a theme");
    }

    #[test]
    fn a_theme_chosen_in_this_session_wins_the_merge() {
        let mut mine = ReadingState::new();
        mine.set_theme("mono");
        let mut theirs = ReadingState::new();
        theirs.set_theme("light");
        mine.merge_from(theirs);
        assert_eq!(mine.theme(), Some("mono"));
    }
}
