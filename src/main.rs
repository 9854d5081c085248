//! The `brief` binary: parse arguments, dispatch to a command, map errors to exit codes.

use brief::cli::extract::Format;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// A terminal reader for briefings: article, actors, claims and disputes side by side.
#[derive(Parser)]
#[command(name = "brief", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Documents or folders to open; `-` reads stdin. None: the bundled samples.
    paths: Vec<PathBuf>,
    /// Where reading state and bookmarks live (default: $BRIEF_CONFIG_DIR, else ~/.config/brief).
    #[arg(long, global = true, value_name = "DIR")]
    config_dir: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the actors, claims and disputes of a document.
    Extract {
        path: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
    /// List or export all bookmarks, grouped by document.
    Bookmarks {
        #[arg(long, value_enum, default_value = "text")]
        format: brief::cli::bookmarks::Format,
    },
    /// Test support: save bookmarks in a loop until killed.
    #[command(hide = true)]
    WriteBookmarksLoop,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Extract { path, format }) => extract(&path, format).map(|()| 0),
        Some(Command::Bookmarks { format }) => {
            brief::cli::bookmarks::run(cli.config_dir.as_deref(), format).map(|()| 0)
        }
        Some(Command::WriteBookmarksLoop) => {
            brief::cli::bookmarks::write_loop(cli.config_dir.as_deref()).map(|()| 0)
        }
        None => read(&cli.paths, cli.config_dir.as_deref()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("brief: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn extract(path: &std::path::Path, format: Format) -> anyhow::Result<()> {
    let doc = if path.as_os_str() == "-" {
        brief::load::read_stdin()?
    } else {
        brief::load::open_file(path)?
    };
    brief::cli::print_output(&brief::cli::extract::render(&doc, format)?)?;
    Ok(())
}

/// Open the documents (before touching the terminal, so errors leave it as it was), then run
/// the reader; the exit code is 128 + n after signal n.
fn read(paths: &[PathBuf], config_dir: Option<&std::path::Path>) -> anyhow::Result<u8> {
    let (docs, skipped) = if paths.is_empty() {
        (brief::load::samples(), Vec::new())
    } else {
        let opened = brief::load::open_library(paths)?;
        (opened.documents, opened.skipped)
    };
    if docs.is_empty() {
        anyhow::bail!("no document to show");
    }
    let env = |k: &str| std::env::var(k).ok();
    let depth = brief::config::ColourDepth::detect(
        env("NO_COLOR").as_deref(),
        env("COLORTERM").as_deref(),
        env("TERM").as_deref(),
    );
    let (settings, problems) = settings(config_dir, depth);
    let themes = settings.themes;
    let keymap = settings.keymap;
    let mut app = brief::app::App::new(docs, 80, 24);
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
    let (_app, exit) = brief::cli::read::run(app, &themes, &keymap, config_dir)?;
    if let brief::tui::Exit::TerminalLost(why) = &exit {
        eprintln!("brief: terminal lost: {why}");
    }
    Ok(exit.code())
}

/// The user's settings (config.toml, themes/) and what was wrong with them.
fn settings(
    config_dir: Option<&std::path::Path>,
    depth: brief::config::ColourDepth,
) -> (brief::config::Settings, Vec<String>) {
    let (config, themes, mut problems) = match brief::storage::config_dir(config_dir) {
        Some(dir) => {
            let mut storage = brief::storage::Storage::open_read_only(dir);
            let (config, themes) = storage.read_settings();
            (config, themes, storage.take_messages())
        }
        None => (None, Vec::new(), Vec::new()),
    };
    let mut settings = brief::config::Settings::resolve(config.as_deref(), &themes, depth);
    problems.append(&mut settings.problems);
    (settings, problems)
}
