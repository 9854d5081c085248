//! Chunks: runs of capitalised words (with `of`, `for`, particles) that may form one name.

use super::cues::MAX_CHUNK;
use super::{Ctx, clean};
use crate::extract::gazetteer as gz;

impl Ctx<'_> {
    pub(super) fn namey(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !t.word {
            return false;
        }
        if self.gaz_at(i).is_some() {
            return true;
        }
        let w = self.word(i);
        let next_cap = || {
            self.toks
                .get(i + 1)
                .is_some_and(|n| n.word && n.cap && n.sentence() == t.sentence())
        };
        if !t.cap {
            // `the 501st Legion`, `the 101st Airborne Division`: an ordinal opens the name.
            return ordinal(w) && next_cap();
        }
        let class = gz::word_class(w);
        if class & gz::class::ADJECTIVE != 0 {
            // Only as part of a longer name; `chunk` drops it unless an organisation follows.
            return self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.word && n.cap && n.sentence() == t.sentence());
        }
        if class & (gz::class::CALENDAR | gz::class::NOT_NAME) != 0 {
            // `Doctor Who Society`: a capitalised word that is no name on its own stays inside
            // a name mid-sentence, between two capitalised words.
            let inside = !t.initial
                && class & gz::class::CALENDAR == 0
                && i > 0
                && self.toks[i - 1].word
                && self.toks[i - 1].cap
                && self.toks[i - 1].sentence() == t.sentence()
                && next_cap();
            return inside;
        }
        // `Moscow-brokered`, `Russian-backed`: adjectives, not names; `Che-cheung`, `Jae-in`
        // are given names.
        if let Some(pos) = w.rfind('-') {
            let tail = &w[pos + 1..];
            if tail.starts_with(|c: char| c.is_lowercase())
                && (tail.ends_with("ed") || tail.ends_with("ing") || tail.len() > 4)
                && !hyphenated_given_name(w)
            {
                return false;
            }
        }
        !w.chars().all(|c| c.is_ascii_digit())
    }

    pub(super) fn is_connector(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let w = self.word(i);
        (t.word && !t.cap && (gz::NAME_CONNECTORS.contains(&w) || gz::NAME_PARTICLES.contains(&w)))
            || w == "&"
    }

    /// Whether the chunk may go on over a connector after token `prev` (`Secretary of State`,
    /// `University of ...`, `Ludwig van Beethoven`), given the chunk's first token.
    pub(super) fn connector_allowed(&self, first: usize, prev: usize, conn: usize) -> bool {
        let p = clean(self.word(prev));
        let c = self.word(conn);
        if gz::NAME_PARTICLES.contains(&c) && !matches!(c, "de" | "du") {
            return true;
        }
        if c == "&" {
            return true;
        }
        let f = self.word(first);
        let org_like = |w: &str| gz::ORG_OPENERS.contains(&w) || gz::ORG_HEADS.contains(&w);
        let title_like = |w: &str| gz::TITLE_HEADS.contains(&w);
        // `Centre for Control of Iodine ...`: once a name is an organisation's it may go on.
        let org_so_far = (first..=prev).any(|i| org_like(clean(self.word(i))));
        match c {
            "of" | "for" | "on" => org_so_far || title_like(p) || p == "Affairs",
            "at" => org_like(f) && p != f,
            // `Centers for Disease Control and Prevention`, inside an organisation's complement.
            "and" => {
                org_so_far
                    && (first..prev).any(|i| matches!(self.word(i), "of" | "for"))
                    && self.gaz_at(conn + 1).is_none()
                    // One word after `and`, so two names joined by `and` stay apart.
                    && !self
                        .toks
                        .get(conn + 2)
                        .is_some_and(|t| t.word && (t.cap || self.is_connector(conn + 2)))
            }
            "the" => false,
            "de" | "du" => true,
            _ => false,
        }
    }

    /// Index one past the chunk starting at `i`.
    pub(super) fn chunk_end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let sent = self.toks[i].sentence();
        let mut last = self.gaz_at(i).map_or(i, |(_, l)| l);
        loop {
            let next = last + 1;
            // No name runs this long; the cap bounds the work (and recursion) per chunk.
            if next >= n || self.toks[next].sentence() != sent || next - i >= MAX_CHUNK {
                break;
            }
            if self.toks[last].possessive {
                // `Azerbaijan's Foreign Ministry` stays one chunk; `Blinken's greeting` ends.
                let after_polity = self.gaz_at(i).is_some_and(|(_, l)| l == last);
                if !(after_polity && self.namey(next) && self.toks[next].cap) {
                    break;
                }
            }
            if self.namey(next) {
                last = self.gaz_at(next).map_or(next, |(_, l)| l);
                continue;
            }
            // `Movimento 5 Stelle`, `Channel 4 News`: a short number between two capitalised
            // words inside one name.
            if self.toks[next].word
                && self.word(next).len() <= 3
                && self.word(next).bytes().all(|b| b.is_ascii_digit())
                && next + 1 < n
                && self.toks[next + 1].sentence() == sent
                && self.toks[next + 1].cap
                && self.toks[next + 1].word
                && self.gaz_at(next + 1).is_none()
                && self.namey(next + 1)
                && self.toks[last].cap
            {
                last = next + 1;
                continue;
            }
            // `Council on American - Islamic Relations`: a dash inside an organisation's name.
            if !self.toks[next].word
                && matches!(self.word(next), "-" | "\u{2013}")
                && next + 1 < n
                && self.toks[next + 1].sentence() == sent
                && self.toks[next + 1].cap
                && self.namey(next + 1)
                && (i..=last).any(|k| {
                    let w = clean(self.word(k));
                    gz::ORG_OPENERS.contains(&w) || gz::ORG_HEADS.contains(&w)
                })
            {
                last = self.gaz_at(next + 1).map_or(next + 1, |(_, l)| l);
                continue;
            }
            if self.is_connector(next) && self.connector_allowed(i, last, next) {
                // Connectors may be followed by `the` (`Representative for the South Caucasus`).
                // Particles chain (`von der Leyen`, `van den Berg`).
                let particle =
                    |k: usize| !self.toks[k].cap && gz::NAME_PARTICLES.contains(self.word(k));
                let chained = particle(next);
                let mut k = next + 1;
                while k < n
                    && self.toks[k].sentence() == sent
                    && (matches!(self.word(k), "the" | "al" | "el") || (chained && particle(k)))
                {
                    k += 1;
                }
                if k < n && self.toks[k].sentence() == sent && self.namey(k) && self.toks[k].cap {
                    last = self.gaz_at(k).map_or(k, |(_, l)| l);
                    continue;
                }
            }
            break;
        }
        last + 1
    }

    /// Whether a place preposition comes before token `i`, only counting words that rarely
    /// come before a person (`in`, `near`; not `from` or `to`, as in `a pass from Jane Roe`).
    pub(super) fn after_place_preposition(&self, i: usize) -> bool {
        i > 0 && {
            let p = self.word(i - 1);
            let p = if matches!(p, "the" | "The") && i > 1 {
                self.word(i - 2)
            } else {
                p
            };
            // The list is plain ASCII, so ASCII case folding suffices and allocates nothing.
            PLACE_PREPOSITIONS.iter().any(|w| p.eq_ignore_ascii_case(w))
        }
    }
}

/// Whether `w` is an ordinal written with digits (`501st`, `2nd`, `101st`).
fn ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// Whether `w` is a given name written the East Asian way, two syllables joined by a hyphen,
/// the second in lower case (`Che-cheung`, `Jae-in`, `Kai-shek`), and not an adjective made
/// from a place (`Kyiv-friendly`, `Soviet-style`, `Moscow-based`).
pub(super) fn hyphenated_given_name(w: &str) -> bool {
    let Some((head, tail)) = w.split_once('-') else {
        return false;
    };
    let syllable =
        |s: &str| (2..=6).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic());
    syllable(head)
        && syllable(tail)
        && head.starts_with(|c: char| c.is_ascii_uppercase())
        && head[1..].bytes().all(|b| b.is_ascii_lowercase())
        && tail.bytes().all(|b| b.is_ascii_lowercase())
        && !tail.ends_with("ed")
        // `-leaning`, `-speaking` are participles; `-ming`, `-ying` are syllables.
        && !(tail.ends_with("ing") && tail.len() >= 6)
        && gz::word_class(head) == 0
        && !gz::PLACES.contains(head)
        && !gz::is_polity_word(head)
}

/// Prepositions that rarely come before a person, so a name after them is likely a place.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "near",
    "into",
    "across",
    "outside",
    "inside",
    "around",
    "throughout",
    "within",
    "towards",
    "toward",
];
