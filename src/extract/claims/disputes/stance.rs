//! Stance constructions that a cue verb alone does not tell, read after attribution:
//!
//! - a denial by an evaluative predicate on a report noun (`said the story was not true`) or by
//!   negated content after an insisting cue (`insisted that no data had been lost`);
//! - hedges, never denials: `neither confirm nor deny`, `declined to confirm`, `could not
//!   verify`, `did not deny`;
//! - the claim a denial names (`denied a report by the Kestrian Post that it will close the
//!   Amsel plant`): an implied claim of the reported source, disputed by the denial;
//! - the outlet itself refuting (`The clip is a fake: it was filmed in 2015`): a denial whose
//!   source is the article;
//! - counter-evidence against an earlier claim (`Photos of the site, however, show the plant
//!   still operating.`).
//!
//! Each construction is a few tokens read around a trigger word, so the pass is linear.

use super::super::content::clean;
use super::super::resolve::Resolver;
use super::super::source::subject_before;
use super::super::tokens::Kind;
use super::super::{Doc, Draft, Stance};
use super::{NEAR_PARAGRAPHS, WINDOW, comparable_stems, words_of};
use crate::extract::Context;
use crate::extract::vocab as v;

fn is_be(w: &str) -> bool {
    matches!(w, "is" | "was" | "are" | "were" | "'s")
}

fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "no" | "not" | "nt" | "never" | "nothing" | "none" | "nobody"
    )
}

/// What [`apply`] found: pairs of claims these constructions put in dispute, as indices into
/// the drafts after insertion (lower first).
#[derive(Default)]
pub(in crate::extract::claims) struct Links {
    pub pairs: Vec<(usize, usize)>,
}

/// A pair recorded before the drafts are sorted, by content spans.
type SpanPair = ((usize, usize), (usize, usize));

/// Refine the stances of `drafts`, add the claims these constructions imply, and return the
/// pairs they dispute. `drafts` stays in text order.
pub(in crate::extract::claims) fn apply(
    doc: &Doc,
    res: &Resolver,
    ctx: &Context,
    drafts: &mut Vec<Draft>,
) -> Links {
    let mut spans: Vec<SpanPair> = Vec::new();
    for d in drafts.iter_mut() {
        refine(doc, d);
    }
    let mut covered = vec![false; doc.sents.len()];
    for d in drafts.iter() {
        let a = doc.sent_at(d.start);
        let b = doc.sent_at(d.end.saturating_sub(1)).max(a);
        for c in &mut covered[a..=b] {
            *c = true;
        }
    }
    let mut extra: Vec<Draft> = Vec::new();
    for d in drafts.iter() {
        if d.stance == Stance::Deny
            && !d.direct
            && let Some(implied) = implied_claim(doc, res, drafts, d)
        {
            spans.push((implied.content, d.content));
            extra.push(implied);
        }
    }
    // Sentences no claim covers: hedges, the outlet's refutations, counter-evidence.
    let mut first = 0;
    for (si, _) in covered.iter().enumerate().filter(|(_, c)| !**c) {
        while first < drafts.len() && drafts[first].sent < si {
            first += 1;
        }
        let earlier = &drafts[..first];
        if !may_matter(doc, si) {
            continue;
        }
        if let Some(h) = hedge_sentence(doc, res, ctx, drafts, si) {
            extra.push(h);
        } else if let Some(a) = artefact_claim(doc, si) {
            extra.push(a);
        } else if let Some(r) = refutation(doc, ctx, si) {
            // What it refutes: the nearest earlier claim, or a claim of a post or video read
            // just before (`A post ... says that ...`).
            let target = contradicted(doc, earlier, &r)
                .map(|i| (earlier[i].content, earlier[i].sent))
                .into_iter()
                .chain(
                    contradicted(doc, &extra, &r)
                        .filter(|&i| extra[i].sent < si)
                        .map(|i| (extra[i].content, extra[i].sent)),
                )
                .max_by_key(|&(_, sent)| sent);
            if let Some((content, _)) = target {
                spans.push((content, r.content));
            }
            extra.push(r);
        } else if let Some(e) = counter_evidence(doc, si)
            && let Some(i) = contradicted(doc, earlier, &e)
        {
            spans.push((earlier[i].content, e.content));
            extra.push(e);
        }
    }
    if extra.is_empty() {
        return Links::default();
    }
    drafts.extend(extra);
    drafts.sort_by_key(|d| (d.start, d.content.0));
    let index: std::collections::HashMap<(usize, usize), usize> = drafts
        .iter()
        .enumerate()
        .map(|(n, d)| (d.content, n))
        .collect();
    let pairs = spans
        .into_iter()
        .filter_map(|(a, b)| Some((*index.get(&a)?, *index.get(&b)?)))
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    Links { pairs }
}

/// Whether sentence `si` holds a word that opens one of the constructions read here: a quick
/// test without allocation, as most sentences hold none.
fn may_matter(doc: &Doc, si: usize) -> bool {
    let s = doc.sents[si];
    (s.lo..s.hi).any(|k| {
        let t = doc.toks[k];
        if t.kind != Kind::Word || t.end - t.start < 2 || t.end - t.start > 11 {
            return false;
        }
        let low = doc.low(k);
        let w = low.as_str();
        let opening = k < s.lo + 6;
        matches!(
            w,
            "neither"
                | "declined"
                | "declines"
                | "refused"
                | "refuses"
                | "unable"
                | "cannot"
                | "never"
                | "contrary"
                | "despite"
                | "evidence"
                | "context"
                | "basis"
                | "didn"
                | "doesn"
                | "such"
                | "verdict"
                | "rating"
                | "ruling"
        ) || (matches!(
            w,
            "could" | "would" | "did" | "can" | "does" | "couldn" | "didn"
        ) && matches!(doc.low(k + 1).as_str(), "not" | "nt"))
            || (opening
                && (said_thing(w)
                    || v::EVIDENCE_NOUNS.contains(w)
                    || matches!(w, "there" | "this" | "that" | "no" | "fact")))
            || (said_thing(w) && k < s.lo + 12)
    })
}

/// The token range of a draft's content.
fn content_toks(doc: &Doc, d: &Draft) -> (usize, usize) {
    let lo = doc.toks.partition_point(|t| t.start < d.content.0);
    let hi = doc.toks.partition_point(|t| t.start < d.content.1);
    (lo, hi)
}

/// Word tokens `lo..hi`, lower-cased, with their token index.
fn lows(doc: &Doc, lo: usize, hi: usize) -> Vec<(usize, String)> {
    (lo..hi)
        .filter(|&k| doc.toks[k].kind == Kind::Word)
        .map(|k| (k, doc.low(k).as_str().to_string()))
        .collect()
}

/// Sharpen the stance of a reported claim from its content.
fn refine(doc: &Doc, d: &mut Draft) {
    if d.direct {
        return;
    }
    let (lo, hi) = content_toks(doc, d);
    let ws = lows(doc, lo, hi.min(lo + FALSITY_WINDOW));
    let hedged = (0..4).any(|n| hedge_at(&ws, n));
    if matches!(d.stance, Stance::Assert | Stance::Deny | Stance::Confirm) && hedged {
        d.stance = Stance::Hedge;
        return;
    }
    if !matches!(d.stance, Stance::Assert | Stance::Hedge) {
        return;
    }
    let cue = d.cue.to_lowercase();
    let negated_opening = ws.iter().take(5).any(|(_, w)| is_negation(w));
    if (v::INSISTING_CUES.contains(cue.as_str()) && negated_opening)
        || calls_false(&ws).is_some()
        || no_such(&ws).is_some()
    {
        d.stance = Stance::Deny;
    }
}

/// How many words of a sentence or a claim's content the falsity constructions read.
const FALSITY_WINDOW: usize = 40;

/// Whether `w` names something said or shown: a report noun (`claim`, `rumours`) or an
/// artefact (`video`, `posts`).
fn said_thing(w: &str) -> bool {
    v::BACKREF_NOUNS.contains(w) || v::ARTEFACTS.contains(w)
}

/// `the story was not true`, `reports of a curfew were rumours`, `there was no truth to the
/// report`, `messages claiming that banks will close are false`, `the photo has been
/// digitally altered`, `the claim has no scientific basis`, `the pictures are being shared
/// out of context`, `this is not true`: what was said or shown (named in the first words of
/// `ws`) called false. Returns the index in `ws` of the word that says so.
fn calls_false(ws: &[(usize, String)]) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    if w(0) == "there" && is_be(w(1)) && w(2) == "no" && w(3) == "truth" {
        return Some(3);
    }
    let start = match (w(0), w(1)) {
        ("in", "fact") => 2,
        ("but" | "however", _) => 1,
        _ => 0,
    };
    // The subject: a thing said or shown among the first words (`A map purporting to ...`),
    // or `this`/`that`/`it` right before its verb (`this is not true`).
    let r = (start..(start + 4).min(ws.len())).find(|&n| {
        said_thing(w(n))
            || (n == start && matches!(w(n), "this" | "that" | "it") && is_be(w(n + 1)))
    })?;
    if (start..r).any(|k| is_be(w(k)) || is_negation(w(k))) {
        return None;
    }
    for k in r + 1..ws.len() {
        match w(k) {
            "out" if w(k + 1) == "of" && w(k + 2) == "context" => return Some(k + 2),
            "has" | "have" | "had"
                if w(k + 1) == "no"
                    && [w(k + 2), w(k + 3)]
                        .iter()
                        .any(|x| matches!(*x, "basis" | "foundation" | "truth")) =>
            {
                return Some(k + 1);
            }
            "contains" | "contain" | "contained" | "includes" | "include"
                if v::FALSE_WORDS.contains(w(k + 1)) =>
            {
                return Some(k + 1);
            }
            x if is_be(x) || x == "been" => {
                if let Some(at) = false_predicate(ws, k + 1) {
                    return Some(at);
                }
                // `The footage was in fact filmed in 2017`: what was shown, corrected.
                if matches!((w(k + 1), w(k + 2)), ("in", "fact") | ("actually", _)) {
                    return Some(k + 1);
                }
                // `The photo was not taken in Kalvik`, `The letter was not signed by her`.
                if w(k + 1) == "not"
                    && matches!(
                        w(k + 2),
                        "taken"
                            | "filmed"
                            | "recorded"
                            | "shot"
                            | "written"
                            | "signed"
                            | "issued"
                            | "published"
                            | "posted"
                            | "sent"
                            | "said"
                            | "made"
                    )
                {
                    return Some(k + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// After a form of `be` at `ws[n]`: `not true`, `completely baseless`, `a hoax`, `been
/// digitally altered`; the index of the word that says false.
fn false_predicate(ws: &[(usize, String)], mut n: usize) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    let mut negated = false;
    while matches!(
        w(n),
        "not"
            | "nt"
            | "a"
            | "an"
            | "been"
            | "being"
            | "completely"
            | "entirely"
            | "totally"
            | "simply"
            | "all"
            | "actually"
            | "digitally"
            | "clearly"
            | "also"
    ) {
        negated |= matches!(w(n), "not" | "nt");
        n += 1;
    }
    // `was not false` affirms.
    let says = if negated {
        v::TRUTH_WORDS.contains(w(n))
    } else {
        v::FALSE_WORDS.contains(w(n))
    };
    says.then_some(n)
}

/// `Dunne never said it.`, `She did not write the letter.`: the outlet saying someone did not
/// say what is put in their mouth; not `did not say when` (a question left open). The index
/// in `ws` of the verb.
fn never_said(ws: &[(usize, String)]) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    let say = |x: &str| {
        matches!(
            x,
            "say" | "said" | "write" | "wrote" | "post" | "posted" | "tweet" | "tweeted"
        )
    };
    (1..ws.len()).find(|&k| {
        let negated = w(k - 1) == "never"
            || (k >= 2
                && matches!(w(k - 1), "not" | "nt" | "t")
                && matches!(w(k - 2), "did" | "didn" | "does" | "doesn"));
        negated
            && say(w(k))
            && !matches!(
                w(k + 1),
                "when"
                    | "whether"
                    | "how"
                    | "why"
                    | "what"
                    | "where"
                    | "who"
                    | "which"
                    | "if"
                    | "anything"
                    | "much"
                    | "more"
            )
    })
}

/// `Fact check: no, the EU has not banned honey.`, `Contrary to posts on social media, the
/// government has not raised the age.`, `The player did not retire, despite headlines ...`:
/// the outlet answering what was said with a negation. The index in `ws` of the negation.
fn answered_no(doc: &Doc, ws: &[(usize, String)]) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    let negation_after =
        |from: usize| (from..ws.len()).find(|&k| matches!(w(k), "not" | "nt" | "never"));
    let mut n = 0;
    if w(0) == "fact" && matches!(w(1), "check" | "checked") {
        n = 2;
    }
    if w(n) == "no" && doc.is_punct(ws[n].0 + 1, ',') {
        return negation_after(n + 1);
    }
    let said_near = |from: usize| (from..(from + 5).min(ws.len())).any(|k| said_thing(w(k)));
    if w(0) == "contrary" && w(1) == "to" && said_near(2) {
        return negation_after(2);
    }
    let d = (0..ws.len()).find(|&k| w(k) == "despite")?;
    if !said_near(d + 1) {
        return None;
    }
    // The negation in the other clause: before `despite`, or after the phrase it opens.
    (0..d)
        .find(|&k| matches!(w(k), "not" | "nt" | "never"))
        .or_else(|| negation_after(d + 1))
}

/// Whether a hedge construction starts at `ws[n]`; returns false past the end.
fn hedge_at(ws: &[(usize, String)], n: usize) -> bool {
    hedge_len(ws, n).is_some()
}

/// The length of a hedge construction at `ws[n]` (`neither confirm nor deny`, `declined to
/// confirm`, `could not independently verify`, `did not deny`).
fn hedge_len(ws: &[(usize, String)], n: usize) -> Option<usize> {
    let w = |k: usize| ws.get(k).map_or("", |(_, w)| w.as_str());
    let check = |w: &str| v::CHECK_VERBS.contains(w);
    match w(n) {
        "neither" if check(w(n + 1)) && w(n + 2) == "nor" && check(w(n + 3)) => Some(4),
        "declined" | "declines" | "refused" | "refuses" if w(n + 1) == "to" => {
            check(w(n + 2)).then_some(3)
        }
        "could" | "can" | "would" | "did" | "does" | "cannot" | "couldn" | "didn" => {
            let mut k = n + 1;
            if w(n) != "cannot" {
                if !matches!(w(k), "not" | "nt") {
                    return None;
                }
                k += 1;
            }
            if matches!(w(k), "be" | "immediately" | "independently" | "yet") {
                k += 1;
            }
            if matches!(w(k), "independently" | "immediately") {
                k += 1;
            }
            check(w(k)).then_some(k + 1 - n)
        }
        "unable" if w(n + 1) == "to" && check(w(n + 2)) => Some(3),
        _ => None,
    }
}

/// A sentence no claim covers that hedges: `The army declined to confirm the strike.`, `It
/// could not be independently verified.` (the article's own hedge).
fn hedge_sentence(
    doc: &Doc,
    res: &Resolver,
    ctx: &Context,
    prev: &[Draft],
    si: usize,
) -> Option<Draft> {
    let s = doc.sents[si];
    let ws = lows(doc, s.lo, s.hi);
    let (n, len) = (0..ws.len())
        .filter(|&n| !doc.toks[ws[n].0].quoted)
        .find_map(|n| Some((n, hedge_len(&ws, n)?)))?;
    let first = ws[n].0;
    let last = ws[n + len - 1].0;
    let cue = clean(&doc.text[doc.toks[first].start..doc.toks[last].end]);
    let passive = ws[n..n + len].iter().any(|(_, w)| w == "be");
    // `The ministry would neither confirm nor deny`: the subject stands before the modal.
    let mut lead = n;
    while lead > 0
        && matches!(
            ws[lead - 1].1.as_str(),
            "would" | "will" | "could" | "can" | "did" | "does" | "do" | "may" | "might"
        )
        && ws[lead - 1].0 + 1 == ws[lead].0
    {
        lead -= 1;
    }
    let (source, source_text) = if let Some(src) = subject_before(doc, s.lo, ws[lead].0) {
        let start = doc.toks[src.a].start;
        let end = doc.toks[src.b - 1].end;
        (
            res.resolve(doc, src.a, src.b, si, prev),
            doc.text[start..end].to_string(),
        )
    } else if passive {
        (None, article_source(ctx))
    } else {
        return None;
    };
    // The content: what follows the construction, else the sentence itself.
    let after = last + 1;
    let end = doc.toks[s.hi - 1].end;
    let content = if after < s.hi && doc.toks[after].kind == Kind::Word {
        (doc.toks[after].start, end)
    } else {
        (s.span.start, end)
    };
    Some(Draft {
        source,
        source_text,
        cue,
        stance: Stance::Hedge,
        text: clean(&doc.text[content.0..content.1]),
        start: s.span.start,
        end: s.span.end,
        content,
        direct: false,
        sent: si,
        via_statement: false,
    })
}

/// The source of the outlet's own voice: front matter `source`, else `the article`.
fn article_source(ctx: &Context) -> String {
    ctx.source
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .unwrap_or("the article")
        .to_string()
}

/// `a report by the Kestrian Post that it will close the Amsel plant` in a denial's content:
/// the claim of the reported source (`it will close the Amsel plant`, by the Kestrian Post).
fn implied_claim(doc: &Doc, res: &Resolver, prev: &[Draft], d: &Draft) -> Option<Draft> {
    let (lo, hi) = content_toks(doc, d);
    let ws = lows(doc, lo, hi);
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    let r = (0..3.min(ws.len())).find(|&n| v::BACKREF_NOUNS.contains(w(n)))?;
    let noun_tok = ws[r].0;
    // `the Post's report`: the possessor before the noun is the source.
    let mut src: Option<(usize, usize)> = None;
    if r >= 2 && w(r - 1) == "'s" {
        let a = if v::DETERMINERS.contains(w(0)) {
            ws[1].0
        } else {
            ws[0].0
        };
        src = Some((a, ws[r - 1].0));
    }
    let mut n = r + 1;
    let mut unnamed_end = noun_tok;
    if matches!(w(n), "by" | "from" | "in") {
        let a = n + 1;
        let mut b = a;
        while b < ws.len() && b < a + 6 && !matches!(w(b), "that" | "of" | "as" | "about") {
            b += 1;
        }
        // The tokens must run on without punctuation; unless they name someone (`in local
        // media`), the report stays unnamed.
        if b == a || ws[b - 1].0 - ws[a].0 != b - 1 - a {
            return None;
        }
        if (a..b).any(|k| doc.toks[ws[k].0].cap) {
            src = Some((ws[a].0, ws[b - 1].0 + 1));
        } else {
            unnamed_end = ws[b - 1].0;
        }
        n = b;
    }
    let (cs, ce) = match w(n) {
        "that" if n + 1 < ws.len() => {
            // Up to a participle clause of the denial (`, calling them baseless`).
            let end = (ws[n + 1].0..hi)
                .find(|&k| doc.is_punct(k, ',') && doc.low(k + 1).as_str().ends_with("ing"))
                .map_or(d.content.1, |k| doc.toks[k].start);
            (doc.toks[ws[n + 1].0].start, end)
        }
        "of" | "about" if n + 1 < ws.len() => {
            let a = n + 1;
            let b = (a..ws.len().min(a + 8))
                .find(|&k| w(k) == "as" || ws[k].0 != ws[a].0 + (k - a))
                .unwrap_or(ws.len().min(a + 8));
            if b == a {
                return None;
            }
            (doc.toks[ws[a].0].start, doc.toks[ws[b - 1].0].end)
        }
        _ => return None,
    };
    let (source, source_text) = match src {
        Some((a, b)) => (
            res.resolve(doc, a, b, d.sent, prev),
            doc.text[doc.toks[a].start..doc.toks[b - 1].end].to_string(),
        ),
        None => (
            None,
            doc.text[doc.toks[ws[0].0].start..doc.toks[unnamed_end].end].to_string(),
        ),
    };
    let text = clean(&doc.text[cs..ce]);
    (!text.is_empty()).then(|| Draft {
        source,
        source_text,
        cue: doc.tok_text(noun_tok).to_string(),
        stance: Stance::Assert,
        text,
        start: d.start,
        end: d.end,
        content: (cs, ce),
        direct: false,
        sent: d.sent,
        via_statement: false,
    })
}

/// `The clip is a fake: it was filmed in 2015.`, `The claim is false.`, `There is no evidence
/// that ...`, `Dunne never said it.`, `Fact check: no, ...`: the outlet's own denial, in a
/// sentence no claim covers.
fn refutation(doc: &Doc, ctx: &Context, si: usize) -> Option<Draft> {
    let s = doc.sents[si];
    let ws = lows(doc, s.lo, s.hi.min(s.lo + FALSITY_WINDOW));
    if ws.first().is_some_and(|(k, _)| doc.toks[*k].quoted) {
        return None;
    }
    let cue_at = no_evidence(&ws)
        .or_else(|| verdict(&ws))
        .or_else(|| no_such(&ws))
        .or_else(|| old_artefact(&ws))
        .or_else(|| calls_false(&ws))
        .or_else(|| never_said(&ws))
        .or_else(|| answered_no(doc, &ws))?;
    // A quoted word is someone else's, not the outlet's.
    let (cue_tok, _) = ws[cue_at];
    if doc.toks[cue_tok].quoted {
        return None;
    }
    let content = (s.span.start, doc.toks[s.hi - 1].end);
    Some(Draft {
        source: None,
        source_text: article_source(ctx),
        cue: doc.tok_text(cue_tok).to_string(),
        stance: Stance::Deny,
        text: clean(&doc.text[content.0..content.1]),
        start: s.span.start,
        end: s.span.end,
        content,
        direct: false,
        sent: si,
        via_statement: false,
    })
}

/// `There is no evidence that ...`, `Researchers found no evidence for this`: the index in
/// `ws` of `evidence`; not `no evidence of` (of a crime, of a break-in: a finding, not an
/// answer to what was said).
fn no_evidence(ws: &[(usize, String)]) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    (1..ws.len()).find_map(|k| {
        if w(k - 1) != "no" {
            return None;
        }
        let e = if matches!(w(k), "scientific" | "credible" | "real" | "such") {
            k + 1
        } else {
            k
        };
        (w(e) == "evidence" && matches!(w(e + 1), "that" | "for" | "to" | "")).then_some(e)
    })
}

/// `The video is old`, `The photograph ... was taken at a festival in 2016`: an artefact
/// said to be old (shared as new); the index of `old` or of the year.
fn old_artefact(ws: &[(usize, String)]) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    let a = (0..4.min(ws.len())).find(|&k| v::ARTEFACTS.contains(w(k)))?;
    let year = |y: usize| {
        w(y).len() == 4 && w(y).starts_with(['1', '2']) && w(y).bytes().all(|b| b.is_ascii_digit())
    };
    (a + 1..ws.len()).filter(|&k| is_be(w(k))).find_map(|be| {
        if w(be + 1) == "old" {
            return Some(be + 1);
        }
        let mut k = be + 1;
        if matches!(w(k), "actually" | "originally" | "first") {
            k += 1;
        }
        if !matches!(w(k), "taken" | "filmed" | "recorded" | "shot" | "made") {
            return None;
        }
        // A year a few words on (`in 2016`).
        (k + 1..(k + 9).min(ws.len())).find(|&y| year(y))
    })
}

/// `Verdict: false.`, `Rating: misleading`: a fact check's verdict; the index of the word.
fn verdict(ws: &[(usize, String)]) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    let mut n = usize::from(w(0) == "our");
    if !matches!(w(n), "verdict" | "rating" | "ruling" | "conclusion") {
        return None;
    }
    n += 1;
    if matches!(w(n), "mostly" | "partly" | "completely") {
        n += 1;
    }
    v::FALSE_WORDS.contains(w(n)).then_some(n)
}

/// `has issued no such order`, `There is no such plan`: what was said, denied to exist; the
/// index of `such`.
fn no_such(ws: &[(usize, String)]) -> Option<usize> {
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    (1..ws.len()).find(|&k| w(k - 1) == "no" && w(k) == "such" && !w(k + 1).is_empty())
}

/// `A post shared thousands of times says that C`, `The video shows C`: what a post, clip or
/// report says, in a sentence no claim covers; the artefact is the source.
fn artefact_claim(doc: &Doc, si: usize) -> Option<Draft> {
    let s = doc.sents[si];
    let ws = lows(doc, s.lo, s.hi.min(s.lo + 12));
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    if ws.first().is_some_and(|(k, _)| doc.toks[*k].quoted) {
        return None;
    }
    let a = (0..4.min(ws.len())).find(|&k| v::ARTEFACTS.contains(w(k)))?;
    if (0..a).any(|k| is_be(w(k)) || is_negation(w(k))) {
        return None;
    }
    let verb = (a + 1..ws.len()).find(|&k| v::ARTEFACT_CUES.contains(w(k)))?;
    // Nothing but the artefact's description before the verb: no second clause.
    if (a + 1..verb).any(|k| is_be(w(k)) || is_negation(w(k))) {
        return None;
    }
    let mut c = verb + 1;
    if matches!(w(c), "to") && matches!(w(c + 1), "show" | "be") {
        c += 2;
    }
    if w(c) == "that" {
        c += 1;
    }
    let first = *ws.get(c).map(|(k, _)| k)?;
    let content = (doc.toks[first].start, doc.toks[s.hi - 1].end);
    let source_end = doc.toks[ws[verb].0 - 1].end;
    let source_text = clean(&doc.text[s.span.start..source_end]);
    let text = clean(&doc.text[content.0..content.1]);
    (text.split_whitespace().count() >= 3).then(|| Draft {
        source: None,
        source_text,
        cue: doc.tok_text(ws[verb].0).to_string(),
        stance: Stance::Assert,
        text,
        start: s.span.start,
        end: s.span.end,
        content,
        direct: false,
        sent: si,
        via_statement: false,
    })
}

/// `Photos of the site, however, show the plant still operating.`: evidence shown against
/// what was said, in a sentence no claim covers; the evidence is the source.
fn counter_evidence(doc: &Doc, si: usize) -> Option<Draft> {
    let s = doc.sents[si];
    let ws = lows(doc, s.lo, s.hi.min(s.lo + 14));
    let w = |n: usize| ws.get(n).map_or("", |(_, w)| w.as_str());
    let opens_contrast = v::CONTRAST_WORDS.contains(w(0));
    let first = usize::from(opens_contrast);
    let e = (first..(first + 3).min(ws.len())).find(|&k| v::EVIDENCE_NOUNS.contains(w(k)))?;
    let verb = (e + 1..(e + 8).min(ws.len())).find(|&k| v::SHOWING_VERBS.contains(w(k)))?;
    let contrast = opens_contrast
        || (e + 1..verb).any(|k| v::CONTRAST_WORDS.contains(w(k)))
        || w(verb).starts_with("contradict");
    if !contrast || ws[first].0 > s.lo + 1 || doc.toks[ws[first].0].quoted {
        return None;
    }
    // The source: the evidence phrase up to the first comma or contrast word.
    let a = ws[first].0;
    let b = (a..ws[verb].0)
        .find(|&k| doc.is_punct(k, ',') || v::CONTRAST_WORDS.contains(doc.low(k).as_str()))
        .unwrap_or(ws[verb].0);
    if verb + 1 >= ws.len() {
        return None;
    }
    let content = (doc.toks[ws[verb + 1].0].start, doc.toks[s.hi - 1].end);
    Some(Draft {
        source: None,
        source_text: clean(&doc.text[doc.toks[a].start..doc.toks[b - 1].end]),
        cue: doc.tok_text(ws[verb].0).to_string(),
        stance: Stance::Assert,
        text: clean(&doc.text[content.0..content.1]),
        start: s.span.start,
        end: s.span.end,
        content,
        direct: false,
        sent: si,
        via_statement: false,
    })
}

/// The earlier claim (index into `earlier`) that `d` contradicts: the nearest one by another
/// source, a few paragraphs back at most, sharing a content word with it.
fn contradicted(doc: &Doc, earlier: &[Draft], d: &Draft) -> Option<usize> {
    let para = doc.sents[d.sent].para;
    let mine = comparable_stems(&words_of(doc, d.content));
    (0..earlier.len())
        .rev()
        .take(WINDOW)
        .take_while(|&i| doc.sents[earlier[i].sent].para + NEAR_PARAGRAPHS >= para)
        .find(|&i| {
            let c = &earlier[i];
            c.source_text != d.source_text
                && !matches!(c.stance, Stance::Deny | Stance::Hedge)
                && comparable_stems(&words_of(doc, c.content))
                    .iter()
                    .any(|w| mine.contains(w))
        })
}
