//! A real terminal for end-to-end tests: a tmux server on its own socket running a plain
//! shell whose `BRIEF_CONFIG_DIR` is a temporary directory, keys sent, the screen read back.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// A tmux server on its own socket, killed when dropped.
pub struct Tmux {
    socket: String,
    /// The reader's config directory (`BRIEF_CONFIG_DIR` in the shell): never the user's.
    config: tempfile::TempDir,
}

impl Tmux {
    /// Start a session of `width` x `height` running a plain shell with the prompt `$ `, or
    /// `None` (with the reason printed) when tmux is not installed.
    pub fn start(name: &str, width: u16, height: u16) -> Option<Tmux> {
        Tmux::start_in(name, width, height, "C.UTF-8")
    }

    /// [`Tmux::start`] with the shell's `LANG` set to `lang`.
    pub fn start_in(name: &str, width: u16, height: u16, lang: &str) -> Option<Tmux> {
        if Command::new("tmux").arg("-V").output().is_err() {
            super::skip_unless_ci("tmux is not installed");
            return None;
        }
        let t = Tmux {
            socket: format!("brief-e2e-{}-{name}", std::process::id()),
            config: tempfile::tempdir().expect("a temporary config directory"),
        };
        let ok = t
            .cmd(&[
                "new-session",
                "-d",
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
            ])
            .arg(format!(
                "env -i TERM=xterm-256color LANG={lang} PS1='$ ' BRIEF_CONFIG_DIR='{}' bash --norc --noprofile",
                t.config.path().display()
            ))
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "tmux new-session failed");
        t.wait_for(
            |s| s.lines().any(|l| l.starts_with('$')),
            "the shell prompt",
        );
        Some(t)
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("tmux");
        c.arg("-L").arg(&self.socket).args(args);
        c
    }

    pub fn send(&self, keys: &[&str]) {
        for k in keys {
            let ok = self
                .cmd(&["send-keys", "-t", "0", k])
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "send-keys {k}");
            // Separate presses so Esc followed by a key is not read as Alt-key.
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    pub fn type_line(&self, line: &str) {
        let ok = self
            .cmd(&["send-keys", "-t", "0", "-l", line])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok);
        self.send(&["Enter"]);
    }

    pub fn screen(&self) -> String {
        let out = self
            .cmd(&["capture-pane", "-p", "-t", "0"])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    pub fn display(&self, format: &str) -> String {
        let out = self
            .cmd(&["display", "-p", "-t", "0", format])
            .output()
            .expect("display");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    pub fn wait_for(&self, ok: impl Fn(&str) -> bool, what: &str) -> String {
        super::wait_until(|| self.screen(), ok, what)
    }

    /// The config directory the reader uses in this terminal.
    pub fn config_dir(&self) -> &Path {
        self.config.path()
    }

    /// Resize the terminal to `width` x `height`.
    pub fn resize(&self, width: u16, height: u16) {
        let ok = self
            .cmd(&[
                "resize-window",
                "-t",
                "0",
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
            ])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "tmux resize-window");
    }

    /// The pid of the program running in the shell (the shell's only child).
    pub fn child_pid(&self) -> Option<String> {
        let shell = self.display("#{pane_pid}");
        let children =
            std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).ok()?;
        children.split_whitespace().next().map(str::to_string)
    }

    /// Send `signal` (e.g. "-HUP") to the program in the shell, wait for the shell to come back
    /// and return that screen.
    pub fn signal_reader(&self, signal: &str) -> String {
        let pid = self.child_pid().expect("the reader's pid");
        let ok = Command::new("kill")
            .args([signal, &pid])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "kill {signal} {pid}");
        self.wait_for(exited, "the shell again")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        // The server may be gone already (a test killed it): no complaint wanted then.
        let _ = self
            .cmd(&["kill-server"])
            .stderr(std::process::Stdio::null())
            .status();
    }
}

/// Whether the screen shows the `EXIT=<code>` line printed after the reader ends (not the
/// typed command line, which holds `EXIT=$?`).
pub fn exited(screen: &str) -> bool {
    screen.lines().any(|l| l.starts_with("EXIT="))
}
