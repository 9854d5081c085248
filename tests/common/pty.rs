//! A pseudo-terminal for end-to-end tests without tmux: the reader runs as a session leader
//! with the pty as its controlling terminal (so closing the master is a real hang-up), its
//! output is read into a terminal emulator (vt100) to look at the screen, and its CPU time
//! is read from /proc.

use rustix::event::{PollFd, PollFlags};
use rustix::fd::{AsFd, BorrowedFd, OwnedFd};
use std::io::Write;
use std::num::NonZeroU16;
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// A program running on a pty of 80x24; the master is closed when dropped.
pub struct Pty {
    master: Option<OwnedFd>,
    pub child: Child,
    screen: Arc<Mutex<vt100::Parser>>,
    stop: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
}

/// How the reader's parent treats SIGHUP.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Hup {
    /// The default: the hang-up signal reaches the reader.
    Delivered,
    /// Set to SIG_IGN before exec (like `nohup`): only the terminal tells of the hang-up.
    Ignored,
}

impl Pty {
    /// Run `program args` on a new pty with `TERM=xterm-256color`, a UTF-8 locale and
    /// `BRIEF_CONFIG_DIR=config`.
    pub fn spawn(program: &str, args: &[&Path], config: &Path, hup: Hup) -> Pty {
        Pty::spawn_as(program, args, config, hup, None)
    }

    /// [`Pty::spawn`], as user and group `uid` when given (the test runs as root, where file
    /// permissions do not bite).
    pub fn spawn_as(
        program: &str,
        args: &[&Path],
        config: &Path,
        hup: Hup,
        uid: Option<u32>,
    ) -> Pty {
        use rustix::pty::{OpenptFlags, grantpt, openpt, ptsname, unlockpt};
        let master =
            openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY | OpenptFlags::CLOEXEC).expect("openpt");
        grantpt(&master).expect("grantpt");
        unlockpt(&master).expect("unlockpt");
        let size = rustix::termios::Winsize {
            ws_row: 24,
            ws_col: 80,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        rustix::termios::tcsetwinsize(&master, size).expect("window size");
        let name = ptsname(&master, Vec::new()).expect("ptsname");
        let slave: OwnedFd = rustix::fs::open(
            name.as_c_str(),
            rustix::fs::OFlags::RDWR | rustix::fs::OFlags::NOCTTY | rustix::fs::OFlags::CLOEXEC,
            rustix::fs::Mode::empty(),
        )
        .expect("open the pty slave");
        let mut cmd = match hup {
            Hup::Delivered => Command::new(program),
            Hup::Ignored => {
                // The shell ignores HUP and execs the program, which inherits SIG_IGN.
                let mut c = Command::new("/bin/sh");
                c.args(["-c", "trap '' HUP; exec \"$0\" \"$@\"", program]);
                c
            }
        };
        cmd.args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("TERM", "xterm-256color")
            .env("LANG", "C.UTF-8")
            .env("BRIEF_CONFIG_DIR", config)
            .stdin(Stdio::from(slave.try_clone().expect("dup")))
            .stdout(Stdio::from(slave.try_clone().expect("dup")))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe system calls (setsid, ioctl, set*id) between fork
        // and exec.
        unsafe {
            cmd.pre_exec(move || {
                rustix::process::setsid()?;
                rustix::process::ioctl_tiocsctty(BorrowedFd::borrow_raw(0))?;
                if let Some(id) = uid
                    && (libc::setgroups(0, std::ptr::null()) != 0
                        || libc::setgid(id) != 0
                        || libc::setuid(id) != 0)
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn the reader on the pty");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(24).expect("rows"),
            NonZeroU16::new(80).expect("columns"),
            0,
        )));
        let stop = Arc::new(AtomicBool::new(false));
        let reader = {
            let out = master.try_clone().expect("dup the master");
            let (screen, stop) = (screen.clone(), stop.clone());
            std::thread::spawn(move || read_output(out, &screen, &stop))
        };
        Pty {
            master: Some(master),
            child,
            screen,
            stop,
            reader: Some(reader),
        }
    }

    /// Type `bytes` into the terminal.
    pub fn write(&self, bytes: &[u8]) {
        let master = self.master.as_ref().expect("the master is open");
        let mut file = std::fs::File::from(master.try_clone().expect("dup"));
        file.write_all(bytes).expect("write to the pty");
    }

    /// The screen as text, one line per row.
    pub fn screen(&self) -> String {
        let parser = self.screen.lock().unwrap_or_else(|e| e.into_inner());
        parser.screen().contents()
    }

    /// Whether the reader asked for bracketed paste (`ESC[?2004h`).
    pub fn bracketed_paste(&self) -> bool {
        let parser = self.screen.lock().unwrap_or_else(|e| e.into_inner());
        parser.screen().bracketed_paste()
    }

    /// Wait up to 10 s for the screen to satisfy `ok`.
    pub fn wait_for(&self, ok: impl Fn(&str) -> bool, what: &str) -> String {
        super::wait_until(|| self.screen(), ok, what)
    }

    /// Close the master side: the terminal hangs up.
    pub fn close_master(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        drop(self.master.take());
    }

    /// Wait up to `limit` for the child to exit; its exit status and its total CPU time
    /// (user + system) as it ended, or `None` if it is still running.
    pub fn wait_exit(&mut self, limit: Duration) -> Option<(ExitStatus, Duration)> {
        let start = Instant::now();
        let pid = self.child.id();
        loop {
            // A zombie still has its /proc entry, with its final CPU times.
            if let Some((state, cpu)) = stat(pid)
                && state == 'Z'
            {
                let status = self.child.wait().expect("wait");
                return Some((status, cpu));
            }
            if start.elapsed() > limit {
                return None;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// The child's CPU time so far (user + system).
    pub fn cpu(&self) -> Duration {
        stat(self.child.id()).map_or(Duration::ZERO, |(_, cpu)| cpu)
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        self.close_master();
        if self.child.try_wait().ok().flatten().is_none() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Feed everything the program writes into the emulator until asked to stop or the pty
/// is gone; polls with a short timeout so a stop request is seen.
fn read_output(out: OwnedFd, screen: &Mutex<vt100::Parser>, stop: &AtomicBool) {
    let timeout = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: 20_000_000,
    };
    let mut buf = [0u8; 4096];
    while !stop.load(Ordering::Relaxed) {
        let mut fds = [PollFd::new(&out, PollFlags::IN)];
        match rustix::event::poll(&mut fds, Some(&timeout)) {
            Ok(0) => continue,
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(_) => return,
        }
        match rustix::io::read(out.as_fd(), &mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => screen
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .process(&buf[..n]),
        }
    }
}

/// Whether this process runs as root (file permissions do not stop it).
pub fn is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// The state letter and the CPU time (utime + stime) of process `pid` from /proc.
fn stat(pid: u32) -> Option<(char, Duration)> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: fields count from after it.
    let rest = &text[text.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let state = fields.first()?.chars().next()?;
    // Fields 14 and 15 of the whole line (utime, stime) are 11 and 12 after the name.
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    let hz = rustix::param::clock_ticks_per_second().max(1);
    Some((state, Duration::from_micros(ticks * 1_000_000 / hz)))
}
