//! What the reader writes to the terminal: one frame per flush, classic colour codes on a
//! 16-colour terminal, and nothing at all once the terminal is gone (a write to a hung-up
//! terminal fails with EIO; after the first failure, or once the loop knows the terminal is
//! lost, writes are dropped so restoring and ratatui's cleanup never fail or block on it).

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Standard output, written once per flush (one frame). On a 16-colour terminal the
/// xterm-256 codes crossterm sends for the basic colours (`38;5;1`) become the classic ones
/// (`31`), which every terminal understands.
pub(super) struct Output {
    out: io::Stdout,
    frame: Vec<u8>,
    basic: bool,
    /// Set when the terminal is gone: every later write is dropped.
    lost: Arc<AtomicBool>,
}

impl Output {
    pub(super) fn new(basic: bool, lost: Arc<AtomicBool>) -> Output {
        Output {
            out: io::stdout(),
            frame: Vec::new(),
            basic,
            lost,
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
        if self.lost.load(Ordering::Relaxed) {
            return Ok(());
        }
        let bytes = if self.basic {
            basic_colours(&frame)
        } else {
            frame
        };
        let written = self.out.write_all(&bytes).and_then(|()| self.out.flush());
        if written.is_err() {
            self.lost.store(true, Ordering::Relaxed);
        }
        written
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

/// Raw control sequences for the terminal (bracketed paste on/off; later clipboard or link
/// sequences), written best-effort: a failure is ignored, the terminal may be gone.
pub trait RawWrite {
    /// Write `bytes` to the terminal now, outside any frame; errors are ignored.
    fn write_raw(&mut self, bytes: &[u8]);
}

impl RawWrite for ratatui::backend::CrosstermBackend<Output> {
    fn write_raw(&mut self, bytes: &[u8]) {
        let _ = self.write_all(bytes).and_then(|()| Write::flush(self));
    }
}

/// A test terminal has no device: raw sequences go nowhere.
impl RawWrite for ratatui::backend::TestBackend {
    fn write_raw(&mut self, _bytes: &[u8]) {}
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

    #[test]
    fn nothing_is_written_once_the_terminal_is_lost() {
        let lost = Arc::new(AtomicBool::new(true));
        let mut out = Output::new(false, lost);
        assert!(out.write_all(b"frame").and_then(|()| out.flush()).is_ok());
        assert!(out.frame.is_empty());
    }
}
