//! The library's background loader on real files (no terminal): a library of several paths
//! with a missing one, the index cache written when the session ends mid-way, and `r` while
//! indexing runs. Its own test binary, as it points `BRIEF_CACHE_DIR` at a temp dir.

mod common;

#[path = "../benches/library_gen.rs"]
mod library_gen;

use brief::app::library::{LibraryView, apply};
use brief::app::{Action, App, update};
use brief::library::loader::{Loader, Update};
use brief::worker::{Done, Notify, Worker};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

#[test]
fn a_library_of_several_paths_lists_files_and_folders_and_notes_a_missing_one() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder");
    library_gen::generate_sized(&folder, 3, 1, 300).unwrap();
    let file = dir.path().join("one.md");
    std::fs::write(&file, "# One\n\nText.\n").unwrap();
    let missing = dir.path().join("missing.md");
    let (files, problems) =
        brief::load::find_library(&[file.clone(), folder.clone(), missing, file.clone()]);
    assert_eq!(
        files.len(),
        4,
        "3 in the folder and the file, once: {files:?}"
    );
    assert!(files.contains(&file));
    assert_eq!(problems.len(), 1, "{problems:?}");
    let problem = problems[0].to_string();
    assert!(problem.contains("missing.md"), "{problem}");
    assert!(!problem.contains('\n'), "one line: {problem}");
}

/// Poll `loader` as the event loop's tick would, until `done` says so (or 60 s pass).
fn pump(
    app: &mut App,
    loader: &mut Loader,
    worker: &Worker,
    mut done: impl FnMut(&App, &Loader) -> bool,
) {
    let start = Instant::now();
    while !done(app, loader) {
        assert!(start.elapsed() < Duration::from_secs(60), "loading stalled");
        let mut indexed = Vec::new();
        for d in worker.drain() {
            if let Done::Indexed(b) = d {
                indexed.push(b);
            }
        }
        let updates: Vec<Update> = loader.poll(worker, indexed);
        apply(app, updates, loader.progress());
        std::thread::sleep(Duration::from_millis(2));
    }
}

#[test]
fn ending_the_session_writes_the_cache_of_what_was_indexed_and_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    // SAFETY: the only test in this binary that reads the variable; set before any thread
    // of the library code starts.
    unsafe { std::env::set_var("BRIEF_CACHE_DIR", &cache) };
    let lib = dir.path().join("lib");
    library_gen::generate_sized(&lib, 300, 3, 2000).unwrap();
    let root = std::path::absolute(&lib).unwrap();
    let mut app = App::new(Vec::new(), 100, 30);
    app.library = Some(LibraryView::new(root.clone()));
    let notify: Notify = Arc::new(|| {});
    let worker = Worker::new(Arc::clone(&notify));
    let mut loader = Loader::start(vec![root.clone()], notify);
    // Quit as soon as anything is indexed: most of the library is still to do.
    pump(&mut app, &mut loader, &worker, |_, l| {
        l.progress().indexed > 0
    });
    let indexed = loader.progress().indexed;
    assert!(
        loader.finish(Duration::from_secs(30)),
        "the writer ended in time"
    );
    let path = brief::storage::library_cache_path(&[root]).expect("a cache path");
    let bytes = std::fs::read(&path).expect("the cache was written before finish returned");
    let cached = brief::library::cache::decode(&bytes).expect("a whole, valid cache");
    assert!(
        cached.len() == indexed && indexed > 0,
        "{} cached, {indexed} indexed when the session ended",
        cached.len()
    );
}

#[test]
fn r_while_indexing_waits_for_it_and_says_so() {
    let mut app = App::new(Vec::new(), 100, 30);
    app.library = Some(LibraryView::new(PathBuf::from("/lib")));
    assert!(app.library.as_ref().unwrap().progress.busy);
    update(&mut app, Action::Rescan);
    let lv = app.library.as_ref().unwrap();
    assert!(
        lv.rescan,
        "the rescan stays asked for until the loader can start it"
    );
    let message = app.message.clone().unwrap_or_default();
    assert!(message.contains("when indexing is done"), "{message}");
}
