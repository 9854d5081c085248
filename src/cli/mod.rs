//! Commands: the non-interactive ones, and [`read`], the reader around the terminal UI.

pub mod actors;
pub mod bookmarks;
pub mod completions;
pub mod disputes;
pub mod extract;
pub mod help;
pub mod output;
pub mod read;
pub mod report;
pub mod themes;

/// Write a command's output to stdout. A reader that closed the pipe early (`brief extract f |
/// head`) is not an error: the output simply stops there.
pub fn print_output(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}
