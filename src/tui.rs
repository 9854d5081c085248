//! Terminal setup and restore, the event loop and signals: the only user of crossterm.
//!
//! The loop redraws only after an event changed something, polls with a timeout so signal
//! flags are seen, and stops (restoring the terminal) on quit, on SIGINT/SIGTERM/SIGHUP and
//! when the terminal goes away. [`run`] hands the final [`App`] back so the caller can save
//! the reading state whatever the way out.

use crate::app::{Action, App, Effect, update};
use crate::config::{Key, KeyCode, Theme};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind, KeyModifiers};
use std::io::{self, IsTerminal, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// How often the loop wakes up to look at the signal flags.
const POLL: Duration = Duration::from_millis(100);

/// Why the event loop stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Exit {
    /// The user quit.
    Quit,
    /// A signal arrived (its number); the process should exit with 128 + n.
    Signal(i32),
    /// Reading or writing the terminal failed (closed tty, dropped SSH link).
    TerminalLost(String),
}

impl Exit {
    /// The process exit code for this way out.
    pub fn code(&self) -> u8 {
        match self {
            Exit::Quit => 0,
            Exit::Signal(n) => (128 + n).clamp(0, 255) as u8,
            Exit::TerminalLost(_) => 1,
        }
    }
}

/// Called on every turn of the event loop (after an event, or every 100 ms when idle) with
/// the app and the effects of the last action the loop did not carry out itself (it quits
/// and copies; loading a document is the caller's); returns true when it changed something
/// on screen. The place for saving the state a few seconds after a change (`app.revision`
/// tells when something changed).
pub type Tick<'a> = &'a mut dyn FnMut(&mut App, Vec<Effect>) -> bool;

/// Run the reader until it stops; the terminal is restored before returning.
///
/// `themes` must not be empty; `app.theme` indexes it. Returns the app as it was at the end
/// (for saving the state) and why it stopped.
pub fn run(app: App, themes: &[Theme]) -> io::Result<(App, Exit)> {
    run_with(app, themes, &mut |_, _| false)
}

/// [`run`], calling `tick` on every turn of the loop.
pub fn run_with(mut app: App, themes: &[Theme], tick: Tick<'_>) -> io::Result<(App, Exit)> {
    check_terminal()?;
    let signal = Arc::new(AtomicUsize::new(0));
    for sig in [
        signal_hook::consts::SIGINT,
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
    ] {
        signal_hook::flag::register_usize(sig, Arc::clone(&signal), sig as usize)?;
    }
    // ratatui sets up the screen (raw mode, alternate screen, a panic hook that restores);
    // the drawing goes through `Output` so a 16-colour terminal gets the classic codes.
    drop(ratatui::try_init()?);
    let env = |k: &str| std::env::var(k).ok();
    let basic = crate::config::ColourDepth::detect(
        env("NO_COLOR").as_deref(),
        env("COLORTERM").as_deref(),
        env("TERM").as_deref(),
    ) == crate::config::ColourDepth::Ansi16;
    let mut terminal = match Terminal::new(CrosstermBackend::new(Output::new(basic))) {
        Ok(t) => t,
        Err(e) => {
            let _ = ratatui::try_restore();
            return Err(e);
        }
    };
    let exit = event_loop(&mut terminal, &mut app, themes, &signal, tick);
    // The terminal may be gone already (SIGHUP); restoring is best effort then.
    let _ = ratatui::try_restore();
    Ok((app, exit))
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

fn event_loop(
    terminal: &mut Screen,
    app: &mut App,
    themes: &[Theme],
    signal: &AtomicUsize,
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
    let env = |k: &str| std::env::var(k).ok();
    let ascii = !crate::ui::ascii::is_utf8_locale(
        env("LC_ALL").as_deref(),
        env("LC_CTYPE").as_deref(),
        env("LANG").as_deref(),
    );
    let mut dirty = true;
    loop {
        let sig = signal.load(Ordering::Relaxed);
        if sig != 0 {
            return Exit::Signal(sig as i32);
        }
        if effects.contains(&Effect::Quit) {
            return Exit::Quit;
        }
        effects.retain(|e| match e {
            Effect::Copy(text) => {
                let _ = copy(terminal.backend_mut(), text);
                false
            }
            _ => true,
        });
        if dirty {
            let theme = themes.get(app.theme).unwrap_or(&fallback);
            let drawn = terminal.draw(|f| {
                crate::ui::draw(f, app, theme);
                if ascii {
                    crate::ui::ascii::downgrade(f.buffer_mut());
                }
            });
            if let Err(e) = drawn {
                return Exit::TerminalLost(e.to_string());
            }
            dirty = false;
        }
        if tick(app, std::mem::take(&mut effects)) {
            dirty = true;
            continue;
        }
        match event::poll(POLL) {
            // Idle: make sure the terminal is still there (a hung-up tty fails here).
            Ok(false) => match terminal.size() {
                Ok(_) => continue,
                Err(e) => return Exit::TerminalLost(e.to_string()),
            },
            Ok(true) => {}
            Err(e) => return Exit::TerminalLost(e.to_string()),
        }
        match event::read() {
            Ok(Event::Key(key)) if key.kind != KeyEventKind::Release => {
                if let Some(key) = to_key(key) {
                    effects = crate::app::keys::press(app, key);
                    dirty = true;
                }
            }
            Ok(Event::Resize(width, height)) => {
                effects = update(app, Action::Resize { width, height });
                dirty = true;
            }
            Ok(_) => {}
            Err(e) => return Exit::TerminalLost(e.to_string()),
        }
    }
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

/// Put `text` on the clipboard of the terminal (and, over SSH, of the machine the user sits
/// at) with an OSC 52 sequence. Best effort: a terminal without OSC 52 ignores it.
fn copy(out: &mut CrosstermBackend<Output>, text: &str) -> io::Result<()> {
    out.write_all(&osc52(text))?;
    Write::flush(out)
}

/// The OSC 52 sequence setting the clipboard to `text`: the text travels base64-encoded, so
/// nothing in it can act as a terminal control.
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

/// The terminal the reader draws on.
type Screen = Terminal<CrosstermBackend<Output>>;

/// Standard output, written once per flush (one frame). On a 16-colour terminal the
/// xterm-256 codes crossterm sends for the basic colours (`38;5;1`) become the classic ones
/// (`31`), which every terminal understands.
struct Output {
    out: io::Stdout,
    frame: Vec<u8>,
    basic: bool,
}

impl Output {
    fn new(basic: bool) -> Output {
        Output {
            out: io::stdout(),
            frame: Vec::new(),
            basic,
        }
    }
}

impl Write for Output {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.frame.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        let frame = std::mem::take(&mut self.frame);
        let bytes = if self.basic {
            basic_colours(&frame)
        } else {
            frame
        };
        self.out.write_all(&bytes)?;
        self.out.flush()
    }
}

/// `bytes` with every SGR colour `38;5;N` / `48;5;N` for N < 16 written as 30-37/90-97
/// (foreground) or 40-47/100-107 (background); everything else unchanged.
fn basic_colours(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0x1b && bytes.get(i + 1) == Some(&b'[') {
            let start = i + 2;
            let end = bytes[start..]
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b';'))
                .map(|n| start + n);
            if let Some(end) = end
                && bytes[end] == b'm'
            {
                let params = String::from_utf8_lossy(&bytes[start..end]);
                out.extend_from_slice(b"\x1b[");
                out.extend_from_slice(rewrite_sgr(&params).as_bytes());
                out.push(b'm');
                i = end + 1;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// The parameters of one SGR sequence with the basic 256-palette colours made classic.
fn rewrite_sgr(params: &str) -> String {
    let parts: Vec<&str> = params.split(';').collect();
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    while k < parts.len() {
        let base = match parts[k] {
            "38" => Some(30),
            "48" => Some(40),
            _ => None,
        };
        let n = parts.get(k + 2).and_then(|n| n.parse::<u16>().ok());
        if let (Some(base), Some("5"), Some(n)) = (base, parts.get(k + 1).copied(), n)
            && n < 16
        {
            let code = if n < 8 { base + n } else { base + 60 + n - 8 };
            out.push(code.to_string());
            k += 3;
            continue;
        }
        out.push(parts[k].to_string());
        k += 1;
    }
    out.join(";")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_colours_use_the_classic_codes_on_a_16_colour_terminal() {
        let frame =
            b"a\x1b[38;5;1mred\x1b[48;5;12mblue\x1b[38;5;196mdeep\x1b[1;38;5;9;48;5;0mx\x1b[2J";
        let out = basic_colours(frame);
        assert_eq!(
            String::from_utf8_lossy(&out),
            "a\x1b[31mred\x1b[104mblue\x1b[38;5;196mdeep\x1b[1;91;40mx\x1b[2J"
        );
    }
}
