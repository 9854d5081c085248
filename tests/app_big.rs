//! Big documents: extraction arrives from the background worker without moving the reader,
//! and the Claims pane's row layout is the one drawn and paged by.

mod common;

use brief::app::{Action, App, Open, Pane, update};
use brief::config::{ColourDepth, Theme};
use brief::document::BlockKind;
use brief::extract::{Claim, Dispute, Extraction, Stance};
use brief::worker::{Notify, Worker};
use std::sync::{Arc, Mutex, mpsc};
use std::time::Duration;

fn theme() -> Theme {
    Theme::builtins(ColourDepth::TrueColor).remove(0)
}

fn screen(app: &App) -> Vec<String> {
    common::rows(&common::screen(app, &theme()))
}

/// A notifier for the worker and the channel it signals.
fn notifier() -> (Notify, mpsc::Receiver<()>) {
    let (tx, rx) = mpsc::channel();
    let tx = Mutex::new(tx);
    let notify: Notify = Arc::new(move || {
        let _ = tx.lock().map(|t| t.send(()));
    });
    (notify, rx)
}

/// The rows of the Claims pane only.
fn claims_pane(app: &App) -> Vec<String> {
    let layout = brief::app::layout::Layout::new(app.width, app.height, app.focus);
    let area = layout.claims.expect("claims shown");
    let (x, w) = (usize::from(area.x), usize::from(area.width));
    screen(app)
        .iter()
        .skip(usize::from(area.y))
        .take(usize::from(area.height))
        .map(|r| r.chars().skip(x).take(w).collect())
        .collect()
}

#[test]
fn extraction_arrives_later_and_the_reading_position_stays() {
    let (doc, _) = common::briefing();
    let long = common::long_doc(70);
    let mut app = App::new_deferred(vec![long.clone(), doc], 80, 24);
    assert!(!app.docs[0].extracted, "nothing extracted before a worker");
    for _ in 0..3 {
        update(&mut app, Action::PageDown);
    }
    let anchor = app.anchor();
    let (notify, rx) = notifier();
    app.attach_worker(Arc::new(Worker::with_threads(1, notify)));
    assert!(app.docs[0].analysing.is_some());
    let rows = screen(&app).join("\n");
    assert!(rows.contains("analysing"), "{rows}");
    // Keys keep working while it runs.
    update(&mut app, Action::Down);
    update(&mut app, Action::Up);
    while !app.docs[0].extracted {
        rx.recv_timeout(Duration::from_secs(60))
            .expect("the worker finishes");
        app.apply_worker_results();
    }
    assert_eq!(app.anchor(), anchor, "the position did not move");
    assert!(app.docs[0].analysing.is_none());
    assert_eq!(app.docs[0].extraction, brief::extract::extract(&long.body));
    assert!(
        !app.docs[1].extracted,
        "only the shown document is analysed"
    );
    let rows = screen(&app).join("\n");
    assert!(!rows.contains("analysing"), "{rows}");
}

/// A document of `n` claims by different sources, each two sentences long, and one dispute
/// between two long claims.
fn many_claims(n: usize) -> (brief::document::Document, Extraction) {
    let long = "The harbour authority said the convoy was stopped for an inspection at the \
                northern gate after a dispute over the manifests, and that the crews were \
                questioned for several hours before they were released late on Monday night \
                without charge; it added that the road stays open. ENDOFSIDEONE.";
    let other = "The Coastal Union denied that any inspection took place at the northern gate, \
                 calling the stop an ambush by officers who had no warrant and no reason to \
                 hold the crews, and said it would file a complaint with the regional court \
                 before the end of the week. ENDOFSIDETWO.";
    let mut blocks = vec![(BlockKind::Paragraph, long.to_string())];
    blocks.push((BlockKind::Paragraph, other.to_string()));
    for i in 0..n {
        blocks.push((
            BlockKind::Paragraph,
            format!("Claim number {i:02} is made here. It says something about road{i:02}."),
        ));
    }
    let refs: Vec<(BlockKind, &str)> = blocks.iter().map(|(k, t)| (*k, t.as_str())).collect();
    let d = common::doc("Claims", &refs);
    let claim = |id: String, source: String, stance, text: &str| {
        let start = d.body.find(text).unwrap_or(0);
        Claim {
            id,
            source: None,
            source_text: source,
            cue: "said".to_string(),
            stance,
            text: text.to_string(),
            start,
            end: start + text.len(),
        }
    };
    let mut claims = vec![
        claim("d1".into(), "the authority".into(), Stance::Assert, long),
        claim("d2".into(), "the union".into(), Stance::Deny, other),
    ];
    for (i, (_, t)) in blocks.iter().enumerate().skip(2) {
        claims.push(claim(
            format!("c{i}"),
            format!("Source {:02}", i - 2),
            Stance::Assert,
            t,
        ));
    }
    let x = Extraction {
        claims,
        disputes: vec![Dispute {
            id: "d1".to_string(),
            topic: "the inspection".to_string(),
            claims: vec!["d1".into(), "d2".into()],
            sides: vec![vec!["d1".into()], vec!["d2".into()]],
        }],
        ..Extraction::default()
    };
    (d, x)
}

fn claims_app(width: u16, height: u16) -> App {
    let (d, x) = many_claims(40);
    let mut app = App::from_open(vec![Open::with_extraction(d, x)], width, height);
    while app.focus != Pane::Claims {
        update(&mut app, Action::FocusNext);
    }
    app
}

#[test]
fn a_selected_dispute_is_shown_whole_and_side_by_side_at_120_columns() {
    let app = claims_app(120, 40);
    let rows = claims_pane(&app);
    let all = rows.join("\n");
    let head = rows
        .iter()
        .find(|r| r.contains("• asserts"))
        .unwrap_or_else(|| panic!("{all}"));
    assert!(head.contains("✗ denies"), "sides on one row:\n{all}");
    assert!(all.contains("ENDOFSIDEONE"), "side one whole:\n{all}");
    assert!(all.contains("ENDOFSIDETWO"), "side two whole:\n{all}");
    // Another claim, not selected, stays compact; a long one is cut.
    let mut app = app;
    for _ in 0..4 {
        update(&mut app, Action::Down);
    }
    let all = claims_pane(&app).join("\n");
    assert!(
        !all.contains("ENDOFSIDEONE"),
        "cut when not selected:\n{all}"
    );
}

#[test]
fn the_claims_row_layout_is_what_is_drawn() {
    for (w, h) in [(80, 24), (120, 40), (50, 20), (200, 50)] {
        let mut app = claims_app(w, h);
        for step in 0..30 {
            // Drawing checks each row's lines against the layout (debug builds) and the
            // selected entry's head is where the layout puts it.
            let rows = screen(&app);
            let layout = brief::app::layout::Layout::new(w, h, Pane::Claims);
            let area = layout.claims.expect("claims shown").inner();
            let open = &app.docs[0];
            let model = open.claim_rows(usize::from(area.width).max(8));
            let sel =
                model.claim_selection(&open.extraction, &open.claim_entries, open.claim_selected);
            let view = model.view(&sel, usize::from(area.height));
            let (first, _) = view.selected.expect("a selection");
            let y = usize::from(area.y) + first - view.offset;
            assert!(
                rows[y].contains('▸'),
                "{w}x{h} step {step}: selection at {y}:\n{}",
                rows.join("\n")
            );
            update(&mut app, Action::Down);
        }
    }
}

#[test]
fn page_down_in_the_claims_pane_moves_to_the_last_entry_drawn() {
    for (w, h) in [(80, 24), (120, 40), (50, 20)] {
        let mut app = claims_app(w, h);
        // Past the dispute and its claims, into the numbered claims.
        for _ in 0..4 {
            update(&mut app, Action::Down);
        }
        let number = |app: &App| -> usize {
            let entry = app.docs[0].claim_entries[app.docs[0].claim_selected];
            let brief::app::ClaimEntry::Claim(i) = entry else {
                panic!("{entry:?}")
            };
            app.docs[0].extraction.claims[i].text[13..15]
                .parse()
                .expect("numbered")
        };
        let end = |k: usize| format!("road{k:02}.");
        for _ in 0..4 {
            let (old, before) = (number(&app), claims_pane(&app).join("\n"));
            update(&mut app, Action::PageDown);
            let (new, after) = (number(&app), claims_pane(&app).join("\n"));
            assert!(new > old, "{w}x{h}: moved");
            // To the last entry wholly drawn; or, when the selection was already that one,
            // a page on, with the old selection still wholly drawn as context.
            let to_last = before.contains(&end(new)) && !before.contains(&end(new + 1));
            let a_page_on = after.contains(&end(old)) && after.contains(&end(new));
            assert!(
                to_last || a_page_on,
                "{w}x{h}: {old} -> {new}:\n{before}\n{after}"
            );
            assert!(
                !after.contains(&end(new + 1)) || to_last,
                "{w}x{h}:\n{after}"
            );
        }
    }
}

#[test]
fn a_big_document_is_wrapped_a_screen_first_and_wholly_on_the_worker() {
    let long = common::long_doc(200);
    let mut app = App::new_deferred(vec![long.clone()], 80, 24);
    app.wrap_at_once_bytes = 1000;
    update(
        &mut app,
        Action::Resize {
            width: 90,
            height: 24,
        },
    );
    assert!(!app.wrap.complete, "only a window around the position");
    update(&mut app, Action::Down);
    update(&mut app, Action::Down);
    let anchor = app.anchor();
    let (notify, rx) = notifier();
    app.attach_worker(Arc::new(Worker::with_threads(1, notify)));
    let status = screen(&app).last().cloned().unwrap_or_default();
    assert!(status.contains("wrapping"), "{status}");
    while !app.wrap.complete {
        rx.recv_timeout(Duration::from_secs(60))
            .expect("the worker finishes");
        app.apply_worker_results();
    }
    let (w, _) = app.text_size();
    assert_eq!(app.wrap, brief::app::wrap::Wrap::new(&long, w));
    assert_eq!(app.anchor(), anchor);
}

/// The article's screen rows (the first pane's text, borders cut).
fn article_text(app: &App) -> String {
    screen(app).join("\n")
}

#[test]
fn a_window_of_a_big_document_follows_the_reader_before_the_whole_wrap_is_there() {
    let long = common::long_doc(1000);
    let mut app = App::new_deferred(vec![long.clone()], 100, 30);
    app.wrap_at_once_bytes = 1000;
    update(
        &mut app,
        Action::Resize {
            width: 110,
            height: 30,
        },
    );
    let whole = brief::app::wrap::Wrap::new(&long, app.text_size().0);
    // Restored deep in the text: only the blocks around it are wrapped.
    let deep = long.blocks.len() * 3 / 4;
    app.set_anchor(0, brief::app::Anchor::new(deep, 0));
    assert!(!app.wrap.complete);
    assert!(app.wrap.block_range().contains(&deep));
    assert!(app.wrap.block_range().len() < long.blocks.len() / 4);
    let lines_of = |app: &App| {
        let l = app.wrap.lines[app.top_line()];
        (l.block, l.start)
    };
    // Paging down and up past the window's ends moves it, line for line as the whole wrap.
    for action in [Action::PageDown, Action::PageUp] {
        for _ in 0..30 {
            let before = whole.line_of(app.anchor().block, app.anchor_offset());
            update(&mut app, action.clone());
            let after = whole.line_of(app.anchor().block, app.anchor_offset());
            let (_, h) = app.text_size();
            let step = usize::from(h) - 1;
            let expected = if action == Action::PageDown {
                (before + step).min(whole.lines.len() - usize::from(h))
            } else {
                before.saturating_sub(step)
            };
            assert_eq!(after, expected, "{action:?} from line {before}");
            assert!(!app.wrap.complete);
        }
    }
    // G and g reach the ends of the document, not of the window.
    update(&mut app, Action::Bottom);
    let last = long.blocks.len() - 1;
    assert!(article_text(&app).contains(&format!("marker{}:", 999)));
    assert!(
        app.percent() < 100,
        "not read through before the whole wrap is there"
    );
    assert_eq!(
        lines_of(&app).0,
        whole.lines[whole.lines.len() - usize::from(app.text_size().1)].block
    );
    assert!(app.wrap.block_range().contains(&last));
    update(&mut app, Action::Top);
    assert_eq!(app.anchor(), brief::app::Anchor::default());
    // A search match far away moves the window to it.
    update(&mut app, Action::Search);
    common::type_text(&mut app, "marker850:");
    update(&mut app, Action::Activate);
    assert!(
        article_text(&app).contains("marker850:"),
        "{}",
        article_text(&app)
    );
}
