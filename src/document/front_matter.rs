//! Front matter: a leading `+++` ... `+++` TOML block or a `---` ... `---` YAML block (the
//! form most Markdown tools write), with `title`, `source`, `author`, `url`, `published`,
//! `tags`.
//!
//! Other keys, the curated `[[actors]]` and `[[claims]]` of DESIGN.md among them, are accepted
//! and ignored for now. `published` may be a string or a TOML date. A `---` block that is not a
//! YAML mapping (a plain-text file opening with a rule) is not front matter but text.

use super::DocError;
use super::sanitise::clean_line;
use serde::Deserialize;

/// The fields of front matter that `brief` uses, sanitised.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub tags: Vec<String>,
}

#[derive(Deserialize)]
struct Raw {
    title: Option<String>,
    source: Option<String>,
    /// One author, or a list (joined with ", ").
    author: Option<Tags>,
    url: Option<String>,
    published: Option<StringOrDate>,
    tags: Option<Tags>,
}

/// `tags = ["a", "b"]`, or a lone `tags = "a"`.
#[derive(Deserialize)]
#[serde(
    untagged,
    expecting = "expected a list of strings, like [\"a\", \"b\"]"
)]
enum Tags {
    Many(Vec<String>),
    One(String),
}

#[derive(Deserialize)]
#[serde(untagged, expecting = "expected a string or a date, like 2024-05-01")]
enum StringOrDate {
    String(String),
    Date(toml::value::Datetime),
}

/// The delimiter line of TOML front matter.
const FENCE: &str = "+++";
/// The delimiter line of YAML front matter.
const YAML_FENCE: &str = "---";

/// Split sanitised `text` into its front matter (empty when there is none) and the rest.
pub fn split<'a>(text: &'a str, name: &str) -> Result<(FrontMatter, &'a str), DocError> {
    let Some(first) = text.lines().next() else {
        return Ok((FrontMatter::default(), text));
    };
    let fence = first.trim_end();
    if fence != FENCE && fence != YAML_FENCE {
        return Ok((FrontMatter::default(), text));
    }
    let toml_start = first.len() + 1;
    let mut offset = toml_start.min(text.len());
    let mut close = None;
    for line in text[offset..].split_inclusive('\n') {
        if line.trim_end() == fence {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let source = close.map(|(end, _)| &text[toml_start.min(end)..end]);
    if fence == YAML_FENCE {
        // `---` is also a Markdown rule: only a closed block holding a mapping is front matter.
        let (Some(source), Some((_, rest_start))) = (source, close) else {
            return Ok((FrontMatter::default(), text));
        };
        return Ok(match yaml(source, name)? {
            Some(raw) => (clean(raw), &text[rest_start..]),
            None => (FrontMatter::default(), text),
        });
    }
    let (Some(source), Some((_, rest_start))) = (source, close) else {
        return Err(DocError::UnterminatedFrontMatter {
            name: name.to_string(),
            line: 1,
        });
    };
    let raw: Raw = toml::from_str(source).map_err(|e| {
        // Line 1 is the opening fence, so TOML line n is file line n + 1.
        let line = e
            .span()
            .map(|s| source[..s.start.min(source.len())].matches('\n').count() + 2)
            .unwrap_or(2);
        DocError::FrontMatter {
            name: name.to_string(),
            line,
            message: clean_line(e.message()),
        }
    })?;
    Ok((clean(raw), &text[rest_start..]))
}

/// The fields of a YAML block; `None` when the block is not a mapping (so not front matter).
fn yaml(source: &str, name: &str) -> Result<Option<Raw>, DocError> {
    let error = |line: usize, message: &str| DocError::FrontMatter {
        name: name.to_string(),
        line,
        message: clean_line(message),
    };
    // Line 1 is the opening fence, so YAML line n is file line n + 1.
    let value: serde_norway::Value = serde_norway::from_str(source).map_err(|e| {
        let line = e.location().map_or(2, |l| l.line() + 1);
        error(line, &e.to_string())
    })?;
    if !matches!(value, serde_norway::Value::Mapping(_)) {
        return Ok(None);
    }
    serde_norway::from_value(value)
        .map(Some)
        .map_err(|e| error(2, &e.to_string()))
}

/// Sanitised fields, empty ones dropped.
fn clean(raw: Raw) -> FrontMatter {
    let clean = |s: Option<String>| s.map(|s| clean_line(&s)).filter(|s| !s.is_empty());
    let list = |t: Option<Tags>| -> Vec<String> {
        match t {
            Some(Tags::Many(v)) => v,
            Some(Tags::One(s)) => vec![s],
            None => Vec::new(),
        }
        .iter()
        .map(|t| clean_line(t))
        .filter(|t| !t.is_empty())
        .collect()
    };
    let authors = list(raw.author);
    FrontMatter {
        title: clean(raw.title),
        source: clean(raw.source),
        author: (!authors.is_empty()).then(|| authors.join(", ")),
        url: clean(raw.url),
        published: clean(raw.published.map(|p| match p {
            StringOrDate::String(s) => s,
            StringOrDate::Date(d) => d.to_string(),
        })),
        tags: list(raw.tags),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_known_fields_and_ignores_the_rest() {
        let text = "+++\ntitle = \"T\"\npublished = 2024-03-01\ntags = [\"a\"]\n\
                    [[actors]]\nname = \"X\"\n+++\nBody";
        let (f, rest) = split(text, "n.md").unwrap();
        assert_eq!(f.title.as_deref(), Some("T"));
        assert_eq!(f.published.as_deref(), Some("2024-03-01"));
        assert_eq!(f.tags, vec!["a"]);
        assert_eq!(rest, "Body");
    }

    #[test]
    fn a_lone_tag_string_is_one_tag() {
        let (f, _) = split("+++\ntags = \"ports\"\n+++\n", "n.md").unwrap();
        assert_eq!(f.tags, vec!["ports"]);
    }

    #[test]
    fn no_fence_means_no_front_matter() {
        let (f, rest) = split("Hello\n+++\n", "n.md").unwrap();
        assert_eq!(f, FrontMatter::default());
        assert_eq!(rest, "Hello\n+++\n");
    }

    #[test]
    fn yaml_front_matter_gives_the_same_fields() {
        let text = "---\ntitle: \"T: a talk\"\nsource: Kestrian Post\nauthor: [Ana, Ben]\n\
                    url: https://example.org/a\npublished: 2024-03-01\ntags: ports\n\
                    actors:\n  - name: X\n---\nBody";
        let (f, rest) = split(text, "n.md").unwrap();
        assert_eq!(f.title.as_deref(), Some("T: a talk"));
        assert_eq!(f.source.as_deref(), Some("Kestrian Post"));
        assert_eq!(f.author.as_deref(), Some("Ana, Ben"));
        assert_eq!(f.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(f.published.as_deref(), Some("2024-03-01"));
        assert_eq!(f.tags, vec!["ports"]);
        assert_eq!(rest, "Body");
    }

    #[test]
    fn a_rule_that_is_not_yaml_stays_text() {
        let text = "---\nJust a line of text.\n---\nMore";
        let (f, rest) = split(text, "n.txt").unwrap();
        assert_eq!(f, FrontMatter::default());
        assert_eq!(rest, text);
        let (_, rest) = split("---\nno closing rule", "n.txt").unwrap();
        assert_eq!(rest, "---\nno closing rule");
    }

    #[test]
    fn a_yaml_error_names_the_file_line() {
        let err = split("---\ntitle: T\nsource: [unclosed\n---\n", "n.md").unwrap_err();
        assert!(matches!(err, DocError::FrontMatter { .. }), "{err}");
        assert!(err.to_string().starts_with("n.md: line "), "{err}");
        let err = split("---\ntitle: [1, 2]\n---\n", "n.md").unwrap_err();
        assert!(err.to_string().contains("front matter"), "{err}");
    }

    #[test]
    fn an_error_names_the_file_line() {
        let err = split("+++\ntitle = \"T\"\nsource = \n+++\n", "n.md").unwrap_err();
        assert!(
            matches!(err, DocError::FrontMatter { line: 3, .. }),
            "{err}"
        );
    }
}
