//! `brief completions SHELL` and `brief man`: a shell completion script and the manual page
//! (roff), both generated from the command-line definition so they never drift from it.

use clap::Command;
use clap_complete::Shell;

/// Print the completion script of `shell` for `cmd` (the `brief` command line).
pub fn completions(mut cmd: Command, shell: Shell) -> anyhow::Result<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "brief", &mut out);
    super::print_output(&String::from_utf8_lossy(&out))?;
    Ok(0)
}

/// Print the manual page of `cmd` as roff: `brief man > brief.1`, or `brief man | man -l -`.
/// Its extra section holds what `--help` adds: keys, environment, files.
pub fn man(cmd: Command) -> anyhow::Result<u8> {
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd).render(&mut out)?;
    super::print_output(&String::from_utf8_lossy(&out))?;
    Ok(0)
}
