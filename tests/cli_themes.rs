//! The command line around the reader: `brief themes` (list, `--check`), `brief completions`,
//! `brief man`, and what `--help` says. Subcommand names are never read as file names.

use std::path::Path;
use std::process::{Command, Output};

/// Run `brief args` with its config directory at `config`; (exit code, stdout, stderr).
fn brief(config: &Path, args: &[&str]) -> (i32, String, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env("BRIEF_CONFIG_DIR", config)
        .env_remove("NO_COLOR")
        .output()
        .expect("run brief");
    (
        status.code().unwrap_or(-1),
        String::from_utf8_lossy(&stdout).into_owned(),
        String::from_utf8_lossy(&stderr).into_owned(),
    )
}

fn config_with_theme(name: &str, text: &str, config_toml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join("themes")).expect("themes dir");
    std::fs::write(dir.path().join("themes").join(format!("{name}.toml")), text).expect("theme");
    std::fs::write(dir.path().join("config.toml"), config_toml).expect("config");
    dir
}

#[test]
fn themes_lists_built_ins_and_the_users_and_marks_the_configured_one() {
    let dir = config_with_theme(
        "paper",
        "inherits = \"light\"\n[roles]\ntext = { fg = \"#101010\" }\n",
        "theme = \"paper\"\n",
    );
    let (code, out, err) = brief(dir.path(), &["themes"]);
    assert_eq!(code, 0, "{err}");
    for builtin in ["dark", "light", "high-contrast", "mono"] {
        let line = out
            .lines()
            .find(|l| l[2..].starts_with(builtin))
            .unwrap_or_else(|| panic!("{builtin} in {out}"));
        assert!(
            line.starts_with("  ") && line.ends_with("built-in"),
            "{line}"
        );
    }
    let paper = out
        .lines()
        .find(|l| l.contains("paper"))
        .expect("paper listed");
    assert!(paper.starts_with("* paper"), "{out}");
    assert!(paper.contains("themes/paper.toml"), "{out}");
}

#[test]
fn themes_check_names_file_line_and_column_of_a_broken_theme() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("broken.toml");
    std::fs::write(
        &file,
        "name = \"broken\"\n[roles]\ntext = { fg = \"red\" }\nborder = { fg = \"blurple\" }\n",
    )
    .expect("write");
    let shown = file.display().to_string();
    let (code, out, _) = brief(dir.path(), &["themes", "--check", &shown]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        out,
        format!(
            "{shown}:4:17: role `border`: `blurple` is not a colour (name, #rrggbb or 0-255)\n"
        )
    );

    std::fs::write(
        &file,
        "[roles]\n\ntext = { fg = \"red\", bold = \"yes\" }\n",
    )
    .expect("write");
    let (code, out, _) = brief(dir.path(), &["themes", "--check", &shown]);
    assert_eq!(code, 1, "{out}");
    assert!(out.starts_with(&format!("{shown}:3:")), "{out}");
    assert_eq!(out.lines().count(), 1, "one line: {out}");

    std::fs::write(
        &file,
        "inherits = \"mono\"\n[roles]\ntext = { bold = true }\n",
    )
    .expect("write");
    let (code, out, _) = brief(dir.path(), &["themes", "--check", &shown]);
    assert_eq!((code, out), (0, format!("{shown}: ok (theme `broken`)\n")));
}

#[test]
fn completions_are_printed_for_each_shell_and_name_the_subcommands() {
    let dir = tempfile::tempdir().expect("tempdir");
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let (code, out, err) = brief(dir.path(), &["completions", shell]);
        assert_eq!(code, 0, "{shell}: {err}");
        for sub in ["extract", "bookmarks", "themes", "completions", "man"] {
            assert!(out.contains(sub), "{shell} completions lack {sub}");
        }
    }
    let (code, _, err) = brief(dir.path(), &["completions", "tcsh"]);
    assert_eq!(code, 2, "an unknown shell is a usage error: {err}");
}

#[test]
fn a_subcommand_name_is_never_read_as_a_file_but_a_path_to_one_opens_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A file named like a subcommand, in the current directory.
    std::fs::write(dir.path().join("themes"), "Text.\n").expect("write");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(args)
            .current_dir(dir.path())
            .env("BRIEF_CONFIG_DIR", dir.path())
            .output()
            .expect("run")
    };
    let out = run(&["themes"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("high-contrast"));
    // `./themes` is a path: the reader tries to open it (no terminal here, so it stops after
    // loading, never with a usage error).
    let out = run(&["extract", "--format", "text", "./themes"]);
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn man_prints_a_roff_page_with_the_subcommands_and_keys() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = brief(dir.path(), &["man"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains(".TH brief 1"), "{out}");
    assert!(out.contains("themes") && out.contains("completions"));
    assert!(out.contains("BRIEF_CONFIG_DIR") && out.contains("scroll down"));
}

#[test]
fn help_lists_keys_environment_and_the_resolved_config_path() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out, err) = brief(dir.path(), &["--help"]);
    assert_eq!(code, 0, "{err}");
    for needle in [
        "Keys",
        "scroll down",
        "quit",
        "BRIEF_CONFIG_DIR",
        "NO_COLOR",
        "COLORTERM",
        "TERM",
        "LANG, LC_ALL",
    ] {
        assert!(out.contains(needle), "--help lacks {needle}:\n{out}");
    }
    let config = dir.path().join("config.toml").display().to_string();
    assert!(out.contains(&config), "--help names {config}:\n{out}");
    // --config-dir wins over the environment in what --help names, too.
    let other = tempfile::tempdir().expect("tempdir");
    let flag = other.path().display().to_string();
    let (_, out, _) = brief(dir.path(), &["--config-dir", &flag, "--help"]);
    assert!(
        out.contains(&other.path().join("config.toml").display().to_string()),
        "{out}"
    );
}
