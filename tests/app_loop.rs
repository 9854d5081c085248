//! The real event loop on a TestBackend, fed messages as the terminal threads would feed it:
//! keys, pastes, signals, a lost terminal, wake-ups from background work and the timer.
//! And pastes at the app level: into the input line that has focus, never read as keys.

mod common;

use brief::app::session;
use brief::app::{Action, App, update};
use brief::config::Theme;
use brief::state::{Bookmarks, ReadingState};
use brief::tui::{self, Exit, Message, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::time::{Duration, Instant};

fn app() -> App {
    let mut doc = common::long_doc(30);
    doc.path = Some("/tmp/long.txt".into());
    let mut app = App::new(vec![doc], 80, 24);
    session::restore(&mut app, ReadingState::new(), Bookmarks::new());
    app
}

fn key(c: char) -> Message {
    Message::Input(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )))
}

fn enter() -> Message {
    Message::Input(Event::Key(KeyEvent::new(
        KeyCode::Enter,
        KeyModifiers::NONE,
    )))
}

/// Run the loop on an 80x24 TestBackend until it stops, after `messages` were queued.
fn run(
    app: &mut App,
    messages: Vec<Message>,
    tick: tui::Tick<'_>,
) -> (Exit, Terminal<TestBackend>) {
    let (events, _notify) = tui::channel();
    let tx = events.sender();
    for m in messages {
        tx.send(m).expect("the loop's channel");
    }
    looped(app, &events, tick, false)
}

/// Run the loop (with panics caught when `caught`) on an 80x24 TestBackend fed by `events`.
fn looped(
    app: &mut App,
    events: &tui::Events,
    tick: tui::Tick<'_>,
    caught: bool,
) -> (Exit, Terminal<TestBackend>) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
    let themes = [Theme::default()];
    let view = View {
        themes: &themes,
        ascii: false,
    };
    let exit = match caught {
        true => tui::run_caught(&mut terminal, app, &view, events, tick),
        false => tui::run_loop(&mut terminal, app, &view, events, tick),
    };
    (exit, terminal)
}

const PASTED: &str = "check this\nsource ' x q";

#[test]
fn a_paste_into_the_note_input_is_the_note() {
    let mut app = app();
    update(&mut app, Action::BookmarkWithNote);
    update(&mut app, Action::Paste(PASTED.to_string()));
    assert!(app.input.is_some(), "the note input is still open");
    let effects = update(&mut app, Action::Activate);
    let marks = app.session.bookmarks.all();
    assert_eq!(marks.len(), 1);
    assert_eq!(marks[0].note, "check this source ' x q");
    assert!(
        effects.is_empty() && app.overlay.is_none(),
        "no key of the paste ran"
    );
}

#[test]
fn a_paste_goes_into_the_search_and_the_list_filter() {
    let mut app = app();
    update(&mut app, Action::Search);
    update(&mut app, Action::Paste("marker\t7\u{1b}[2J".to_string()));
    assert_eq!(
        app.input.as_ref().map(|i| i.text.as_str()),
        Some("marker 7[2J")
    );
    update(&mut app, Action::Escape);
    update(&mut app, Action::Bookmark);
    update(&mut app, Action::Bookmarks);
    update(&mut app, Action::Search);
    update(&mut app, Action::Paste("x\nq".to_string()));
    assert_eq!(app.input.as_ref().map(|i| i.text.as_str()), Some("x q"));
    assert_eq!(app.session.bookmarks.len(), 1, "x did not delete");
}

#[test]
fn a_paste_with_no_input_open_is_ignored_and_said() {
    let mut app = app();
    let top = app.top_line();
    let effects = update(&mut app, Action::Paste("jjjjG q".to_string()));
    assert_eq!(app.top_line(), top);
    assert!(effects.is_empty(), "no quit");
    let msg = app.message.clone().unwrap_or_default();
    assert!(msg.contains("paste ignored"), "{msg}");
}

#[test]
fn the_loop_takes_a_bracketed_paste_as_text_and_quits_on_q() {
    let mut app = app();
    let mut ticks = 0;
    let messages = vec![
        key('B'),
        Message::Input(Event::Paste(PASTED.to_string())),
        enter(),
        key('q'),
    ];
    let (exit, terminal) = run(&mut app, messages, &mut |_, _| {
        ticks += 1;
        false
    });
    assert_eq!(exit, Exit::Quit);
    assert_eq!(app.session.bookmarks.len(), 1);
    assert_eq!(
        app.session.bookmarks.all()[0].note,
        "check this source ' x q"
    );
    assert!(ticks >= 4, "the tick runs after every message: {ticks}");
    let rows = common::rows(terminal.backend().buffer());
    assert!(rows[0].contains("Article"), "drawn: {}", rows[0]);
}

#[test]
fn signals_and_a_lost_terminal_end_the_loop() {
    for (msg, want) in [
        (Message::Signal(15), Exit::Signal(15)),
        (Message::Signal(1), Exit::Signal(1)),
        (
            Message::TerminalLost("hung up".into()),
            Exit::TerminalLost("hung up".into()),
        ),
    ] {
        let mut app = app();
        let (exit, _) = run(&mut app, vec![key('j'), msg, key('j')], &mut |_, _| false);
        assert_eq!(exit, want);
        assert_eq!(
            exit.code(),
            match want {
                Exit::Signal(n) => 128 + n as u8,
                _ => 1,
            }
        );
        assert_eq!(
            app.top_line(),
            1,
            "the key before ran, the one after did not"
        );
    }
}

#[test]
fn a_notify_from_another_thread_wakes_the_tick() {
    let (events, notify) = tui::channel();
    let mut app = app();
    let worker = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(50));
        notify();
    });
    let mut ticks = 0;
    let quit = events.sender();
    let tick = &mut |_: &mut App, _| {
        ticks += 1;
        // The first tick runs before anything arrives; the second is the wake-up.
        if ticks == 2 {
            quit.send(key('q')).expect("the loop's channel");
        }
        false
    };
    let (exit, _) = looped(&mut app, &events, tick, false);
    worker.join().expect("worker");
    assert_eq!(exit, Exit::Quit);
    assert_eq!(ticks, 3, "start, wake-up, the q sent");
}

#[test]
fn the_timer_wakes_the_loop_once_at_its_deadline() {
    let (events, _notify) = tui::channel();
    let timer = events.timer();
    let mut app = app();
    let start = Instant::now();
    let mut ticks = Vec::new();
    let quit = events.sender();
    let tick = &mut |_: &mut App, _| {
        ticks.push(start.elapsed());
        match ticks.len() {
            1 => timer.set(Some(start + Duration::from_millis(80))),
            2 => quit.send(key('q')).expect("the loop's channel"),
            _ => {}
        }
        false
    };
    let (exit, _) = looped(&mut app, &events, tick, false);
    assert_eq!(exit, Exit::Quit);
    assert_eq!(ticks.len(), 3, "start, the deadline, the q sent: {ticks:?}");
    assert!(ticks[1] >= Duration::from_millis(80), "{ticks:?}");
    assert_eq!(timer.get(), None, "a fired deadline is cleared");
}

#[test]
fn a_panic_in_the_loop_is_caught_and_the_app_kept_for_saving() {
    let (events, _notify) = tui::channel();
    let tx = events.sender();
    tx.send(key('b')).expect("send");
    tx.send(key('j')).expect("send");
    let mut app = app();
    let mut ticks = 0;
    let tick = &mut |_: &mut App, _| {
        ticks += 1;
        assert!(ticks < 3, "a bug in the tick");
        false
    };
    let (exit, _) = looped(&mut app, &events, tick, true);
    assert!(
        matches!(&exit, Exit::Panicked(msg) if msg.contains("a bug in the tick")),
        "{exit:?}"
    );
    assert_eq!(exit.code(), 101);
    assert_eq!(
        app.session.bookmarks.len(),
        1,
        "the bookmark is there to save"
    );
    assert!(app.session.is_dirty());
}
