//! Reading one chunk: polity prefixes, titles, organisations, people, lone words.

use super::cues::{
    ACTOR_VERBS, LOWER_ROLE_MODIFIERS, LOWER_ROLES, MEMBER_NOUNS, PLACE_HEADS, PLACE_NOUNS,
    PLACE_OPENERS, STAFF_WORDS,
};
use super::twins::fold_hash;
use super::{Ctx, Mention, Placing, clean, is_acronym, is_the};
use crate::extract::gazetteer::{self as gz, Form};

/// Whether `w` is written in Roman numerals only (`XIV`), no acronym.
fn roman_numeral(w: &str) -> bool {
    w.chars()
        .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'))
}

impl Ctx<'_> {
    /// Analyse the chunk of tokens `a..b`.
    pub(super) fn chunk(&mut self, a: usize, b: usize) {
        let before = self.out.len();
        self.read_chunk(a, b);
        if self.toks[a].headline {
            // In a headline, capitals prove nothing: names there may only point to actors
            // the body names, never make new ones (countries aside).
            let fresh = self.out.split_off(before);
            for mut m in fresh {
                match &mut m {
                    // Deferred like a name after `in`/`at`: kept only if the body names it.
                    Mention::Person { after_locative, .. } => *after_locative = true,
                    Mention::Single {
                        initial,
                        acting,
                        ordinary,
                        appositive,
                        ..
                    } => {
                        *initial = true;
                        *acting = false;
                        *ordinary = true;
                        *appositive = false;
                    }
                    Mention::Org { .. } => continue,
                    _ => {}
                }
                self.out.push(m);
            }
        }
    }

    fn read_chunk(&mut self, a: usize, b: usize) {
        let mut k = a;
        // Sentence-initial capitals that are ordinary words: `Through`, `Meanwhile`, `Clashes`.
        // Only the chunk's first word can be sentence-initial, so at most one is skipped.
        if a < b && self.toks[a].initial && self.gaz_at(a).is_none() && self.ordinary_initial(a) {
            k += 1;
        }
        while k < b && self.is_connector(k) {
            k += 1;
        }
        // A name adjective alone is no actor, unless it owns a title (`Labour's Shadow Home
        // Secretary`): then it names the party.
        if k < b
            && gz::NAME_ADJECTIVES.contains(&self.word(k))
            && !self.org_chunk(k, b)
            && !self.titled_possessor(k)
        {
            k += 1;
            while k < b && gz::NAME_ADJECTIVES.contains(&self.word(k)) {
                k += 1;
            }
        }
        if k >= b {
            return;
        }
        let mut affiliation = None;
        // `Georgetown University`, `the Taipei City Lantern Festival`: a capital inside a
        // body's or an event's name (an organisation word ends it, or `the` opens it) is part
        // of that name, not the country.
        if let Some((entry, last)) = self.gaz_at(k)
            && entry.form == Form::Capital
            && last + 1 < b
            && !self.toks[last].possessive
            && (gz::ORG_HEADS.contains(clean(self.word(b - 1)))
                || self.org_chunk(last + 1, b)
                || (k > 0 && is_the(self.word(k - 1))))
        {
            self.rest(k, k, b, None);
            return;
        }
        // `Jordan Peterson`, `Paris Hilton`, `Israel Folau`: a country's or capital's name
        // followed by one or two capitalised words that are no title, no organisation word, no
        // place word and no other country is one name, not the country.
        if let Some((entry, last)) = self.gaz_at(k)
            && matches!(entry.form, Form::Name | Form::Capital)
            && !self.toks[last].possessive
            && last + 1 < b
            && b - (last + 1) <= 2
            && (last + 1..b).all(|i| {
                let w = clean(self.word(i));
                self.toks[i].word
                    && self.toks[i].cap
                    && self.gaz_at(i).is_none()
                    && !PLACE_HEADS.contains(&w)
                    && !PLACE_NOUNS.contains(&w.to_lowercase().as_str())
                    && gz::word_class(w) == 0
            })
            && !self.title_or_org_follows(last + 1, b)
            && !gz::ORG_HEADS.contains(clean(self.word(b - 1)))
        {
            self.rest(k, k, b, None);
            return;
        }
        if let Some((entry, last)) = self.gaz_at(k) {
            self.out.push(Mention::Polity {
                polity: entry.polity,
                span: self.span(k, last),
                surface: self.surface(k, last),
                // `in Brussels` is a place; `Brussels said` (or `Belgium`) acts.
                acting: match entry.form {
                    Form::Name => true,
                    Form::Capital => !self.after_place_preposition(k),
                    Form::Demonym => self.people_noun(last),
                },
            });
            let modifier = self.toks[last].possessive
                || entry.form == Form::Demonym
                || entry.form == Form::Name;
            if last + 1 >= b {
                self.lower_institution(k, last, entry.polity);
                return;
            }
            if modifier && self.title_or_org_follows(last + 1, b) {
                affiliation = Some(entry.polity);
                self.rest(k, last + 1, b, affiliation);
            } else {
                self.rest(last + 1, last + 1, b, None);
            }
            return;
        }
        if self.place_name(k, b) {
            return;
        }
        self.rest(k, k, b, affiliation);
    }

    /// Whether `k..b` names a place (`Port Amsel`, `Grey Harbour`, `Ludwig van Beethoven
    /// Street`): no actor,
    /// unless an organisation's word ends it (`Port Authority`, `Mount Sinai Hospital`).
    fn place_name(&self, k: usize, b: usize) -> bool {
        if !(2..=5).contains(&(b - k)) || self.toks[b - 1].possessive {
            return false;
        }
        let last = clean(self.word(b - 1));
        if gz::ORG_HEADS.contains(last) || gz::TITLE_HEADS.contains(last) {
            return false;
        }
        PLACE_OPENERS.contains(&self.word(k)) || PLACE_HEADS.contains(&last)
    }

    /// Whether `k..b` reads as an organisation's name: an organisation word last, or one
    /// followed by `of`/`for`/`on` (`University of ...`), or an acronym given in parentheses.
    pub(super) fn org_chunk(&self, k: usize, b: usize) -> bool {
        gz::ORG_HEADS.contains(clean(self.word(b - 1)))
            || (b - k >= 3
                && (k..b - 2).any(|i| {
                    let w = clean(self.word(i));
                    (gz::ORG_OPENERS.contains(w) || gz::ORG_HEADS.contains(w))
                        && matches!(self.word(i + 1), "of" | "for" | "on")
                }))
            || self.parenthesised_acronym(b).is_some()
    }

    pub(super) fn ordinary_initial(&self, k: usize) -> bool {
        let w = self.word(k);
        let lw = w.to_lowercase();
        if gz::TITLE_HEADS.contains(&w) {
            return false;
        }
        if gz::TITLE_MODIFIERS.contains(&w) {
            // `Former Commission official Piet Maas`: a modifier that is also a function word
            // opens a title only when a title word follows it (`Former President`).
            let next = self.toks.get(k + 1).map(|_| self.word(k + 1));
            let title_next = next
                .is_some_and(|n| gz::TITLE_HEADS.contains(n) || gz::TITLE_MODIFIERS.contains(n));
            return !title_next && gz::FUNCTION_WORDS.contains(&lw.as_str());
        }
        if gz::FUNCTION_WORDS.contains(&lw.as_str()) {
            return true;
        }
        if gz::ORG_HEADS.contains(&w) || gz::ORG_OPENERS.contains(&w) {
            return false;
        }
        self.lower.contains(&fold_hash(w))
            || lw.ends_with("ly")
            || lw.ends_with("ing")
            || (lw.ends_with("ed") && lw.len() > 4)
    }

    /// How the lone word at `k` is placed (see [`Placing`]).
    fn placing(&self, k: usize) -> Placing {
        let the_before = k > 0 && matches!(self.word(k - 1), "the" | "The");
        let p = if the_before && k > 1 {
            k - 2
        } else {
            k.wrapping_sub(1)
        };
        let prev = self.toks.get(p).filter(|t| t.word && !t.cap);
        if prev.is_some_and(|t| {
            let w = t.text(self.text);
            w != "of" && gz::LOCATIVE.contains(w)
        }) {
            return Placing::Locative;
        }
        // `the port of Kalvik`, `the city of Ostrel`: a place noun and `of` name a place.
        if p > 0
            && prev.is_some_and(|t| t.text(self.text) == "of")
            && self.toks[p - 1].word
            && PLACE_NOUNS.contains(&self.word(p - 1))
        {
            return Placing::Locative;
        }
        let next = self.toks.get(k + 1).filter(|t| {
            t.word && !t.cap && t.sentence() == self.toks[k].sentence() && !t.possessive
        });
        let noun_after = next.is_some_and(|t| {
            let w = t.text(self.text);
            !ACTOR_VERBS.contains(&w) && !gz::FUNCTION_WORDS.contains(w)
        });
        if the_before && noun_after && !self.toks[k].possessive {
            return Placing::Modifier;
        }
        Placing::Other
    }

    pub(super) fn title_or_org_follows(&self, k: usize, b: usize) -> bool {
        let w = clean(self.word(k));
        gz::TITLE_HEADS.contains(&self.word(k))
            || gz::TITLE_MODIFIERS.contains(&w)
            || gz::ORG_HEADS.contains(&w)
            || gz::ORG_OPENERS.contains(&w)
            || self.org_chunk(k, b)
            || (b - k <= 2
                && self.toks.get(b).is_some_and(|t| t.word && !t.cap)
                && gz::INSTITUTION_HEADS_LOWER.contains(self.word(b))
                && !gz::PEOPLE_NOUNS_LOWER.contains(&self.word(b)))
    }

    /// `Russian defense ministry`, `Russian peacekeepers`, `Russian government` after a polity
    /// that ends a chunk.
    pub(super) fn lower_institution(&mut self, first: usize, last: usize, polity: usize) {
        let n = self.toks.len();
        let sent = self.toks[last].sentence();
        let mut k = last + 1;
        let mut words = Vec::new();
        while k < n && self.toks[k].sentence() == sent && self.toks[k].word && words.len() < 4 {
            let w = self.word(k);
            if !w.chars().all(|c| c.is_lowercase() || c == '-') {
                break;
            }
            words.push(w);
            let phrase = words.join(" ");
            if gz::GOVERNMENT_WORDS.contains(&w) && words.len() == 1 {
                self.out.push(Mention::Polity {
                    polity,
                    span: self.span(first, k),
                    surface: self.surface(first, k),
                    acting: true,
                });
                return;
            }
            if let Some(&head) = gz::GROUP_HEADS_LOWER.get(phrase.as_str()) {
                // `Armenian police officers` are people of Armenia, not its police force.
                if k + 1 < n && gz::PEOPLE_NOUNS_LOWER.contains(&self.word(k + 1)) {
                    return;
                }
                self.group(first, k, polity, head);
                return;
            }
            if gz::INSTITUTION_HEADS_LOWER.contains(&w) {
                let id = &gz::polity(polity, &self.local).id;
                self.out.push(Mention::Org {
                    name: self.surface(first, k),
                    key: format!("{id}-{}", gz::slug(&phrase)),
                    span: self.span(first, k),
                    affiliation: Some(polity),
                    acronym: None,
                    capitalised: false,
                    short: None,
                });
                return;
            }
            if !gz::INSTITUTION_MODIFIERS_LOWER.contains(&w) {
                return;
            }
            k += 1;
        }
    }

    pub(super) fn group(&mut self, first: usize, last: usize, polity: usize, head: &str) {
        let id = &gz::polity(polity, &self.local).id;
        self.out.push(Mention::Org {
            name: self.surface(first, last),
            key: format!("{id}-{}", gz::slug(head)),
            span: self.span(first, last),
            affiliation: Some(polity),
            acronym: None,
            capitalised: false,
            short: None,
        });
    }

    /// Analyse `k..b` (after any polity prefix starting at `from`).
    pub(super) fn rest(&mut self, from: usize, k: usize, b: usize, affiliation: Option<usize>) {
        if k >= b {
            return;
        }
        let last_word = clean(self.word(b - 1));
        let first_word = self.word(k);
        // `University of ...`, `Colorado State University of the US`.
        let opener_of = b - k >= 3
            && (k..b - 2).any(|i| {
                let w = clean(self.word(i));
                (gz::ORG_OPENERS.contains(&w) || gz::ORG_HEADS.contains(&w))
                    && matches!(self.word(i + 1), "of" | "for" | "on")
            });
        // `the Malaysia Tourism board`: a country, a capitalised word, a lower-case
        // institution word.
        if let Some(p) = affiliation
            && b < self.toks.len()
            && self.toks[b].word
            && !self.toks[b].cap
            && self.toks[b].sentence() == self.toks[k].sentence()
            && gz::INSTITUTION_HEADS_LOWER.contains(self.word(b))
            && !gz::PEOPLE_NOUNS_LOWER.contains(&self.word(b))
        {
            let rest: Vec<&str> = (k..=b).map(|i| clean(self.word(i))).collect();
            self.out.push(Mention::Org {
                name: self.surface(from, b),
                key: format!(
                    "{}-{}",
                    gz::polity(p, &self.local).id,
                    gz::slug(&rest.join(" ").to_lowercase())
                ),
                span: self.span(from, b),
                affiliation,
                acronym: None,
                capitalised: false,
                short: Some(self.surface(k, b)),
            });
            return;
        }
        // A polity prefix and a group word: `Armenian Army`, `Russian Forces`.
        if let Some(p) = affiliation
            && b - k == 1
        {
            let lw = last_word.to_lowercase();
            if gz::GOVERNMENT_WORDS.contains(&lw.as_str()) {
                self.out.push(Mention::Polity {
                    polity: p,
                    span: self.span(from, b - 1),
                    surface: self.surface(from, b - 1),
                    acting: true,
                });
                return;
            }
            if let Some(&head) = gz::GROUP_HEADS_LOWER.get(lw.as_str()) {
                self.group(from, b - 1, p, head);
                return;
            }
        }
        if b - k == 1 && affiliation.is_none() && gz::ORG_HEADS.contains(&last_word) {
            // `the Church`, `the Court`: an institution named by its head word alone.
            if k > 0 && matches!(self.word(k - 1), "the" | "The") {
                self.out.push(Mention::InstRef {
                    head: last_word.to_lowercase(),
                    span: self.span(k - 1, k),
                    surface: self.surface(k - 1, k),
                    publication: self.word(k - 1) == "The" && gz::PUBLICATIONS.contains(last_word),
                });
            }
            return;
        }
        // `the company Hitwise`, `the newspaper Le Monde`.
        let org_noun_before =
            from > 0 && !self.toks[from - 1].cap && gz::ORG_NOUNS.contains(self.word(from - 1));
        if org_noun_before && self.gaz_at(k).is_none() && !gz::TITLE_HEADS.contains(first_word) {
            let name = self.surface(from, b - 1);
            self.out.push(Mention::Org {
                key: gz::slug(&name),
                name,
                span: self.span(from, b - 1),
                affiliation,
                acronym: self.parenthesised_acronym(b),
                capitalised: true,
                short: None,
            });
            return;
        }
        // `the Refugee Council Jane Roe`: an organisation, then a person's two-word name;
        // also after `University of ...` when the name is a person's (a given name first, or
        // the surname used again on its own: `University of Texas Arlington Amneh Jafari`).
        if affiliation.is_none()
            && b - k >= 4
            && !gz::TITLE_HEADS.contains(first_word)
            && !gz::ORG_HEADS.contains(clean(self.word(b - 1)))
            && (b - 2..b).all(|i| self.toks[i].cap && self.toks[i].word)
            && (gz::ORG_HEADS.contains(clean(self.word(b - 3)))
                || (self.org_chunk(k, b - 2) && self.trailing_person(b - 2, b)))
        {
            self.rest(from, k, b - 2, None);
            self.rest(b - 2, b - 2, b, None);
            return;
        }
        let title_end = self.title_end(k, b);
        // `Chairman of the Australian Centre for ...`: a role without a name, and an
        // organisation.
        if let Some((_, name_start)) = title_end
            && name_start >= b
            && let Some(c) = (k..b).find(|&i| matches!(self.word(i), "of" | "for"))
        {
            let mut c = c + 1;
            while c < b && self.is_connector(c) {
                c += 1;
            }
            if c < b && self.org_chunk(c, b) {
                self.rest(c, c, b, None);
                return;
            }
        }
        if gz::ORG_HEADS.contains(&last_word) && title_end.is_none_or(|(_, name)| name >= b)
            || opener_of
        {
            let name = self.surface(from, b - 1);
            let key = match affiliation {
                Some(p) => {
                    let rest: Vec<&str> = (k..b).map(|i| clean(self.word(i))).collect();
                    format!(
                        "{}-{}",
                        gz::polity(p, &self.local).id,
                        gz::slug(&rest.join(" "))
                    )
                }
                None => gz::slug(&name),
            };
            let acronym = self.parenthesised_acronym(b);
            let short = (from < k).then(|| self.surface(k, b - 1));
            self.out.push(Mention::Org {
                name,
                key,
                span: self.span(from, b - 1),
                affiliation,
                acronym,
                capitalised: true,
                short,
            });
            return;
        }
        if let Some((role_end, mut name_start)) = title_end {
            while name_start + 1 < b && gz::HONORIFICS.contains(&self.word(name_start)) {
                name_start += 1;
            }
            let role_words: Vec<&str> = (k..role_end).map(|i| self.word(i)).collect();
            let honorific_only = role_words.iter().all(|w| gz::HONORIFICS.contains(w));
            let role = (!honorific_only).then(|| {
                let s = self.span(k, role_end - 1);
                self.text[s.start..s.end].to_string()
            });
            if name_start >= b {
                if let Some(head) = role_words
                    .iter()
                    .rev()
                    .find_map(|w| gz::TITLE_HEADS.iter().find(|h| *h == w).copied())
                {
                    self.out.push(Mention::RoleRef {
                        head,
                        span: self.span(from, b - 1),
                        surface: self.surface(from, b - 1),
                        affiliation,
                    });
                }
                return;
            }
            // `CEO of the Refugee Council Jane Roe`: the organisation in the role is an actor.
            if let Some(c) = (k..role_end).find(|&i| matches!(self.word(i), "of" | "for")) {
                let mut c = c + 1;
                while c < role_end && self.is_connector(c) {
                    c += 1;
                }
                if c < role_end && self.org_chunk(c, role_end) {
                    self.rest(c, c, role_end, None);
                }
            }
            self.out.push(Mention::Person {
                name: self.surface(name_start, b - 1),
                span: self.span(name_start, b - 1),
                surface: self.surface(from, b - 1),
                role,
                affiliation,
                after_locative: false,
                evidence: true,
                body: None,
            });
            return;
        }
        if b - k == 1 {
            let w = self.word(k);
            let next = b;
            // `15 IQ points`, `a 40 MW plant`: initials between a number and a noun are a unit.
            let unit = k > 0
                && self.toks[k - 1].word
                && self
                    .word(k - 1)
                    .bytes()
                    .all(|c| c.is_ascii_digit() || c == b'.')
                && self
                    .toks
                    .get(next)
                    .is_some_and(|t| t.word && !t.cap && t.sentence() == self.toks[k].sentence());
            if unit && is_acronym(w) {
                return;
            }
            let before_place_noun = next < self.toks.len()
                && PLACE_NOUNS.contains(&self.word(next).to_lowercase().as_str());
            let speech = next < self.toks.len() && ACTOR_VERBS.contains(&self.word(next));
            let acronym =
                is_acronym(w) && !roman_numeral(w) && !w.chars().any(|c| c.is_ascii_digit());
            // Party initials defined nowhere (`The DPP has won`, `KMT will field`): an acronym
            // followed by an auxiliary or a past-tense verb is a sentence subject that acts.
            let subject = acronym
                && next < self.toks.len()
                && self.toks[next].word
                && !self.toks[next].cap
                && self.toks[next].sentence() == self.toks[k].sentence()
                && {
                    let v = self.word(next);
                    gz::MODALS.contains(v)
                        || matches!(v, "has" | "have" | "had")
                        || (v.ends_with("ed") && v.len() > 4)
                };
            let placing = self.placing(k);
            self.out.push(Mention::Single {
                placing,
                word: clean(w).to_string(),
                span: self.span(k, k),
                initial: self.toks[k].initial,
                after_locative: self.after_place_preposition(from),
                acronym,
                before_place_noun,
                acting: speech
                    || subject
                    || self.toks[k].possessive
                    || self.org_apposition(b)
                    || self.staff_after(b),
                appositive: self.org_apposition(b) || self.titled_possessor(k),
                ordinary: self.lower.contains(&fold_hash(w))
                    || gz::is_given_name(w)
                    || gz::PLACES.contains(clean(w))
                    || gz::PLACES.contains(w)
                    || w.chars().any(|c| c.is_ascii_digit()),
            });
            return;
        }
        let surface = self.surface(k, b - 1);
        if gz::PLACES.contains(&surface.as_str()) {
            return;
        }
        let acronym = self.parenthesised_acronym(b);
        if let Some(acr) = acronym {
            // `Korean Central News Agency (KCNA)`-like names without a known head.
            self.out.push(Mention::Org {
                name: surface.clone(),
                key: gz::slug(&surface),
                span: self.span(k, b - 1),
                affiliation,
                acronym: Some(acr),
                capitalised: true,
                short: None,
            });
            return;
        }
        // `Senate Majority Leader Chuck Schumer`: an institution's title before a name.
        if let Some(t) = (k + 1..b.saturating_sub(1)).take(3).find(|&i| {
            gz::TITLE_HEADS.contains(self.word(i)) && !gz::HONORIFICS.contains(self.word(i))
        }) && let Some((role_end, name_start)) = self.title_end(t, b)
            && name_start < b
            // Particles do not count: `Ursula von der Leyen` is a three-word name.
            && (name_start..b).filter(|&i| self.toks[i].cap).count() <= 3
            && self.could_be_person(name_start, b)
        {
            let s = self.span(k, role_end - 1);
            self.out.push(Mention::Person {
                name: self.surface(name_start, b - 1),
                span: self.span(name_start, b - 1),
                surface: self.surface(from, b - 1),
                role: Some(self.text[s.start..s.end].to_string()),
                affiliation,
                after_locative: false,
                evidence: true,
                body: None,
            });
            return;
        }
        // `Goldman Sachs economists`: a body, not a person.
        let members_after =
            b < self.toks.len() && !self.toks[b].cap && MEMBER_NOUNS.contains(&self.word(b));
        // `Real Madrid`, `Manchester City`: a place or country inside a name without a given
        // name makes it a body (a club, a company), not a person.
        let placed = || {
            (k..b).any(|i| {
                self.gaz_at(i).is_some_and(|(e, _)| e.form != Form::Demonym)
                    || gz::PLACES.contains(clean(self.word(i)))
            }) && self.could_be_person(k, b)
        };
        // `Paris Hilton said`: a two-word name opening with a country's or capital's name and
        // followed by a speech verb is a person's.
        let speaks = b - k == 2
            && self.gaz_at(k).is_some()
            && self
                .toks
                .get(b)
                .is_some_and(|t| t.word && ACTOR_VERBS.contains(&self.word(b)));
        let given = gz::is_given_name(first_word)
            || speaks
            || (k..b).any(|i| super::chunks::hyphenated_given_name(self.word(i)));
        if !given && (members_after || placed()) {
            self.out.push(Mention::Org {
                key: gz::slug(&surface),
                name: surface,
                span: self.span(k, b - 1),
                affiliation,
                acronym: None,
                capitalised: true,
                short: None,
            });
            return;
        }
        // `the Taipei City Lantern Festival`: `the` before a place prefix counts too.
        let mut run = k;
        while run > 0
            && self.toks[run - 1].word
            && self.toks[run - 1].cap
            && !is_the(self.word(run - 1))
            && self.toks[run - 1].sentence() == self.toks[k].sentence()
        {
            run -= 1;
        }
        let the_before = run < k && run > 0 && matches!(self.word(run - 1), "the" | "The");
        // `Group F`, `Unit 4`: an organisation's word and a letter or number name a body.
        let lettered = b - k == 2
            && gz::ORG_HEADS.contains(first_word)
            && clean(self.word(k + 1)).len() <= 2
            && clean(self.word(k + 1))
                .bytes()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
        // `PC World's analysis`, `BBC News said`: initials opening a name that acts.
        let initials_acting = b - k >= 2
            && is_acronym(first_word)
            && self.gaz_at(k).is_none()
            && (self.toks[b - 1].possessive
                || self
                    .toks
                    .get(b)
                    .is_some_and(|t| t.word && ACTOR_VERBS.contains(&self.word(b))));
        if lettered || (initials_acting && !the_before) {
            let name = self.surface(k, b - 1);
            self.out.push(Mention::Org {
                key: gz::slug(&name),
                name,
                span: self.span(k, b - 1),
                affiliation: None,
                acronym: None,
                capitalised: true,
                short: None,
            });
            return;
        }
        if !self.could_be_person(k, b) || the_before {
            return;
        }
        let evidence = self.person_evidence(k, b);
        let (role, role_affiliation) = self.lower_role_before(from);
        let role = role.or_else(|| self.apposition_role(b));
        self.out.push(Mention::Person {
            name: surface.clone(),
            span: self.span(k, b - 1),
            surface,
            evidence: evidence || role.is_some(),
            role,
            affiliation: affiliation.or(role_affiliation),
            // `analysts at Morgan Stanley`: after `at`, a name is a place or a body.
            after_locative: self.after_place_preposition(from)
                || (from > 0 && self.word(from - 1) == "at"),
            body: self
                .apposition_body(b)
                .or_else(|| self.body_before_role(from)),
        });
    }

    /// `Jane Roe, a spokeswoman for the firm,`: a role in an apposition whose complement is
    /// an organisation noun with `the` ties the person to the organisation named last before
    /// it in the same paragraph. Returns that organisation's key.
    fn apposition_body(&self, b: usize) -> Option<String> {
        let n = self.toks.len();
        if b + 4 >= n || self.word(b) != "," {
            return None;
        }
        let sent = self.toks[b].sentence();
        let role = (b + 1..(b + 6).min(n)).find(|&k| {
            self.toks[k].sentence() == sent
                && !self.toks[k].cap
                && LOWER_ROLES.contains(&self.word(k))
        })?;
        if role + 3 >= n
            || !matches!(self.word(role + 1), "for" | "of" | "at")
            || self.word(role + 2) != "the"
            || self.toks[role + 3].cap
            || !gz::ORG_NOUNS.contains(self.word(role + 3))
        {
            return None;
        }
        let para_start = self.text[..self.toks[b].start()]
            .rfind("\n")
            .map_or(0, |p| p + 1);
        self.out.iter().rev().find_map(|m| match m {
            Mention::Org {
                key,
                span,
                capitalised: true,
                ..
            } if span.start >= para_start => Some(key.clone()),
            _ => None,
        })
    }

    /// A role in an apposition right after a name: `Jane Roe, the Federal Reserve chair,`,
    /// `John Roe, a spokesman for the National Security Council`.
    fn apposition_role(&self, b: usize) -> Option<String> {
        let n = self.toks.len();
        if b + 2 >= n || self.word(b) != "," {
            return None;
        }
        let sent = self.toks[b].sentence();
        let mut k = b + 1;
        if matches!(
            self.word(k),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        ) {
            k += 1;
        }
        let start = k;
        let mut end = None;
        while k < n && k < start + 6 && self.toks[k].sentence() == sent && self.toks[k].word {
            let w = self.word(k);
            if !self.toks[k].cap && LOWER_ROLES.contains(&w) {
                end = Some(k);
                break;
            }
            if !self.toks[k].cap && !LOWER_ROLE_MODIFIERS.contains(&w) {
                return None;
            }
            k += 1;
        }
        let mut end = end?;
        // `for the National Security Council`: the body the role belongs to.
        if end + 2 < n && matches!(self.word(end + 1), "for" | "of" | "at") {
            let mut j = end + 2;
            while j < n && self.is_connector(j) {
                j += 1;
            }
            let mut last = None;
            while j < n && self.toks[j].sentence() == sent && self.toks[j].word && self.toks[j].cap
            {
                last = Some(j);
                j += 1;
            }
            if let Some(l) = last {
                end = l;
            }
        }
        let span = self.span(start, end);
        Some(self.text[span.start..span.end].to_string())
    }

    /// A lower-case role right before a name (`Nigerian envoy Ada Okafor`, `spokesman John
    /// Roe`, `Germany's economy minister, Jonas Weber`), with the country written before it.
    fn lower_role_before(&self, from: usize) -> (Option<String>, Option<usize>) {
        // `Germany's economy minister, Jonas Weber,`: the role may stand before a comma.
        let end = if from >= 2
            && self.word(from - 1) == ","
            && self.toks[from - 2].word
            && !self.toks[from - 2].cap
            && LOWER_ROLES.contains(&self.word(from - 2))
        {
            from - 1
        } else {
            from
        };
        let mut r = end;
        let mut head = false;
        while r > 0 && end - r < 3 {
            let t = &self.toks[r - 1];
            let w = self.word(r - 1);
            if !t.word || t.cap || t.sentence() != self.toks[from].sentence() {
                break;
            }
            if LOWER_ROLES.contains(&w) {
                head = true;
            } else if !(head && LOWER_ROLE_MODIFIERS.contains(&w)) {
                break;
            }
            r -= 1;
        }
        if !head {
            return (self.opening_descriptor(from), None);
        }
        // `Commission official Piet Maas`: the institution's word belongs to the role.
        let mut inst = false;
        if r > 0
            && self.toks[r - 1].cap
            && !self.toks[r - 1].possessive
            && self.toks[r - 1].sentence() == self.toks[from].sentence()
            && gz::ORG_HEADS.contains(self.word(r - 1))
        {
            r -= 1;
            inst = true;
        }
        let role_span = self.span(r, end - 1);
        let role = self.text[role_span.start..role_span.end].to_string();
        let affiliation = (r > 0)
            .then(|| {
                let last = r - 1;
                // `Washington University spokesperson`: a capital naming a body is no country.
                (last.saturating_sub(2)..=last)
                    .filter_map(|i| self.gaz_at(i))
                    .find(|&(e, l)| l == last && !(inst && e.form == Form::Capital))
                    .map(|(e, _)| e.polity)
            })
            .flatten();
        (Some(role), affiliation)
    }

    /// `KMT spokesman Ho Jian-ming`, `The World Bank's country director, Carolyn Turk`: the
    /// capitalised name (no country, possessive or not) right before a lower-case role that
    /// stands right before the name at `from`. Returns the organisation's key.
    fn body_before_role(&self, from: usize) -> Option<String> {
        let sent = self.toks[from].sentence();
        // `The World Bank's country director, Carolyn Turk`: the role may stand before a comma.
        let end = if from >= 2 && self.word(from - 1) == "," {
            from - 1
        } else {
            from
        };
        let mut r = end;
        while r > 0 && end - r < 3 {
            let t = &self.toks[r - 1];
            if !t.word || t.cap || t.sentence() != sent {
                break;
            }
            r -= 1;
        }
        if r == end || !LOWER_ROLES.contains(&self.word(end - 1)) {
            return None;
        }
        let mut s = r;
        while s > 0 && end - s < 8 {
            let t = &self.toks[s - 1];
            let polity = self
                .gaz_at(s - 1)
                .is_some_and(|(e, _)| e.form != Form::Capital);
            let the = is_the(self.word(s - 1));
            if !t.word || !t.cap || t.sentence() != sent || polity || the {
                break;
            }
            s -= 1;
        }
        // A country or body of the gazetteer (`The World Bank's`) is an affiliation already.
        if s > 0 && self.gaz_at(s - 1).is_some_and(|(_, l)| l >= s) {
            return None;
        }
        (s < r).then(|| gz::slug(&self.surface(s, r - 1)))
    }

    /// `Harbour master Ines Aldo said`, `Local fisherman Jorge Vidal said`: one to three words
    /// opening the sentence before a name that acts (a speech verb follows it) describe the
    /// person: lower case but for the sentence's first word, no function word among them.
    fn opening_descriptor(&self, from: usize) -> Option<String> {
        let sent = self.toks[from].sentence();
        let r = (from.saturating_sub(3)..from).find(|&r| self.toks[r].initial)?;
        let plain = (r..from).all(|i| {
            let t = &self.toks[i];
            let w = self.word(i);
            t.word
                && t.sentence() == sent
                && (i == r || !t.cap)
                && !gz::FUNCTION_WORDS.contains(w.to_lowercase().as_str())
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        });
        let mut b = from;
        while b < self.toks.len() && self.toks[b].cap && self.toks[b].sentence() == sent {
            b += 1;
        }
        let acts = b < self.toks.len() && ACTOR_VERBS.contains(&self.word(b));
        (plain && acts && !self.toks[r].possessive).then(|| {
            let span = self.span(r, from - 1);
            self.text[span.start..span.end].to_string()
        })
    }

    /// Whether capitalised words `k..b` can be a person's name at all: no digits or
    /// all-capital words (`Windows XP`), not after `the` (`the Chiang Kai Shek Memorial`),
    /// at most five words.
    pub(super) fn could_be_person(&self, k: usize, b: usize) -> bool {
        if b - k > 5 {
            return false;
        }
        // A subtitle mid-sentence (`in Counter-Strike: Global Offensive`): part of a title, not
        // a person (a label opening a line, `Image: Jane Roe`, names one).
        if k > 1
            && self.word(k - 1) == ":"
            && self.toks[k - 2].word
            && self.toks[k - 2].cap
            && !self.toks[k - 2].initial
            && self.toks[k - 2].end() == self.toks[k - 1].start()
            && self.toks[k - 2].sentence() == self.toks[k].sentence()
        {
            return false;
        }
        // A name given in quotation marks (`a robot named "Better Idea"`): a thing.
        if k > 1
            && matches!(self.word(k - 1), "\"" | "\u{201c}")
            && matches!(
                self.word(k - 2),
                "named" | "called" | "titled" | "entitled" | "dubbed" | "nicknamed"
            )
        {
            return false;
        }
        // `the Chiang Kai Shek Memorial`, `their Google Science Fair`: a thing, not a person.
        if k > 0
            && matches!(
                self.word(k - 1),
                "the" | "The" | "a" | "A" | "an" | "An" | "their" | "its" | "our" | "Their" | "Its"
            )
        {
            return false;
        }
        (k..b).all(|i| {
            let w = self.word(i);
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            let digits = w.chars().any(|c| c.is_ascii_digit());
            let all_caps = letters >= 2 && w.chars().all(|c| !c.is_lowercase());
            !digits && !all_caps
        })
    }

    /// Evidence that `k..b` names a person: a given name first, a speech verb, an apposition
    /// (`, 19,`), or a lower-case role noun before it (`musician Jane Roe`). Words also written
    /// in lower case in the text (`Nutrition Study`) count against it.
    pub(super) fn person_evidence(&self, k: usize, b: usize) -> bool {
        let given = gz::is_given_name(self.word(k));
        let common = (k..b)
            .filter(|&i| (i > k || !given) && self.toks[i].cap)
            .any(|i| self.lower.contains(&fold_hash(self.word(i))));
        if common {
            return false;
        }
        if given {
            return true;
        }
        let n = self.toks.len();
        if b < n && ACTOR_VERBS.contains(&self.word(b)) {
            return true;
        }
        if b + 1 < n && self.word(b) == "," {
            let next = self.word(b + 1);
            if next.chars().all(|c| c.is_ascii_digit()) || matches!(next, "who" | "whose") {
                return true;
            }
        }
        true
    }

    /// Where a title at `k` ends and the name after it starts, if `k` opens a title.
    pub(super) fn title_end(&self, k: usize, b: usize) -> Option<(usize, usize)> {
        let mut j = k;
        let mut head = false;
        while j < b {
            let w = self.word(j);
            if gz::TITLE_HEADS.contains(&w) {
                head = true;
            } else if !gz::TITLE_MODIFIERS.contains(&w) {
                break;
            }
            j += 1;
        }
        if !head {
            return None;
        }
        // `Secretary of State Antony Blinken`: the name is the last two words.
        if j < b && self.is_connector(j) && matches!(self.word(j), "of" | "for" | "on") {
            let name_len = if b >= 3 && self.word(b - 3).len() <= 2 && b - 3 > j + 1 {
                3
            } else {
                2
            };
            let start = b.saturating_sub(name_len);
            let named = b - j > name_len + 1
                && self.could_be_person(start, b)
                && self.person_evidence(start, b)
                && !(start..b).any(|i| gz::ORG_HEADS.contains(clean(self.word(i))));
            if named {
                return Some((start, start));
            }
            return Some((b, b));
        }
        Some((j, j))
    }

    /// Whether the two words `a..b` ending a longer name are a person's own name: a given
    /// name first, a speech verb after, or the surname written again on its own soon after
    /// (`Jafari said`).
    fn trailing_person(&self, a: usize, b: usize) -> bool {
        // A given name, or a speech verb right after (`... Relations Alia Salem said`).
        if gz::is_given_name(self.word(a))
            || self
                .toks
                .get(b)
                .is_some_and(|t| t.word && ACTOR_VERBS.contains(&self.word(b)))
        {
            return true;
        }
        let surname = clean(self.word(b - 1));
        let from = self.toks[b - 1].end();
        let mut end = self.text.len().min(from + 4000);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let window = &self.text[from..end];
        window.match_indices(surname).any(|(i, _)| {
            let bounded = window[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
                && window[i + surname.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric());
            // Not inside another name: the word before is no capitalised word of the phrase.
            let prev = window[..i].trim_end().rsplit(char::is_whitespace).next();
            let in_name = prev.is_some_and(|w| {
                w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',', ';', ':'])
            });
            bounded && !in_name
        })
    }

    /// `Labour's Shadow Home Secretary`, `Acme's chief executive`: a lone word owning a title
    /// or a role names a body, even at a sentence start.
    fn titled_possessor(&self, k: usize) -> bool {
        let Some(next) = self.toks.get(k + 1) else {
            return false;
        };
        if !self.toks[k].possessive || !next.word || next.sentence() != self.toks[k].sentence() {
            return false;
        }
        let w = clean(self.word(k + 1));
        if next.cap {
            // `Labour's Shadow Home Secretary`: a title within the next few capitalised words.
            self.toks[k + 1..]
                .iter()
                .take(4)
                .take_while(|t| t.word && t.cap && t.sentence() == next.sentence())
                .any(|t| gz::TITLE_HEADS.contains(clean(t.text(self.text))))
        } else {
            LOWER_ROLES.contains(&w) || LOWER_ROLE_MODIFIERS.contains(&w)
        }
    }

    /// `, the national grid operator,` right after token `b - 1`: an organisation noun in an
    /// apposition.
    pub(super) fn org_apposition(&self, b: usize) -> bool {
        if b >= self.toks.len() || self.word(b) != "," {
            return false;
        }
        let sent = self.toks[b].sentence();
        let mut k = b + 1;
        while k < self.toks.len() && k <= b + 7 && self.toks[k].sentence() == sent {
            let w = self.word(k);
            if w == "," {
                return false;
            }
            if !self.toks[k].cap && gz::ORG_NOUNS.contains(w) {
                return true;
            }
            k += 1;
        }
        false
    }

    /// `Acme chief executive Jane Roe`, `Acme economists`: a lower-case staff word right after.
    pub(super) fn staff_after(&self, b: usize) -> bool {
        b < self.toks.len()
            && self.toks[b].word
            && !self.toks[b].cap
            && (MEMBER_NOUNS.contains(&self.word(b)) || STAFF_WORDS.contains(&self.word(b)))
    }

    /// `(KCNA)` right after token `b - 1`.
    pub(super) fn parenthesised_acronym(&self, b: usize) -> Option<String> {
        let n = self.toks.len();
        if b + 2 < n
            && self.word(b) == "("
            && self.word(b + 2) == ")"
            && is_acronym(self.word(b + 1))
        {
            return Some(self.word(b + 1).to_string());
        }
        None
    }
}
