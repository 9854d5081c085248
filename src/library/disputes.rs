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
use crate::extract::{Claim, Extraction, Stance};
use serde::Serialize;
use std::collections::{BTreeSet, HashMap};

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
    /// The claim's id in its document's extraction (`c3`).
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

/// A number with what it counts: `12 killed` is (`killed`, 12).
type Figure = (String, u64);

/// What pairing needs of one claim.
struct Facts {
    doc: usize,
    /// The claim (or the article's own sentence) as a side, its position not yet set.
    side: Side,
    polarity: Polarity,
    /// Stemmed proper names (`amsel`, `halvor`).
    names: BTreeSet<String>,
    /// Stemmed content words (`plant`, `clos`).
    words: BTreeSet<String>,
    /// The act it reports (`closure`), if one is named.
    act: Option<String>,
    figures: Vec<Figure>,
}

/// The disputes across `docs`, in a stable order (by their first side's document and offset).
pub fn find(docs: &[Document]) -> Vec<Dispute> {
    let mut facts: Vec<Facts> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        facts.extend((0..doc.extraction.claims.len()).map(|c| facts_of(docs, d, c)));
        facts.extend(lede(docs, d));
    }
    // Postings: name -> claims holding it.
    let mut postings: HashMap<&str, Vec<usize>> = HashMap::new();
    for (n, f) in facts.iter().enumerate() {
        if f.polarity == Polarity::Neither {
            continue;
        }
        for w in &f.names {
            postings.entry(w.as_str()).or_default().push(n);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (n, f) in facts.iter().enumerate() {
        // Every conflict has a denial or a figure on one side: start from those.
        if f.polarity != Polarity::Denies && f.figures.is_empty() {
            continue;
        }
        // Candidates: the claims of other documents holding its names, rarest names first.
        let mut rare: Vec<&Vec<usize>> = f
            .names
            .iter()
            .filter_map(|w| postings.get(w.as_str()))
            .filter(|list| list.len() <= COMMON)
            .collect();
        rare.sort_by_key(|list| list.len());
        let mut seen: BTreeSet<usize> = BTreeSet::new();
        for list in rare {
            if seen.len() >= VISITS {
                break;
            }
            for &m in list {
                if facts[m].doc != f.doc && seen.insert(m) && conflict(f, &facts[m]) {
                    pairs.push((n.min(m), n.max(m)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    group(docs, &facts, &pairs)
}

/// Whether two claims of different documents, about one thing, conflict.
fn conflict(a: &Facts, b: &Facts) -> bool {
    let names = a.names.intersection(&b.names).count();
    let words = a.words.intersection(&b.words).count();
    if names == 0 {
        return false;
    }
    if let (Some(x), Some(y)) = (&a.act, &b.act)
        && x != y
    {
        return false;
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
    if a.polarity != b.polarity {
        return true;
    }
    // Figures for the same thing that disagree (`12 killed` against `3 killed`).
    a.figures.iter().any(|(what, n)| {
        b.figures
            .iter()
            .any(|(w2, n2)| w2 == what && n2 != n && words >= 2)
    })
}

/// Join pairs sharing a claim into disputes, each split into positions.
fn group(docs: &[Document], facts: &[Facts], pairs: &[(usize, usize)]) -> Vec<Dispute> {
    let mut parent: Vec<usize> = (0..facts.len()).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for &(a, b) in pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut members: HashMap<usize, BTreeSet<usize>> = HashMap::new();
    for &(a, b) in pairs {
        let r = root(&mut parent, a);
        members.entry(r).or_default().extend([a, b]);
    }
    let mut out: Vec<Dispute> = members
        .into_values()
        .map(|set| {
            let ms: Vec<usize> = set.into_iter().collect();
            dispute(docs, facts, &ms)
        })
        .collect();
    out.sort_by(|a, b| {
        let key = |d: &Dispute| d.sides.first().map(|s| (s.doc, s.start));
        key(a).cmp(&key(b))
    });
    out
}

fn dispute(docs: &[Document], facts: &[Facts], ms: &[usize]) -> Dispute {
    // Positions: assertions against denials; when all assert, each figure its own position
    // (claims with the first claim's figure stand with it).
    let first = &facts[ms[0]];
    let mixed = ms.iter().any(|&m| facts[m].polarity != first.polarity);
    let position = |f: &Facts| -> usize {
        if mixed {
            usize::from(f.polarity == Polarity::Denies)
        } else {
            usize::from(!first.figures.iter().any(|x| f.figures.contains(x)))
        }
    };
    let mut sides: Vec<Side> = ms
        .iter()
        .map(|&m| {
            let f = &facts[m];
            Side {
                position: position(f),
                ..f.side.clone()
            }
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
    Dispute {
        topic: topic(docs, facts, ms),
        sides,
    }
}

/// The act a side names, else the topic of a side's own dispute in its document, else the
/// words all sides share.
fn topic(docs: &[Document], facts: &[Facts], ms: &[usize]) -> String {
    let claim = |m: usize| &facts[m].side;
    let mixed = ms
        .iter()
        .any(|&m| facts[m].polarity != facts[ms[0]].polarity);
    if !mixed && let Some(t) = figure_topic(&claim(ms[0]).text) {
        return t;
    }
    // What is asserted names the act; a denial's own words may be about something else.
    let asserted = ms
        .iter()
        .filter(|&&m| facts[m].polarity == Polarity::Asserts);
    let denied = ms
        .iter()
        .filter(|&&m| facts[m].polarity != Polarity::Asserts);
    if let Some(t) = asserted.chain(denied).find_map(|&m| act_of(&claim(m).text)) {
        return t;
    }
    for &m in ms {
        let x = docs[facts[m].doc].extraction;
        let id = &claim(m).claim;
        if let Some(d) = x.disputes.iter().find(|d| d.claims.contains(id)) {
            return d.topic.clone();
        }
    }
    // The words of the first claim that every side shares, as written.
    let shared: BTreeSet<String> = ms
        .iter()
        .map(|&m| {
            facts[m]
                .names
                .iter()
                .chain(&facts[m].words)
                .cloned()
                .collect::<BTreeSet<String>>()
        })
        .reduce(|a, b| a.intersection(&b).cloned().collect())
        .unwrap_or_default();
    let words: Vec<&str> = claim(ms[0])
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

/// The facts of claim `c` of document `d`. A denial's words include those of the claims it
/// is disputed against in its own document (what it denies).
fn facts_of(docs: &[Document], d: usize, c: usize) -> Facts {
    let x = docs[d].extraction;
    let claim = &x.claims[c];
    let mut texts: Vec<&Claim> = vec![claim];
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
    Facts {
        doc: d,
        side: Side {
            document: docs[d].path.to_string(),
            source: claim.source_text.clone(),
            stance: claim.stance,
            text: claim.text.clone(),
            start: claim.start,
            end: claim.end,
            doc: d,
            claim: claim.id.clone(),
            position: 0,
        },
        polarity: polarity(claim.stance),
        names,
        words,
        act,
        figures,
    }
}

/// How many of a document's first sentences are taken as the article's own account.
const LEDE: usize = 3;

/// Words that make a sentence report a denial or doubt rather than assert.
fn doubts(w: &str) -> bool {
    matches!(
        w,
        "deny"
            | "denies"
            | "denied"
            | "denial"
            | "dismissed"
            | "rejected"
            | "false"
            | "fake"
            | "hoax"
            | "rumour"
            | "rumours"
            | "rumor"
            | "rumors"
            | "baseless"
            | "unfounded"
            | "untrue"
            | "not"
            | "no"
            | "never"
            | "misleading"
            | "fabricated"
            | "debunked"
            | "claimed"
            | "alleged"
            | "allegedly"
            | "reportedly"
            | "unverified"
            | "may"
            | "might"
            | "if"
            | "whether"
    )
}

/// The article's own account: its first sentences that no claim covers and that assert
/// plainly (no denial, doubt or hedge word); their source is the outlet (`the article`).
fn lede(docs: &[Document], d: usize) -> Vec<Facts> {
    let doc = &docs[d];
    let claims = &doc.extraction.claims;
    let mut out = Vec::new();
    for span in crate::extract::sentences::split(doc.body)
        .into_iter()
        .take(LEDE)
    {
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
        out.push(Facts {
            doc: d,
            side: Side {
                document: doc.path.to_string(),
                source: doc.source.unwrap_or("the article").to_string(),
                stance: Stance::Assert,
                text: text.clone(),
                start: span.start,
                end: span.end,
                doc: d,
                claim: String::new(),
                position: 0,
            },
            polarity: Polarity::Asserts,
            names,
            words: salient_words,
            act,
            figures: figures_of(&text),
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

/// Words too common to tell two claims apart (compared lower-cased).
fn is_common(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "from"
            | "by"
            | "that"
            | "this"
            | "these"
            | "those"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "it"
            | "its"
            | "they"
            | "their"
            | "he"
            | "she"
            | "his"
            | "her"
            | "we"
            | "our"
            | "as"
            | "also"
            | "said"
            | "would"
            | "will"
            | "could"
            | "should"
            | "which"
            | "who"
            | "when"
            | "there"
            | "not"
            | "no"
            | "all"
            | "some"
            | "into"
            | "about"
            | "after"
            | "before"
            | "than"
            | "more"
            | "what"
            | "said."
            | "report"
            | "reports"
            | "claim"
            | "claims"
            | "story"
            | "allegation"
            | "allegations"
            | "last"
            | "next"
            | "week"
            | "year"
            | "month"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "today"
            | "yesterday"
            | "people"
            | "there's"
            | "been."
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
            | "one"
            | "two"
            | "three"
            | "being"
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
        let what = ws[k + 1..ws.len().min(k + 5)].iter().find(|x| {
            matches!(
                x.as_str(),
                "killed"
                    | "dead"
                    | "died"
                    | "injured"
                    | "wounded"
                    | "hurt"
                    | "arrested"
                    | "detained"
                    | "missing"
                    | "displaced"
                    | "evacuated"
            )
        });
        if let Some(what) = what {
            let what = match what.as_str() {
                "dead" | "died" => "killed",
                "wounded" | "hurt" => "injured",
                "detained" => "arrested",
                w => w,
            };
            out.push((what.to_string(), n));
        }
    }
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

/// For the app: the sides of other documents that dispute claim `claim` of document `doc`
/// (sides in another position of a dispute it is in), built once for a library.
#[derive(Debug, Default)]
pub struct Lookup {
    /// (document index, claim id) -> (dispute index, its position).
    by_claim: HashMap<(usize, String), Vec<(usize, usize)>>,
}

impl Lookup {
    pub fn new(disputes: &[Dispute]) -> Lookup {
        let mut by_claim: HashMap<(usize, String), Vec<(usize, usize)>> = HashMap::new();
        for (n, d) in disputes.iter().enumerate() {
            for s in d.sides.iter().filter(|s| !s.claim.is_empty()) {
                by_claim
                    .entry((s.doc, s.claim.clone()))
                    .or_default()
                    .push((n, s.position));
            }
        }
        Lookup { by_claim }
    }

    /// The sides disputing claim `claim` of document `doc`, from other documents.
    pub fn disputing<'d>(&self, disputes: &'d [Dispute], doc: usize, claim: &str) -> Vec<&'d Side> {
        let Some(hits) = self.by_claim.get(&(doc, claim.to_string())) else {
            return Vec::new();
        };
        hits.iter()
            .flat_map(|&(n, position)| {
                disputes[n]
                    .sides
                    .iter()
                    .filter(move |s| s.doc != doc && s.position != position)
            })
            .collect()
    }

    /// How many other documents dispute the claim ("disputed in 2 other briefings").
    pub fn documents_disputing(&self, disputes: &[Dispute], doc: usize, claim: &str) -> usize {
        self.disputing(disputes, doc, claim)
            .iter()
            .map(|s| s.doc)
            .collect::<BTreeSet<_>>()
            .len()
    }
}
