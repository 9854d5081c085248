//! The Claims pane shows a dispute's sides as columns when there is room, stacked with a rule
//! between them when there is not.

mod common;

use brief::app::{App, Open};
use brief::config::{ColourDepth, Theme};

/// A dispute of three claims on two sides: c1 and c3 (one source) against c2.
fn two_sided(width: u16, height: u16) -> Vec<String> {
    let (d, mut x) = common::briefing();
    let ids = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    x.disputes[0].claims = ids(&["c1", "c3", "c2"]);
    x.disputes[0].sides = vec![ids(&["c1", "c3"]), ids(&["c2"])];
    let app = App::from_open(vec![Open::with_extraction(d, x)], width, height);
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    common::rows(&common::screen(&app, &theme))
}

#[test]
fn a_wide_claims_pane_puts_each_side_of_a_dispute_in_its_own_column() {
    let rows = two_sided(250, 50);
    let row_of = |needle: &str| rows.iter().position(|r| r.contains(needle));
    let first = &rows[row_of("✗ denies").expect("the denying side is shown")];
    // The denial stands level with the first claim of the other side, not under it.
    let deny_at = first.find("✗ denies").unwrap_or(0);
    let assert_at = first.find("• asserts").expect("both sides on one row");
    assert!(assert_at < deny_at, "{first}");
    // The second claim of the first side stands under the first one, in the first column.
    let urge_row = row_of("! urges").expect("c3 is shown");
    assert!(
        urge_row > row_of("✗ denies").unwrap_or(0),
        "{}",
        rows.join("\n")
    );
    let urge = &rows[urge_row];
    assert!(
        urge.find("! urges").unwrap_or(usize::MAX) < deny_at,
        "{urge}"
    );
}

#[test]
fn a_narrow_claims_pane_stacks_the_sides_with_a_rule_between_them() {
    let rows = two_sided(80, 40);
    let at = |needle: &str| rows.iter().position(|r| r.contains(needle));
    let (urge, rule, deny) = (at("! urges"), at("── vs ──"), at("✗ denies"));
    assert!(
        urge < rule && rule < deny && urge.is_some(),
        "{}",
        rows.join("\n")
    );
}

/// A library app over fixture `case` of tests/fixtures/disputes (indexed as the loader
/// would), showing the document `first` with the Claims pane focused.
fn library_on(case: &str, first: &str) -> App {
    use brief::app::library::{LibraryView, apply};
    use brief::library::loader::{Progress, Update};
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/disputes")
        .join(case);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("fixture")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let indexed = paths
        .iter()
        .map(|p| brief::library::index::index_file(p, &Default::default()))
        .collect();
    let mut app = App::new(Vec::new(), 140, 40);
    app.library = Some(LibraryView::new(dir.clone()));
    apply(
        &mut app,
        vec![Update::Indexed(indexed)],
        Progress::default(),
    );
    let doc = brief::load::open_file(&dir.join(first)).expect("loads");
    brief::app::session::open_loaded(&mut app, doc, Default::default());
    if let Some(lv) = app.library.as_mut() {
        lv.shown = false;
    }
    app.focus = brief::app::Pane::Claims;
    app
}

fn text_of(app: &App) -> String {
    let theme = Theme::builtins(ColourDepth::TrueColor).remove(0);
    common::rows(&common::screen(app, &theme)).join("\n")
}

#[test]
fn a_claim_disputed_in_another_briefing_says_so_and_lists_it_and_opens_it_highlighted() {
    use brief::app::{Action, Effect, MarkKind, Overlay, update};
    let mut app = library_on("deny", "post.md");
    // Select the Post's claim that the wire's denial answers.
    let rows = app.open().expect("open").claim_entries.len();
    for _ in 0..rows {
        if brief::app::disputes::disputed_in(&app).is_some() {
            break;
        }
        update(&mut app, Action::Down);
    }
    assert_eq!(brief::app::disputes::disputed_in(&app), Some(1));
    let screen = text_of(&app);
    assert!(screen.contains("disputed in 1 other briefing "), "{screen}");
    update(&mut app, Action::DisputingDocuments);
    let Some(Overlay::OtherBriefings(list)) = &app.overlay else {
        panic!("the list of disputing briefings: {:?}", app.overlay);
    };
    assert_eq!(list.entries.len(), 1);
    let brief::app::library::Wanted::Claim(want) = list.entries[0].wanted.clone() else {
        panic!("the claim to highlight");
    };
    let screen = text_of(&app);
    assert!(screen.contains("Halvor denies closure report"), "{screen}");
    assert!(screen.contains("Halvor Energy denies"), "{screen}");
    // Enter: the other document is loaded (by the event loop) and shown at its claim.
    let effects = update(&mut app, Action::Activate);
    let Some(Effect::Load(load)) = effects.into_iter().next() else {
        panic!("a document to load");
    };
    assert!(load.path.ends_with("wire.md"));
    let doc = brief::load::open_file(&load.path).expect("loads");
    brief::app::session::open_loaded(&mut app, doc, load.at);
    // The event loop's tick selects what the jump wanted once the document is shown.
    assert!(brief::app::library::select_wanted(&mut app));
    let open = app.open().expect("open");
    assert!(
        open.doc
            .path
            .as_deref()
            .is_some_and(|p| p.ends_with("wire.md"))
    );
    let marks = app.marks.as_ref().expect("the claim highlighted");
    assert_eq!(marks.kind, MarkKind::Claim);
    assert_eq!(marks.spans, vec![want]);
    assert!(open.doc.body[want.start..want.end].contains("has denied a report"));
    // And from that side, the Post disputes it.
    app.focus = brief::app::Pane::Claims;
    assert!(text_of(&app).contains("disputed in 1 other briefing"));
}

#[test]
fn agreeing_briefings_show_no_dispute_across_the_library() {
    let mut app = library_on("agree", "post.md");
    let rows = app.open().expect("open").claim_entries.len();
    for _ in 0..rows {
        assert_eq!(brief::app::disputes::disputed_in(&app), None);
        brief::app::update(&mut app, brief::app::Action::Down);
    }
    assert!(!text_of(&app).contains("disputed in"));
}
