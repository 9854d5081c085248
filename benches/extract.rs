//! Extraction throughput on news-like text: the whole `extract()` on one core.
//!
//! Reads `../shared/corpus/*.txt` when present (never copied into the project); otherwise uses
//! generated sentences of our own. The text is repeated to about 1 MB so a run measures steady
//! throughput, and criterion prints MB/s. The `_cpu_time` variants count the benchmark thread's
//! CPU time (Linux), which stays meaningful when other processes share the cores.

use brief::extract::{actors, extract, sentences};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Sentences written for this benchmark: titles, countries, organisations, quotes.
const OWN: &str = "Kazakh President Kassym Tokayev met on Tuesday with EU Special Envoy for \
Central Asia Maria Lindqvist in Astana. \"We discussed energy and transit,\" the president said \
after the meeting, according to a statement by the Kazakh Foreign Ministry.\n\nThe ministry \
added that Germany's Economy Ministry would send a delegation in Sept. and that the World Bank \
(WB) had agreed to fund a study. Meanwhile, Moscow warned against new sanctions, and Russian \
Deputy Foreign Minister Sergei Ryabkov told reporters that Washington was to blame.\n\nDr. Anna \
Novak of the University of Southern Bohemia said prices rose 3.5 percent. Novak, 52, added: \
\"It is not over.\" Acme Inc. and the Danube Shipping Company declined to comment.\n\n";

fn corpus() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if p.extension().is_some_and(|e| e == "txt")
                && let Ok(s) = std::fs::read_to_string(&p)
            {
                text.push_str(&s);
                text.push_str("\n\n");
            }
        }
    }
    if text.is_empty() {
        eprintln!("../shared/corpus absent: benchmarking generated text only");
    }
    text.push_str(OWN);
    let mut big = String::with_capacity(1 << 20);
    while big.len() < 1 << 20 {
        big.push_str(&text);
    }
    big
}

/// CPU time this thread has run, from Linux's `/proc/thread-self/schedstat` (nanoseconds).
/// The machine is shared, so wall time overstates the cost of a run; CPU time does not.
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// `iters` runs of `f`, timed in thread CPU time when available, else wall time.
fn cpu_timed(iters: u64, mut f: impl FnMut()) -> Duration {
    let wall = Instant::now();
    let cpu = thread_cpu();
    for _ in 0..iters {
        f();
    }
    match (cpu, thread_cpu()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => wall.elapsed(),
    }
}

fn bench(c: &mut Criterion) {
    let text = corpus();
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);
    g.bench_function("news_1mb", |b| b.iter(|| extract(black_box(&text))));
    g.bench_function("news_1mb_cpu_time", |b| {
        b.iter_custom(|n| {
            cpu_timed(n, || {
                black_box(extract(black_box(&text)));
            })
        })
    });
    // The stages this crate's actor finder adds up to, to see where time goes.
    g.bench_function("sentences_1mb", |b| {
        b.iter(|| sentences::split(black_box(&text)))
    });
    let spans = sentences::split(&text);
    g.bench_function("actors_1mb", |b| {
        b.iter(|| actors::find(black_box(&text), black_box(&spans)))
    });
    g.bench_function("actors_1mb_cpu_time", |b| {
        b.iter_custom(|n| {
            cpu_timed(n, || {
                black_box(actors::find(black_box(&text), black_box(&spans)));
            })
        })
    });
    // One article at a time, as the reader does.
    let article: String = OWN.repeat(8);
    g.throughput(Throughput::Bytes(article.len() as u64));
    g.bench_function("article_8kb", |b| b.iter(|| extract(black_box(&article))));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
