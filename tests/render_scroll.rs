//! A scroll of an article that spans the width is done by the terminal (a scrolling region)
//! and the rest by ratatui's diff: the screen must end up exactly as a full redraw draws it.

mod common;

use brief::app::{Action, App, Open, update};
use brief::config::{ColourDepth, Theme};
use brief::tui::Frames;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn app_at(width: u16, height: u16) -> App {
    App::from_open(
        vec![Open::with_extraction(
            common::long_doc(40),
            Default::default(),
        )],
        width,
        height,
    )
}

#[test]
fn scrolled_frames_equal_full_redraws() {
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    // 50 columns: the article spans the width (narrow); 80 and 200: side by side.
    for (w, h) in [(50, 20), (80, 24), (200, 60)] {
        let mut app = app_at(w, h);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("terminal");
        let mut frames = Frames::default();
        let steps = [
            Action::Down,
            Action::Down,
            Action::Up,
            Action::PageDown,
            Action::Down,
            Action::HalfPageUp,
            Action::Search,
            Action::Escape,
            Action::Down,
        ];
        for action in steps {
            update(&mut app, action.clone());
            frames
                .draw(&mut terminal, &app, |f| brief::ui::draw(f, &app, &theme))
                .expect("draw");
            let fresh = common::screen(&app, &theme);
            assert_eq!(
                common::rows(terminal.backend().buffer()),
                common::rows(&fresh),
                "{w}x{h} after {action:?}"
            );
            assert_eq!(
                terminal.backend().buffer(),
                &fresh,
                "{w}x{h} after {action:?}"
            );
        }
    }
}
