//! Attribution: for each sentence, a cue with a real source and what the source says.
//!
//! Precision first: a cue only makes a claim when a source phrase stands in subject position
//! (sentence start, after a comma, a quotation or a clause word) or right after the cue of a
//! quotation (`"Q," said S`), and when there is content. Negated cues (`has not said`), cues
//! inside quotations and cues in subordinate clauses (`who had told`) are skipped.

use super::content::{
    Tail, clean, collapse, content_after, content_before, quoted_text, tail, word_count,
};
use super::lexicon::{self, CueClass};
use super::resolve::Resolver;
use super::source::{Source, coordinated_subject, inverted, is_head, np_after, subject_before};
use super::tokens::Kind;
use super::{Doc, Draft, Stance};

/// Every claim of the document, in text order.
pub(super) fn claims(doc: &Doc, res: &Resolver) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut covered_until = 0;
    for si in 0..doc.sents.len() {
        if doc.sents[si].span.start < covered_until {
            continue;
        }
        let lo = doc.sents[si].lo;
        let found = according_to(doc, si, res, &out)
            .or_else(|| cued(doc, si, lo, res, &out))
            .filter(|d| d.source.is_some() || !is_pronoun(&d.source_text));
        let Some(mut d) = found else {
            continue;
        };
        covered_until = covered_until.max(d.content.1);
        // `S1 said C1, but S2 rejected that view`: a second source in a contrasting clause
        // makes a second claim, and the first one ends at the clause boundary.
        let second = (!d.direct)
            .then(|| clause_boundary(doc, si, d.content.0))
            .flatten()
            .and_then(|(comma, next)| {
                let c = cued(doc, si, next, res, std::slice::from_ref(&d))?;
                Some((comma, c))
            })
            .filter(|(_, c)| c.source.is_some() || !is_pronoun(&c.source_text));
        if let Some((comma, c)) = second {
            // A closing quotation mark ends the clause after itself, keeping the quotation whole.
            d.content.1 = if doc.is_quote(comma) {
                doc.toks[comma].end
            } else {
                doc.toks[comma].start
            };
            d.text = clean(&doc.text[d.content.0..d.content.1]);
            out.push(d);
            out.push(c);
        } else {
            out.push(d);
        }
    }
    signed_quotes(doc, res, &mut out);
    inherit_quotes(doc, &mut out);
    out
}

/// Quotations signed rather than cued: a dash after the closing mark followed by a name on the
/// same line (`"Q" —Commissioner Jane Roe`), or a lead-in line ending in `:` right before a
/// quotation that opens its own line (`And from Chairwoman Jane Roe:` then `"Q"`). The signer
/// (or the actor the lead-in names) is the source; quotations a claim already holds are left.
fn signed_quotes(doc: &Doc, res: &Resolver, out: &mut Vec<Draft>) {
    let mut taken: Vec<(usize, usize)> = out.iter().map(|d| d.content).collect();
    taken.sort_unstable();
    let mut extra: Vec<Draft> = Vec::new();
    for r in &doc.regions {
        if r.unclosed || r.continues || word_count(doc, r.inner_start, r.inner_end) < 3 {
            continue;
        }
        let p = taken.partition_point(|c| c.0 < r.inner_end);
        if taken[p.saturating_sub(4)..p]
            .iter()
            .any(|c| c.1 > r.inner_start)
        {
            continue;
        }
        let found = sign_off(doc, r.end)
            .map(|(a, b)| (a, b, "\u{2014}"))
            .or_else(|| lead_in(doc, r.start).map(|(a, b)| (a, b, ":")));
        let Some((a, b, cue)) = found else {
            continue;
        };
        let si = doc.sent_at(r.inner_start);
        let source = res.resolve(doc, a, b, doc.sent_at(doc.toks[a].start), &extra);
        if source.is_none() && cue == ":" {
            continue;
        }
        let (src_start, src_end) = (doc.toks[a].start, doc.toks[b - 1].end);
        let first = doc.sent_at(src_start.min(r.start));
        let last = doc.sent_at(src_end.max(r.inner_end).saturating_sub(1));
        extra.push(Draft {
            source,
            source_text: collapse(&doc.text[src_start..src_end]),
            cue: cue.to_string(),
            stance: Stance::Assert,
            text: clean(&doc.text[r.inner_start..r.inner_end]),
            start: doc.sents[first].span.start,
            end: doc.sents[last].span.end,
            content: (r.inner_start, r.inner_end),
            direct: true,
            sent: si,
            via_statement: false,
        });
    }
    if !extra.is_empty() {
        out.extend(extra);
        out.sort_by_key(|d| (d.start, d.content.0));
    }
}

/// The tokens `a..b` of a signature after a quotation ending at byte `end`: an em or en dash on
/// the same line, then up to twelve words of a name and its title, the first capitalised.
fn sign_off(doc: &Doc, end: usize) -> Option<(usize, usize)> {
    let k = doc.toks.partition_point(|t| t.start < end);
    let dash = doc.toks.get(k)?;
    let gap = &doc.text[end..dash.start];
    let is_dash = dash.is_punct(doc.text, '\u{2014}') || dash.is_punct(doc.text, '\u{2013}');
    if !is_dash || gap.contains('\n') {
        return None;
    }
    let line_end = doc.text[dash.end..]
        .find('\n')
        .map_or(doc.text.len(), |n| dash.end + n);
    let a = k + 1;
    if !doc
        .toks
        .get(a)
        .is_some_and(|t| t.cap && t.kind == Kind::Word)
    {
        return None;
    }
    let mut b = a;
    while b < doc.toks.len() && b - a < 12 && doc.toks[b].end <= line_end {
        let t = doc.toks[b];
        if t.kind == Kind::Quote || (t.kind == Kind::Punct && !doc.is_punct(b, ',')) {
            break;
        }
        b += 1;
    }
    Some((a, b))
}

/// The tokens `a..b` of a lead-in before a quotation opening at byte `start`: only white space
/// (line breaks, blank lines) between them, the lead-in ends in `:` and runs from its line's or
/// sentence's start (whichever is later), with no quotation mark, no more than twenty words
/// and no verb that is no cue.
/// Plain-text lines are reflowed, so `Lead-in:` on the line above a quotation is covered too.
fn lead_in(doc: &Doc, start: usize) -> Option<(usize, usize)> {
    let head = doc.text[..start].trim_end();
    if !head.ends_with(':') {
        return None;
    }
    let colon = head.len() - 1;
    let line_start = head.rfind('\n').map_or(0, |n| n + 1);
    let sent_start = doc
        .sents
        .get(doc.sent_at(colon))
        .map_or(0, |s| s.span.start);
    let lead_start = line_start.max(sent_start);
    let a = doc.toks.partition_point(|t| t.start < lead_start);
    let b = doc.toks.partition_point(|t| t.start < colon);
    let words = (a..b).filter(|&k| doc.toks[k].kind == Kind::Word).count();
    let quoted = (a..b).any(|k| doc.toks[k].quoted || doc.is_quote(k));
    // A heading-like lead-in names its speaker; one with a verb of its own that is no cue
    // (`The paper cited examples, including:`) introduces something else.
    let verb = (a..b).any(|k| {
        let w = doc.low(k);
        let w = w.as_str();
        !doc.toks[k].cap
            && w.len() > 4
            && (w.ends_with("ed") || w.ends_with("ing"))
            && !doc.has(k, super::CUE)
    });
    (a < b && words <= 20 && !quoted && !verb).then_some((a, b))
}

/// The first `, but` / `, while` / `, and` / `;` boundary after byte `from` in sentence `si`: the index
/// of the punctuation and of the token opening the next clause.
fn clause_boundary(doc: &Doc, si: usize, from: usize) -> Option<(usize, usize)> {
    let s = doc.sents[si];
    let start = doc.toks.partition_point(|t| t.start < from).max(s.lo);
    (start..s.hi.saturating_sub(2)).find_map(|k| {
        let t = doc.toks[k];
        // `"in good faith," while S2 said`: the comma closing a quotation ends the clause too.
        let quoted_comma =
            t.kind == Kind::Quote && k > 0 && doc.toks[k - 1].quoted && doc.is_punct(k - 1, ',');
        if quoted_comma && opens_contrast(doc, k + 1) {
            return Some((k, k + 2));
        }
        if t.quoted || t.kind != Kind::Punct {
            return None;
        }
        if doc.is_punct(k, ';') {
            return Some((k, k + 1));
        }
        // `S1 said C1, and S2 said C2`: `and` opens a clause only when a cued claim follows,
        // which the caller checks.
        let opens = opens_contrast(doc, k + 1) || doc.low(k + 1).as_str() == "and";
        (doc.is_punct(k, ',') && opens).then_some((k, k + 2))
    })
}

/// Whether token `k` is a conjunction opening a contrasting clause (`but`, `while`, `yet`).
fn opens_contrast(doc: &Doc, k: usize) -> bool {
    matches!(
        doc.low(k).as_str(),
        "but" | "while" | "whereas" | "although" | "though" | "yet"
    )
}

/// Whether a source as written is a bare pronoun (`they`), useless unless resolved.
fn is_pronoun(source_text: &str) -> bool {
    let mut buf = [0u8; 32];
    lexicon::lower(source_text, &mut buf).is_some_and(lexicon::is_subject_pronoun)
}

/// The first cue of sentence `si` that has a source and content.
fn cued(doc: &Doc, si: usize, lo: usize, res: &Resolver, prev: &[Draft]) -> Option<Draft> {
    let s = doc.sents[si];
    let whole = lo == s.lo;
    for i in lo..s.hi {
        let t = doc.toks[i];
        if !doc.has(i, super::CUE) || t.quoted {
            continue;
        }
        let low = doc.low(i);
        let Some((stance, class)) = lexicon::verb_cue(low.as_str()) else {
            continue;
        };
        if let Some((start, end)) = withheld(doc, i, s.hi, stance) {
            // `S would neither confirm nor deny that C`, `S declined to confirm C`: a hedge.
            if start >= lo
                && let Some(src) = subject_before(doc, lo, start)
                && let Some((cs, ce, direct)) = content_after(doc, si, end, false)
            {
                let content = (cs, ce);
                return Some(draft(
                    doc,
                    si,
                    res,
                    prev,
                    src,
                    start,
                    end,
                    Stance::Hedge,
                    content,
                    direct,
                ));
            }
            continue;
        }
        let Some((cue_end, stance)) = cue_phrase(doc, i, s.hi, stance, class) else {
            continue;
        };
        let told = matches!(low.as_str(), "told" | "tells" | "tell");
        let found = |src, stance, content, direct| {
            draft(doc, si, res, prev, src, i, cue_end, stance, content, direct)
        };
        if let Some(src) = subject_before(doc, lo, i) {
            let before = whole
                .then(|| content_before(doc, si, src.lead, cue_end, told))
                .flatten();
            let content = if let Some(c) = before {
                Some(c)
            } else if class == CueClass::QuoteOnly {
                content_after(doc, si, cue_end, told).filter(|c| c.2)
            } else {
                content_after(doc, si, cue_end, told)
            };
            let Some((cs, ce, direct)) = content else {
                continue;
            };
            let stance = combine_stance(doc, si, cue_end, stance);
            return Some(found(src, stance, (cs, ce), direct));
        }
        if let Some((src, cs, ce)) = inverted(doc, si, i, cue_end) {
            return Some(found(src, stance, (cs, ce), true));
        }
        if let Some((src, cs, ce)) = whole
            .then(|| inverted_indirect(doc, si, i, cue_end, class))
            .flatten()
        {
            return Some(found(src, stance, (cs, ce), false));
        }
        if let Some(src) = whole.then(|| coordinated_subject(doc, si, i)).flatten()
            && let Some((cs, ce, direct)) = content_after(doc, si, cue_end, told)
        {
            return Some(found(src, stance, (cs, ce), direct));
        }
    }
    None
}

/// `C, said S` (`The ports would close, said Lina Mardh, the union's secretary.`): reported
/// speech from the sentence start to a comma, the cue, then the source. Returns the source
/// and the content's bytes.
fn inverted_indirect(
    doc: &Doc,
    si: usize,
    i: usize,
    cue_end: usize,
    class: CueClass,
) -> Option<(Source, usize, usize)> {
    let s = doc.sents[si];
    if class != CueClass::General || i < s.lo + 4 || !doc.is_punct(i - 1, ',') {
        return None;
    }
    let start = super::content::after_dateline(doc, s.lo, i - 1);
    if (start..i - 1).any(|k| {
        doc.toks[k].quoted || doc.is_quote(k) || (doc.has(k, super::CUE) && !doc.toks[k].cap)
    }) || word_count(doc, doc.toks[start].start, doc.toks[i - 2].end) < 4
    {
        return None;
    }
    let b = np_after(doc, cue_end, s.hi, false)?;
    if !is_head(doc, b - 1) || tail(doc, s.hi, b) == Tail::Content {
        return None;
    }
    let src = Source {
        a: cue_end,
        b,
        lead: cue_end,
    };
    Some((src, doc.toks[start].start, doc.toks[i - 2].end))
}

/// The extent of the cue starting at token `i` and its stance, or `None` when the word is no
/// cue here (`called` without `on`/`for`/a falsity word, `expressed` without a feeling).
fn cue_phrase(
    doc: &Doc,
    i: usize,
    hi: usize,
    stance: Stance,
    class: CueClass,
) -> Option<(usize, Stance)> {
    let next = |k: usize| {
        if k < hi {
            doc.low(k)
        } else {
            super::Low::EMPTY
        }
    };
    match class {
        CueClass::Participle => None,
        CueClass::General | CueClass::QuoteOnly => Some((i + 1, stance)),
        CueClass::ThatOnly => (next(i + 1).as_str() == "that").then_some((i + 1, stance)),
        CueClass::Pointed => (next(i + 1).as_str() == "out").then_some((i + 2, stance)),
        CueClass::Expressed => (i + 1..(i + 4).min(hi))
            .find(|&k| lexicon::is_feeling_noun(doc.low(k).as_str()))
            .map(|k| (k + 1, stance)),
        CueClass::Called => {
            if matches!(next(i + 1).as_str(), "on" | "for") {
                return Some((i + 2, Stance::Urge));
            }
            let falsity = (i + 1..(i + 6).min(hi))
                .take_while(|&k| doc.toks[k].kind == Kind::Word || doc.is_quote(k))
                .any(|k| lexicon::is_false_word(doc.low(k).as_str()));
            falsity.then_some((i + 1, Stance::Deny))
        }
        CueClass::Described => (i + 1..(i + 12).min(hi))
            .take_while(|&k| !doc.is_punct(k, '.') && !doc.is_punct(k, ';'))
            .any(|k| doc.low(k).as_str() == "as")
            .then_some((i + 1, stance)),
    }
}

/// A confirm or deny cue at token `i` that its source withholds: `would neither confirm nor
/// deny`, `could not confirm`, `declined to confirm`. Returns the first token of the phrase
/// and the end of the cue (after `nor deny`).
fn withheld(doc: &Doc, i: usize, hi: usize, stance: Stance) -> Option<(usize, usize)> {
    if !matches!(stance, Stance::Confirm | Stance::Deny) || i == 0 {
        return None;
    }
    let modal_before = |k: usize| k > 0 && lexicon::is_modal(doc.low(k - 1).as_str());
    let start = match doc.low(i - 1).as_str() {
        "neither" if modal_before(i - 1) => i - 2,
        "neither" => i - 1,
        "not" | "nt" if modal_before(i - 1) => i - 2,
        "to" if i >= 2 && lexicon::is_refusal(doc.low(i - 2).as_str()) => i - 2,
        _ => return None,
    };
    let mut end = i + 1;
    let paired = end + 1 < hi
        && matches!(doc.low(end).as_str(), "nor" | "or")
        && lexicon::verb_cue(doc.low(end + 1).as_str())
            .is_some_and(|(s, _)| matches!(s, Stance::Confirm | Stance::Deny));
    if paired {
        end += 2;
    }
    Some((start, end))
}

/// A later cue coordinated with the first (`expressed concern ... and urged`) sharpens an
/// assertion; a plain assertion whose content hedges (`may`, `reportedly`) is a hedge.
fn combine_stance(doc: &Doc, si: usize, from: usize, stance: Stance) -> Stance {
    if stance != Stance::Assert {
        return stance;
    }
    let s = doc.sents[si];
    // `S said she could neither confirm nor deny C`: the source withholds, a hedge.
    let withholds = (from..s.hi).any(|j| {
        doc.has(j, super::CUE)
            && !doc.toks[j].quoted
            && lexicon::verb_cue(doc.low(j).as_str())
                .is_some_and(|(st, _)| withheld(doc, j, s.hi, st).is_some())
    });
    if withholds {
        return Stance::Hedge;
    }
    for j in from..s.hi {
        if doc.toks[j].quoted || doc.low(j.saturating_sub(1)).as_str() != "and" {
            continue;
        }
        let low = doc.low(j);
        if let Some((st, class)) = lexicon::verb_cue(low.as_str())
            && st != Stance::Assert
            && let Some((_, st)) = cue_phrase(doc, j, s.hi, st, class)
        {
            return st;
        }
    }
    stance
}

/// `According to S, C` and `C, according to S`.
fn according_to(doc: &Doc, si: usize, res: &Resolver, prev: &[Draft]) -> Option<Draft> {
    let s = doc.sents[si];
    let i = (s.lo..s.hi.saturating_sub(1)).find(|&k| {
        doc.has(k, super::ACCORDING) && !doc.toks[k].quoted && doc.low(k + 1).as_str() == "to"
    })?;
    let b = np_after(doc, i + 2, s.hi, false)?;
    if !is_head(doc, b - 1) {
        return None;
    }
    let mut src = Source {
        a: i + 2,
        b,
        lead: i + 2,
    };
    let at_start = i == s.lo
        || (i == s.lo + 1 && lexicon::is_clause_word(doc.low(s.lo).as_str()))
        || doc.is_quote(i - 1);
    let (cs, ce) = if at_start {
        let mut k = b;
        if doc.is_punct(k, ',') {
            k += 1;
            // `According to the coach, Jane Roe, ...`: skip the appositive name.
            if let Some(e) = np_after(doc, k, s.hi, false)
                && doc.is_punct(e, ',')
                && doc.toks[k].cap
            {
                src.b = e;
                k = e + 1;
            }
        }
        if k >= s.hi {
            return None;
        }
        (doc.toks[k].start, doc.toks[s.hi - 1].end)
    } else if doc.is_punct(i - 1, ',') && i - 1 > s.lo && tail(doc, s.hi, b) == Tail::Adverbial {
        (doc.toks[s.lo].start, doc.toks[i - 1].start)
    } else {
        return None;
    };
    if word_count(doc, cs, ce) < 3 {
        return None;
    }
    let stance = hedge_if_hedged(doc, Stance::Assert, cs, ce);
    let mut d = draft(doc, si, res, prev, src, i, i + 2, stance, (cs, ce), false);
    d.cue = "according to".into();
    Some(d)
}

/// Build the claim for a source, cue and content; `None` source ids stay unresolved.
#[allow(clippy::too_many_arguments)]
fn draft(
    doc: &Doc,
    si: usize,
    res: &Resolver,
    prev: &[Draft],
    src: Source,
    cue: usize,
    cue_end: usize,
    stance: Stance,
    content: (usize, usize),
    direct: bool,
) -> Draft {
    let (cs, ce) = content;
    let stance = if direct {
        stance
    } else {
        hedge_if_hedged(doc, stance, cs, ce)
    };
    let src_start = doc.toks[src.a].start;
    let src_end = doc.toks[src.b - 1].end;
    let source = res.resolve(doc, src.a, src.b, si, prev);
    let cue_text = doc.text[doc.toks[cue].start..doc.toks[cue_end - 1].end].to_string();
    let first = doc.sent_at(cs.min(src_start)).min(si);
    let last = doc.sent_at(ce.saturating_sub(1).max(src_end)).max(si);
    Draft {
        source,
        source_text: doc.text[src_start..src_end].to_string(),
        cue: collapse(&cue_text),
        stance,
        text: if direct {
            quoted_text(doc, cs, ce)
        } else {
            clean(&doc.text[cs..ce])
        },
        start: doc.sents[first].span.start,
        end: doc.sents[last].span.end,
        content: (cs, ce),
        direct,
        sent: si,
        via_statement: src.lead < src.a,
    }
}

fn hedge_if_hedged(doc: &Doc, stance: Stance, cs: usize, ce: usize) -> Stance {
    if stance != Stance::Assert {
        return stance;
    }
    let lo = doc.toks.partition_point(|t| t.start < cs);
    let hedged = doc.toks[lo..]
        .iter()
        .enumerate()
        .take_while(|(_, t)| t.end <= ce)
        .any(|(n, t)| !t.quoted && !t.cap && doc.has(lo + n, super::HEDGE));
    if hedged { Stance::Hedge } else { stance }
}

/// Quotations with no cue of their own that carry on a quoted claim keep its speaker: a
/// paragraph continuing an unclosed quotation, or a sentence that is only a quotation right
/// after a quoted claim.
fn inherit_quotes(doc: &Doc, out: &mut Vec<Draft>) {
    // Claims by content start; contents barely overlap, so the few just before a region tell
    // whether it is claimed already and which claim ends last before it.
    let mut order: Vec<(usize, usize, usize)> = out
        .iter()
        .enumerate()
        .map(|(n, d)| (d.content.0, d.content.1, n))
        .collect();
    order.sort_unstable();
    let mut extra: Vec<Draft> = Vec::new();
    let mut p = 0;
    for (ri, r) in doc.regions.iter().enumerate() {
        while p < order.len() && order[p].0 < r.inner_end {
            p += 1;
        }
        let window = &order[p.saturating_sub(4)..p];
        let overlaps = |d: &Draft| d.content.0 < r.inner_end && r.inner_start < d.content.1;
        if window.iter().any(|w| overlaps(&out[w.2])) || extra.last().is_some_and(overlaps) {
            continue;
        }
        let last = window
            .iter()
            .map(|w| &out[w.2])
            .chain(extra.last())
            .filter(|d| d.content.1 <= r.start)
            .max_by_key(|d| d.content.1);
        let Some(last) = last else {
            continue;
        };
        let prev_region_claimed = ri > 0 && {
            let p = doc.regions[ri - 1];
            last.content.0 < p.inner_end && p.inner_start < last.content.1
        };
        let si = doc.sent_at(r.start);
        let sent_is_quote = doc.sents[si].span.start == r.start;
        let adjacent = last.direct && si > 0 && doc.sents[si - 1].span.end <= r.start && {
            let gap = &doc.text[last.end.min(r.start)..r.start];
            gap.trim().is_empty()
        };
        let inherits = (r.continues && prev_region_claimed) || (sent_is_quote && adjacent);
        if !inherits || word_count(doc, r.inner_start, r.inner_end) < 3 {
            continue;
        }
        let end_sent = doc.sent_at(r.inner_end.saturating_sub(1));
        extra.push(Draft {
            source: last.source.clone(),
            source_text: last.source_text.clone(),
            cue: last.cue.clone(),
            stance: Stance::Assert,
            text: clean(&doc.text[r.inner_start..r.inner_end]),
            start: doc.sents[si].span.start,
            end: doc.sents[end_sent].span.end,
            content: (r.inner_start, r.inner_end),
            direct: true,
            sent: si,
            via_statement: last.via_statement,
        });
    }
    out.extend(extra);
    out.sort_by_key(|d| (d.start, d.content.0));
}
