//! Re-anchoring a bookmark in an edited 10 MB document: the quote found with its context,
//! found only approximately (a reworded phrase), and not found at all (an orphan: the worst
//! case, a whole exact scan plus a whole approximate scan).

#[path = "../tests/common/mod.rs"]
mod common;

use brief::state::TextQuote;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn reanchor(c: &mut Criterion) {
    let doc = common::long_doc(17_000);
    let body = &doc.body;
    eprintln!("document: {:.1} MB", body.len() as f64 / 1e6);
    // A bookmark near the end, where the scans cost the most.
    let at = body.rfind("Paragraph marker16990:").expect("marker");
    let quote = TextQuote::at(body, at);
    c.bench_function("locate with context, 10 MB", |b| {
        b.iter(|| quote.locate(black_box(body), 0))
    });
    let reworded = body.replacen("Paragraph marker16990:", "Paragraf marker16990 -", 1);
    assert!(matches!(
        quote.locate(&reworded, 0).map(|l| l.how),
        Some(brief::state::Match::Fuzzy { .. })
    ));
    c.bench_function("locate approximately, 10 MB", |b| {
        b.iter(|| quote.locate(black_box(&reworded), 0))
    });
    let gone = TextQuote {
        exact: "A sentence that was never in this document at all, not even near".into(),
        prefix: "nothing before it".into(),
        suffix: "nothing after it".into(),
    };
    assert_eq!(gone.locate(body, 0), None);
    c.bench_function("locate a quote that is gone (orphan), 10 MB", |b| {
        b.iter(|| gone.locate(black_box(body), 0))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10);
    targets = reanchor
}
criterion_main!(benches);
