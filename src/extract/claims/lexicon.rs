//! Word lookups for attribution, assertions and disputes: cue verbs with their stance, the words
//! a source noun phrase is made of, loaded terms and event nouns. The words themselves are data
//! in [`crate::extract::vocab`]; this module only reads them.
//!
//! Every lookup takes an ASCII-lowercased word (see [`lower`]).

use std::sync::LazyLock;

use crate::extract::Stance;
use crate::extract::gazetteer::FastMap;
use crate::extract::vocab as v;

pub use v::CueClass;

/// ASCII-lowercase `word` into `buf`; `None` when it is too long or not ASCII (no cue word is).
pub fn lower<'b>(word: &str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The stance and class of a cue verb.
pub fn verb_cue(w: &str) -> Option<(Stance, CueClass)> {
    if !LEXICON_SHAPES.may_hold(w) {
        return None;
    }
    v::VERBS.get(w).and_then(|verb| verb.cue)
}

/// (first byte, length) pairs of every cue and loaded word: most tokens fail this test and are
/// never hashed.
struct Shapes([u32; 128]);

impl Shapes {
    fn may_hold(&self, w: &str) -> bool {
        let b = w.as_bytes();
        match b.first() {
            Some(&f) if f < 128 && b.len() < 32 => self.0[usize::from(f)] & (1 << b.len()) != 0,
            _ => false,
        }
    }
}

static LEXICON_SHAPES: LazyLock<Shapes> = LazyLock::new(|| {
    let mut shapes = [0u32; 128];
    let words = v::VERBS
        .iter()
        .filter(|(_, verb)| verb.cue.is_some())
        .map(|(w, _)| *w)
        .chain(v::LOADED.iter().copied())
        .chain(v::LOADED_PAIRS.iter().map(|p| p.0))
        .chain(v::HEDGES.iter().copied())
        .chain(v::HOSTILE.iter().copied())
        .chain(v::NEUTRAL.iter().copied());
    for w in words.chain(["according"]) {
        let b = w.as_bytes();
        if b.len() < 32 {
            shapes[usize::from(b[0] & 127)] |= 1 << b.len();
        }
    }
    Shapes(shapes)
});

/// The token flags of a lower-cased word ([`super::CUE`], [`super::LOADED`],
/// [`super::ACCORDING`], [`super::HEDGE`], [`super::HOSTILE`], [`super::NEUTRAL`]), 0 for
/// most words: one lookup where each list would take one.
pub fn flags(w: &str) -> u8 {
    if !LEXICON_SHAPES.may_hold(w) {
        return 0;
    }
    FLAGS.get(w).copied().unwrap_or(0)
}

static FLAGS: LazyLock<FastMap<&'static str, u8>> = LazyLock::new(|| {
    use super::{ACCORDING, CUE, HEDGE, HOSTILE, LOADED, NEUTRAL};
    let mut out: FastMap<&'static str, u8> = FastMap::default();
    let cues = v::VERBS.iter().filter(|(_, verb)| verb.cue.is_some());
    let lists = cues
        .map(|(w, _)| (*w, CUE))
        .chain(v::LOADED.iter().map(|w| (*w, LOADED)))
        .chain(v::LOADED_PAIRS.iter().map(|p| (p.0, LOADED)))
        .chain([("according", ACCORDING)])
        .chain(v::HEDGES.iter().map(|w| (*w, HEDGE)))
        .chain(v::HOSTILE.iter().map(|w| (*w, HOSTILE)))
        .chain(v::NEUTRAL.iter().map(|w| (*w, NEUTRAL)));
    for (w, f) in lists {
        *out.entry(w).or_insert(0) |= f;
    }
    out
});

/// [`may_matter`] on a word as written (only its first letter is lower-cased).
pub fn may_matter_raw(w: &[u8]) -> bool {
    match w.first() {
        Some(&f) if f < 128 && w.len() < 32 => {
            LEXICON_SHAPES.0[usize::from(f.to_ascii_lowercase())] & (1 << w.len()) != 0
        }
        _ => false,
    }
}

/// Whether the lower-cased word might be a cue, a loaded term or `according` (a cheap test
/// before the lookups).
pub fn may_matter(w: &str) -> bool {
    LEXICON_SHAPES.may_hold(w)
}

/// Nouns that can head a source: roles, bodies, groups (`the ministry`, `officials`).
pub fn is_role_noun(w: &str) -> bool {
    v::ROLE_NOUNS.contains(w)
}

/// Words that modify a role noun inside a source (`foreign` in `the foreign ministry`).
pub fn is_role_modifier(w: &str) -> bool {
    v::ROLE_MODIFIERS.contains(w)
}

/// Capitalised words that never belong to a source name: function words, time words.
pub fn is_cap_stop(w: &str) -> bool {
    v::WEEKDAYS.contains(w) || v::CAP_STOPS.contains(w)
}

/// Determiners that may open a source (`the ministry`, `a spokesman`, `his father`).
pub fn is_determiner(w: &str) -> bool {
    v::DETERMINERS.contains(w)
}

/// Words that join the parts of a long name (`Secretary of State`, `Ambassador to the US`,
/// `Ursula von der Leyen`).
pub fn is_np_connector(w: &str) -> bool {
    v::NP_CONNECTORS.contains(w) || v::NAME_PARTICLES.contains(w)
}

/// Subject pronouns, resolved later to an actor.
pub fn is_subject_pronoun(w: &str) -> bool {
    v::SUBJECT_PRONOUNS.contains(w)
}

/// Words that may open the clause whose subject is a source (`but`, `while`, `as`).
pub fn is_clause_word(w: &str) -> bool {
    v::CLAUSE_WORDS.contains(w)
}

/// Adverbs and auxiliaries that may stand between a source and its cue (`has also said`).
pub fn is_aux_skip(w: &str) -> bool {
    v::AUX_SKIPS.contains(w)
}

/// Time words that may follow a cue before the content (`said Monday that`).
pub fn is_time_word(w: &str) -> bool {
    v::WEEKDAYS.contains(w) || v::TIME_WORDS.contains(w)
}

/// Prepositions that open an adverbial after a cue (`said in a statement that`).
pub fn is_adverbial_preposition(w: &str) -> bool {
    v::ADVERBIAL_PREPOSITIONS.contains(w)
}

/// Words opening a circumstance clause after an attribution (`"Q," S said as she left`), which
/// is never what is claimed unless `that` follows.
pub fn is_circumstance_opener(w: &str) -> bool {
    v::CIRCUMSTANCE_OPENERS.contains(w)
}

/// Negations that cancel a cue (`has not said`).
pub fn is_negation(w: &str) -> bool {
    v::NEGATIONS.get(w).is_some_and(|n| n.cue)
}

/// Negations that cancel an event descriptor (`no ambush`, `not an attack`).
pub fn negates_descriptor(w: &str) -> bool {
    v::NEGATIONS.get(w).is_some_and(|n| n.descriptor)
}

/// Verbs of refusing that withhold a cue after `to` (`declined to confirm`).
pub fn is_refusal(w: &str) -> bool {
    v::REFUSALS.contains(w)
}

/// Modal and auxiliary verbs before a negated cue (`would not confirm`).
pub fn is_modal(w: &str) -> bool {
    v::MODALS.contains(w)
}

/// Content that does not open a claim (`said why`, `said nothing`).
pub fn is_empty_content_opener(w: &str) -> bool {
    v::EMPTY_CONTENT_OPENERS.contains(w)
}

/// Objects of `told` that are audiences, not names (`told reporters`).
pub fn is_audience(w: &str) -> bool {
    v::AUDIENCES.contains(w)
}

/// Feelings after `expressed` that make it a cue (`expressed concern`).
pub fn is_feeling_noun(w: &str) -> bool {
    v::FEELING_NOUNS.contains(w)
}

/// Words that make `called X ...` a denial (`called it baseless`).
pub fn is_false_word(w: &str) -> bool {
    v::FALSE_WORDS.contains(w)
}

/// Nouns naming what was said before, so a denial of it points back (`dismissed the claim`).
pub fn is_backref_noun(w: &str) -> bool {
    v::BACKREF_NOUNS.contains(w)
}

/// Nouns that carry a statement as a source (`a statement by the presidency said`).
pub fn is_statement_noun(w: &str) -> bool {
    v::STATEMENT_NOUNS.contains(w)
}

/// Nouns naming an event that accounts can disagree about; used for dispute topics.
pub fn is_event_noun(w: &str) -> bool {
    v::EVENT_NOUNS.contains(w)
}

/// Descriptions of an event as a deliberate hostile act.
pub fn is_hostile_descriptor(w: &str) -> bool {
    v::HOSTILE.contains(w)
}

/// Descriptions of the same kind of event as mutual, routine or accidental.
pub fn is_neutral_descriptor(w: &str) -> bool {
    v::NEUTRAL.contains(w)
}

/// Whether the lower-cased word is a loaded term.
pub fn is_loaded(w: &str) -> bool {
    LEXICON_SHAPES.may_hold(w) && v::LOADED.contains(w)
}

/// Two-word loaded terms, given as (first, second).
pub fn is_loaded_pair(a: &str, b: &str) -> bool {
    v::LOADED_PAIRS.contains(&(a, b))
}

/// Someone who speaks for a body (`a ministry spokeswoman`).
pub fn is_spokesperson(w: &str) -> bool {
    v::SPOKESPERSONS.contains(w)
}

/// Words too common to tell what two claims share.
pub fn is_stopword(w: &str) -> bool {
    v::STOPWORDS.contains(w)
}
