//! Library mode figures (issue 9), printed, not asserted:
//!
//! - the real binary in a tmux terminal on a generated library: first frame from launch,
//!   time until indexing is complete, peak RSS (VmHWM); then the same with the cache warm;
//! - in-process: keystroke-to-frame (update + render into a TestBackend buffer) while the
//!   library is being indexed on the worker.
//!
//! `cargo bench --bench library` runs 10,000 documents; `-- 100000` (or any counts) others;
//! `-- gen DIR N` only writes a library. Needs tmux for the process figures.

#[path = "library_gen.rs"]
mod library_gen;

use brief::app::{Action, App, update};
use brief::config::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if args.first().map(String::as_str) == Some("gen") {
        let dir = Path::new(&args[1]);
        let n: usize = args[2].parse().expect("a count");
        let bytes = library_gen::generate(dir, n, 7).expect("generate");
        println!(
            "wrote {n} documents, {:.1} MB, to {}",
            mb(bytes),
            dir.display()
        );
        return;
    }
    if args.first().map(String::as_str) == Some("keys") {
        // Only the in-process keystroke figures (for a profiler): `-- keys N`.
        let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
        let dir = tempfile::tempdir().expect("temp dir");
        let lib = dir.path().join("lib");
        library_gen::generate(&lib, n, 7).expect("generate");
        keystrokes(&lib, &dir.path().join("cache"));
        return;
    }
    let counts: Vec<usize> = if args.is_empty() {
        vec![10_000]
    } else {
        args.iter().filter_map(|a| a.parse().ok()).collect()
    };
    for n in counts {
        bench(n);
    }
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn bench(n: usize) {
    let dir = tempfile::tempdir().expect("temp dir");
    let lib = dir.path().join("lib");
    let t = Instant::now();
    let bytes = library_gen::generate(&lib, n, 7).expect("generate");
    println!(
        "\n== library of {n} documents, {:.1} MB (generated in {:.1} s)",
        mb(bytes),
        t.elapsed().as_secs_f64()
    );
    let cache = dir.path().join("cache");
    let config = dir.path().join("config");
    std::fs::create_dir_all(&config).ok();
    match process_run(&lib, &cache, &config, "cold") {
        Some(()) => {
            process_run(&lib, &cache, &config, "warm");
        }
        None => println!("tmux not available: process figures skipped"),
    }
    keystrokes(&lib, &dir.path().join("cache2"));
}

/// Launch the binary in tmux and report first frame, index complete, peak RSS.
fn process_run(lib: &Path, cache: &Path, config: &Path, label: &str) -> Option<()> {
    Command::new("tmux").arg("-V").output().ok()?;
    let socket = format!("brief-bench-{}", std::process::id());
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .arg("-L")
            .arg(&socket)
            .args(args)
            .output()
            .expect("tmux")
    };
    let command = format!(
        "env BRIEF_CACHE_DIR='{}' BRIEF_CONFIG_DIR='{}' LANG=C.UTF-8 TERM=xterm-256color '{}' '{}'",
        cache.display(),
        config.display(),
        env!("CARGO_BIN_EXE_brief"),
        lib.display()
    );
    let screen =
        || String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", "0"]).stdout).into_owned();
    let start = Instant::now();
    tmux(&["new-session", "-d", "-x", "120", "-y", "40", &command]);
    let first = wait(Duration::from_secs(30), 2, || screen().contains("briefing"));
    if !first {
        println!(
            "{label:>5}: no first frame within 30 s; screen:\n{}",
            screen()
        );
        tmux(&["kill-server"]);
        return Some(());
    }
    let first_ms = start.elapsed().as_secs_f64() * 1e3;
    let pid = String::from_utf8_lossy(&tmux(&["display", "-p", "-t", "0", "#{pane_pid}"]).stdout)
        .trim()
        .to_string();
    // Polling less often here: each capture is a process competing for the cores.
    let listed = wait(Duration::from_secs(600), 20, || {
        let s = screen();
        !s.contains("listing") && !s.contains("reading ")
    });
    let listed_ms = start.elapsed().as_secs_f64() * 1e3;
    let done = wait(Duration::from_secs(1800), 50, || {
        let s = screen();
        s.contains("briefing")
            && !s.contains("indexing")
            && !s.contains("listing")
            && !s.contains("reading ")
    });
    let done_ms = start.elapsed().as_secs_f64() * 1e3;
    let hwm = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines().find(|l| l.starts_with("VmHWM")).map(|l| {
                l.split_whitespace()
                    .nth(1)
                    .unwrap_or("0")
                    .parse::<f64>()
                    .unwrap_or(0.0)
                    / 1024.0
            })
        })
        .unwrap_or(0.0);
    let count_line = screen()
        .lines()
        .find(|l| l.contains("briefing"))
        .unwrap_or("")
        .trim()
        .to_string();
    tmux(&["send-keys", "-t", "0", "q"]);
    std::thread::sleep(Duration::from_millis(300));
    tmux(&["kill-server"]);
    // Let the cache writer finish before the warm run.
    std::thread::sleep(Duration::from_millis(1500));
    println!(
        "{label:>5}: first frame {first_ms:.0} ms{}; all listed {listed_ms:.0} ms{}; index complete {done_ms:.0} ms{}; peak RSS {hwm:.0} MB",
        if first { "" } else { " (timed out)" },
        if listed { "" } else { " (timed out)" },
        if done { "" } else { " (timed out)" },
    );
    println!("       count line: {count_line}");
    Some(())
}

fn wait(limit: Duration, every_ms: u64, mut ok: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < limit {
        if ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(every_ms));
    }
    false
}

/// Keystroke to frame while the library indexes: `j` then a full render, timed.
fn keystrokes(lib: &Path, cache: &Path) {
    // SAFETY: single-threaded at this point; the variable points the cache at a temp dir.
    unsafe { std::env::set_var("BRIEF_CACHE_DIR", cache) };
    let theme = Theme::default();
    let mut app = App::new(Vec::new(), 120, 40);
    let root = std::path::absolute(lib).expect("absolute");
    app.library = Some(brief::app::library::LibraryView::new(root.clone()));
    let notify: brief::worker::Notify = std::sync::Arc::new(|| {});
    let worker = brief::worker::Worker::new(std::sync::Arc::clone(&notify));
    let mut loader = brief::library::loader::Loader::start(vec![root], notify);
    let area = Rect::new(0, 0, 120, 40);
    let mut buf = Buffer::empty(area);
    let start = Instant::now();
    let mut times = Vec::new();
    let mut ticks = Vec::new();
    let mut cpu_times = Vec::new();
    let mut cpu_ticks = Vec::new();
    loop {
        let t = Instant::now();
        let c = thread_cpu();
        let mut indexed = Vec::new();
        for done in worker.drain() {
            if let brief::worker::Done::Indexed(b) = done {
                indexed.push(b);
            }
        }
        let updates = loader.poll(&worker, indexed);
        brief::app::library::apply(&mut app, updates, loader.progress());
        ticks.push(t.elapsed());
        cpu_ticks.push(thread_cpu() - c);
        let t = Instant::now();
        let c = thread_cpu();
        update(&mut app, Action::Down);
        brief::ui::render(&app, &theme, area, &mut buf);
        times.push(t.elapsed());
        cpu_times.push(thread_cpu() - c);
        if !loader.progress().busy || start.elapsed() > Duration::from_secs(1800) {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    let total = start.elapsed();
    let stats = |v: &mut Vec<Duration>| {
        v.sort();
        let p = |q: f64| v[((v.len() - 1) as f64 * q) as usize].as_secs_f64() * 1e3;
        (p(0.5), p(0.99), p(1.0))
    };
    let (k50, k99, kmax) = stats(&mut times);
    let (t50, t99, tmax) = stats(&mut ticks);
    println!(
        "in-process, while indexing ({:.1} s, {} keystrokes): keystroke to frame median {k50:.2} ms, p99 {k99:.2} ms, max {kmax:.2} ms; applying results per tick median {t50:.2} ms, p99 {t99:.2} ms, max {tmax:.2} ms",
        total.as_secs_f64(),
        times.len()
    );
    let (k50, k99, kmax) = stats(&mut cpu_times);
    let (t50, t99, tmax) = stats(&mut cpu_ticks);
    println!(
        "  the same in CPU time of the UI thread (load-independent): keystroke to frame median {k50:.2} ms, p99 {k99:.2} ms, max {kmax:.2} ms; applying per tick median {t50:.2} ms, p99 {t99:.2} ms, max {tmax:.2} ms"
    );
}

/// CPU time used by the calling thread: waits for a core on a loaded machine do not count.
fn thread_cpu() -> Duration {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}
