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
