//! Reading capitalised chunks and gazetteer hits into typed mentions.

use super::super::Span;
use super::super::gazetteer::{self as gz, Form, POLITIES};
use super::super::tokens::Token;

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
        /// Followed by an apposition naming an organisation (`Acme, the grid operator,`).
        appositive: bool,
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

/// Lower-case nouns after which a capitalised word is a place (`Karabakh region`).
const PLACE_NOUNS: &[&str] = &[
    "region",
    "province",
    "city",
    "county",
    "district",
    "state",
    "area",
    "valley",
    "river",
    "mountains",
    "village",
    "town",
    "capital",
    "border",
    "coast",
    "island",
    "islands",
    "peninsula",
    "street",
    "road",
    "avenue",
    "square",
    "airport",
    "port",
    "lake",
    "sea",
    "bay",
    "desert",
    "corridor",
    "enclave",
    "territory",
    "oblast",
    "governorate",
];

/// Lower-case nouns that introduce a person's name (`musician Jane Roe`).
const ROLE_NOUNS: &[&str] = &[
    "musician",
    "actor",
    "actress",
    "writer",
    "author",
    "novelist",
    "poet",
    "director",
    "founder",
    "co-founder",
    "creator",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "minister",
    "president",
    "chairman",
    "chairwoman",
    "ceo",
    "coach",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "player",
    "manager",
    "singer",
    "artist",
    "journalist",
    "reporter",
    "editor",
    "lawyer",
    "attorney",
    "professor",
    "researcher",
    "scientist",
    "student",
    "analyst",
    "expert",
    "official",
    "leader",
    "member",
    "father",
    "mother",
    "son",
    "daughter",
    "wife",
    "husband",
    "brother",
    "sister",
    "friend",
    "teacher",
    "doctor",
    "nurse",
    "engineer",
    "economist",
    "historian",
    "philosopher",
    "activist",
    "blogger",
    "host",
    "presenter",
    "producer",
    "designer",
    "photographer",
    "candidate",
    "senator",
    "governor",
    "mayor",
    "ambassador",
    "envoy",
    "secretary",
    "adviser",
    "advisor",
    "officer",
    "sergeant",
    "captain",
    "colonel",
    "general",
    "judge",
    "prosecutor",
    "detective",
    "sheriff",
    "chief",
    "head",
    "boss",
    "owner",
    "partner",
    "colleague",
    "resident",
    "citizen",
    "victim",
    "suspect",
    "defector",
    "critic",
    "comedian",
    "rapper",
    "dancer",
    "entrepreneur",
    "investor",
    "by",
    "with",
    "told",
    "dr.",
    "mr.",
    "mrs.",
    "ms.",
];

/// Lower-case nouns for members of a body: `Acme economists` makes `Acme` a body.
const MEMBER_NOUNS: &[&str] = &[
    "economists",
    "analysts",
    "officials",
    "executives",
    "employees",
    "workers",
    "staff",
    "lawyers",
    "researchers",
    "scientists",
    "engineers",
    "shareholders",
    "investors",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "representatives",
    "members",
    "leaders",
    "chief",
    "director",
    "boss",
    "board",
    "management",
    "officers",
    "agents",
    "volunteers",
    "students",
    "players",
    "fans",
    "users",
    "customers",
    "subscribers",
    "members'",
];

/// Lower-case role words that follow an organisation's name (`Acme co-founder Jane Roe`).
const STAFF_WORDS: &[&str] = &[
    "chief",
    "executive",
    "founder",
    "co-founder",
    "creator",
    "president",
    "chairman",
    "chairwoman",
    "ceo",
    "head",
    "owner",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "manager",
    "editor",
    "lawyer",
    "attorney",
    "analyst",
    "economist",
];

/// The most tokens one name may span (`Special Representative for the South Caucasus ...`).
const MAX_CHUNK: usize = 16;

/// Lower-case institution words that refer back to an organisation (`the ministry`).
const INSTITUTION_WORDS: &[&str] = &[
    "ministry",
    "agency",
    "presidency",
    "company",
    "university",
    "department",
    "committee",
    "commission",
    "council",
    "organization",
    "organisation",
    "church",
    "party",
    "firm",
    "group",
];

/// First words of role references and institution words, to skip most `the`s at once.
static REF_FIRST_WORDS: std::sync::LazyLock<gz::FastSet<String>> = std::sync::LazyLock::new(|| {
    gz::ROLE_REFERENCES
        .iter()
        .filter_map(|(p, _)| p.split(' ').next())
        .chain(INSTITUTION_WORDS.iter().copied())
        .flat_map(|w| {
            let mut cap = w[..1].to_uppercase();
            cap.push_str(&w[1..]);
            [w.to_string(), cap]
        })
        .collect()
});

/// Verbs after which a lone capitalised word is acting (`Google said`).
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "announced",
    "added",
    "stated",
    "wrote",
    "reported",
    "claimed",
    "denied",
    "confirmed",
    "argued",
    "insisted",
    "warned",
    "noted",
    "explained",
    "asked",
    "spoke",
    "speaks",
    "tweeted",
    "replied",
    "responded",
    "commented",
    "launched",
    "released",
    "published",
    "revealed",
    "acknowledged",
    "admitted",
    "agreed",
    "estimated",
    "found",
    "filed",
    "sued",
    "urged",
    "called",
    "declined",
    "refused",
    "criticized",
    "criticised",
];

struct Ctx<'t> {
    text: &'t str,
    toks: &'t [Token],
    /// Per token: the gazetteer entry starting there and the index of its last token.
    /// Gazetteer hits by first token (sparse: most tokens have none).
    gaz: gz::FastMap<usize, (gz::Entry, usize)>,
    /// Per token: whether `gaz` holds a hit starting there (skips the hash for most tokens).
    gaz_mask: Vec<bool>,
    /// Lower-case words of the text, to tell `Clashes` (also written `clashes`) from a name.
    /// Case-folded hashes of capitalised words that also occur in lower case.
    lower: gz::FastSet<u64>,
    out: Vec<Mention>,
}

/// A hash of `word` in lower case, without allocating.
fn fold_hash(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut h = gz::fast_hash::FastHasher::default();
    if word.is_ascii() {
        // Eight bytes at a time, upper-case letters folded.
        for chunk in word.as_bytes().chunks(8) {
            let mut w = [0u8; 8];
            for (d, &b) in w.iter_mut().zip(chunk) {
                *d = b.to_ascii_lowercase();
            }
            h.write_u64(u64::from_le_bytes(w));
        }
        return h.finish();
    }
    for c in word.chars() {
        if c.is_ascii() {
            h.write_u8(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                h.write_u32(l as u32);
            }
        }
    }
    h.finish()
}

/// Capitalised words (`Clashes`) that the text also writes in lower case (`clashes`): ordinary
/// words, not names. Only capitalised words are hashed into the set, lower-case words are only
/// looked up, which keeps this cheap on long texts.
fn lower_case_twins(text: &str, toks: &[Token]) -> gz::FastSet<u64> {
    // A cheap filter before hashing: (first letter, length) -> bit set of last bytes, from the
    // capitalised words; most lower-case words fail it.
    let mut seen = vec![0u64; 32 * 64];
    let key = |t: &Token| {
        let b = text.as_bytes();
        let first = usize::from(b[t.start].to_ascii_lowercase() & 31);
        let len = (t.end - t.start).min(63);
        let last = b[t.end - 1].to_ascii_lowercase() & 63;
        (first * 64 + len, 1u64 << last)
    };
    let mut caps: gz::FastSet<u64> = gz::FastSet::default();
    for t in toks.iter().filter(|t| t.word && t.cap) {
        let (slot, bit) = key(t);
        seen[slot] |= bit;
        caps.insert(fold_hash(t.text(text)));
    }
    let mut out = gz::FastSet::default();
    for t in toks
        .iter()
        .filter(|t| t.word && !t.cap && t.end - t.start > 2)
    {
        let (slot, bit) = key(t);
        if seen[slot] & bit != 0 {
            let h = fold_hash(t.text(text));
            if caps.contains(&h) {
                out.insert(h);
            }
        }
    }
    out
}

/// Read every mention in `text`, in text order.
pub fn read(text: &str, toks: &[Token]) -> Vec<Mention> {
    let mut cx = Ctx {
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
    cx.out
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (2..=6).contains(&letters)
        && w.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
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
            start: self.toks[a].start,
            end: self.toks[b].end,
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
        for m in g.automaton.find_iter(self.text) {
            while t < self.toks.len() && self.toks[t].start < m.start() {
                t += 1;
            }
            if t >= self.toks.len() {
                break;
            }
            if self.toks[t].start != m.start() || !self.toks[t].word {
                continue;
            }
            let entry = g.entries[m.pattern().as_usize()];
            // `US$ 20,000` is money, not the country.
            if self.text[m.end()..].starts_with('$') {
                continue;
            }
            let mut last = t;
            while last + 1 < self.toks.len() && self.toks[last].end < m.end() {
                last += 1;
            }
            let tok_end = self.toks[last].end;
            if tok_end == m.end()
                || (tok_end == m.end() + 1 && self.text[m.end()..].starts_with('.'))
            {
                self.gaz.insert(t, (entry, last));
                self.gaz_mask[t] = true;
            } else if tok_end > m.end()
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
        }
    }

    /// A demonym used as a noun for the people (`Armenians`), not as an adjective.
    fn people_noun(&self, last: usize) -> bool {
        let w = self.word(last);
        let next_is_word = self
            .toks
            .get(last + 1)
            .is_some_and(|t| t.word && t.sentence == self.toks[last].sentence && !t.cap);
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

    fn namey(&self, i: usize) -> bool {
        let t = &self.toks[i];
        if !t.word {
            return false;
        }
        if self.gaz_at(i).is_some() {
            return true;
        }
        if !t.cap {
            return false;
        }
        let w = self.word(i);
        if gz::NAME_ADJECTIVES.contains(&w) {
            // Only as part of a longer name; `chunk` drops it unless an organisation follows.
            return self
                .toks
                .get(i + 1)
                .is_some_and(|n| n.word && n.cap && n.sentence == t.sentence);
        }
        if gz::CALENDAR.contains(&w) || gz::NOT_NAMES.contains(&w) {
            return false;
        }
        // `Moscow-brokered`, `Russian-backed`: adjectives, not names.
        if let Some(pos) = w.rfind('-') {
            let tail = &w[pos + 1..];
            if tail.starts_with(|c: char| c.is_lowercase())
                && (tail.ends_with("ed") || tail.ends_with("ing") || tail.len() > 4)
            {
                return false;
            }
        }
        !w.chars().all(|c| c.is_ascii_digit())
    }

    fn is_connector(&self, i: usize) -> bool {
        let t = &self.toks[i];
        let w = self.word(i);
        (t.word && !t.cap && (gz::NAME_CONNECTORS.contains(&w) || gz::NAME_PARTICLES.contains(&w)))
            || w == "&"
    }

    /// Whether the chunk may go on over a connector after token `prev` (`Secretary of State`,
    /// `University of ...`, `Ludwig van Beethoven`), given the chunk's first token.
    fn connector_allowed(&self, first: usize, prev: usize, conn: usize) -> bool {
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
    fn chunk_end(&self, i: usize) -> usize {
        let n = self.toks.len();
        let sent = self.toks[i].sentence;
        let mut last = self.gaz_at(i).map_or(i, |(_, l)| l);
        loop {
            let next = last + 1;
            // No name runs this long; the cap bounds the work (and recursion) per chunk.
            if next >= n || self.toks[next].sentence != sent || next - i >= MAX_CHUNK {
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
            if self.is_connector(next) && self.connector_allowed(i, last, next) {
                // Connectors may be followed by `the` (`Representative for the South Caucasus`).
                let mut k = next + 1;
                while k < n
                    && self.toks[k].sentence == sent
                    && matches!(self.word(k), "the" | "al" | "el")
                {
                    k += 1;
                }
                if k < n && self.toks[k].sentence == sent && self.namey(k) && self.toks[k].cap {
                    last = self.gaz_at(k).map_or(k, |(_, l)| l);
                    continue;
                }
            }
            break;
        }
        last + 1
    }

    /// Whether a place preposition comes before token `i`, only counting words that rarely come before a person
    /// (`in`, `near`; not `from` or `to`, as in `a pass from Jane Roe`).
    fn after_place_preposition(&self, i: usize) -> bool {
        i > 0 && {
            let p = self.word(i - 1);
            let p = if matches!(p, "the" | "The") && i > 1 {
                self.word(i - 2)
            } else {
                p
            };
            matches!(
                p.to_lowercase().as_str(),
                "in" | "near"
                    | "into"
                    | "across"
                    | "outside"
                    | "inside"
                    | "around"
                    | "throughout"
                    | "within"
                    | "towards"
                    | "toward"
            )
        }
    }

    /// Analyse the chunk of tokens `a..b`.
    fn chunk(&mut self, a: usize, b: usize) {
        let mut k = a;
        // Sentence-initial capitals that are ordinary words: `Through`, `Meanwhile`, `Clashes`.
        while k < b
            && self.gaz_at(k).is_none()
            && (self.toks[k].initial || k > a)
            && k == a
            && self.ordinary_initial(k)
        {
            k += 1;
        }
        while k < b && self.is_connector(k) {
            k += 1;
        }
        if k < b && gz::NAME_ADJECTIVES.contains(&self.word(k)) && !self.org_chunk(k, b) {
            k += 1;
            while k < b && gz::NAME_ADJECTIVES.contains(&self.word(k)) {
                k += 1;
            }
        }
        if k >= b {
            return;
        }
        let mut affiliation = None;
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
        self.rest(k, k, b, affiliation);
    }

    /// Whether `k..b` reads as an organisation's name: an organisation word last, or one
    /// followed by `of`/`for`/`on` (`University of ...`), or an acronym given in parentheses.
    fn org_chunk(&self, k: usize, b: usize) -> bool {
        gz::ORG_HEADS.contains(clean(self.word(b - 1)))
            || (b - k >= 3
                && (k..b - 2).any(|i| {
                    let w = clean(self.word(i));
                    (gz::ORG_OPENERS.contains(w) || gz::ORG_HEADS.contains(w))
                        && matches!(self.word(i + 1), "of" | "for" | "on")
                }))
            || self.parenthesised_acronym(b).is_some()
    }

    fn ordinary_initial(&self, k: usize) -> bool {
        let w = self.word(k);
        let lw = w.to_lowercase();
        if gz::TITLE_HEADS.contains(&w) || gz::TITLE_MODIFIERS.contains(&w) {
            return false;
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

    fn title_or_org_follows(&self, k: usize, b: usize) -> bool {
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
    fn lower_institution(&mut self, first: usize, last: usize, polity: usize) {
        let n = self.toks.len();
        let sent = self.toks[last].sentence;
        let mut k = last + 1;
        let mut words = Vec::new();
        while k < n && self.toks[k].sentence == sent && self.toks[k].word && words.len() < 4 {
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
            if let Some(&(_, head)) = gz::GROUP_HEADS_LOWER.iter().find(|(p, _)| *p == phrase) {
                // `Armenian police officers` are people of Armenia, not its police force.
                if k + 1 < n && gz::PEOPLE_NOUNS_LOWER.contains(&self.word(k + 1)) {
                    return;
                }
                self.group(first, k, polity, head);
                return;
            }
            if gz::INSTITUTION_HEADS_LOWER.contains(&w) {
                let id = &POLITIES.polities[polity].id;
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

    fn group(&mut self, first: usize, last: usize, polity: usize, head: &str) {
        let id = &POLITIES.polities[polity].id;
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
    fn rest(&mut self, from: usize, k: usize, b: usize, affiliation: Option<usize>) {
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
            && self.toks[b].sentence == self.toks[k].sentence
            && gz::INSTITUTION_HEADS_LOWER.contains(self.word(b))
            && !gz::PEOPLE_NOUNS_LOWER.contains(&self.word(b))
        {
            let rest: Vec<&str> = (k..=b).map(|i| clean(self.word(i))).collect();
            self.out.push(Mention::Org {
                name: self.surface(from, b),
                key: format!(
                    "{}-{}",
                    POLITIES.polities[p].id,
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
            if let Some(&(_, head)) = gz::GROUP_HEADS_LOWER.iter().find(|(w, _)| *w == lw) {
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
        // `the Refugee Council Jane Roe`: an organisation, then a person's two-word name.
        if affiliation.is_none()
            && b - k >= 4
            && !gz::TITLE_HEADS.contains(first_word)
            && gz::ORG_HEADS.contains(clean(self.word(b - 3)))
            && !gz::ORG_HEADS.contains(clean(self.word(b - 1)))
            && (b - 2..b).all(|i| self.toks[i].cap)
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
                    format!("{}-{}", POLITIES.polities[p].id, gz::slug(&rest.join(" ")))
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
            });
            return;
        }
        if b - k == 1 {
            let w = self.word(k);
            let next = b;
            let before_place_noun = next < self.toks.len()
                && PLACE_NOUNS.contains(&self.word(next).to_lowercase().as_str());
            let speech = next < self.toks.len() && SPEECH.contains(&self.word(next));
            let roman = w
                .chars()
                .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'M'));
            self.out.push(Mention::Single {
                word: clean(w).to_string(),
                span: self.span(k, k),
                initial: self.toks[k].initial,
                after_locative: self.after_place_preposition(from),
                acronym: is_acronym(w) && !roman,
                before_place_noun,
                acting: speech
                    || self.toks[k].possessive
                    || self.org_apposition(b)
                    || self.staff_after(b),
                appositive: self.org_apposition(b),
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
            && b - name_start <= 3
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
            });
            return;
        }
        let members_after =
            b < self.toks.len() && !self.toks[b].cap && MEMBER_NOUNS.contains(&self.word(b));
        if members_after && !gz::is_given_name(first_word) {
            // `Goldman Sachs economists`: a body, not a person.
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
        // `Real Madrid`, `Manchester City`: a place or country inside a name without a given
        // name makes it a body (a club, a company), not a person.
        let placed = (k..b).any(|i| {
            self.gaz_at(i).is_some_and(|(e, _)| e.form != Form::Demonym)
                || gz::PLACES.contains(clean(self.word(i)))
        });
        if placed && !gz::is_given_name(first_word) && self.could_be_person(k, b) {
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
        if !self.could_be_person(k, b) {
            return;
        }
        let evidence = self.person_evidence(k, b);
        self.out.push(Mention::Person {
            name: surface.clone(),
            span: self.span(k, b - 1),
            surface,
            role: None,
            affiliation,
            // `analysts at Morgan Stanley`: after `at`, a name is a place or a body.
            after_locative: self.after_place_preposition(from)
                || (from > 0 && self.word(from - 1) == "at"),
            evidence,
        });
    }

    /// Whether capitalised words `k..b` can be a person's name at all: no digits or
    /// all-capital words (`Windows XP`), not after `the` (`the Chiang Kai Shek Memorial`),
    /// at most five words.
    fn could_be_person(&self, k: usize, b: usize) -> bool {
        if b - k > 5 {
            return false;
        }
        if k > 0 && matches!(self.word(k - 1), "the" | "The" | "a" | "A" | "an" | "An") {
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
    fn person_evidence(&self, k: usize, b: usize) -> bool {
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
        if b < n && SPEECH.contains(&self.word(b)) {
            return true;
        }
        if b + 1 < n && self.word(b) == "," {
            let next = self.word(b + 1);
            if next.chars().all(|c| c.is_ascii_digit()) || matches!(next, "who" | "whose") {
                return true;
            }
        }
        let _ = ROLE_NOUNS;
        true
    }

    /// Where a title at `k` ends and the name after it starts, if `k` opens a title.
    fn title_end(&self, k: usize, b: usize) -> Option<(usize, usize)> {
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

    /// `, the national grid operator,` right after token `b - 1`: an organisation noun in an
    /// apposition.
    fn org_apposition(&self, b: usize) -> bool {
        if b >= self.toks.len() || self.word(b) != "," {
            return false;
        }
        let sent = self.toks[b].sentence;
        let mut k = b + 1;
        while k < self.toks.len() && k <= b + 7 && self.toks[k].sentence == sent {
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
    fn staff_after(&self, b: usize) -> bool {
        b < self.toks.len()
            && self.toks[b].word
            && !self.toks[b].cap
            && (MEMBER_NOUNS.contains(&self.word(b)) || STAFF_WORDS.contains(&self.word(b)))
    }

    /// `(KCNA)` right after token `b - 1`.
    fn parenthesised_acronym(&self, b: usize) -> Option<String> {
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

    /// `the president`, `the head of state`, `The ministry` at token `i`.
    fn role_or_institution_ref(&mut self, i: usize) -> Option<usize> {
        if !matches!(self.word(i), "the" | "The") {
            return None;
        }
        let n = self.toks.len();
        if i + 1 >= n || !self.toks[i + 1].word || !REF_FIRST_WORDS.contains(self.word(i + 1)) {
            return None;
        }
        let sent = self.toks[i].sentence;
        let mut best: Option<(usize, &'static str)> = None;
        let mut phrase = String::new();
        let mut k = i + 1;
        while k < n && k <= i + 3 && self.toks[k].sentence == sent && self.toks[k].word {
            let w = self.word(k);
            if self.toks[k].cap && k > i + 1 {
                break;
            }
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(&w.to_lowercase());
            if let Some(&(_, head)) = gz::ROLE_REFERENCES.iter().find(|(p, _)| *p == phrase) {
                best = Some((k, head));
            }
            if self.toks[k].possessive {
                break;
            }
            k += 1;
        }
        if let Some((end, head)) = best {
            // `the president of the club` or `the President Trump`: not a bare reference.
            let next_cap = end + 1 < n && self.toks[end + 1].cap && self.toks[end + 1].word;
            if next_cap {
                return None;
            }
            self.out.push(Mention::RoleRef {
                head,
                span: self.span(i, end),
                surface: self.surface(i, end),
                affiliation: None,
            });
            return Some(end + 1);
        }
        let k = i + 1;
        if k < n && self.toks[k].word && !self.toks[k].cap {
            let w = self.word(k);
            if INSTITUTION_WORDS.contains(&w) {
                self.out.push(Mention::InstRef {
                    head: w.to_string(),
                    span: self.span(i, k),
                    surface: self.surface(i, k),
                    publication: false,
                });
                return Some(k + 1);
            }
        }
        None
    }
}
