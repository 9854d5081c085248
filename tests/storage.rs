//! Storage of reading state and bookmarks in a config directory (a tempdir here).

use brief::document::DocId;
use brief::state::{Anchor, Bookmarks, DocRef, ReadingState, Timestamp};
use brief::storage::{BOOKMARKS_FILE, STATE_FILE, Storage, is_temp_name};
use std::fs;
use std::path::Path;

fn t(ms: u64) -> Timestamp {
    Timestamp::from_unix_millis(1_700_000_000_000 + ms)
}

fn doc<'a>(id: &'a DocId, path: &'a str) -> DocRef<'a> {
    DocRef {
        id,
        path: Some(Path::new(path)),
        title: "Talks resume",
    }
}

/// A reader instance on `dir` with what it loaded at start, as each running `brief` holds it.
fn instance(dir: &Path) -> (Storage, ReadingState, Bookmarks) {
    let mut s = Storage::open(dir);
    let (state, marks) = s.load();
    (s, state, marks)
}

fn files(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn state_and_bookmarks_survive_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = DocId("aa".into());
    let (mut s, mut state, mut marks) = instance(dir.path());
    assert!(s.take_messages().is_empty());
    state.set_position(doc(&id, "/a.md"), Anchor::new(7, 3), &t(1));
    state.set_theme("light");
    let b = marks.add(
        doc(&id, "/a.md"),
        Anchor::new(2, 0),
        "excerpt",
        "note",
        &t(2),
    );
    assert!(s.save(&mut state, &mut marks));
    assert!(!state.is_dirty() && !marks.is_dirty());

    let mut again = Storage::open(dir.path());
    let (state, marks) = again.load();
    assert!(again.take_messages().is_empty());
    assert_eq!(state.position_of(&id, None), Some(Anchor::new(7, 3)));
    assert_eq!(state.theme(), Some("light"));
    assert_eq!(marks.get(&b).map(|b| b.note.as_str()), Some("note"));
    let text = fs::read_to_string(dir.path().join(BOOKMARKS_FILE)).expect("written");
    assert!(text.contains("version = 1"));
    assert!(
        files(dir.path()).iter().all(|f| !is_temp_name(f)),
        "no temp file left: {:?}",
        files(dir.path())
    );
}

#[test]
fn a_missing_config_dir_is_created() {
    let dir = tempfile::tempdir().expect("tempdir");
    let nested = dir.path().join("a/b/brief");
    let mut s = Storage::open(&nested);
    let (mut state, mut marks) = s.load();
    state.set_theme("mono");
    assert!(s.save(&mut state, &mut marks));
    assert!(nested.join(STATE_FILE).exists());
}

#[test]
fn a_corrupt_file_is_moved_aside_reported_once_and_replaced() {
    let dir = tempfile::tempdir().expect("tempdir");
    let garbage = "version = 1\n[[bookmark]\nid = 3\n";
    fs::write(dir.path().join(BOOKMARKS_FILE), garbage).expect("write");
    let (mut s, mut state, mut marks) = instance(dir.path());
    assert!(marks.is_empty(), "runs on a fresh file");
    let msgs = s.take_messages();
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(
        msgs[0].contains("bookmarks.toml") && msgs[0].contains("moved it to"),
        "{msgs:?}"
    );
    assert!(msgs[0].contains("line 2"), "names the line: {msgs:?}");
    assert!(s.take_messages().is_empty(), "told once");

    let aside: Vec<String> = files(dir.path())
        .into_iter()
        .filter(|f| f.starts_with("bookmarks.toml.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1);
    let kept = fs::read_to_string(dir.path().join(&aside[0])).expect("kept");
    assert_eq!(kept, garbage, "nothing is lost");

    let id = DocId("aa".into());
    marks.add(doc(&id, "/a.md"), Anchor::new(1, 0), "new", "", &t(1));
    assert!(s.save(&mut state, &mut marks));
    let (_, back) = Storage::open(dir.path()).load();
    assert_eq!(back.len(), 1);
}

#[test]
fn a_truncated_file_is_moved_aside() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = DocId("aa".into());
    {
        let (mut s, mut state, mut marks) = instance(dir.path());
        state.set_position(doc(&id, "/a.md"), Anchor::new(1, 0), &t(1));
        marks.add(
            doc(&id, "/a.md"),
            Anchor::new(1, 0),
            "some excerpt",
            "",
            &t(1),
        );
        assert!(s.save(&mut state, &mut marks));
    }
    for name in [STATE_FILE, BOOKMARKS_FILE] {
        let full = fs::read_to_string(dir.path().join(name)).expect("written");
        let cut = full.rfind("Talks").expect("has the title");
        fs::write(dir.path().join(name), &full[..cut + 3]).expect("truncate");
    }
    let mut s = Storage::open(dir.path());
    let (state, marks) = s.load();
    assert_eq!(state.docs().count(), 0);
    assert!(marks.is_empty());
    let msgs = s.take_messages();
    assert_eq!(msgs.len(), 2, "{msgs:?}");
    assert_eq!(
        files(dir.path())
            .iter()
            .filter(|f| f.contains(".corrupt-"))
            .count(),
        2
    );
}

#[test]
fn a_file_that_is_not_utf8_is_moved_aside() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::write(
        dir.path().join(STATE_FILE),
        b"version = 1\ntheme = \"\xff\"\n",
    )
    .expect("write");
    let mut s = Storage::open(dir.path());
    let (state, _) = s.load();
    assert_eq!(state.theme(), None);
    assert!(s.take_messages()[0].contains("UTF-8"));
}

#[test]
fn a_newer_version_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let future = "version = 2\ntheme = \"dark\"\n[[doc]]\nid = \"aa\"\nposition = { block = 4, offset = 0 }\nshiny = true\n";
    fs::write(dir.path().join(STATE_FILE), future).expect("write");
    let (mut s, mut state, mut marks) = instance(dir.path());
    let msgs = s.take_messages();
    assert!(msgs.len() == 1 && msgs[0].contains("newer"), "{msgs:?}");
    let id = DocId("aa".into());
    assert_eq!(
        state.position_of(&id, None),
        Some(Anchor::new(4, 0)),
        "still read what it can"
    );
    state.set_position(doc(&id, "/a.md"), Anchor::new(9, 9), &t(1));
    marks.add(doc(&id, "/a.md"), Anchor::new(1, 0), "x", "", &t(1));
    assert!(
        !s.save(&mut state, &mut marks),
        "the state could not be saved"
    );
    assert_eq!(
        fs::read_to_string(dir.path().join(STATE_FILE)).expect("kept"),
        future
    );
    assert!(
        dir.path().join(BOOKMARKS_FILE).exists(),
        "the other file is still saved"
    );
}

#[test]
fn a_file_replaced_by_a_newer_version_while_running_is_not_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut s, mut state, mut marks) = instance(dir.path());
    let future = "version = 3\n";
    fs::write(dir.path().join(BOOKMARKS_FILE), future).expect("write");
    let id = DocId("aa".into());
    marks.add(doc(&id, "/a.md"), Anchor::new(1, 0), "x", "", &t(1));
    assert!(!s.save(&mut state, &mut marks));
    assert!(s.take_messages().iter().any(|m| m.contains("newer")));
    assert_eq!(
        fs::read_to_string(dir.path().join(BOOKMARKS_FILE)).expect("kept"),
        future
    );
}

#[test]
fn an_old_version_is_migrated_and_saved_as_current() {
    let dir = tempfile::tempdir().expect("tempdir");
    let v0 = "[[bookmark]]\nid = \"b1\"\ndoc_id = \"aa\"\ndoc_title = \"Old\"\nposition = { paragraph = 5, offset = 2 }\nexcerpt = \"e\"\ncreated = \"2025-01-01T00:00:00.000Z\"\n";
    fs::write(dir.path().join(BOOKMARKS_FILE), v0).expect("write");
    let (mut s, mut state, mut marks) = instance(dir.path());
    assert!(s.take_messages().is_empty());
    let all = marks.all();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].position, Anchor::new(5, 2));
    let id = DocId("aa".into());
    marks.add(doc(&id, "/a.md"), Anchor::new(1, 0), "x", "", &t(1));
    assert!(s.save(&mut state, &mut marks));
    let text = fs::read_to_string(dir.path().join(BOOKMARKS_FILE)).expect("saved");
    assert!(
        text.contains("version = 1") && !text.contains("paragraph"),
        "{text}"
    );
    assert_eq!(Storage::open(dir.path()).load().1.len(), 2);
}

#[test]
fn two_instances_keep_both_bookmarks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = DocId("aa".into());
    let (mut a, mut sa, mut ma) = instance(dir.path());
    let (mut b, mut sb, mut mb) = instance(dir.path());
    let x = ma.add(doc(&id, "/a.md"), Anchor::new(1, 0), "from a", "", &t(1));
    let y = mb.add(doc(&id, "/a.md"), Anchor::new(2, 0), "from b", "", &t(1));
    assert!(a.save(&mut sa, &mut ma));
    assert!(b.save(&mut sb, &mut mb));
    let (_, on_disk) = Storage::open(dir.path()).load();
    assert!(on_disk.get(&x).is_some() && on_disk.get(&y).is_some());
    assert_eq!(
        mb.len(),
        2,
        "the saver sees the other's bookmark afterwards"
    );
}

#[test]
fn a_bookmark_deleted_in_one_instance_is_not_resurrected_by_the_other() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = DocId("aa".into());
    let (mut seed, mut s0, mut m0) = instance(dir.path());
    let x = m0.add(doc(&id, "/a.md"), Anchor::new(1, 0), "x", "", &t(1));
    let y = m0.add(doc(&id, "/a.md"), Anchor::new(2, 0), "y", "", &t(1));
    assert!(seed.save(&mut s0, &mut m0));

    let (mut a, mut sa, mut ma) = instance(dir.path());
    let (mut b, mut sb, mut mb) = instance(dir.path());
    // Each deletes one; `a` saves first, then `b` (which still has `y` loaded) saves.
    ma.delete(&y);
    mb.delete(&x);
    let z = mb.add(doc(&id, "/a.md"), Anchor::new(3, 0), "z", "", &t(2));
    assert!(a.save(&mut sa, &mut ma));
    assert!(b.save(&mut sb, &mut mb));
    // `a` still holds `x` in memory; its next save must not bring it back.
    let w = ma.add(doc(&id, "/a.md"), Anchor::new(4, 0), "w", "", &t(3));
    assert!(a.save(&mut sa, &mut ma));
    assert!(ma.get(&x).is_none() && ma.get(&z).is_some());
    assert!(ma.set_note(&z, "seen by a"));
    assert!(a.save(&mut sa, &mut ma));
    let (_, disk) = Storage::open(dir.path()).load();
    let ids: Vec<_> = disk.all().into_iter().map(|b| b.id.clone()).collect();
    assert_eq!(ids, [z.clone(), w]);
    assert_eq!(disk.get(&z).map(|b| b.note.as_str()), Some("seen by a"));
}

#[test]
fn undo_after_a_save_brings_the_bookmark_back() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = DocId("aa".into());
    let (mut s, mut state, mut marks) = instance(dir.path());
    let x = marks.add(doc(&id, "/a.md"), Anchor::new(1, 0), "x", "", &t(1));
    assert!(s.save(&mut state, &mut marks));
    let gone = marks.delete(&x).expect("there");
    assert!(s.save(&mut state, &mut marks));
    assert!(Storage::open(dir.path()).load().1.is_empty());
    marks.restore(gone);
    assert!(s.save(&mut state, &mut marks));
    assert!(Storage::open(dir.path()).load().1.get(&x).is_some());
}

#[test]
fn the_newest_position_wins_between_instances() {
    let dir = tempfile::tempdir().expect("tempdir");
    let id = DocId("aa".into());
    let (mut a, mut sa, mut ma) = instance(dir.path());
    let (mut b, mut sb, mut mb) = instance(dir.path());
    sa.set_position(doc(&id, "/a.md"), Anchor::new(1, 0), &t(10));
    sb.set_position(doc(&id, "/a.md"), Anchor::new(2, 0), &t(5));
    assert!(b.save(&mut sb, &mut mb));
    assert!(a.save(&mut sa, &mut ma));
    sb.set_theme("light");
    assert!(b.save(&mut sb, &mut mb));
    let (disk, _) = Storage::open(dir.path()).load();
    assert_eq!(disk.position_of(&id, None), Some(Anchor::new(1, 0)));
    assert_eq!(disk.theme(), Some("light"));
}

#[test]
fn an_unwritable_config_dir_still_reads_and_reports_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("plain-file");
    fs::write(&file, "not a dir").expect("write");
    // A directory below a regular file can never be created, even by root.
    let mut s = Storage::open(file.join("brief"));
    let (mut state, mut marks) = s.load();
    let msgs = s.take_messages();
    assert_eq!(msgs.len(), 1, "{msgs:?}");
    assert!(msgs[0].contains("not writable"), "{msgs:?}");
    let id = DocId("aa".into());
    marks.add(doc(&id, "/a.md"), Anchor::new(1, 0), "x", "", &t(1));
    assert!(!s.save(&mut state, &mut marks));
    assert!(!s.save(&mut state, &mut marks));
    assert!(s.take_messages().is_empty(), "no repeated complaints");
    assert!(s.is_read_only());
}

#[test]
fn stale_temp_files_do_not_break_loading_and_are_cleaned_up() {
    let dir = tempfile::tempdir().expect("tempdir");
    let stale = dir.path().join(".bookmarks.toml.tmp.999999.1");
    fs::write(&stale, "version = 1\n[[bookm").expect("write");
    let (mut s, mut state, mut marks) = instance(dir.path());
    assert!(s.take_messages().is_empty());
    let id = DocId("aa".into());
    marks.add(doc(&id, "/a.md"), Anchor::new(1, 0), "x", "", &t(1));
    assert!(s.save(&mut state, &mut marks));
    assert!(!stale.exists());
}

#[test]
fn nothing_is_written_when_nothing_changed() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (mut s, mut state, mut marks) = instance(dir.path());
    assert!(s.save(&mut state, &mut marks));
    assert!(!dir.path().join(STATE_FILE).exists());
    assert!(!dir.path().join(BOOKMARKS_FILE).exists());
}

#[test]
fn two_instances_saving_at_the_same_time_lose_no_bookmark() {
    let dir = tempfile::tempdir().expect("tempdir");
    let per_instance = 20;
    let writers: Vec<_> = (0..2)
        .map(|w| {
            let path = dir.path().to_path_buf();
            std::thread::spawn(move || {
                let id = DocId(format!("doc{w}"));
                let mut s = Storage::open(&path);
                let (mut state, mut marks) = s.load();
                for i in 0..per_instance {
                    let at = Anchor::new(i, 0);
                    marks.add(doc(&id, "/a.md"), at, "x", "", &t(i as u64));
                    state.set_position(doc(&id, "/a.md"), at, &t(i as u64));
                    assert!(s.save(&mut state, &mut marks), "{:?}", s.take_messages());
                }
            })
        })
        .collect();
    for w in writers {
        w.join().expect("writer finished");
    }
    let (_, marks) = Storage::open(dir.path()).load();
    assert_eq!(marks.len(), 2 * per_instance);
}

#[test]
fn settings_are_read_from_config_toml_and_the_themes_folder() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("config.toml"), "theme = \"paper\"\n").expect("write");
    std::fs::create_dir(dir.path().join("themes")).expect("mkdir");
    std::fs::write(dir.path().join("themes/paper.toml"), "[roles]\n").expect("write");
    std::fs::write(dir.path().join("themes/notes.txt"), "not a theme").expect("write");
    let mut storage = brief::storage::Storage::open_read_only(dir.path());
    let (config, themes) = storage.read_settings();
    assert_eq!(config.as_deref(), Some("theme = \"paper\"\n"));
    assert_eq!(themes, vec![("paper".to_string(), "[roles]\n".to_string())]);
    assert!(storage.take_messages().is_empty());
    let empty = tempfile::tempdir().expect("temp dir");
    let (config, themes) = brief::storage::Storage::open_read_only(empty.path()).read_settings();
    assert!(config.is_none() && themes.is_empty());
}
