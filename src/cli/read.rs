//! The interactive reader around [`crate::tui`]: load the saved reading state and bookmarks,
//! put each document back where it was left, save a couple of seconds after each change,
//! open the documents bookmarks point to, and save once more on the way out (quit, signal
//! or lost terminal).

use crate::app::{App, Effect, session};
use crate::config::{ColourDepth, Settings, Theme};
use crate::storage::{self, Storage};
use crate::tui::{Exit, report};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long after the first unsaved change the state is written: often enough that a
/// killed reader loses little, rarely enough that scrolling does not write on every line.
pub const SAVE_DELAY: Duration = Duration::from_secs(2);
/// How long quitting waits for the library cache to be written (see `Loader::finish`).
const CACHE_WAIT: Duration = Duration::from_millis(1500);

/// `brief [PATHS]`: open the documents (before touching the terminal, so errors leave it as it
/// was), then run the reader; the exit code is 128 + n after signal n, 1 when the terminal
/// was lost. Paths that cannot be opened are listed in the status line and, once the reader
/// ends, on standard error; only when none can be opened does it fail (one line each).
pub fn start(paths: &[PathBuf], config_dir: Option<&Path>) -> anyhow::Result<u8> {
    // One folder opens as a library: listed and indexed in the background, so the first
    // frame does not wait for it. Several paths open in the reader, and `D` shows them as
    // a library too.
    let (folder, library) = library_of(paths)?;
    let (docs, skipped) = if paths.is_empty() {
        (crate::load::samples(), Vec::new())
    } else if folder {
        (Vec::new(), Vec::new())
    } else {
        let opened = crate::load::open_library(paths)?;
        (opened.documents, opened.skipped)
    };
    if docs.is_empty() && !folder {
        match skipped.is_empty() {
            true => anyhow::bail!("no document to show"),
            false => anyhow::bail!("{}", lines(&skipped).join("\n")),
        }
    }
    let env = |k: &str| std::env::var(k).ok();
    let depth = ColourDepth::detect(
        env("NO_COLOR").as_deref(),
        env("COLORTERM").as_deref(),
        env("TERM").as_deref(),
    );
    let (settings, problems) = settings(config_dir, depth);
    let themes = settings.themes;
    let mut app = App::new_deferred(docs, 80, 24);
    app.keymap = settings.keymap;
    app.library = library.map(|roots| {
        let mut view = crate::app::library::LibraryView::of(roots);
        view.shown = folder;
        view
    });
    app.themes = themes.iter().map(|t| t.name.clone()).collect();
    // The default from config.toml; a theme chosen with `t` and saved in the state wins.
    app.theme = settings.theme;
    app.set_wrap_width(settings.wrap_width);
    let mut messages = problems;
    if !skipped.is_empty() {
        // Names only: full paths would not fit; the reasons follow on stderr at the end.
        let names: Vec<&str> = skipped.iter().map(|e| short_name(e.path())).collect();
        messages.push(format!(
            "could not open {}: {} (reasons listed on exit)",
            plural(skipped.len(), "path"),
            names.join(", ")
        ));
    }
    if !messages.is_empty() {
        app.message = Some(messages.join("; "));
    }
    let (_app, exit, gone) = run(app, &themes, settings.mouse, config_dir)?;
    // Nothing more for a terminal that is gone (a standard error that is that terminal).
    if !(gone && std::io::stderr().is_terminal()) {
        if let Exit::TerminalLost(why) = &exit {
            report(&format!("brief: terminal lost: {why}"));
        }
        for line in lines(&skipped) {
            report(&format!("brief: could not open {line}"));
        }
    }
    Ok(exit.code())
}

/// Whether `paths` is one folder (opened as a library first), and the library's roots:
/// that folder, or several paths (opened in the reader; `D` shows them as a library).
/// A single file, or paths with stdin (`-`), make no library.
fn library_of(paths: &[PathBuf]) -> std::io::Result<(bool, Option<Vec<PathBuf>>)> {
    let folder = matches!(paths, [dir] if dir.is_dir());
    let several = paths.len() > 1 && paths.iter().all(|p| p.as_os_str() != "-");
    if !(folder || several) {
        return Ok((false, None));
    }
    let roots = paths
        .iter()
        .map(std::path::absolute)
        .collect::<std::io::Result<_>>()?;
    Ok((folder, Some(roots)))
}

/// Each problem as its one-line message.
fn lines(problems: &[crate::load::LoadError]) -> Vec<String> {
    problems.iter().map(|e| e.to_string()).collect()
}

/// The last component of a path as shown (`/a/b/locked` is `locked`).
fn short_name(path: &str) -> &str {
    let trimmed = path.trim_end_matches('/');
    trimmed
        .rsplit('/')
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(path)
}

/// "1 path", "3 paths".
fn plural(n: usize, noun: &str) -> String {
    match n {
        1 => format!("1 {noun}"),
        n => format!("{n} {noun}s"),
    }
}

/// The user's settings (config.toml, themes/) and what was wrong with them.
pub fn settings(config_dir: Option<&Path>, depth: ColourDepth) -> (Settings, Vec<String>) {
    let (config, themes, mut problems) = match storage::config_dir(config_dir) {
        Some(dir) => {
            let mut storage = Storage::open_read_only(dir);
            let (config, themes) = storage.read_settings();
            (config, themes, storage.take_messages())
        }
        None => (None, Vec::new(), Vec::new()),
    };
    let mut settings = Settings::resolve(config.as_deref(), &themes, depth);
    problems.append(&mut settings.problems);
    (settings, problems)
}

/// Run the reader on `app` with the state kept in `config_dir` (else `$BRIEF_CONFIG_DIR`,
/// else the platform's directory). Storage problems show in the status line; reading
/// works without a usable directory. Whatever ends the session (quit, signal, lost
/// terminal, panic), the state and bookmarks are saved before the terminal is restored.
/// `mouse` turns the mouse on (`mouse = false` in config.toml leaves it to the terminal).
/// Returns the app as it ended, why, and whether the terminal was gone by then.
pub fn run(
    mut app: App,
    themes: &[Theme],
    mouse: bool,
    config_dir: Option<&Path>,
) -> std::io::Result<(App, Exit, bool)> {
    // Nothing is created in the config directory for a run that cannot start.
    crate::tui::check_terminal()?;
    let mut storage = Storage::open_configured(config_dir);
    make_paths_absolute(&mut app);
    let (state, bookmarks) = storage.load();
    session::restore(&mut app, state, bookmarks);
    show_messages(&mut app, &mut storage);
    // `notify` wakes the loop from background work, which then calls the tick: extraction,
    // big wraps and the library's indexing run on the one worker; the tick applies results.
    let (events, notify) = crate::tui::channel();
    let worker = std::sync::Arc::new(crate::worker::Worker::new(std::sync::Arc::clone(&notify)));
    app.attach_worker(std::sync::Arc::clone(&worker));
    let wake_at = events.timer();
    let mut timer = SaveTimer::default();
    crate::app::library::restore(&mut app);
    let mut loader = app
        .library
        .as_ref()
        .map(|l| crate::library::loader::Loader::start(l.roots.clone(), notify));
    let mut tick = |app: &mut App, effects: Vec<Effect>| {
        let mut redraw = false;
        for effect in effects {
            if let Effect::Load(req) = effect {
                open_requested(app, req);
                redraw = true;
            }
        }
        let (changed, indexed) = app.apply_worker_results();
        redraw |= changed;
        redraw |= library_tick(app, loader.as_mut(), &worker, indexed);
        redraw |= crate::app::library::select_wanted(app);
        if timer.due(app.session.is_dirty(), Instant::now()) {
            save(app, &mut storage);
            redraw |= show_messages(app, &mut storage);
        }
        wake_at.set(timer.deadline());
        redraw
    };
    let mut screen = crate::tui::Screen::enter(&events, mouse)?;
    let view = crate::tui::View::new(themes);
    let mut exit = screen.run(&mut app, &view, &events, &mut tick);
    // Saved first: restoring may block or fail on a terminal that is going away.
    let saved = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        save(&mut app, &mut storage)
    }));
    // The library's index cache: what was indexed is kept for the next open. Bounded, as
    // every way out must end within 3 s.
    if let Some(loader) = loader.as_mut() {
        loader.finish(CACHE_WAIT);
    }
    let gone = screen.terminal_lost();
    screen.leave();
    if saved.is_err() && exit == Exit::Quit {
        exit = Exit::Panicked("saving the state".to_string());
    }
    // The terminal is restored by now: what went wrong while saving goes to stderr.
    if !(gone && std::io::stderr().is_terminal()) {
        for msg in storage.take_messages() {
            report(&format!("brief: {msg}"));
        }
    }
    Ok((app, exit, gone))
}

/// When a save is due: [`SAVE_DELAY`] after the first change not yet saved (so a steady
/// stream of changes is still saved every couple of seconds).
#[derive(Debug, Default)]
struct SaveTimer {
    since: Option<Instant>,
}

impl SaveTimer {
    /// Whether to save now, given whether there are unsaved changes; a save (successful
    /// or not) starts the wait again.
    fn due(&mut self, dirty: bool, now: Instant) -> bool {
        if !dirty {
            self.since = None;
            return false;
        }
        let since = *self.since.get_or_insert(now);
        if now.duration_since(since) >= SAVE_DELAY {
            self.since = None;
            return true;
        }
        false
    }

    /// When [`SaveTimer::due`] will next say yes if nothing is saved meanwhile: the event
    /// loop's deadline, `None` when nothing waits to be saved.
    fn deadline(&self) -> Option<Instant> {
        self.since.map(|since| since + SAVE_DELAY)
    }
}

fn save(app: &mut App, storage: &mut Storage) {
    let s = &mut app.session;
    if s.is_dirty() {
        storage.save(&mut s.state, &mut s.bookmarks);
    }
}

/// Put the storage's messages (each shown once) into the status line; true if there were.
fn show_messages(app: &mut App, storage: &mut Storage) -> bool {
    let msgs = storage.take_messages();
    if msgs.is_empty() {
        return false;
    }
    let mut text = msgs.join("; ");
    if let Some(before) = app.message.take() {
        text = format!("{before}; {text}");
    }
    app.message = Some(text);
    true
}

/// Feed the library's loader and apply what it produced; true when the screen changed.
fn library_tick(
    app: &mut App,
    loader: Option<&mut crate::library::loader::Loader>,
    worker: &crate::worker::Worker,
    indexed: Vec<Vec<crate::library::index::Indexed>>,
) -> bool {
    let Some(loader) = loader else {
        return false;
    };
    let updates = loader.poll(worker, indexed);
    let mut changed = crate::app::library::apply(app, updates, loader.progress());
    // `r` while a scan or indexing runs waits for it to end (the flag stays set), then
    // rescans: what changed meanwhile is picked up, nothing is indexed twice at once.
    if let Some(l) = app.library.as_mut()
        && l.rescan
        && loader.rescan()
    {
        l.rescan = false;
        changed |= crate::app::library::apply(app, Vec::new(), loader.progress());
    }
    changed
}

/// Load the document a bookmark (or the library) asked for ([`Effect::Load`]).
fn open_requested(app: &mut App, req: session::LoadRequest) {
    match crate::load::open_file(&req.path) {
        Ok(mut doc) => {
            doc.path = Some(req.path);
            session::open_loaded(app, doc, req.at);
        }
        Err(e) => app.message = Some(format!("cannot open the document: {e}")),
    }
}

/// The state finds a document by its last path too, so the same file must always be named
/// the same way whatever the working directory.
fn make_paths_absolute(app: &mut App) {
    for open in &mut app.docs {
        if let Some(p) = &open.doc.path
            && let Ok(abs) = std::path::absolute(p)
        {
            open.doc.path = Some(abs);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_folder_or_several_paths_make_a_library() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path().to_path_buf();
        let a = d.join("a.md");
        let (folder, roots) = library_of(std::slice::from_ref(&d)).unwrap();
        assert!(folder);
        assert_eq!(roots, Some(vec![d.clone()]));
        let (folder, roots) = library_of(&[a.clone(), d.join("b.md")]).unwrap();
        assert!(!folder, "several files open in the reader");
        assert_eq!(
            roots.map(|r| r.len()),
            Some(2),
            "and `D` shows their library"
        );
        assert_eq!(library_of(std::slice::from_ref(&a)).unwrap(), (false, None));
        let stdin = PathBuf::from("-");
        assert_eq!(library_of(&[a, stdin]).unwrap(), (false, None));
        assert_eq!(library_of(&[]).unwrap(), (false, None));
    }

    #[test]
    fn a_save_comes_a_couple_of_seconds_after_the_first_change() {
        let t0 = Instant::now();
        let at = |ms| t0 + Duration::from_millis(ms);
        let mut timer = SaveTimer::default();
        assert!(!timer.due(false, at(0)));
        assert!(!timer.due(true, at(100)), "not on the change itself");
        assert!(!timer.due(true, at(1500)), "nor on each further change");
        assert!(timer.due(true, at(2100)));
        assert!(!timer.due(true, at(2200)), "the wait starts again");
        assert!(!timer.due(false, at(5000)), "nothing to save");
        assert!(!timer.due(true, at(5100)));
        assert!(timer.due(true, at(7100)));
    }

    #[test]
    fn the_loop_wakes_for_a_save_only_while_one_waits() {
        let t0 = Instant::now();
        let mut timer = SaveTimer::default();
        assert_eq!(timer.deadline(), None);
        timer.due(true, t0);
        assert_eq!(timer.deadline(), Some(t0 + SAVE_DELAY));
        assert!(timer.due(true, t0 + SAVE_DELAY));
        assert_eq!(timer.deadline(), None, "saved: no more wake-ups");
    }
}
