//! `brief extract PATH --format json|text|toml`: the extraction of one document.

use crate::document::Document;
use crate::extract::{ActorKind, Extraction};
use serde::Serialize;
use std::path::Path;

/// Output format of `brief extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
    Toml,
}

#[derive(Serialize)]
struct DocumentInfo<'a> {
    title: &'a str,
    path: Option<String>,
    id: &'a str,
}

/// The JSON/TOML shape of DESIGN.md: document info plus the extraction.
#[derive(Serialize)]
struct Output<'a> {
    document: DocumentInfo<'a>,
    #[serde(flatten)]
    extraction: &'a Extraction,
}

/// `brief extract PATH` (`-` reads stdin): print the extraction of one document.
pub fn run(path: &Path, format: Format) -> anyhow::Result<()> {
    let doc = if path.as_os_str() == "-" {
        crate::load::read_stdin()?
    } else {
        crate::load::open_file(path)?
    };
    super::print_output(&render(&doc, format)?)?;
    Ok(())
}

/// Render the extraction of `doc` in `format`.
pub fn render(doc: &Document, format: Format) -> anyhow::Result<String> {
    let extraction = crate::extract::extract_document(doc);
    let out = Output {
        document: DocumentInfo {
            title: &doc.meta.title,
            path: doc.path.as_ref().map(|p| p.display().to_string()),
            id: &doc.id.0,
        },
        extraction: &extraction,
    };
    Ok(match format {
        Format::Json => super::output::json(&out)?,
        Format::Toml => super::output::toml(&out)?,
        Format::Text => super::output::text(&text(doc, &extraction)),
    })
}

fn text(doc: &Document, x: &Extraction) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "{}", doc.meta.title);
    let _ = writeln!(s, "\nActors ({})", x.actors.len());
    for a in &x.actors {
        let kind = match a.kind {
            ActorKind::Person => "person",
            ActorKind::Organization => "organization",
            ActorKind::Country => "country",
        };
        let _ = write!(s, "  {kind:<12} {}", a.name);
        if let Some(r) = &a.role {
            let _ = write!(s, ", {r}");
        }
        if let Some(af) = &a.affiliation {
            let _ = write!(s, " ({af})");
        }
        let n = a.mentions.len();
        let _ = writeln!(s, "  x{n}");
        if !a.aliases.is_empty() {
            let _ = writeln!(s, "  {:<12} also: {}", "", a.aliases.join("; "));
        }
    }
    let _ = writeln!(s, "\nClaims");
    for c in &x.claims {
        // The resolved actor id shows whether the source was tied to an actor: `[?]` if not.
        let id = c.source.as_deref().unwrap_or("?");
        let _ = writeln!(
            s,
            "  {} [{:?}] {} [{id}] ({}): {}",
            c.id, c.stance, c.source_text, c.cue, c.text
        );
    }
    let _ = writeln!(s, "\nDisputes");
    for d in &x.disputes {
        let sides: Vec<String> = if d.sides.is_empty() {
            vec![d.claims.join(", ")]
        } else {
            d.sides.iter().map(|side| side.join(", ")).collect()
        };
        let _ = writeln!(s, "  {} {}: {}", d.id, d.topic, sides.join(" vs "));
    }
    let _ = writeln!(s, "\nUnattributed assertions ({})", x.unattributed.len());
    for u in &x.unattributed {
        let _ = writeln!(s, "  [{}] {}", u.terms.join(", "), u.text);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Assertion, Claim, Dispute, Stance};

    fn claim(id: &str, source: Option<&str>, source_text: &str) -> Claim {
        Claim {
            id: id.to_string(),
            source: source.map(str::to_string),
            source_text: source_text.to_string(),
            cue: "said".to_string(),
            stance: Stance::Assert,
            text: "the pier cracked".to_string(),
            start: 0,
            end: 1,
        }
    }

    #[test]
    fn text_format_shows_source_ids_sides_and_unattributed_assertions() {
        let doc = crate::document::parse(
            b"Voss said the pier cracked.",
            crate::document::Format::Txt,
            "pier-report.txt",
        )
        .expect("plain text parses");
        let x = Extraction {
            actors: Vec::new(),
            claims: vec![
                claim("c1", Some("lena-voss"), "Mayor Lena Voss"),
                claim("c2", None, "They"),
                claim("c3", Some("norland-agency"), "The agency"),
            ],
            disputes: vec![Dispute {
                id: "d1".to_string(),
                topic: "cause of the crack".to_string(),
                claims: vec!["c1".into(), "c2".into(), "c3".into()],
                sides: vec![vec!["c1".into(), "c2".into()], vec!["c3".into()]],
            }],
            unattributed: vec![Assertion {
                terms: vec!["reckless".to_string()],
                text: "The reckless plan failed.".to_string(),
                start: 0,
                end: 1,
            }],
        };
        let out = text(&doc, &x);
        assert!(
            out.contains("c1 [Assert] Mayor Lena Voss [lena-voss] (said)"),
            "{out}"
        );
        assert!(out.contains("c2 [Assert] They [?] (said)"), "{out}");
        assert!(out.contains("d1 cause of the crack: c1, c2 vs c3"), "{out}");
        assert!(out.contains("Unattributed assertions (1)"), "{out}");
        assert!(
            out.contains("  [reckless] The reckless plan failed."),
            "{out}"
        );
    }
}
