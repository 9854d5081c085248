//! Cue words for reading mentions: place nouns, role and staff nouns, actor verbs (all data in
//! [`crate::extract::vocab`]), and the limits of a name.

use super::super::super::gazetteer as gz;
pub(super) use crate::extract::vocab::{
    ACTOR_VERBS, INSTITUTION_WORDS, LOWER_ROLE_MODIFIERS, LOWER_ROLES, MEMBER_NOUNS, PLACE_HEADS,
    PLACE_NOUNS, PLACE_OPENERS, STAFF_WORDS,
};

/// The most tokens one name may span (`Special Representative for the South Caucasus ...`).
pub(super) const MAX_CHUNK: usize = 16;

/// First words of role references and institution words, to skip most `the`s at once.
pub(super) static REF_FIRST_WORDS: std::sync::LazyLock<gz::FastSet<String>> =
    std::sync::LazyLock::new(|| {
        gz::ROLE_REFERENCES
            .keys()
            .filter_map(|p| p.split(' ').next())
            .chain(INSTITUTION_WORDS.iter().copied())
            .flat_map(|w| {
                let mut cap = w[..1].to_uppercase();
                cap.push_str(&w[1..]);
                [w.to_string(), cap]
            })
            .collect()
    });
