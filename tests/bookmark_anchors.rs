//! Bookmarks that survive edits of their file (found again by their quote, or listed as
//! orphaned), stdin that never takes a file's identity, `b` at a bookmarked place, a
//! read-only session that says so where the user acts, and times in local time. Real files in
//! a tempdir, the real storage, the app driven by actions (no terminal needed).

mod common;

use brief::app::{Action, App, Overlay, session, update};
use brief::config::{ColourDepth, Theme};
use brief::state::{Bookmark, Timestamp, excerpt_at};
use brief::storage::{BOOKMARKS_FILE, STATE_FILE, Storage};
use jiff::tz::{Offset, TimeZone};
use std::path::Path;
use std::process::Command;

fn noon() -> Timestamp {
    Timestamp::from_unix_millis(1_795_608_000_000) // 2026-11-25 12:00 UTC
}

/// A briefing whose every word is different (`p3w7` is word 7 of paragraph 3), so a word
/// says exactly where a bookmark is.
fn paragraphs(range: std::ops::Range<usize>) -> Vec<String> {
    range
        .map(|p| {
            let words: Vec<String> = (0..50).map(|w| format!("p{p}w{w}")).collect();
            words.join(" ") + "."
        })
        .collect()
}

fn write_briefing(path: &Path, paras: &[String]) {
    let text = format!("Unique words briefing\n\n{}\n", paras.join("\n\n"));
    std::fs::write(path, text).expect("write the briefing");
}

/// The app over the file at `path` with the state of `config`, as the reader starts it.
fn open(path: &Path, config: &Path) -> (App, Storage) {
    let doc = brief::load::open_file(path).expect("the briefing loads");
    let mut app = App::new(vec![doc], 80, 24);
    app.session.clock = noon;
    app.session.zone = TimeZone::UTC;
    let mut storage = Storage::open(config);
    let (state, bookmarks) = storage.load();
    session::restore(&mut app, state, bookmarks);
    (app, storage)
}

fn save(app: &mut App, storage: &mut Storage) {
    let s = &mut app.session;
    assert!(
        storage.save(&mut s.state, &mut s.bookmarks),
        "{:?}",
        storage.take_messages()
    );
}

fn only_bookmark(app: &App) -> Bookmark {
    let all = app.session.bookmarks.all();
    assert_eq!(all.len(), 1, "{all:?}");
    all[0].clone()
}

fn screen(app: &App) -> String {
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    common::rows(&common::screen(app, &theme)).join("\n")
}

/// The screen row (inside the article pane) where `word` shows.
fn row_with<'a>(screen: &'a str, word: &str) -> Option<&'a str> {
    screen.lines().find(|l| l.contains(word))
}

#[test]
fn a_bookmark_is_found_again_after_an_edit_before_it_and_orphaned_when_its_text_goes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (file, config) = (dir.path().join("unique.txt"), dir.path().join("config"));
    write_briefing(&file, &paragraphs(0..8));

    // Bookmark a place in paragraph 3.
    let (mut app, mut storage) = open(&file, &config);
    while !app.open().expect("doc").doc.body[app.anchor_offset()..].starts_with("p3w") {
        update(&mut app, Action::Down);
    }
    update(&mut app, Action::Bookmark);
    let first = only_bookmark(&app);
    assert!(first.quote.is_some(), "the quote is kept");
    save(&mut app, &mut storage);
    let word = first
        .excerpt
        .split_whitespace()
        .next()
        .expect("a word")
        .to_string();

    // A paragraph appended before it: the same words, marked, counted, reached with `m`.
    let mut edited = paragraphs(0..8);
    edited.insert(
        1,
        "A paragraph added later, before the bookmark.".to_string(),
    );
    write_briefing(&file, &edited);
    let (mut app, mut storage) = open(&file, &config);
    let id = app.open().expect("doc").doc.id.clone();
    let b = only_bookmark(&app);
    assert_eq!(b.doc_id, id, "attached to the edited text");
    assert!(!b.orphaned);
    assert_eq!(b.excerpt, first.excerpt);
    assert_eq!(app.session.bookmarks.count_for(&id), 1);
    update(&mut app, Action::NextBookmark);
    assert_eq!(app.message.as_deref(), Some("bookmark 1/1"));
    assert_eq!(app.anchor(), b.position);
    let body = &app.open().expect("doc").doc.body;
    assert_eq!(excerpt_at(body, app.anchor_offset(), 100), first.excerpt);
    let s = screen(&app);
    let row = row_with(&s, &word).unwrap_or_else(|| panic!("{word} on screen:\n{s}"));
    assert!(row.contains('●'), "marked in the margin:\n{s}");
    update(&mut app, Action::Documents);
    assert!(screen(&app).contains("(1 bookmark)"), "counted");
    save(&mut app, &mut storage);
    let saved = std::fs::read_to_string(config.join(BOOKMARKS_FILE)).expect("saved");
    assert!(
        saved.contains(&id.0),
        "the new content hash is saved:\n{saved}"
    );

    // Its paragraph deleted: orphaned, listed as such, still in the file.
    edited.remove(4);
    write_briefing(&file, &edited);
    let (mut app, mut storage) = open(&file, &config);
    let b = only_bookmark(&app);
    assert!(b.orphaned, "{b:?}");
    let id = app.open().expect("doc").doc.id.clone();
    assert_eq!(app.session.bookmarks.count_for(&id), 0);
    update(&mut app, Action::NextBookmark);
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("no bookmark"))
    );
    update(&mut app, Action::Bookmarks);
    let s = screen(&app);
    assert!(s.contains("orphaned") && s.contains(&word), "{s}");
    save(&mut app, &mut storage);
    let saved = std::fs::read_to_string(config.join(BOOKMARKS_FILE)).expect("saved");
    assert!(
        saved.contains(&b.id.0) && saved.contains("orphaned = true"),
        "{saved}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["bookmarks", "--config-dir"])
        .arg(&config)
        .output()
        .expect("runs brief");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("orphaned") && text.contains(&word), "{text}");
}

#[test]
fn an_old_bookmark_without_a_quote_is_found_by_its_excerpt() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (file, config) = (dir.path().join("unique.txt"), dir.path().join("config"));
    write_briefing(&file, &paragraphs(0..6));
    let (mut app, mut storage) = open(&file, &config);
    update(&mut app, Action::PageDown);
    update(&mut app, Action::Bookmark);
    save(&mut app, &mut storage);
    // As written before quotes were kept: no `[bookmark.quote]`.
    let path = config.join(BOOKMARKS_FILE);
    let text = std::fs::read_to_string(&path).expect("saved");
    let cut = text.find("[bookmark.quote]").expect("a quote table");
    std::fs::write(&path, &text[..cut]).expect("rewrite");
    let mut edited = paragraphs(0..6);
    edited.insert(0, "Added at the top.".to_string());
    write_briefing(&file, &edited);
    let (app, _) = open(&file, &config);
    let b = only_bookmark(&app);
    assert!(!b.orphaned);
    let body = &app.open().expect("doc").doc.body;
    let at = b
        .position
        .to_body_offset(body, &app.open().expect("doc").doc.blocks);
    assert_eq!(excerpt_at(body, at, 100), b.excerpt);
}

#[test]
fn stdin_with_a_files_content_never_replaces_the_files_identity() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (file, config) = (dir.path().join("unique.txt"), dir.path().join("config"));
    // No title line: the file's title is its name, "unique"; piped, it would be "stdin".
    std::fs::write(&file, paragraphs(0..6).join("\n\n")).expect("write");
    let (mut app, mut storage) = open(&file, &config);
    assert_eq!(app.open().expect("doc").doc.meta.title, "unique");
    update(&mut app, Action::Bookmark);
    save(&mut app, &mut storage);

    // `cat unique.txt | brief -`: the loader's stdin document has no path.
    let bytes = std::fs::read(&file).expect("read");
    let text = String::from_utf8_lossy(&bytes);
    let piped = brief::document::parse(&bytes, brief::document::Format::guess(&text), "stdin")
        .expect("parses");
    let mut app = App::new(vec![piped], 80, 24);
    app.session.clock = noon;
    let mut storage = Storage::open(&config);
    let (state, bookmarks) = storage.load();
    session::restore(&mut app, state, bookmarks);
    update(&mut app, Action::PageDown);
    update(&mut app, Action::Bookmark);
    save(&mut app, &mut storage);

    let state = std::fs::read_to_string(config.join(STATE_FILE)).expect("state");
    assert!(!state.contains("stdin"), "{state}");
    assert!(
        state.contains("unique.txt") && state.contains("title = \"unique\""),
        "{state}"
    );
    let marks = std::fs::read_to_string(config.join(BOOKMARKS_FILE)).expect("bookmarks");
    assert_eq!(marks.matches("[[bookmark]]").count(), 2, "{marks}");
    assert!(
        !marks.contains("stdin"),
        "both filed under the file:\n{marks}"
    );
    let (_, loaded) = Storage::open(&config).load();
    for b in loaded.all() {
        let path = b.doc_path.as_deref().unwrap_or_default();
        assert!(
            path.ends_with("unique.txt") && b.doc_title == "unique",
            "{b:?}"
        );
    }

    // Piped text of its own gets its own entry, which leaves the file's alone.
    let own = brief::document::parse(
        b"Other text\n\nNothing like the file.\n",
        brief::document::Format::Txt,
        "stdin",
    )
    .expect("parses");
    let mut app = App::new(vec![own], 80, 24);
    let mut storage = Storage::open(&config);
    let (state, bookmarks) = storage.load();
    session::restore(&mut app, state, bookmarks);
    update(&mut app, Action::Bookmark);
    save(&mut app, &mut storage);
    let (state, marks) = Storage::open(&config).load();
    assert_eq!(state.docs().count(), 2);
    assert!(state.docs().any(
        |d| d.path.as_deref().is_some_and(|p| p.ends_with("unique.txt")) && d.title == "unique"
    ));
    assert_eq!(marks.len(), 3);
}

#[test]
fn b_at_a_bookmarked_place_says_so_instead_of_a_second_bookmark() {
    let mut app = App::new(vec![common::long_doc(10)], 80, 24);
    session::restore(&mut app, Default::default(), Default::default());
    update(&mut app, Action::PageDown);
    update(&mut app, Action::Bookmark);
    update(&mut app, Action::Bookmark);
    assert_eq!(app.session.bookmarks.len(), 1);
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("already bookmarked"))
    );
    update(&mut app, Action::BookmarkWithNote);
    assert!(
        app.input.is_none(),
        "no note asked for a place already bookmarked"
    );
    assert_eq!(app.session.bookmarks.len(), 1);
    update(&mut app, Action::Down);
    update(&mut app, Action::Bookmark);
    assert_eq!(
        app.session.bookmarks.len(),
        2,
        "another place is another bookmark"
    );
}

#[test]
fn a_read_only_session_says_a_bookmark_will_not_be_saved() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (file, config) = (dir.path().join("unique.txt"), dir.path().join("config"));
    write_briefing(&file, &paragraphs(0..6));
    std::fs::create_dir_all(&config).expect("config dir");
    let newer = "version = 99\n[[bookmark]]\nid = \"future\"\n";
    std::fs::write(config.join(BOOKMARKS_FILE), newer).expect("write");
    let (mut app, mut storage) = open(&file, &config);
    assert!(app.session.read_only().is_some_and(|w| w.contains("newer")));
    update(&mut app, Action::Bookmark);
    let msg = app.message.clone().unwrap_or_default();
    assert!(
        msg.starts_with("bookmarked") && msg.contains("not saved: read-only"),
        "{msg}"
    );
    assert!(msg.contains("version 99"), "{msg}");
    let s = &mut app.session;
    storage.save(&mut s.state, &mut s.bookmarks);
    let after = std::fs::read_to_string(config.join(BOOKMARKS_FILE)).expect("kept");
    assert_eq!(after, newer, "never overwritten");

    // A config directory that cannot be made.
    let blocker = dir.path().join("a-file");
    std::fs::write(&blocker, "").expect("write");
    let (mut app, _) = open(&file, &blocker.join("brief"));
    update(&mut app, Action::Bookmark);
    let msg = app.message.clone().unwrap_or_default();
    assert!(
        msg.contains("not saved") && msg.contains("not writable"),
        "{msg}"
    );
    update(&mut app, Action::Bookmarks);
    update(&mut app, Action::DeleteBookmark);
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.contains("not saved"))
    );
    assert!(matches!(app.overlay, Some(Overlay::Bookmarks(_))));
}

#[test]
fn bookmark_times_show_in_local_time_with_the_offset() {
    let mut app = App::new(vec![common::long_doc(5)], 100, 30);
    app.session.clock = noon;
    app.session.zone = TimeZone::fixed(Offset::constant(1));
    session::restore(&mut app, Default::default(), Default::default());
    update(&mut app, Action::Bookmark);
    update(&mut app, Action::Bookmarks);
    let s = screen(&app);
    assert!(s.contains("2026-11-25 13:00 +01:00"), "{s}");

    // `brief bookmarks` in the zone of the environment (here a POSIX TZ string).
    let dir = tempfile::tempdir().expect("tempdir");
    let mut storage = Storage::open(dir.path());
    let s = &mut app.session;
    assert!(storage.save(&mut s.state, &mut s.bookmarks));
    for (format, shown) in [
        ("text", "2026-11-25 07:00 -05:00"),
        ("markdown", "2026-11-25 07:00 -05:00"),
        ("json", "2026-11-25T12:00:00.000Z"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(["bookmarks", "--format", format, "--config-dir"])
            .arg(dir.path())
            .env("TZ", "EST5")
            .output()
            .expect("runs brief");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains(shown), "{format}: {text}");
    }
}
