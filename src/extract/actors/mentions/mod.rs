//! Reading capitalised chunks and gazetteer hits into typed mentions.
//!
//! [`read`] walks the tokens once: gazetteer hits (countries, capitals, demonyms, bodies) are
//! marked first, then each run of capitalised words ([`chunks`]) is read into mentions
//! ([`classify`]), and `the president` / `the ministry` become references ([`refs`]).

use super::super::Span;
use super::super::gazetteer::{self as gz, Form, POLITIES};
use super::super::tokens::Token;

mod chunks;
mod classify;
mod cues;
mod local;
mod refs;
mod twins;

use twins::lower_case_twins;

/// What one stretch of text says about an actor.
#[derive(Debug, Clone)]
pub enum Mention {
    /// A country or international body: its name, demonym or capital.
    Polity {
        polity: usize,
        span: Span,
        surface: String,
        /// Named, or a capital/people noun, rather than only an adjective (`Gabonese teams`).
        acting: bool,
    },
    /// A named person, with the title and affiliation written before the name.
    Person {
        name: String,
        span: Span,
        surface: String,
        role: Option<String>,
        affiliation: Option<usize>,
        after_locative: bool,
        /// A given name, a speech verb or an apposition says it is a person.
        evidence: bool,
        /// The key of the organisation an apposition ties the person to (`, a spokeswoman for
        /// the firm,` after the firm is named).
        body: Option<String>,
    },
    /// A named organisation. `key` merges spellings of one institution.
    Org {
        name: String,
        key: String,
        span: Span,
        affiliation: Option<usize>,
        acronym: Option<String>,
        capitalised: bool,
        /// The name without its country (`Foreign Ministry` of `Russian Foreign Ministry`).
        short: Option<String>,
    },
    /// A capitalised word on its own, resolved later (surname, acronym, organisation).
    Single {
        word: String,
        span: Span,
        initial: bool,
        after_locative: bool,
        acronym: bool,
        before_place_noun: bool,
        /// Followed by a speech verb or a possessive (`Google said`, `Google's`).
        acting: bool,
        /// Also an ordinary word, a given name, a place or holds digits.
        ordinary: bool,
        /// Followed by an apposition naming an organisation (`Acme, the grid operator,`), or
        /// owning a title (`Labour's Shadow Home Secretary`).
        appositive: bool,
        /// How the word is placed: after any locative preposition (`to Ostrel`, `at Halden`),
        /// as a modifier (`the Halden substation`), or otherwise.
        placing: Placing,
    },
    /// A title without a name (`the president`, `Azerbaijani President`), with its head word.
    RoleRef {
        head: &'static str,
        span: Span,
        surface: String,
        affiliation: Option<usize>,
    },
    /// An institution word without a name (`the ministry`), or a newspaper's name
    /// (`The Guardian`) when `publication`.
    InstRef {
        head: String,
        span: Span,
        surface: String,
        publication: bool,
    },
}

/// Where a lone capitalised word stands, for telling places from organisations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placing {
    /// After a locative preposition, even one that may come before a person (`from`, `to`).
    Locative,
    /// Between `the` and a lower-case noun (`the Halden substation`): says nothing either way.
    Modifier,
    Other,
}

struct Ctx<'t> {
    text: &'t str,
    toks: &'t [Token],
    /// Gazetteer hits by first token, with the index of their last token (sparse).
    gaz: gz::FastMap<usize, (gz::Entry, usize)>,
    /// Per token: whether `gaz` holds a hit starting there (skips the hash for most tokens).
    gaz_mask: Vec<bool>,
    /// Case-folded hashes of capitalised words the text also writes in lower case, to tell
    /// `Clashes` (also `clashes`) from a name.
    lower: gz::FastSet<u64>,
    /// Countries the gazetteer lacks, found in this text (see [`local`]).
    local: Vec<gz::Polity>,
    local_forms: gz::FastMap<String, gz::Entry>,
    out: Vec<Mention>,
}

/// Read every mention in `text`, in text order, with the polities found in this text only
/// (numbered after the gazetteer's, see [`gz::polity`]).
pub fn read(text: &str, toks: &[Token]) -> (Vec<Mention>, Vec<gz::Polity>) {
    let found = local::discover(text, toks);
    let mut cx = Ctx {
        local: found.polities,
        local_forms: found.forms,
        text,
        toks,
        gaz: gz::FastMap::default(),
        gaz_mask: vec![false; toks.len()],
        lower: lower_case_twins(text, toks),
        out: Vec::new(),
    };
    cx.find_gazetteer();
    let mut i = 0;
    while i < toks.len() {
        if let Some(j) = cx.role_or_institution_ref(i) {
            i = j;
            continue;
        }
        if cx.namey(i) {
            let end = cx.chunk_end(i);
            cx.chunk(i, end);
            i = end;
        } else {
            i += 1;
        }
    }
    (cx.out, cx.local)
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
}

/// `the` or `The`, by bytes: asked of every token, where a string compare costs a call.
#[inline]
fn is_the(w: &str) -> bool {
    matches!(w.as_bytes(), [b't' | b'T', b'h', b'e'])
}

fn clean(s: &str) -> &str {
    s.trim_end_matches('.')
}

impl<'t> Ctx<'t> {
    fn word(&self, i: usize) -> &'t str {
        self.toks[i].text(self.text)
    }

    fn span(&self, a: usize, b: usize) -> Span {
        Span {
            start: self.toks[a].start(),
            end: self.toks[b].end(),
        }
    }

    fn surface(&self, a: usize, b: usize) -> String {
        let s = self.span(a, b);
        let mut out = self.text[s.start..s.end].to_string();
        if self.toks[b].possessive {
            return out;
        }
        out.truncate(out.trim_end().len());
        out
    }

    /// Mark gazetteer hits that sit on token boundaries; hyphen prefixes (`Moscow-brokered`)
    /// count as mentions right away.
    fn find_gazetteer(&mut self) {
        let g = &*POLITIES;
        let mut t = 0usize;
        while t < self.toks.len() {
            let tok = self.toks[t];
            // Every gazetteer form starts with a capital or with `the` (`the Kremlin`): an
            // anchored search at those tokens only, instead of a scan of every byte.
            // `the` only opens forms whose next word is capitalised (`the Kremlin`).
            let the_name = || {
                is_the(tok.text(self.text)) && self.toks.get(t + 1).is_some_and(|n| n.word && n.cap)
            };
            if !tok.word || !(tok.cap || the_name()) {
                t += 1;
                continue;
            }
            let input = aho_corasick::Input::new(self.text)
                .range(tok.start()..)
                .anchored(aho_corasick::Anchored::Yes);
            let Some(m) = g.automaton.find(input) else {
                if let Some(&entry) = self.local_forms.get(tok.text(self.text)) {
                    self.gaz.insert(t, (entry, t));
                    self.gaz_mask[t] = true;
                }
                t += 1;
                continue;
            };
            let entry = g.entries[m.pattern().as_usize()];
            let mut last = t;
            while last + 1 < self.toks.len() && self.toks[last].end() < m.end() {
                last += 1;
            }
            let tok_end = self.toks[last].end();
            // `US$ 20,000` is money, not the country.
            let money = self.text[m.end()..].starts_with('$');
            let whole = tok_end == m.end()
                || (tok_end == m.end() + 1 && self.text[m.end()..].starts_with('.'));
            if whole && !money {
                self.gaz.insert(t, (entry, last));
                self.gaz_mask[t] = true;
                t = last + 1;
                continue;
            }
            if !money
                && tok_end > m.end()
                && self.text[m.end()..].starts_with('-')
                && self.text[m.end() + 1..].starts_with(|c: char| c.is_lowercase())
            {
                self.out.push(Mention::Polity {
                    polity: entry.polity,
                    span: Span {
                        start: m.start(),
                        end: m.end(),
                    },
                    surface: self.text[m.start()..m.end()].to_string(),
                    acting: entry.form != Form::Demonym,
                });
            }
            t += 1;
        }
    }

    /// A demonym used as a noun for the people (`Armenians`), not as an adjective.
    fn people_noun(&self, last: usize) -> bool {
        let w = self.word(last);
        let next_is_word = self
            .toks
            .get(last + 1)
            .is_some_and(|t| t.word && t.sentence() == self.toks[last].sentence() && !t.cap);
        w.ends_with('s') && !w.ends_with("ss") && !next_is_word
    }

    /// The gazetteer hit starting at token `i`, with its last token.
    #[inline]
    fn gaz_at(&self, i: usize) -> Option<(gz::Entry, usize)> {
        if self.gaz_mask.get(i).copied().unwrap_or(false) {
            self.gaz.get(&i).copied()
        } else {
            None
        }
    }
}
