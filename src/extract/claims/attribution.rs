//! Attribution: for each sentence, a cue with a real source and what the source says.
//!
//! Precision first: a cue only makes a claim when a source phrase stands in subject position
//! (sentence start, after a comma, a quotation or a clause word) or right after the cue of a
//! quotation (`"Q," said S`), and when there is content. Negated cues (`has not said`), cues
//! inside quotations and cues in subordinate clauses (`who had told`) are skipped.

use super::lexicon::{self, CueClass};
use super::resolve::Resolver;
use super::tokens::Kind;
use super::{Doc, Draft, Stance, quotes};

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
            d.content.1 = doc.toks[comma].start;
            d.text = clean(&doc.text[d.content.0..d.content.1]);
            out.push(d);
            out.push(c);
        } else {
            out.push(d);
        }
    }
    inherit_quotes(doc, &mut out);
    out
}

/// The first `, but` / `, while` / `;` boundary after byte `from` in sentence `si`: the index
/// of the punctuation and of the token opening the next clause.
fn clause_boundary(doc: &Doc, si: usize, from: usize) -> Option<(usize, usize)> {
    let s = doc.sents[si];
    let start = doc.toks.partition_point(|t| t.start < from).max(s.lo);
    (start..s.hi.saturating_sub(2)).find_map(|k| {
        let t = doc.toks[k];
        if t.quoted || t.kind != Kind::Punct {
            return None;
        }
        if doc.is_punct(k, ';') {
            return Some((k, k + 1));
        }
        let contrast = matches!(
            doc.low(k + 1).as_str(),
            "but" | "while" | "whereas" | "although" | "though" | "yet"
        );
        (doc.is_punct(k, ',') && contrast).then_some((k, k + 2))
    })
}

/// Whether a source as written is a bare pronoun (`they`), useless unless resolved.
fn is_pronoun(source_text: &str) -> bool {
    let mut buf = [0u8; 32];
    lexicon::lower(source_text, &mut buf).is_some_and(lexicon::is_subject_pronoun)
}

/// A source phrase: tokens `a..b`.
#[derive(Debug, Clone, Copy)]
struct Source {
    a: usize,
    b: usize,
    /// First token of the whole subject: `a` itself, or the `a` of `a statement by S`.
    lead: usize,
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
        let Some((cue_end, stance)) = cue_phrase(doc, i, s.hi, stance, class) else {
            continue;
        };
        let told = matches!(low.as_str(), "told" | "tells" | "tell");
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
            return Some(draft(
                doc,
                si,
                res,
                prev,
                src,
                i,
                cue_end,
                stance,
                (cs, ce),
                direct,
            ));
        }
        if let Some((src, cs, ce)) = inverted(doc, si, i, cue_end) {
            return Some(draft(
                doc,
                si,
                res,
                prev,
                src,
                i,
                cue_end,
                stance,
                (cs, ce),
                true,
            ));
        }
        if let Some(src) = whole.then(|| coordinated_subject(doc, si, i)).flatten()
            && let Some((cs, ce, direct)) = content_after(doc, si, cue_end, told)
        {
            return Some(draft(
                doc,
                si,
                res,
                prev,
                src,
                i,
                cue_end,
                stance,
                (cs, ce),
                direct,
            ));
        }
    }
    None
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

/// A later cue coordinated with the first (`expressed concern ... and urged`) sharpens an
/// assertion; a plain assertion whose content hedges (`may`, `reportedly`) is a hedge.
fn combine_stance(doc: &Doc, si: usize, from: usize, stance: Stance) -> Stance {
    if stance != Stance::Assert {
        return stance;
    }
    let s = doc.sents[si];
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

/// The source phrase right before the cue at `i`, in subject position.
fn subject_before(doc: &Doc, lo: usize, i: usize) -> Option<Source> {
    let mut j = i;
    while j > lo {
        let w = doc.low(j - 1);
        let w = w.as_str();
        if lexicon::is_negation(w) {
            return None;
        }
        if lexicon::is_aux_skip(w) {
            j -= 1;
            continue;
        }
        if lexicon::is_time_word(w) && doc.toks[j - 1].cap {
            j -= 1;
            if j > lo && doc.low(j - 1).as_str() == "on" {
                j -= 1;
            }
            continue;
        }
        break;
    }
    if j > lo && doc.is_punct(j - 1, ',') && !doc.toks[j - 1].quoted {
        return appositive(doc, lo, j - 1);
    }
    let a = np_before(doc, lo, j)?;
    if subject_context_ok(doc, lo, a) {
        return Some(Source { a, b: j, lead: a });
    }
    statement_by(doc, lo, a).map(|lead| Source { a, b: j, lead })
}

/// `S, a spokesman for X, said`: the comma at `comma` closes an appositive; the source is the
/// name before it.
fn appositive(doc: &Doc, lo: usize, comma: usize) -> Option<Source> {
    // Up to three comma-separated descriptions (`S, director of X, and chair of Y, said`).
    let mut close = comma;
    let mut first;
    let mut rounds = 0;
    loop {
        first = (close.saturating_sub(16).max(lo)..close)
            .rev()
            .find(|&k| doc.is_punct(k, ','))?;
        let inner = first + 1..close;
        if inner.is_empty()
            || inner
                .clone()
                .any(|k| doc.toks[k].quoted || doc.toks[k].kind == Kind::Quote)
        {
            return None;
        }
        let opener = doc.low(first + 1);
        let more = opener.as_str() == "and" && rounds < 2;
        let at = if more { first + 2 } else { first + 1 };
        if at >= close {
            return None;
        }
        let opener = doc.low(at);
        // `Voss, speaking in the capital, said`: a participle clause is as good as a title.
        let opener_ok = matches!(opener.as_str(), "which" | "who")
            || (opener.as_str().len() > 4 && opener.as_str().ends_with("ing"))
            || lexicon::is_determiner(opener.as_str())
            || lexicon::is_role_noun(opener.as_str())
            || lexicon::is_role_modifier(opener.as_str())
            || doc.toks[at].cap
            || doc.toks[at].kind == Kind::Punct;
        if !opener_ok {
            return None;
        }
        if !more {
            break;
        }
        close = first;
        rounds += 1;
    }
    let inner = first + 1..comma;
    let a = np_before(doc, lo, first)?;
    // The name itself must be a name, not a role (`the ministry, ..., said` is rare and vague).
    let named = (a..first).any(|k| doc.toks[k].cap && !lexicon::is_cap_stop(doc.low(k).as_str()));
    // `Norland's foreign minister, Karel Dunn, said`: the name in the commas is the source.
    let inner_is_name = inner.clone().all(|k| {
        let t = doc.toks[k];
        t.kind == Kind::Word && (t.cap || lexicon::is_np_connector(doc.low(k).as_str()))
    }) && doc.toks[first + 1].cap;
    let b = if inner_is_name { comma } else { first };
    (named && subject_context_ok(doc, lo, a)).then_some(Source { a, b, lead: a })
}

/// Whether a source phrase starting at token `a` stands where a subject can.
fn subject_context_ok(doc: &Doc, lo: usize, a: usize) -> bool {
    if a == lo {
        return true;
    }
    let p = doc.toks[a - 1];
    match p.kind {
        Kind::Quote => true,
        Kind::Punct => {
            let c = doc.tok_text(a - 1);
            matches!(c, "," | ";" | ":" | "(" | "\u{2014}" | "\u{2013}")
        }
        Kind::Word => lexicon::is_clause_word(doc.low(a - 1).as_str()) && !p.quoted,
    }
}

/// `a statement by S said`: the source at `a` follows `by`/`from` after a statement noun that is
/// itself in subject position. Returns the first token of the statement phrase.
fn statement_by(doc: &Doc, lo: usize, a: usize) -> Option<usize> {
    if a < lo + 2 || !matches!(doc.low(a - 1).as_str(), "by" | "from") {
        return None;
    }
    let noun = a - 2;
    if !lexicon::is_statement_noun(doc.low(noun).as_str()) {
        return None;
    }
    let mut start = noun;
    while start > lo
        && (lexicon::is_determiner(doc.low(start - 1).as_str())
            || matches!(doc.low(start - 1).as_str(), "joint" | "written" | "new"))
    {
        start -= 1;
    }
    subject_context_ok(doc, lo, start).then_some(start)
}

/// The start of a noun phrase that names a source and ends just before token `j`.
fn np_before(doc: &Doc, lo: usize, j: usize) -> Option<usize> {
    let mut a = j;
    while a > lo {
        let t = doc.toks[a - 1];
        if t.quoted || t.kind != Kind::Word {
            break;
        }
        let low = doc.low(a - 1);
        let w = low.as_str();
        if w == "'s" {
            if a - 1 > lo && doc.toks[a - 2].kind == Kind::Word && a < j {
                a -= 1;
                continue;
            }
            break;
        }
        if lexicon::is_subject_pronoun(w) {
            if a == j {
                a -= 1;
            }
            break;
        }
        if lexicon::is_determiner(w) {
            if a < j {
                a -= 1;
                // `CEO of the Refugee Council`: an inner `the` after a connector goes on.
                let inner = w == "the"
                    && a > lo
                    && lexicon::is_np_connector(doc.low(a - 1).as_str())
                    && a - 1 > lo
                    && doc.toks[a - 2].kind == Kind::Word
                    && !doc.toks[a - 2].quoted;
                if inner {
                    a -= 1;
                    continue;
                }
            }
            break;
        }
        if (t.cap && !lexicon::is_cap_stop(w))
            || lexicon::is_role_noun(w)
            || lexicon::is_role_modifier(w)
            || (lexicon::is_np_connector(w) && a < j)
        {
            a -= 1;
            continue;
        }
        break;
    }
    while a < j && {
        let w = doc.low(a);
        lexicon::is_np_connector(w.as_str()) || w.as_str() == "'s"
    } {
        a += 1;
    }
    // `Both the school district and the police have said`: the coordination opener belongs.
    if a > lo && a < j && matches!(doc.low(a - 1).as_str(), "both" | "either" | "neither") {
        a -= 1;
    }
    (a < j && is_head(doc, j - 1)).then_some(a)
}

/// Whether token `k` can end a source phrase: a name, a role noun or a pronoun.
fn is_head(doc: &Doc, k: usize) -> bool {
    let low = doc.low(k);
    let w = low.as_str();
    (doc.toks[k].cap && !lexicon::is_cap_stop(w))
        || lexicon::is_role_noun(w)
        || lexicon::is_subject_pronoun(w)
}

/// The end of a noun phrase starting at token `k` (a name, a role, or with `audience` also
/// `reporters`, `him`), or `None`.
fn np_after(doc: &Doc, k: usize, hi: usize, audience: bool) -> Option<usize> {
    let mut e = k;
    if e < hi && lexicon::is_determiner(doc.low(e).as_str()) {
        e += 1;
    }
    let body = e;
    while e < hi {
        let t = doc.toks[e];
        if t.quoted || t.kind != Kind::Word {
            break;
        }
        let low = doc.low(e);
        let w = low.as_str();
        let prev_connector = e > body && lexicon::is_np_connector(doc.low(e - 1).as_str());
        if w == "'s"
            || (t.cap && !lexicon::is_cap_stop(w))
            || lexicon::is_role_noun(w)
            || lexicon::is_role_modifier(w)
            || (audience && lexicon::is_audience(w))
            || (prev_connector && w == "the")
        {
            e += 1;
            continue;
        }
        if lexicon::is_np_connector(w) && e > body && e + 1 < hi {
            let n = doc.toks[e + 1];
            let nw = doc.low(e + 1);
            if n.kind == Kind::Word
                && !n.quoted
                && ((n.cap && !lexicon::is_cap_stop(nw.as_str())) || nw.as_str() == "the")
            {
                e += 1;
                continue;
            }
        }
        break;
    }
    while e > body && lexicon::is_np_connector(doc.low(e - 1).as_str()) {
        e -= 1;
    }
    (e > body).then_some(e)
}

/// `S tweeted to N and said C`: the cue follows `and`; the source is the phrase opening the
/// sentence, when nothing between it and the cue opens another clause.
fn coordinated_subject(doc: &Doc, si: usize, i: usize) -> Option<Source> {
    let s = doc.sents[si];
    if i == s.lo || doc.low(i - 1).as_str() != "and" {
        return None;
    }
    let b = np_after(doc, s.lo, i, false)?;
    if !is_head(doc, b - 1) || b + 1 >= i - 1 {
        return None;
    }
    let verb = doc.toks[b];
    if verb.kind != Kind::Word || verb.cap {
        return None;
    }
    let clean = (b..i - 1).all(|k| {
        let t = doc.toks[k];
        t.kind == Kind::Word
            && !t.quoted
            && !matches!(
                doc.low(k).as_str(),
                "that"
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
                    | "where"
                    | "when"
                    | "because"
                    | "if"
                    | "while"
                    | "after"
                    | "before"
            )
    });
    clean.then_some(Source {
        a: s.lo,
        b,
        lead: s.lo,
    })
}

/// `"Q," said S.`: a cue right after a closing quotation, the source after the cue.
fn inverted(doc: &Doc, si: usize, i: usize, cue_end: usize) -> Option<(Source, usize, usize)> {
    let s = doc.sents[si];
    let mut p = i.checked_sub(1)?;
    if doc.is_punct(p, ',') && !doc.toks[p].quoted {
        p = p.checked_sub(1)?;
    }
    if !doc.is_quote(p) {
        return None;
    }
    let r = quotes::containing(&doc.regions, doc.toks[p].start.checked_sub(1)?)?;
    let region = doc.regions[r];
    let b = np_after(doc, cue_end, s.hi, false)?;
    if !is_head(doc, b - 1) || tail(doc, s.hi, b) == Tail::Content {
        return None;
    }
    Some((
        Source {
            a: cue_end,
            b,
            lead: cue_end,
        },
        region.inner_start,
        region.inner_end,
    ))
}

/// What follows an attribution up to the sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// Nothing but circumstances (`in a statement`, `on Monday`, `, following the meeting`):
    /// the content lies before the source.
    Adverbial,
    /// `, "Q2"`: a quotation continues after the attribution.
    Quote,
    /// The content itself.
    Content,
}

fn tail(doc: &Doc, hi: usize, k: usize) -> Tail {
    if k >= hi {
        return Tail::Adverbial;
    }
    let that_follows =
        |from: usize| (from..hi).any(|j| !doc.toks[j].quoted && doc.low(j).as_str() == "that");
    let t = doc.toks[k];
    match t.kind {
        Kind::Punct => {
            let c = doc.tok_text(k);
            if matches!(c, "." | "!" | "?" | ";" | ")") {
                Tail::Adverbial
            } else if (c == "," || c == ":") && doc.is_quote(k + 1) && k + 1 < hi {
                Tail::Quote
            } else if (c == "," || c == ":") && !that_follows(k + 1) {
                Tail::Adverbial
            } else {
                Tail::Content
            }
        }
        Kind::Quote => Tail::Content,
        Kind::Word => {
            let low = doc.low(k);
            let w = low.as_str();
            let adverbial = lexicon::is_adverbial_preposition(w)
                || lexicon::is_time_word(w)
                || matches!(
                    w,
                    "following" | "adding" | "according" | "citing" | "without"
                );
            if adverbial && !that_follows(k) {
                Tail::Adverbial
            } else {
                Tail::Content
            }
        }
    }
}

/// `"Q," S said` or `C, S said`: the content before the source starting at token `a`, when the
/// cue ends the clause. Returns the content bytes and whether it is a quotation; a quotation
/// following the attribution (`"Q1," S said, "Q2"`) is joined to it.
fn content_before(
    doc: &Doc,
    si: usize,
    a: usize,
    cue_end: usize,
    told: bool,
) -> Option<(usize, usize, bool)> {
    let s = doc.sents[si];
    if a <= s.lo {
        return None;
    }
    let mut tail_at = cue_end;
    if told {
        tail_at = np_after(doc, tail_at, s.hi, true).unwrap_or(tail_at);
    }
    let after = tail(doc, s.hi, tail_at);
    if after == Tail::Content {
        return None;
    }
    let before = a - 1;
    let (cs, ce, direct) = if doc.is_quote(before) {
        let r = quotes::containing(&doc.regions, doc.toks[before].start.checked_sub(1)?)?;
        (doc.regions[r].inner_start, doc.regions[r].inner_end, true)
    } else if doc.is_punct(before, ',') && !doc.toks[before].quoted {
        if before > s.lo && doc.is_quote(before - 1) {
            let r = quotes::containing(&doc.regions, doc.toks[before - 1].start.checked_sub(1)?)?;
            (doc.regions[r].inner_start, doc.regions[r].inner_end, true)
        } else {
            if before == s.lo || after == Tail::Quote {
                return None;
            }
            (
                doc.toks[after_dateline(doc, s.lo, before)].start,
                doc.toks[before].start,
                false,
            )
        }
    } else {
        return None;
    };
    // A second quotation right after the attribution continues the first.
    let mut ce = ce;
    if direct
        && after == Tail::Quote
        && let Some(r) = quotes::containing(&doc.regions, doc.toks[tail_at + 1].end)
    {
        ce = doc.regions[r].inner_end;
    }
    (word_count(doc, cs, ce) >= 2).then_some((cs, ce, direct))
}

/// The first token after a wire dateline (`BRUSSELS (Wire) -`) opening tokens `lo..hi`, or
/// `lo` when there is none.
fn after_dateline(doc: &Doc, lo: usize, hi: usize) -> usize {
    let t = doc.toks[lo];
    let word = doc.tok_text(lo);
    let shouting = t.kind == Kind::Word
        && word.len() >= 3
        && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
    if !shouting {
        return lo;
    }
    (lo + 1..hi.min(lo + 8))
        .find(|&k| matches!(doc.tok_text(k), "-" | "\u{2014}" | "\u{2013}"))
        .map_or(lo, |k| k + 1)
        .min(hi)
}

/// `S said (that) C`, `S told N: "Q"`: the content after the cue ending at token `k`.
fn content_after(doc: &Doc, si: usize, k: usize, told: bool) -> Option<(usize, usize, bool)> {
    let s = doc.sents[si];
    let hi = s.hi;
    let mut k = k;
    if told {
        k = np_after(doc, k, hi, true)?;
    } else if k < hi && doc.low(k).as_str() == "to" {
        k = np_after(doc, k + 1, hi, true).unwrap_or(k);
    }
    loop {
        if k >= hi {
            break;
        }
        let w = doc.low(k);
        if lexicon::is_time_word(w.as_str()) {
            k += 1;
            continue;
        }
        if w.as_str() == "on" && k + 1 < hi && lexicon::is_time_word(doc.low(k + 1).as_str()) {
            k += 2;
            continue;
        }
        if lexicon::is_adverbial_preposition(w.as_str()) {
            let that = (k + 1..(k + 12).min(hi))
                .take_while(|&j| doc.toks[j].kind == Kind::Word)
                .find(|&j| doc.low(j).as_str() == "that");
            if let Some(that) = that {
                k = that;
            } else {
                // `said in a statement: "Q"`: the circumstance ends at the colon.
                let colon = (k + 1..(k + 10).min(hi))
                    .take_while(|&j| doc.toks[j].kind != Kind::Quote && !doc.toks[j].quoted)
                    .find(|&j| {
                        (doc.is_punct(j, ':') || doc.is_punct(j, ',')) && doc.is_quote(j + 1)
                    });
                if let Some(colon) = colon {
                    k = colon;
                }
            }
        }
        break;
    }
    // `that` opens the content, unless it points back (`rejected that view`).
    if k < hi
        && doc.low(k).as_str() == "that"
        && !lexicon::is_backref_noun(doc.low(k + 1).as_str())
        && !matches!(
            doc.low(k + 1).as_str(),
            "was" | "is" | "would" | "will" | "could" | "had" | "has" | "were" | "seems"
        )
    {
        k += 1;
    }
    if k < hi && (doc.is_punct(k, ',') || doc.is_punct(k, ':')) {
        k += 1;
    }
    if k >= hi {
        // `Rathbun stated,` at a paragraph end, the quotation opening the next one.
        let q = doc.toks.get(hi)?;
        if q.kind != Kind::Quote {
            return None;
        }
        let r = quotes::containing(&doc.regions, q.end)?;
        let region = doc.regions[r];
        return Some((region.inner_start, region.inner_end, true));
    }
    if lexicon::is_empty_content_opener(doc.low(k).as_str()) {
        return None;
    }
    let cs = doc.toks[k].start;
    let mut ce = doc.toks[hi - 1].end;
    // A quotation that opens in the content and runs past the sentence end belongs to it.
    if let Some(r) = quotes::containing(&doc.regions, ce.saturating_sub(1))
        && doc.regions[r].inner_start >= cs
    {
        ce = ce.max(doc.regions[r].inner_end);
    }
    let direct = doc.is_quote(k)
        && quotes::containing(&doc.regions, doc.toks[k].end)
            .is_some_and(|r| only_trimmings(doc, doc.regions[r].end, hi));
    let (cs, ce) = if direct {
        let r = quotes::containing(&doc.regions, doc.toks[k].end)?;
        (doc.regions[r].inner_start, doc.regions[r].inner_end)
    } else {
        (cs, ce)
    };
    (word_count(doc, cs, ce) >= 2).then_some((cs, ce, direct))
}

/// Whether the tokens from byte `from` to the sentence end (token `hi`) add nothing to a
/// quotation: closing punctuation, a bracketed note, or a trailing participle clause
/// (`, highlighting the importance of ...`).
fn only_trimmings(doc: &Doc, from: usize, hi: usize) -> bool {
    let k = doc.toks.partition_point(|t| t.start < from);
    if k >= hi {
        return true;
    }
    let mut depth = 0usize;
    for j in k..hi {
        let t = doc.toks[j];
        match t.kind {
            Kind::Punct => match doc.tok_text(j) {
                "(" | "[" => depth += 1,
                ")" | "]" => depth = depth.saturating_sub(1),
                "," if depth == 0 && j + 1 < hi => {
                    let next = doc.tok_text(j + 1);
                    return doc.toks[j + 1].kind == Kind::Word && next.ends_with("ing");
                }
                _ => {}
            },
            Kind::Word if depth == 0 => return false,
            _ => {}
        }
    }
    true
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

fn word_count(doc: &Doc, cs: usize, ce: usize) -> usize {
    let lo = doc.toks.partition_point(|t| t.start < cs);
    doc.toks[lo..]
        .iter()
        .take_while(|t| t.end <= ce)
        .filter(|t| t.kind == Kind::Word)
        .count()
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

/// The quoted words between bytes `cs` and `ce`, joining quotations split by an attribution
/// (`"Q1," S said, "Q2"`).
fn quoted_text(doc: &Doc, cs: usize, ce: usize) -> String {
    let first = doc.regions.partition_point(|r| r.inner_end <= cs);
    let parts: Vec<String> = doc.regions[first..]
        .iter()
        .take_while(|r| r.inner_start < ce)
        .map(|r| clean(&doc.text[r.inner_start.max(cs)..r.inner_end.min(ce)]))
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        clean(&doc.text[cs..ce])
    } else {
        parts.join(" ")
    }
}

/// Collapse white space to single spaces.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The claimed text: white space collapsed, trailing punctuation dropped, and a quotation mark
/// at either end dropped when it has no partner inside (`"support movement` stays balanced).
fn clean(s: &str) -> String {
    let mut t = collapse(s);
    let marks = |t: &str| {
        t.chars()
            .filter(|&c| super::tokens::is_quote_mark(c))
            .count()
    };
    while let Some(last) = t.chars().next_back() {
        let dangling = matches!(last, ',' | ':' | ';' | '.')
            || last.is_whitespace()
            || (super::tokens::is_quote_mark(last) && marks(&t) % 2 == 1);
        if !dangling {
            break;
        }
        t.pop();
    }
    if let Some(first) = t.chars().next()
        && super::tokens::is_quote_mark(first)
        && marks(&t) % 2 == 1
    {
        t.remove(0);
    }
    t.trim().to_string()
}
