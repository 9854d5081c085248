//! Role and institution words that point back to an actor (`the president`, `the ministry`).

use super::cues::{INSTITUTION_WORDS, REF_FIRST_WORDS};
use super::{Ctx, Mention, is_the};
use crate::extract::gazetteer as gz;

impl Ctx<'_> {
    /// `the president`, `the head of state`, `The ministry` at token `i`.
    pub(super) fn role_or_institution_ref(&mut self, i: usize) -> Option<usize> {
        if !is_the(self.word(i)) {
            return None;
        }
        let n = self.toks.len();
        if i + 1 >= n || !self.toks[i + 1].word || !REF_FIRST_WORDS.contains(self.word(i + 1)) {
            return None;
        }
        let sent = self.toks[i].sentence();
        let mut best: Option<(usize, &'static str)> = None;
        let mut phrase = String::new();
        let mut k = i + 1;
        while k < n && k <= i + 3 && self.toks[k].sentence() == sent && self.toks[k].word {
            let w = self.word(k);
            if self.toks[k].cap && k > i + 1 {
                break;
            }
            if !phrase.is_empty() {
                phrase.push(' ');
            }
            phrase.push_str(&w.to_lowercase());
            if let Some(&head) = gz::ROLE_REFERENCES.get(phrase.as_str()) {
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
