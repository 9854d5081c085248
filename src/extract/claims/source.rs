//! Source phrases: the noun phrase naming who speaks, before a cue (`the ministry said`),
//! between commas (`Voss, a spokeswoman, said`), after it (`"Q," said Voss`) or opening a
//! coordinated clause (`Voss visited the site and said`).

use super::Doc;
use super::content::{Tail, tail};
use super::lexicon;
use super::quotes;
use super::tokens::Kind;

/// A source phrase: tokens `a..b`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Source {
    pub a: usize,
    pub b: usize,
    /// First token of the whole subject: `a` itself, or the `a` of `a statement by S`.
    pub lead: usize,
}

/// The source phrase right before the cue at `i`, in subject position.
pub(super) fn subject_before(doc: &Doc, lo: usize, i: usize) -> Option<Source> {
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
    if let Some(d) = descriptor_before(doc, lo, a) {
        return Some(Source {
            a: d,
            b: j,
            lead: d,
        });
    }
    statement_by(doc, lo, a).map(|lead| Source { a, b: j, lead })
}

/// `Harbour master Ines Aldo said`, `The coast guard spokesman, ...`: up to three words of
/// description opening the sentence (or following a determiner there) before a name or role
/// noun at `a` belong to the source. The words are lower case but for the sentence's first, and none is a
/// function word, a cue or a clause word. Returns the first token of the description.
fn descriptor_before(doc: &Doc, lo: usize, a: usize) -> Option<usize> {
    if a == lo || !(is_name(doc, a) || lexicon::is_role_noun(doc.low(a).as_str())) {
        return None;
    }
    let mut d = a;
    while d > lo && a - d < 3 {
        let k = d - 1;
        let t = doc.toks[k];
        let low = doc.low(k);
        let w = low.as_str();
        let plain = t.kind == Kind::Word
            && !t.quoted
            && (!t.cap || k == lo)
            && w.len() > 1
            && !doc.has(k, super::CUE)
            && !lexicon::is_cap_stop(w)
            && !lexicon::is_clause_word(w)
            && !lexicon::is_subject_pronoun(w);
        if lexicon::is_determiner(w) && d < a {
            d = k;
            break;
        }
        if !plain {
            break;
        }
        d = k;
    }
    (d < a && subject_context_ok(doc, lo, d)).then_some(d)
}

/// `S, a spokesman for X, said`: the comma at `comma` closes an appositive; the source is the
/// name before it.
pub(super) fn appositive(doc: &Doc, lo: usize, comma: usize) -> Option<Source> {
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
            || doc.toks[at].kind == Kind::Punct
            // `Oszko, in a letter to members, said`: a circumstance.
            || (lexicon::is_adverbial_preposition(opener.as_str()) && at == first + 1)
            // `Brek, 54, said`: an age.
            || (close - at == 1
                && doc.tok_text(at).len() <= 3
                && doc.tok_text(at).bytes().all(|b| b.is_ascii_digit()));
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
    // `Norland's foreign minister, Karel Dunn, said`: the name in the commas is the source.
    let inner_is_name = inner.clone().all(|k| {
        let t = doc.toks[k];
        t.kind == Kind::Word && (t.cap || lexicon::is_np_connector(doc.low(k).as_str()))
    }) && doc.toks[first + 1].cap
        && inner.clone().any(|k| {
            let w = doc.low(k);
            is_name(doc, k)
                && !lexicon::is_role_noun(w.as_str())
                && !lexicon::is_role_modifier(w.as_str())
        });
    // With a name in the commas, any short noun phrase opening the clause may describe it
    // (`Her Duvanian counterpart, Foreign Minister Pavel Drozan, said`).
    let a = match np_before(doc, lo, first) {
        Some(a) if !subject_context_ok(doc, lo, a) => descriptor_before(doc, lo, a).unwrap_or(a),
        Some(a) => a,
        None if inner_is_name => described_opening(doc, lo, first)?,
        None => return None,
    };
    // The name itself must be a name, not a role (`the ministry, ..., said` is rare and vague).
    let named = inner_is_name
        || (a..first).any(|k| doc.toks[k].cap && !lexicon::is_cap_stop(doc.low(k).as_str()));
    let b = if inner_is_name { comma } else { first };
    (named && subject_context_ok(doc, lo, a)).then_some(Source { a, b, lead: a })
}

/// The start of a short description (at most six plain words, opening with a determiner or a
/// capital) that runs from the clause start to token `end`.
fn described_opening(doc: &Doc, lo: usize, end: usize) -> Option<usize> {
    let a = (end.saturating_sub(6).max(lo)..end)
        .rev()
        .take_while(|&k| {
            let t = doc.toks[k];
            t.kind == Kind::Word
                && !t.quoted
                && !doc.has(k, super::CUE)
                && !lexicon::is_clause_word(doc.low(k).as_str())
        })
        .last()?;
    let opens = lexicon::is_determiner(doc.low(a).as_str()) || doc.toks[a].cap;
    (opens && subject_context_ok(doc, lo, a) && (a == lo || !doc.toks[a - 1].quoted)).then_some(a)
}

/// Whether a source phrase starting at token `a` stands where a subject can.
pub(super) fn subject_context_ok(doc: &Doc, lo: usize, a: usize) -> bool {
    if a == lo {
        return true;
    }
    let p = doc.toks[a - 1];
    match p.kind {
        Kind::Quote => true,
        Kind::Punct => {
            let c = doc.tok_text(a - 1);
            // A bullet opens its item like a sentence start.
            matches!(
                c,
                "," | ";" | ":" | "(" | "\u{2014}" | "\u{2013}" | "\u{2022}"
            )
        }
        Kind::Word => lexicon::is_clause_word(doc.low(a - 1).as_str()) && !p.quoted,
    }
}

/// `a statement by S said`: the source at `a` follows `by`/`from` after a statement noun that is
/// itself in subject position. Returns the first token of the statement phrase.
pub(super) fn statement_by(doc: &Doc, lo: usize, a: usize) -> Option<usize> {
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
pub(super) fn np_before(doc: &Doc, lo: usize, j: usize) -> Option<usize> {
    if let Some(a) = role_of_possessor(doc, lo, j).or_else(|| informed_source(doc, lo, j)) {
        return Some(a);
    }
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
        if is_name(doc, a - 1)
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

/// A possessor's role or unit ending just before token `j`: one or two lower-case words after
/// a possessive name, either a role (`the European Union's trade commissioner`) or the unit a
/// role noun's complement names (`a spokesman for GE's power unit`). Returns the phrase start.
fn role_of_possessor(doc: &Doc, lo: usize, j: usize) -> Option<usize> {
    let plain = |k: usize| {
        let t = doc.toks[k];
        t.kind == Kind::Word
            && !t.cap
            && !t.quoted
            && !doc.has(k, super::CUE)
            && !lexicon::is_clause_word(doc.low(k).as_str())
            && !lexicon::is_determiner(doc.low(k).as_str())
            && !lexicon::is_subject_pronoun(doc.low(k).as_str())
    };
    let mut s = j;
    while s > lo && j - s < 2 && plain(s - 1) && doc.low(s - 1).as_str() != "'s" {
        s -= 1;
    }
    if s == j || s < lo + 2 || doc.low(s - 1).as_str() != "'s" || !is_name(doc, s - 2) {
        return None;
    }
    let mut n = s - 2;
    while n > lo && is_name(doc, n - 1) && !doc.toks[n - 1].quoted {
        n -= 1;
    }
    if lexicon::is_role_noun(doc.low(j - 1).as_str()) {
        if n > lo && lexicon::is_determiner(doc.low(n - 1).as_str()) {
            n -= 1;
        }
        return Some(n);
    }
    // The unit's phrase is a role noun's complement: `a spokesman for`, `an official at`.
    if n < lo + 2 || !matches!(doc.low(n - 1).as_str(), "for" | "of" | "at" | "from") {
        return None;
    }
    let role = n - 2;
    if !lexicon::is_role_noun(doc.low(role).as_str()) {
        return None;
    }
    let mut a = role;
    while a > lo
        && (lexicon::is_role_modifier(doc.low(a - 1).as_str())
            || lexicon::is_determiner(doc.low(a - 1).as_str()))
        && !doc.toks[a - 1].quoted
    {
        a -= 1;
        if lexicon::is_determiner(doc.low(a).as_str()) {
            break;
        }
    }
    Some(a)
}

/// An unnamed informed source ending just before token `j`: a role or people noun followed
/// by `close to`, `familiar with`, `briefed on` or `with knowledge of` and a short noun phrase
/// (`A source close to the talks`, `People familiar with the matter`). Returns its start.
fn informed_source(doc: &Doc, lo: usize, j: usize) -> Option<usize> {
    let plain = |k: usize| {
        let t = doc.toks[k];
        t.kind == Kind::Word && !t.quoted && !doc.has(k, super::CUE)
    };
    // The link word, at most five words before the cue.
    let link = (j.saturating_sub(7).max(lo + 1)..j.saturating_sub(1))
        .rev()
        .take_while(|&k| plain(k))
        .find(|&k| {
            let w = doc.low(k);
            let next = doc.low(k + 1);
            matches!(
                (w.as_str(), next.as_str()),
                ("close", "to") | ("familiar", "with") | ("briefed", "on") | ("knowledge", "of")
            )
        })?;
    let mut head = link - 1;
    if doc.low(link).as_str() == "knowledge" {
        // `officials with knowledge of`
        if doc.low(head).as_str() != "with" || head == lo {
            return None;
        }
        head -= 1;
    }
    let noun = doc.low(head);
    let noun = noun.as_str();
    if !(lexicon::is_role_noun(noun)
        || matches!(
            noun,
            "source" | "sources" | "people" | "person" | "officials" | "diplomats"
        ))
    {
        return None;
    }
    let mut a = head;
    while a > lo && a > head.saturating_sub(3) {
        let w = doc.low(a - 1);
        if lexicon::is_determiner(w.as_str()) {
            a -= 1;
            break;
        }
        if !plain(a - 1) || doc.toks[a - 1].cap && a - 1 != lo {
            break;
        }
        if lexicon::is_role_modifier(w.as_str())
            || matches!(
                w.as_str(),
                "two" | "three" | "several" | "senior" | "western"
            )
        {
            a -= 1;
            continue;
        }
        break;
    }
    subject_context_ok(doc, lo, a).then_some(a)
}

/// Whether token `k` can end a source phrase: a name, a role noun or a pronoun.
pub(super) fn is_head(doc: &Doc, k: usize) -> bool {
    let low = doc.low(k);
    let w = low.as_str();
    is_name(doc, k) || lexicon::is_role_noun(w) || lexicon::is_subject_pronoun(w)
}

/// The end of a noun phrase starting at token `k` (a name, a role, or with `audience` also
/// `reporters`, `him`), or `None`.
pub(super) fn np_after(doc: &Doc, k: usize, hi: usize, audience: bool) -> Option<usize> {
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
            || is_name(doc, e)
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
pub(super) fn coordinated_subject(doc: &Doc, si: usize, i: usize) -> Option<Source> {
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
pub(super) fn inverted(
    doc: &Doc,
    si: usize,
    i: usize,
    cue_end: usize,
) -> Option<(Source, usize, usize)> {
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

/// Whether token `k` is part of a name: capitalised and not a function word, or an acronym
/// (`WHO`, which would otherwise read as `who`).
pub(super) fn is_name(doc: &Doc, k: usize) -> bool {
    let t = doc.toks[k];
    if !t.cap {
        return false;
    }
    let w = doc.tok_text(k);
    let acronym = w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase());
    acronym || !lexicon::is_cap_stop(doc.low(k).as_str())
}
