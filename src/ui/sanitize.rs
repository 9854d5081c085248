//! The last line of defence before text reaches the screen: no control character, escape
//! byte or bidi override from a title, path or name may be drawn as is.

use std::borrow::Cow;

/// Whether `c` must never be drawn: C0 and C1 controls, DEL, bidi overrides and isolates.
fn is_unsafe(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with every unsafe character replaced by U+FFFD; borrowed when already clean.
pub fn clean(text: &str) -> Cow<'_, str> {
    if text.chars().any(is_unsafe) {
        Cow::Owned(
            text.chars()
                .map(|c| if is_unsafe(c) { '\u{fffd}' } else { c })
                .collect(),
        )
    } else {
        Cow::Borrowed(text)
    }
}

/// [`clean`], owned, for building spans.
pub fn owned(text: &str) -> String {
    clean(text).into_owned()
}
