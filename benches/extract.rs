//! Extraction throughput on real news text: the whole `extract()` on one core.
//!
//! Two parts, `cargo bench --bench extract [-- scale|hostile|criterion]` (all three when none is
//! named):
//!
//! - `scale`: the whole extraction of 1, 10, 20 and 40 MB of news, printed as a table: size,
//!   seconds (this thread's CPU time, and wall), MB/s, the time per MB as a ratio of the 1 MB
//!   one (near-linear extraction keeps it near 1.0), and the time of each stage (sentences,
//!   actors, claims). The documents repeat the articles of `../shared/corpus` (never copied into
//!   the project; our own sample briefings when it is absent), each copy with its people's
//!   surnames varied (`Aliyev`, `Aliyevka`, `Aliyevlo`, ...), so a bigger document has more
//!   actors, as a bigger real one would, not only more mentions of the same ones.
//!   `BRIEF_BENCH_MB=1,10` picks other sizes (e.g. one size under a profiler).
//! - `hostile`: one claim and its denial repeated 120,000 times (11.8 MB), once with every pair in
//!   its own paragraph and once all in one paragraph, in the same table.
//! - `criterion`: criterion's MB/s for 1 MB of news and for stages, and one 8 KB article.
//!
//! CPU time comes from Linux's `/proc/thread-self/schedstat`, so the figures stay meaningful
//! when other processes share the cores (wall time elsewhere).

use brief::document::{Format, parse};
use brief::extract::{ActorKind, actors, claims, extract, sentences};
use criterion::{Criterion, Throughput};
use std::collections::HashSet;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const MB: usize = 1_000_000;

/// One claim and its denial, written for this benchmark (98 bytes with the separator).
const PAIR: &str = "The Norland Transport Agency said the northern pier cracked. \
Mayor Lena Voss dismissed the claim.";

/// How many times the hostile file repeats [`PAIR`].
const PAIRS: usize = 120_000;

/// Sentences written for this benchmark: titles, countries, organisations, quotes.
const OWN: &str = "Kazakh President Kassym Tokayev met on Tuesday with EU Special Envoy for \
Central Asia Maria Lindqvist in Astana. \"We discussed energy and transit,\" the president said \
after the meeting, according to a statement by the Kazakh Foreign Ministry.\n\nThe ministry \
added that Germany's Economy Ministry would send a delegation in Sept. and that the World Bank \
(WB) had agreed to fund a study. Meanwhile, Moscow warned against new sanctions, and Russian \
Deputy Foreign Minister Sergei Ryabkov told reporters that Washington was to blame.\n\nDr. Anna \
Novak of the University of Southern Bohemia said prices rose 3.5 percent. Novak, 52, added: \
\"It is not over.\" Acme Inc. and the Danube Shipping Company declined to comment.\n\n";

fn manifest() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The bodies of the `.txt`/`.md` documents in `dir`, sorted by path.
fn bodies(dir: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| {
            let format = match p.extension()?.to_str()? {
                "txt" => Format::Txt,
                "md" => Format::Markdown,
                _ => return None,
            };
            let bytes = std::fs::read(p).ok()?;
            Some(parse(&bytes, format, "bench").ok()?.body)
        })
        .collect()
}

/// The articles the benchmark builds its documents from: the shared corpus, else our samples
/// (saying so).
fn articles() -> Vec<String> {
    let corpus = manifest().join("../shared/corpus");
    let found = bodies(&corpus);
    if !found.is_empty() {
        return found;
    }
    println!(
        "extract: no corpus at {}: using the sample briefings in samples/",
        corpus.display()
    );
    bodies(&manifest().join("samples"))
}

/// A surname suffix for copy `k` (empty for the first copy): lower-case syllables, so the
/// varied name still reads as a name (`Aliyevkalo`).
fn suffix(k: usize) -> String {
    const SYLLABLES: [&str; 10] = ["ka", "lo", "mi", "ne", "ro", "sa", "ti", "vu", "ze", "do"];
    let mut out = String::new();
    let mut k = k;
    while k > 0 {
        out.insert_str(0, SYLLABLES[k % 10]);
        k /= 10;
    }
    out
}

/// An article with its people's surnames, as extraction finds them, varied for copy `k`.
struct Template {
    text: String,
    /// Byte ranges of the surnames' occurrences (whole words), in order.
    names: Vec<(usize, usize)>,
}

impl Template {
    fn new(text: String) -> Template {
        let surnames: HashSet<String> = extract(&text)
            .actors
            .iter()
            .filter(|a| a.kind == ActorKind::Person)
            .filter_map(|a| a.name.split_whitespace().last().map(str::to_string))
            .filter(|w| w.chars().count() >= 3 && w.chars().all(char::is_alphabetic))
            .collect();
        let mut names = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    if surnames.contains(&text[s..i]) {
                        names.push((s, i));
                    }
                    start = None;
                }
                _ => {}
            }
        }
        Template { text, names }
    }

    fn copy(&self, k: usize, out: &mut String) {
        let suffix = suffix(k);
        let mut at = 0;
        for &(_, end) in &self.names {
            out.push_str(&self.text[at..end]);
            out.push_str(&suffix);
            at = end;
        }
        out.push_str(&self.text[at..]);
        out.push_str("\n\n");
    }
}

/// News text of at least `size` bytes: the articles repeated in order, with varied surnames.
fn news(templates: &[Template], size: usize) -> String {
    let mut out = String::with_capacity(size + 100_000);
    let mut k = 0;
    'fill: loop {
        for t in templates {
            t.copy(k, &mut out);
            if out.len() >= size {
                break 'fill;
            }
        }
        k += 1;
    }
    out
}

/// CPU time this thread has run, from Linux's `/proc/thread-self/schedstat` (nanoseconds).
fn thread_cpu() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// The time `f` took: this thread's CPU time when available, else wall time; and wall time.
fn timed<T>(f: impl FnOnce() -> T) -> (T, Duration, Duration) {
    let wall = Instant::now();
    let cpu = thread_cpu();
    let out = f();
    let wall = wall.elapsed();
    let cpu = match (cpu, thread_cpu()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => wall,
    };
    (out, cpu, wall)
}

/// One row of the table: the whole extraction, then its stages one by one.
struct Row {
    name: String,
    bytes: usize,
    cpu: Duration,
    wall: Duration,
    stages: [Duration; 3],
    actors: usize,
    claims: usize,
    disputes: usize,
}

/// Extract `text`: the whole `extract()` (the best of `runs`), then each stage once.
fn measure(name: &str, text: &str, runs: usize) -> Row {
    let mut best: Option<(Duration, Duration)> = None;
    let mut counts = (0, 0, 0);
    for _ in 0..runs.max(1) {
        let (x, cpu, wall) = timed(|| extract(black_box(text)));
        counts = (x.actors.len(), x.claims.len(), x.disputes.len());
        drop(x);
        if best.is_none_or(|(c, _)| cpu < c) {
            best = Some((cpu, wall));
        }
    }
    let (cpu, wall) = best.unwrap_or_default();
    let (spans, s, _) = timed(|| sentences::split(text));
    let (found, a, _) = timed(|| actors::find(text, &spans));
    let (_, c, _) = timed(|| claims::find(text, &spans, &found));
    Row {
        name: name.to_string(),
        bytes: text.len(),
        cpu,
        wall,
        stages: [s, a, c],
        actors: counts.0,
        claims: counts.1,
        disputes: counts.2,
    }
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn print_header() {
    println!(
        "{:<22} {:>8} {:>8} {:>8} {:>7} {:>9} {:>8} {:>8} {:>8} {:>7} {:>7} {:>5}",
        "extract",
        "MB",
        "cpu s",
        "wall s",
        "MB/s",
        "s/MB x1MB",
        "sent s",
        "actors s",
        "claims s",
        "actors",
        "claims",
        "disp"
    );
}

fn print_row(r: &Row, per_mb_1: Option<f64>) {
    let mb = r.bytes as f64 / MB as f64;
    let secs = r.cpu.as_secs_f64();
    let ratio = per_mb_1.map_or("-".to_string(), |p| format!("{:.2}", secs / mb / p));
    println!(
        "{:<22} {:>8.1} {:>8.3} {:>8.3} {:>7.1} {:>9} {:>8.3} {:>8.3} {:>8.3} {:>7} {:>7} {:>5}",
        r.name,
        mb,
        secs,
        r.wall.as_secs_f64(),
        mb / secs,
        ratio,
        r.stages[0].as_secs_f64(),
        r.stages[1].as_secs_f64(),
        r.stages[2].as_secs_f64(),
        r.actors,
        r.claims,
        r.disputes
    );
}

/// The sizes in MB: `BRIEF_BENCH_MB=1,10` (for a profiler), else 1, 10, 20 and 40.
fn sizes() -> Vec<usize> {
    std::env::var("BRIEF_BENCH_MB")
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .filter(|v: &Vec<usize>| !v.is_empty())
        .unwrap_or_else(|| vec![1, 10, 20, 40])
}

/// The whole extraction at 1, 10, 20 and 40 MB of news (see [`sizes`]).
fn scale(templates: &[Template]) {
    println!("load average before: {}", load());
    print_header();
    let mut per_mb_1 = None;
    for size in sizes() {
        let runs = if size <= 2 { 5 } else { 1 };
        let text = news(templates, size * MB);
        let row = measure(&format!("news_{size}mb"), &text, runs);
        let per_mb = row.cpu.as_secs_f64() / (row.bytes as f64 / MB as f64);
        per_mb_1.get_or_insert(per_mb);
        print_row(&row, per_mb_1);
    }
    println!("load average after: {}", load());
}

/// The hostile file: one claim and its denial, 120,000 times.
fn hostile() {
    println!("load average before: {}", load());
    print_header();
    let paragraphs = format!("{PAIR}\n\n").repeat(PAIRS);
    print_row(&measure("hostile_paragraphs", &paragraphs, 1), None);
    drop(paragraphs);
    let one = format!("{PAIR} ").repeat(PAIRS);
    print_row(&measure("hostile_one_paragraph", &one, 1), None);
    println!("load average after: {}", load());
}

/// `iters` runs of `f`, timed in thread CPU time when available, else wall time.
fn cpu_timed(iters: u64, mut f: impl FnMut()) -> Duration {
    let (_, cpu, _) = timed(|| {
        for _ in 0..iters {
            f();
        }
    });
    cpu
}

fn criterion_part(templates: &[Template]) {
    let mut c = Criterion::default();
    let mut text = news(templates, MB);
    text.push_str(OWN);
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
    // The stages, to see where time goes.
    g.bench_function("sentences_1mb", |b| {
        b.iter(|| sentences::split(black_box(&text)))
    });
    let spans = sentences::split(&text);
    g.bench_function("actors_1mb_cpu_time", |b| {
        b.iter_custom(|n| {
            cpu_timed(n, || {
                black_box(actors::find(black_box(&text), black_box(&spans)));
            })
        })
    });
    let found = actors::find(&text, &spans);
    g.bench_function("claims_1mb_cpu_time", |b| {
        b.iter_custom(|n| {
            cpu_timed(n, || {
                black_box(claims::find(
                    black_box(&text),
                    black_box(&spans),
                    black_box(&found),
                ));
            })
        })
    });
    // One article at a time, as the reader does.
    let article: String = OWN.repeat(8);
    g.throughput(Throughput::Bytes(article.len() as u64));
    g.bench_function("article_8kb", |b| b.iter(|| extract(black_box(&article))));
    g.finish();
    c.final_summary();
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let named: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with('-'))
        .map(String::as_str)
        .collect();
    let only = |part: &str| named.is_empty() || named.contains(&part);
    let mut sources = articles();
    if sources.is_empty() {
        println!("extract: no corpus and no samples: using this benchmark's own sentences");
    }
    sources.push(OWN.to_string());
    let templates: Vec<Template> = sources.into_iter().map(Template::new).collect();
    if only("scale") {
        scale(&templates);
    }
    if only("hostile") {
        hostile();
    }
    if only("criterion") {
        criterion_part(&templates);
    }
}
