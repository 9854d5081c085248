//! `brief actors DIR --format json|text`: which documents of a folder mention which actor,
//! most documents first, for scripts. Uses (and refreshes) the library cache, so a folder
//! already opened in the reader is answered without extracting anything again.

use crate::library::actors::ActorIndex;
use crate::library::index::{Indexed, index_file};
use rayon::prelude::*;
use serde::Serialize;
use std::path::Path;

/// Output formats of `brief actors`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
}

#[derive(Serialize)]
struct Out<'a> {
    actors: Vec<ActorOut<'a>>,
}

#[derive(Serialize)]
struct ActorOut<'a> {
    name: &'a str,
    kind: crate::extract::ActorKind,
    documents: Vec<DocOut<'a>>,
}

#[derive(Serialize)]
struct DocOut<'a> {
    path: String,
    title: &'a str,
    mentions: u32,
}

/// Index the folder `dir` and print its actors in `format`. Unreadable files are named on
/// stderr and left out.
pub fn run(dir: &Path, format: Format) -> anyhow::Result<()> {
    if !dir.is_dir() {
        anyhow::bail!(
            "{}: not a folder; give the folder of a library",
            crate::document::sanitise::clean_line(&dir.display().to_string())
        );
    }
    let paths = crate::load::documents_in(dir)?;
    if paths.is_empty() {
        return Err(crate::load::LoadError::NoDocuments {
            path: crate::document::sanitise::clean_line(&dir.display().to_string()),
        }
        .into());
    }
    let roots = [dir.to_path_buf()];
    let cache = match crate::storage::read_library_cache(&roots) {
        Ok(c) => c.unwrap_or_default(),
        Err(why) => {
            eprintln!("brief: library cache: {why}");
            Default::default()
        }
    };
    let indexed: Vec<Indexed> = paths.par_iter().map(|p| index_file(p, &cache)).collect();
    if indexed.iter().any(|ix| ix.result.is_ok() && !ix.cached) {
        let docs = indexed.iter().filter_map(|ix| ix.result.as_ref().ok());
        let docs = docs.map(|d| d.as_ref());
        // Only a cache: the answer does not depend on it.
        let _ = crate::storage::write_library_cache(&roots, |out| {
            crate::library::cache::encode_to(docs, out)
        });
    }
    super::print_output(&render(&indexed, format)?)?;
    Ok(())
}

/// The output for indexed files (in library order); errors go to stderr.
pub fn render(indexed: &[Indexed], format: Format) -> anyhow::Result<String> {
    let mut index = ActorIndex::default();
    for (i, ix) in indexed.iter().enumerate() {
        match &ix.result {
            Ok(doc) => index.add(i, &doc.actors),
            Err(why) => eprintln!(
                "brief: skipped {}",
                crate::document::sanitise::clean_line(why)
            ),
        }
    }
    let out = Out {
        actors: index
            .by_documents()
            .into_iter()
            .map(|a| ActorOut {
                name: &a.name,
                kind: a.kind,
                documents: a
                    .appearances()
                    .iter()
                    .filter_map(|d| {
                        let ix = indexed.get(d.entry)?;
                        let doc = ix.result.as_ref().ok()?;
                        Some(DocOut {
                            path: ix.path.display().to_string(),
                            title: &doc.meta.title,
                            mentions: d.mentions,
                        })
                    })
                    .collect(),
            })
            .collect(),
    };
    Ok(match format {
        Format::Json => super::output::json(&out)?,
        Format::Text => {
            let mut s = String::new();
            for a in &out.actors {
                let kind = serde_json::to_value(a.kind)?;
                let n = a.documents.len();
                s.push_str(&format!(
                    "{} ({}): {n} document{}\n",
                    a.name,
                    kind.as_str().unwrap_or(""),
                    if n == 1 { "" } else { "s" }
                ));
                for d in &a.documents {
                    s.push_str(&format!("  {:>3}  {}  {}\n", d.mentions, d.path, d.title));
                }
            }
            super::output::text(&s)
        }
    })
}
