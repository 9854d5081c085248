//! Source phrases to actor ids.
//!
//! A phrase that overlaps an actor mention is that actor (the mention ending last, so
//! `U.S. Secretary of State Jane Roe` is Roe, not the U.S.). A pronoun is the source of the
//! previous claim when compatible (`it added`), else the first compatible actor of the nearest
//! sentence before it (subjects come first). A bare role (`the ministry`) is the most recently
//! mentioned actor whose name or role holds the same words.

use std::collections::HashMap;

use super::lexicon;
use super::{Doc, Draft};
use crate::extract::{Actor, ActorKind};

/// Looks up actors by mention position.
pub(super) struct Resolver<'a> {
    actors: &'a [Actor],
    /// (start, end, actor index), sorted by start.
    mentions: Vec<(usize, usize, usize)>,
    /// Actor indices by each lower-cased word of their name, aliases and role.
    by_word: HashMap<String, Vec<usize>>,
    kinds: HashMap<&'a str, ActorKind>,
}

impl<'a> Resolver<'a> {
    pub fn new(actors: &'a [Actor]) -> Self {
        let mut mentions: Vec<(usize, usize, usize)> = actors
            .iter()
            .enumerate()
            .flat_map(|(n, a)| a.mentions.iter().map(move |m| (m.start, m.end, n)))
            .collect();
        mentions.sort_unstable();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        for (n, a) in actors.iter().enumerate() {
            let words = std::iter::once(&a.name)
                .chain(a.aliases.iter())
                .chain(a.role.iter())
                .flat_map(|s| s.split_whitespace());
            for w in words {
                let list = by_word.entry(w.to_lowercase()).or_default();
                if list.last() != Some(&n) {
                    list.push(n);
                }
            }
        }
        let kinds = actors.iter().map(|a| (a.id.as_str(), a.kind)).collect();
        Resolver {
            actors,
            mentions,
            by_word,
            kinds,
        }
    }

    fn kind_of(&self, id: &str) -> Option<ActorKind> {
        self.kinds.get(id).copied()
    }

    /// The actor id of the source phrase of tokens `a..b` in sentence `si`.
    pub fn resolve(
        &self,
        doc: &Doc,
        a: usize,
        b: usize,
        si: usize,
        prev: &[Draft],
    ) -> Option<String> {
        let start = doc.toks[a].start;
        let end = doc.toks[b - 1].end;
        if b - a == 1 {
            let low = doc.low(a);
            let kinds: &[ActorKind] = match low.as_str() {
                "he" | "she" => &[ActorKind::Person],
                "it" => &[ActorKind::Organization, ActorKind::Country],
                // `they` is too often a plural of people no actor stands for.
                "they" | "we" | "i" => return None,
                _ => &[],
            };
            if !kinds.is_empty() {
                return self.pronoun(doc, kinds, start, si, prev);
            }
        }
        // A mention only names the source when it covers the head: in `the Afghan team's
        // coach` the country is a modifier, not the speaker.
        let head_start = doc.toks[b - 1].start;
        if let Some(n) = self.person_within(doc, start, end) {
            return Some(self.actors[n].id.clone());
        }
        if let Some(n) = self.overlapping(start, end, head_start) {
            return Some(self.actors[n].id.clone());
        }
        let head = doc.low(b - 1);
        let head = head.as_str();
        if lexicon::is_statement_noun(head) && !doc.toks[b - 1].cap {
            // `Velmar's statement said`: the possessor issued it.
            let possessor = (a..b - 1)
                .rev()
                .find(|&k| k > a && super::tokens::is_possessive(doc.tok_text(k)))
                .and_then(|k| self.overlapping(start, doc.toks[k].start, doc.toks[k - 1].start));
            if let Some(n) = possessor {
                return Some(self.actors[n].id.clone());
            }
            let d = prev.last()?;
            return (d.via_statement && d.sent + 3 >= si)
                .then(|| d.source.clone())
                .flatten();
        }
        let words: Vec<String> = (a..b)
            .filter(|&k| {
                let w = doc.low(k);
                let t = doc.toks[k];
                (t.cap && !lexicon::is_cap_stop(w.as_str()))
                    || lexicon::is_role_noun(w.as_str())
                    || lexicon::is_role_modifier(w.as_str())
            })
            .map(|k| {
                let w = doc.tok_text(k).to_lowercase();
                w.trim_end_matches('.').to_string()
            })
            .collect();
        self.named(&words, start)
            .or_else(|| {
                (head == "government").then(|| self.latest_of_kind(&[ActorKind::Country], start))?
            })
            .or_else(|| self.possessor(doc, a, b))
    }

    /// The actor named as the possessor inside a phrase whose head is no name: `the European
    /// Union's trade commissioner` and `a spokesman for GE's power unit` speak for it.
    fn possessor(&self, doc: &Doc, a: usize, b: usize) -> Option<String> {
        let k = (a + 1..b)
            .rev()
            .find(|&k| super::tokens::is_possessive(doc.tok_text(k)))?;
        let n = self.overlapping(doc.toks[a].start, doc.toks[k].start, doc.toks[k - 1].start)?;
        Some(self.actors[n].id.clone())
    }

    /// The mention inside `start..end` covering `head` that ends last (the longest on a tie).
    fn overlapping(&self, start: usize, end: usize, head: usize) -> Option<usize> {
        let hi = self.mentions.partition_point(|m| m.0 < end);
        self.mentions[..hi]
            .iter()
            .rev()
            .take(64)
            .filter(|m| m.1 > start && m.1 > head)
            .max_by_key(|m| (m.1, m.1 - m.0))
            .map(|m| m.2)
    }

    /// A person named inside the phrase, not as a possessor: the last one, or one followed by
    /// `of`/`from`/`at` (`Marta Lind of the group Open Borders` is Lind); `Dunn's office` is
    /// not Dunn.
    fn person_within(&self, doc: &Doc, start: usize, end: usize) -> Option<usize> {
        let lo = self.mentions.partition_point(|m| m.0 < start);
        let mut last = None;
        for m in self.mentions[lo..]
            .iter()
            .take_while(|m| m.0 < end)
            .take(64)
        {
            if m.1 > end || self.actors[m.2].kind != ActorKind::Person {
                continue;
            }
            let next = doc.toks.partition_point(|t| t.start < m.1);
            let after = doc.toks.get(next).filter(|t| t.start < end);
            if after.is_some_and(|t| super::tokens::is_possessive(t.text(doc.text))) {
                continue;
            }
            if after.is_some() && matches!(doc.low(next).as_str(), "of" | "from" | "at") {
                return Some(m.2);
            }
            last = Some(m.2);
        }
        last
    }

    fn pronoun(
        &self,
        doc: &Doc,
        kinds: &[ActorKind],
        pos: usize,
        si: usize,
        prev: &[Draft],
    ) -> Option<String> {
        if let Some((id, _)) = previous_source(prev, si, 2)
            && self.kind_of(&id).is_some_and(|k| kinds.contains(&k))
        {
            return Some(id);
        }
        // The current sentence before the pronoun, then up to three sentences back; in each,
        // the first compatible mention (the likeliest subject).
        for back in 0..4 {
            let Some(sj) = si.checked_sub(back) else {
                break;
            };
            let span = doc.sents[sj].span;
            let until = if back == 0 { pos } else { span.end };
            let lo = self.mentions.partition_point(|m| m.0 < span.start);
            let found = self.mentions[lo..]
                .iter()
                .take_while(|m| m.0 < until)
                .find(|m| kinds.contains(&self.actors[m.2].kind));
            if let Some(m) = found {
                return Some(self.actors[m.2].id.clone());
            }
        }
        None
    }

    /// The most recently mentioned actor whose name, aliases or role hold every word (`the
    /// ministry`, `Jafari`); else the first such actor mentioned later.
    fn named(&self, words: &[String], pos: usize) -> Option<String> {
        if words.is_empty() {
            return None;
        }
        // Actors holding every word: the intersection of the word lists.
        let mut candidates: Vec<usize> = self.by_word.get(&words[0])?.clone();
        for w in &words[1..] {
            let list = self.by_word.get(w)?;
            candidates.retain(|n| list.contains(n));
        }
        let first = *candidates.first()?;
        let fits = |n: usize| candidates.contains(&n);
        let hi = self.mentions.partition_point(|m| m.0 < pos);
        let found = self.mentions[..hi]
            .iter()
            .rev()
            .take(400)
            .find(|m| fits(m.2))
            .or_else(|| self.mentions[hi..].iter().take(400).find(|m| fits(m.2)))
            .map_or(first, |m| m.2);
        Some(self.actors[found].id.clone())
    }

    fn latest_of_kind(&self, kinds: &[ActorKind], pos: usize) -> Option<String> {
        let hi = self.mentions.partition_point(|m| m.0 < pos);
        self.mentions[..hi]
            .iter()
            .rev()
            .take(400)
            .find(|m| kinds.contains(&self.actors[m.2].kind))
            .map(|m| self.actors[m.2].id.clone())
    }
}

/// The source id of the latest claim no more than `within` sentences before sentence `si`.
fn previous_source(prev: &[Draft], si: usize, within: usize) -> Option<(String, usize)> {
    let d = prev.last()?;
    if d.sent + within < si {
        return None;
    }
    d.source.clone().map(|s| (s, d.sent))
}
