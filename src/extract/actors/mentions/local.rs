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

/// Country names a demonym may come from: `Sarvenian` <- `Sarvenia`, `Lorskian` <- `Lorsk`.
/// A name in `-a` takes `-n`; other vowels take nothing; consonants take `-ian`, `-ish`, `-ese`
/// or `-i`.
fn names_of(demonym: &str) -> Vec<&str> {
    let mut out = Vec::new();
    if let Some(name) = demonym.strip_suffix('n')
        && name.ends_with('a')
    {
        out.push(name);
    }
    for end in ["ian", "ish", "ese", "i"] {
        if let Some(name) = demonym.strip_suffix(end)
            && name.len() >= 3
            && !name.ends_with(['a', 'e', 'i', 'o', 'u', 'y'])
        {
            out.push(name);
        }
    }
    out
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
    // Demonyms first: few words pass, so most texts stop here after one cheap pass.
    let mut candidates: Vec<(&str, &str)> = Vec::new();
    let mut tried: gz::FastSet<&str> = gz::FastSet::default();
    for (i, t) in toks.iter().enumerate() {
        if !t.word || !t.cap || t.headline || t.end() - t.start() < 5 {
            continue;
        }
        let w = t.text(text);
        if !w.ends_with(['n', 'h', 'e', 'i']) || !demonym_context(text, toks, i) {
            continue;
        }
        if !tried.insert(w) || !title_case_word(w) || gz::is_polity_word(w) {
            continue;
        }
        for name in names_of(w) {
            candidates.push((w, name));
        }
    }
    let mut out = Local::default();
    if candidates.is_empty() {
        return out;
    }
    // A name must stand on its own at least once, not inside a longer name (`Jesus Christ`).
    let names: gz::FastSet<&str> = candidates.iter().map(|&(_, n)| n).collect();
    let mut alone: gz::FastSet<&str> = gz::FastSet::default();
    for (i, t) in toks.iter().enumerate() {
        if !t.word || !t.cap || t.headline {
            continue;
        }
        let w = t.text(text);
        if !names.contains(w) || alone.contains(w) {
            continue;
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
    for (demonym, name) in candidates {
        if !alone.contains(name)
            || out.forms.contains_key(name)
            || gz::is_polity_word(name)
            || gz::is_given_name(name)
            || gz::word_class(name) != 0
            || gz::TITLE_HEADS.contains(name)
            || gz::ORG_HEADS.contains(name)
            || gz::PLACES.contains(name)
        {
            continue;
        }
        let polity = POLITIES.polities.len() + out.polities.len();
        out.polities.push(Polity {
            id: gz::slug(name),
            name: name.to_string(),
            body: false,
        });
        let entry = |form| Entry { polity, form };
        out.forms
            .insert(format!("{demonym}s"), entry(Form::Demonym));
        out.forms.insert(demonym.to_string(), entry(Form::Demonym));
        out.forms.insert(name.to_string(), entry(Form::Name));
    }
    out
}
