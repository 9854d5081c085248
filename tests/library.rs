//! Library mode without a terminal: `brief actors` output shape, the index cache (written,
//! then refused and rebuilt when corrupt or stale), YAML front matter through the loader, and
//! the Library screen driven by actions.

mod common;

#[path = "../benches/library_gen.rs"]
mod library_gen;

use brief::app::library::{LibraryView, apply};
use brief::app::{Action, App, update};
use brief::library::Entry;
use brief::library::index::{Indexed, index_file};
use brief::library::loader::{Progress, Update};
use std::path::{Path, PathBuf};
use std::process::Command;

fn actors(dir: &Path, cache: &Path, format: &str) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["actors", &dir.display().to_string(), "--format", format])
        .env("BRIEF_CACHE_DIR", cache)
        .output()
        .expect("run brief actors")
}

fn cache_file(cache: &Path) -> PathBuf {
    std::fs::read_dir(cache.join("library"))
        .expect("the cache folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "cache"))
        .expect("a cache file")
}

#[test]
fn brief_actors_lists_documents_per_actor_most_documents_first() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    library_gen::generate_sized(&lib, 12, 5, 400).unwrap();
    std::fs::write(lib.join("photo.md"), b"\x89PNG\0\0binary").unwrap();
    let cache = dir.path().join("cache");
    let out = actors(&lib, &cache, "json");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("photo.md") && stderr.contains("binary"),
        "{stderr}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let list = v["actors"].as_array().expect("actors");
    assert!(!list.is_empty());
    let counts: Vec<usize> = list
        .iter()
        .map(|a| a["documents"].as_array().unwrap().len())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let first = &list[0];
    assert!(first["name"].is_string());
    assert!(["person", "organization", "country"].contains(&first["kind"].as_str().unwrap()));
    let doc = &first["documents"][0];
    assert!(
        doc["path"].as_str().unwrap().ends_with(".md")
            || doc["path"].as_str().unwrap().ends_with(".txt")
    );
    assert!(doc["title"].is_string());
    assert!(doc["mentions"].as_u64().unwrap() >= 1);
    let text = actors(&lib, &cache, "text");
    assert!(text.status.success());
    let text = String::from_utf8_lossy(&text.stdout);
    let name = first["name"].as_str().unwrap();
    assert!(text.starts_with(name), "{text}");
}

#[test]
fn a_corrupt_or_stale_cache_is_rebuilt_never_trusted() {
    let dir = tempfile::tempdir().unwrap();
    let lib = dir.path().join("lib");
    library_gen::generate_sized(&lib, 6, 9, 400).unwrap();
    let cache = dir.path().join("cache");
    let fresh = actors(&lib, &cache, "json");
    assert!(fresh.status.success());
    let file = cache_file(&cache);
    let good = std::fs::read(&file).unwrap();
    assert!(brief::library::cache::decode(&good).is_ok());
    // Corrupt: the body cut short. Stale: another format version in the header.
    // The header is a text line; the body after it is binary.
    let newline = good.iter().position(|&b| b == b'\n').unwrap();
    let header = String::from_utf8(good[..newline].to_vec())
        .unwrap()
        .replacen(
            &format!("brief-library-cache {} ", brief::library::cache::FORMAT),
            "brief-library-cache 0 ",
            1,
        );
    let stale = [header.as_bytes(), &good[newline..]].concat();
    for bad in [
        good[..good.len() / 2].to_vec(),
        stale,
        b"\0\0garbage".to_vec(),
    ] {
        std::fs::write(&file, &bad).unwrap();
        let again = actors(&lib, &cache, "json");
        assert!(again.status.success());
        assert_eq!(
            again.stdout, fresh.stdout,
            "the same answer from a rebuilt index"
        );
        let stderr = String::from_utf8_lossy(&again.stderr);
        assert!(stderr.contains("rebuilding"), "{stderr}");
        let rewritten = std::fs::read(&file).unwrap();
        assert!(
            brief::library::cache::decode(&rewritten).is_ok(),
            "the cache is rewritten"
        );
    }
}

#[test]
fn an_edited_file_misses_the_cache_and_an_unchanged_one_hits_it() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.md");
    std::fs::write(&a, "+++\ntitle = \"A\"\n+++\nHelena Varga said so.\n").unwrap();
    let first = index_file(&a, &Default::default());
    let doc = first.result.clone().unwrap();
    let cache = [(doc.hash, doc.clone())].into_iter().collect();
    assert!(index_file(&a, &cache).cached);
    std::fs::write(&a, "+++\ntitle = \"A\"\n+++\nPavel Drozan said so.\n").unwrap();
    let edited = index_file(&a, &cache);
    assert!(!edited.cached);
    assert_ne!(edited.result.unwrap().id, doc.id);
}

#[test]
fn yaml_front_matter_gives_title_source_author_and_date() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("y.md");
    std::fs::write(
        &p,
        "---\ntitle: Harbour talks\nsource: Kestrian Post\nauthor: Ana Corvin\n\
         published: 2024-03-02\nurl: https://example.org/h\n---\n\nNegotiators met again.\n",
    )
    .unwrap();
    let doc = brief::load::open_file(&p).unwrap();
    assert_eq!(doc.meta.title, "Harbour talks");
    assert_eq!(doc.meta.author.as_deref(), Some("Ana Corvin"));
    assert_eq!(doc.meta.url.as_deref(), Some("https://example.org/h"));
    assert_eq!(doc.body, "Negotiators met again.");
    let head = brief::load::read_head(&p).unwrap();
    assert_eq!(
        head.meta, doc.meta,
        "the head read agrees with the full parse"
    );
}

fn entry(path: &str, title: &str, published: &str) -> Entry {
    let meta = brief::document::Meta {
        title: title.into(),
        published: Some(published.into()),
        source: Some("Wire".into()),
        ..Default::default()
    };
    Entry::new(PathBuf::from(path), &meta, None)
}

fn library_app() -> App {
    let mut app = App::new(Vec::new(), 100, 20);
    app.library = Some(LibraryView::new(PathBuf::from("/lib")));
    let updates = vec![
        Update::Entries(vec![
            entry("/lib/a.md", "Harbour talks resume", "2024-03-02"),
            entry("/lib/b.md", "Grain corridor reopens", "2024-03-05"),
        ]),
        Update::Entries(vec![
            entry("/lib/c.md", "Border outage", "2024-03-01"),
            Entry::failed(PathBuf::from("/lib/bad.md"), "bad.md: looks binary".into()),
        ]),
    ];
    apply(&mut app, updates, Progress::default());
    app
}

#[test]
fn the_library_screen_counts_filters_and_opens() {
    let mut app = library_app();
    let lv = app.library.as_ref().unwrap();
    assert_eq!(lv.count_line(), "4 briefings · 3 unread · sorted by date");
    let screen = common::screen(&app, &brief::config::Theme::default());
    let text: String = screen.content.iter().map(|c| c.symbol()).collect();
    assert!(text.contains("4 briefings · 3 unread"), "{text}");
    assert!(text.contains("bad.md: looks binary"), "errors are listed");
    update(&mut app, Action::Search);
    common::type_text(&mut app, "hbr");
    let lv = app.library.as_ref().unwrap();
    assert_eq!(lv.lib.view().len(), 1);
    assert!(lv.count_line().ends_with("filter: hbr (1 shown)"));
    update(&mut app, Action::Activate);
    let effects = update(&mut app, Action::Activate);
    let Some(brief::app::Effect::Load(load)) = effects.into_iter().next() else {
        panic!("a document to load");
    };
    assert_eq!(load.path, PathBuf::from("/lib/a.md"));
    assert!(!app.library.as_ref().unwrap().shown, "the reader is shown");
}

#[test]
fn the_order_cycles_and_is_saved_in_the_state() {
    let mut app = library_app();
    update(&mut app, Action::CycleSort);
    let lv = app.library.as_ref().unwrap();
    assert_eq!(lv.lib.at(0).unwrap().title, "bad.md");
    assert_eq!(app.session.state.library_sort(), Some("title"));
}

#[test]
fn indexing_results_join_actors_across_documents() {
    let dir = tempfile::tempdir().unwrap();
    let mut paths = Vec::new();
    for (name, text) in [
        ("a.md", "Kestrian Foreign Minister Helena Varga spoke.\n"),
        ("b.md", "Helena Varga met reporters.\n"),
    ] {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        paths.push(p);
    }
    let mut app = App::new(Vec::new(), 100, 20);
    app.library = Some(LibraryView::new(dir.path().to_path_buf()));
    let indexed: Vec<Indexed> = paths
        .iter()
        .map(|p| index_file(p, &Default::default()))
        .collect();
    apply(
        &mut app,
        vec![Update::Indexed(indexed)],
        Progress::default(),
    );
    let lv = app.library.as_ref().unwrap();
    let varga = lv
        .actors
        .by_documents()
        .into_iter()
        .find(|a| a.name.contains("Varga"))
        .expect("Varga indexed");
    assert_eq!(varga.docs.len(), 2);
}
