//! Dispute topics in words a reader understands: the act a claim reports, as a noun phrase
//! (`it will close the Amsel plant` gives `closure of the Amsel plant`, `no data had been lost`
//! gives `loss of data`).
//!
//! Works on plain text so that disputes across documents name their topic the same way.

/// Verbs whose act has a noun, with every form of the verb: (forms, noun, intransitive). An
/// intransitive verb's act is named after its subject (`the minister resigned`: `resignation of
/// the minister`); a transitive one after its object, or its subject when passive.
const NOMINALS: &[(&[&str], &str, bool)] = &[
    (&["close", "closes", "closed", "closing"], "closure", false),
    (&["shut", "shuts", "shutting"], "shutdown", false),
    (&["sell", "sells", "sold", "selling"], "sale", false),
    (&["kill", "kills", "killed"], "killing", false),
    (
        &["arrest", "arrests", "arrested", "arresting"],
        "arrest",
        false,
    ),
    (
        &["detain", "detains", "detained", "detaining"],
        "detention",
        false,
    ),
    (
        &[
            "withdraw",
            "withdraws",
            "withdrew",
            "withdrawn",
            "withdrawing",
        ],
        "withdrawal",
        false,
    ),
    (&["ban", "bans", "banned", "banning"], "ban", false),
    (&["lose", "loses", "lost", "losing"], "loss", false),
    (&["leak", "leaks", "leaked", "leaking"], "leak", false),
    (
        &["attack", "attacks", "attacked", "attacking"],
        "attack",
        false,
    ),
    (
        &["invade", "invades", "invaded", "invading"],
        "invasion",
        false,
    ),
    (
        &["cancel", "cancels", "cancelled", "canceled", "cancelling"],
        "cancellation",
        false,
    ),
    (
        &["postpone", "postpones", "postponed", "postponing"],
        "postponement",
        false,
    ),
    (
        &["suspend", "suspends", "suspended", "suspending"],
        "suspension",
        false,
    ),
    (
        &["acquire", "acquires", "acquired", "acquiring"],
        "acquisition",
        false,
    ),
    (&["buy", "buys", "bought", "buying"], "purchase", false),
    (
        &["expel", "expels", "expelled", "expelling"],
        "expulsion",
        false,
    ),
    (
        &["deport", "deports", "deported", "deporting"],
        "deportation",
        false,
    ),
    (&["hack", "hacks", "hacked"], "hacking", false),
    (
        &["steal", "steals", "stole", "stolen", "stealing"],
        "theft",
        false,
    ),
    (&["poison", "poisons", "poisoned"], "poisoning", false),
    (&["bomb", "bombs", "bombed"], "bombing", false),
    (&["shoot", "shoots", "shot"], "shooting", false),
    (
        &["destroy", "destroys", "destroyed", "destroying"],
        "destruction",
        false,
    ),
    (
        &["build", "builds", "built", "building"],
        "construction",
        false,
    ),
    (
        &["impose", "imposes", "imposed", "imposing"],
        "imposition",
        false,
    ),
    (
        &["evacuate", "evacuates", "evacuated", "evacuating"],
        "evacuation",
        false,
    ),
    (
        &["release", "releases", "released", "releasing"],
        "release",
        false,
    ),
    (
        &["approve", "approves", "approved", "approving"],
        "approval",
        false,
    ),
    (&["sign", "signs", "signed", "signing"], "signing", false),
    (&["lift", "lifts", "lifted", "lifting"], "lifting", false),
    (
        &["demolish", "demolishes", "demolished", "demolishing"],
        "demolition",
        false,
    ),
    (
        &["relocate", "relocates", "relocated", "relocating"],
        "relocation",
        false,
    ),
    (
        &["resign", "resigns", "resigned", "resigning"],
        "resignation",
        true,
    ),
    (
        &["collapse", "collapses", "collapsed", "collapsing"],
        "collapse",
        true,
    ),
    (
        &["explode", "explodes", "exploded", "exploding"],
        "explosion",
        true,
    ),
    (&["crash", "crashes", "crashed", "crashing"], "crash", true),
    (&["merge", "merges", "merged", "merging"], "merger", true),
];

/// Words that end a noun phrase in a topic: prepositions, conjunctions, time words.
fn ends_phrase(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "by"
            | "for"
            | "to"
            | "and"
            | "or"
            | "but"
            | "next"
            | "last"
            | "this"
            | "after"
            | "before"
            | "because"
            | "when"
            | "if"
            | "as"
            | "with"
            | "from"
            | "that"
            | "which"
            | "who"
            | "was"
            | "were"
            | "is"
            | "are"
            | "had"
            | "has"
            | "have"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "still"
            | "soon"
            | "within"
            | "until"
            | "over"
            | "during"
            | "amid"
            | "despite"
    )
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "by"
            | "for"
            | "to"
            | "from"
            | "with"
            | "of"
            | "over"
            | "during"
            | "after"
            | "before"
            | "within"
            | "until"
            | "amid"
            | "despite"
    )
}

fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "be" | "been" | "being" | "had" | "has" | "have"
    )
}

fn is_negation(w: &str) -> bool {
    matches!(w, "no" | "not" | "never" | "nt")
}

fn is_pronoun(w: &str) -> bool {
    matches!(
        w,
        "it" | "they" | "them" | "he" | "she" | "him" | "her" | "we" | "us" | "this" | "that"
    )
}

fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these" | "those"
    )
}

/// The noun of the act verb `w` (lower case), and whether the verb is intransitive.
fn nominal(w: &str) -> Option<(&'static str, bool)> {
    NOMINALS
        .iter()
        .find(|(forms, _, _)| forms.contains(&w))
        .map(|&(_, noun, intransitive)| (noun, intransitive))
}

/// A word of the text: as written and lower-cased.
struct Word<'a> {
    written: &'a str,
    low: String,
}

fn words(text: &str) -> Vec<Word<'_>> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(|w| Word {
            written: w,
            low: w.to_lowercase(),
        })
        .collect()
}

/// Up to four words of a noun phrase, as written (a leading `no` dropped, a leading
/// determiner lower-cased); `None` when empty or a pronoun.
fn phrase(ws: &[Word]) -> Option<String> {
    let ws: Vec<&Word> = ws
        .iter()
        .skip_while(|w| is_negation(&w.low))
        .take(4)
        .collect();
    if ws.is_empty() || (ws.len() == 1 && is_pronoun(&ws[0].low)) {
        return None;
    }
    if ws.iter().all(|w| is_determiner(&w.low)) {
        return None;
    }
    let out: Vec<&str> = ws
        .iter()
        .enumerate()
        .map(|(n, w)| {
            if n == 0 && is_determiner(&w.low) {
                w.low.as_str()
            } else {
                w.written
            }
        })
        .collect();
    Some(out.join(" "))
}

/// The act `text` reports, as a noun phrase (`closure of the Amsel plant`), or `None` when it
/// names no act this module knows.
pub fn act_of(text: &str) -> Option<String> {
    let ws = words(text);
    for k in 0..ws.len() {
        let Some((noun, intransitive)) = nominal(&ws[k].low) else {
            continue;
        };
        let passive = k > 0
            && matches!(
                ws[k - 1].low.as_str(),
                "was" | "were" | "is" | "are" | "be" | "been" | "being"
            );
        let np = if intransitive || passive {
            // The subject: the words before the verb and its auxiliaries.
            let mut end = k;
            while end > 0 && (is_aux(&ws[end - 1].low) || is_negation(&ws[end - 1].low)) {
                end -= 1;
            }
            if matches!(
                end.checked_sub(1).map(|e| ws[e].low.as_str()),
                Some("will" | "would")
            ) {
                end -= 1;
            }
            let mut start = end;
            while start > 0 && end - start < 4 && !ends_phrase(&ws[start - 1].low) {
                start -= 1;
            }
            // `officers from Karabakh were killed`: the words after a preposition are not
            // the subject.
            let after_preposition = start > 0 && is_preposition(&ws[start - 1].low);
            if after_preposition {
                None
            } else {
                phrase(&ws[start..end])
            }
        } else {
            let mut start = k + 1;
            if ws
                .get(start)
                .is_some_and(|w| matches!(w.low.as_str(), "down" | "off" | "up" | "out"))
            {
                start += 1;
            }
            let mut end = start;
            while end < ws.len() && end - start < 4 && !ends_phrase(&ws[end].low) {
                end += 1;
            }
            phrase(&ws[start..end])
        };
        if let Some(np) = np {
            return Some(format!("{noun} of {np}"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::act_of;

    #[test]
    fn an_act_is_named_after_its_object_or_passive_subject() {
        assert_eq!(
            act_of("it will close the Amsel plant").as_deref(),
            Some("closure of the Amsel plant")
        );
        assert_eq!(
            act_of("no data had been lost").as_deref(),
            Some("loss of data")
        );
        assert_eq!(
            act_of("the Amsel plant was closed last week").as_deref(),
            Some("closure of the Amsel plant")
        );
        assert_eq!(
            act_of("the minister resigned on Friday").as_deref(),
            Some("resignation of the minister")
        );
        assert_eq!(act_of("the plant is still operating"), None);
        assert_eq!(act_of("they will close it"), None);
        assert_eq!(act_of("three officers from Kalvik were killed"), None);
    }
}
