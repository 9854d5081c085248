//! The interactive reader around [`crate::tui`]: load the saved reading state and bookmarks,
//! put each document back where it was left, save a couple of seconds after each change,
//! open the documents bookmarks point to, and save once more on the way out (quit, signal
//! or lost terminal).

use crate::app::{App, Effect, session};
use crate::config::{ColourDepth, Settings, Theme};
use crate::storage::{self, Storage};
use crate::tui::Exit;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long after the first unsaved change the state is written: often enough that a
/// killed reader loses little, rarely enough that scrolling does not write on every line.
pub const SAVE_DELAY: Duration = Duration::from_secs(2);

/// `brief [PATHS]`: open the documents (before touching the terminal, so errors leave it as it
/// was), then run the reader; the exit code is 128 + n after signal n.
pub fn start(paths: &[PathBuf], config_dir: Option<&Path>) -> anyhow::Result<u8> {
    let (docs, skipped) = if paths.is_empty() {
        (crate::load::samples(), Vec::new())
    } else {
        let opened = crate::load::open_library(paths)?;
        (opened.documents, opened.skipped)
    };
    if docs.is_empty() {
        anyhow::bail!("no document to show");
    }
    let env = |k: &str| std::env::var(k).ok();
    let depth = ColourDepth::detect(
        env("NO_COLOR").as_deref(),
        env("COLORTERM").as_deref(),
        env("TERM").as_deref(),
    );
    let (settings, problems) = settings(config_dir, depth);
    let themes = settings.themes;
    let mut app = App::new(docs, 80, 24);
    app.keymap = settings.keymap;
    app.themes = themes.iter().map(|t| t.name.clone()).collect();
    // The default from config.toml; a theme chosen with `t` and saved in the state wins.
    app.theme = settings.theme;
    app.set_wrap_width(settings.wrap_width);
    let mut messages = problems;
    if let Some(first) = skipped.first() {
        messages.push(format!("skipped {} file(s): {first}", skipped.len()));
    }
    if !messages.is_empty() {
        app.message = Some(messages.join("; "));
    }
    let (_app, exit) = run(app, &themes, config_dir)?;
    if let Exit::TerminalLost(why) = &exit {
        eprintln!("brief: terminal lost: {why}");
    }
    Ok(exit.code())
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
/// works without a usable directory.
pub fn run(
    mut app: App,
    themes: &[Theme],
    config_dir: Option<&Path>,
) -> std::io::Result<(App, Exit)> {
    // Nothing is created in the config directory for a run that cannot start.
    crate::tui::check_terminal()?;
    let mut storage = Storage::open_configured(config_dir);
    make_paths_absolute(&mut app);
    let (state, bookmarks) = storage.load();
    session::restore(&mut app, state, bookmarks);
    show_messages(&mut app, &mut storage);
    let mut timer = SaveTimer::default();
    let mut tick = |app: &mut App, effects: Vec<Effect>| {
        let mut redraw = false;
        for effect in effects {
            if let Effect::Load(req) = effect {
                open_requested(app, req);
                redraw = true;
            }
        }
        if timer.due(app.session.is_dirty(), Instant::now()) {
            save(app, &mut storage);
            redraw |= show_messages(app, &mut storage);
        }
        redraw
    };
    let (mut app, exit) = crate::tui::run_with(app, themes, &mut tick)?;
    save(&mut app, &mut storage);
    // The terminal is restored by now: what went wrong while saving goes to stderr.
    for msg in storage.take_messages() {
        eprintln!("brief: {msg}");
    }
    Ok((app, exit))
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

/// Load the document a bookmark asked for.
fn open_requested(app: &mut App, req: session::LoadRequest) {
    match crate::load::open_file(&req.path) {
        Ok(mut doc) => {
            doc.path = Some(req.path);
            session::open_loaded(app, doc, req.at);
        }
        Err(e) => app.message = Some(format!("cannot open the bookmarked document: {e}")),
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
}
