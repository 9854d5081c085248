//! Terminal setup and restore, the event loop and signals: the only user of crossterm.
//!
//! The loop blocks on one channel ([`channel`]) and wakes only when something happens:
//! terminal input (keys, a bracketed paste, a resize), a signal, the terminal hanging up, a
//! [`Notify`] from background work, or a deadline set on the [`Timer`] (the delayed save).
//! Idle, it costs nothing. The loop itself ([`run_loop`]) is generic over ratatui's
//! [`Backend`], so tests drive it on a `TestBackend` by sending [`Message`]s.
//!
//! One way out, whatever ends the session (quit, SIGINT/SIGTERM/SIGHUP, a hung-up terminal,
//! a failed write, a panic): [`Screen::run`] returns an [`Exit`] with the terminal still in
//! reader mode, the caller saves, then [`Screen::leave`] restores the terminal best-effort
//! (no write at all once the terminal is gone, never a panic).

mod input;
mod output;
mod scroll;

pub use output::RawWrite;
pub use scroll::Frames;

use crate::app::{Action, App, Effect, Mouse, MouseKind, update};
use crate::config::{Key, KeyCode, Theme};
use output::Output;
use ratatui::Terminal;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use std::cell::Cell;
use std::io::{self, IsTerminal, Write};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// Wakes the event loop from another thread; the loop then calls its tick (which drains
/// results). Cheap, never blocks; does nothing once the loop is gone.
pub type Notify = Arc<dyn Fn() + Send + Sync>;

/// What wakes the event loop; sent by the input and signal threads, by [`Notify`], and by
/// tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// Terminal input: a key, a bracketed paste, a new size.
    Input(Event),
    /// A signal arrived (SIGINT, SIGTERM, SIGHUP): the loop ends with [`Exit::Signal`].
    Signal(i32),
    /// The terminal hung up or failed (the reason): the loop ends with [`Exit::TerminalLost`].
    TerminalLost(String),
    /// Background work has something for the tick.
    Wake,
}

/// The event loop's inbox: made by [`channel`], read only by the loop.
pub struct Events {
    tx: Sender<Message>,
    rx: Receiver<Message>,
    timer: Timer,
}

/// A deadline for the loop's next wake-up without a message (the delayed save), set by the
/// tick on the loop's thread. The loop clears it when it fires.
#[derive(Clone, Default, Debug)]
pub struct Timer(Rc<Cell<Option<Instant>>>);

impl Timer {
    /// Wake the loop (and call the tick) at `at`; `None` cancels.
    pub fn set(&self, at: Option<Instant>) {
        self.0.set(at);
    }

    /// The deadline set, if any.
    pub fn get(&self) -> Option<Instant> {
        self.0.get()
    }
}

/// The loop's channel and a [`Notify`] for background work. Get the notifier before starting
/// background work, then hand the [`Events`] to [`Screen::enter`] and [`Screen::run`] (or to
/// [`run_loop`] in a test).
pub fn channel() -> (Events, Notify) {
    let (tx, rx) = mpsc::channel();
    let wake = tx.clone();
    let notify: Notify = Arc::new(move || {
        let _ = wake.send(Message::Wake);
    });
    let events = Events {
        tx,
        rx,
        timer: Timer::default(),
    };
    (events, notify)
}

impl Events {
    /// A sender into the loop (tests send keys and pastes with it).
    pub fn sender(&self) -> Sender<Message> {
        self.tx.clone()
    }

    /// The loop's timer, for the tick to set deadlines on.
    pub fn timer(&self) -> Timer {
        self.timer.clone()
    }

    /// The next message, waiting at most until the timer's deadline (`None` when it fired).
    fn next(&self) -> Option<Message> {
        match self.timer.get() {
            None => self.rx.recv().ok(),
            Some(at) => {
                let wait = at.saturating_duration_since(Instant::now());
                match self.rx.recv_timeout(wait) {
                    Ok(msg) => Some(msg),
                    Err(RecvTimeoutError::Timeout | RecvTimeoutError::Disconnected) => {
                        self.timer.set(None);
                        None
                    }
                }
            }
        }
    }
}

/// Why the event loop stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A signal arrived (its number); the process should exit with 128 + n.
    Signal(i32),
    /// Reading or writing the terminal failed (closed tty, dropped SSH link).
    TerminalLost(String),
    /// The reader panicked (the message); the state was still saved.
    Panicked(String),
}

impl Exit {
    /// The process exit code for this way out: 0 quit, 128 + n signal n, 1 terminal lost,
    /// 101 (Rust's own) after a panic.
    pub fn code(&self) -> u8 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(n) => (128 + n).clamp(0, 255) as u8,
            Exit::TerminalLost(_) => 1,
            Exit::Panicked(_) => 101,
        }
    }
}

/// Called after every message the loop receives (and when the timer fires) with the app and
/// the effects of the actions since the last call that the loop does not carry out itself
/// (it quits and copies; loading a document is the caller's); returns true when it changed
/// something on screen. The place for saving the state a few seconds after a change and for
/// taking in background results.
pub type Tick<'a> = &'a mut dyn FnMut(&mut App, Vec<Effect>) -> bool;

/// How the app is drawn: the themes (`app.theme` indexes them) and whether to downgrade to
/// ASCII (no UTF-8 locale). The keys are the app's own (`app.keymap`).
pub struct View<'a> {
    pub themes: &'a [Theme],
    pub ascii: bool,
}

impl<'a> View<'a> {
    /// The view for this process's locale (`LC_ALL`, `LC_CTYPE`, `LANG`).
    pub fn new(themes: &'a [Theme]) -> View<'a> {
        let env = |k: &str| std::env::var(k).ok();
        let ascii = !crate::ui::ascii::is_utf8_locale(
            env("LC_ALL").as_deref(),
            env("LC_CTYPE").as_deref(),
            env("LANG").as_deref(),
        );
        View { themes, ascii }
    }
}

/// Refuse to run when standard output is not a terminal, with one clear line.
pub fn check_terminal() -> io::Result<()> {
    if io::stdout().is_terminal() {
        Ok(())
    } else {
        Err(io::Error::other(
            "standard output is not a terminal (for text output use `brief extract`)",
        ))
    }
}

/// Panic messages caught while the screen is in reader mode, printed once it is restored.
static PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The panic hook while the screen is in reader mode: keep the message for later and write
/// nothing (the screen is the alternate one in raw mode, and may be gone); never panics.
fn keep_panic(info: &std::panic::PanicHookInfo<'_>) {
    let msg = info.to_string();
    if let Ok(mut panics) = PANICS.try_lock() {
        panics.push(msg);
    }
}

type PanicHook = Box<dyn Fn(&std::panic::PanicHookInfo<'_>) + Sync + Send + 'static>;

/// The terminal in reader mode (raw, alternate screen, bracketed paste, the mouse unless
/// turned off), with the input and signal threads feeding an [`Events`] channel. Restored by
/// [`Screen::leave`] (or on drop).
pub struct Screen {
    terminal: Terminal<CrosstermBackend<Output>>,
    /// The terminal device input comes from (to see whether it hung up).
    tty: Arc<rustix::fd::OwnedFd>,
    /// Set once the terminal is gone: nothing more is written to it.
    lost: Arc<AtomicBool>,
    stop_input: Option<std::os::unix::net::UnixStream>,
    signals: Option<signal_hook::iterator::Handle>,
    previous_hook: Option<PanicHook>,
    left: bool,
    /// Whether mouse reports were turned on (and must be turned off on the way out).
    mouse: bool,
}

impl Screen {
    /// Put the terminal in reader mode and start feeding `events`; `mouse` turns on mouse
    /// reports (clicks and the wheel come as events; the terminal's own selection then needs
    /// Shift). Fails (with the terminal as it was) when standard output is not a terminal or
    /// the terminal cannot be set up.
    pub fn enter(events: &Events, mouse: bool) -> io::Result<Screen> {
        check_terminal()?;
        let tty = Arc::new(input::open_tty()?);
        let env = |k: &str| std::env::var(k).ok();
        let basic = crate::config::ColourDepth::detect(
            env("NO_COLOR").as_deref(),
            env("COLORTERM").as_deref(),
            env("TERM").as_deref(),
        ) == crate::config::ColourDepth::Ansi16;
        let lost = Arc::new(AtomicBool::new(false));
        let terminal = Terminal::new(CrosstermBackend::new(Output::new(basic, lost.clone())))?;
        enable_raw_mode()?;
        let mut screen = Screen {
            terminal,
            tty: tty.clone(),
            lost,
            stop_input: None,
            signals: None,
            previous_hook: Some(std::panic::take_hook()),
            left: false,
            mouse,
        };
        std::panic::set_hook(Box::new(keep_panic));
        // From here on a failure restores the terminal (on drop).
        let backend = screen.terminal.backend_mut();
        ratatui::crossterm::execute!(backend, EnterAlternateScreen, EnableBracketedPaste)?;
        if mouse {
            ratatui::crossterm::execute!(backend, EnableMouseCapture)?;
        }
        screen.signals = Some(input::spawn_signals(tty.clone(), events.sender())?);
        screen.stop_input = Some(input::spawn_reader(tty, events.sender())?);
        Ok(screen)
    }

    /// Run the reader on `app` until it stops; the terminal stays in reader mode (the caller
    /// saves, then calls [`Screen::leave`]). A panic inside the loop is caught and returned
    /// as [`Exit::Panicked`], the app as it was.
    pub fn run(&mut self, app: &mut App, view: &View<'_>, events: &Events, tick: Tick<'_>) -> Exit {
        let exit = run_caught(&mut self.terminal, app, view, events, tick);
        // A SIGHUP may come with the terminal still there (`kill -HUP`): restore it then.
        if matches!(exit, Exit::TerminalLost(_)) || input::hung_up(&self.tty) {
            self.lost.store(true, Ordering::Relaxed);
        }
        exit
    }

    /// Whether the terminal is gone (hung up, or a write to it failed): nothing more is
    /// written to it, and a standard error that is that terminal had better be left alone.
    pub fn terminal_lost(&self) -> bool {
        self.lost.load(Ordering::Relaxed)
    }

    /// Restore the terminal, best-effort: stop the threads, leave raw mode, and unless the
    /// terminal is gone leave the alternate screen and bracketed paste and show the cursor;
    /// then write the panics caught meanwhile (messages with their place) to standard
    /// error. Never panics, never fails.
    pub fn leave(mut self) {
        self.restore();
    }

    fn restore(&mut self) {
        if std::mem::replace(&mut self.left, true) {
            return;
        }
        if let Some(handle) = self.signals.take() {
            handle.close();
        }
        // Closing our end wakes the input thread, which then stops.
        drop(self.stop_input.take());
        let _ = disable_raw_mode();
        let lost = self.lost.load(Ordering::Relaxed);
        if !lost {
            let backend = self.terminal.backend_mut();
            if self.mouse {
                let _ = ratatui::crossterm::execute!(backend, DisableMouseCapture);
            }
            let _ =
                ratatui::crossterm::execute!(backend, DisableBracketedPaste, LeaveAlternateScreen);
            let _ = self.terminal.show_cursor();
        }
        // Whatever ratatui writes when dropped goes nowhere.
        self.lost.store(true, Ordering::Relaxed);
        if let Some(hook) = self.previous_hook.take()
            && !std::thread::panicking()
        {
            std::panic::set_hook(hook);
        }
        let panics = std::mem::take(&mut *PANICS.lock().unwrap_or_else(|e| e.into_inner()));
        // A standard error that is the lost terminal would not show them anyway.
        if !(lost && io::stderr().is_terminal()) {
            for msg in panics {
                report(&format!("brief: {msg}"));
            }
        }
    }

    /// Write raw control sequences to the terminal now, best-effort (see [`RawWrite`]).
    pub fn write_raw(&mut self, bytes: &[u8]) {
        self.terminal.backend_mut().write_raw(bytes);
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        self.restore();
    }
}

/// Write one line to standard error, best-effort: `eprintln!` panics when the write fails
/// (EIO on a hung-up terminal), this never does.
pub fn report(line: &str) {
    let mut err = io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// The event loop: draw, block until a message (or the timer), act on it, call `tick`, and
/// redraw when something changed; until the app quits, a signal arrives or the terminal is
/// lost. Generic over the backend, so tests run it on a `TestBackend` fed through
/// [`Events::sender`].
pub fn run_loop<B: Backend + RawWrite>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    view: &View<'_>,
    events: &Events,
    tick: Tick<'_>,
) -> Exit {
    let mut effects = match terminal.size() {
        Ok(size) => update(
            app,
            Action::Resize {
                width: size.width,
                height: size.height,
            },
        ),
        Err(e) => return Exit::TerminalLost(e.to_string()),
    };
    let fallback = Theme::default();
    let mut frames = Frames::default();
    let mut dirty = true;
    let mut quit = carry_out(terminal, &mut effects);
    tick(app, effects);
    loop {
        if quit {
            return Exit::Quit;
        }
        if dirty {
            let theme = view.themes.get(app.theme).unwrap_or(&fallback);
            let drawn = frames.draw(terminal, app, |f| {
                crate::ui::draw(f, app, theme);
                if view.ascii {
                    crate::ui::ascii::downgrade(f.buffer_mut());
                }
            });
            if let Err(e) = drawn {
                return Exit::TerminalLost(e.to_string());
            }
            dirty = false;
        }
        // Block for the first message, then take whatever else is queued before drawing.
        let mut next = events.next();
        loop {
            let mut effects = Vec::new();
            match next {
                Some(Message::Input(ev)) => dirty |= handle_event(app, ev, &mut effects),
                Some(Message::Signal(n)) => return Exit::Signal(n),
                Some(Message::TerminalLost(why)) => return Exit::TerminalLost(why),
                Some(Message::Wake) | None => {}
            }
            quit |= carry_out(terminal, &mut effects);
            dirty |= tick(app, effects);
            if quit {
                break;
            }
            match events.rx.try_recv() {
                Ok(msg) => next = Some(msg),
                Err(_) => break,
            }
        }
    }
}

/// [`run_loop`], with a panic inside it (drawing, an update, the tick) caught and returned as
/// [`Exit::Panicked`]; `app` is left as it was, so the caller can still save it.
pub fn run_caught<B: Backend + RawWrite>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    view: &View<'_>,
    events: &Events,
    tick: Tick<'_>,
) -> Exit {
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        run_loop(terminal, app, view, events, tick)
    }));
    ran.unwrap_or_else(|payload| {
        let msg = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        Exit::Panicked(msg)
    })
}

/// Carry out the effects that are the loop's (copy to the clipboard), leaving the others
/// for the tick; true when one of them is to quit.
fn carry_out<B: Backend + RawWrite>(terminal: &mut Terminal<B>, effects: &mut Vec<Effect>) -> bool {
    let mut quit = false;
    effects.retain(|effect| match effect {
        Effect::Quit => {
            quit = true;
            false
        }
        Effect::Copy(text) => {
            terminal.backend_mut().write_raw(&osc52(text));
            false
        }
        Effect::Load(_) => true,
    });
    quit
}

/// The OSC 52 sequence that sets the clipboard to `text` (and, over SSH, the clipboard of
/// the machine the user sits at). The text travels base64-encoded, so nothing in it can act
/// as a terminal control; a terminal without OSC 52 ignores the sequence.
pub fn osc52(text: &str) -> Vec<u8> {
    use base64::Engine;
    let mut out = b"\x1b]52;c;".to_vec();
    out.extend_from_slice(
        base64::engine::general_purpose::STANDARD
            .encode(text)
            .as_bytes(),
    );
    out.push(0x07);
    out
}

/// Act on one terminal event, adding its effects to `effects`; true when the screen must be
/// redrawn.
fn handle_event(app: &mut App, ev: Event, effects: &mut Vec<Effect>) -> bool {
    let action = match ev {
        Event::Key(key) if key.kind != KeyEventKind::Release => match to_key(key) {
            Some(key) => {
                effects.extend(crate::app::keys::press(app, key));
                return true;
            }
            None => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        Event::Paste(text) => Some(Action::Paste(text)),
        Event::Mouse(mouse) => to_mouse(mouse).map(Action::Mouse),
        _ => None,
    };
    match action {
        Some(action) => {
            effects.extend(update(app, action));
            true
        }
        None => false,
    }
}

/// The app's name for a crossterm mouse event: a left click and the wheel (the rest, such
/// as moves and releases, mean nothing here).
pub fn to_mouse(ev: MouseEvent) -> Option<Mouse> {
    let kind = match ev.kind {
        MouseEventKind::Down(MouseButton::Left) => MouseKind::Click,
        MouseEventKind::ScrollDown => MouseKind::ScrollDown,
        MouseEventKind::ScrollUp => MouseKind::ScrollUp,
        _ => return None,
    };
    Some(Mouse {
        kind,
        column: ev.column,
        row: ev.row,
    })
}

/// The keymap's name for a crossterm key event.
pub fn to_key(ev: KeyEvent) -> Option<Key> {
    use ratatui::crossterm::event::KeyCode as C;
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    let code = match ev.code {
        C::Char(c) if ctrl => KeyCode::Char(c.to_ascii_lowercase()),
        C::Char(c) => KeyCode::Char(c),
        C::Enter => KeyCode::Enter,
        C::Esc => KeyCode::Esc,
        C::Tab if ev.modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
        C::Tab => KeyCode::Tab,
        C::BackTab => KeyCode::BackTab,
        C::Backspace => KeyCode::Backspace,
        C::Delete => KeyCode::Delete,
        C::Up => KeyCode::Up,
        C::Down => KeyCode::Down,
        C::Left => KeyCode::Left,
        C::Right => KeyCode::Right,
        C::PageUp => KeyCode::PageUp,
        C::PageDown => KeyCode::PageDown,
        C::Home => KeyCode::Home,
        C::End => KeyCode::End,
        _ => return None,
    };
    Some(Key { code, ctrl, alt })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_base64_encoded() {
        let seq = osc52("a\x1b[2Jb");
        assert_eq!(seq, b"\x1b]52;c;YRtbMkpi\x07");
        assert!(!seq[1..seq.len() - 1].iter().any(|b| b.is_ascii_control()));
    }
}
