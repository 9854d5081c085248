//! Drawing for terminals without a UTF-8 locale: after a frame is drawn, every box-drawing
//! line and symbol is replaced by its ASCII look-alike, and any other text is transliterated
//! (`deunicode`: "José Müller" as "Jose Muller", "日本" as "RiBen"), cell by cell, so every
//! character keeps the columns it was laid out in.

use ratatui::buffer::Buffer;

/// Stands in for a symbol or picture that has no short ASCII spelling (`°`, `€`, an emoji).
const PLACEHOLDER: char = '~';

/// Whether the locale (the values of `LC_ALL`, `LC_CTYPE`, `LANG`, the first set one
/// deciding) is UTF-8. Unset everywhere means the C locale: not UTF-8.
pub fn is_utf8_locale(lc_all: Option<&str>, lc_ctype: Option<&str>, lang: Option<&str>) -> bool {
    let value = [lc_all, lc_ctype, lang]
        .into_iter()
        .flatten()
        .find(|v| !v.is_empty())
        .unwrap_or("C")
        .to_ascii_lowercase();
    value.contains("utf-8") || value.contains("utf8")
}

/// The look-alike of the characters brief draws itself (borders, markers, arrows), where
/// transliteration would say something else (`≠` as `=`) or take more than one column.
fn look_alike(c: char) -> Option<char> {
    Some(match c {
        // The focused pane's thick border stays recognisable: `#` corners and `=` lines.
        '━' | '═' => '=',
        '┏' | '┓' | '┗' | '┛' | '╔' | '╗' | '╚' | '╝' => '#',
        '─' | '—' | '–' => '-',
        '│' | '┃' | '║' | '▎' | '▏' => '|',
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' => '+',
        '▶' | '▸' | '»' | '→' => '>',
        '←' => '<',
        '↑' => '^',
        '↓' => 'v',
        '●' | '•' => '*',
        '✗' | '×' => 'x',
        '✓' => 'v',
        '≠' => '#',
        '◇' => 'o',
        '…' => '.',
        '‘' | '’' => '\'',
        '“' | '”' => '"',
        '·' => '-',
        _ => return None,
    })
}

/// The ASCII text for a cell's `symbol` (one grapheme) drawn `width` columns wide: exactly
/// `width` characters. Letters are transliterated and cut to the width ("ß" as "s", "中" as
/// "Zh"); a symbol whose spelling does not fit ("°" is "deg") becomes [`PLACEHOLDER`]s.
pub fn stand_in(symbol: &str, width: usize) -> String {
    let first = symbol.chars().next().unwrap_or(' ');
    let spelled = match look_alike(first) {
        Some(c) => c.to_string(),
        None => deunicode::deunicode_with_tofu(symbol, "")
            .trim()
            .to_string(),
    };
    let fits = spelled.chars().count() <= width;
    let cut_ok = first.is_alphabetic() || !spelled.chars().any(|c| c.is_ascii_alphanumeric());
    let mut out: String = if spelled.is_empty() || !(fits || cut_ok) {
        std::iter::repeat_n(PLACEHOLDER, width).collect()
    } else {
        spelled.chars().take(width).collect()
    };
    while out.len() < width {
        out.push(' ');
    }
    out
}

/// Replace every non-ASCII symbol in `buf` by ASCII of the same width: a wide character's
/// stand-in takes its trailing cell too, in the same style.
pub fn downgrade(buf: &mut Buffer) {
    super::graphemes::rewrite(buf, |symbol, width| {
        (!symbol.is_ascii()).then(|| stand_in(symbol, width).chars().map(String::from).collect())
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    #[test]
    fn names_are_transliterated_never_question_marks() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 1));
        buf.set_string(0, 0, "José Müller · Straße", Style::default());
        downgrade(&mut buf);
        assert_eq!(buf, Buffer::with_lines(["Jose Muller - Strase    "]));
    }

    #[test]
    fn wide_characters_keep_their_two_columns_and_style() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        let red = Style::default().fg(Color::Red);
        buf.set_string(0, 0, "日本 👍 x", red);
        downgrade(&mut buf);
        let mut want = Buffer::with_lines(["RiBe +1 x "]);
        want.set_style(Rect::new(0, 0, 9, 1), red);
        assert_eq!(buf, want);
    }

    #[test]
    fn symbols_without_a_short_spelling_become_placeholders() {
        assert_eq!(stand_in("°", 1), "~");
        assert_eq!(stand_in("€", 1), "~");
        assert_eq!(stand_in("…", 1), ".");
        assert_eq!(stand_in("—", 1), "-");
        assert_eq!(stand_in("\u{e000}", 1), "~");
        assert_eq!(stand_in("e\u{301}", 1), "e");
        assert_eq!(stand_in("👨\u{200d}👩\u{200d}👧", 2), "~~");
        assert_eq!(stand_in("🇺🇦", 2), "UA");
    }
}
