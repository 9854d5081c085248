//! Dispute pairing on a hostile document: one claim and its denial repeated 120,000 times
//! (about 11.8 MB), the whole `extract()` timed once per shape. Prints seconds and MB/s.
//!
//! Two shapes: every pair in its own paragraph, and all pairs in one paragraph (no paragraph
//! break to bound the look-back). `BRIEF_BENCH_REPEAT=N` changes the number of pairs
//! (`BRIEF_BENCH_ONE_PARAGRAPH_REPEAT` for the second shape alone).

use brief::extract::extract;
use std::hint::black_box;
use std::time::Instant;

/// One claim and its denial, written for this benchmark (98 bytes with the separator).
const PAIR: &str = "The Norland Transport Agency said the northern pier cracked. \
Mayor Lena Voss dismissed the claim.";

fn run(name: &str, text: &str) {
    let t = Instant::now();
    let x = extract(black_box(text));
    let secs = t.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!(
        "disputes/{name}: {mb:.1} MB, {} claims, {} disputes: {secs:.2} s ({:.2} MB/s)",
        x.claims.len(),
        x.disputes.len(),
        mb / secs
    );
}

fn repeat(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let n = repeat("BRIEF_BENCH_REPEAT", 120_000);
    let paragraphs = format!("{PAIR}\n\n").repeat(n);
    run("pair_per_paragraph", &paragraphs);
    let one = format!("{PAIR} ").repeat(repeat("BRIEF_BENCH_ONE_PARAGRAPH_REPEAT", n));
    run("one_paragraph", &one);
}
