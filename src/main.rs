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
}

#[derive(Subcommand)]
enum Command {
    /// Print the actors, claims and disputes of a document.
    Extract {
        path: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Extract { path, format }) => extract(&path, format).map(|()| 0),
        None => read(&cli.paths),
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
    let doc = brief::load::open_file(path)?;
    print!("{}", brief::cli::extract::render(&doc, format)?);
    Ok(())
}

/// Open the documents (before touching the terminal, so errors leave it as it was), then run
/// the reader; the exit code is 128 + n after signal n.
fn read(paths: &[PathBuf]) -> anyhow::Result<u8> {
    let docs = open_paths(paths)?;
    let env = |k: &str| std::env::var(k).ok();
    let depth = brief::config::ColourDepth::detect(
        env("NO_COLOR").as_deref(),
        env("COLORTERM").as_deref(),
        env("TERM").as_deref(),
    );
    let themes = brief::config::Theme::builtins(depth);
    let keymap = brief::config::Keymap::default();
    let mut app = brief::app::App::new(docs, 80, 24);
    app.themes = themes.iter().map(|t| t.name.clone()).collect();
    let (_app, exit) = brief::tui::run(app, &themes, &keymap)?;
    if let brief::tui::Exit::TerminalLost(why) = &exit {
        eprintln!("brief: terminal lost: {why}");
    }
    Ok(exit.code())
}

/// Stand-in until the loader's `open_paths` lands: plain files only.
fn open_paths(paths: &[PathBuf]) -> anyhow::Result<Vec<brief::document::Document>> {
    if paths.is_empty() {
        anyhow::bail!("give a document to open (bundled samples are not there yet)");
    }
    paths
        .iter()
        .map(|p| Ok(brief::load::open_file(p)?))
        .collect()
}
