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

use super::{ColourDepth, Keymap, Theme};

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
        let file: ConfigFile = match toml::from_str(text) {
            Ok(f) => f,
            Err(e) => {
                let line = e.span().map_or(1, |s| line_at(text, s.start));
                out.problems.push(format!(
                    "config.toml: line {line}: {}; using the defaults",
                    one_line(e.message())
                ));
                return out;
            }
        };
        if let Some(name) = file.theme {
            let reported = user_themes.iter().any(|(n, _)| *n == name);
            match out.themes.iter().position(|t| t.name == name) {
                Some(i) => out.theme = i,
                // A broken user theme has its own message already.
                None if reported => {}
                None => out.problems.push(format!(
                    "config.toml: line {}: theme `{}` is neither built in nor in themes/; using {}",
                    line_of_key(text, None, "theme"),
                    one_line(&name),
                    out.themes.first().map_or("dark", |t| t.name.as_str())
                )),
            }
        }
        if let Some(w) = file.wrap_width {
            if w >= MIN_WRAP_WIDTH {
                out.wrap_width = Some(w);
            } else {
                out.problems.push(format!(
                    "config.toml: line {}: wrap_width {w} is under {MIN_WRAP_WIDTH}; ignored",
                    line_of_key(text, None, "wrap_width")
                ));
            }
        }
        out.mouse = file.mouse.unwrap_or(true);
        if let Some(keys) = file.keys {
            let mut map = Keymap::default();
            match map.patch(&keys) {
                Ok(()) => out.keymap = map,
                Err(e) => {
                    let (section, key) = e.place();
                    let line = line_of_key(text, Some(&section), key);
                    let what = e.to_string();
                    let what = what.strip_prefix("keys: ").unwrap_or(&what);
                    out.problems.push(format!(
                        "config.toml: line {line}: [keys] {what}; using the default keys"
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
            Err(why) => {
                let line = why.1.unwrap_or_else(|| first_line_naming(text, &why.0));
                problems.push(format!(
                    "themes/{}.toml: line {line}: {}; theme skipped",
                    one_line(name),
                    one_line(&why.0)
                ));
            }
        }
    }
    out
}

/// What is wrong with a theme and the line, when known.
type ThemeProblem = (String, Option<usize>);

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
    let table: toml::Table = toml::from_str(text).map_err(|e: toml::de::Error| {
        let line = e.span().map(|s| line_at(text, s.start));
        (e.message().to_string(), line)
    })?;
    chain.push(name.to_string());
    let base = match table.get("inherits") {
        None => Theme::default(),
        Some(toml::Value::String(parent)) => {
            let line = Some(line_of_key(text, None, "inherits"));
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
            let line = Some(line_of_key(text, None, "inherits"));
            return Err((
                "`inherits` must be a theme name in quotes".to_string(),
                line,
            ));
        }
    };
    let mut theme = Theme::parse_over(base, name, text, depth).map_err(|e| {
        let msg = e.to_string();
        let msg = msg
            .strip_prefix(&format!("theme {name}: "))
            .unwrap_or(&msg)
            .to_string();
        (msg, None)
    })?;
    // The file name is what config.toml and the status line call it.
    theme.name = name.to_string();
    Ok(theme)
}

/// The 1-based line of byte `at` in `text`.
fn line_at(text: &str, at: usize) -> usize {
    let at = at.min(text.len());
    text.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The line where `key` is set (inside `[section]` when given), else 1.
fn line_of_key(text: &str, section: Option<&str>, key: &str) -> usize {
    let mut current: Option<&str> = None;
    for (i, line) in text.lines().enumerate() {
        let t = line.trim();
        if let Some(head) = t.strip_prefix('[') {
            current = Some(head.trim_end_matches(']').trim());
            continue;
        }
        let name = t.split('=').next().unwrap_or("").trim().trim_matches('"');
        if current == section && !key.is_empty() && name == key {
            return i + 1;
        }
    }
    1
}

/// The first line mentioning a `quoted` word of `why` (a role or a value), else 1.
fn first_line_naming(text: &str, why: &str) -> usize {
    let word = why.split('`').nth(1).unwrap_or("");
    if word.is_empty() {
        return 1;
    }
    text.lines()
        .position(|l| l.contains(word))
        .map_or(1, |i| i + 1)
}

/// Messages go to a one-line status: no line breaks or control characters.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
