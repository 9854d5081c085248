//! Dispute pairing on a hostile document: one claim and its denial repeated 120,000 times
//! (about 11.8 MB), the whole `extract()` timed once per shape. Prints seconds and MB/s.
//!
//! Two shapes: every pair in its own paragraph, and all pairs in one paragraph (no paragraph
//! break to bound the look-back). Then disputes across documents: a library of 10,000 short
//! documents on 50 stories (half report, half deny), timed for `library::disputes::find` alone,
//! and the app's path: the incremental index built from each document's facts, and the
//! per-claim "disputed in N other briefings" query, in microseconds per claim.
//! `BRIEF_BENCH_REPEAT=N` changes the number of pairs (`BRIEF_BENCH_ONE_PARAGRAPH_REPEAT` for
//! the second shape alone).

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

/// A short document of story `n`: a report, or a denial of it.
fn story(n: usize, deny: bool) -> String {
    let place = format!("Amsel{n}");
    if deny {
        format!(
            "Halvor Energy has denied a report by the Kestrian Post that it will close the \
             {place} plant.\n\nThe company said work at {place} would go on."
        )
    } else {
        format!(
            "The Kestrian Post reported that Halvor Energy will close the {place} plant next \
             year.\n\nWorkers in {place} were told on Monday."
        )
    }
}

fn across(docs: usize) {
    use brief::library::disputes::{Document, Index, document_facts, find};
    let bodies: Vec<String> = (0..docs).map(|n| story(n % 50, n % 2 == 1)).collect();
    let paths: Vec<String> = (0..docs).map(|n| format!("doc{n}.md")).collect();
    let xs: Vec<_> = bodies.iter().map(|b| extract(b)).collect();
    let input: Vec<Document> = (0..docs)
        .map(|n| Document {
            path: &paths[n],
            title: &paths[n],
            source: None,
            extraction: &xs[n],
            body: &bodies[n],
        })
        .collect();
    let t = Instant::now();
    let found = find(black_box(&input));
    println!(
        "disputes/across_{docs}_documents: {} disputes, {} sides: {:.3} s",
        found.len(),
        found.iter().map(|d| d.sides.len()).sum::<usize>(),
        t.elapsed().as_secs_f64()
    );
    // The app's path: the library index holds each document's facts (computed when it is
    // indexed); the Claims pane asks, per selected claim, how many briefings dispute it.
    let facts: Vec<_> = input.iter().map(|d| document_facts(d)).collect();
    let t = Instant::now();
    let mut index = Index::default();
    for (n, f) in facts.into_iter().enumerate() {
        index.add(n, f.into());
    }
    let built = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let mut queries = 0usize;
    let mut disputed = 0usize;
    for (n, x) in xs.iter().enumerate() {
        for c in &x.claims {
            queries += 1;
            disputed += usize::from(black_box(index.documents_disputing(n, &c.id)) > 0);
        }
    }
    let per = t.elapsed().as_secs_f64() / queries.max(1) as f64;
    println!(
        "disputes/app_index_{docs}_documents: built in {built:.3} s; {queries} claims asked, \
         {disputed} disputed elsewhere: {:.1} us per claim",
        per * 1e6
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
    across(1_000);
    across(10_000);
}
