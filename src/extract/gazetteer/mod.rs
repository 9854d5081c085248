//! Gazetteers of general world knowledge: countries (names, demonyms, capitals) and
//! international bodies matched by one automaton; the word lists (titles, institution words,
//! words that are capitalised without being names) are [`crate::extract::vocab`]'s, re-exported.
//!
//! Built once per process ([`LazyLock`]); nothing here is specific to any document.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind, StartKind};
use std::collections::HashMap;
use std::sync::LazyLock;

pub mod fast_hash;
pub use super::vocab::{
    CALENDAR, FUNCTION_WORDS, GIVEN_NAMES, GOVERNMENT_WORDS, GROUP_HEADS_LOWER, HONORIFICS,
    INSTITUTION_HEADS_LOWER, INSTITUTION_MODIFIERS_LOWER, LOCATIVE, MODALS, NAME_ADJECTIVES,
    NAME_CONNECTORS, NAME_PARTICLES, NOT_NAMES, ORG_HEADS, ORG_NOUNS, ORG_OPENERS,
    PEOPLE_NOUNS_LOWER, PLACES, PUBLICATIONS, ROLE_REFERENCES, TITLE_HEADS, TITLE_MODIFIERS, class,
    word_class,
};
pub use fast_hash::{FastMap, FastSet};

/// A country or an international body that acts like one.
#[derive(Debug)]
pub struct Polity {
    /// Slug used as actor id and affiliation, e.g. `azerbaijan`.
    pub id: String,
    /// Canonical name, e.g. `Azerbaijan`.
    pub name: String,
    /// Whether it is an international body (an organisation) rather than a country.
    pub body: bool,
}

/// How a gazetteer surface form refers to its polity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The name or another name: `Azerbaijan`, `Republic of Azerbaijan`, `EU`.
    Name,
    /// An adjective or people: `Azerbaijani`, `Armenians`.
    Demonym,
    /// A capital or seat of power used as a metonym: `Baku`, `the Kremlin`.
    Capital,
}

/// One surface form of the gazetteer.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    /// Index into [`Gazetteer::polities`].
    pub polity: usize,
    pub form: Form,
}

/// The polity gazetteer and its automaton.
pub struct Gazetteer {
    pub polities: Vec<Polity>,
    /// Pattern index -> entry.
    pub entries: Vec<Entry>,
    /// Surface forms, case-sensitive, leftmost-longest.
    pub automaton: AhoCorasick,
    by_id: HashMap<String, usize>,
}

impl Gazetteer {
    /// The polity with this id.
    pub fn by_id(&self, id: &str) -> Option<&Polity> {
        self.by_id.get(id).map(|&i| &self.polities[i])
    }
}

/// The process-wide polity gazetteer.
pub static POLITIES: LazyLock<Gazetteer> = LazyLock::new(build);

fn build() -> Gazetteer {
    let mut polities = Vec::new();
    let mut patterns: Vec<String> = Vec::new();
    let mut entries = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    let sources = [
        (super::vocab::COUNTRIES, false),
        (super::vocab::BODIES, true),
    ];
    for (data, body) in sources {
        for fields in super::vocab::entries(data) {
            let mut fields = fields.into_iter();
            let name = fields.next().unwrap_or_default();
            if name.is_empty() {
                continue;
            }
            let idx = polities.len();
            polities.push(Polity {
                id: slug(name),
                name: name.to_string(),
                body,
            });
            let forms = [Form::Name, Form::Name, Form::Demonym, Form::Capital];
            let mut cols = vec![name.to_string()];
            cols.extend(fields.map(str::to_string));
            for (col, form) in cols.iter().zip(forms) {
                for surface in col.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                    // The first polity claiming a surface form keeps it (`Congolese`).
                    if seen.contains_key(surface) {
                        continue;
                    }
                    seen.insert(surface.to_string(), entries.len());
                    patterns.push(surface.to_string());
                    entries.push(Entry { polity: idx, form });
                }
            }
        }
    }
    let automaton = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        // A full DFA: a few hundred KB once, the fastest scan per byte.
        .kind(Some(AhoCorasickKind::DFA))
        // Searches start at candidate tokens (see `actors::mentions`).
        .start_kind(StartKind::Both)
        .build(&patterns)
        .unwrap_or_else(|_| AhoCorasick::new(Vec::<String>::new()).expect("empty automaton"));
    let by_id = polities
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();
    Gazetteer {
        polities,
        entries,
        automaton,
        by_id,
    }
}

/// The polity numbered `p`: the gazetteer's own, or one of `local` (found in one text,
/// numbered after the gazetteer's).
pub fn polity(p: usize, local: &[Polity]) -> &Polity {
    let known = &POLITIES.polities;
    match p.checked_sub(known.len()) {
        Some(j) => &local[j],
        None => &known[p],
    }
}

/// Whether the gazetteer knows `w` as a whole surface form (`Kyiv`, `Soviet`, `Azerbaijani`).
pub fn is_polity_word(w: &str) -> bool {
    let input = aho_corasick::Input::new(w).anchored(aho_corasick::Anchored::Yes);
    POLITIES
        .automaton
        .find(input)
        .is_some_and(|m| m.end() == w.len())
}

/// Whether `word` is a common given name (`Mark`, `Fatima`).
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// A lower-case ASCII slug: letters and digits kept, everything else folded into single `-`.
pub fn slug(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut dash = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                if l.is_ascii_alphanumeric() {
                    out.push(l);
                } else {
                    out.push_str(&fold(l));
                }
            }
            dash = false;
        } else if c == '\'' || c == '’' || c == '.' {
            // `O'Brien` -> `obrien`, `U.S.` -> `us`.
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("actor");
    }
    out
}

/// A rough ASCII folding of common accented letters, for slugs only.
fn fold(c: char) -> String {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => "a",
        'ç' | 'č' | 'ć' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ə' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' => "i",
        'ñ' | 'ń' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => "u",
        'ý' | 'ÿ' => "y",
        'š' | 'ś' | 'ş' => "s",
        'ž' | 'ź' | 'ż' => "z",
        'ğ' => "g",
        'ß' => "ss",
        _ => "",
    };
    s.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_has_an_id_and_capital_metonyms_resolve() {
        let g = &*POLITIES;
        assert!(g.polities.len() > 190);
        let baku = g
            .automaton
            .find("in Baku today")
            .map(|m| g.entries[m.pattern().as_usize()]);
        let e = baku.expect("Baku is known");
        assert_eq!(e.form, Form::Capital);
        assert_eq!(g.polities[e.polity].id, "azerbaijan");
    }

    #[test]
    fn slugs_are_ascii_and_dashed() {
        assert_eq!(slug("Ilham Aliyev"), "ilham-aliyev");
        assert_eq!(slug("U.S."), "us");
        assert_eq!(slug("Kim Jong-un"), "kim-jong-un");
        assert_eq!(slug("Türkiye"), "turkiye");
    }
}
