//! `brief themes`: list the themes (built in and the user's, the configured default marked),
//! and `brief themes --check FILE`: validate one theme file as the reader would load it.

use crate::config::settings::check_theme;
use crate::config::{ColourDepth, Theme};
use crate::storage::{self, Storage, THEMES_DIR};
use std::fmt::Write;
use std::path::Path;

/// Print the themes: one line each, `*` before the default the reader starts with, where it
/// comes from (built in, or its file). Problems with the user's settings go to stderr.
pub fn list(config_dir: Option<&Path>) -> anyhow::Result<u8> {
    let (settings, problems) = super::read::settings(config_dir, ColourDepth::TrueColor);
    let dir = storage::config_dir(config_dir);
    let user = match &dir {
        Some(dir) => Storage::open_read_only(dir).read_settings().1,
        None => Vec::new(),
    };
    let width = settings
        .themes
        .iter()
        .map(|t| t.name.chars().count())
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, theme) in settings.themes.iter().enumerate() {
        let mark = if i == settings.theme { '*' } else { ' ' };
        let name = crate::config::locate::one_line(&theme.name);
        let from = match (user.iter().any(|(n, _)| *n == theme.name), &dir) {
            (true, Some(dir)) => {
                let file = dir.join(THEMES_DIR).join(format!("{}.toml", theme.name));
                let replaces = Theme::builtin_text(&theme.name).is_some();
                let note = if replaces {
                    " (replaces the built-in)"
                } else {
                    ""
                };
                format!(
                    "{}{note}",
                    crate::config::locate::one_line(&file.display().to_string())
                )
            }
            _ => "built-in".to_string(),
        };
        let _ = writeln!(out, "{mark} {name:<width$}  {from}");
    }
    if let Some(dir) = &dir {
        let _ = writeln!(
            out,
            "\n* the default (`theme` in {}); your themes go in {}",
            crate::config::locate::one_line(&dir.join(storage::CONFIG_FILE).display().to_string()),
            crate::config::locate::one_line(&dir.join(THEMES_DIR).display().to_string())
        );
    }
    super::print_output(&out)?;
    for p in problems {
        eprintln!("brief: {p}");
    }
    Ok(0)
}

/// Check the theme file at `path`: `FILE: ok` and exit code 0, or one line per problem,
/// `FILE:LINE:COLUMN: what is wrong`, and exit code 1. The theme's name is the file's stem;
/// `inherits` is resolved against the built-ins and the user's themes, as in the reader.
pub fn check(path: &Path, config_dir: Option<&Path>) -> anyhow::Result<u8> {
    let shown = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| anyhow::anyhow!("{shown}: {e}"))?;
    let Ok(text) = String::from_utf8(bytes) else {
        println!(
            "{}:1:1: not UTF-8 text",
            crate::config::locate::one_line(&shown)
        );
        return Ok(1);
    };
    let name = path
        .file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
    let mut user = match storage::config_dir(config_dir) {
        Some(dir) => Storage::open_read_only(dir).read_settings().1,
        None => Vec::new(),
    };
    user.retain(|(n, _)| *n != name);
    user.push((name.clone(), text));
    match check_theme(&shown, &name, &user, ColourDepth::TrueColor) {
        Ok(_) => {
            super::print_output(&format!(
                "{}: ok (theme `{}`)\n",
                crate::config::locate::one_line(&shown),
                crate::config::locate::one_line(&name)
            ))?;
            Ok(0)
        }
        Err(problem) => {
            super::print_output(&format!("{problem}\n"))?;
            Ok(1)
        }
    }
}
