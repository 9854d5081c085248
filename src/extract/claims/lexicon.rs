//! Word lists for attribution: cue verbs with their stance, the words a source noun phrase is
//! made of, and the loaded terms and event nouns used by assertions and disputes.
//!
//! Every lookup takes an ASCII-lowercased word (see [`lower`]) and is a `match`, so the compiler
//! turns it into a few length and byte comparisons: no allocation, no hashing per token.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::extract::Stance;

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

/// Cue verbs: word, stance, class.
const CUES: &[(&str, Stance, CueClass)] = &[
    ("said", Stance::Assert, CueClass::General),
    ("says", Stance::Assert, CueClass::General),
    ("say", Stance::Assert, CueClass::General),
    ("added", Stance::Assert, CueClass::General),
    ("adds", Stance::Assert, CueClass::General),
    ("stated", Stance::Assert, CueClass::General),
    ("states", Stance::Assert, CueClass::General),
    ("announced", Stance::Assert, CueClass::General),
    ("announces", Stance::Assert, CueClass::General),
    ("told", Stance::Assert, CueClass::General),
    ("tells", Stance::Assert, CueClass::General),
    ("tell", Stance::Assert, CueClass::General),
    ("declared", Stance::Assert, CueClass::General),
    ("declares", Stance::Assert, CueClass::General),
    ("noted", Stance::Assert, CueClass::General),
    ("notes", Stance::Assert, CueClass::General),
    ("explained", Stance::Assert, CueClass::General),
    ("explains", Stance::Assert, CueClass::General),
    ("asserted", Stance::Assert, CueClass::General),
    ("asserts", Stance::Assert, CueClass::General),
    ("insisted", Stance::Assert, CueClass::General),
    ("insists", Stance::Assert, CueClass::General),
    ("argued", Stance::Assert, CueClass::General),
    ("argues", Stance::Assert, CueClass::General),
    ("maintained", Stance::Assert, CueClass::General),
    ("maintains", Stance::Assert, CueClass::General),
    ("observed", Stance::Assert, CueClass::General),
    ("emphasized", Stance::Assert, CueClass::General),
    ("emphasised", Stance::Assert, CueClass::General),
    ("emphasizes", Stance::Assert, CueClass::General),
    ("emphasises", Stance::Assert, CueClass::General),
    ("stressed", Stance::Assert, CueClass::General),
    ("stresses", Stance::Assert, CueClass::General),
    ("revealed", Stance::Assert, CueClass::General),
    ("reveals", Stance::Assert, CueClass::General),
    ("warned", Stance::Assert, CueClass::General),
    ("warns", Stance::Assert, CueClass::General),
    ("reiterated", Stance::Assert, CueClass::General),
    ("reiterates", Stance::Assert, CueClass::General),
    ("remarked", Stance::Assert, CueClass::General),
    ("reported", Stance::Assert, CueClass::General),
    ("predicted", Stance::Hedge, CueClass::General),
    ("predicts", Stance::Hedge, CueClass::General),
    ("reasoned", Stance::Assert, CueClass::General),
    ("wrote", Stance::Assert, CueClass::QuoteOnly),
    ("writes", Stance::Assert, CueClass::QuoteOnly),
    ("continued", Stance::Assert, CueClass::QuoteOnly),
    ("continues", Stance::Assert, CueClass::QuoteOnly),
    ("commented", Stance::Assert, CueClass::QuoteOnly),
    ("comments", Stance::Assert, CueClass::QuoteOnly),
    ("tweeted", Stance::Assert, CueClass::QuoteOnly),
    ("replied", Stance::Assert, CueClass::QuoteOnly),
    ("replies", Stance::Assert, CueClass::QuoteOnly),
    ("responded", Stance::Assert, CueClass::QuoteOnly),
    ("responds", Stance::Assert, CueClass::QuoteOnly),
    ("recalled", Stance::Assert, CueClass::QuoteOnly),
    ("recalls", Stance::Assert, CueClass::QuoteOnly),
    ("answered", Stance::Assert, CueClass::QuoteOnly),
    ("posted", Stance::Assert, CueClass::QuoteOnly),
    ("found", Stance::Assert, CueClass::ThatOnly),
    ("concluded", Stance::Assert, CueClass::ThatOnly),
    ("concludes", Stance::Assert, CueClass::ThatOnly),
    ("showed", Stance::Assert, CueClass::ThatOnly),
    ("shows", Stance::Assert, CueClass::ThatOnly),
    ("expressed", Stance::Assert, CueClass::Expressed),
    ("expresses", Stance::Assert, CueClass::Expressed),
    ("voiced", Stance::Assert, CueClass::Expressed),
    ("pointed", Stance::Assert, CueClass::Pointed),
    ("points", Stance::Assert, CueClass::Pointed),
    ("described", Stance::Assert, CueClass::Described),
    ("describes", Stance::Assert, CueClass::Described),
    ("describe", Stance::Assert, CueClass::Described),
    ("characterized", Stance::Assert, CueClass::Described),
    ("characterised", Stance::Assert, CueClass::Described),
    ("called", Stance::Urge, CueClass::Called),
    ("calls", Stance::Urge, CueClass::Called),
    ("denied", Stance::Deny, CueClass::General),
    ("denies", Stance::Deny, CueClass::General),
    ("deny", Stance::Deny, CueClass::General),
    ("dismissed", Stance::Deny, CueClass::General),
    ("dismisses", Stance::Deny, CueClass::General),
    ("rejected", Stance::Deny, CueClass::General),
    ("rejects", Stance::Deny, CueClass::General),
    ("refuted", Stance::Deny, CueClass::General),
    ("refutes", Stance::Deny, CueClass::General),
    ("disputed", Stance::Deny, CueClass::General),
    ("contested", Stance::Deny, CueClass::General),
    ("rebuffed", Stance::Deny, CueClass::General),
    ("confirmed", Stance::Confirm, CueClass::General),
    ("confirms", Stance::Confirm, CueClass::General),
    ("confirm", Stance::Confirm, CueClass::General),
    ("acknowledged", Stance::Confirm, CueClass::General),
    ("acknowledges", Stance::Confirm, CueClass::General),
    ("verified", Stance::Confirm, CueClass::General),
    ("verifies", Stance::Confirm, CueClass::General),
    ("admitted", Stance::Confirm, CueClass::General),
    ("admits", Stance::Confirm, CueClass::General),
    ("conceded", Stance::Confirm, CueClass::General),
    ("concedes", Stance::Confirm, CueClass::General),
    ("urged", Stance::Urge, CueClass::General),
    ("urges", Stance::Urge, CueClass::General),
    ("urge", Stance::Urge, CueClass::General),
    ("appealed", Stance::Urge, CueClass::General),
    ("appeals", Stance::Urge, CueClass::General),
    ("demanded", Stance::Urge, CueClass::General),
    ("demands", Stance::Urge, CueClass::General),
    ("pleaded", Stance::Urge, CueClass::General),
    ("implored", Stance::Urge, CueClass::General),
    ("accused", Stance::Accuse, CueClass::General),
    ("accuses", Stance::Accuse, CueClass::General),
    ("accuse", Stance::Accuse, CueClass::General),
    ("blamed", Stance::Accuse, CueClass::General),
    ("blames", Stance::Accuse, CueClass::General),
    ("condemned", Stance::Accuse, CueClass::General),
    ("condemns", Stance::Accuse, CueClass::General),
    ("denounced", Stance::Accuse, CueClass::General),
    ("denounces", Stance::Accuse, CueClass::General),
    ("criticized", Stance::Accuse, CueClass::General),
    ("criticised", Stance::Accuse, CueClass::General),
    ("criticizes", Stance::Accuse, CueClass::General),
    ("criticises", Stance::Accuse, CueClass::General),
    ("suggested", Stance::Hedge, CueClass::General),
    ("suggests", Stance::Hedge, CueClass::General),
    ("believed", Stance::Hedge, CueClass::General),
    ("believes", Stance::Hedge, CueClass::General),
    ("believe", Stance::Hedge, CueClass::General),
    ("claimed", Stance::Hedge, CueClass::General),
    ("claims", Stance::Hedge, CueClass::General),
    ("claim", Stance::Hedge, CueClass::General),
    ("alleged", Stance::Hedge, CueClass::General),
    ("alleges", Stance::Hedge, CueClass::General),
    ("speculated", Stance::Hedge, CueClass::General),
    ("saying", Stance::Assert, CueClass::Participle),
    ("adding", Stance::Assert, CueClass::Participle),
    ("stating", Stance::Assert, CueClass::Participle),
    ("urging", Stance::Assert, CueClass::Participle),
    ("noting", Stance::Assert, CueClass::Participle),
    ("insisting", Stance::Assert, CueClass::Participle),
    ("warning", Stance::Assert, CueClass::Participle),
    ("denying", Stance::Assert, CueClass::Participle),
    ("describing", Stance::Assert, CueClass::Participle),
    ("calling", Stance::Assert, CueClass::Participle),
    ("claiming", Stance::Assert, CueClass::Participle),
    ("accusing", Stance::Assert, CueClass::Participle),
    ("confirming", Stance::Assert, CueClass::Participle),
];

/// The stance and class of a cue verb.
pub fn verb_cue(w: &str) -> Option<(Stance, CueClass)> {
    if !LEXICON_SHAPES.may_hold(w) {
        return None;
    }
    CUE_MAP.get(w).copied()
}

static CUE_MAP: LazyLock<HashMap<&'static str, (Stance, CueClass), Fnv>> =
    LazyLock::new(|| CUES.iter().map(|&(w, s, c)| (w, (s, c))).collect());

/// FNV-1a: short keys, no attacker-chosen table (the keys are our own words), so a fast hash
/// beats SipHash here.
#[derive(Default, Clone, Copy)]
struct Fnv;

impl std::hash::BuildHasher for Fnv {
    type Hasher = FnvHasher;
    fn build_hasher(&self) -> FnvHasher {
        FnvHasher(0xcbf2_9ce4_8422_2325)
    }
}

struct FnvHasher(u64);

impl std::hash::Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
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
    let words = CUES
        .iter()
        .map(|c| c.0)
        .chain(LOADED.iter().copied())
        .chain(HEDGES.iter().copied())
        .chain(HOSTILE.iter().copied())
        .chain(NEUTRAL.iter().copied());
    for w in words.chain(["war", "ethnic", "so", "according"]) {
        let b = w.as_bytes();
        shapes[usize::from(b[0] & 127)] |= 1 << b.len();
    }
    Shapes(shapes)
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
    matches!(
        w,
        "ministry"
            | "ministries"
            | "minister"
            | "ministers"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokespeople"
            | "official"
            | "officials"
            | "president"
            | "secretary"
            | "undersecretary"
            | "adviser"
            | "advisor"
            | "ambassador"
            | "envoy"
            | "director"
            | "chief"
            | "head"
            | "leader"
            | "leaders"
            | "member"
            | "members"
            | "coach"
            | "captain"
            | "manager"
            | "police"
            | "department"
            | "office"
            | "government"
            | "agency"
            | "army"
            | "military"
            | "statement"
            | "report"
            | "coauthor"
            | "co-author"
            | "author"
            | "authors"
            | "researcher"
            | "researchers"
            | "scientist"
            | "scientists"
            | "analyst"
            | "analysts"
            | "expert"
            | "experts"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "representative"
            | "commander"
            | "general"
            | "governor"
            | "mayor"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "ceo"
            | "founder"
            | "co-founder"
            | "cofounder"
            | "team"
            | "professor"
            | "prosecutor"
            | "prosecutors"
            | "investigator"
            | "investigators"
            | "authorities"
            | "officer"
            | "officers"
            | "council"
            | "committee"
            | "court"
            | "judge"
            | "board"
            | "company"
            | "firm"
            | "group"
            | "organization"
            | "organisation"
            | "union"
            | "party"
            | "campaigner"
            | "activist"
            | "activists"
            | "critics"
            | "residents"
            | "witnesses"
            | "witness"
            | "diplomat"
            | "diplomats"
            | "senator"
            | "lawmaker"
            | "lawmakers"
            | "presidency"
            | "administration"
            | "cabinet"
            | "parliament"
            | "embassy"
            | "foundation"
            | "institute"
            | "university"
            | "editor"
            | "correspondent"
            | "newspaper"
            | "magazine"
            | "premier"
            | "chancellor"
            | "executive"
            | "owner"
            | "father"
            | "mother"
            | "doctor"
            | "doctors"
            | "teacher"
            | "principal"
            | "staff"
            | "spokespersons"
            | "peacekeepers"
            | "troops"
            | "forces"
            | "regulator"
            | "study"
            | "researcher's"
            | "major"
            | "student"
            | "candidate"
            | "mp"
            | "king"
            | "queen"
            | "pope"
            | "bishop"
            | "cardinal"
            | "delegation"
            | "negotiator"
            | "negotiators"
            | "groups"
            | "city"
            | "municipality"
            | "organisations"
            | "organizations"
    )
}

/// Words that modify a role noun inside a source (`foreign` in `the foreign ministry`).
pub fn is_role_modifier(w: &str) -> bool {
    matches!(
        w,
        "defense"
            | "defence"
            | "foreign"
            | "interior"
            | "senior"
            | "deputy"
            | "former"
            | "state"
            | "news"
            | "press"
            | "prime"
            | "justice"
            | "health"
            | "finance"
            | "security"
            | "national"
            | "local"
            | "regional"
            | "federal"
            | "special"
            | "vice"
            | "top"
            | "assistant"
            | "acting"
            | "interim"
            | "associate"
            | "public"
            | "economy"
            | "education"
            | "emergency"
            | "environment"
            | "energy"
            | "trade"
            | "agriculture"
            | "transport"
            | "culture"
            | "home"
            | "internal"
            | "armed"
            | "chief"
            | "military"
            | "police"
            | "government"
            | "team"
            | "executive"
            | "general"
            | "presidential"
            | "peacekeeping"
            | "research"
            | "rights"
            | "aid"
            | "advocacy"
            | "opposition"
            | "civil"
    )
}

/// Capitalised words that never belong to a source name: function words, time words.
pub fn is_cap_stop(w: &str) -> bool {
    is_weekday(w)
        || matches!(
            w,
            "on" | "in"
                | "at"
                | "after"
                | "before"
                | "as"
                | "but"
                | "and"
                | "or"
                | "so"
                | "if"
                | "when"
                | "while"
                | "although"
                | "though"
                | "because"
                | "since"
                | "during"
                | "despite"
                | "meanwhile"
                | "however"
                | "later"
                | "then"
                | "also"
                | "both"
                | "according"
                | "earlier"
                | "yesterday"
                | "today"
                | "this"
                | "that"
                | "these"
                | "those"
                | "there"
                | "here"
                | "it"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "what"
                | "who"
                | "why"
                | "how"
                | "where"
                | "january"
                | "february"
                | "march"
                | "april"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "last"
                | "next"
                | "for"
                | "with"
                | "from"
                | "by"
                | "to"
                | "of"
                | "not"
                | "no"
                | "yet"
                | "instead"
                | "now"
                | "still"
                | "even"
                | "only"
                | "just"
                | "all"
                | "some"
                | "many"
                | "most"
                | "several"
                | "each"
                | "every"
                | "such"
                | "recent"
                | "other"
                | "another"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
                | "a"
                | "an"
                | "the"
                | "image"
                | "photo"
        )
}

/// Determiners that may open a source (`the ministry`, `a spokesman`, `his father`).
pub fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "this"
            | "that"
            | "some"
            | "many"
            | "several"
            | "most"
            | "few"
    )
}

/// Words that join the parts of a long name (`Secretary of State`, `Ambassador to the US`).
pub fn is_np_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "to" | "on" | "and" | "de" | "du" | "-")
}

/// Subject pronouns, resolved later to an actor.
pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i")
}

/// Words that may open the clause whose subject is a source (`but`, `while`, `as`).
pub fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "but"
            | "while"
            | "as"
            | "meanwhile"
            | "however"
            | "yet"
            | "so"
            | "whereas"
            | "although"
            | "though"
            | "later"
            | "then"
            | "also"
            | "now"
            | "when"
    )
}

/// Adverbs and auxiliaries that may stand between a source and its cue (`has also said`).
pub fn is_aux_skip(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "also"
            | "later"
            | "further"
            | "then"
            | "again"
            | "earlier"
            | "previously"
            | "separately"
            | "publicly"
            | "repeatedly"
            | "immediately"
            | "quickly"
            | "swiftly"
            | "strongly"
            | "firmly"
            | "flatly"
            | "categorically"
            | "initially"
            | "subsequently"
            | "officially"
            | "itself"
            | "himself"
            | "herself"
            | "personally"
            | "recently"
            | "always"
            | "consistently"
            | "long"
            | "reportedly"
            | "yesterday"
            | "today"
            | "tonight"
    )
}

/// A lower-case day of the week.
fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Time words that may follow a cue before the content (`said Monday that`).
pub fn is_time_word(w: &str) -> bool {
    is_weekday(w)
        || matches!(
            w,
            "yesterday"
                | "today"
                | "tonight"
                | "earlier"
                | "later"
                | "also"
                | "again"
                | "previously"
                | "recently"
                | "separately"
                | "publicly"
        )
}

/// Prepositions that open an adverbial after a cue (`said in a statement that`).
pub fn is_adverbial_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "during"
            | "following"
            | "after"
            | "before"
            | "ahead"
            | "outside"
            | "inside"
            | "amid"
            | "upon"
            | "via"
            | "through"
            | "late"
    )
}

/// Words opening a circumstance clause after an attribution (`"Q," S said as she left`), which
/// is never what is claimed unless `that` follows.
pub fn is_circumstance_opener(w: &str) -> bool {
    matches!(
        w,
        "as" | "while" | "when" | "by" | "with" | "shortly" | "moments" | "just" | "from"
    )
}

/// Negations that cancel a cue (`has not said`).
pub fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "t" | "nt" | "neither" | "nor")
}

/// Words that make an asserted content a hedge (`some crops may have`).
const HEDGES: &[&str] = &[
    "may",
    "might",
    "reportedly",
    "possibly",
    "perhaps",
    "allegedly",
    "believed",
    "believes",
    "probably",
    "likely",
    "unclear",
];

pub fn is_hedge_word(w: &str) -> bool {
    HEDGES.contains(&w)
}

/// Content that does not open a claim (`said why`, `said nothing`).
pub fn is_empty_content_opener(w: &str) -> bool {
    matches!(
        w,
        "why" | "whether" | "how" | "nothing" | "little" | "so" | "goodbye"
    )
}

/// Objects of `told` that are audiences, not names (`told reporters`).
pub fn is_audience(w: &str) -> bool {
    matches!(
        w,
        "reporters"
            | "journalists"
            | "press"
            | "media"
            | "parliament"
            | "lawmakers"
            | "audience"
            | "crowd"
            | "supporters"
            | "him"
            | "her"
            | "them"
            | "us"
            | "me"
            | "police"
            | "news"
            | "conference"
            | "agency"
            | "television"
            | "radio"
            | "newspaper"
            | "broadcaster"
            | "delegates"
            | "students"
            | "residents"
            | "members"
    )
}

/// Feelings after `expressed` that make it a cue (`expressed concern`).
pub fn is_feeling_noun(w: &str) -> bool {
    matches!(
        w,
        "concern"
            | "concerns"
            | "regret"
            | "hope"
            | "hopes"
            | "satisfaction"
            | "gratitude"
            | "support"
            | "condolences"
            | "disappointment"
            | "alarm"
            | "outrage"
            | "dismay"
            | "confidence"
            | "doubt"
            | "doubts"
            | "sympathy"
            | "solidarity"
            | "frustration"
            | "anger"
            | "optimism"
    )
}

/// Nouns that make `called X ...` a denial (`called it baseless`).
pub fn is_false_word(w: &str) -> bool {
    matches!(
        w,
        "false"
            | "baseless"
            | "untrue"
            | "groundless"
            | "fabricated"
            | "lies"
            | "lie"
            | "nonsense"
            | "absurd"
            | "fake"
            | "unfounded"
            | "fabrication"
            | "misinformation"
            | "disinformation"
            | "slander"
            | "ridiculous"
    )
}

/// Nouns naming what was said before, so a denial of it points back (`dismissed the claim`).
pub fn is_backref_noun(w: &str) -> bool {
    matches!(
        w,
        "claim"
            | "claims"
            | "report"
            | "reports"
            | "allegation"
            | "allegations"
            | "accusation"
            | "accusations"
            | "charge"
            | "charges"
            | "assertion"
            | "assertions"
            | "account"
            | "version"
            | "statement"
            | "statements"
            | "remarks"
            | "comments"
            | "reports'"
            | "suggestion"
            | "suggestions"
            | "view"
            | "views"
            | "assessment"
            | "findings"
            | "conclusion"
            | "figures"
            | "accounts"
    )
}

/// Nouns that carry a statement as a source (`a statement by the presidency said`).
pub fn is_statement_noun(w: &str) -> bool {
    matches!(
        w,
        "statement" | "report" | "release" | "communique" | "letter" | "announcement" | "post"
    )
}

/// Nouns naming an event that accounts can disagree about; used for dispute topics.
pub fn is_event_noun(w: &str) -> bool {
    matches!(
        w,
        "shooting"
            | "shootout"
            | "clash"
            | "clashes"
            | "attack"
            | "attacks"
            | "ambush"
            | "explosion"
            | "blast"
            | "strike"
            | "strikes"
            | "incident"
            | "killing"
            | "killings"
            | "shelling"
            | "raid"
            | "arrest"
            | "crash"
            | "accident"
            | "protest"
            | "protests"
            | "election"
            | "fire"
            | "fighting"
            | "bombing"
            | "assault"
            | "massacre"
            | "skirmish"
            | "firefight"
            | "collision"
            | "leak"
            | "hack"
            | "theft"
            | "flood"
            | "floods"
            | "flooding"
            | "earthquake"
            | "storm"
            | "deaths"
            | "killed"
            | "ceasefire"
            | "cease-fire"
            | "deal"
            | "talks"
            | "outage"
            | "blackout"
            | "intrusion"
            | "cyberattack"
            | "closure"
            | "shutdown"
            | "ramming"
    )
}

/// Descriptions of an event as a deliberate hostile act.
const HOSTILE: &[&str] = &[
    "ambush",
    "ambushed",
    "attack",
    "attacked",
    "assault",
    "provocation",
    "massacre",
    "aggression",
    "murder",
    "murdered",
    "execution",
    "sabotage",
    "terrorist",
    "deliberate",
    "unprovoked",
];

pub fn is_hostile_descriptor(w: &str) -> bool {
    HOSTILE.contains(&w)
}

/// Descriptions of the same kind of event as mutual, routine or accidental.
const NEUTRAL: &[&str] = &[
    "shootout",
    "firefight",
    "crossfire",
    "inspection",
    "inspect",
    "check",
    "self-defense",
    "self-defence",
    "accident",
    "accidental",
    "accidentally",
    "misunderstanding",
    "skirmish",
];

pub fn is_neutral_descriptor(w: &str) -> bool {
    NEUTRAL.contains(&w)
}

/// Loaded or evaluative terms that a neutral report would attribute rather than assert.
const LOADED: &[&str] = &[
    "illegally",
    "illegal",
    "illegitimate",
    "occupied",
    "occupation",
    "occupying",
    "occupier",
    "occupiers",
    "liberated",
    "liberation",
    "liberate",
    "aggression",
    "aggressor",
    "aggressors",
    "terrorist",
    "terrorists",
    "terrorism",
    "massacre",
    "massacred",
    "regime",
    "so-called",
    "atrocities",
    "atrocity",
    "genocide",
    "invader",
    "invaders",
    "puppet",
    "barbaric",
    "brutal",
    "brutally",
    "heinous",
    "martyr",
    "martyrs",
    "martyred",
    "heroic",
    "propaganda",
    "junta",
    "thugs",
    "provocation",
    "provocations",
    "slaughter",
    "slaughtered",
    "butchered",
    "cowardly",
    "savage",
    "extremist",
    "extremists",
    "self-proclaimed",
    "infidels",
    "bandits",
    "fascist",
    "fascists",
    "nazi",
    "nazis",
];

static LOADED_SET: LazyLock<HashSet<&'static str, Fnv>> =
    LazyLock::new(|| LOADED.iter().copied().collect());

/// Whether the lower-cased word is a loaded term.
pub fn is_loaded(w: &str) -> bool {
    LEXICON_SHAPES.may_hold(w) && LOADED_SET.contains(w)
}

/// Two-word loaded terms, given as (first, second).
pub fn is_loaded_pair(a: &str, b: &str) -> bool {
    matches!(
        (a, b),
        ("war", "crimes") | ("ethnic", "cleansing") | ("war", "criminals") | ("so", "called")
    )
}

/// Someone who speaks for a body (`a ministry spokeswoman`).
pub fn is_spokesperson(w: &str) -> bool {
    matches!(
        w,
        "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople" | "official" | "officials"
    )
}

/// Words too common to tell what two claims share.
pub fn is_stopword(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "from"
            | "by"
            | "that"
            | "this"
            | "these"
            | "those"
            | "was"
            | "were"
            | "is"
            | "are"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "it"
            | "its"
            | "they"
            | "their"
            | "he"
            | "she"
            | "his"
            | "her"
            | "as"
            | "also"
            | "said"
            | "would"
            | "will"
            | "which"
            | "who"
            | "when"
            | "there"
            | "not"
            | "all"
            | "some"
            | "into"
            | "about"
            | "after"
            | "before"
            | "than"
            | "more"
            | "claim"
            | "claims"
    )
}
