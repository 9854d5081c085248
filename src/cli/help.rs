//! What `brief --help` (and the manual page) says after the options: the keys, the
//! environment variables read, and the files with their actual paths.

use crate::config::Keymap;
use crate::config::keymap::Mode;
use crate::storage::{self, BOOKMARKS_FILE, CONFIG_DIR_ENV, CONFIG_FILE, STATE_FILE, THEMES_DIR};
use std::fmt::Write;
use std::path::Path;

/// The text after the options: the default keys (from the embedded keymap), the
/// environment variables, and the config files in the directory `--config-dir` value `flag`
/// (else `$BRIEF_CONFIG_DIR`, else the platform's) resolves to.
pub fn after_help(flag: Option<&Path>) -> String {
    let mut out = String::from(
        "Keys (the defaults; [keys] in config.toml changes them; ? shows them in the reader):\n",
    );
    let keymap = Keymap::default();
    let rows: Vec<(String, &str)> = keymap
        .bindings(Mode::Reader)
        .iter()
        .filter(|(_, keys)| !keys.is_empty())
        .map(|(name, keys)| {
            let keys: Vec<String> = keys.iter().map(ToString::to_string).collect();
            (
                keys.join(", "),
                crate::app::keys::describe(Mode::Reader, name),
            )
        })
        .collect();
    let width = rows
        .iter()
        .map(|(k, _)| k.chars().count())
        .max()
        .unwrap_or(0);
    for (keys, what) in rows {
        let _ = writeln!(out, "  {keys:<width$}  {what}");
    }
    out.push_str("\nEnvironment:\n");
    let vars = [
        (CONFIG_DIR_ENV, "the config directory (--config-dir wins)"),
        (
            "NO_COLOR",
            "set and not empty: no colours; selection and matches by reverse and underline",
        ),
        (
            "COLORTERM",
            "truecolor or 24bit: 24-bit colour; anything else set: 256 colours",
        ),
        (
            "TERM",
            "without COLORTERM, *256color or *-direct: 256 colours; else 16",
        ),
        (
            "LANG, LC_ALL, LC_CTYPE",
            "without a UTF-8 locale: ASCII only (é as e, borders as +-|)",
        ),
    ];
    for (name, what) in vars {
        let _ = writeln!(out, "  {name:<22}  {what}");
    }
    out.push_str("\nFiles:\n");
    match storage::config_dir(flag) {
        Some(dir) => {
            let files = [
                (
                    CONFIG_FILE.to_string(),
                    "your settings: theme, wrap_width, [keys]",
                ),
                (
                    format!("{THEMES_DIR}/<name>.toml"),
                    "your themes (brief themes lists them)",
                ),
                (
                    STATE_FILE.to_string(),
                    "reading positions, read marks, theme (written by brief)",
                ),
                (
                    BOOKMARKS_FILE.to_string(),
                    "bookmarks and notes (written by brief)",
                ),
            ];
            for (name, what) in files {
                let path = dir.join(name).display().to_string();
                let _ = writeln!(
                    out,
                    "  {}\n      {what}",
                    crate::config::locate::one_line(&path)
                );
            }
        }
        None => out.push_str("  no config directory (no home directory?): set BRIEF_CONFIG_DIR\n"),
    }
    out
}

/// The `--config-dir` value among command-line `args`, found before clap parses them (the
/// help text names the directory it resolves to).
pub fn config_dir_flag(args: &[std::ffi::OsString]) -> Option<std::path::PathBuf> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let a = a.to_string_lossy();
        if a == "--" {
            break;
        }
        if a == "--config-dir" {
            return it.next().map(std::path::PathBuf::from);
        }
        if let Some(v) = a.strip_prefix("--config-dir=") {
            return Some(v.into());
        }
    }
    None
}
