//! Drawing for terminals without a UTF-8 locale: after a frame is drawn, every box-drawing
//! line and symbol is replaced by its ASCII look-alike, anything else non-ASCII by `?`.

use ratatui::buffer::Buffer;

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

/// The ASCII stand-in for a character.
pub fn stand_in(c: char) -> char {
    match c {
        c if c.is_ascii() => c,
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
        _ => '?',
    }
}

/// Replace every non-ASCII symbol in `buf` by its ASCII stand-in.
pub fn downgrade(buf: &mut Buffer) {
    for cell in buf.content.iter_mut() {
        let symbol = cell.symbol();
        if !symbol.is_ascii() {
            let replaced: String = symbol.chars().take(1).map(stand_in).collect();
            cell.set_symbol(&replaced);
        }
    }
}
