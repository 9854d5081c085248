//! Colour values of theme files and their reduction to what the terminal can show.

use ratatui::style::Color;

/// How many colours the terminal shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColourDepth {
    /// 24-bit colour.
    TrueColor,
    /// The xterm 256-colour palette.
    Ansi256,
    /// The 16 basic colours.
    Ansi16,
    /// `NO_COLOR`: attributes only.
    None,
}

impl ColourDepth {
    /// Decide from the environment values `NO_COLOR`, `COLORTERM` and `TERM`.
    pub fn detect(no_color: Option<&str>, colorterm: Option<&str>, term: Option<&str>) -> Self {
        if no_color.is_some_and(|v| !v.is_empty()) {
            return ColourDepth::None;
        }
        match colorterm {
            Some("truecolor" | "24bit") => return ColourDepth::TrueColor,
            // Set at all: a terminal that says it does more than the basic colours.
            Some(v) if !v.is_empty() => return ColourDepth::Ansi256,
            _ => {}
        }
        // Without COLORTERM only a TERM naming 256 colours (or direct colour) is trusted.
        match term {
            Some(t) if t.contains("256color") || t.ends_with("-direct") => ColourDepth::Ansi256,
            _ => ColourDepth::Ansi16,
        }
    }
}

const BASIC: [(Color, (u8, u8, u8)); 16] = [
    (Color::Black, (0, 0, 0)),
    (Color::Red, (205, 0, 0)),
    (Color::Green, (0, 205, 0)),
    (Color::Yellow, (205, 205, 0)),
    (Color::Blue, (0, 0, 238)),
    (Color::Magenta, (205, 0, 205)),
    (Color::Cyan, (0, 205, 205)),
    (Color::Gray, (229, 229, 229)),
    (Color::DarkGray, (127, 127, 127)),
    (Color::LightRed, (255, 0, 0)),
    (Color::LightGreen, (0, 255, 0)),
    (Color::LightYellow, (255, 255, 0)),
    (Color::LightBlue, (92, 92, 255)),
    (Color::LightMagenta, (255, 0, 255)),
    (Color::LightCyan, (0, 255, 255)),
    (Color::White, (255, 255, 255)),
];

/// Parse a theme colour: a name (`red`, `darkgray`, ...), `#rrggbb`, or `0`-`255`.
pub fn parse(text: &str) -> Option<Color> {
    let t = text
        .trim()
        .to_ascii_lowercase()
        .replace(['_', '-', ' '], "");
    if let Some(hex) = t.strip_prefix('#') {
        if hex.len() != 6 {
            return None;
        }
        let v = u32::from_str_radix(hex, 16).ok()?;
        return Some(Color::Rgb((v >> 16) as u8, (v >> 8) as u8, v as u8));
    }
    if let Ok(i) = t.parse::<u8>() {
        return Some(Color::Indexed(i));
    }
    Some(match t.as_str() {
        "reset" | "default" => Color::Reset,
        "black" => Color::Black,
        "red" => Color::Red,
        "green" => Color::Green,
        "yellow" => Color::Yellow,
        "blue" => Color::Blue,
        "magenta" => Color::Magenta,
        "cyan" => Color::Cyan,
        "gray" | "grey" => Color::Gray,
        "darkgray" | "darkgrey" => Color::DarkGray,
        "lightred" => Color::LightRed,
        "lightgreen" => Color::LightGreen,
        "lightyellow" => Color::LightYellow,
        "lightblue" => Color::LightBlue,
        "lightmagenta" => Color::LightMagenta,
        "lightcyan" => Color::LightCyan,
        "white" => Color::White,
        _ => return None,
    })
}

/// The nearest colour the terminal can show; `None` when colours are off.
pub fn reduce(c: Color, depth: ColourDepth) -> Option<Color> {
    match (depth, c) {
        (ColourDepth::None, _) => None,
        (ColourDepth::TrueColor, _) => Some(c),
        (ColourDepth::Ansi256, Color::Rgb(r, g, b)) => Some(Color::Indexed(to_256(r, g, b))),
        (ColourDepth::Ansi16, Color::Rgb(r, g, b)) => Some(nearest_basic((r, g, b))),
        (ColourDepth::Ansi16, Color::Indexed(i)) => Some(nearest_basic(rgb_of_256(i))),
        _ => Some(c),
    }
}

fn dist(a: (u8, u8, u8), b: (u8, u8, u8)) -> u32 {
    let d = |x: u8, y: u8| (i32::from(x) - i32::from(y)).unsigned_abs();
    d(a.0, b.0).pow(2) + d(a.1, b.1).pow(2) + d(a.2, b.2).pow(2)
}

fn nearest_basic(rgb: (u8, u8, u8)) -> Color {
    BASIC
        .iter()
        .min_by_key(|(_, v)| dist(*v, rgb))
        .map_or(Color::Reset, |(c, _)| *c)
}

const CUBE: [u8; 6] = [0, 95, 135, 175, 215, 255];

fn rgb_of_256(i: u8) -> (u8, u8, u8) {
    match i {
        0..=15 => BASIC[usize::from(i)].1,
        16..=231 => {
            let n = i - 16;
            (
                CUBE[usize::from(n / 36)],
                CUBE[usize::from(n / 6 % 6)],
                CUBE[usize::from(n % 6)],
            )
        }
        _ => {
            let v = 8 + (i - 232) * 10;
            (v, v, v)
        }
    }
}

fn to_256(r: u8, g: u8, b: u8) -> u8 {
    let step = |v: u8| {
        CUBE.iter()
            .enumerate()
            .min_by_key(|(_, c)| (i32::from(**c) - i32::from(v)).unsigned_abs())
            .map_or(0, |(i, _)| i as u8)
    };
    let cube = 16 + 36 * step(r) + 6 * step(g) + step(b);
    let avg = ((u16::from(r) + u16::from(g) + u16::from(b)) / 3) as u8;
    let grey = 232 + (avg.saturating_sub(3) / 10).min(23);
    if dist(rgb_of_256(grey), (r, g, b)) < dist(rgb_of_256(cube), (r, g, b)) {
        grey
    } else {
        cube
    }
}
