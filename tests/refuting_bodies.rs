//! Refuting against confirming news bodies (tests/fixtures/stories, written for these tests):
//! a body that refutes a circulating story should be flagged (a denial or a dispute found),
//! a body that only confirms or reports should not. Prints both rates and what was missed or
//! wrongly flagged; the aim is at least half flagged at no more than 15% false alarms.

use brief::extract::{Stance, extract};

/// The bodies of fixture file `name`: blocks separated by `---` lines, `#` lines skipped.
fn bodies(name: &str) -> Vec<String> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/stories")
        .join(name);
    let text = std::fs::read_to_string(&path).expect("fixture");
    text.split("\n---\n")
        .map(|b| {
            b.lines()
                .filter(|l| !l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n")
                .trim()
                .to_string()
        })
        .filter(|b| !b.is_empty())
        .collect()
}

/// Whether extraction finds a denial or a dispute in `body`.
fn flagged(body: &str) -> bool {
    let x = extract(body);
    !x.disputes.is_empty() || x.claims.iter().any(|c| c.stance == Stance::Deny)
}

/// (flagged, total), printing the bodies whose flag is not `want`.
fn rate(name: &str, want: bool) -> (usize, usize) {
    let all = bodies(name);
    let mut n = 0;
    for b in &all {
        let f = flagged(b);
        n += usize::from(f);
        if f != want {
            let head: String = b.chars().take(90).collect();
            println!("{name}: {}: {head}…", if f { "flagged" } else { "missed" });
        }
    }
    (n, all.len())
}

#[test]
fn half_of_refuting_bodies_are_flagged_at_few_false_alarms_on_confirming_ones() {
    let (hits, refuting) = rate("refuting.txt", true);
    let (alarms, confirming) = rate("confirming.txt", false);
    let recall = hits as f64 / refuting as f64;
    let false_alarms = alarms as f64 / confirming as f64;
    println!(
        "refuting flagged: {hits}/{refuting} ({:.0}%); confirming flagged: {alarms}/{confirming} ({:.0}%)",
        recall * 100.0,
        false_alarms * 100.0
    );
    assert!(refuting >= 30 && confirming >= 30);
    assert!(recall >= 0.5, "recall {recall:.2}");
    assert!(false_alarms <= 0.15, "false alarms {false_alarms:.2}");
}

/// Written after the rules of the first set; measured first at 7/15 refuting and 1/15
/// confirming flagged, then its misses led to general rules (a verdict line, `no such`, an
/// old photo's year), so it is no longer unseen.
#[test]
fn a_second_set_written_after_the_rules_is_measured_too() {
    let (hits, refuting) = rate("refuting_heldout.txt", true);
    let (alarms, confirming) = rate("confirming_heldout.txt", false);
    println!(
        "held-out refuting flagged: {hits}/{refuting}; confirming flagged: {alarms}/{confirming}"
    );
    assert!(refuting >= 15 && confirming >= 15);
    assert!(hits * 2 >= refuting && alarms * 100 <= confirming * 15);
}
