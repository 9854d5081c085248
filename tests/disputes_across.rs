//! Disputes across documents, on a small library of pairs written for these tests
//! (tests/fixtures/disputes/): the pure finder, `brief disputes` and `brief report`.

use brief::extract::Stance;
use brief::library::disputes;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(case: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/disputes")
        .join(case)
}

/// The disputes across the two documents of fixture `case`.
fn across(case: &str) -> Vec<disputes::Dispute> {
    let docs = brief::cli::disputes::extracted(&[fixture(case)]).expect("fixture loads");
    brief::cli::disputes::across(&docs)
}

#[test]
fn one_outlet_reports_and_another_denies_is_one_dispute() {
    let found = across("deny");
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(d.topic, "closure of the Amsel plant");
    let stances: Vec<Stance> = d.sides.iter().map(|s| s.stance).collect();
    assert_eq!(stances, vec![Stance::Assert, Stance::Deny]);
    assert!(d.sides[0].document.ends_with("post.md"));
    assert!(d.sides[1].document.ends_with("wire.md"));
    assert_eq!(d.sides[1].source, "Halvor Energy");
    // The index the app uses: the Post's claim is disputed in one other briefing.
    let docs = brief::cli::disputes::extracted(&[fixture("deny")]).expect("fixture loads");
    let index = brief::cli::disputes::index(&docs);
    let post = &d.sides[0];
    assert_eq!(index.documents_disputing(post.doc, &post.claim), 1);
    let against = index.disputing(post.doc, &post.claim);
    assert_eq!(against.len(), 1);
    let against: Vec<_> = against.into_iter().map(|(_, f)| f).collect();
    assert_eq!(against[0].source, "Halvor Energy");
}

#[test]
fn two_outlets_agreeing_make_no_dispute() {
    assert!(across("agree").is_empty());
}

#[test]
fn different_events_sharing_words_make_no_dispute() {
    assert!(across("different").is_empty());
}

#[test]
fn contradicting_figures_are_a_dispute() {
    let found = across("figures");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].topic.starts_with("number killed in the blast"),
        "{}",
        found[0].topic
    );
}

#[test]
fn offsets_index_each_documents_sanitised_body() {
    let found = across("deny");
    for side in &found[0].sides {
        let doc = brief::load::open_file(Path::new(&side.document)).expect("loads");
        let sentence = &doc.body[side.start..side.end];
        assert!(sentence.contains("Amsel plant"), "{sentence}");
    }
}

fn brief(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env(
            "BRIEF_CONFIG_DIR",
            std::env::temp_dir().join("brief-disputes-test"),
        )
        .output()
        .expect("brief runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn brief_disputes_prints_the_json_shape() {
    let dir = fixture("deny");
    let out = brief(&["disputes", dir.to_str().expect("path"), "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let d = &v["disputes"][0];
    assert_eq!(d["topic"], "closure of the Amsel plant");
    let side = &d["sides"][1];
    for key in ["document", "source", "stance", "text", "start", "end"] {
        assert!(side.get(key).is_some(), "{key} missing: {side}");
    }
    assert_eq!(side["stance"], "deny");
    assert!(side["start"].is_u64() && side["end"].is_u64());
    let text = brief(&["disputes", dir.to_str().expect("path"), "--format", "text"]);
    assert!(text.contains("closure of the Amsel plant"), "{text}");
}

#[test]
fn brief_report_cites_actors_disputes_and_sources() {
    let dir = fixture("deny");
    let out = brief(&[
        "report",
        dir.to_str().expect("path"),
        "--format",
        "markdown",
    ]);
    assert!(out.starts_with("# Briefing report"), "{out}");
    assert!(out.contains("## Actors"), "{out}");
    assert!(out.contains("- **Halvor Energy** (organization)"), "{out}");
    assert!(
        out.contains("### closure of the Amsel plant (across documents)"),
        "{out}"
    );
    assert!(
        out.contains("**Halvor Energy** denies: “a report by the Kestrian Post"),
        "{out}"
    );
    assert!(
        out.contains("*Halvor denies closure report* (Norland Wire)"),
        "{out}"
    );
    assert!(out.contains("## Unattributed loaded assertions"), "{out}");
}

#[test]
fn a_report_escapes_markdown_and_controls_from_documents() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("odd.md");
    std::fs::write(
        &path,
        "+++\ntitle = \"*Bold* [link](x) \\u001b[31m\"\nsource = \"Post_\"\n+++\nThe Varn ministry denied reports that it had sold the Osk frigates.\n",
    )
    .expect("write");
    let out = brief(&["report", path.to_str().expect("path")]);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.contains("\\*Bold\\* \\[link\\](x)"), "{out}");
    assert!(out.contains("(Post\\_)"), "{out}");
}

#[test]
fn an_outlets_own_account_refuted_by_a_fact_check_is_a_dispute() {
    let found = across("refuted");
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(d.topic, "closure of the Amsel plant");
    assert_eq!(d.sides[0].source, "Kalvik Daily");
    assert_eq!(d.sides[0].stance, Stance::Assert);
    assert_eq!(d.sides[1].source, "Norland Wire");
    assert_eq!(d.sides[1].stance, Stance::Deny);
}

#[test]
fn contradicting_descriptions_of_one_event_are_a_dispute() {
    let found = across("descriptors");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].topic, "protest: peaceful or violent");
    let positions: Vec<usize> = found[0].sides.iter().map(|s| s.position).collect();
    assert_eq!(positions, vec![0, 1]);
    let found = across("accident");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].topic.starts_with("fire: "), "{}", found[0].topic);
}

#[test]
fn figures_that_cannot_both_be_true_are_a_dispute_and_ranges_that_meet_are_not() {
    // 12 against about 40.
    assert_eq!(across("figures_about").len(), 1);
    // At least 12 and 40 can both be true.
    assert!(across("agree_at_least").is_empty());
}

#[test]
fn agreeing_pairs_make_no_false_dispute() {
    // Same event and figures in other words; a denial both report; `not violent` against
    // `peaceful`; violence both report; plus the first agreeing pair and different events.
    for case in [
        "agree",
        "agree_at_least",
        "agree_descriptors",
        "agree_denial",
        "agree_paraphrase",
        "agree_violent",
        "different",
    ] {
        let found = across(case);
        assert!(found.is_empty(), "{case}: {found:#?}");
    }
}

#[test]
fn a_fact_check_of_a_story_disputes_the_outlet_that_ran_it() {
    let found = across("factcheck");
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(d.sides[0].source, "Kalvik Daily");
    assert_eq!(d.sides[0].stance, Stance::Assert);
    assert_eq!(d.sides[1].source, "Norland Wire");
    assert_eq!(d.sides[1].stance, Stance::Deny);
}
