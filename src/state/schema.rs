//! The files' TOML schema: `state.toml` and `bookmarks.toml`, their `version` and migrations.
//!
//! Version history:
//! - 0: files written before versioning: no `version` key, and anchors were
//!   `{ paragraph, offset }`. Migrated by adding the key and renaming `paragraph` to `block`.
//! - 1: current.

use super::{Bookmark, Bookmarks, DocState, ReadingState};
use serde::{Deserialize, Serialize, de::DeserializeOwned};

/// The version this build reads and writes.
pub const CURRENT_VERSION: i64 = 1;

/// A file could not be read: the message names the line and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct SchemaError(pub String);

/// What a file held, and how it relates to this build.
#[derive(Debug, Clone, PartialEq)]
pub enum Parsed<T> {
    /// Written by this version.
    Current(T),
    /// Written by an older version and migrated in memory.
    Migrated { value: T, from: i64 },
    /// Written by a newer version: must not be overwritten. `value` is what could be read
    /// of it as the current version, if anything.
    Newer { value: Option<T>, version: i64 },
}

#[derive(Serialize, Deserialize)]
struct StateFile {
    version: i64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    theme: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    library_sort: Option<String>,
    #[serde(default, rename = "doc")]
    docs: Vec<DocState>,
}

#[derive(Serialize, Deserialize)]
struct BookmarksFile {
    version: i64,
    #[serde(default, rename = "bookmark")]
    bookmarks: Vec<Bookmark>,
}

const STATE_HEADER: &str = "# brief reading state: one [[doc]] per document opened.\n";
const BOOKMARKS_HEADER: &str = "# brief bookmarks: list them with `brief bookmarks`.\n";

/// Read `state.toml`.
pub fn parse_state(text: &str) -> Result<Parsed<ReadingState>, SchemaError> {
    parse::<StateFile>(text).map(|p| {
        map(p, |f| {
            ReadingState::from_parts(f.docs, f.theme).with_library_sort(f.library_sort)
        })
    })
}

/// Read `bookmarks.toml`.
pub fn parse_bookmarks(text: &str) -> Result<Parsed<Bookmarks>, SchemaError> {
    parse::<BookmarksFile>(text).map(|p| map(p, |f| Bookmarks::from_vec(f.bookmarks)))
}

/// The text of `state.toml` for `state`.
pub fn state_to_toml(state: &ReadingState) -> Result<String, SchemaError> {
    let file = StateFile {
        version: CURRENT_VERSION,
        theme: state.theme().map(str::to_string),
        library_sort: state.library_sort().map(str::to_string),
        docs: state.docs().cloned().collect(),
    };
    to_toml(STATE_HEADER, &file)
}

/// The text of `bookmarks.toml` for `bookmarks`.
pub fn bookmarks_to_toml(bookmarks: &Bookmarks) -> Result<String, SchemaError> {
    let file = BookmarksFile {
        version: CURRENT_VERSION,
        bookmarks: bookmarks.all().into_iter().cloned().collect(),
    };
    to_toml(BOOKMARKS_HEADER, &file)
}

fn to_toml<T: Serialize>(header: &str, file: &T) -> Result<String, SchemaError> {
    let body = toml::to_string(file).map_err(|e| SchemaError(e.to_string()))?;
    Ok(format!("{header}{body}"))
}

fn map<F, T>(p: Parsed<F>, f: impl Fn(F) -> T) -> Parsed<T> {
    match p {
        Parsed::Current(v) => Parsed::Current(f(v)),
        Parsed::Migrated { value, from } => Parsed::Migrated {
            value: f(value),
            from,
        },
        Parsed::Newer { value, version } => Parsed::Newer {
            value: value.map(f),
            version,
        },
    }
}

fn syntax(e: toml::de::Error) -> SchemaError {
    // toml's message spans several lines (a source excerpt); keep it on one.
    let msg = e.to_string();
    SchemaError(msg.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn parse<F: DeserializeOwned>(text: &str) -> Result<Parsed<F>, SchemaError> {
    let mut table: toml::Table = toml::from_str(text).map_err(syntax)?;
    let version = match table.get("version") {
        None => 0,
        Some(toml::Value::Integer(v)) => *v,
        Some(other) => {
            return Err(SchemaError(format!(
                "`version` must be an integer, found {}",
                other.type_str()
            )));
        }
    };
    if version > CURRENT_VERSION {
        let value = toml::from_str::<F>(text).ok();
        return Ok(Parsed::Newer { value, version });
    }
    if version == CURRENT_VERSION {
        return toml::from_str::<F>(text)
            .map(Parsed::Current)
            .map_err(syntax);
    }
    if version < 0 {
        return Err(SchemaError(format!("`version` {version} is not valid")));
    }
    migrate_v0_to_v1(&mut table);
    let value = toml::Value::Table(table)
        .try_into::<F>()
        .map_err(|e| SchemaError(format!("after migrating from version {version}: {e}")))?;
    Ok(Parsed::Migrated {
        value,
        from: version,
    })
}

fn migrate_v0_to_v1(table: &mut toml::Table) {
    table.insert("version".into(), toml::Value::Integer(1));
    for key in ["doc", "bookmark"] {
        let Some(toml::Value::Array(items)) = table.get_mut(key) else {
            continue;
        };
        for item in items {
            if let Some(toml::Value::Table(pos)) = item.get_mut("position")
                && let Some(p) = pos.remove("paragraph")
            {
                pos.entry("block").or_insert(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::DocId;
    use crate::state::{Anchor, DocRef, Timestamp};
    use std::path::Path;

    fn sample() -> (ReadingState, Bookmarks) {
        let id = DocId("00ff00ff00ff00ff".into());
        let doc = DocRef {
            id: &id,
            path: Some(Path::new("/b/a \"quoted\" é.md")),
            title: "Talks \"resume\"\nin Geneva",
        };
        let now = Timestamp::from_unix_millis(1_700_000_000_000);
        let mut s = ReadingState::new();
        s.set_position(doc, Anchor::new(4, 17), &now);
        s.mark_read(doc, true, &now);
        s.set_theme("high-contrast");
        s.set_library_sort("title");
        let mut b = Bookmarks::new();
        b.add(doc, Anchor::new(2, 3), "an excerpt", "a note", &now);
        b.add(doc, Anchor::new(1, 0), "another", "", &now);
        (s, b)
    }

    #[test]
    fn state_round_trips_through_toml() {
        let (s, _) = sample();
        let text = state_to_toml(&s).expect("serialises");
        assert!(text.contains("version = 1"), "{text}");
        let Ok(Parsed::Current(back)) = parse_state(&text) else {
            panic!("did not parse back: {text}");
        };
        assert_eq!(
            back.docs().collect::<Vec<_>>(),
            s.docs().collect::<Vec<_>>()
        );
        assert_eq!(back.theme(), Some("high-contrast"));
        assert_eq!(back.library_sort(), Some("title"));
    }

    #[test]
    fn bookmarks_round_trip_through_toml() {
        let (_, b) = sample();
        let text = bookmarks_to_toml(&b).expect("serialises");
        let Ok(Parsed::Current(back)) = parse_bookmarks(&text) else {
            panic!("did not parse back: {text}");
        };
        assert_eq!(back.all(), b.all());
    }

    #[test]
    fn a_syntax_error_names_the_line() {
        let err = parse_bookmarks("version = 1\n[[bookmark]]\nid = \"x").expect_err("truncated");
        assert!(err.0.contains("line 3"), "{err}");
        assert!(!err.0.contains('\n'));
    }

    #[test]
    fn a_missing_field_is_an_error() {
        let err = parse_bookmarks("version = 1\n[[bookmark]]\nid = \"x\"\n").expect_err("no doc");
        assert!(err.0.contains("doc_id"), "{err}");
    }

    #[test]
    fn a_newer_version_is_recognised() {
        let text = "version = 7\ntheme = \"dark\"\nfuture = true\n";
        let Ok(Parsed::Newer { value, version }) = parse_state(text) else {
            panic!("not seen as newer");
        };
        assert_eq!(version, 7);
        assert_eq!(
            value.and_then(|s| s.theme().map(str::to_string)).as_deref(),
            Some("dark")
        );
    }

    #[test]
    fn an_unversioned_file_is_migrated() {
        let text =
            "theme = \"light\"\n[[doc]]\nid = \"ab\"\nposition = { paragraph = 3, offset = 9 }\n";
        let Ok(Parsed::Migrated { value, from: 0 }) = parse_state(text) else {
            panic!("not migrated");
        };
        let id = DocId("ab".into());
        assert_eq!(value.position_of(&id, None), Some(Anchor::new(3, 9)));
    }
}
