//! What is claimed: the content before a trailing attribution (`C, S said`), after a cue
//! (`S said that C`), or the quotation it introduces, and the cleaning of claim text.

use super::Doc;
use super::lexicon;
use super::quotes;
use super::source::np_after;
use super::tokens::Kind;

/// What follows an attribution up to the sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tail {
    /// Nothing but circumstances (`in a statement`, `on Monday`, `, following the meeting`):
    /// the content lies before the source.
    Adverbial,
    /// `, "Q2"`: a quotation continues after the attribution.
    Quote,
    /// The content itself.
    Content,
}

pub(super) fn tail(doc: &Doc, hi: usize, k: usize) -> Tail {
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
            } else if c == "," && k + 1 < hi && doc.tok_text(k + 1).ends_with("ing") {
                // `C, the ministry said, adding that ...`: a participle only adds to the claim.
                Tail::Adverbial
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
                || lexicon::is_circumstance_opener(w)
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
pub(super) fn content_before(
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
pub(super) fn after_dateline(doc: &Doc, lo: usize, hi: usize) -> usize {
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
pub(super) fn content_after(
    doc: &Doc,
    si: usize,
    k: usize,
    told: bool,
) -> Option<(usize, usize, bool)> {
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
        // `has said repeatedly that C`: an adverb before `that` belongs to the cue.
        if w.as_str().len() > 4
            && w.as_str().ends_with("ly")
            && k + 1 < hi
            && doc.low(k + 1).as_str() == "that"
        {
            k += 1;
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
    // `said, without giving details, that C`: an aside between commas before `that`.
    if k < hi && doc.is_punct(k, ',') && !doc.is_quote(k + 1) {
        let close = (k + 1..(k + 10).min(hi))
            .take_while(|&j| !doc.toks[j].quoted && doc.toks[j].kind != Kind::Quote)
            .find(|&j| doc.is_punct(j, ','));
        if let Some(c) = close
            && doc.low(c + 1).as_str() == "that"
        {
            k = c + 2;
        }
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
pub(super) fn only_trimmings(doc: &Doc, from: usize, hi: usize) -> bool {
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

pub(super) fn word_count(doc: &Doc, cs: usize, ce: usize) -> usize {
    let lo = doc.toks.partition_point(|t| t.start < cs);
    doc.toks[lo..]
        .iter()
        .take_while(|t| t.end <= ce)
        .filter(|t| t.kind == Kind::Word)
        .count()
}

/// The quoted words between bytes `cs` and `ce`, joining quotations split by an attribution
/// (`"Q1," S said, "Q2"`).
pub(super) fn quoted_text(doc: &Doc, cs: usize, ce: usize) -> String {
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
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The claimed text: white space collapsed, trailing punctuation dropped, and a quotation mark
/// at either end dropped when it has no partner inside (`"support movement` stays balanced).
pub(super) fn clean(s: &str) -> String {
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
