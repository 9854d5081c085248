//! Countries the gazetteer does not know, found from the text itself.
//!
//! A capitalised name (`Sarvenia`) is a country when the same text writes its demonym
//! (`Sarvenian`) the way demonyms are written: before a title, an institution, the government
//! or a people noun (`Sarvenian Energy Minister`, `the Sarvenian government`). Nothing here
//! names a country: the rule reads any article, about real or invented places alike.

use super::super::super::gazetteer::{self as gz, Entry, Form, POLITIES, Polity};
use super::super::super::tokens::Token;
use super::cues::{LOWER_ROLES, MEMBER_NOUNS};

/// Polities found in one text, and their surface forms (name, demonym, people noun).
#[derive(Default)]
pub(super) struct Local {
    pub polities: Vec<Polity>,
    pub forms: gz::FastMap<String, Entry>,
}

/// Whether `w` is one capital followed by lower-case letters (`Sarvenia`, not `OSTREL`).
fn title_case_word(w: &str) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase) && cs.all(char::is_lowercase)
}

/// Whether the static gazetteer already knows `w` as a whole word.
fn known(w: &str) -> bool {
    let input = aho_corasick::Input::new(w).anchored(aho_corasick::Anchored::Yes);
    POLITIES
        .automaton
        .find(input)
        .is_some_and(|m| m.end() == w.len())
}

/// Demonyms a country name may take: `Sarvenia` -> `Sarvenian`, `Lorsk` -> `Lorskian`.
fn demonyms(name: &str) -> Vec<String> {
    if name.ends_with('a') {
        return vec![format!("{name}n")];
    }
    let last = name.chars().last().unwrap_or('a');
    if "aeiouy".contains(last) {
        return Vec::new();
    }
    ["ian", "ish", "ese", "i"]
        .iter()
        .map(|end| format!("{name}{end}"))
        .collect()
}

/// Words after which a capitalised word is used as a demonym.
fn demonym_context(text: &str, toks: &[Token], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    if !next.word || next.sentence() != toks[i].sentence() || toks[i].possessive {
        return false;
    }
    let w = next.text(text);
    if !next.cap {
        return gz::GOVERNMENT_WORDS.contains(w)
            || gz::INSTITUTION_HEADS_LOWER.contains(w)
            || gz::PEOPLE_NOUNS_LOWER.contains(&w)
            || LOWER_ROLES.contains(&w)
            || MEMBER_NOUNS.contains(&w)
            || matches!(w, "counterpart" | "counterparts");
    }
    // `Sarvenian Energy Minister`, `Kestrian Coast Guard`: a title or an organisation within
    // the next few capitalised words.
    toks[i + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.word && t.cap && t.sentence() == toks[i].sentence())
        .any(|t| {
            let w = t.text(text).trim_end_matches('.');
            gz::TITLE_HEADS.contains(w) || gz::ORG_HEADS.contains(w)
        })
}

/// Find the countries of `text` that the gazetteer lacks.
pub(super) fn discover(text: &str, toks: &[Token]) -> Local {
    let mut used_as_demonym: gz::FastSet<&str> = gz::FastSet::default();
    // Names standing on their own at least once (not inside a longer name: `Jesus Christ`).
    let mut alone: gz::FastSet<&str> = gz::FastSet::default();
    for (i, t) in toks.iter().enumerate() {
        if !t.word || !t.cap || t.headline {
            continue;
        }
        let w = t.text(text);
        if w.len() < 4 || !title_case_word(w) {
            continue;
        }
        if demonym_context(text, toks, i) {
            used_as_demonym.insert(w);
        }
        let after_name = i > 0
            && toks[i - 1].word
            && toks[i - 1].cap
            && toks[i - 1].sentence() == t.sentence()
            && !t.initial;
        if !after_name {
            alone.insert(w);
        }
    }
    let mut out = Local::default();
    if used_as_demonym.is_empty() {
        return out;
    }
    let mut names: Vec<&str> = alone.into_iter().collect();
    // Hash-set order is not stable; ids and order must be.
    names.sort_unstable();
    for name in names {
        if known(name)
            || gz::is_given_name(name)
            || gz::word_class(name) != 0
            || gz::TITLE_HEADS.contains(name)
            || gz::ORG_HEADS.contains(name)
            || gz::PLACES.contains(name)
        {
            continue;
        }
        let Some(demonym) = demonyms(name)
            .into_iter()
            .find(|d| used_as_demonym.contains(d.as_str()) && !known(d))
        else {
            continue;
        };
        let polity = POLITIES.polities.len() + out.polities.len();
        out.polities.push(Polity {
            id: gz::slug(name),
            name: name.to_string(),
            body: false,
        });
        let entry = |form| Entry { polity, form };
        out.forms
            .insert(format!("{demonym}s"), entry(Form::Demonym));
        out.forms.insert(demonym, entry(Form::Demonym));
        out.forms.insert(name.to_string(), entry(Form::Name));
    }
    out
}
