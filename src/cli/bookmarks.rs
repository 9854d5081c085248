//! `brief bookmarks [--format text|json|markdown]`: every bookmark, grouped by document.
//!
//! Only reads `bookmarks.toml` (no lock, never writes), so it is safe while the reader runs
//! in another terminal: saves are atomic renames, so it always sees a whole file.

use crate::document::DocId;
use crate::document::sanitise::clean_line;
use crate::state::{Anchor, Bookmark, Bookmarks, Timestamp};
use crate::storage::{self, Storage};
use jiff::tz::TimeZone;
use serde::Serialize;
use std::fmt::Write;
use std::path::Path;

/// Output format of `brief bookmarks`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Json,
    Markdown,
}

/// Print the bookmarks of the config directory (`--config-dir` value `flag`); problems with
/// the file go to stderr, the listing to stdout.
pub fn run(flag: Option<&Path>, format: Format) -> anyhow::Result<()> {
    let dir = storage::config_dir(flag).ok_or_else(|| {
        anyhow::anyhow!(
            "no config directory: set {} or pass --config-dir",
            storage::CONFIG_DIR_ENV
        )
    })?;
    let mut store = Storage::open_read_only(dir);
    let bookmarks = store.load_bookmarks();
    for m in store.take_messages() {
        eprintln!("brief: {}", clean_line(&m));
    }
    super::print_output(&render(&bookmarks, format, &TimeZone::system())?)?;
    Ok(())
}

/// The bookmarks of one document.
#[derive(Serialize)]
struct Group<'a> {
    id: &'a DocId,
    title: &'a str,
    path: Option<&'a str>,
    bookmarks: Vec<Entry<'a>>,
}

#[derive(Serialize)]
struct Entry<'a> {
    id: &'a str,
    position: Anchor,
    excerpt: &'a str,
    note: &'a str,
    /// RFC 3339, UTC.
    created: &'a Timestamp,
    /// Its text is no longer in the document (the file was edited).
    orphaned: bool,
}

#[derive(Serialize)]
struct Export<'a> {
    documents: Vec<Group<'a>>,
}

/// Group by document (ordered by title, then id), each in reading order.
fn groups(bookmarks: &Bookmarks) -> Vec<Group<'_>> {
    let mut groups: Vec<Group<'_>> = Vec::new();
    for b in bookmarks.all() {
        if groups.iter().any(|g| g.id == &b.doc_id) {
            continue;
        }
        // Orphaned ones too: every bookmark is listed.
        let mut in_doc: Vec<&Bookmark> = bookmarks
            .all()
            .into_iter()
            .filter(|x| x.doc_id == b.doc_id)
            .collect();
        in_doc.sort_by_key(|x| (x.orphaned, x.position, &x.created));
        // The most recent bookmark knows the document's latest title and path.
        let latest: &Bookmark = in_doc
            .iter()
            .copied()
            .max_by(|x, y| x.created.cmp(&y.created))
            .unwrap_or(b);
        groups.push(Group {
            id: &b.doc_id,
            title: &latest.doc_title,
            path: latest.doc_path.as_deref(),
            bookmarks: in_doc.into_iter().map(entry).collect(),
        });
    }
    groups.sort_by(|a, b| a.title.cmp(b.title).then_with(|| a.id.cmp(b.id)));
    groups
}

fn entry(b: &Bookmark) -> Entry<'_> {
    Entry {
        id: &b.id.0,
        position: b.position,
        excerpt: &b.excerpt,
        note: &b.note,
        created: &b.created,
        orphaned: b.orphaned,
    }
}

/// The listing in `format`, times shown in `zone` (JSON keeps RFC 3339 UTC). Every string
/// is cleaned ([`super::output`]): a note is typed by a user, a file may be edited by hand.
pub fn render(bookmarks: &Bookmarks, format: Format, zone: &TimeZone) -> anyhow::Result<String> {
    let documents = groups(bookmarks);
    Ok(match format {
        Format::Json => super::output::json(&Export { documents })?,
        Format::Text => super::output::text(&text(&documents, zone)),
        Format::Markdown => super::output::text(&markdown(&documents, zone)),
    })
}

/// What follows an orphaned bookmark's place in the text and Markdown listings.
const ORPHANED: &str = "  [orphaned: its text is no longer in the document]";

fn orphaned(e: &Entry<'_>) -> &'static str {
    if e.orphaned { ORPHANED } else { "" }
}

fn title_of<'a>(g: &'a Group<'_>) -> &'a str {
    if g.title.trim().is_empty() {
        g.path.unwrap_or(&g.id.0)
    } else {
        g.title
    }
}

fn text(groups: &[Group<'_>], zone: &TimeZone) -> String {
    let mut s = String::new();
    if groups.is_empty() {
        s.push_str("No bookmarks yet.\n");
    }
    for (i, g) in groups.iter().enumerate() {
        if i > 0 {
            s.push('\n');
        }
        let _ = writeln!(s, "{}", clean_line(title_of(g)));
        if let Some(p) = g.path {
            let _ = writeln!(s, "  {}", clean_line(p));
        }
        for e in &g.bookmarks {
            let _ = writeln!(
                s,
                "  - {}  (block {}, offset {}){}",
                e.created.local(zone),
                e.position.block,
                e.position.offset,
                orphaned(e)
            );
            let _ = writeln!(s, "    \"{}\"", clean_line(e.excerpt));
            for (j, line) in e.note.lines().enumerate() {
                let label = if j == 0 { "note: " } else { "      " };
                let _ = writeln!(s, "    {label}{}", clean_line(line));
            }
        }
    }
    s
}

fn markdown(groups: &[Group<'_>], zone: &TimeZone) -> String {
    let mut s = String::from("# Bookmarks\n");
    if groups.is_empty() {
        s.push_str("\nNo bookmarks yet.\n");
    }
    for g in groups {
        let _ = writeln!(s, "\n## {}\n", clean_line(title_of(g)));
        if let Some(p) = g.path {
            let _ = writeln!(s, "`{}`\n", clean_line(p).replace('`', "'"));
        }
        for e in &g.bookmarks {
            let _ = writeln!(
                s,
                "- {} (block {}, offset {}){}\n\n  > {}",
                e.created.local(zone),
                e.position.block,
                e.position.offset,
                orphaned(e),
                clean_line(e.excerpt)
            );
            if !e.note.trim().is_empty() {
                let note: Vec<String> = e.note.lines().map(clean_line).collect();
                let _ = writeln!(s, "\n  Note: {}", note.join("\n  "));
            }
            s.push('\n');
        }
    }
    s
}

/// Test support for the crash-safety test (`brief write-bookmarks-loop`, hidden): add and
/// save bookmarks as fast as possible until killed, keeping the file between 50 and 100
/// bookmarks so each write takes a while.
pub fn write_loop(flag: Option<&Path>) -> anyhow::Result<()> {
    let dir = storage::config_dir(flag)
        .ok_or_else(|| anyhow::anyhow!("write-bookmarks-loop needs --config-dir"))?;
    let mut store = Storage::open(dir);
    let (mut state, mut bookmarks) = store.load();
    if let Some(m) = store.take_messages().first() {
        anyhow::bail!("unexpected problem at load: {m}");
    }
    let id = DocId("00000000000000aa".into());
    let doc = crate::state::DocRef {
        id: &id,
        path: Some(Path::new("/tmp/loop.md")),
        title: "Loop",
    };
    let excerpt = "x".repeat(200);
    for n in 0u64.. {
        let now = Timestamp::now();
        bookmarks.add(
            doc,
            Anchor::new(n as usize, 0),
            &excerpt,
            &n.to_string(),
            &now,
        );
        if bookmarks.len() > 100 {
            let oldest: Vec<_> = bookmarks
                .all()
                .iter()
                .take(50)
                .map(|b| b.id.clone())
                .collect();
            for b in &oldest {
                bookmarks.delete(b);
            }
        }
        state.set_position(doc, Anchor::new(n as usize, 0), &now);
        if !store.save(&mut state, &mut bookmarks) {
            anyhow::bail!("save failed: {:?}", store.take_messages());
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_output() {
        assert_eq!(
            clean_line("a\x1b[31mb\nc\u{202E}\u{200b}"),
            "a\u{241b}[31mb c\u{FFFD}"
        );
    }
}
