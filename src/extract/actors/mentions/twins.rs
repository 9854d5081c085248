//! Capitalised words the text also writes in lower case (`Clashes` / `clashes`).

use super::super::super::gazetteer as gz;
use super::super::super::tokens::Token;

/// A hash of `word` in lower case, without allocating.
pub(super) fn fold_hash(word: &str) -> u64 {
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
pub(super) fn lower_case_twins(text: &str, toks: &[Token]) -> gz::FastSet<u64> {
    // A cheap filter before hashing: (first letter, length) -> bit set of last bytes, from the
    // capitalised words; most lower-case words fail it.
    let mut seen = vec![0u64; 32 * 64];
    let key = |t: &Token| {
        let b = text.as_bytes();
        let first = usize::from(b[t.start()].to_ascii_lowercase() & 31);
        let len = (t.end() - t.start()).min(63);
        let last = b[t.end() - 1].to_ascii_lowercase() & 63;
        (first * 64 + len, 1u64 << last)
    };
    let mut caps: gz::FastSet<u64> = gz::FastSet::default();
    // Lower-case twins are only looked for among words of more than three bytes, so short
    // ASCII capitals (`The`, `He`, `In`), which fold to the same length, never have one.
    let short_ascii = |t: &Token| t.end() - t.start() <= 3 && t.text(text).is_ascii();
    for t in toks.iter().filter(|t| t.word && t.cap && !short_ascii(t)) {
        let (slot, bit) = key(t);
        seen[slot] |= bit;
        caps.insert(fold_hash(t.text(text)));
    }
    let mut out = gz::FastSet::default();
    for t in toks
        .iter()
        .filter(|t| t.word && !t.cap && t.end() - t.start() > 3)
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
