//! Editing the input line: a cursor and the usual edits (left/right, start/end, backspace,
//! delete, delete to the start, a word back); the keys are the keymap's `input` mode.

use super::{Input, InputPurpose};
use serde::{Deserialize, Serialize};

/// A cursor or deletion key in the input line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Edit {
    Left,
    Right,
    Home,
    End,
    /// Delete the character under the cursor.
    Delete,
    /// Delete from the start of the line to the cursor (Ctrl-u).
    DeleteToStart,
    /// Delete the word before the cursor (Ctrl-w).
    DeleteWordBack,
}

impl Input {
    /// An empty input line for `purpose`.
    pub fn new(purpose: InputPurpose) -> Input {
        Input::with_text(purpose, String::new())
    }

    /// An input line holding `text`, the cursor at its end.
    pub fn with_text(purpose: InputPurpose, text: String) -> Input {
        Input {
            purpose,
            cursor: text.len(),
            text,
        }
    }

    /// The text before and after the cursor (for drawing it).
    pub fn split(&self) -> (&str, &str) {
        let at = self.cursor_at();
        (&self.text[..at], &self.text[at..])
    }

    /// Type `c` at the cursor; control characters are refused.
    pub fn insert(&mut self, c: char) {
        if c.is_control() {
            return;
        }
        let at = self.cursor_at();
        self.text.insert(at, c);
        self.cursor = at + c.len_utf8();
    }

    /// Insert pasted `text` at the cursor: each line break (CRLF included) and tab becomes a
    /// space; other controls, bidi and zero-width characters (all that the document
    /// sanitiser would change) are dropped.
    pub fn paste(&mut self, text: &str) {
        use crate::document::sanitise::{Mapped, map_char};
        let clean: String = text
            .replace("\r\n", "\n")
            .chars()
            .filter_map(|c| match map_char(c) {
                Mapped::Newline | Mapped::Tab => Some(' '),
                Mapped::Keep(kept) if kept == c => Some(c),
                _ => None,
            })
            .collect();
        let at = self.cursor_at();
        self.text.insert_str(at, &clean);
        self.cursor = at + clean.len();
    }

    /// Delete the character before the cursor.
    pub fn backspace(&mut self) {
        let at = self.cursor_at();
        if let Some(c) = self.text[..at].chars().next_back() {
            let from = at - c.len_utf8();
            self.text.replace_range(from..at, "");
            self.cursor = from;
        }
    }

    /// Apply a cursor or deletion key.
    pub fn edit(&mut self, edit: Edit) {
        let at = self.cursor_at();
        match edit {
            Edit::Left => {
                self.cursor = self.text[..at]
                    .chars()
                    .next_back()
                    .map_or(0, |c| at - c.len_utf8())
            }
            Edit::Right => {
                self.cursor = self.text[at..]
                    .chars()
                    .next()
                    .map_or(at, |c| at + c.len_utf8())
            }
            Edit::Home => self.cursor = 0,
            Edit::End => self.cursor = self.text.len(),
            Edit::Delete => {
                if let Some(c) = self.text[at..].chars().next() {
                    self.text.replace_range(at..at + c.len_utf8(), "");
                }
            }
            Edit::DeleteToStart => {
                self.text.replace_range(..at, "");
                self.cursor = 0;
            }
            Edit::DeleteWordBack => {
                let before = &self.text[..at];
                let word_end = before.trim_end().len();
                let from = before[..word_end]
                    .rfind(char::is_whitespace)
                    .map_or(0, |i| i + 1);
                self.text.replace_range(from..at, "");
                self.cursor = from;
            }
        }
    }

    /// The cursor clamped onto a char boundary of the text.
    fn cursor_at(&self) -> usize {
        let mut at = self.cursor.min(self.text.len());
        while !self.text.is_char_boundary(at) {
            at -= 1;
        }
        at
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(text: &str) -> Input {
        Input::with_text(InputPurpose::Search, text.to_string())
    }

    #[test]
    fn types_and_deletes_at_the_cursor() {
        let mut i = typed("ac");
        i.edit(Edit::Left);
        i.insert('b');
        assert_eq!(i.text, "abc");
        assert_eq!(i.split(), ("ab", "c"));
        i.edit(Edit::Home);
        i.edit(Edit::Delete);
        assert_eq!(i.text, "bc");
        i.edit(Edit::End);
        i.backspace();
        assert_eq!(i.text, "b");
        i.edit(Edit::Right);
        assert_eq!(i.split(), ("b", ""));
    }

    #[test]
    fn ctrl_w_deletes_a_word_and_ctrl_u_the_start() {
        let mut i = typed("check the  claim ");
        i.edit(Edit::DeleteWordBack);
        assert_eq!(i.text, "check the  ");
        i.edit(Edit::DeleteWordBack);
        assert_eq!(i.text, "check ");
        i.insert('x');
        i.edit(Edit::Left);
        i.edit(Edit::DeleteToStart);
        assert_eq!((i.text.as_str(), i.cursor), ("x", 0));
    }

    #[test]
    fn a_paste_is_one_line_without_controls() {
        let mut i = typed("ab");
        i.edit(Edit::Left);
        i.paste("one\r\ntwo\tthree\u{1b}[31m\u{202e}\n");
        assert_eq!(i.text, "aone two three[31m b");
        assert_eq!(i.split().1, "b");
    }

    #[test]
    fn moves_over_whole_characters() {
        let mut i = typed("é€");
        i.edit(Edit::Left);
        assert_eq!(i.split(), ("é", "€"));
        i.backspace();
        assert_eq!(i.text, "€");
        i.edit(Edit::Left);
        i.edit(Edit::Left);
        assert_eq!(i.cursor, 0);
        i.cursor = 1; // inside a character: clamped, never a panic
        i.insert('a');
        assert_eq!(i.text, "a€");
    }
}
