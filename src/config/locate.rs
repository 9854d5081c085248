//! Where in a TOML file a problem is: byte spans from toml's own parser, turned into the
//! 1-based line and column a message names.

use std::fmt;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// A problem in a settings file, at a place: shown as `file:line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user knows it (`config.toml`, `themes/paper.toml`, a path given).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong (and what happens instead), on one line.
    pub message: String,
}

impl Problem {
    /// A problem at byte `at` of `text` (the start of the file when unknown).
    pub fn new(file: &str, text: &str, at: Option<usize>, message: &str) -> Problem {
        let (line, column) = line_column(text, at.unwrap_or(0));
        Problem {
            file: one_line(file),
            line,
            column,
            message: one_line(message),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// The 1-based line and column (in characters) of byte `at` in `text`.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = before.matches('\n').count() + 1;
    (line, before[line_start..].chars().count() + 1)
}

/// What of an entry a span should point at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The key (`bottom` in `bottom = ["x"]`).
    Key,
    /// The value.
    Value,
}

/// The span of the entry at `path` (table names, then the key) in TOML `text`; `None` when
/// the text does not parse or has no such entry.
pub fn span(text: &str, path: &[&str], part: Part) -> Option<Range<usize>> {
    let root = DeTable::parse(text).ok()?;
    let (last, tables) = path.split_last()?;
    let mut table = root.get_ref();
    for name in tables {
        let value = entry(table, name)?.1;
        table = value.get_ref().as_table()?;
    }
    let (key, value) = entry(table, last)?;
    Some(match part {
        Part::Key => key,
        Part::Value => value.span(),
    })
}

/// The span of the string `item` inside the array at `path`, else of the whole value.
pub fn item_span(text: &str, path: &[&str], item: &str) -> Option<Range<usize>> {
    let whole = span(text, path, Part::Value)?;
    let root = DeTable::parse(text).ok()?;
    let (last, tables) = path.split_last()?;
    let mut table = root.get_ref();
    for name in tables {
        table = entry(table, name)?.1.get_ref().as_table()?;
    }
    let found = entry(table, last)?
        .1
        .get_ref()
        .as_array()
        .and_then(|a| a.iter().find(|v| v.get_ref().as_str() == Some(item)))
        .map(|v| v.span());
    Some(found.unwrap_or(whole))
}

fn entry<'a, 'i>(
    table: &'a DeTable<'i>,
    name: &str,
) -> Option<(Range<usize>, &'a toml::Spanned<DeValue<'i>>)> {
    table
        .iter()
        .find(|(k, _)| k.get_ref().as_ref() == name)
        .map(|(k, v)| (k.span(), v))
}

/// Messages go to a one-line status: no line breaks or control characters.
pub fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_from_one_in_characters() {
        let text = "a = 1\nbé = \"x\"\n";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, text.rfind('"').unwrap_or(0)), (2, 8));
    }

    #[test]
    fn spans_find_keys_and_values_in_tables() {
        let text = "theme = \"x\"\n[keys]\ntop = [\"g\"]\nbottom = [\"G\", \"hyper-x\"]\n";
        let key = span(text, &["keys", "bottom"], Part::Key).expect("key");
        assert_eq!(line_column(text, key.start), (4, 1));
        let item = item_span(text, &["keys", "bottom"], "hyper-x").expect("item");
        assert_eq!(line_column(text, item.start), (4, 16));
        let value = span(text, &["theme"], Part::Value).expect("value");
        assert_eq!(line_column(text, value.start), (1, 9));
        assert_eq!(span(text, &["keys", "nope"], Part::Key), None);
    }
}
