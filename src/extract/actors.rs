//! Actors: people, organisations and countries, with mentions merged.
//!
//! Three steps: [`mentions`] reads capitalised chunks and gazetteer hits into typed mentions
//! (`Azerbaijani President Ilham Aliyev` is a person with a role, an affiliation, and a mention of
//! Azerbaijan), then [`merge`] runs coreference sieves (exact name, surname, acronym, role words
//! like `the president`, institution words like `the ministry`) and builds the [`Actor`] list.

use super::{Actor, Span, tokens};

mod mentions;
mod merge;

/// Find the actors of `text`, each once, in order of first mention.
pub fn find(text: &str, sentences: &[Span]) -> Vec<Actor> {
    let toks = tokens::tokenize(text, sentences);
    let (found, local) = mentions::read(text, &toks);
    merge::actors(found, &local)
}
