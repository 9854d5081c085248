//! Reader speed on a generated 1 MB document: wrapping it, and one keystroke (a one-line
//! scroll) to a finished frame at 80x24. Also prints the bytes a one-line scroll writes to
//! a real (crossterm) terminal backend.

#[path = "../tests/common/mod.rs"]
mod common;

use brief::app::wrap::Wrap;
use brief::app::{Action, App, Open, update};
use brief::config::{ColourDepth, Theme};
use criterion::{Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::{CrosstermBackend, TestBackend};
use std::cell::Cell;
use std::hint::black_box;
use std::io::{self, Write};
use std::rc::Rc;

/// About 1 MB of body text.
fn megabyte() -> brief::document::Document {
    let d = common::long_doc(1700);
    assert!(d.body.len() >= 1_000_000, "{} bytes", d.body.len());
    d
}

fn wrap(c: &mut Criterion) {
    let doc = megabyte();
    c.bench_function("wrap 1 MB at 76 columns", |b| {
        b.iter(|| Wrap::new(black_box(&doc), 76))
    });
    // The same text as a .txt file's bytes, through the real parser.
    let bytes: Vec<u8> = doc
        .blocks
        .iter()
        .filter_map(|b| doc.body.get(b.range.clone()))
        .collect::<Vec<_>>()
        .join("\n\n")
        .into_bytes();
    c.bench_function(
        "load 1 MB .txt (parse, no extraction) and wrap at 80x24",
        |b| {
            b.iter(|| {
                let parsed = brief::document::parse(
                    black_box(&bytes),
                    brief::document::Format::Txt,
                    "bench",
                )
                .expect("parses");
                App::from_open(
                    vec![Open::with_extraction(parsed, Default::default())],
                    80,
                    24,
                )
            })
        },
    );
}

fn scroll_frame(c: &mut Criterion) {
    let mut app = App::from_open(
        vec![Open::with_extraction(megabyte(), Default::default())],
        80,
        24,
    );
    for _ in 0..200 {
        update(&mut app, Action::PageDown);
    }
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let mut down = true;
    c.bench_function("one-line scroll to frame, 1 MB at 80x24", |b| {
        b.iter(|| {
            update(&mut app, if down { Action::Down } else { Action::Up });
            down = !down;
            terminal
                .draw(|f| brief::ui::draw(f, &app, &theme))
                .expect("draw");
        })
    });
}

fn first_frame(c: &mut Criterion) {
    let doc = common::long_doc(170);
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    c.bench_function(
        "100 KB article: extract, wrap and draw the first frame at 80x24",
        |b| {
            b.iter(|| {
                let app = App::new(vec![doc.clone()], 80, 24);
                let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
                terminal
                    .draw(|f| brief::ui::draw(f, &app, &theme))
                    .expect("draw");
            })
        },
    );
}

/// Counts what the backend writes instead of sending it anywhere.
struct Counter(Rc<Cell<usize>>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.set(self.0.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// Bytes a one-line scroll (`j`) writes to a real (crossterm) backend, through the reader's
/// own drawing path ([`brief::tui::Frames`]: a terminal scrolling region when the article
/// spans the width), at a narrow size where it does and at side-by-side sizes where it
/// cannot (the other panes share the rows).
fn bytes_per_scroll(_: &mut Criterion) {
    for (w, h) in [(50, 24), (59, 60), (80, 24), (120, 40), (200, 60)] {
        let mut app = App::from_open(
            vec![Open::with_extraction(megabyte(), Default::default())],
            w,
            h,
        );
        update(&mut app, Action::PageDown);
        for depth in [ColourDepth::TrueColor, ColourDepth::None] {
            let theme = Theme::builtins(depth).remove(0);
            let count = Rc::new(Cell::new(0));
            let backend = CrosstermBackend::new(Counter(Rc::clone(&count)));
            let mut terminal = Terminal::with_options(
                backend,
                ratatui::TerminalOptions {
                    viewport: ratatui::Viewport::Fixed(ratatui::layout::Rect::new(0, 0, w, h)),
                },
            )
            .expect("terminal");
            let mut frames = brief::tui::Frames::default();
            let mut draw = |app: &App, terminal: &mut Terminal<CrosstermBackend<Counter>>| {
                frames
                    .draw(terminal, app, |f| brief::ui::draw(f, app, &theme))
                    .expect("draw");
            };
            draw(&app, &mut terminal);
            let first = count.get();
            update(&mut app, Action::Down);
            draw(&app, &mut terminal);
            let scroll = count.get() - first;
            println!(
                "bytes written: first frame {first}, one-line scroll {scroll} ({depth:?}, {w}x{h})"
            );
        }
    }
}

criterion_group!(benches, wrap, scroll_frame, first_frame, bytes_per_scroll);
criterion_main!(benches);
