//! Word lists: titles, institution heads, and capitalised words that are not names.
//!
//! The lists live in `lists/*.txt` (comma- or line-separated) and are loaded once into hash
//! sets, so a lookup costs one hash whatever the list length.

use super::fast_hash::FastSet as HashSet;
use std::sync::LazyLock;

/// Words that head a title before a name (`President`, `Senior Adviser`, `Gen.`).
pub static TITLE_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/title_heads.txt")));

/// Words that may come before a title head without being one (`Senior`, `Foreign`).
pub static TITLE_MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/title_modifiers.txt")));

/// Honorifics: part of a title position but not a role.
pub static HONORIFICS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/honorifics.txt")));

/// Last words of organisation names (`Foreign Ministry`, `Acme Inc.`, `Deseret News`).
pub static ORG_HEADS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/org_heads.txt")));

/// Organisation heads that open an `X of Y` name (`University of Southern Indiana`).
pub static ORG_OPENERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/org_openers.txt")));

/// Organisation heads that stay organisations when a country name or demonym precedes them.
/// (`Russian Defense Ministry`); `government` is left out: a government is its country.
pub static INSTITUTION_HEADS_LOWER: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/institution_heads_lower.txt")));

/// Lower-case words that may stand between a demonym and an institution head
/// (`the Russian defense ministry`).
pub static INSTITUTION_MODIFIERS_LOWER: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/institution_modifiers_lower.txt")));

/// Words meaning the government of a country: `Russian government` is Russia itself.
pub static GOVERNMENT_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/government_words.txt")));

/// Words a sentence may open with that are never names on their own.
pub static FUNCTION_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/function_words.txt")));

/// Days, months and other calendar words.
pub static CALENDAR: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/calendar.txt")));

/// Places that do not act: regions, continents, US states, large cities that are not capitals.
pub static PLACES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/places.txt")));

/// Prepositions after which a capitalised name is a place (`in Dallas`, `near Herat`).
pub static LOCATIVE: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/locative.txt")));

/// Name particles that may sit inside a person's name (`Ludwig van Beethoven`).
pub static NAME_PARTICLES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/name_particles.txt")));

/// Lower-case words that may join capitalised words inside one name.
pub static NAME_CONNECTORS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/name_connectors.txt")));

/// Capitalised words that are not names even mid-sentence (pronoun `I`, interjections,
/// generic nouns written in title case in headings).
pub static NOT_NAMES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/not_names.txt")));

/// Lower-case role phrases that refer back to a person (`the president`, `the head of state`),
/// with the title head word they stand for.
pub const ROLE_REFERENCES: &[(&str, &str)] = &[
    ("head of state", "President"),
    ("head of government", "Minister"),
    ("president", "President"),
    ("prime minister", "Minister"),
    ("premier", "Premier"),
    ("minister", "Minister"),
    ("foreign minister", "Minister"),
    ("defense minister", "Minister"),
    ("secretary of state", "Secretary"),
    ("secretary", "Secretary"),
    ("chancellor", "Chancellor"),
    ("ambassador", "Ambassador"),
    ("envoy", "Envoy"),
    ("senator", "Senator"),
    ("governor", "Governor"),
    ("mayor", "Mayor"),
    ("general", "General"),
    ("king", "King"),
    ("queen", "Queen"),
    ("pope", "Pope"),
    ("chairman", "Chairman"),
    ("sheriff", "Sheriff"),
    ("spokesman", "Spokesman"),
    ("spokeswoman", "Spokeswoman"),
    ("special representative", "Representative"),
    ("adviser", "Adviser"),
    ("advisor", "Advisor"),
];

/// Lower-case nouns for people of a country rather than a body: after a demonym they are a
/// mention of the country (`Armenian police officers`, `Azerbaijani soldiers`).
pub const PEOPLE_NOUNS_LOWER: &[&str] = &[
    "officers",
    "officer",
    "soldiers",
    "soldier",
    "citizens",
    "nationals",
    "civilians",
    "people",
    "residents",
    "workers",
    "students",
    "women",
    "men",
    "children",
    "families",
    "journalists",
    "fans",
    "voters",
    "refugees",
    "migrants",
    "tourists",
    "pilgrims",
];

/// Armed-group nouns that make a demonym phrase one group actor (`Russian peacekeepers`),
/// with the canonical head they merge under.
pub const GROUP_HEADS_LOWER: &[(&str, &str)] = &[
    ("peacekeepers", "peacekeepers"),
    ("peacekeeping forces", "peacekeepers"),
    ("troops", "forces"),
    ("forces", "forces"),
    ("military", "forces"),
    ("army", "forces"),
    ("armed forces", "forces"),
    ("police", "police"),
    ("border guards", "border guards"),
    ("navy", "navy"),
];

/// Adjectives that may open an organisation's name though they are no name alone.
pub static NAME_ADJECTIVES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/name_adjectives.txt")));

/// Lower-case nouns that introduce an organisation's name (`the company Acme`).
pub static ORG_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/org_nouns.txt")));

/// Newspaper and magazine words that name a title on their own after `The` (`The Guardian`).
pub static PUBLICATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("lists/publications.txt")));

/// Classes of a capitalised word, one hash lookup for all (see [`word_class`]).
pub mod class {
    /// In [`super::NAME_ADJECTIVES`].
    pub const ADJECTIVE: u8 = 1;
    /// In [`super::CALENDAR`].
    pub const CALENDAR: u8 = 2;
    /// In [`super::NOT_NAMES`].
    pub const NOT_NAME: u8 = 4;
}

static WORD_CLASS: LazyLock<super::FastMap<&'static str, u8>> = LazyLock::new(|| {
    let mut m = super::FastMap::default();
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

/// One entry per line; blank lines and `#` comments skipped.
fn set(data: &'static str) -> HashSet<&'static str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}
