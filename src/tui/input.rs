//! The threads that feed the event loop's channel: terminal input (waiting on the terminal with
//! poll(2), so an idle reader costs nothing and a hung-up terminal is seen at once) and
//! signals (a self-pipe read by signal-hook's iterator thread).

use super::Message;
use ratatui::crossterm::event::{self, Event};
use rustix::event::{PollFd, PollFlags};
use rustix::fd::{AsFd, OwnedFd};
use std::io::{self, IsTerminal};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::time::Duration;

/// The terminal device keys come from: standard input when it is a terminal, else `/dev/tty`
/// (`cat notes.md | brief -`). The same choice crossterm's reader makes, so both look at the
/// same device.
pub(super) fn open_tty() -> io::Result<OwnedFd> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        stdin.as_fd().try_clone_to_owned()
    } else {
        let file = std::fs::File::options()
            .read(true)
            .write(true)
            .open("/dev/tty")?;
        Ok(file.into())
    }
}

/// The input thread: returns the socket whose closing (or a byte written to it) stops it.
///
/// The thread blocks in poll(2) on the terminal and the stop socket: zero wake-ups while idle.
/// When the terminal is readable, crossterm reads and parses what is there (keys, a bracketed
/// paste, a resize it noticed) and every event goes into the channel. A hang-up (POLLHUP,
/// POLLERR, or readable with nothing to read, i.e. `read() = 0`) or a read error sends
/// [`Message::TerminalLost`] once and ends the thread: it never spins on a dead terminal.
pub(super) fn spawn_reader(tty: Arc<OwnedFd>, tx: Sender<Message>) -> io::Result<UnixStream> {
    let (stop, stop_rx) = UnixStream::pair()?;
    std::thread::Builder::new()
        .name("brief-input".into())
        .spawn(move || {
            if let Err(why) = read_input(&tty, &stop_rx, &tx) {
                let _ = tx.send(Message::TerminalLost(why));
            }
        })?;
    Ok(stop)
}

/// The reader's loop; `Ok` when asked to stop (or the loop is gone), `Err(why)` when the
/// terminal is lost.
fn read_input(tty: &OwnedFd, stop: &UnixStream, tx: &Sender<Message>) -> Result<(), String> {
    let gone = PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL;
    loop {
        let mut fds = [
            PollFd::new(tty, PollFlags::IN),
            PollFd::new(stop, PollFlags::IN),
        ];
        match rustix::event::poll(&mut fds, None) {
            Ok(_) => {}
            Err(rustix::io::Errno::INTR) => continue,
            Err(e) => return Err(format!("waiting for input: {e}")),
        }
        if !fds[1].revents().is_empty() {
            return Ok(());
        }
        let ready = fds[0].revents();
        if ready.intersects(gone) {
            return Err("the terminal hung up".to_string());
        }
        if !ready.contains(PollFlags::IN) {
            continue;
        }
        // Readable with no byte queued is end of file: read() would return 0 for ever.
        if rustix::io::ioctl_fionread(tty).is_ok_and(|n| n == 0) {
            return Err("the terminal closed (end of input)".to_string());
        }
        // crossterm parses what is queued; several events may come from one read, and a
        // zero timeout would not read at all, hence the millisecond.
        loop {
            match event::poll(Duration::from_millis(1)) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return Err(format!("reading the terminal: {e}")),
            }
            let ev = event::read().map_err(|e| format!("reading the terminal: {e}"))?;
            if tx.send(Message::Input(ev)).is_err() {
                return Ok(());
            }
        }
    }
}

/// Whether the terminal reports a hang-up (or an error) right now; never blocks.
pub(super) fn hung_up(tty: &OwnedFd) -> bool {
    let mut fds = [PollFd::new(tty, PollFlags::IN)];
    let zero = rustix::event::Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    match rustix::event::poll(&mut fds, Some(&zero)) {
        Ok(_) => fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL),
        Err(_) => true,
    }
}

/// The signals that end the session, less those the parent set to be ignored (`nohup`
/// keeps SIGHUP ignored, a background job SIGINT): a hang-up is then seen on the terminal.
pub(super) fn ending_signals() -> Vec<i32> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    [SIGINT, SIGTERM, SIGHUP]
        .into_iter()
        .filter(|&sig| !is_ignored(sig))
        .collect()
}

/// Whether `signal`'s disposition is SIG_IGN (inherited from the parent).
fn is_ignored(signal: i32) -> bool {
    let mut old = std::mem::MaybeUninit::<libc::sigaction>::zeroed();
    // SAFETY: a null new action only reads the current one into `old`, which is a valid,
    // zero-initialised sigaction; no handler is changed.
    let rc = unsafe { libc::sigaction(signal, std::ptr::null(), old.as_mut_ptr()) };
    // SAFETY: sigaction succeeded (rc == 0), so it filled `old`; zeroed is valid anyway.
    rc == 0 && unsafe { old.assume_init() }.sa_sigaction == libc::SIG_IGN
}

/// The signal thread: the ending signals become [`Message::Signal`], SIGWINCH a resize event
/// with the size read from the terminal (never crossterm's `tput` fallback). Returns the
/// handle that stops it.
pub(super) fn spawn_signals(
    tty: Arc<OwnedFd>,
    tx: Sender<Message>,
) -> io::Result<signal_hook::iterator::Handle> {
    let winch = signal_hook::consts::SIGWINCH;
    let mut wanted = ending_signals();
    wanted.push(winch);
    let mut signals = signal_hook::iterator::Signals::new(&wanted)?;
    let handle = signals.handle();
    std::thread::Builder::new()
        .name("brief-signals".into())
        .spawn(move || {
            for sig in signals.forever() {
                let msg = if sig == winch {
                    match rustix::termios::tcgetwinsize(&*tty) {
                        Ok(ws) if ws.ws_col > 0 && ws.ws_row > 0 => {
                            Message::Input(Event::Resize(ws.ws_col, ws.ws_row))
                        }
                        _ => continue,
                    }
                } else {
                    Message::Signal(sig)
                };
                if tx.send(msg).is_err() {
                    break;
                }
            }
        })?;
    Ok(handle)
}
