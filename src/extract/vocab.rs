//! The vocabulary of extraction, as data: every word list is a file in `src/extract/vocab/`,
//! embedded at build time, written in one format, read by one loader and hashed with one hasher
//! ([`FastSet`]). Nothing here is specific to any document.
//!
//! Format of every file: one entry per line; blank lines and lines starting with `#` are
//! skipped; an entry with attributes gives them after `|` separators (`said | assert | general
//! | actor`), and an attribute holding several values separates them with `,`. Words match
//! exactly as written: lower-case lists hold lower-case words (callers lower-case first),
//! capitalised lists hold the capitalised form.
//!
//! Adding a word is one line in one file: a reporting verb is a line of `verbs.txt`, which
//! also makes it an actor cue when flagged `actor`.

use std::sync::LazyLock;

use super::Stance;
use super::gazetteer::fast_hash::{FastMap, FastSet};

/// The entries of a list file: each a vector of its `|`-separated fields, trimmed (empty fields
/// kept, so columns stay in place).
pub fn entries(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').map(str::trim).collect())
}

/// The first field of every entry, as a set.
fn words(data: &'static str) -> FastSet<&'static str> {
    entries(data).map(|e| e[0]).collect()
}

/// `key | value` entries, as a map.
fn pairs(data: &'static str) -> FastMap<&'static str, &'static str> {
    entries(data)
        .filter_map(|e| Some((e[0], *e.get(1)?)))
        .collect()
}

/// A word list file in `src/extract/vocab/`, loaded once into a set.
macro_rules! list {
    ($(#[$doc:meta])* $name:ident = $file:literal) => {
        $(#[$doc])*
        pub static $name: LazyLock<FastSet<&'static str>> =
            LazyLock::new(|| words(include_str!(concat!("vocab/", $file))));
    };
}

// ---- Reporting verbs -------------------------------------------------------------------------

/// How a cue verb introduces what is said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Takes reported speech or a quotation: `said`, `denied`.
    General,
    /// Only introduces a quotation: `wrote`, `continued`.
    QuoteOnly,
    /// Only counts before `that`: `found that`, `concluded that`.
    ThatOnly,
    /// Needs a following feeling noun: `expressed concern`.
    Expressed,
    /// `called on`, `called for` (urge) or `called it false` (deny); anything else is no cue.
    Called,
    /// `described X as Y`.
    Described,
    /// `pointed out`.
    Pointed,
    /// A participle continuing a clause (`saying`, `urging`): never starts a claim.
    Participle,
}

/// One line of `verbs.txt`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    /// The stance and class of a reporting verb; `None` for a verb of action that reports
    /// nothing (`launched`), kept only as an actor cue.
    pub cue: Option<(Stance, CueClass)>,
    /// A lone capitalised word right before it is acting (`Google said`).
    pub actor: bool,
}

fn stance(s: &str) -> Option<Stance> {
    Some(match s {
        "assert" => Stance::Assert,
        "deny" => Stance::Deny,
        "confirm" => Stance::Confirm,
        "urge" => Stance::Urge,
        "accuse" => Stance::Accuse,
        "hedge" => Stance::Hedge,
        _ => return None,
    })
}

fn cue_class(s: &str) -> Option<CueClass> {
    Some(match s {
        "general" => CueClass::General,
        "quote" => CueClass::QuoteOnly,
        "that" => CueClass::ThatOnly,
        "expressed" => CueClass::Expressed,
        "called" => CueClass::Called,
        "described" => CueClass::Described,
        "pointed" => CueClass::Pointed,
        "participle" => CueClass::Participle,
        _ => return None,
    })
}

/// A `verbs.txt` entry read; `None` when malformed (the tests check there is none).
fn verb(e: &[&str]) -> Option<Verb> {
    let cue = match (e.get(1).copied()?, e.get(2).copied()?) {
        ("none", "act") => None,
        (s, c) => Some((stance(s)?, cue_class(c)?)),
    };
    let actor = match e.get(3).copied() {
        None => false,
        Some("actor") => true,
        Some(_) => return None,
    };
    Some(Verb { cue, actor })
}

/// Reporting verbs and verbs of public action, lower case (`verbs.txt`).
pub static VERBS: LazyLock<FastMap<&'static str, Verb>> = LazyLock::new(|| {
    entries(include_str!("vocab/verbs.txt"))
        .filter_map(|e| Some((e[0], verb(&e)?)))
        .collect()
});

/// Verbs after which a lone capitalised word is acting (`Google said`): those of [`VERBS`]
/// flagged `actor`.
pub static ACTOR_VERBS: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    VERBS
        .iter()
        .filter(|(_, v)| v.actor)
        .map(|(w, _)| *w)
        .collect()
});

// ---- Negations -------------------------------------------------------------------------------

/// What a negation cancels (`negations.txt`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Negates {
    /// A cue verb: `has not said`.
    pub cue: bool,
    /// An event descriptor: `no ambush`.
    pub descriptor: bool,
}

/// Negations, lower case, with what each cancels.
pub static NEGATIONS: LazyLock<FastMap<&'static str, Negates>> = LazyLock::new(|| {
    entries(include_str!("vocab/negations.txt"))
        .map(|e| {
            let scope = e.get(1).copied().unwrap_or_default();
            let has = |s: &str| scope.split(',').any(|x| x.trim() == s);
            let n = Negates {
                cue: has("cue"),
                descriptor: has("descriptor"),
            };
            (e[0], n)
        })
        .collect()
});

// ---- Attribution: sources, cues and content (lower case) -------------------------------------

list!(
    /// Nouns that can head a source: roles, bodies, groups (`the ministry`, `officials`).
    ROLE_NOUNS = "role_nouns.txt"
);
list!(
    /// Words that modify a role noun inside a source (`foreign` in `the foreign ministry`).
    ROLE_MODIFIERS = "role_modifiers.txt"
);
list!(
    /// Words that are never part of a source name though capitalised (weekdays are too).
    CAP_STOPS = "cap_stops.txt"
);
list!(
    /// Determiners that may open a source (`the ministry`, `a spokesman`, `his father`).
    DETERMINERS = "determiners.txt"
);
list!(
    /// Words that join the parts of a long source name (`Secretary of State`).
    NP_CONNECTORS = "np_connectors.txt"
);
list!(
    /// Subject pronouns, resolved later to an actor.
    SUBJECT_PRONOUNS = "subject_pronouns.txt"
);
list!(
    /// Words that may open the clause whose subject is a source (`but`, `while`, `as`).
    CLAUSE_WORDS = "clause_words.txt"
);
list!(
    /// Adverbs and auxiliaries between a source and its cue (`has also said`).
    AUX_SKIPS = "aux_skips.txt"
);
list!(
    /// Days of the week, lower case.
    WEEKDAYS = "weekdays.txt"
);
list!(
    /// Time words that may follow a cue before the content (weekdays are too).
    TIME_WORDS = "time_words.txt"
);
list!(
    /// Prepositions that open an adverbial after a cue (`said in a statement that`).
    ADVERBIAL_PREPOSITIONS = "adverbial_prepositions.txt"
);
list!(
    /// Words opening a circumstance clause after an attribution (`S said as she left`).
    CIRCUMSTANCE_OPENERS = "circumstance_openers.txt"
);
list!(
    /// Content that does not open a claim (`said why`, `said nothing`).
    EMPTY_CONTENT_OPENERS = "empty_content_openers.txt"
);
list!(
    /// Objects of `told` that are audiences, not names (`told reporters`).
    AUDIENCES = "audiences.txt"
);
list!(
    /// Feelings after `expressed` that make it a cue (`expressed concern`).
    FEELING_NOUNS = "feeling_nouns.txt"
);
list!(
    /// Words that make `called X ...` a denial (`called it baseless`).
    FALSE_WORDS = "false_words.txt"
);
list!(
    /// Nouns naming what was said before (`dismissed the claim`).
    BACKREF_NOUNS = "backref_nouns.txt"
);
list!(
    /// Nouns that carry a statement as a source (`a statement by the presidency said`).
    STATEMENT_NOUNS = "statement_nouns.txt"
);
list!(
    /// Words that make an asserted content a hedge (`some crops may have`).
    HEDGES = "hedges.txt"
);
list!(
    /// Verbs of refusing that withhold the cue after `to` (`declined to confirm`).
    REFUSALS = "refusals.txt"
);
list!(
    /// Modal and auxiliary verbs before a negated cue (`would not confirm`).
    MODALS = "modals.txt"
);
list!(
    /// Someone who speaks for a body (`a ministry spokeswoman`).
    SPOKESPERSONS = "spokespersons.txt"
);

// ---- Disputes and assertions (lower case) ----------------------------------------------------

list!(
    /// Nouns naming an event that accounts can disagree about; used for dispute topics.
    EVENT_NOUNS = "event_nouns.txt"
);
list!(
    /// Descriptions of an event as a deliberate hostile act.
    HOSTILE = "hostile.txt"
);
list!(
    /// Descriptions of the same kind of event as mutual, routine or accidental.
    NEUTRAL = "neutral.txt"
);
list!(
    /// Words too common to tell what two claims share.
    STOPWORDS = "stopwords.txt"
);

/// Loaded terms of one word (`loaded.txt`).
pub static LOADED: LazyLock<FastSet<&'static str>> = LazyLock::new(|| {
    words(include_str!("vocab/loaded.txt"))
        .into_iter()
        .filter(|w| !w.contains(' '))
        .collect()
});

/// Loaded terms of two words (`war crimes`), as (first, second).
pub static LOADED_PAIRS: LazyLock<FastSet<(&'static str, &'static str)>> = LazyLock::new(|| {
    words(include_str!("vocab/loaded.txt"))
        .into_iter()
        .filter_map(|w| w.split_once(' '))
        .collect()
});

// ---- Stance constructions and disputes (lower case) ------------------------------------------

list!(
    /// After `not`, words calling what was said false (`the story was not true`).
    TRUTH_WORDS = "truth_words.txt"
);
list!(
    /// Cue verbs that insist: with negated content they deny.
    INSISTING_CUES = "insisting_cues.txt"
);
list!(
    /// Things an outlet checks and can call fake, and that can say something (`the clip`).
    ARTEFACTS = "artefacts.txt"
);
list!(
    /// Verbs by which an artefact says something (`The video shows`).
    ARTEFACT_CUES = "artefact_cues.txt"
);
list!(
    /// Evidence that can show something (`Photos of the site`).
    EVIDENCE_NOUNS = "evidence_nouns.txt"
);
list!(
    /// Verbs by which evidence shows something.
    SHOWING_VERBS = "showing_verbs.txt"
);
list!(
    /// Words marking a contrast with what was said before (`however`).
    CONTRAST_WORDS = "contrast_words.txt"
);
list!(
    /// Verbs of checking that a hedge declines or fails (`declined to confirm`).
    CHECK_VERBS = "check_verbs.txt"
);
list!(
    /// Words that make a sentence report a denial or doubt rather than assert it.
    DOUBT_WORDS = "doubt_words.txt"
);

/// What figures count (`figure_outcomes.txt`): word -> the outcome it is compared as
/// (`dead` -> `killed`).
pub static FIGURE_OUTCOMES: LazyLock<FastMap<&'static str, &'static str>> = LazyLock::new(|| {
    entries(include_str!("vocab/figure_outcomes.txt"))
        .map(|e| (e[0], e.get(1).copied().unwrap_or(e[0])))
        .collect()
});

/// Descriptions of one event that contradict each other (`opposed_descriptors.txt`): word ->
/// (line, side 0 or 1); words of one line on different sides contradict.
pub static OPPOSED_DESCRIPTORS: LazyLock<FastMap<&'static str, (u16, u8)>> = LazyLock::new(|| {
    let mut out = FastMap::default();
    for (line, e) in entries(include_str!("vocab/opposed_descriptors.txt")).enumerate() {
        for (side, words) in e.iter().take(2).enumerate() {
            for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
                out.insert(w, (line as u16, side as u8));
            }
        }
    }
    out
});

/// An act a claim reports, named as a noun (`acts.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Act {
    /// `closure`.
    pub noun: &'static str,
    /// Named after the subject (`resignation of the minister`) rather than the object.
    pub intransitive: bool,
}

/// Every form of an act verb -> its act (`closed` -> closure).
pub static ACTS: LazyLock<FastMap<&'static str, Act>> = LazyLock::new(|| {
    let mut out = FastMap::default();
    for e in entries(include_str!("vocab/acts.txt")) {
        let act = Act {
            noun: e[0],
            intransitive: e.get(2).is_some_and(|f| *f == "intransitive"),
        };
        for form in e.get(1).copied().unwrap_or_default().split(',') {
            out.insert(form.trim(), act);
        }
    }
    out
});

// ---- Mentions: titles, organisations, places, people -----------------------------------------

list!(
    /// Words that head a title before a name (`President`, `Senior Adviser`, `Gen.`).
    TITLE_HEADS = "title_heads.txt"
);
list!(
    /// Words that may come before a title head without being one (`Senior`, `Foreign`).
    TITLE_MODIFIERS = "title_modifiers.txt"
);
list!(
    /// Honorifics: part of a title position but not a role.
    HONORIFICS = "honorifics.txt"
);
list!(
    /// Last words of organisation names (`Foreign Ministry`, `Acme Inc.`, `Deseret News`).
    ORG_HEADS = "org_heads.txt"
);
list!(
    /// Organisation heads that open an `X of Y` name (`University of Southern Indiana`).
    ORG_OPENERS = "org_openers.txt"
);
list!(
    /// Organisation heads that stay organisations after a country name or demonym
    /// (`Russian Defense Ministry`); `government` is left out: a government is its country.
    INSTITUTION_HEADS_LOWER = "institution_heads_lower.txt"
);
list!(
    /// Lower-case words between a demonym and an institution head (`the Russian defense
    /// ministry`).
    INSTITUTION_MODIFIERS_LOWER = "institution_modifiers_lower.txt"
);
list!(
    /// Words meaning the government of a country: `Russian government` is Russia itself.
    GOVERNMENT_WORDS = "government_words.txt"
);
list!(
    /// Words a sentence may open with that are never names on their own.
    FUNCTION_WORDS = "function_words.txt"
);
list!(
    /// Days, months and other calendar words.
    CALENDAR = "calendar.txt"
);
list!(
    /// Places that do not act: regions, continents, US states, large cities that are not
    /// capitals.
    PLACES = "places.txt"
);
list!(
    /// Prepositions after which a capitalised name is a place (`in Dallas`, `near Herat`).
    LOCATIVE = "locative.txt"
);
list!(
    /// Name particles that may sit inside a person's name (`Ludwig van Beethoven`).
    NAME_PARTICLES = "name_particles.txt"
);
list!(
    /// Lower-case words that may join capitalised words inside one name.
    NAME_CONNECTORS = "name_connectors.txt"
);
list!(
    /// Capitalised words that are not names even mid-sentence (pronoun `I`, interjections,
    /// generic nouns written in title case in headings).
    NOT_NAMES = "not_names.txt"
);
list!(
    /// Adjectives that may open an organisation's name though they are no name alone.
    NAME_ADJECTIVES = "name_adjectives.txt"
);
list!(
    /// Lower-case nouns that introduce an organisation's name (`the company Acme`).
    ORG_NOUNS = "org_nouns.txt"
);
list!(
    /// Newspaper and magazine words that name a title on their own after `The` (`The
    /// Guardian`).
    PUBLICATIONS = "publications.txt"
);
list!(
    /// Lower-case nouns for people of a country rather than a body: after a demonym they are
    /// a mention of the country (`Armenian police officers`).
    PEOPLE_NOUNS_LOWER = "people_nouns.txt"
);
list!(
    /// Common given names (`Mark`, `Fatima`), evidence that a capitalised pair is a person.
    GIVEN_NAMES = "given_names.txt"
);
list!(
    /// Lower-case nouns after which a capitalised word is a place (`Karabakh region`).
    PLACE_NOUNS = "place_nouns.txt"
);
list!(
    /// Lower-case nouns for members of a body: `Acme economists` makes `Acme` a body.
    MEMBER_NOUNS = "member_nouns.txt"
);
list!(
    /// Lower-case role words that follow an organisation's name (`Acme co-founder Jane Roe`).
    STAFF_WORDS = "staff_words.txt"
);
list!(
    /// Lower-case institution words that refer back to an organisation (`the ministry`).
    INSTITUTION_WORDS = "institution_words.txt"
);
list!(
    /// Lower-case role words written before a name (`envoy Ada Okafor`).
    LOWER_ROLES = "lower_roles.txt"
);
list!(
    /// Lower-case words that may precede a role word (`foreign minister`).
    LOWER_ROLE_MODIFIERS = "lower_role_modifiers.txt"
);
list!(
    /// Capitalised words that open a place's name (`Port Sudan`, `Cape Horn`).
    PLACE_OPENERS = "place_openers.txt"
);
list!(
    /// Capitalised words that close a place's name (`Grey Harbour`, `Bering Strait`).
    PLACE_HEADS = "place_heads.txt"
);

/// Lower-case role phrases that refer back to a person (`the president`, `the head of
/// state`), with the title head word they stand for.
pub static ROLE_REFERENCES: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| pairs(include_str!("vocab/role_references.txt")));

/// Armed-group nouns that make a demonym phrase one group actor (`Russian peacekeepers`),
/// with the canonical head they merge under.
pub static GROUP_HEADS_LOWER: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| pairs(include_str!("vocab/group_heads.txt")));

/// Countries: `name | other names | demonyms | capitals`, values separated by `,`.
pub const COUNTRIES: &str = include_str!("vocab/countries.txt");
/// International bodies that act like countries, in the same columns as [`COUNTRIES`].
pub const BODIES: &str = include_str!("vocab/bodies.txt");

/// Classes of a capitalised word, one hash lookup for all (see [`word_class`]).
pub mod class {
    /// In [`super::NAME_ADJECTIVES`].
    pub const ADJECTIVE: u8 = 1;
    /// In [`super::CALENDAR`].
    pub const CALENDAR: u8 = 2;
    /// In [`super::NOT_NAMES`].
    pub const NOT_NAME: u8 = 4;
}

static WORD_CLASS: LazyLock<FastMap<&'static str, u8>> = LazyLock::new(|| {
    let mut m = FastMap::default();
    for (set, bit) in [
        (&*NAME_ADJECTIVES, class::ADJECTIVE),
        (&*CALENDAR, class::CALENDAR),
        (&*NOT_NAMES, class::NOT_NAME),
    ] {
        for w in set {
            *m.entry(*w).or_insert(0) |= bit;
        }
    }
    m
});

/// The [`class`] bits of `word` (0 for most words).
pub fn word_class(word: &str) -> u8 {
    WORD_CLASS.get(word).copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_verb_line_parses() {
        for e in entries(include_str!("vocab/verbs.txt")) {
            assert!(verb(&e).is_some(), "verbs.txt: bad entry {e:?}");
        }
        assert_eq!(
            VERBS.len(),
            entries(include_str!("vocab/verbs.txt")).count(),
            "a verb is listed twice"
        );
    }

    #[test]
    fn the_dispute_lists_are_lower_case_and_each_act_form_is_listed_once() {
        for (name, set) in [
            ("truth_words", &*TRUTH_WORDS),
            ("insisting_cues", &*INSISTING_CUES),
            ("artefacts", &*ARTEFACTS),
            ("artefact_cues", &*ARTEFACT_CUES),
            ("evidence_nouns", &*EVIDENCE_NOUNS),
            ("showing_verbs", &*SHOWING_VERBS),
            ("contrast_words", &*CONTRAST_WORDS),
            ("check_verbs", &*CHECK_VERBS),
            ("doubt_words", &*DOUBT_WORDS),
        ] {
            for w in set {
                assert_eq!(*w, w.to_lowercase(), "{name}: {w} is not lower case");
            }
        }
        let forms: usize = entries(include_str!("vocab/acts.txt"))
            .map(|e| e.get(1).map_or(0, |f| f.split(',').count()))
            .sum();
        assert_eq!(ACTS.len(), forms, "acts.txt: a verb form is listed twice");
        // An insisting cue is a reporting verb; a check verb's past form is one too.
        for w in INSISTING_CUES.iter() {
            assert!(VERBS.contains_key(w), "{w} is not in verbs.txt");
        }
    }

    #[test]
    fn every_negation_says_what_it_negates() {
        for (w, n) in NEGATIONS.iter() {
            assert!(n.cue || n.descriptor, "negation {w} negates nothing");
        }
    }

    #[test]
    fn the_lists_agree_with_each_other() {
        // Every actor cue is a verb that either reports (with a stance) or is an act.
        for w in ACTOR_VERBS.iter() {
            assert!(VERBS.contains_key(w), "{w}");
        }
        // No word is both a negation and a verb, a hedge or a stance-free filler.
        for w in NEGATIONS.keys() {
            assert!(!VERBS.contains_key(w), "{w} is a negation and a verb");
            assert!(!HEDGES.contains(w), "{w} is a negation and a hedge");
            assert!(!MODALS.contains(w), "{w} is a negation and a modal");
        }
        // A refusal is a verb of action, reporting nothing itself.
        for w in REFUSALS.iter() {
            if let Some(v) = VERBS.get(w) {
                assert_eq!(v.cue, None, "refusal {w} is a reporting verb");
            }
        }
        // A participle never opens a claim, so it must not be an actor cue either.
        for (w, v) in VERBS.iter() {
            if let Some((_, CueClass::Participle)) = v.cue {
                assert!(w.ends_with("ing"), "participle {w}");
                assert!(!v.actor, "participle {w} is an actor cue");
            }
        }
        // Lower-case lists hold lower-case words.
        for (name, set) in [
            ("role_nouns", &*ROLE_NOUNS),
            ("lower_roles", &*LOWER_ROLES),
            ("staff_words", &*STAFF_WORDS),
            ("place_nouns", &*PLACE_NOUNS),
            ("member_nouns", &*MEMBER_NOUNS),
            ("hedges", &*HEDGES),
            ("stopwords", &*STOPWORDS),
        ] {
            for w in set {
                assert_eq!(*w, w.to_lowercase(), "{name}: {w} is not lower case");
            }
        }
        for w in VERBS.keys().chain(NEGATIONS.keys()) {
            assert_eq!(*w, w.to_lowercase(), "{w} is not lower case");
        }
        // A place noun is never a role.
        for w in LOWER_ROLES.iter() {
            assert!(!PLACE_NOUNS.contains(w), "{w} is a role and a place noun");
        }
        // Capitalised lists hold capitalised words (`org_heads` also holds `plc`).
        for (name, set) in [
            ("title_heads", &*TITLE_HEADS),
            ("place_heads", &*PLACE_HEADS),
            ("place_openers", &*PLACE_OPENERS),
            ("given_names", &*GIVEN_NAMES),
        ] {
            for w in set {
                assert!(
                    w.chars().next().is_some_and(char::is_uppercase),
                    "{name}: {w} is not capitalised"
                );
            }
        }
        // Every two-word loaded term is two words.
        assert!(
            LOADED_PAIRS
                .iter()
                .all(|(a, b)| !a.is_empty() && !b.is_empty())
        );
    }
}
