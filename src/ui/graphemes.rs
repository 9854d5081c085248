//! Emoji sequences terminals draw at different widths (a ZWJ family, a flag, a heart with
//! VS16, a skin tone): tmux 3.3 puts the two letters of a flag in two cells and draws "❤️" one
//! column wide where ratatui counts two, so after scrolling, halves of them stay on screen.
//! After a frame is drawn, each such cluster is replaced by characters every terminal draws
//! at the same width, in the columns the layout gave the cluster: its base emoji ("👨" for a
//! family, "❤" for "❤️"), or a flag's two letters in a cell each, padded with spaces.

use ratatui::buffer::Buffer;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Whether `c` makes a cluster's width depend on the terminal: joiners, presentation
/// selectors, skin tones, regional indicators (flags) and tag characters (subdivision flags).
fn unsteady(c: char) -> bool {
    matches!(
        c,
        '\u{200d}' | '\u{fe0e}' | '\u{fe0f}' | '\u{1f3fb}'..='\u{1f3ff}' | '\u{1f1e6}'..='\u{1f1ff}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// What to draw instead of `symbol`, one string per cell, or `None` to keep it.
fn steady(symbol: &str) -> Option<Vec<String>> {
    if symbol.is_ascii() || !symbol.chars().any(unsteady) {
        return None;
    }
    let regional = |c: char| ('\u{1f1e6}'..='\u{1f1ff}').contains(&c);
    if symbol.chars().all(regional) {
        return Some(symbol.chars().map(String::from).collect());
    }
    let base = symbol
        .chars()
        .find(|&c| !unsteady(c) && c.width().is_some_and(|w| w > 0))?;
    Some(vec![base.to_string()])
}

/// Replace every unsteady emoji cluster in `buf` by its steady form, padded with spaces in
/// the same style to the columns the cluster had.
pub fn settle(buf: &mut Buffer) {
    rewrite(buf, |symbol, _| steady(symbol));
}

/// Walk the cells of `buf`, a wide character once; where `replace(symbol, columns)` gives
/// cell symbols, write them over the character's columns in its style, then spaces up to
/// its width (real spaces, so the next frame's diff overwrites them). Symbols that do not
/// fit the columns are left out.
pub(super) fn rewrite(buf: &mut Buffer, replace: impl Fn(&str, usize) -> Option<Vec<String>>) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let cell = &buf[(x, y)];
            let width = cell
                .symbol()
                .width()
                .clamp(1, 2)
                .min(usize::from(area.right() - x));
            let Some(parts) = replace(cell.symbol(), width) else {
                x += width as u16;
                continue;
            };
            let end = x + width as u16;
            let mut template = cell.clone();
            let mut at = x;
            for part in parts {
                let w = part.width().max(1) as u16;
                if at + w > end {
                    break;
                }
                template.set_symbol(&part);
                buf[(at, y)] = template.clone();
                at += w;
            }
            template.set_symbol(" ");
            while at < end {
                buf[(at, y)] = template.clone();
                at += 1;
            }
            x = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn settled(text: &str, width: u16) -> Vec<String> {
        let mut buf = Buffer::empty(Rect::new(0, 0, width, 1));
        buf.set_string(0, 0, text, Style::default());
        settle(&mut buf);
        buf.content.iter().map(|c| c.symbol().to_string()).collect()
    }

    #[test]
    fn a_flag_becomes_its_two_letters_in_a_cell_each() {
        assert_eq!(settled("a🇺🇦b", 4), ["a", "🇺", "🇦", "b"]);
    }

    #[test]
    fn a_zwj_sequence_becomes_its_base_emoji_and_keeps_its_columns() {
        assert_eq!(settled("👨‍👩‍👧x", 3), ["👨", " ", "x"]);
        assert_eq!(settled("🏳️‍🌈x", 3), ["🏳", " ", "x"]);
        assert_eq!(settled("❤️x", 3), ["❤", " ", "x"]);
        assert_eq!(settled("👍🏽x", 3), ["👍", " ", "x"]);
    }

    #[test]
    fn plain_wide_and_accented_text_is_left_alone() {
        assert_eq!(settled("日é👍", 5), ["日", " ", "é", "👍", " "]);
        assert_eq!(settled("e\u{301}", 1), ["e\u{301}"]);
    }
}
