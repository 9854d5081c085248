//! `config.toml` and user themes, from their text (storage reads the files): which theme is
//! the default, the keymap with the user's `[keys]` patch, the article's wrap width. A
//! mistake never stops the reader: it becomes one message naming the file, the line and what
//! is wrong, and the defaults stay.
//!
//! ```toml
//! theme = "light"      # a built-in or themes/<name>.toml
//! wrap_width = 72      # the article's widest line, at least 20
//! mouse = false        # leave the mouse to the terminal (on by default)
//! [keys]               # the reader's keys; [keys.list], [keys.popup], [keys.input] too
//! down = ["j", "down", "e"]
//! ```

use super::locate::{Part, Problem, item_span, span};
use super::{ColourDepth, Keymap, KeymapError, Theme};
use crate::storage::CONFIG_FILE;

/// Narrowest article text a `wrap_width` may ask for.
pub const MIN_WRAP_WIDTH: u16 = 20;

/// How deep `inherits` chains may go (a loop is cut there).
const MAX_INHERITS: usize = 8;

/// Everything the user's settings decide.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Built-ins (a user theme of the same name replaces one), then the user's own, by name.
    pub themes: Vec<Theme>,
    /// The default theme (index into `themes`); a theme chosen with `t` and saved wins.
    pub theme: usize,
    pub keymap: Keymap,
    /// The widest the article text is wrapped, when set.
    pub wrap_width: Option<u16>,
    /// Whether the reader takes the mouse (`mouse = false` leaves it to the terminal, for
    /// selecting text).
    pub mouse: bool,
    /// What was wrong, one line each, for the status line.
    pub problems: Vec<String>,
}

#[derive(serde::Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    theme: Option<String>,
    wrap_width: Option<u16>,
    mouse: Option<bool>,
    keys: Option<toml::Table>,
}

impl Settings {
    /// Resolve the settings from the text of `config.toml` (if any) and the user themes as
    /// (name, text), with colours reduced to `depth`.
    pub fn resolve(
        config: Option<&str>,
        user_themes: &[(String, String)],
        depth: ColourDepth,
    ) -> Settings {
        let mut problems = Vec::new();
        let themes = themes(user_themes, depth, &mut problems);
        let mut out = Settings {
            themes,
            theme: 0,
            keymap: Keymap::default(),
            wrap_width: None,
            mouse: true,
            problems,
        };
        let Some(text) = config else { return out };
        let problem = |at: Option<usize>, what: String| {
            Problem::new(CONFIG_FILE, text, at, &what).to_string()
        };
        let value_at = |path: &[&str]| span(text, path, Part::Value).map(|s| s.start);
        let file: ConfigFile = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let at = e.span().map(|s| s.start);
                out.problems
                    .push(problem(at, format!("{}; using the defaults", e.message())));
                return out;
            }
        };
        if let Some(name) = file.theme {
            let reported = user_themes.iter().any(|(n, _)| *n == name);
            match out.themes.iter().position(|t| t.name == name) {
                Some(i) => out.theme = i,
                // A broken user theme has its own message already.
                None if reported => {}
                None => out.problems.push(problem(
                    value_at(&["theme"]),
                    format!(
                        "theme `{name}` is neither built in nor in themes/; using {}",
                        out.themes.first().map_or("dark", |t| t.name.as_str())
                    ),
                )),
            }
        }
        if let Some(w) = file.wrap_width {
            if w >= MIN_WRAP_WIDTH {
                out.wrap_width = Some(w);
            } else {
                out.problems.push(problem(
                    value_at(&["wrap_width"]),
                    format!("wrap_width {w} is under {MIN_WRAP_WIDTH}; ignored"),
                ));
            }
        }
        out.mouse = file.mouse.unwrap_or(true);
        if let Some(keys) = file.keys {
            let mut map = Keymap::default();
            match map.patch(&keys) {
                Ok(()) => out.keymap = map,
                Err(e) => {
                    let at = keymap_error_span(text, &e).map(|s| s.start);
                    let what = e.to_string();
                    let what = what.strip_prefix("keys: ").unwrap_or(&what);
                    out.problems.push(problem(
                        at,
                        format!("[keys] {what}; using the default keys"),
                    ));
                }
            }
        }
        out
    }
}

/// The built-in themes with the user's over them, then the user's new ones.
fn themes(user: &[(String, String)], depth: ColourDepth, problems: &mut Vec<String>) -> Vec<Theme> {
    let mut out = Theme::builtins(depth);
    for (name, text) in user {
        match user_theme(name, user, depth, &mut Vec::new()) {
            Ok(theme) => match out.iter_mut().find(|t| t.name == *name) {
                Some(slot) => *slot = theme,
                None => out.push(theme),
            },
            Err((why, at)) => {
                let file = format!("themes/{name}.toml");
                let what = format!("{why}; theme skipped");
                problems.push(Problem::new(&file, text, at, &what).to_string());
            }
        }
    }
    out
}

/// What is wrong with a theme and the byte in its text where, when known.
type ThemeProblem = (String, Option<usize>);

/// Check the user theme `name` (its text among `user`, the user's themes as (name, text))
/// as the reader would load it: the theme, or what is wrong with it, located in its text
/// and named by `file`.
pub fn check_theme(
    file: &str,
    name: &str,
    user: &[(String, String)],
    depth: ColourDepth,
) -> Result<Theme, Problem> {
    let text = user
        .iter()
        .find(|(n, _)| n == name)
        .map_or("", |(_, t)| t.as_str());
    user_theme(name, user, depth, &mut Vec::new())
        .map_err(|(why, at)| Problem::new(file, text, at, &why))
}

/// The user theme `name` with what it inherits applied under it; `chain` holds the themes
/// on the way here (a loop is an error).
fn user_theme(
    name: &str,
    user: &[(String, String)],
    depth: ColourDepth,
    chain: &mut Vec<String>,
) -> Result<Theme, ThemeProblem> {
    let Some((_, text)) = user.iter().find(|(n, _)| n == name) else {
        return Err((format!("no theme `{name}`"), None));
    };
    let table: toml::Table = toml::from_str(text)
        .map_err(|e: toml::de::Error| (e.message().to_string(), e.span().map(|s| s.start)))?;
    chain.push(name.to_string());
    let base = match table.get("inherits") {
        None => Theme::default(),
        Some(toml::Value::String(parent)) => {
            let line = span(text, &["inherits"], Part::Value).map(|s| s.start);
            // A theme inheriting its own name builds on the built-in of that name.
            if parent != name && chain.iter().any(|c| c == parent) || chain.len() > MAX_INHERITS {
                let path = format!("{} -> {parent}", chain.join(" -> "));
                return Err((format!("`inherits` goes round in a loop: {path}"), line));
            }
            let user_parent = parent != name && user.iter().any(|(n, _)| n == parent);
            if user_parent {
                user_theme(parent, user, depth, chain).map_err(|(why, _)| {
                    let why = if why.starts_with("`inherits` goes round") {
                        why
                    } else {
                        format!("inherits `{parent}`, which is broken (themes/{parent}.toml)")
                    };
                    (why, line)
                })?
            } else if let Some(builtin) = Theme::builtin_text(parent) {
                Theme::parse(parent, builtin, depth).map_err(|e| (e.to_string(), line))?
            } else {
                return Err((format!("inherits `{parent}`, which is no theme"), line));
            }
        }
        Some(_) => {
            let line = span(text, &["inherits"], Part::Value).map(|s| s.start);
            return Err((
                "`inherits` must be a theme name in quotes".to_string(),
                line,
            ));
        }
    };
    let mut theme = Theme::parse_over(base, name, text, depth)
        .map_err(|e| (e.what(), e.span(text).map(|s| s.start)))?;
    // The file name is what config.toml and the status line call it.
    theme.name = name.to_string();
    Ok(theme)
}

/// The TOML path of an action as a keymap error names it: `keys.undo` for the reader's
/// (written bare), `keys.list.undo` for another mode's (written `list.undo`).
fn keys_path(action: &str) -> Vec<&str> {
    let mut path = vec!["keys"];
    path.extend(action.split('.'));
    path
}

/// Where in config.toml a keymap error is: the key or the action it is about.
fn keymap_error_span(text: &str, e: &KeymapError) -> Option<std::ops::Range<usize>> {
    match e {
        KeymapError::Toml(_) => None,
        KeymapError::UnknownAction(a) => span(text, &keys_path(a), Part::Key),
        KeymapError::NotAList { action } => span(text, &keys_path(action), Part::Value),
        KeymapError::UnknownKey { action, key } => item_span(text, &keys_path(action), key),
        // Either action may be the one the patch binds (the other keeps a default key).
        KeymapError::Conflict { first, second, key } => item_span(text, &keys_path(second), key)
            .or_else(|| item_span(text, &keys_path(first), key)),
    }
}
