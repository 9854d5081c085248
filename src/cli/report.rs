//! `brief report DIR|FILE --format markdown`: what an analyst sends on. The actors (most
//! mentioned first, with their documents), the disputes with their sides quoted and cited
//! (document title and source), across documents and within each, and the loaded assertions
//! no source owns. Every string from a document is sanitised as one line
//! ([`crate::document::sanitise::clean_line`]) and its Markdown characters escaped.

use crate::document::Document;
use crate::document::sanitise::clean_line;
use crate::extract::{ActorKind, Extraction, Stance};
use std::collections::HashMap;
use std::fmt::Write;
use std::path::PathBuf;

/// Output format of `brief report`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Markdown,
}

/// How many actors the report lists before summing up the rest.
const ACTORS_LISTED: usize = 40;

/// `brief report PATH...`: print the report of the documents.
pub fn run(paths: &[PathBuf], format: Format) -> anyhow::Result<()> {
    let docs = super::disputes::extracted(paths)?;
    let Format::Markdown = format;
    super::print_output(&markdown(&docs))?;
    Ok(())
}

/// A document string as one line of Markdown text: sanitised, special characters escaped.
pub fn md(s: &str) -> String {
    let line = clean_line(s);
    let mut out = String::with_capacity(line.len());
    for c in line.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '{' | '}'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn kind(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Country => "country",
    }
}

/// `*Title* (Source), path`: where a quotation comes from.
fn citation(doc: &Document) -> String {
    let mut s = format!("*{}*", md(&doc.meta.title));
    if let Some(src) = doc.meta.source.as_deref().filter(|s| !s.trim().is_empty()) {
        let _ = write!(s, " ({})", md(src));
    }
    let _ = write!(s, ", {}", md(&super::disputes::shown_path(doc)));
    s
}

/// The report of `docs` in Markdown.
pub fn markdown(docs: &[(Document, Extraction)]) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# Briefing report\n");
    let _ = writeln!(s, "{} document(s):\n", docs.len());
    for (d, _) in docs {
        let _ = writeln!(s, "- {}", citation(d));
    }
    actors(&mut s, docs);
    disputes(&mut s, docs);
    unattributed(&mut s, docs);
    s
}

fn actors(s: &mut String, docs: &[(Document, Extraction)]) {
    // One actor across documents: its kind and its id (the normalised name).
    struct Row {
        name: String,
        kind: ActorKind,
        total: usize,
        docs: Vec<(usize, usize)>,
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut by_key: HashMap<(ActorKind, &str), usize> = HashMap::new();
    for (n, (_, x)) in docs.iter().enumerate() {
        for a in &x.actors {
            let r = *by_key.entry((a.kind, a.id.as_str())).or_insert_with(|| {
                rows.push(Row {
                    name: a.name.clone(),
                    kind: a.kind,
                    total: 0,
                    docs: Vec::new(),
                });
                rows.len() - 1
            });
            rows[r].total += a.mentions.len();
            rows[r].docs.push((n, a.mentions.len()));
        }
    }
    rows.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.name.cmp(&b.name)));
    let _ = writeln!(s, "\n## Actors\n");
    if rows.is_empty() {
        let _ = writeln!(s, "None found.");
    }
    for r in rows.iter_mut().take(ACTORS_LISTED) {
        r.docs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let cited: Vec<String> = r
            .docs
            .iter()
            .map(|&(n, m)| format!("{} ×{m}", citation(&docs[n].0)))
            .collect();
        let _ = writeln!(
            s,
            "- **{}** ({}), {} mention(s): {}",
            md(&r.name),
            kind(r.kind),
            r.total,
            cited.join("; ")
        );
    }
    if rows.len() > ACTORS_LISTED {
        let _ = writeln!(s, "- and {} more", rows.len() - ACTORS_LISTED);
    }
}

fn quote(s: &mut String, doc: &Document, source: &str, stance: Stance, text: &str) {
    let _ = writeln!(
        s,
        "- **{}** {}: “{}” ({})",
        md(source),
        stance.verb(),
        md(text),
        citation(doc)
    );
}

fn disputes(s: &mut String, docs: &[(Document, Extraction)]) {
    let _ = writeln!(s, "\n## Disputes");
    let across = super::disputes::across(docs);
    let within: usize = docs.iter().map(|(_, x)| x.disputes.len()).sum();
    if across.is_empty() && within == 0 {
        let _ = writeln!(s, "\nNone found.");
        return;
    }
    for d in &across {
        let _ = writeln!(s, "\n### {} (across documents)\n", md(&d.topic));
        for side in &d.sides {
            quote(s, &docs[side.doc].0, &side.source, side.stance, &side.text);
        }
    }
    for (doc, x) in docs {
        for d in &x.disputes {
            let _ = writeln!(s, "\n### {} (in *{}*)\n", md(&d.topic), md(&doc.meta.title));
            for (n, side) in d.sides.iter().enumerate() {
                if n > 0 {
                    let _ = writeln!(s, "- *against:*");
                }
                for id in side {
                    if let Some(c) = x.claims.iter().find(|c| &c.id == id) {
                        quote(s, doc, &c.source_text, c.stance, &c.text);
                    }
                }
            }
        }
    }
}

fn unattributed(s: &mut String, docs: &[(Document, Extraction)]) {
    let _ = writeln!(s, "\n## Unattributed loaded assertions\n");
    let mut any = false;
    for (doc, x) in docs {
        for u in &x.unattributed {
            any = true;
            let terms: Vec<String> = u.terms.iter().map(|t| md(t)).collect();
            let _ = writeln!(
                s,
                "- “{}” (loaded: {}; {})",
                md(&u.text),
                terms.join(", "),
                citation(doc)
            );
        }
    }
    if !any {
        let _ = writeln!(s, "None found.");
    }
}
