//! What the commands write: every string of every `--format` output goes through the
//! document sanitiser ([`crate::document::sanitise::clean_text`]), so no control, escape or
//! bidi character from a document, a path, a front matter field or a typed note reaches a
//! terminal or a script (JSON would escape ESC as `\u001b`, which `jq -r` prints raw).

use crate::document::sanitise::clean_text;
use serde::Serialize;

/// `value` as pretty JSON (with a final newline), every string and key cleaned.
pub fn json<T: Serialize>(value: &T) -> anyhow::Result<String> {
    let v = cleaned(value, false)?;
    Ok(serde_json::to_string_pretty(&v)? + "\n")
}

/// `value` as TOML, every string and key cleaned (a `null` is left out: TOML has none).
pub fn toml<T: Serialize>(value: &T) -> anyhow::Result<String> {
    Ok(toml::to_string(&cleaned(value, true)?)?)
}

/// Text output (text, Markdown) cleaned as a whole: its line breaks are kept.
pub fn text(s: &str) -> String {
    clean_text(s).into_owned()
}

/// `value` as a JSON value (fields in their declared order), every string cleaned.
fn cleaned<T: Serialize>(value: &T, drop_nulls: bool) -> anyhow::Result<serde_json::Value> {
    let mut v = serde_json::to_value(value)?;
    clean(&mut v, drop_nulls);
    Ok(v)
}

fn clean(v: &mut serde_json::Value, drop_nulls: bool) {
    use serde_json::Value;
    match v {
        Value::String(s) => {
            if let std::borrow::Cow::Owned(c) = clean_text(s) {
                *s = c;
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|x| clean(x, drop_nulls)),
        Value::Object(map) => {
            let old = std::mem::take(map);
            for (k, mut item) in old {
                if drop_nulls && item.is_null() {
                    continue;
                }
                clean(&mut item, drop_nulls);
                map.insert(clean_text(&k).into_owned(), item);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Sample {
        title: &'static str,
        notes: Vec<&'static str>,
    }

    #[test]
    fn every_string_of_json_and_toml_is_cleaned() {
        let s = Sample {
            title: "a\u{1b}]0;x\u{7}b\u{202e}c",
            notes: vec!["n\u{200b}o\u{9b}te\nline"],
        };
        let j = json(&s).expect("json");
        assert!(j.contains("a\u{241b}]0;x\u{2407}b\u{fffd}c"), "{j}");
        assert!(j.contains("no\u{fffd}te\\nline"), "{j}");
        assert!(j.find("title") < j.find("notes"), "fields in order: {j}");
        let t = toml(&s).expect("toml");
        assert!(t.contains("a\u{241b}]0;x\u{2407}b\u{fffd}c"), "{t}");
        assert!(!t.contains('\u{200b}') && !t.contains('\u{1b}'), "{t}");
    }
}
