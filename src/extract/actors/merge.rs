//! Coreference sieves: mentions into actors.

use super::super::gazetteer::FastMap as HashMap;
use super::super::gazetteer::{self as gz, Polity, slug};
use super::super::{Actor, ActorKind, Span};
use super::mentions::{Mention, Placing};

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
    /// The name without its country (`Home Office` of `United Kingdom Home Office`).
    short: Option<String>,
    /// Whether the name was seen capitalised (organisations).
    capitalised: bool,
    /// Whether the text gives evidence that it acts: a country named (not only an adjective),
    /// a person with a title, a given name or a surname used again.
    strong: bool,
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
            short: None,
            words: Vec::new(),
            capitalised: true,
            strong: kind == ActorKind::Organization,
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
    /// People named in two words or more, by last and by first word.
    last_words: HashMap<String, Vec<usize>>,
    first_words: HashMap<String, Vec<usize>>,
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

fn polity_key(p: usize, local: &[Polity]) -> String {
    format!("polity:{}", gz::polity(p, local).id)
}

fn polity_id(p: usize, local: &[Polity]) -> String {
    gz::polity(p, local).id.clone()
}

/// Merge `mentions` into actors; `local` holds the polities found in this text only.
pub fn actors(mentions: Vec<Mention>, local: &[Polity]) -> Vec<Actor> {
    let mut book = Book {
        drafts: Vec::new(),
        by_key: HashMap::default(),
        last_words: HashMap::default(),
        first_words: HashMap::default(),
    };
    let polity = |book: &mut Book, p: usize| {
        let key = polity_key(p, local);
        book.get(&key, || {
            let pol = gz::polity(p, local);
            let kind = if pol.body {
                ActorKind::Organization
            } else {
                ActorKind::Country
            };
            let mut d = Draft::new(key.clone(), pol.name.clone(), kind);
            d.strong = false;
            d
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
                acting,
            } => {
                let i = polity(&mut book, p);
                book.drafts[i].add(span, &surface);
                book.drafts[i].strong |= acting;
            }
            Mention::Org {
                name,
                key,
                span,
                affiliation,
                acronym,
                capitalised,
                short,
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
                    d.affiliation = affiliation.map(|p| polity_id(p, local));
                }
                if let Some(sh) = short
                    && !d.aliases.contains(&sh)
                {
                    d.aliases.push(sh.clone());
                    d.short.get_or_insert(sh);
                }
                if let Some(a) = acronym {
                    d.aliases.push(a.clone());
                    d.acronym = Some(a);
                }
            }
            // A bare name after `in`/`at` may be a place: decided once all names are known.
            m @ Mention::Person {
                after_locative: true,
                role: None,
                affiliation: None,
                ..
            } => pending.push(m),
            Mention::Person {
                name,
                span,
                surface,
                role,
                affiliation,
                evidence,
                body,
                ..
            } => {
                if let Some(p) = affiliation {
                    polity(&mut book, p);
                }
                let strong = evidence || role.is_some();
                // An organisation's key stands in until `finish` knows its id.
                let affiliation = affiliation
                    .map(|p| polity_id(p, local))
                    .or(body.map(|k| format!("org:{k}")));
                let i = person(&mut book, &name, span, &surface, role, affiliation);
                book.drafts[i].strong |= strong;
            }
            other => pending.push(other),
        }
    }
    // A lone word that is no surname, used at least twice mid-sentence or once acting
    // (`Google said`), names an organisation (`Twitter`, `NASA`).
    // A word seen only after locative prepositions (`to Ostrel`, `at Halden`), or as a
    // modifier (`the Halden substation`), names a place.
    let mut lone: HashMap<&str, (usize, bool, Placing)> = HashMap::default();
    for m in &pending {
        if let Mention::Single {
            word,
            initial,
            after_locative: false,
            before_place_noun: false,
            ordinary,
            acronym,
            acting,
            appositive,
            placing,
            ..
        } = m
            && (!ordinary || *acronym)
            && (!initial || *appositive || (*acronym && *acting))
        {
            let e = lone
                .entry(word.as_str())
                .or_insert((0, false, Placing::Modifier));
            e.0 += 1;
            e.1 |= *acting;
            e.2 = match (e.2, *placing) {
                (Placing::Other, _) | (_, Placing::Other) => Placing::Other,
                (Placing::Locative, _) | (_, Placing::Locative) => Placing::Locative,
                _ => Placing::Modifier,
            };
        }
    }
    let org_words: std::collections::HashSet<String> = lone
        .into_iter()
        .filter(|(_, (n, acting, placing))| *acting || (*n >= 2 && *placing != Placing::Locative))
        .map(|(w, _)| w.to_string())
        .collect();
    // Sieve 2: surnames, acronyms, role and institution words, in text order.
    let mut index = Index::build(&book);
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
                before_place_noun,
                ..
            } => {
                if let Some(i) = index.resolve(&book, &word) {
                    book.drafts[i].add(span, &word);
                    index.late.push((span.start, i));
                    // A surname used again on its own: the pair was a person's name.
                    book.drafts[i].strong = true;
                    continue;
                }
                let org_word = org_words.contains(&word);
                if !org_word && (initial || after_locative || before_place_noun) {
                    continue;
                }
                if org_word {
                    let k = format!("org:{}", slug(&word));
                    let i = book.get(&k, || {
                        Draft::new(k.clone(), word.clone(), ActorKind::Organization)
                    });
                    book.drafts[i].add(span, &word);
                    index.names.insert(word, i);
                }
            }
            Mention::RoleRef {
                head,
                span,
                surface,
                affiliation,
            } => {
                let want = head.to_lowercase();
                let aff = affiliation.map(|p| polity_id(p, local));
                let hit = index.nearest(span.start, |i| {
                    let d = &book.drafts[i];
                    d.kind == ActorKind::Person
                        && index.lower(i).contains(&want)
                        && (aff.is_none() || d.affiliation == aff)
                });
                if let Some(i) = hit {
                    book.drafts[i].add(span, &surface);
                    index.late.push((span.start, i));
                }
            }
            Mention::InstRef {
                head,
                span,
                surface,
                publication,
            } => {
                let hit = index.nearest(span.start, |i| {
                    book.drafts[i].kind == ActorKind::Organization && index.lower(i).contains(&head)
                });
                if let Some(i) = hit {
                    book.drafts[i].add(span, &surface);
                    index.late.push((span.start, i));
                } else if publication {
                    let k = format!("org:{}", slug(&surface));
                    let i = book.get(&k, || {
                        Draft::new(k.clone(), surface.clone(), ActorKind::Organization)
                    });
                    book.drafts[i].add(span, &surface);
                }
            }
            _ => {}
        }
    }
    finish(merge_short_names(book.drafts))
}

/// Lookups for the second sieve, built once after the first.
struct Index {
    acronyms: HashMap<String, usize>,
    /// Names and aliases of organisations and countries.
    names: HashMap<String, usize>,
    /// Every first-sieve mention as (start, actor), sorted.
    timeline: Vec<(usize, usize)>,
    /// Second-sieve mentions, appended in text order.
    late: Vec<(usize, usize)>,
    /// Lower-case role (people) or name (organisations) per actor, for reference words.
    lower: Vec<String>,
}

impl Index {
    fn build(book: &Book) -> Self {
        let mut ix = Index {
            acronyms: HashMap::default(),
            names: HashMap::default(),
            timeline: Vec::new(),
            late: Vec::new(),
            lower: Vec::with_capacity(book.drafts.len()),
        };
        for (i, d) in book.drafts.iter().enumerate() {
            ix.timeline.extend(d.mentions.iter().map(|m| (m.start, i)));
            ix.lower.push(match (&d.kind, &d.role) {
                (ActorKind::Person, Some(r)) => r.to_lowercase(),
                (ActorKind::Organization, _) if !d.key.starts_with("polity:") => {
                    d.name.to_lowercase()
                }
                _ => String::new(),
            });
            if let Some(a) = &d.acronym {
                ix.acronyms.entry(a.clone()).or_insert(i);
            }
            if d.kind != ActorKind::Person {
                for n in std::iter::once(&d.name).chain(&d.aliases) {
                    ix.names.entry(n.clone()).or_insert(i);
                }
            }
        }
        ix.timeline.sort_unstable();
        ix
    }

    /// The actor of the nearest mention before `pos` that `fits`, looking back a bounded
    /// number of mentions (a reference word points to something recent).
    fn nearest(&self, pos: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        const LOOKBACK: usize = 256;
        let k = self.timeline.partition_point(|&(s, _)| s < pos);
        let early = self.timeline[..k]
            .iter()
            .rev()
            .take(LOOKBACK)
            .find(|&&(_, i)| fits(i));
        let late = self
            .late
            .iter()
            .rev()
            .filter(|&&(s, _)| s < pos)
            .take(LOOKBACK)
            .find(|&&(_, i)| fits(i));
        early.max(late).map(|&(_, i)| i)
    }

    /// Lower-case role or organisation name of actor `i` (empty when none).
    fn lower(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    /// The actor a lone capitalised word refers to: an acronym, a surname, a first name, or
    /// the name of an organisation or country.
    fn resolve(&self, book: &Book, word: &str) -> Option<usize> {
        if let Some(&i) = self.acronyms.get(word) {
            return Some(i);
        }
        resolve_single(book, word).or_else(|| self.names.get(word).copied())
    }
}

/// Several people share a word: the most mentioned one, then the first introduced
/// (`Mohamed` is the boy of the story, not his father `Mohamed El-Hassan Mohamed`).
fn most_salient(book: &Book, hits: &[usize]) -> Option<usize> {
    hits.iter().copied().max_by_key(|&i| {
        let d = &book.drafts[i];
        (
            d.mentions.len(),
            std::cmp::Reverse(d.mentions.first().map(|m| m.start)),
        )
    })
}

/// `Home Office` after `United Kingdom Home Office`, `Supreme Court` after `Italian Supreme
/// Court of Cassation`: an organisation named without its country is the one country's
/// institution of that name, when only one matches.
fn merge_short_names(mut drafts: Vec<Draft>) -> Vec<Draft> {
    // Short name (and its part before ` of `) -> affiliated organisations.
    let mut by_short: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, d) in drafts.iter().enumerate() {
        if let Some(sh) = &d.short {
            let sh = sh.to_lowercase();
            if let Some((head, _)) = sh.split_once(" of ") {
                by_short.entry(head.to_string()).or_default().push(i);
            }
            by_short.entry(sh).or_default().push(i);
        }
    }
    for j in 0..drafts.len() {
        if drafts[j].kind != ActorKind::Organization
            || drafts[j].affiliation.is_some()
            || drafts[j].key.starts_with("polity:")
        {
            continue;
        }
        let hits = by_short.get(&drafts[j].name.to_lowercase());
        if let Some(&[i]) = hits.map(Vec::as_slice)
            && i != j
        {
            let moved = std::mem::take(&mut drafts[j].mentions);
            let name = drafts[j].name.clone();
            let aliases = std::mem::take(&mut drafts[j].aliases);
            let d = &mut drafts[i];
            d.mentions.extend(moved);
            for a in std::iter::once(name).chain(aliases) {
                if a != d.name && !d.aliases.contains(&a) {
                    d.aliases.push(a);
                }
            }
        }
    }
    drafts
}

fn person(
    book: &mut Book,
    name: &str,
    span: Span,
    surface: &str,
    role: Option<String>,
    affiliation: Option<String>,
) -> usize {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| w.trim_end_matches('.').to_string())
        .collect();
    // A single word that is the surname of someone named in full merges into them, and so
    // does a surname with its particle capitalised (`De Klerk` for `F. W. de Klerk`).
    let particle_surname = words.len() == 2
        && gz::NAME_PARTICLES.contains(words[0].to_lowercase().as_str())
        && words[0].chars().next().is_some_and(char::is_uppercase);
    let existing = if words.len() == 1 {
        resolve_single(book, &words[0])
    } else if particle_surname {
        resolve_single(book, &words[1]).filter(|&i| {
            let lower = words[0].to_lowercase();
            book.drafts[i].words.contains(&lower)
        })
    } else {
        None
    };
    let i = match existing {
        Some(i) => i,
        None => {
            let key = format!("person:{}", slug(name));
            let before = book.drafts.len();
            let i = book.get(&key, || {
                let mut d = Draft::new(key.clone(), name.to_string(), ActorKind::Person);
                d.words = words.clone();
                d
            });
            if book.drafts.len() > before
                && words.len() > 1
                && let (Some(first), Some(last)) = (words.first(), words.last())
            {
                book.last_words.entry(name_key(last)).or_default().push(i);
                book.first_words.entry(name_key(first)).or_default().push(i);
            }
            i
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
        d.affiliation = affiliation;
    }
    i
}

/// The person a lone word names: a surname, else a first name.
fn resolve_single(book: &Book, word: &str) -> Option<usize> {
    let word = name_key(word);
    let word = word.as_str();
    most_salient(book, book.last_words.get(word).map_or(&[], Vec::as_slice))
        .or_else(|| most_salient(book, book.first_words.get(word).map_or(&[], Vec::as_slice)))
}

/// A name word as a lookup key: the typographic apostrophe folded into the plain one, so
/// `O’Brien` and `O'Brien` are one name.
fn name_key(word: &str) -> String {
    word.replace('\u{2019}', "'")
}

fn finish(drafts: Vec<Draft>) -> Vec<Actor> {
    let mut out: Vec<Actor> = Vec::with_capacity(drafts.len());
    let mut ids: HashMap<String, usize> = HashMap::default();
    let mut key_ids: HashMap<String, String> = HashMap::default();
    let mut drafts = drafts;
    for d in &mut drafts {
        d.mentions.sort();
        d.mentions.dedup();
    }
    // Countries seen only as adjectives stay when someone belongs to them.
    let affiliations: std::collections::HashSet<String> = drafts
        .iter()
        .filter(|d| d.strong)
        .filter_map(|d| d.affiliation.clone())
        .collect();
    drafts.retain(|d| {
        !d.mentions.is_empty()
            && (d.strong
                || d.key
                    .strip_prefix("polity:")
                    .is_some_and(|id| affiliations.contains(id)))
    });
    drafts.sort_by_key(|d| d.mentions[0].start);
    // An alias two actors share (`Foreign Ministry` of two countries) names neither.
    let mut alias_count: HashMap<String, usize> = HashMap::default();
    for d in &drafts {
        for a in &d.aliases {
            *alias_count.entry(a.to_lowercase()).or_insert(0) += 1;
        }
    }
    for d in &mut drafts {
        d.aliases
            .retain(|a| alias_count.get(&a.to_lowercase()).copied().unwrap_or(0) < 2);
    }
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
        key_ids.insert(d.key.clone(), id.clone());
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
    // Affiliations to organisations name them by key until here.
    for a in &mut out {
        if a.affiliation
            .as_deref()
            .is_some_and(|k| k.starts_with("org:"))
        {
            a.affiliation = a.affiliation.take().and_then(|k| key_ids.get(&k).cloned());
        }
    }
    out
}
