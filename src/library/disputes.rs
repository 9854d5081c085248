//! Disputes across documents: claims from different documents about the same event that
//! conflict. Pure: documents come in with their extraction; nothing is read here.
//!
//! Three conflicts, precision first:
//! - one document asserts (or confirms, or accuses) and another denies or refutes, in the same
//!   words: a shared named thing (`Amsel`) and shared content words, and the same act when
//!   either names one (`closure` is not `sale`);
//! - contradicting figures for the same thing (`12 killed` against `3 killed`) with a shared
//!   name and a shared content word;
//! - a denial's content is what it denies: the claims on the other side of its own document's
//!   dispute (`denied a report that it will close the Amsel plant`) lend it their words.
//!
//! Near-linear: claims are indexed by their names (crudely stemmed); a denial or a figure meets
//! the claims holding its names, rarest names first, up to a bound; a name held by more than
//! [`COMMON`] claims is not followed, so each claim meets a bounded number of candidates.

use crate::extract::claims::act_of;
use crate::extract::vocab;
use crate::extract::{Claim, Extraction, Stance};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

/// A name held by more claims than this is too common to find candidates by.
pub const COMMON: usize = 1000;

/// How many candidates one claim meets at most.
const VISITS: usize = 2000;

/// One document of the library, as extraction saw it.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// Where it was read from, as shown to the user.
    pub path: &'a str,
    pub title: &'a str,
    /// Front matter `source` (the outlet).
    pub source: Option<&'a str>,
    pub extraction: &'a Extraction,
    /// The sanitised body the extraction's offsets index.
    pub body: &'a str,
}

/// One side of a dispute across documents: a claim of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Side {
    /// The document's path.
    pub document: String,
    /// Who makes the claim, as written.
    pub source: String,
    pub stance: Stance,
    /// What is claimed.
    pub text: String,
    /// Byte offsets of the claim's sentence(s) in the document's sanitised body.
    pub start: usize,
    pub end: usize,
    /// Index of the document in the input.
    #[serde(skip)]
    pub doc: usize,
    /// The claim's id in its document's extraction (`c3`); empty for the article's own
    /// sentence.
    #[serde(skip)]
    pub claim: String,
    /// Which position it takes: sides with the same position agree.
    #[serde(skip)]
    pub position: usize,
}

/// Claims of different documents that conflict.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dispute {
    /// What it is about, in words (`closure of the Amsel plant`).
    pub topic: String,
    /// Its sides, one per document and position: the first position first, then by document.
    pub sides: Vec<Side>,
}

/// Where a claim stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Polarity {
    Asserts,
    Denies,
    /// Urges and hedges take no position on what happened.
    Neither,
}

fn polarity(s: Stance) -> Polarity {
    match s {
        Stance::Assert | Stance::Confirm | Stance::Accuse => Polarity::Asserts,
        Stance::Deny => Polarity::Denies,
        Stance::Urge | Stance::Hedge => Polarity::Neither,
    }
}

/// A number with what it counts, as the range it allows: `12 killed` is (`killed`, 12, 12),
/// `at least 12 killed` (`killed`, 12, max), `about 40 killed` (`killed`, 32, 48).
type Figure = (String, u64, u64);

/// Whether two figures count the same thing and cannot both be true.
fn figures_disagree(a: &Figure, b: &Figure) -> bool {
    a.0 == b.0 && (a.2 < b.1 || b.2 < a.1)
}

/// What pairing needs of one claim of a document (or of one sentence of the article's own
/// account), computed once per document: the library index keeps it, so a library's
/// disputes are found without extracting its documents again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimFacts {
    /// The claim's id (`c3`); empty for the article's own sentence.
    pub claim: String,
    /// Who makes it, as written (the outlet, or `the article`, for the article's own).
    pub source: String,
    pub stance: Stance,
    /// What is claimed.
    pub text: String,
    /// Byte offsets of its sentence(s) in the document's sanitised body.
    pub start: usize,
    pub end: usize,
    /// The topic of the dispute it is in within its own document, if any.
    topic: Option<String>,
    /// An assertion its own document disputes with a denial (`Halvor denied reports that
    /// it will close the plant`): not that document's account, so not paired.
    answered: bool,
    /// Stemmed proper names (`amsel`, `halvor`).
    names: Stems,
    /// Stemmed content words (`plant`, `clos`).
    words: Stems,
    /// The act it reports (`closure`), if one is named.
    act: Option<String>,
    figures: Vec<Figure>,
    /// The events it names (`protest`), from `event_nouns.txt`, singular.
    events: Stems,
    /// How it describes them: (line, side) of `opposed_descriptors.txt`, a negated word on
    /// the other side; a line whose two sides it both holds is dropped. Sorted.
    descriptors: Box<[(u16, u8)]>,
}

/// A set of stemmed words as their sorted 64-bit hashes (xxh3): 8 bytes a word, where a
/// `BTreeSet<String>` took a node and an allocation per word. A library holds every claim's
/// sets (hundreds of thousands of claims in 10,000 briefings), so this is most of its memory.
/// Two different words share a hash with odds of about 2^-64 per pair.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
struct Stems(Box<[u64]>);

impl Stems {
    fn of<'a>(words: impl IntoIterator<Item = &'a String>) -> Stems {
        let mut v: Vec<u64> = words.into_iter().map(|w| stem_key(w)).collect();
        v.sort_unstable();
        v.dedup();
        Stems(v.into())
    }

    fn contains(&self, word: &str) -> bool {
        self.0.binary_search(&stem_key(word)).is_ok()
    }

    fn iter(&self) -> impl Iterator<Item = u64> + '_ {
        self.0.iter().copied()
    }

    /// How many words both sets hold.
    fn common(&self, other: &Stems) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        let (a, b) = (&self.0, &other.0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }

    /// Both sets together.
    fn union(&self, other: &Stems) -> Stems {
        let mut v: Vec<u64> = self.iter().chain(other.iter()).collect();
        v.sort_unstable();
        v.dedup();
        Stems(v.into())
    }

    /// What both sets hold.
    fn intersection(&self, other: &Stems) -> Stems {
        Stems(
            self.iter()
                .filter(|h| other.0.binary_search(h).is_ok())
                .collect(),
        )
    }
}

/// The key of a stemmed word in [`Stems`] and in the index's postings.
fn stem_key(word: &str) -> u64 {
    super::index::content_hash(word.as_bytes())
}

impl ClaimFacts {
    fn polarity(&self) -> Polarity {
        polarity(self.stance)
    }

    /// Whether pairing starts from it: every conflict has a denial, a figure or a
    /// descriptor on one side.
    fn leads(&self) -> bool {
        self.polarity() == Polarity::Denies
            || !self.figures.is_empty()
            || !self.descriptors.is_empty()
    }
}

/// What pairing needs of one document: its claims' facts, then its lede's.
pub fn document_facts(doc: &Document) -> Vec<ClaimFacts> {
    let mut out: Vec<ClaimFacts> = (0..doc.extraction.claims.len())
        .map(|c| facts_of(doc, c))
        .collect();
    out.extend(lede(doc));
    out
}

/// Claims' facts of many documents, indexed by their names for pairing; documents are
/// added and removed one by one (the app's library grows as it is indexed).
///
/// Near-linear: a claim meets the claims of other documents holding its names, rarest names
/// first, at most [`VISITS`] of them, and never through a name more than [`COMMON`] claims
/// hold.
#[derive(Debug, Clone, Default)]
pub struct Index {
    /// Document -> (generation, its facts).
    docs: HashMap<usize, (u64, Arc<[ClaimFacts]>)>,
    /// Stemmed name (its [`stem_key`]) -> (document, generation, fact) holding it; entries of
    /// a removed or replaced document (older generation) are skipped.
    postings: HashMap<u64, Vec<(usize, u64, u32)>>,
    generation: u64,
}

impl Index {
    /// Add (or replace) document `doc`'s facts.
    pub fn add(&mut self, doc: usize, facts: Arc<[ClaimFacts]>) {
        self.generation += 1;
        let g = self.generation;
        for (n, f) in facts.iter().enumerate() {
            if f.polarity() == Polarity::Neither {
                continue;
            }
            for w in f.names.iter() {
                self.postings.entry(w).or_default().push((doc, g, n as u32));
            }
        }
        self.docs.insert(doc, (g, facts));
    }

    /// Forget document `doc`.
    pub fn remove(&mut self, doc: usize) {
        self.docs.remove(&doc);
    }

    /// The facts of document `doc`, if it was added.
    pub fn facts(&self, doc: usize) -> Option<&[ClaimFacts]> {
        self.docs.get(&doc).map(|(_, f)| &f[..])
    }

    /// The claims of other documents that conflict with fact `n` of document `doc`, as
    /// (document, fact) pairs, in no particular order.
    pub fn conflicts(&self, doc: usize, n: usize) -> Vec<(usize, usize)> {
        let Some(f) = self.facts(doc).and_then(|fs| fs.get(n)) else {
            return Vec::new();
        };
        if f.polarity() == Polarity::Neither {
            return Vec::new();
        }
        // Candidates: the claims of other documents holding its names, rarest names first.
        let mut rare: Vec<&Vec<(usize, u64, u32)>> = f
            .names
            .iter()
            .filter_map(|w| self.postings.get(&w))
            .filter(|list| list.len() <= COMMON)
            .collect();
        rare.sort_by_key(|list| list.len());
        let mut seen: BTreeSet<(usize, u32)> = BTreeSet::new();
        let mut out = Vec::new();
        for list in rare {
            if seen.len() >= VISITS {
                break;
            }
            for &(d, g, m) in list {
                if d == doc {
                    continue;
                }
                // A posting of a document since replaced or removed is skipped.
                let Some((_, facts)) = self.docs.get(&d).filter(|(live, _)| *live == g) else {
                    continue;
                };
                if seen.insert((d, m))
                    && let Some(other) = facts.get(m as usize)
                    && conflict(f, other)
                {
                    out.push((d, m as usize));
                }
            }
        }
        out
    }

    /// The claims of other documents that dispute claim `claim` (`c3`) of document `doc`,
    /// each with its document, in document order.
    pub fn disputing(&self, doc: usize, claim: &str) -> Vec<(usize, &ClaimFacts)> {
        let Some(n) = self
            .facts(doc)
            .and_then(|fs| fs.iter().position(|f| f.claim == claim))
        else {
            return Vec::new();
        };
        let mut out: Vec<(usize, &ClaimFacts)> = self
            .conflicts(doc, n)
            .into_iter()
            .filter_map(|(d, m)| Some((d, self.facts(d)?.get(m)?)))
            .collect();
        out.sort_by_key(|(d, f)| (*d, f.start));
        out
    }

    /// How many other documents dispute claim `claim` of document `doc` ("disputed in 2
    /// other briefings").
    pub fn documents_disputing(&self, doc: usize, claim: &str) -> usize {
        self.disputing(doc, claim)
            .iter()
            .map(|(d, _)| *d)
            .collect::<BTreeSet<_>>()
            .len()
    }
}

/// The disputes across `docs`, in a stable order (by their first side's document and offset).
pub fn find(docs: &[Document]) -> Vec<Dispute> {
    let mut index = Index::default();
    for (d, doc) in docs.iter().enumerate() {
        index.add(d, document_facts(doc).into());
    }
    disputes(&index, docs.len(), |d| docs[d].path)
}

/// The disputes among the first `count` documents of `index`, each document's path from
/// `path`.
pub fn disputes<'a>(index: &Index, count: usize, path: impl Fn(usize) -> &'a str) -> Vec<Dispute> {
    let mut pairs: Vec<((usize, usize), (usize, usize))> = Vec::new();
    for d in 0..count {
        let Some(facts) = index.facts(d) else {
            continue;
        };
        for (n, f) in facts.iter().enumerate() {
            if !f.leads() {
                continue;
            }
            for m in index.conflicts(d, n) {
                pairs.push(((d, n).min(m), (d, n).max(m)));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    group(index, &path, &pairs)
}

/// Whether two claims of different documents, about one thing, conflict.
fn conflict(a: &ClaimFacts, b: &ClaimFacts) -> bool {
    let names = a.names.common(&b.names);
    let words = a.words.common(&b.words);
    if names == 0 {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.act, &b.act)
        && x != y
    {
        return false;
    }
    let (pa, pb) = (a.polarity(), b.polarity());
    if pa == Polarity::Neither || pb == Polarity::Neither || a.answered || b.answered {
        return false;
    }
    // Contradicting descriptions of one named event (`the protest in Kalvik was peaceful`
    // against `the violent protest in Kalvik`), both asserted.
    if pa == pb
        && (words >= 2 || a.events.common(&b.events) > 0)
        && a.descriptors
            .iter()
            .any(|&(line, side)| b.descriptors.contains(&(line, 1 - side)))
    {
        return true;
    }
    let one_act = a.act.is_some() != b.act.is_some();
    let same_thing = if one_act {
        names + words >= 4 && words >= 2
    } else {
        words >= 2 || (words >= 1 && names >= 2)
    };
    if !same_thing {
        return false;
    }
    if pa != pb {
        return true;
    }
    // Figures for the same thing that disagree (`12 killed` against `3 killed`).
    words >= 2
        && a.figures
            .iter()
            .any(|x| b.figures.iter().any(|y| figures_disagree(x, y)))
}

/// A fact of the index: (document, fact).
type At = (usize, usize);

/// Join pairs sharing a claim into disputes, each split into positions.
fn group<'a>(index: &Index, path: &impl Fn(usize) -> &'a str, pairs: &[(At, At)]) -> Vec<Dispute> {
    let mut parent: HashMap<At, At> = HashMap::new();
    fn root(parent: &mut HashMap<At, At>, mut x: At) -> At {
        while let Some(&p) = parent.get(&x)
            && p != x
        {
            let up = parent.get(&p).copied().unwrap_or(p);
            parent.insert(x, up);
            x = up;
        }
        x
    }
    for &(a, b) in pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent.insert(ra.max(rb), ra.min(rb));
        }
    }
    let mut members: HashMap<At, BTreeSet<At>> = HashMap::new();
    for &(a, b) in pairs {
        let r = root(&mut parent, a);
        members.entry(r).or_default().extend([a, b]);
    }
    let fact = |(d, n): At| &index.docs[&d].1[n];
    let mut out: Vec<Dispute> = members
        .into_values()
        .map(|set| {
            let ms: Vec<(At, &ClaimFacts)> = set.into_iter().map(|m| (m, fact(m))).collect();
            dispute(path, &ms)
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |d: &Dispute| d.sides.first().map(|s| (s.doc, s.start));
        key(a).cmp(&key(b))
    });
    out
}

fn dispute<'a>(path: &impl Fn(usize) -> &'a str, ms: &[(At, &ClaimFacts)]) -> Dispute {
    // Positions: assertions against denials; when all assert, each figure its own position
    // (claims with the first claim's figure stand with it).
    let first = ms[0].1;
    let mixed = ms.iter().any(|(_, f)| f.polarity() != first.polarity());
    let position = |f: &ClaimFacts| -> usize {
        if mixed {
            usize::from(f.polarity() == Polarity::Denies)
        } else {
            usize::from(opposes(first, f))
        }
    };
    let mut sides: Vec<Side> = ms
        .iter()
        .map(|&((d, _), f)| Side {
            document: path(d).to_string(),
            source: f.source.clone(),
            stance: f.stance,
            text: f.text.clone(),
            start: f.start,
            end: f.end,
            doc: d,
            claim: f.claim.clone(),
            position: position(f),
        })
        .collect();
    // One side per document and position: a claim rather than the article's own sentence.
    sides.sort_by(|a, b| {
        (a.position, a.doc, a.claim.is_empty(), a.start).cmp(&(
            b.position,
            b.doc,
            b.claim.is_empty(),
            b.start,
        ))
    });
    sides.dedup_by(|b, a| a.position == b.position && a.doc == b.doc);
    let facts: Vec<&ClaimFacts> = ms.iter().map(|(_, f)| *f).collect();
    Dispute {
        topic: topic(&facts),
        sides,
    }
}

/// Whether `b`'s figures or descriptions contradict `a`'s (both asserting).
fn opposes(a: &ClaimFacts, b: &ClaimFacts) -> bool {
    b.descriptors
        .iter()
        .any(|&(line, side)| a.descriptors.contains(&(line, 1 - side)))
        || b.figures
            .iter()
            .any(|y| a.figures.iter().any(|x| figures_disagree(x, y)))
}

/// `protest: peaceful or violent`: the event two sides describe in opposite words.
fn descriptor_topic(ms: &[&ClaimFacts]) -> Option<String> {
    let a = ms[0];
    let b = ms.iter().find(|b| {
        b.descriptors
            .iter()
            .any(|&(line, side)| a.descriptors.contains(&(line, 1 - side)))
    })?;
    let word = |f: &ClaimFacts| {
        f.text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .find(|w| {
                vocab::OPPOSED_DESCRIPTORS
                    .get(w.to_lowercase().as_str())
                    .is_some_and(|(line, _)| f.descriptors.iter().any(|(l, _)| l == line))
            })
            .map(str::to_lowercase)
    };
    let event = a
        .text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .find(|w| b.events.contains(&stem(&w.to_lowercase())))
        .map(str::to_lowercase);
    let (x, y) = (word(a)?, word(b)?);
    Some(match event {
        Some(e) => format!("{e}: {x} or {y}"),
        None => format!("{x} or {y}"),
    })
}

/// The act a side names, else the topic of a side's own dispute in its document, else the
/// words all sides share.
fn topic(ms: &[&ClaimFacts]) -> String {
    let mixed = ms.iter().any(|f| f.polarity() != ms[0].polarity());
    if !mixed && let Some(t) = figure_topic(&ms[0].text).or_else(|| descriptor_topic(ms)) {
        return t;
    }
    // What is asserted names the act; a denial's own words may be about something else.
    let asserted = ms.iter().filter(|f| f.polarity() == Polarity::Asserts);
    let denied = ms.iter().filter(|f| f.polarity() != Polarity::Asserts);
    if let Some(t) = asserted.chain(denied).find_map(|f| act_of(&f.text)) {
        return t;
    }
    if let Some(t) = ms.iter().find_map(|f| f.topic.clone()) {
        return t;
    }
    // The words of the first claim that every side shares, as written.
    let shared: Stems = ms
        .iter()
        .map(|f| f.names.union(&f.words))
        .reduce(|a, b| a.intersection(&b))
        .unwrap_or_default();
    let words: Vec<&str> = ms[0]
        .text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| shared.contains(&stem(&w.to_lowercase())))
        .take(6)
        .collect();
    if words.is_empty() {
        "conflicting accounts".to_string()
    } else {
        words.join(" ")
    }
}

/// The facts of claim `c` of `doc`. A denial's words include those of the claims it is
/// disputed against in its own document (what it denies).
fn facts_of(doc: &Document, c: usize) -> ClaimFacts {
    let x = doc.extraction;
    let claim = &x.claims[c];
    let mut texts: Vec<&Claim> = vec![claim];
    let own = x.disputes.iter().find(|t| t.claims.contains(&claim.id));
    let answered = claim.stance != Stance::Deny
        && x.disputes.iter().any(|t| {
            let mine = t.sides.iter().find(|s| s.contains(&claim.id));
            t.sides.iter().filter(|s| Some(*s) != mine).any(|s| {
                s.iter().any(|id| {
                    x.claims
                        .iter()
                        .any(|k| &k.id == id && k.stance == Stance::Deny)
                })
            })
        });
    if claim.stance == Stance::Deny {
        for dispute in x.disputes.iter().filter(|t| t.claims.contains(&claim.id)) {
            let mine = dispute.sides.iter().find(|s| s.contains(&claim.id));
            for side in &dispute.sides {
                if Some(side) == mine {
                    continue;
                }
                texts.extend(
                    side.iter()
                        .filter_map(|id| x.claims.iter().find(|k| &k.id == id)),
                );
            }
        }
    }
    let mut names = BTreeSet::new();
    let mut words = BTreeSet::new();
    let mut figures = Vec::new();
    let mut act = None;
    // A denial denies the act of the claims it answers, named before its own words.
    texts.rotate_left(1);
    for t in &texts {
        salient(&t.text, &mut names, &mut words);
        figures.extend(figures_of(&t.text));
        act = act.or_else(|| act_of(&t.text).and_then(|a| a.split(' ').next().map(String::from)));
    }
    ClaimFacts {
        claim: claim.id.clone(),
        source: claim.source_text.clone(),
        stance: claim.stance,
        text: claim.text.clone(),
        start: claim.start,
        end: claim.end,
        topic: own.map(|d| d.topic.clone()),
        answered,
        names: Stems::of(&names),
        words: Stems::of(&words),
        act,
        figures,
        events: Stems::of(&events_of(&claim.text)),
        descriptors: descriptors_of(&claim.text).into_iter().collect(),
    }
}

/// How many of a document's first sentences are taken as the article's own account.
const LEDE: usize = 3;

/// How much of a body its first sentences are looked for in.
const LEDE_BYTES: usize = 4096;

/// Words that make a sentence report a denial or doubt rather than assert (`doubt_words.txt`).
fn doubts(w: &str) -> bool {
    vocab::DOUBT_WORDS.contains(w)
}

/// The article's own account: its first sentences that no claim covers and that assert
/// plainly (no denial, doubt or hedge word); their source is the outlet (`the article`).
fn lede(doc: &Document) -> Vec<ClaimFacts> {
    let claims = &doc.extraction.claims;
    let mut out = Vec::new();
    // The first sentences lie in the first few KiB: the rest of the body is not split.
    let mut head = doc.body.len().min(LEDE_BYTES);
    while !doc.body.is_char_boundary(head) {
        head -= 1;
    }
    let spans = crate::extract::sentences::split(&doc.body[..head]);
    // A sentence cut by the prefix's end is not taken whole: it is left out.
    let whole = spans.len() - usize::from(head < doc.body.len() && !spans.is_empty());
    for span in spans.into_iter().take(whole.min(LEDE)) {
        let covered = claims
            .iter()
            .any(|c| c.start < span.end && span.start < c.end);
        let text = crate::document::sanitise::clean_line(&doc.body[span.start..span.end]);
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if covered || words.len() < 6 || words.iter().any(|w| doubts(w)) {
            continue;
        }
        let mut names = BTreeSet::new();
        let mut salient_words = BTreeSet::new();
        salient(&text, &mut names, &mut salient_words);
        let act = act_of(&text).and_then(|a| a.split(' ').next().map(String::from));
        out.push(ClaimFacts {
            claim: String::new(),
            source: doc.source.unwrap_or("the article").to_string(),
            stance: Stance::Assert,
            text: text.clone(),
            start: span.start,
            end: span.end,
            topic: None,
            answered: false,
            names: Stems::of(&names),
            words: Stems::of(&salient_words),
            act,
            figures: figures_of(&text),
            events: Stems::of(&events_of(&text)),
            descriptors: descriptors_of(&text).into_iter().collect(),
        });
    }
    out
}

/// A crude stem: `closed`, `closing` and `closes` compare alike.
fn stem(w: &str) -> String {
    let w = w
        .trim_end_matches("'s")
        .trim_end_matches("\u{2019}s")
        .trim_matches(|c: char| !c.is_alphanumeric());
    for suffix in ["ing", "ed", "es", "s", "e"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.chars().count() >= 3
        {
            return s.to_string();
        }
    }
    w.to_string()
}

/// Words too common to tell two claims apart (compared lower-cased): stop words, words for
/// what was said (`report`), days and time words, and a few quantities.
fn is_common(w: &str) -> bool {
    vocab::STOPWORDS.contains(w)
        || vocab::BACKREF_NOUNS.contains(w)
        || vocab::WEEKDAYS.contains(w)
        || vocab::TIME_WORDS.contains(w)
        || vocab::DETERMINERS.contains(w)
        || matches!(
            w,
            "we" | "our"
                | "could"
                | "should"
                | "what"
                | "people"
                | "over"
                | "under"
                | "very"
                | "just"
                | "still"
                | "only"
                | "such"
                | "while"
                | "because"
                | "if"
                | "new"
                | "being"
                | "last"
                | "next"
                | "week"
                | "year"
                | "month"
        )
}

/// Names (capitalised words not opening the text) and content words (four letters or more)
/// of `text`, stemmed.
fn salient(text: &str, names: &mut BTreeSet<String>, words: &mut BTreeSet<String>) {
    for (n, w) in text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .enumerate()
    {
        let low = w.to_lowercase();
        if is_common(&low) || low.chars().all(|c| c.is_ascii_digit()) {
            continue;
        }
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        if capital && n > 0 {
            names.insert(stem(&low));
        } else if low.chars().count() >= 4 {
            words.insert(stem(&low));
        }
    }
}

/// Counts of people or things: `12 killed`, `three people were injured`, `40 arrested`.
fn figures_of(text: &str) -> Vec<Figure> {
    let ws: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == ','))
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(',').to_lowercase())
        .collect();
    let mut out = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let Some(n) = number(w) else {
            continue;
        };
        // The counted outcome within the next four words (`12 people were killed`).
        let what = ws[k + 1..ws.len().min(k + 5)]
            .iter()
            .find_map(|x| vocab::FIGURE_OUTCOMES.get(x.as_str()));
        if let Some(what) = what {
            let before = |b: usize| k.checked_sub(b).map_or("", |i| ws[i].as_str());
            let (lo, hi) = match (before(2), before(1)) {
                ("at", "least") | (_, "over") | ("more", "than") | (_, "nearly" | "almost") => {
                    (n.saturating_mul(4) / 5, u64::MAX)
                }
                ("up", "to") | ("fewer" | "less", "than") | ("at", "most") => (0, n),
                (_, "about" | "around" | "some" | "roughly" | "approximately" | "estimated") => {
                    (n.saturating_mul(4) / 5, n.saturating_mul(6).div_ceil(5))
                }
                _ => (n, n),
            };
            out.push((what.to_string(), lo, hi));
        }
    }
    out
}

/// The event nouns of `text` (`event_nouns.txt`), lower case, a plural's `s` dropped.
fn events_of(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(str::to_lowercase)
        .filter(|w| vocab::EVENT_NOUNS.contains(w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

/// The descriptions of `text` on a side of `opposed_descriptors.txt`: (line, side), a word
/// after `not`/`no`/`never` on the other side; a line held on both sides says nothing.
fn descriptors_of(text: &str) -> BTreeSet<(u16, u8)> {
    let ws: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out = BTreeSet::new();
    for (k, w) in ws.iter().enumerate() {
        let Some(&(line, side)) = vocab::OPPOSED_DESCRIPTORS.get(w.as_str()) else {
            continue;
        };
        let negated = ws[k.saturating_sub(2)..k]
            .iter()
            .any(|x| matches!(x.as_str(), "not" | "no" | "never" | "neither" | "nor"));
        out.insert((line, if negated { 1 - side } else { side }));
    }
    let both: Vec<u16> = out
        .iter()
        .filter(|&&(line, side)| side == 0 && out.contains(&(line, 1)))
        .map(|&(line, _)| line)
        .collect();
    out.retain(|(line, _)| !both.contains(line));
    out
}

/// `12 people were killed in the blast at the depot` gives `number killed in the blast at the
/// depot`: what the figures count, and where, in the claim's words.
fn figure_topic(text: &str) -> Option<String> {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let k = ws.iter().position(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        figures_of(&format!("1 {w}")).len() == 1
    })?;
    let what = figures_of(&format!("1 {}", ws[k].to_lowercase()))
        .pop()
        .map(|f| f.0)?;
    let rest: Vec<&str> = ws[k + 1..]
        .iter()
        .take(10)
        .map(|w| w.trim_end_matches([',', '.', ';', ':']))
        .collect();
    Some(
        format!("number {what} {}", rest.join(" "))
            .trim()
            .to_string(),
    )
}

fn number(w: &str) -> Option<u64> {
    let digits: String = w.chars().filter(|c| *c != ',').collect();
    if let Ok(n) = digits.parse() {
        return Some(n);
    }
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    WORDS.iter().position(|x| *x == w).map(|n| n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn facts(body: &str, source: &str) -> Arc<[ClaimFacts]> {
        let x = extract(body);
        document_facts(&Document {
            path: "",
            title: "",
            source: Some(source),
            extraction: &x,
            body,
        })
        .into()
    }

    const REPORT: &str = "The Kestrian Post reported that Halvor Energy will close the Amsel \
                          plant next year.";
    const DENIAL: &str = "Halvor Energy has denied a report by the Kestrian Post that it will \
                          close the Amsel plant.";

    #[test]
    fn claim_facts_survive_the_cache_as_json() {
        let f = facts(DENIAL, "Norland Wire");
        let json = serde_json::to_string(&f[..]).expect("serialises");
        let back: Vec<ClaimFacts> = serde_json::from_str(&json).expect("parses");
        assert_eq!(&back[..], &f[..]);
    }

    #[test]
    fn the_index_follows_documents_added_replaced_and_removed() {
        let mut index = Index::default();
        index.add(0, facts(REPORT, "Kestrian Post"));
        index.add(1, facts(DENIAL, "Norland Wire"));
        let claim = index.facts(0).expect("added")[0].claim.clone();
        assert_eq!(index.documents_disputing(0, &claim), 1);
        // Document 1 edited into an agreeing account: the old facts are not met again.
        index.add(1, facts(REPORT, "Norland Wire"));
        assert_eq!(index.documents_disputing(0, &claim), 0);
        index.add(1, facts(DENIAL, "Norland Wire"));
        assert_eq!(index.documents_disputing(0, &claim), 1);
        index.remove(1);
        assert_eq!(index.documents_disputing(0, &claim), 0);
    }
}
