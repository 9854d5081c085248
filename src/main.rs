//! The `brief` binary: parse arguments, dispatch to a command, map errors to exit codes.

use brief::cli::extract::Format;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// A terminal reader for briefings: article, actors, claims and disputes side by side.
#[derive(Parser)]
// A subcommand's name is never read as a path (clap tries subcommands first): `brief themes`
// lists themes, `./themes` opens a file of that name.
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
    /// Print the disputes between documents: claims about one event that conflict.
    Disputes {
        /// Documents or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "json")]
        format: brief::cli::disputes::Format,
    },
    /// Write a briefing report: actors, disputes with cited sides, unattributed assertions.
    Report {
        /// Documents or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "markdown")]
        format: brief::cli::report::Format,
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
    /// List the themes (built in and yours; `*` marks the default), or check a theme file.
    Themes {
        /// Check this theme file: `FILE:LINE:COLUMN: problem`, exit code 1 when broken.
        #[arg(long, value_name = "FILE")]
        check: Option<PathBuf>,
    },
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff): `brief man | man -l -`.
    Man,
    /// Test support: save bookmarks in a loop until killed.
    #[command(hide = true)]
    WriteBookmarksLoop,
}

fn main() -> ExitCode {
    let args: Vec<_> = std::env::args_os().collect();
    let flag = brief::cli::help::config_dir_flag(&args);
    let command = Cli::command().after_help(brief::cli::help::after_help(flag.as_deref()));
    let cli = match Cli::from_arg_matches(&command.get_matches_from(args)) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = match cli.command {
        Some(Command::Extract { path, format }) => {
            brief::cli::extract::run(&path, format).map(|()| 0)
        }
        Some(Command::Disputes { paths, format }) => {
            brief::cli::disputes::run(&paths, format).map(|()| 0)
        }
        Some(Command::Report { paths, format }) => {
            brief::cli::report::run(&paths, format).map(|()| 0)
        }
        Some(Command::Bookmarks { format }) => {
            brief::cli::bookmarks::run(cli.config_dir.as_deref(), format).map(|()| 0)
        }
        Some(Command::Actors { dir, format }) => brief::cli::actors::run(&dir, format).map(|()| 0),
        Some(Command::Themes { check: None }) => {
            brief::cli::themes::list(cli.config_dir.as_deref())
        }
        Some(Command::Themes { check: Some(file) }) => {
            brief::cli::themes::check(&file, cli.config_dir.as_deref())
        }
        Some(Command::Completions { shell }) => {
            brief::cli::completions::completions(Cli::command(), shell)
        }
        Some(Command::Man) => brief::cli::completions::man(
            Cli::command().after_help(brief::cli::help::after_help(cli.config_dir.as_deref())),
        ),
        Some(Command::WriteBookmarksLoop) => {
            brief::cli::bookmarks::write_loop(cli.config_dir.as_deref()).map(|()| 0)
        }
        None => brief::cli::read::start(&cli.paths, cli.config_dir.as_deref()),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            // One line per problem; best-effort, standard error may be a closed terminal.
            for line in format!("{e:#}").lines() {
                brief::tui::report(&format!("brief: {line}"));
            }
            ExitCode::from(1)
        }
    }
}
