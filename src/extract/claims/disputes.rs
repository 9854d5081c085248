//! Disputes: claims by different sources about the same event that conflict.
//!
//! Three signals, all between claims of different sources at most a few paragraphs apart:
//! a denial pointing back (`dismissed the accusation`) at the earlier claim it best answers
//! (an accusation, one naming the denier, one sharing its words; never one of its own side);
//! contradicting descriptions (an `ambush` against a `shootout`); and a confirmation against a
//! denial that share content words. Pairs sharing a claim, or whose claims stand together (one
//! source, or a body and its spokesperson), are merged into one dispute, split into sides.

use std::collections::{BTreeSet, HashMap};

use super::lexicon;
use super::tokens::Kind;
use super::{Doc, Draft, Stance};
use crate::extract::Actor;

pub(super) mod stance;
pub mod topic;

/// How many paragraphs apart two claims may be and still be about the same event.
pub(super) const NEAR_PARAGRAPHS: usize = 4;

/// How many claims back a claim looks for the one it answers: bounds the pairs tried, so
/// pairing stays linear in the number of claims even in one endless paragraph.
pub(super) const WINDOW: usize = 48;

/// A dispute before numbering: its topic, its claims (indices, sorted) and its sides.
pub(super) struct Found {
    pub topic: String,
    pub members: Vec<usize>,
    pub sides: Vec<Vec<usize>>,
}

/// The claims up to [`WINDOW`] before claim `j`, nearest first, while near it.
fn window<'d>(doc: &'d Doc, drafts: &'d [Draft], j: usize) -> impl Iterator<Item = usize> + 'd {
    (0..j)
        .rev()
        .take(WINDOW)
        .take_while(move |&i| near(doc, &drafts[i], &drafts[j]))
}

/// The disputes of `drafts`; `actors` tell who a denier is and which side it belongs to;
/// `links` are the pairs the stance constructions found ([`stance::apply`]).
pub(super) fn find(
    doc: &Doc,
    drafts: &[Draft],
    actors: &[Actor],
    links: &stance::Links,
) -> Vec<Found> {
    let actors = &Sources::new(actors, drafts);
    let info = Info::all(doc, drafts);
    let mut pairs: Vec<(usize, usize)> = links.pairs.clone();
    let linked: BTreeSet<usize> = links.pairs.iter().map(|&(_, b)| b).collect();
    for (j, d) in drafts.iter().enumerate() {
        if d.stance == Stance::Deny
            && info[j].points_back
            && !linked.contains(&j)
            && let Some(i) = pointed_at(doc, drafts, &info, actors, j)
        {
            pairs.push((i, j));
        }
        if info[j].hostile && info[j].event {
            // The nearest account of the other kind, before the hostile one if any, else after.
            let after = (j + 1..drafts.len())
                .take(WINDOW)
                .take_while(|&i| near(doc, &drafts[i], d));
            let other = window(doc, drafts, j)
                .chain(after)
                .find(|&i| info[i].neutral && differ(&info[i], &info[j]));
            if let Some(i) = other {
                pairs.push((i.min(j), i.max(j)));
            }
        }
        if d.stance == Stance::Deny {
            for i in window(doc, drafts, j) {
                let c = &drafts[i];
                if c.stance == Stance::Confirm
                    && differ(&info[i], &info[j])
                    && shared(&info[i], &info[j]).len() >= 2
                {
                    pairs.push((i, j));
                }
            }
        }
        // `The Post said data had been lost. The company said no data had been lost.`: a
        // negated account of what another source said, in the same words.
        if info[j].negated && !linked.contains(&j) {
            let other = window(doc, drafts, j).find(|&i| {
                !info[i].negated
                    && !matches!(drafts[i].stance, Stance::Deny | Stance::Hedge)
                    && differ(&info[i], &info[j])
                    && !same_side(i, j, actors)
                    && shared(&info[i], &info[j]).len() >= 2
            });
            if let Some(i) = other {
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    // Two disputes over one event join when a claim of one stands with a claim of the other.
    let groups = merge(&pairs);
    let mut joined = UnionFind::new(groups.len());
    for g in 0..groups.len() {
        let last = *groups[g].last().unwrap_or(&0);
        for h in g + 1..groups.len() {
            if groups[h][0] > last + WINDOW {
                break;
            }
            let joins = groups[g].iter().any(|&a| {
                groups[h].iter().any(|&b| {
                    near(doc, &drafts[a], &drafts[b])
                        && (!differ(&info[a], &info[b]) || same_side(a, b, actors))
                })
            });
            if joins {
                joined.union(g, h);
            }
        }
    }
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        by_root
            .entry(joined.find(g))
            .or_default()
            .extend(group.iter().copied());
    }
    let mut groups: Vec<Vec<usize>> = by_root
        .into_values()
        .map(|mut g| {
            g.sort_unstable();
            g.dedup();
            g
        })
        .collect();
    groups.sort();
    // A denial's own follow-up (`... dismissed the claim. "Q," she said.`): the claims right
    // after it in its paragraph by its side stand with it.
    // The topic comes from the claims paired, before follow-ups widen the dispute.
    let topics: Vec<String> = groups.iter().map(|g| topic(doc, drafts, g)).collect();
    for group in &mut groups {
        let denials: Vec<usize> = group
            .iter()
            .copied()
            .filter(|&j| drafts[j].stance == Stance::Deny)
            .collect();
        let mut members: BTreeSet<usize> = group.iter().copied().collect();
        for j in denials {
            let para = doc.sents[drafts[j].sent].para;
            let mut last = j;
            for i in (j + 1..drafts.len()).take(WINDOW) {
                let with = |k: usize| !differ(&info[i], &info[k]) || same_side(i, k, actors);
                if doc.sents[drafts[i].sent].para != para || !(with(j) || with(last)) {
                    break;
                }
                members.insert(i);
                last = i;
            }
        }
        *group = members.into_iter().collect();
    }
    // Each group's own pairs, for its sides.
    let mut group_of: HashMap<usize, usize> = HashMap::new();
    for (g, group) in groups.iter().enumerate() {
        for &m in group {
            group_of.insert(m, g);
        }
    }
    let mut group_pairs: Vec<Vec<(usize, usize)>> = vec![Vec::new(); groups.len()];
    for &(a, b) in &pairs {
        if let Some(&g) = group_of.get(&a) {
            group_pairs[g].push((a, b));
        }
    }
    groups
        .into_iter()
        .zip(topics)
        .zip(group_pairs)
        .map(|((members, topic), pairs)| {
            let sides = sides(&info, actors, &pairs, &members);
            Found {
                topic,
                members,
                sides,
            }
        })
        .collect()
}

/// Who stands behind each claim, worked out once per document: [`same_side`] is asked for
/// every pair of claims tried.
struct Sources<'a> {
    by_id: HashMap<&'a str, &'a Actor>,
    /// Per claim: its source actor, and the proper-name stems and role nouns of its source as
    /// written.
    claims: Vec<(Option<&'a Actor>, Vec<String>, Vec<String>)>,
}

impl<'a> Sources<'a> {
    fn new(actors: &'a [Actor], drafts: &[Draft]) -> Self {
        let by_id: HashMap<&str, &Actor> = actors.iter().map(|a| (a.id.as_str(), a)).collect();
        // `the ministry` and `a ministry spokeswoman`: the role nouns of a source, for an
        // unnamed body and someone speaking for a body of that kind.
        let roles = |t: &str| -> Vec<String> {
            t.split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .filter(|w| lexicon::is_role_noun(w) && !lexicon::is_spokesperson(w))
                .collect()
        };
        let claims = drafts
            .iter()
            .map(|d| {
                let actor = d.source.as_deref().and_then(|id| by_id.get(id).copied());
                (actor, proper_stems(&d.source_text), roles(&d.source_text))
            })
            .collect();
        Sources { by_id, claims }
    }

    fn get(&self, id: &str) -> Option<&'a Actor> {
        self.by_id.get(id).copied()
    }
}

/// Disjoint sets over `0..n`, with path halving.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// The claim a denial pointing back (`dismissed the accusation`) answers: among the earlier
/// claims by other sources, not on the denier's side, in this or the previous paragraph (or
/// further back when they share a content word), the one that best fits: an accusation, one
/// naming the denier, one sharing words with the denial's sentence; the nearest on a tie.
fn pointed_at(
    doc: &Doc,
    drafts: &[Draft],
    info: &[Info],
    actors: &Sources,
    j: usize,
) -> Option<usize> {
    let d = &drafts[j];
    let para = doc.sents[d.sent].para;
    let denier = name_stems(d, actors);
    let denial_words = sentence_stems(doc, d.sent);
    let mut best: Option<(usize, usize)> = None;
    for i in window(doc, drafts, j) {
        let c = &drafts[i];
        // Two denials agree with each other: a denial answers what was said, not a denial.
        if c.stance == Stance::Deny || !differ(&info[i], &info[j]) || same_side(i, j, actors) {
            continue;
        }
        let words = content_stems(doc, c);
        let close = doc.sents[c.sent].para + 1 >= para
            || !shared(&info[i], &info[j]).is_empty()
            || words.iter().any(|w| denial_words.contains(w.as_str()));
        if !close {
            continue;
        }
        let mut score = 0;
        if c.stance == Stance::Accuse {
            score += 3;
        }
        if words.iter().any(|w| denier.iter().any(|n| same_stem(w, n))) {
            score += 2;
        }
        score += words
            .iter()
            .filter(|w| denial_words.contains(w.as_str()))
            .collect::<BTreeSet<_>>()
            .len()
            .min(2);
        if best.is_none_or(|(_, s)| score > s) {
            best = Some((i, score));
        }
    }
    best.map(|(i, _)| i)
}

/// Whether two claims come from one side: one source belongs to the other, both belong to the
/// same actor, or their sources share a proper name (`Maldria's Foreign Ministry` and a
/// `Maldrian Foreign Ministry spokesman`).
fn same_side(a: usize, b: usize, actors: &Sources) -> bool {
    let (xa, na, ra) = &actors.claims[a];
    let (xb, nb, rb) = &actors.claims[b];
    if let (Some(x), Some(y)) = (xa, xb) {
        let ax = x.affiliation.as_deref();
        let ay = y.affiliation.as_deref();
        if ax == Some(y.id.as_str()) || ay == Some(x.id.as_str()) || (ax.is_some() && ax == ay) {
            return true;
        }
    }
    if na.iter().any(|x| nb.iter().any(|y| same_stem(x, y))) {
        return true;
    }
    (na.is_empty() || nb.is_empty()) && ra.iter().any(|r| rb.contains(r))
}

/// The proper names of a source as written, stemmed, without titles and roles.
fn proper_stems(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .map(|w| {
            w.trim_end_matches("'s")
                .trim_end_matches("\u{2019}s")
                .to_lowercase()
        })
        .filter(|w| {
            w.len() >= 3
                && !lexicon::is_role_noun(w)
                && !lexicon::is_role_modifier(w)
                && !lexicon::is_cap_stop(w)
                && !lexicon::is_determiner(w)
        })
        .map(|w| stem(&w))
        .collect()
}

/// The names a denier goes by: its source as written, its actor's name and aliases, and the
/// name of what it belongs to.
fn name_stems(d: &Draft, actors: &Sources) -> Vec<String> {
    let mut out = proper_stems(&d.source_text);
    let actor = d.source.as_deref().and_then(|id| actors.get(id));
    if let Some(a) = actor {
        out.extend(proper_stems(&a.name));
        for alias in &a.aliases {
            out.extend(proper_stems(alias));
        }
        if let Some(parent) = a.affiliation.as_deref().and_then(|id| actors.get(id)) {
            out.extend(proper_stems(&parent.name));
        }
    }
    out
}

/// Two stems name one thing when one starts the other and the shorter has four letters or
/// more (`maldria`, `maldrian`).
fn same_stem(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.len() >= 4 && long.starts_with(short)
}

/// A crude stem: `rammed`, `ramming` and `rams` are all `ramm`/`ram` alike enough to compare.
fn stem(w: &str) -> String {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suffix)
            && s.len() >= 3
        {
            return s.to_string();
        }
    }
    w.to_string()
}

fn is_comparable(w: &str) -> bool {
    w.len() >= 4
        && !lexicon::is_stopword(w)
        && lexicon::verb_cue(w).is_none()
        && !lexicon::is_backref_noun(w)
}

/// The stemmed content words of a claim.
fn content_stems(doc: &Doc, d: &Draft) -> Vec<String> {
    content_words(doc, d)
        .iter()
        .filter(|w| is_comparable(w))
        .map(|w| stem(w))
        .collect()
}

/// The stemmed content words of sentence `si`.
fn sentence_stems(doc: &Doc, si: usize) -> BTreeSet<String> {
    let s = doc.sents[si];
    (s.lo..s.hi)
        .map(|k| doc.low(k).as_str().to_string())
        .filter(|w| is_comparable(w))
        .map(|w| stem(&w))
        .collect()
}

/// Split a dispute's claims into sides: the two claims of a pair oppose each other, and claims
/// by one source stand together. `pairs` are the group's own pairs.
fn sides(
    info: &[Info],
    actors: &Sources,
    pairs: &[(usize, usize)],
    members: &[usize],
) -> Vec<Vec<usize>> {
    let at = |m: usize| members.binary_search(&m).ok();
    let mut side: Vec<Option<usize>> = vec![None; members.len()];
    let mut opposed: Vec<Vec<usize>> = vec![Vec::new(); members.len()];
    for &(a, b) in pairs {
        if let (Some(pa), Some(pb)) = (at(a), at(b)) {
            opposed[pa].push(pb);
            opposed[pb].push(pa);
        }
    }
    // The side a source stands on, once one of its claims has a side.
    let mut by_source: HashMap<&str, usize> = HashMap::new();
    let mut queue: std::collections::VecDeque<usize> = std::collections::VecDeque::new();
    for start in 0..members.len() {
        if side[start].is_some() {
            continue;
        }
        let m = members[start];
        // A claim with no pair of its own takes its fellow's side: one by the same source, or
        // else one of the same side among the nearest members.
        let fellow = by_source.get(info[m].source.as_str()).copied().or_else(|| {
            (start.saturating_sub(WINDOW)..start)
                .rev()
                .find(|&y| side[y].is_some() && same_side(members[y], m, actors))
                .and_then(|y| side[y])
        });
        let s0 = fellow.unwrap_or(0);
        side[start] = Some(s0);
        by_source.entry(info[m].source.as_str()).or_insert(s0);
        queue.push_back(start);
        while let Some(x) = queue.pop_front() {
            let sx = side[x].unwrap_or(0);
            for &y in &opposed[x] {
                if side[y].is_none() {
                    side[y] = Some(1 - sx);
                    by_source
                        .entry(info[members[y]].source.as_str())
                        .or_insert(1 - sx);
                    queue.push_back(y);
                }
            }
        }
    }
    let mut out: Vec<Vec<usize>> = vec![Vec::new(), Vec::new()];
    for (x, &m) in members.iter().enumerate() {
        out[side[x].unwrap_or(0)].push(m);
    }
    out.retain(|s| !s.is_empty());
    out
}

/// What dispute detection needs to know of one claim.
struct Info {
    source: String,
    /// Content words, lower-cased, in order.
    words: Vec<String>,
    points_back: bool,
    hostile: bool,
    neutral: bool,
    /// It names an event (`shooting`, `clash`), so descriptions can be compared.
    event: bool,
    /// Its content is negated near the start (`no data had been lost`).
    negated: bool,
}

/// Whether claim `d` is a reported account negated near its start (`no data had been lost`).
fn is_negated(doc: &Doc, d: &Draft) -> bool {
    let (lo, hi) = content_toks(doc, d);
    !d.direct
        && (lo..hi.min(lo + 6)).any(|k| {
            matches!(
                doc.low(k).as_str(),
                "no" | "not" | "nt" | "never" | "nothing" | "none"
            )
        })
}

impl Info {
    /// The claims' infos; words are kept for the claims that can take part in a dispute.
    fn all(doc: &Doc, drafts: &[Draft]) -> Vec<Info> {
        let negated: Vec<bool> = drafts.iter().map(|d| is_negated(doc, d)).collect();
        // A negated account is compared with the claims up to a window before it.
        let mut before_negated = vec![false; drafts.len()];
        for j in (0..drafts.len()).filter(|&j| negated[j]) {
            for b in &mut before_negated[j.saturating_sub(WINDOW)..j] {
                *b = true;
            }
        }
        drafts
            .iter()
            .enumerate()
            .map(|(n, d)| Info::of(doc, d, negated[n], before_negated[n]))
            .collect()
    }

    fn of(doc: &Doc, d: &Draft, negated: bool, compared: bool) -> Info {
        let source = d
            .source
            .clone()
            .unwrap_or_else(|| d.source_text.to_lowercase());
        let lo = doc.toks.partition_point(|t| t.start < d.content.0);
        let hi = doc.toks.partition_point(|t| t.start < d.content.1);
        // Only denials, confirmations, negated accounts (and what they may answer) and event
        // descriptions take part in disputes; the words of other claims are never compared,
        // so they are not collected.
        let relevant = matches!(d.stance, Stance::Deny | Stance::Confirm)
            || negated
            || compared
            || (lo..hi).any(|k| doc.has(k, super::HOSTILE | super::NEUTRAL));
        if !relevant {
            return Info {
                source,
                words: Vec::new(),
                points_back: false,
                hostile: false,
                neutral: false,
                event: false,
                negated,
            };
        }
        let lows: Vec<String> = (lo..hi)
            .filter(|&k| doc.toks[k].kind == super::tokens::Kind::Word)
            .map(|k| doc.low(k).as_str().to_string())
            .filter(|w| !w.is_empty())
            .collect();
        // `dismissed the claim`: a back-pointing noun among the first words of the content.
        let points_back = lows.iter().take(3).any(|w| lexicon::is_backref_noun(w));
        // `There was no attack` denies the hostile description rather than making it.
        let negated_at = |n: usize| {
            lows[n.saturating_sub(2)..n]
                .iter()
                .any(|w| lexicon::negates_descriptor(w.as_str()))
        };
        let hostile =
            (0..lows.len()).any(|n| lexicon::is_hostile_descriptor(&lows[n]) && !negated_at(n));
        let neutral = lows.iter().any(|w| lexicon::is_neutral_descriptor(w));
        let event = lows.iter().any(|w| lexicon::is_event_noun(w));
        let words = lows
            .into_iter()
            .filter(|w| w.len() >= 4 && !lexicon::is_stopword(w))
            .collect();
        Info {
            source,
            words,
            points_back,
            hostile,
            neutral,
            event,
            negated,
        }
    }
}

fn near(doc: &Doc, a: &Draft, b: &Draft) -> bool {
    let pa = doc.sents[a.sent].para;
    let pb = doc.sents[b.sent].para;
    pa.abs_diff(pb) <= NEAR_PARAGRAPHS
}

fn differ(a: &Info, b: &Info) -> bool {
    a.source != b.source
}

fn shared(a: &Info, b: &Info) -> Vec<String> {
    a.words
        .iter()
        .filter(|w| b.words.contains(w))
        .cloned()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Join pairs that share a claim; each group sorted, groups in text order.
fn merge(pairs: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let ids: Vec<usize> = pairs
        .iter()
        .flat_map(|&(a, b)| [a, b])
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let at = |m: usize| ids.binary_search(&m).unwrap_or(0);
    let mut sets = UnionFind::new(ids.len());
    for &(a, b) in pairs {
        sets.union(at(a), at(b));
    }
    let mut by_root: HashMap<usize, Vec<usize>> = HashMap::new();
    for (n, &m) in ids.iter().enumerate() {
        by_root.entry(sets.find(n)).or_default().push(m);
    }
    let mut out: Vec<Vec<usize>> = by_root.into_values().collect();
    out.sort();
    out
}

/// A short topic (six words at most): the event noun every side names; else what caused or
/// explains an event (`cause of the outage`, `why the line was closed`) in the claims; else the
/// event a later side names; else such a cause in the other claims of the same sources nearby;
/// else the act accused (`holding the grain back`), an event in the claim disputed, a word both
/// sides use, or the first words of the claim disputed.
fn topic(doc: &Doc, drafts: &[Draft], members: &[usize]) -> String {
    let words: Vec<Vec<String>> = members
        .iter()
        .map(|&m| content_words(doc, &drafts[m]))
        .collect();
    let events = |i: usize| {
        words[i]
            .iter()
            .filter(|w| lexicon::is_event_noun(w))
            .cloned()
            .collect::<Vec<_>>()
    };
    let common = events(0)
        .into_iter()
        .find(|w| words.iter().all(|ws| ws.contains(w)));
    if let Some(w) = common {
        return w;
    }
    if let Some(t) = members.iter().find_map(|&m| cause_phrase(doc, &drafts[m])) {
        return t;
    }
    // The response usually names the event it answers.
    for i in (1..members.len()).rev() {
        if let Some(w) = events(i).into_iter().next() {
            return w;
        }
    }
    // The act a side reports (`closure of the Amsel plant`), the earliest side first.
    if let Some(t) = members
        .iter()
        .find_map(|&m| topic::act_of(&doc.text[drafts[m].content.0..drafts[m].content.1]))
    {
        return t;
    }
    let last = members.last().map_or(0, |&m| m);
    let related = (last.saturating_sub(WINDOW)..last)
        .filter(|i| members.binary_search(i).is_err())
        .filter(|&i| near(doc, &drafts[i], &drafts[last]))
        .filter(|&i| {
            members
                .iter()
                .any(|&m| drafts[m].source.is_some() && drafts[m].source == drafts[i].source)
        })
        .find_map(|i| cause_phrase(doc, &drafts[i]))
        .or_else(|| members.iter().find_map(|&m| accused_act(doc, &drafts[m])));
    if let Some(t) = related {
        return t;
    }
    if let Some(w) = events(0).into_iter().next() {
        return w;
    }
    if let [a, b, ..] = words.as_slice()
        && let Some(w) = a.iter().find(|w| b.contains(w))
    {
        return w.clone();
    }
    let opening: Vec<&str> = words
        .first()
        .map(|ws| ws.iter().take(3).map(String::as_str).collect())
        .unwrap_or_default();
    if opening.is_empty() {
        "conflicting accounts".to_string()
    } else {
        opening.join(" ")
    }
}

/// The token range of a claim's content.
fn content_toks(doc: &Doc, d: &Draft) -> (usize, usize) {
    let lo = doc.toks.partition_point(|t| t.start < d.content.0);
    let hi = doc.toks.partition_point(|t| t.start < d.content.1);
    (lo, hi)
}

fn is_be(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "been" | "had" | "has" | "have" | "be"
    )
}

/// A short noun phrase ending just before token `end`: a determiner and up to three words,
/// as written (`the outage`, `the northern line`).
fn np_ending(doc: &Doc, lo: usize, end: usize) -> Option<usize> {
    (end.saturating_sub(4).max(lo)..end)
        .rev()
        .take_while(|&k| doc.toks[k].kind == Kind::Word)
        .find(|&k| matches!(doc.low(k).as_str(), "the" | "its" | "their" | "this"))
        .filter(|&k| k + 1 < end)
}

fn written(doc: &Doc, a: usize, b: usize) -> String {
    (a..b)
        .map(|k| doc.low(k).as_str().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `the outage had been caused by` gives `cause of the outage`; `the line was closed because`
/// and `we closed the line because` give `why the line was closed`.
fn cause_phrase(doc: &Doc, d: &Draft) -> Option<String> {
    let (lo, hi) = content_toks(doc, d);
    for k in lo + 1..hi {
        let w = doc.low(k);
        let w = w.as_str();
        let caused_by = w == "caused" && k + 1 < hi && doc.low(k + 1).as_str() == "by";
        if !caused_by && w != "because" {
            continue;
        }
        let verb = if caused_by { k } else { k - 1 };
        let mut aux = verb;
        while aux > lo && is_be(doc.low(aux - 1).as_str()) {
            aux -= 1;
        }
        let participle = doc.low(verb);
        let participle = participle.as_str();
        if participle.ends_with("ed")
            && aux < verb
            && let Some(a) = np_ending(doc, lo, aux)
        {
            let np = written(doc, a, aux);
            return Some(if caused_by {
                format!("cause of {np}")
            } else {
                format!("why {np} was {participle}")
            });
        }
        // Active voice: `we closed the line because`.
        if !caused_by
            && let Some(a) = np_ending(doc, lo, k)
            && a > lo
            && doc.low(a - 1).as_str().ends_with("ed")
        {
            let verb = doc.low(a - 1);
            return Some(format!("why {} was {}", written(doc, a, k), verb.as_str()));
        }
    }
    None
}

/// `accused X of holding the grain back to ...` gives `holding the grain back`.
fn accused_act(doc: &Doc, d: &Draft) -> Option<String> {
    let (lo, hi) = content_toks(doc, d);
    // The cue itself (`S accused X of ...`) or a second verb in the content.
    let from = if d.cue.to_lowercase().starts_with("accus") {
        lo
    } else {
        (lo..hi).find(|&k| doc.low(k).as_str() == "accused")? + 1
    };
    let of = (from..(from + 5).min(hi)).find(|&k| doc.low(k).as_str() == "of")?;
    let first = of + 1;
    if first >= hi || !doc.low(first).as_str().ends_with("ing") {
        return None;
    }
    let mut end = first + 1;
    while end < hi && end < first + 5 {
        let t = doc.toks[end];
        let w = doc.low(end);
        if t.kind != Kind::Word
            || matches!(
                w.as_str(),
                "to" | "in" | "for" | "and" | "while" | "so" | "because" | "before" | "after"
            )
        {
            break;
        }
        end += 1;
    }
    Some(written(doc, first, end))
}

/// The lower-cased content words of a claim (no stop words, at least four letters).
fn content_words(doc: &Doc, d: &Draft) -> Vec<String> {
    let lo = doc.toks.partition_point(|t| t.start < d.content.0);
    let hi = doc.toks.partition_point(|t| t.start < d.content.1);
    (lo..hi)
        .map(|k| doc.low(k).as_str().to_string())
        .filter(|w| w.len() >= 4 && !lexicon::is_stopword(w) && lexicon::verb_cue(w).is_none())
        .collect()
}

/// The lower-cased words of bytes `span` of the text.
fn words_of(doc: &Doc, span: (usize, usize)) -> Vec<String> {
    let lo = doc.toks.partition_point(|t| t.start < span.0);
    let hi = doc.toks.partition_point(|t| t.start < span.1);
    (lo..hi)
        .filter(|&k| doc.toks[k].kind == Kind::Word)
        .map(|k| doc.low(k).as_str().to_string())
        .filter(|w| !w.is_empty())
        .collect()
}

/// The stems of the words worth comparing between two claims.
fn comparable_stems(words: &[String]) -> BTreeSet<String> {
    words
        .iter()
        .filter(|w| is_comparable(w))
        .map(|w| stem(w))
        .collect()
}
