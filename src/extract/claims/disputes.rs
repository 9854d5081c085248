//! Disputes: claims by different sources about the same event that conflict.
//!
//! Three signals, all between claims of different sources at most a few paragraphs apart:
//! a denial pointing back (`dismissed the claim`) at the claim before it; contradicting
//! descriptions (an `ambush` against a `shootout`); and a confirmation against a denial that
//! share content words. Pairs sharing a claim are merged into one dispute.

use std::collections::BTreeSet;

use super::lexicon;
use super::{Doc, Draft, Stance};

/// How many paragraphs apart two claims may be and still be about the same event.
const NEAR_PARAGRAPHS: usize = 4;

/// The disputes: a topic and the indices of the claims on its sides.
pub(super) fn find(doc: &Doc, drafts: &[Draft]) -> Vec<(String, Vec<usize>)> {
    let info: Vec<Info> = drafts.iter().map(|d| Info::of(doc, d)).collect();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (j, d) in drafts.iter().enumerate() {
        if d.stance == Stance::Deny && info[j].points_back {
            // The claim pointed at: the latest by another source in this or the previous
            // paragraph, or further back when it shares a content word with the denial.
            let para = doc.sents[d.sent].para;
            let target = (0..j)
                .rev()
                .take_while(|&i| near(doc, &drafts[i], d))
                .find(|&i| {
                    differ(&info[i], &info[j])
                        && (doc.sents[drafts[i].sent].para + 1 >= para
                            || !shared(&info[i], &info[j]).is_empty())
                });
            if let Some(i) = target {
                pairs.push((i, j));
            }
        }
        if info[j].hostile && info[j].event {
            // The nearest account of the other kind, before the hostile one if any, else after.
            let other = (0..j).rev().chain(j + 1..drafts.len()).find(|&i| {
                info[i].neutral && near(doc, &drafts[i], d) && differ(&info[i], &info[j])
            });
            if let Some(i) = other {
                pairs.push((i.min(j), i.max(j)));
            }
        }
        if d.stance == Stance::Deny {
            for i in (0..j).rev().take_while(|&i| near(doc, &drafts[i], d)) {
                let c = &drafts[i];
                if c.stance == Stance::Confirm
                    && differ(&info[i], &info[j])
                    && shared(&info[i], &info[j]).len() >= 2
                {
                    pairs.push((i, j));
                }
            }
        }
    }
    merge(pairs)
        .into_iter()
        .map(|members| (topic(doc, drafts, &members), members))
        .collect()
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
}

impl Info {
    fn of(doc: &Doc, d: &Draft) -> Info {
        let source = d
            .source
            .clone()
            .unwrap_or_else(|| d.source_text.to_lowercase());
        let lo = doc.toks.partition_point(|t| t.start < d.content.0);
        let hi = doc.toks.partition_point(|t| t.start < d.content.1);
        // Only denials, confirmations and event descriptions take part in disputes; the words
        // of other claims are never compared, so they are not collected.
        let relevant = matches!(d.stance, Stance::Deny | Stance::Confirm)
            || (lo..hi).any(|k| doc.has(k, super::HOSTILE | super::NEUTRAL));
        if !relevant {
            return Info {
                source,
                words: Vec::new(),
                points_back: false,
                hostile: false,
                neutral: false,
                event: false,
            };
        }
        let lows: Vec<String> = (lo..hi)
            .filter(|&k| doc.toks[k].kind == super::tokens::Kind::Word)
            .map(|k| doc.low(k).as_str().to_string())
            .filter(|w| !w.is_empty())
            .collect();
        // `dismissed the claim`: a back-pointing noun among the first words of the content.
        let points_back = lows.iter().take(3).any(|w| lexicon::is_backref_noun(w));
        let hostile = lows.iter().any(|w| lexicon::is_hostile_descriptor(w));
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
fn merge(pairs: Vec<(usize, usize)>) -> Vec<Vec<usize>> {
    let mut groups: Vec<BTreeSet<usize>> = Vec::new();
    for (a, b) in pairs {
        let hit: Vec<usize> = (0..groups.len())
            .filter(|&g| groups[g].contains(&a) || groups[g].contains(&b))
            .collect();
        let mut merged: BTreeSet<usize> = [a, b].into_iter().collect();
        for &g in hit.iter().rev() {
            merged.extend(groups.remove(g));
        }
        groups.push(merged);
    }
    let mut out: Vec<Vec<usize>> = groups
        .into_iter()
        .map(|g| g.into_iter().collect())
        .collect();
    out.sort();
    out
}

/// A short topic: the event noun the sides talk about, else their most shared word.
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
    // An event named on every side wins; else the first one named by a later side (the
    // response usually names the event it answers); else a word both sides use; else the
    // first words of the claim disputed.
    let common = events(0)
        .into_iter()
        .find(|w| words.iter().all(|ws| ws.contains(w)));
    if let Some(w) = common {
        return w;
    }
    for i in (0..members.len()).rev() {
        if let Some(w) = events(i).into_iter().next() {
            return w;
        }
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

/// The lower-cased content words of a claim (no stop words, at least four letters).
fn content_words(doc: &Doc, d: &Draft) -> Vec<String> {
    let lo = doc.toks.partition_point(|t| t.start < d.content.0);
    let hi = doc.toks.partition_point(|t| t.start < d.content.1);
    (lo..hi)
        .map(|k| doc.low(k).as_str().to_string())
        .filter(|w| w.len() >= 4 && !lexicon::is_stopword(w) && lexicon::verb_cue(w).is_none())
        .collect()
}
