//! `+++` TOML front matter: `title`, `source`, `url`, `published`, `tags`.
//!
//! Other keys, the curated `[[actors]]` and `[[claims]]` of DESIGN.md among them, are accepted
//! and ignored for now. `published` may be a string or a TOML date.

use super::DocError;
use super::sanitise::clean_line;
use serde::Deserialize;

/// The fields of front matter that `brief` uses, sanitised.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub tags: Vec<String>,
}

#[derive(Deserialize)]
struct Raw {
    title: Option<String>,
    source: Option<String>,
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

/// The delimiter line of front matter.
const FENCE: &str = "+++";

/// Split sanitised `text` into its front matter (empty when there is none) and the rest.
pub fn split<'a>(text: &'a str, name: &str) -> Result<(FrontMatter, &'a str), DocError> {
    let Some(first) = text.lines().next() else {
        return Ok((FrontMatter::default(), text));
    };
    if first.trim_end() != FENCE {
        return Ok((FrontMatter::default(), text));
    }
    let toml_start = first.len() + 1;
    let mut offset = toml_start.min(text.len());
    let mut close = None;
    for line in text[offset..].split_inclusive('\n') {
        if line.trim_end() == FENCE {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((toml_end, rest_start)) = close else {
        return Err(DocError::UnterminatedFrontMatter {
            name: name.to_string(),
            line: 1,
        });
    };
    let source = &text[toml_start.min(toml_end)..toml_end];
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
    let clean = |s: Option<String>| s.map(|s| clean_line(&s)).filter(|s| !s.is_empty());
    let front = FrontMatter {
        title: clean(raw.title),
        source: clean(raw.source),
        url: clean(raw.url),
        published: clean(raw.published.map(|p| match p {
            StringOrDate::String(s) => s,
            StringOrDate::Date(d) => d.to_string(),
        })),
        tags: match raw.tags {
            Some(Tags::Many(v)) => v,
            Some(Tags::One(s)) => vec![s],
            None => Vec::new(),
        }
        .iter()
        .map(|t| clean_line(t))
        .filter(|t| !t.is_empty())
        .collect(),
    };
    Ok((front, &text[rest_start..]))
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
    fn an_error_names_the_file_line() {
        let err = split("+++\ntitle = \"T\"\nsource = \n+++\n", "n.md").unwrap_err();
        assert!(
            matches!(err, DocError::FrontMatter { line: 3, .. }),
            "{err}"
        );
    }
}
