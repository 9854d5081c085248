//! `brief disputes DIR|FILE... --format json|text`: claims of different documents that
//! conflict (DESIGN.md "Across documents").

use crate::document::Document;
use crate::extract::Extraction;
use crate::library::disputes::{self, Dispute};
use serde::Serialize;
use std::path::PathBuf;

/// Output format of `brief disputes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
}

/// Documents read from `paths` (files and folders; unreadable files inside folders are
/// skipped with a warning on stderr), each with its extraction, in path order.
pub fn extracted(paths: &[PathBuf]) -> anyhow::Result<Vec<(Document, Extraction)>> {
    let opened = crate::load::open_library(paths)?;
    for e in &opened.skipped {
        eprintln!("brief: skipped {e}");
    }
    let docs = opened.documents;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = docs.len().div_ceil(threads).max(1);
    let extract = crate::extract::extract_document;
    let extractions: Vec<Extraction> = std::thread::scope(|scope| {
        let handles: Vec<_> = docs
            .chunks(chunk)
            .map(|part| scope.spawn(move || part.iter().map(extract).collect::<Vec<_>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    Ok(docs.into_iter().zip(extractions).collect())
}

/// The path a document is shown by (`stdin` when it has none).
pub fn shown_path(doc: &Document) -> String {
    doc.path
        .as_ref()
        .map_or_else(|| "stdin".to_string(), |p| p.display().to_string())
}

/// The claims of `docs` indexed for pairing (document `n` is `docs[n]`).
pub fn index(docs: &[(Document, Extraction)]) -> disputes::Index {
    let mut index = disputes::Index::default();
    for (n, (d, x)) in docs.iter().enumerate() {
        let facts = disputes::document_facts(&disputes::Document {
            path: "",
            title: &d.meta.title,
            source: d.meta.source.as_deref(),
            extraction: x,
            body: &d.body,
        });
        index.add(n, facts.into());
    }
    index
}

/// The disputes across `docs`.
pub fn across(docs: &[(Document, Extraction)]) -> Vec<Dispute> {
    let paths: Vec<String> = docs.iter().map(|(d, _)| shown_path(d)).collect();
    disputes::disputes(&index(docs), docs.len(), |n| &paths[n])
}

#[derive(Serialize)]
struct Output<'a> {
    disputes: &'a [Dispute],
}

/// `brief disputes PATH...`: print the disputes across the documents.
pub fn run(paths: &[PathBuf], format: Format) -> anyhow::Result<()> {
    let docs = extracted(paths)?;
    let found = across(&docs);
    super::print_output(&render(&found, format)?)?;
    Ok(())
}

/// Render disputes in `format`; every string is sanitised.
pub fn render(found: &[Dispute], format: Format) -> anyhow::Result<String> {
    Ok(match format {
        Format::Json => super::output::json(&Output { disputes: found })?,
        Format::Text => super::output::text(&text(found)),
    })
}

fn text(found: &[Dispute]) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(s, "Disputes across documents ({})", found.len());
    for d in found {
        let _ = writeln!(s, "\n{}", d.topic);
        for side in &d.sides {
            let _ = writeln!(
                s,
                "  {:<7} {} ({} {}-{}): {}",
                format!("{:?}", side.stance).to_lowercase(),
                side.source,
                side.document,
                side.start,
                side.end,
                side.text
            );
        }
    }
    s
}
