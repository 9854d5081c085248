//! `brief extract PATH --format json|text|toml`: the extraction of one document.

use crate::document::Document;
use crate::extract::{ActorKind, Extraction, extract};
use serde::Serialize;

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

/// Render the extraction of `doc` in `format`.
pub fn render(doc: &Document, format: Format) -> anyhow::Result<String> {
    let extraction = extract(&doc.body);
    let out = Output {
        document: DocumentInfo {
            title: &doc.meta.title,
            path: doc.path.as_ref().map(|p| p.display().to_string()),
            id: &doc.id.0,
        },
        extraction: &extraction,
    };
    Ok(match format {
        Format::Json => serde_json::to_string_pretty(&out)? + "\n",
        Format::Toml => toml::to_string(&out)?,
        Format::Text => text(doc, &extraction),
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
        let _ = writeln!(
            s,
            "  {} [{:?}] {} ({}): {}",
            c.id, c.stance, c.source_text, c.cue, c.text
        );
    }
    let _ = writeln!(s, "\nDisputes");
    for d in &x.disputes {
        let _ = writeln!(s, "  {} {}: {}", d.id, d.topic, d.claims.join(" vs "));
    }
    s
}
