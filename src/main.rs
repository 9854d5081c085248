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
    /// Print which documents of a folder mention which actor, most documents first.
    Actors {
        dir: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: brief::cli::actors::Format,
    },
    /// Test support: save bookmarks in a loop until killed.
    #[command(hide = true)]
    WriteBookmarksLoop,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Extract { path, format }) => {
            brief::cli::extract::run(&path, format).map(|()| 0)
        }
        Some(Command::Bookmarks { format }) => {
            brief::cli::bookmarks::run(cli.config_dir.as_deref(), format).map(|()| 0)
        }
        Some(Command::Actors { dir, format }) => brief::cli::actors::run(&dir, format).map(|()| 0),
        Some(Command::WriteBookmarksLoop) => {
            brief::cli::bookmarks::write_loop(cli.config_dir.as_deref()).map(|()| 0)
        }
        None => brief::cli::read::start(&cli.paths, cli.config_dir.as_deref()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("brief: {e:#}");
            ExitCode::from(1)
        }
    }
}
