//! Big documents: keystroke-to-frame on 1 MB and 50 MB of real news with its real extraction
//! (every pane showing, 160x48), and the first frame of a 100 MB document with extraction
//! left to the background worker, with the peak resident memory (VmHWM).
//!
//! The documents are built in memory by repeating the articles of `../shared/corpus` (never
//! copied into the repository); without that folder the bench prints why and does nothing.
//!
//! `cargo bench --bench big` runs everything; `-- keys` (or `keys1`, `keys50`: one size) or
//! `-- first-frame` one part. The
//! first frame runs in a child process so that its peak memory is its own.

#[path = "../tests/common/mod.rs"]
mod common;

use brief::app::{Action, Analysed, App, Open, PaneWidths, update};
use brief::config::{ColourDepth, Theme};
use brief::document::{Document, Format};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const MB: usize = 1_000_000;
const WIDTH: u16 = 160;
const HEIGHT: u16 = 48;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

/// The corpus articles' bodies as one `.txt` text of at least `size` bytes (articles repeated
/// in order, separated by blank lines); `None` without the corpus.
fn news_text(size: usize) -> Option<Vec<u8>> {
    let mut articles = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    for p in paths {
        let bytes = std::fs::read(&p).ok()?;
        let doc = brief::document::parse(&bytes, Format::Txt, "corpus").ok()?;
        articles.push(doc.body);
    }
    if articles.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(size + 100_000);
    'fill: loop {
        for a in &articles {
            out.push_str(a);
            out.push_str("\n\n");
            if out.len() >= size {
                break 'fill;
            }
        }
    }
    Some(out.into_bytes())
}

fn parse(bytes: &[u8]) -> Document {
    brief::document::parse(bytes, Format::Txt, "bench").expect("parses")
}

/// Peak resident set size of this process in kB (Linux `/proc/self/status` VmHWM).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

struct Screen {
    terminal: Terminal<TestBackend>,
    theme: Theme,
}

impl Screen {
    fn new() -> Screen {
        Screen {
            terminal: Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("terminal"),
            theme: Theme::builtins(ColourDepth::TrueColor).remove(0),
        }
    }

    fn draw(&mut self, app: &App) {
        let theme = &self.theme;
        self.terminal
            .draw(|f| brief::ui::draw(f, app, theme))
            .expect("draw");
    }
}

/// Median and worst of `runs` timings of `step` (an action applied and the frame drawn).
fn time(runs: usize, mut step: impl FnMut()) -> (Duration, Duration) {
    let mut all: Vec<Duration> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            step();
            t.elapsed()
        })
        .collect();
    all.sort();
    (all[all.len() / 2], all[all.len() - 1])
}

/// CPU time used by the calling thread so far.
fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1e3)
}

fn keys(size: usize) {
    let Some(bytes) = news_text(size) else {
        println!("skipped: no corpus at {}", corpus_dir().display());
        return;
    };
    let mb = bytes.len() as f64 / MB as f64;
    let doc = parse(&bytes);
    let t = Instant::now();
    let x = brief::extract::extract(&doc.body);
    println!(
        "{mb:.1} MB: extraction {:.2} s ({} actors, {} claims, {} disputes)",
        t.elapsed().as_secs_f64(),
        x.actors.len(),
        x.claims.len(),
        x.disputes.len()
    );
    // As the reader's worker does: the panes' order and rows at this terminal's widths are
    // made with the extraction, in the background.
    let t = Instant::now();
    let analysed = Analysed::of(x, &PaneWidths::of(WIDTH, HEIGHT));
    println!(
        "{mb:.1} MB: panes laid out with the extraction (on the worker) {:.2} s",
        t.elapsed().as_secs_f64()
    );
    let mut open = Open::deferred(doc);
    open.set_analysed(analysed);
    let mut app = App::from_open(vec![open], WIDTH, HEIGHT);
    let mut screen = Screen::new();
    screen.draw(&app);
    let runs = 40;
    let report = |name: &str, (med, worst): (Duration, Duration)| {
        println!(
            "{mb:.1} MB {WIDTH}x{HEIGHT}: {name:<34} median {}, worst {}",
            ms(med),
            ms(worst)
        );
    };
    let mut flip = false;
    let step = |app: &mut App, screen: &mut Screen, a: Action| {
        update(app, a);
        screen.draw(app);
    };
    report(
        "j (article)",
        time(runs, || step(&mut app, &mut screen, Action::Down)),
    );
    report(
        "G / g (article)",
        time(runs, || {
            flip = !flip;
            let a = if flip { Action::Bottom } else { Action::Top };
            step(&mut app, &mut screen, a)
        }),
    );
    report(
        "Tab (across panes)",
        time(runs, || step(&mut app, &mut screen, Action::FocusNext)),
    );
    while app.focus != brief::app::Pane::Actors {
        update(&mut app, Action::FocusNext);
    }
    report(
        "j (actors)",
        time(runs, || step(&mut app, &mut screen, Action::Down)),
    );
    while app.focus != brief::app::Pane::Claims {
        update(&mut app, Action::FocusNext);
    }
    report(
        "j (claims)",
        time(runs, || step(&mut app, &mut screen, Action::Down)),
    );
    report(
        "G / g (claims)",
        time(runs, || {
            flip = !flip;
            let a = if flip { Action::Bottom } else { Action::Top };
            step(&mut app, &mut screen, a)
        }),
    );
    report(
        "PageDown (claims)",
        time(runs, || step(&mut app, &mut screen, Action::PageDown)),
    );
}

/// The first frame of a 100 MB document along the reader's own start-up path, in process:
/// read and parse the file (`load::open_library`), the app with extraction deferred
/// (`App::new_deferred`: the window around the reading position wrapped), the worker attached
/// (whole wrap and extraction start in the background), the first frame drawn. Then how long
/// the whole wrap takes to arrive, and the peak memory.
fn first_frame() {
    let Some(bytes) = news_text(100 * MB) else {
        println!("skipped: no corpus at {}", corpus_dir().display());
        return;
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("big.txt");
    std::fs::write(&path, &bytes).expect("write the document");
    drop(bytes);
    let before = peak_rss_kb();
    let t = Instant::now();
    let c = thread_cpu();
    let docs = brief::load::open_library(std::slice::from_ref(&path))
        .expect("opens")
        .documents;
    let parsed = t.elapsed();
    let mut app = App::new_deferred(docs, WIDTH, HEIGHT);
    let (tx, rx) = std::sync::mpsc::channel();
    let tx = std::sync::Mutex::new(tx);
    let notify: brief::worker::Notify = std::sync::Arc::new(move || {
        let _ = tx.lock().map(|t| t.send(()));
    });
    app.attach_worker(std::sync::Arc::new(brief::worker::Worker::new(notify)));
    let built = t.elapsed();
    let mut screen = Screen::new();
    screen.draw(&app);
    let drawn = t.elapsed();
    let drawn_cpu = thread_cpu() - c;
    println!(
        "100 MB first frame {WIDTH}x{HEIGHT} (in process): {} wall, {} CPU of the main thread (read+parse+sanitise {}, app+window wrap+worker {}, draw {})",
        ms(drawn),
        ms(drawn_cpu),
        ms(parsed),
        ms(built - parsed),
        ms(drawn - built)
    );
    let first_rss = peak_rss_kb();
    // The rest of the wrap arrives from the worker (the extraction is still running).
    while !app.wrap.complete {
        let _ = rx.recv_timeout(Duration::from_secs(1));
        app.apply_worker_results();
    }
    println!(
        "100 MB whole wrap arrived after {} ({} lines)",
        ms(t.elapsed()),
        app.wrap.lines.len()
    );
    if let (Some(b), Some(a)) = (before, first_rss) {
        println!(
            "100 MB peak RSS by the first frame: {} MB (the bench's own text before: {} MB)",
            a / 1000,
            b / 1000
        );
    }
    drop(app);
    load_parts(&path);
}

/// The parts of loading the document at `path`, one by one.
fn load_parts(path: &std::path::Path) {
    // The parts of the load on their own (CPU time of this thread: the machine may be busy).
    let c = thread_cpu();
    let raw = std::fs::read(path).expect("read");
    let read_cpu = thread_cpu() - c;
    let c = thread_cpu();
    let text = brief::document::sanitise::decode(&raw, "big.txt").expect("decodes");
    let decode_cpu = thread_cpu() - c;
    let c = thread_cpu();
    let id = brief::document::DocId::of(&text);
    let hash_cpu = thread_cpu() - c;
    let c = thread_cpu();
    let doc = brief::document::parse(&raw, Format::Txt, "big.txt").expect("parses");
    let parse_cpu = thread_cpu() - c;
    std::hint::black_box((&id, &doc.id));
    drop((text, doc));
    drop(raw);
    println!(
        "100 MB load parts (thread CPU): read {}, decode+sanitise {}, content hash {}, whole parse (decode, paragraphs, body, hash) {}",
        ms(read_cpu),
        ms(decode_cpu),
        ms(hash_cpu),
        ms(parse_cpu)
    );
}

/// Process start to first frame of the real binary on a pseudo-terminal (80x24): from the
/// spawn until the terminal shows the document's first words, polled every 2 ms. `BRIEF_BIN`
/// runs another build of the reader instead.
fn first_frame_binary(size: usize) {
    let Some(bytes) = news_text(size) else {
        println!("skipped: no corpus at {}", corpus_dir().display());
        return;
    };
    let first_words: String = String::from_utf8_lossy(&bytes[..200])
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("big.txt");
    std::fs::write(&path, &bytes).expect("write the document");
    let mb = bytes.len() as f64 / MB as f64;
    drop(bytes);
    let config = dir.path().join("config");
    let t = Instant::now();
    // BRIEF_BIN names another build to compare with (e.g. main's).
    let bin = std::env::var("BRIEF_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_brief").into());
    let pty = common::pty::Pty::spawn(
        &bin,
        &[path.as_path()],
        &config,
        common::pty::Hup::Delivered,
    );
    loop {
        if pty.screen().contains(&first_words) {
            break;
        }
        if t.elapsed() > Duration::from_secs(120) {
            println!(
                "{mb:.0} MB binary: no first frame after 120 s:\n{}",
                pty.screen()
            );
            return;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    println!(
        "{mb:.1} MB process start to first frame (real binary on a pty, 80x24): {}",
        ms(t.elapsed())
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let only = |part: &str| {
        let named: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
        named.is_empty() || named.iter().any(|a| a.as_str() == part)
    };
    if args.iter().any(|a| a == "--child-first-frame") {
        first_frame();
        return;
    }
    if !corpus_dir().is_dir() {
        println!(
            "big: skipped: no corpus at {} (the benches build their documents from it)",
            corpus_dir().display()
        );
        return;
    }
    if only("first-frame") {
        let exe = std::env::current_exe().expect("own path");
        let status = std::process::Command::new(exe)
            .arg("--child-first-frame")
            .status()
            .expect("runs");
        assert!(status.success(), "first-frame child failed");
        first_frame_binary(100 * MB);
    }
    if only("keys") || only("keys1") {
        keys(MB);
    }
    if only("keys") || only("keys50") {
        keys(50 * MB);
    }
}
