//! The library: a folder of briefings as one sortable, filterable list, and the actors that
//! appear across its documents. Pure: the entries come from [`crate::load`] (through
//! [`loader`], which runs the reads on threads) and nothing here touches the terminal.
//!
//! - [`Library`]: the entries (title, source, date, file name where titles repeat, the
//!   indexed identity), their order ([`SortKey`]) and the fuzzy filter ([`filter`]).
//! - [`actors`]: which documents mention which actor, by normalised name and kind.
//! - [`index`]: what indexing one document gives ([`index::DocIndex`]) and the job doing it.
//! - [`cache`]: the on-disk form of the index (versioned, checksummed), read and written by
//!   [`crate::storage`].

pub mod actors;
pub mod cache;
pub mod disputes;
pub mod filter;
pub mod index;
pub mod loader;

use crate::document::DocId;
use crate::state::{ReadingState, Timestamp};
use index::DocIndex;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The order of the library's list; a key cycles through them.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum SortKey {
    /// Newest first (front matter `published`, else the file's modification time).
    #[default]
    Date,
    /// A to Z, ignoring case.
    Title,
    /// By source A to Z (documents without one last), newest first within a source.
    Source,
}

impl SortKey {
    /// The next order in the cycle Date → Title → Source → Date.
    pub fn next(self) -> SortKey {
        match self {
            SortKey::Date => SortKey::Title,
            SortKey::Title => SortKey::Source,
            SortKey::Source => SortKey::Date,
        }
    }

    /// The name shown and saved: `date`, `title`, `source`.
    pub fn name(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Title => "title",
            SortKey::Source => "source",
        }
    }

    /// The key of a saved name; `None` for an unknown one.
    pub fn from_name(name: &str) -> Option<SortKey> {
        [SortKey::Date, SortKey::Title, SortKey::Source]
            .into_iter()
            .find(|k| k.name() == name)
    }
}

/// One file of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Where the file is (absolute when the library root is).
    pub path: PathBuf,
    /// The file name, sanitised, shown where titles repeat.
    pub name: String,
    pub title: String,
    pub source: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    /// Sortable date: `published` when it starts with a `YYYY-MM-DD` date, else the file's
    /// modification time (RFC 3339, UTC); empty when neither is known.
    pub date: String,
    /// Why the file could not be read (one line); such entries stay listed.
    pub error: Option<String>,
    /// The indexed document (identity, actors), once indexing reached it.
    pub index: Option<Arc<DocIndex>>,
    /// Lower-case title, for sorting without allocating.
    title_key: String,
}

impl Entry {
    /// An entry from a file's metadata (from its head or a full parse).
    pub fn new(
        path: PathBuf,
        meta: &crate::document::Meta,
        modified: Option<std::time::SystemTime>,
    ) -> Entry {
        let published = meta.published.as_deref().filter(|p| is_iso_date(p));
        let date = match (published, modified) {
            (Some(p), _) => p.to_string(),
            (None, Some(t)) => Timestamp::from_system_time(t).0,
            (None, None) => String::new(),
        };
        Entry {
            name: file_name(&path),
            title_key: meta.title.to_lowercase(),
            title: meta.title.clone(),
            source: meta.source.clone(),
            author: meta.author.clone(),
            url: meta.url.clone(),
            date,
            error: None,
            index: None,
            path,
        }
    }

    /// An entry for a file that could not be read: listed with its error, titled by its name.
    pub fn failed(path: PathBuf, error: String) -> Entry {
        let name = file_name(&path);
        Entry {
            title_key: name.to_lowercase(),
            title: name.clone(),
            name,
            source: None,
            author: None,
            url: None,
            date: String::new(),
            error: Some(crate::document::sanitise::clean_line(&error)),
            index: None,
            path,
        }
    }

    /// The document's identity once indexed.
    pub fn id(&self) -> Option<&DocId> {
        self.index.as_ref().map(|i| &i.id)
    }

    /// The date as shown: `YYYY-MM-DD`, or empty.
    pub fn day(&self) -> &str {
        self.date.get(..10).unwrap_or(&self.date)
    }

    /// Whether the reading state has this document marked read (by identity, else by path).
    pub fn is_read(&self, state: &ReadingState) -> bool {
        let none = DocId(String::new());
        state.is_read(self.id().unwrap_or(&none), Some(&self.path))
    }

    /// Take what indexing found: the full parse's metadata replaces the head's.
    pub fn set_index(&mut self, index: Arc<DocIndex>, modified: Option<std::time::SystemTime>) {
        let fresh = Entry::new(self.path.clone(), &index.meta, modified);
        *self = Entry {
            index: Some(index),
            ..fresh
        };
    }
}

/// Whether `s` starts with a `YYYY-MM-DD` date.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

fn file_name(path: &Path) -> String {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    crate::document::sanitise::clean_line(&name)
}

/// The library's entries, their order and the filter applied to them.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Every file, in the order they were found; indexes into this are stable.
    pub entries: Vec<Entry>,
    by_path: HashMap<PathBuf, usize>,
    /// How many entries share each lower-case title (for showing file names).
    titles: HashMap<String, u32>,
    sort: SortKey,
    /// Every entry in sort order.
    order: Vec<usize>,
    filter: String,
    /// The entries shown: `order` less those the filter rejects.
    view: Vec<usize>,
}

impl Library {
    /// An empty library in `sort` order.
    pub fn new(sort: SortKey) -> Library {
        Library {
            sort,
            ..Library::default()
        }
    }

    /// The entries shown, in order (indexes into [`Library::entries`]).
    pub fn view(&self) -> &[usize] {
        &self.view
    }

    /// The entry at `row` of the view.
    pub fn at(&self, row: usize) -> Option<&Entry> {
        self.view.get(row).and_then(|&i| self.entries.get(i))
    }

    /// The row of entry `index` in the view, if shown.
    pub fn row_of(&self, index: usize) -> Option<usize> {
        self.view.iter().position(|&i| i == index)
    }

    /// The index of the entry read from `path`.
    pub fn index_of(&self, path: &Path) -> Option<usize> {
        self.by_path.get(path).copied()
    }

    pub fn sort(&self) -> SortKey {
        self.sort
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// Whether another entry has the same title (case ignored), so its file name is shown.
    pub fn title_repeats(&self, entry: &Entry) -> bool {
        self.titles.get(&entry.title_key).is_some_and(|&n| n > 1)
    }

    /// Add entries, or replace those with the same path (a rescan, or indexing's fuller
    /// metadata). The order and the filter are kept up to date.
    pub fn upsert(&mut self, entries: Vec<Entry>) {
        let mut fresh = Vec::new();
        let mut replaced = false;
        for entry in entries {
            match self.by_path.get(&entry.path) {
                Some(&i) => {
                    let old = std::mem::replace(&mut self.entries[i], entry);
                    self.forget_title(&old.title_key);
                    self.count_title(i);
                    replaced |= old.title_key != self.entries[i].title_key
                        || old.date != self.entries[i].date
                        || old.source != self.entries[i].source;
                }
                None => {
                    let i = self.entries.len();
                    self.by_path.insert(entry.path.clone(), i);
                    self.entries.push(entry);
                    self.count_title(i);
                    fresh.push(i);
                }
            }
        }
        if replaced {
            self.resort();
            return;
        }
        fresh.sort_by(|&a, &b| self.compare(a, b));
        self.order = merge(&self.order, &fresh, |a, b| self.compare(a, b));
        if self.filter.is_empty() {
            self.view = self.order.clone();
        } else {
            let fresh = filter::matching(&self.filter, &fresh, |i| self.haystack(i));
            self.view = merge(&self.view, &fresh, |a, b| self.compare(a, b));
        }
    }

    /// Drop the entries whose path is not in `keep` (files deleted since the last scan).
    /// Indexes of the remaining entries change.
    pub fn retain_paths(&mut self, keep: &std::collections::HashSet<PathBuf>) {
        if self.entries.iter().all(|e| keep.contains(&e.path)) {
            return;
        }
        let entries = std::mem::take(&mut self.entries);
        self.by_path.clear();
        self.titles.clear();
        for e in entries.into_iter().filter(|e| keep.contains(&e.path)) {
            self.by_path.insert(e.path.clone(), self.entries.len());
            self.entries.push(e);
            self.count_title(self.entries.len() - 1);
        }
        self.resort();
    }

    fn count_title(&mut self, i: usize) {
        *self
            .titles
            .entry(self.entries[i].title_key.clone())
            .or_default() += 1;
    }

    fn forget_title(&mut self, key: &str) {
        if let Some(n) = self.titles.get_mut(key) {
            *n = n.saturating_sub(1);
        }
    }

    /// Show the entries in `sort` order.
    pub fn set_sort(&mut self, sort: SortKey) {
        self.sort = sort;
        self.resort();
    }

    /// Show only the entries whose title, source or file name match `query` (fuzzy, case
    /// ignored); empty shows all. Typing on refines the previous matches only.
    pub fn set_filter(&mut self, query: &str) {
        let refines = !self.filter.is_empty() && query.starts_with(&self.filter);
        let from = if refines { &self.view } else { &self.order };
        self.view = if query.trim().is_empty() {
            self.order.clone()
        } else {
            filter::matching(query, from, |i| self.haystack(i))
        };
        self.filter = query.to_string();
    }

    /// What the filter matches for entry `i`: its title, then its source and file name.
    /// Positions below the title's length in characters fall in the title.
    pub fn haystack(&self, i: usize) -> String {
        let e = &self.entries[i];
        format!(
            "{} {} {}",
            e.title,
            e.source.as_deref().unwrap_or(""),
            e.name
        )
    }

    fn resort(&mut self) {
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by(|&a, &b| self.compare(a, b));
        self.order = order;
        let query = std::mem::take(&mut self.filter);
        self.set_filter(&query);
    }

    fn compare(&self, a: usize, b: usize) -> std::cmp::Ordering {
        let (x, y) = (&self.entries[a], &self.entries[b]);
        let by_title = || {
            x.title_key
                .cmp(&y.title_key)
                .then_with(|| x.path.cmp(&y.path))
        };
        match self.sort {
            SortKey::Date => y.date.cmp(&x.date).then_with(by_title),
            SortKey::Title => by_title(),
            SortKey::Source => {
                let source = |e: &Entry| e.source.as_ref().map(|s| s.to_lowercase());
                match (source(x), source(y)) {
                    (Some(s), Some(t)) => s.cmp(&t),
                    (Some(_), None) => std::cmp::Ordering::Less,
                    (None, Some(_)) => std::cmp::Ordering::Greater,
                    (None, None) => std::cmp::Ordering::Equal,
                }
                .then_with(|| y.date.cmp(&x.date))
                .then_with(by_title)
            }
        }
    }

    /// How many entries the reading state does not have marked read.
    pub fn unread(&self, state: &ReadingState) -> usize {
        self.entries
            .iter()
            .filter(|e| e.error.is_none() && !e.is_read(state))
            .count()
    }

    /// The row after `row` (wrapping around) whose entry is unread.
    pub fn next_unread(&self, row: usize, state: &ReadingState) -> Option<usize> {
        let n = self.view.len();
        (1..=n).map(|k| (row + k) % n).find(|&r| {
            self.at(r)
                .is_some_and(|e| e.error.is_none() && !e.is_read(state))
        })
    }
}

/// `a` and `b` (each sorted by `cmp`) merged into one sorted list.
fn merge(a: &[usize], b: &[usize], cmp: impl Fn(usize, usize) -> std::cmp::Ordering) -> Vec<usize> {
    // Each of `b` finds its place in `a` by binary search, so a batch of m entries costs
    // m log n comparisons and one copy, not n comparisons: a library listed in batches of
    // 64 compared every entry with every batch (77 s of string comparisons at 100,000).
    // Equal entries of `a` come first, as a stable merge would have them.
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut from = 0;
    for &x in b {
        let at = from + a[from..].partition_point(|&y| cmp(x, y) != std::cmp::Ordering::Less);
        out.extend_from_slice(&a[from..at]);
        out.push(x);
        from = at;
    }
    out.extend_from_slice(&a[from..]);
    out
}

/// Format `n` with thousands separators: 1204 → "1,204".
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Meta;

    fn entry(path: &str, title: &str, source: Option<&str>, published: &str) -> Entry {
        let meta = Meta {
            title: title.to_string(),
            source: source.map(str::to_string),
            published: Some(published.to_string()),
            ..Meta::default()
        };
        Entry::new(PathBuf::from(path), &meta, None)
    }

    fn titles(lib: &Library) -> Vec<&str> {
        lib.view()
            .iter()
            .map(|&i| lib.entries[i].title.as_str())
            .collect()
    }

    fn sample() -> Library {
        let mut lib = Library::new(SortKey::Date);
        lib.upsert(vec![
            entry(
                "/l/a.md",
                "Harbour talks resume",
                Some("Kestrian Post"),
                "2024-03-02",
            ),
            entry("/l/b.md", "Grain corridor", None, "2024-03-05"),
        ]);
        lib.upsert(vec![entry(
            "/l/c.md",
            "Border outage",
            Some("Duvania Daily"),
            "2024-03-01",
        )]);
        lib
    }

    #[test]
    fn merging_by_binary_search_equals_a_stable_merge() {
        // Keys with many ties; indexes into `keys` are what is merged.
        let keys: Vec<u32> = (0..400u32).map(|i| (i * 7919) % 23).collect();
        let cmp = |x: usize, y: usize| keys[x].cmp(&keys[y]);
        for split in [0, 1, 17, 200, 399, 400] {
            let mut a: Vec<usize> = (0..split).collect();
            let mut b: Vec<usize> = (split..400).collect();
            a.sort_by(|&x, &y| cmp(x, y));
            b.sort_by(|&x, &y| cmp(x, y));
            let mut expected = a.clone();
            expected.extend_from_slice(&b);
            expected.sort_by(|&x, &y| cmp(x, y)); // stable: a's ties before b's
            assert_eq!(merge(&a, &b, cmp), expected, "split {split}");
        }
    }

    #[test]
    fn sorts_by_date_title_and_source() {
        let mut lib = sample();
        assert_eq!(
            titles(&lib),
            ["Grain corridor", "Harbour talks resume", "Border outage"]
        );
        lib.set_sort(SortKey::Title);
        assert_eq!(
            titles(&lib),
            ["Border outage", "Grain corridor", "Harbour talks resume"]
        );
        lib.set_sort(lib.sort().next());
        assert_eq!(
            titles(&lib),
            ["Border outage", "Harbour talks resume", "Grain corridor"],
            "by source, none last"
        );
        assert_eq!(lib.sort().next(), SortKey::Date);
        assert_eq!(SortKey::from_name("title"), Some(SortKey::Title));
    }

    #[test]
    fn entries_arriving_later_take_their_place_in_the_order() {
        let mut lib = sample();
        lib.upsert(vec![entry("/l/d.md", "Dam repairs", None, "2024-03-03")]);
        assert_eq!(
            titles(&lib),
            [
                "Grain corridor",
                "Dam repairs",
                "Harbour talks resume",
                "Border outage"
            ]
        );
    }

    #[test]
    fn the_filter_is_fuzzy_and_refines_as_typed() {
        let mut lib = sample();
        lib.set_filter("hbr");
        assert_eq!(titles(&lib), ["Harbour talks resume"]);
        lib.set_filter("duvania");
        assert_eq!(titles(&lib), ["Border outage"], "the source matches too");
        lib.set_filter("");
        assert_eq!(lib.view().len(), 3);
        lib.set_filter("o");
        lib.upsert(vec![entry("/l/e.md", "Ports open", None, "2024-03-04")]);
        assert!(
            titles(&lib).contains(&"Ports open"),
            "new entries are filtered too"
        );
        lib.upsert(vec![entry("/l/f.md", "Zzz", None, "2024-03-04")]);
        assert!(!titles(&lib).contains(&"Zzz"));
    }

    #[test]
    fn repeated_titles_are_told_apart_by_file_name() {
        let mut lib = sample();
        lib.upsert(vec![entry(
            "/l/x/a.md",
            "harbour TALKS resume",
            None,
            "2024-01-01",
        )]);
        let a = &lib.entries[0];
        assert!(lib.title_repeats(a));
        assert!(!lib.title_repeats(&lib.entries[1]));
    }

    #[test]
    fn counts_unread_and_finds_the_next_one() {
        let lib = sample();
        let mut state = ReadingState::new();
        let now = Timestamp::now();
        let doc = crate::state::DocRef {
            id: &DocId("x".into()),
            path: Some(Path::new("/l/b.md")),
            title: "Grain corridor",
        };
        state.mark_read(doc, true, &now);
        assert_eq!(lib.unread(&state), 2);
        // Row 0 is b.md (read): the next unread after it is row 1, and after row 2 it
        // wraps to row 1 again.
        assert_eq!(lib.next_unread(0, &state), Some(1));
        assert_eq!(lib.next_unread(2, &state), Some(1));
    }

    #[test]
    fn a_failed_file_is_listed_with_its_error_and_a_rescan_replaces_it() {
        let mut lib = sample();
        lib.upsert(vec![Entry::failed(
            PathBuf::from("/l/bad.md"),
            "bad.md: looks binary".into(),
        )]);
        assert_eq!(lib.entries.len(), 4);
        lib.upsert(vec![entry("/l/bad.md", "Now fine", None, "2024-03-09")]);
        assert_eq!(lib.entries.len(), 4);
        assert_eq!(titles(&lib)[0], "Now fine");
        let keep = ["/l/a.md", "/l/bad.md"]
            .map(PathBuf::from)
            .into_iter()
            .collect();
        lib.retain_paths(&keep);
        assert_eq!(titles(&lib), ["Now fine", "Harbour talks resume"]);
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1204), "1,204");
        assert_eq!(thousands(100000), "100,000");
    }
}
