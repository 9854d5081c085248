//! Coreference sieves: mentions into actors.

use super::super::gazetteer::{POLITIES, slug};
use super::super::{Actor, ActorKind, Span};
use super::mentions::Mention;
use std::collections::HashMap;

/// An actor being built.
struct Draft {
    key: String,
    name: String,
    kind: ActorKind,
    role: Option<String>,
    affiliation: Option<String>,
    aliases: Vec<String>,
    mentions: Vec<Span>,
    acronym: Option<String>,
    /// Name words, for surname and first-name matching (people only).
    words: Vec<String>,
    /// Whether the name was seen capitalised (organisations).
    capitalised: bool,
}

impl Draft {
    fn new(key: String, name: String, kind: ActorKind) -> Self {
        Draft {
            key,
            name,
            kind,
            role: None,
            affiliation: None,
            aliases: Vec::new(),
            mentions: Vec::new(),
            acronym: None,
            words: Vec::new(),
            capitalised: true,
        }
    }

    fn add(&mut self, span: Span, surface: &str) {
        self.mentions.push(span);
        let s = surface.trim();
        if !s.is_empty() && s != self.name && !self.aliases.iter().any(|a| a == s) {
            self.aliases.push(s.to_string());
        }
    }
}

struct Book {
    drafts: Vec<Draft>,
    by_key: HashMap<String, usize>,
}

impl Book {
    fn get(&mut self, key: &str, make: impl FnOnce() -> Draft) -> usize {
        if let Some(&i) = self.by_key.get(key) {
            return i;
        }
        self.drafts.push(make());
        let i = self.drafts.len() - 1;
        self.by_key.insert(key.to_string(), i);
        i
    }
}

fn polity_key(p: usize) -> String {
    format!("polity:{}", POLITIES.polities[p].id)
}

fn polity_id(p: usize) -> String {
    POLITIES.polities[p].id.clone()
}

/// Merge `mentions` into actors.
pub fn actors(text: &str, mentions: Vec<Mention>) -> Vec<Actor> {
    let _ = text;
    let mut book = Book {
        drafts: Vec::new(),
        by_key: HashMap::new(),
    };
    let polity = |book: &mut Book, p: usize| {
        let key = polity_key(p);
        book.get(&key, || {
            let pol = &POLITIES.polities[p];
            let kind = if pol.body {
                ActorKind::Organization
            } else {
                ActorKind::Country
            };
            Draft::new(key.clone(), pol.name.clone(), kind)
        })
    };
    // Sieve 1: names that stand on their own (polities, organisations, full person names).
    let mut pending = Vec::new();
    for m in mentions {
        match m {
            Mention::Polity {
                polity: p,
                span,
                surface,
            } => {
                let i = polity(&mut book, p);
                book.drafts[i].add(span, &surface);
            }
            Mention::Org {
                name,
                key,
                span,
                affiliation,
                acronym,
                capitalised,
            } => {
                if let Some(p) = affiliation {
                    // The affiliation is an actor too, mentioned inside the name.
                    polity(&mut book, p);
                }
                let k = format!("org:{key}");
                let i = book.get(&k, || {
                    let mut d = Draft::new(k.clone(), name.clone(), ActorKind::Organization);
                    d.capitalised = capitalised;
                    d
                });
                let d = &mut book.drafts[i];
                if capitalised && !d.capitalised {
                    // Prefer the capitalised spelling as the name.
                    let old = std::mem::replace(&mut d.name, name.clone());
                    d.aliases.push(old);
                    d.capitalised = true;
                }
                d.add(span, &name);
                if d.affiliation.is_none() {
                    d.affiliation = affiliation.map(polity_id);
                }
                if let Some(a) = acronym {
                    d.aliases.push(a.clone());
                    d.acronym = Some(a);
                }
            }
            Mention::Person {
                name,
                span,
                surface,
                role,
                affiliation,
                after_locative,
            } => {
                if after_locative && role.is_none() && affiliation.is_none() {
                    pending.push(Mention::Person {
                        name,
                        span,
                        surface,
                        role,
                        affiliation,
                        after_locative,
                    });
                    continue;
                }
                if let Some(p) = affiliation {
                    polity(&mut book, p);
                }
                person(&mut book, &name, span, &surface, role, affiliation);
            }
            other => pending.push(other),
        }
    }
    // Sieve 2: surnames, acronyms, role and institution words, in text order.
    let mut last_person: Vec<(usize, usize)> = Vec::new(); // (position, draft)
    for m in pending {
        match m {
            Mention::Person {
                name,
                span,
                surface,
                ..
            } => {
                // A name after `in`/`at`: a place unless it is a known person.
                if let Some(&i) = book.by_key.get(&format!("person:{}", slug(&name))) {
                    book.drafts[i].add(span, &surface);
                }
            }
            Mention::Single {
                word,
                span,
                initial,
                after_locative,
                acronym,
                before_place_noun,
            } => {
                if let Some(i) = resolve_single(&book, &word) {
                    book.drafts[i].add(span, &word);
                    if book.drafts[i].kind == ActorKind::Person {
                        last_person.push((span.start, i));
                    }
                    continue;
                }
                if initial || after_locative || before_place_noun {
                    continue;
                }
                if acronym {
                    let k = format!("org:{}", slug(&word));
                    let i = book.get(&k, || {
                        Draft::new(k.clone(), word.clone(), ActorKind::Organization)
                    });
                    book.drafts[i].add(span, &word);
                }
            }
            Mention::RoleRef {
                head,
                span,
                surface,
                affiliation,
            } => {
                let want = head.to_lowercase();
                let aff = affiliation.map(polity_id);
                let hit = book
                    .drafts
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.kind == ActorKind::Person)
                    .filter(|(_, d)| d.mentions.first().is_some_and(|m| m.start < span.start))
                    .filter(|(_, d)| {
                        d.role
                            .as_deref()
                            .is_some_and(|r| r.to_lowercase().contains(&want))
                    })
                    .filter(|(_, d)| aff.is_none() || d.affiliation == aff)
                    .max_by_key(|(_, d)| {
                        d.mentions
                            .iter()
                            .filter(|m| m.start < span.start)
                            .map(|m| m.start)
                            .max()
                    })
                    .map(|(i, _)| i);
                if let Some(i) = hit {
                    book.drafts[i].add(span, &surface);
                }
            }
            Mention::InstRef {
                head,
                span,
                surface,
            } => {
                let hit = book
                    .drafts
                    .iter()
                    .enumerate()
                    .filter(|(_, d)| d.kind == ActorKind::Organization)
                    .filter(|(_, d)| d.name.to_lowercase().contains(&head))
                    .filter_map(|(i, d)| {
                        d.mentions
                            .iter()
                            .filter(|m| m.start < span.start)
                            .map(|m| m.start)
                            .max()
                            .map(|p| (p, i))
                    })
                    .max()
                    .map(|(_, i)| i);
                if let Some(i) = hit {
                    book.drafts[i].add(span, &surface);
                }
            }
            _ => {}
        }
    }
    finish(book.drafts)
}

fn person(
    book: &mut Book,
    name: &str,
    span: Span,
    surface: &str,
    role: Option<String>,
    affiliation: Option<usize>,
) {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_string())
        .collect();
    // A single word that is the surname of someone named in full merges into them.
    let existing = if words.len() == 1 {
        resolve_single(book, &words[0])
    } else {
        None
    };
    let i = match existing {
        Some(i) => i,
        None => {
            let key = format!("person:{}", slug(name));
            book.get(&key, || {
                let mut d = Draft::new(key.clone(), name.to_string(), ActorKind::Person);
                d.words = words.clone();
                d
            })
        }
    };
    let d = &mut book.drafts[i];
    d.add(span, surface);
    if surface != name && !d.aliases.iter().any(|a| a == name) && d.name != name {
        d.aliases.push(name.to_string());
    }
    if d.role.is_none() {
        d.role = role;
    }
    if d.affiliation.is_none() {
        d.affiliation = affiliation.map(polity_id);
    }
}

/// The actor a lone capitalised word refers to: an acronym, a surname, a first name, or the one
/// word of an organisation's name.
fn resolve_single(book: &Book, word: &str) -> Option<usize> {
    let by_acronym = book
        .drafts
        .iter()
        .position(|d| d.acronym.as_deref() == Some(word));
    if by_acronym.is_some() {
        return by_acronym;
    }
    let people = |f: &dyn Fn(&Draft) -> bool| -> Option<usize> {
        let hits: Vec<usize> = book
            .drafts
            .iter()
            .enumerate()
            .filter(|(_, d)| d.kind == ActorKind::Person && f(d))
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    };
    people(&|d| d.words.len() > 1 && d.words.last().is_some_and(|w| w == word))
        .or_else(|| people(&|d| d.words.len() > 1 && d.words.first().is_some_and(|w| w == word)))
        .or_else(|| {
            book.drafts.iter().position(|d| {
                d.kind != ActorKind::Person
                    && (d.name == word || d.aliases.iter().any(|a| a == word))
            })
        })
}

fn finish(drafts: Vec<Draft>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::with_capacity(drafts.len());
    let mut ids: HashMap<String, usize> = HashMap::new();
    let mut drafts = drafts;
    for d in &mut drafts {
        d.mentions.sort();
        d.mentions.dedup();
    }
    drafts.retain(|d| !d.mentions.is_empty());
    drafts.sort_by_key(|d| d.mentions[0].start);
    for d in drafts {
        let base = if d.key.starts_with("polity:") {
            d.key["polity:".len()..].to_string()
        } else if d.key.starts_with("org:") && d.affiliation.is_some() {
            d.key["org:".len()..].to_string()
        } else {
            slug(&d.name)
        };
        let n = ids.entry(base.clone()).or_insert(0);
        *n += 1;
        let id = if *n == 1 { base } else { format!("{base}-{n}") };
        let aliases = d.aliases.into_iter().filter(|a| *a != d.name).fold(
            Vec::new(),
            |mut v: Vec<String>, a| {
                if !v.contains(&a) {
                    v.push(a);
                }
                v
            },
        );
        out.push(Actor {
            id,
            name: d.name,
            kind: d.kind,
            role: d.role,
            affiliation: d.affiliation,
            aliases,
            mentions: d.mentions,
        });
    }
    out
}
