//! The `brief` binary: parse arguments, dispatch to a command, map errors to exit codes.

use brief::cli::extract::Format;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

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

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Some(Command::Extract { path, format }) => extract(&path, format),
        Some(Command::Bookmarks { format }) => {
            brief::cli::bookmarks::run(cli.config_dir.as_deref(), format)
        }
        Some(Command::WriteBookmarksLoop) => {
            brief::cli::bookmarks::write_loop(cli.config_dir.as_deref())
        }
        None => {
            eprintln!(
                "brief: the reader is not built yet ({} paths)",
                cli.paths.len()
            );
            Ok(())
        }
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief: {e:#}");
            std::process::ExitCode::from(1)
        }
    }
}

fn extract(path: &std::path::Path, format: Format) -> anyhow::Result<()> {
    let doc = if path.as_os_str() == "-" {
        brief::load::read_stdin()?
    } else {
        brief::load::open_file(path)?
    };
    print!("{}", brief::cli::extract::render(&doc, format)?);
    Ok(())
}
