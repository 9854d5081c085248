//! Actors across the library: which documents mention which actor, an actor being its
//! normalised name (the extraction's slug) and its kind.

use super::index::DocActor;
use crate::extract::ActorKind;
use crate::state::Anchor;
use std::collections::HashMap;

/// One document's mentions of an actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appearance {
    /// Index into [`super::Library::entries`].
    pub entry: usize,
    pub mentions: u32,
    /// Where the first mention is.
    pub first: Anchor,
}

/// An actor with every document that mentions it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryActor {
    pub key: String,
    /// The name as the first document indexed writes it.
    pub name: String,
    pub kind: ActorKind,
    /// In the order they were added; [`LibraryActor::appearances`] gives them ranked.
    pub docs: Vec<Appearance>,
}

impl LibraryActor {
    /// Its documents, most mentions first, then in library (entry) order. Sorted on asking
    /// (a user's action), not on every add: an actor in most of 100,000 briefings made each
    /// sorted insert move the whole list, minutes of copying while the library indexed.
    pub fn appearances(&self) -> Vec<Appearance> {
        let mut v = self.docs.clone();
        v.sort_by_key(|d| (std::cmp::Reverse(d.mentions), d.entry));
        v
    }
}

/// The index of actors across documents.
#[derive(Debug, Clone, Default)]
pub struct ActorIndex {
    by_key: HashMap<(ActorKind, String), usize>,
    actors: Vec<LibraryActor>,
    /// Entry -> the actors (indexes into `actors`) it was added to, so removing an entry
    /// touches only those.
    by_entry: HashMap<usize, Vec<usize>>,
}

impl ActorIndex {
    /// Record the actors of entry `entry` (whose earlier record, if any, was removed).
    pub fn add(&mut self, entry: usize, actors: &[DocActor]) {
        for a in actors {
            let slot = *self
                .by_key
                .entry((a.kind, a.key.clone()))
                .or_insert_with(|| {
                    self.actors.push(LibraryActor {
                        key: a.key.clone(),
                        name: a.name.clone(),
                        kind: a.kind,
                        docs: Vec::new(),
                    });
                    self.actors.len() - 1
                });
            self.actors[slot].docs.push(Appearance {
                entry,
                mentions: a.mentions,
                first: a.first,
            });
            self.by_entry.entry(entry).or_default().push(slot);
        }
    }

    /// Forget what entry `entry` contributed (its file changed).
    pub fn remove(&mut self, entry: usize) {
        for slot in self.by_entry.remove(&entry).unwrap_or_default() {
            if let Some(actor) = self.actors.get_mut(slot) {
                actor.docs.retain(|d| d.entry != entry);
            }
        }
    }

    /// The actor of `kind` with normalised name `key`.
    pub fn find(&self, kind: ActorKind, key: &str) -> Option<&LibraryActor> {
        self.by_key
            .get(&(kind, key.to_string()))
            .and_then(|&i| self.actors.get(i))
    }

    /// How many documents other than `entry` mention the actor.
    pub fn others(&self, kind: ActorKind, key: &str, entry: Option<usize>) -> usize {
        self.find(kind, key).map_or(0, |a| {
            a.docs.iter().filter(|d| Some(d.entry) != entry).count()
        })
    }

    /// Every actor mentioned somewhere, most documents first, then by name.
    pub fn by_documents(&self) -> Vec<&LibraryActor> {
        let mut v: Vec<&LibraryActor> = self.actors.iter().filter(|a| !a.docs.is_empty()).collect();
        v.sort_by(|a, b| {
            b.docs
                .len()
                .cmp(&a.docs.len())
                .then_with(|| a.name.cmp(&b.name))
                .then_with(|| a.kind.cmp(&b.kind))
        });
        v
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(key: &str, kind: ActorKind, mentions: u32) -> DocActor {
        DocActor {
            key: key.into(),
            name: key.to_uppercase(),
            kind,
            mentions,
            first: Anchor::new(1, 2),
        }
    }

    #[test]
    fn counts_the_other_documents_of_an_actor() {
        let mut ix = ActorIndex::default();
        ix.add(
            0,
            &[
                actor("varga", ActorKind::Person, 1),
                actor("kestria", ActorKind::Country, 4),
            ],
        );
        ix.add(1, &[actor("varga", ActorKind::Person, 3)]);
        ix.add(2, &[actor("varga", ActorKind::Organization, 3)]);
        assert_eq!(ix.others(ActorKind::Person, "varga", Some(0)), 1);
        assert_eq!(ix.others(ActorKind::Person, "varga", None), 2);
        let varga = ix.find(ActorKind::Person, "varga").unwrap();
        assert_eq!(varga.appearances()[0].entry, 1, "most mentions first");
        let all = ix.by_documents();
        assert_eq!(all[0].key, "varga");
        assert_eq!(all[0].kind, ActorKind::Person);
        ix.remove(1);
        assert_eq!(ix.others(ActorKind::Person, "varga", None), 1);
    }
}
