//! Claims (who says what, with stance), disputes and unattributed assertions.
//!
//! The text is tokenised once and its quotations found once ([`quotes`]); each sentence is then
//! read for a cue verb with a real source before it (`S said C`, `"Q," S said`), after it
//! (`"Q," said S`) or in `according to S` ([`attribution`]). The source phrase is mapped to an
//! actor through the actors' mention spans, or for pronouns and bare roles (`it`, `the
//! ministry`) to the most recent compatible actor ([`resolve`]). Claims by different sources
//! that conflict become disputes ([`disputes`]); loaded terms in the document's own voice become
//! assertions ([`assertions`]). Everything is linear in the text apart from small look-backs.

mod assertions;
mod attribution;
mod content;
mod disputes;
mod lexicon;
mod quotes;
mod resolve;
mod source;
mod tokens;

use super::{Actor, Assertion, Claim, Context, Dispute, Span, Stance};
pub use disputes::topic::act_of;
use tokens::{Kind, Tok};

/// What [`find`] returns.
#[derive(Debug, Default)]
pub struct Found {
    pub claims: Vec<Claim>,
    pub disputes: Vec<Dispute>,
    pub unattributed: Vec<Assertion>,
}

/// Find the claims, disputes and unattributed assertions of `text`, given its sentences and
/// actors (whose mention spans map source phrases to actor ids).
pub fn find(text: &str, sentences: &[Span], actors: &[Actor]) -> Found {
    find_with(text, sentences, actors, &Context::default())
}

/// [`find`], knowing the document's [`Context`] (the outlet, for its own refutations).
pub fn find_with(text: &str, sentences: &[Span], actors: &[Actor], ctx: &Context) -> Found {
    let doc = Doc::new(text, sentences);
    let resolver = resolve::Resolver::new(actors);
    let mut drafts = attribution::claims(&doc, &resolver);
    let links = disputes::stance::apply(&doc, &resolver, ctx, &mut drafts);
    let claims: Vec<Claim> = drafts
        .iter()
        .enumerate()
        .map(|(n, d)| Claim {
            id: format!("c{}", n + 1),
            source: d.source.clone(),
            source_text: d.source_text.clone(),
            cue: d.cue.clone(),
            stance: d.stance,
            text: d.text.clone(),
            start: d.start,
            end: d.end,
        })
        .collect();
    let ids = |ms: &[usize]| ms.iter().map(|&m| claims[m].id.clone()).collect::<Vec<_>>();
    let disputes = disputes::find(&doc, &drafts, actors, &links)
        .into_iter()
        .enumerate()
        .map(|(n, f)| Dispute {
            id: format!("d{}", n + 1),
            topic: f.topic,
            claims: ids(&f.members),
            sides: f.sides.iter().map(|s| ids(s)).collect(),
        })
        .collect();
    let unattributed = assertions::find(&doc, &drafts);
    Found {
        claims,
        disputes,
        unattributed,
    }
}

/// A claim before numbering, with what disputes and assertions need to know about it.
#[derive(Debug, Clone)]
struct Draft {
    source: Option<String>,
    source_text: String,
    cue: String,
    stance: Stance,
    text: String,
    /// The sentence span(s) carrying the claim.
    start: usize,
    end: usize,
    /// The bytes of what is claimed.
    content: (usize, usize),
    /// The content is a quotation.
    direct: bool,
    /// Index of the sentence holding the cue.
    sent: usize,
    /// Made through a document (`a statement by S said`), so `the statement` refers back to it.
    via_statement: bool,
}

/// One sentence: its span, its tokens `lo..hi` and its paragraph number.
#[derive(Debug, Clone, Copy)]
struct Sent {
    span: Span,
    lo: usize,
    hi: usize,
    para: usize,
}

/// A word lower-cased: the word itself when it has no upper-case letter, else a copy on the
/// stack (ASCII only; empty for anything else).
#[derive(Clone, Copy)]
struct Low<'a> {
    word: &'a str,
    buf: [u8; 32],
    len: u8,
}

impl<'a> Low<'a> {
    const EMPTY: Low<'static> = Low {
        word: "",
        buf: [0; 32],
        len: 0,
    };

    fn as_str(&self) -> &str {
        if self.len == 0 {
            self.word
        } else {
            std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
        }
    }
}

/// Token flags computed once, so hot loops look at a byte before lower-casing a word.
const CUE: u8 = 1;
const LOADED: u8 = 2;
const ACCORDING: u8 = 4;
const HEDGE: u8 = 8;
const HOSTILE: u8 = 16;
const NEUTRAL: u8 = 32;

/// The analysed text: tokens with quotation flags, quotation regions and sentences.
struct Doc<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    regions: Vec<quotes::Region>,
    sents: Vec<Sent>,
    /// [`CUE`], [`LOADED`], [`ACCORDING`], [`HEDGE`], [`HOSTILE`], [`NEUTRAL`] per token.
    flags: Vec<u8>,
}

impl<'a> Doc<'a> {
    fn new(text: &'a str, sentences: &[Span]) -> Self {
        let mut toks = tokens::tokenize(text);
        let regions = quotes::find(text);
        let mut r = 0;
        for t in &mut toks {
            while r < regions.len() && regions[r].inner_end <= t.start {
                r += 1;
            }
            t.quoted =
                t.kind != Kind::Quote && r < regions.len() && regions[r].inner_start <= t.start;
        }
        let para_starts = paragraph_starts(text);
        let mut sents = Vec::with_capacity(sentences.len());
        let mut lo = 0;
        let mut para = 0;
        for span in sentences {
            while lo < toks.len() && toks[lo].start < span.start {
                lo += 1;
            }
            let mut hi = lo;
            while hi < toks.len() && toks[hi].end <= span.end {
                hi += 1;
            }
            while para + 1 < para_starts.len() && para_starts[para + 1] <= span.start {
                para += 1;
            }
            sents.push(Sent {
                span: *span,
                lo,
                hi,
                para,
            });
            lo = hi;
        }
        let mut doc = Doc {
            text,
            toks,
            regions,
            sents,
            flags: Vec::new(),
        };
        doc.flags = (0..doc.toks.len())
            .map(|i| {
                // The shape test on the raw word first: most tokens stop here, un-lowered.
                let t = doc.toks[i];
                if t.kind != Kind::Word || !lexicon::may_matter_raw(t.text(text).as_bytes()) {
                    return 0;
                }
                let low = doc.low(i);
                let w = low.as_str();
                if w.len() < 2 || !lexicon::may_matter(w) {
                    return 0;
                }
                lexicon::flags(w)
            })
            .collect();
        doc
    }

    fn has(&self, i: usize, flag: u8) -> bool {
        self.flags.get(i).is_some_and(|f| f & flag != 0)
    }

    fn tok_text(&self, i: usize) -> &'a str {
        self.toks[i].text(self.text)
    }

    /// The lower-cased word at token `i` (`'s` and `nt` for the split-off suffixes).
    fn low(&self, i: usize) -> Low<'a> {
        let Some(t) = self.toks.get(i) else {
            return Low::EMPTY;
        };
        if t.kind != Kind::Word {
            return Low::EMPTY;
        }
        let w = t.text(self.text);
        let w = if w.len() > 4 || w.len() < 2 {
            w
        } else if tokens::is_possessive(w) {
            "'s"
        } else if tokens::is_contracted_not(w) {
            "nt"
        } else {
            w
        };
        let mut upper = false;
        for &b in w.as_bytes() {
            if b >= 0x80 {
                return Low::EMPTY;
            }
            upper |= b.is_ascii_uppercase();
        }
        if !upper {
            return Low {
                word: w,
                ..Low::EMPTY
            };
        }
        let mut low = Low::EMPTY;
        if let Some(s) = lexicon::lower(w, &mut low.buf) {
            low.len = s.len() as u8;
        }
        low
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_punct(self.text, c))
    }

    fn is_quote(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Quote)
    }

    /// The index of the sentence holding byte `pos` (the last one starting at or before it).
    fn sent_at(&self, pos: usize) -> usize {
        self.sents
            .partition_point(|s| s.span.start <= pos)
            .saturating_sub(1)
    }
}

/// Byte offsets where paragraphs start (after blank lines).
fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut out = vec![0];
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(off) = bytes[i..].iter().position(|&b| b == b'\n') {
        let nl = i + off;
        let mut j = nl + 1;
        while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < bytes.len() && bytes[j] == b'\n' {
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            out.push(j);
        }
        i = j.max(nl + 1);
        if i >= bytes.len() {
            break;
        }
    }
    out
}
