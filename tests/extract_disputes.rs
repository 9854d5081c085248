//! Stances and disputes within one document, on sentences written for these tests: each kind
//! of denial, hedge, refutation and counter-evidence, and the negatives (a confirmation, two
//! sources agreeing, a quoted denial of someone else's view).

use brief::extract::{Claim, Context, Extraction, Stance, extract, extract_with};

fn claim<'a>(x: &'a Extraction, source_text: &str) -> &'a Claim {
    x.claims
        .iter()
        .find(|c| c.source_text == source_text)
        .unwrap_or_else(|| panic!("no claim by {source_text}: {:#?}", x.claims))
}

/// The sides of dispute `n`, each as the source texts of its claims.
fn sides(x: &Extraction, n: usize) -> Vec<Vec<String>> {
    x.disputes[n]
        .sides
        .iter()
        .map(|side| {
            side.iter()
                .map(|id| {
                    let c = x.claims.iter().find(|c| &c.id == id).expect("claim id");
                    c.source_text.clone()
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_denial_of_a_named_report_disputes_the_reports_implied_claim() {
    let x = extract(
        "Halvor Energy has denied a report by the Kestrian Post that it will close the Amsel \
         plant.",
    );
    let post = claim(&x, "the Kestrian Post");
    assert_eq!(post.stance, Stance::Assert);
    assert_eq!(post.text, "it will close the Amsel plant");
    assert_eq!(claim(&x, "Halvor Energy").stance, Stance::Deny);
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    assert_eq!(x.disputes[0].topic, "closure of the Amsel plant");
    assert_eq!(
        sides(&x, 0),
        vec![
            vec!["Halvor Energy".to_string()],
            vec!["the Kestrian Post".to_string()]
        ]
    );
}

#[test]
fn an_unnamed_report_that_is_denied_is_still_a_side() {
    let x = extract("The Varn ministry denied reports that it had sold the Osk frigates.");
    assert_eq!(claim(&x, "reports").text, "it had sold the Osk frigates");
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    assert_eq!(x.disputes[0].topic, "sale of the Osk frigates");
}

#[test]
fn denials_by_verb_and_by_an_evaluative_predicate_on_a_report_noun() {
    for (text, source) in [
        (
            "A spokesman called the allegations baseless.",
            "A spokesman",
        ),
        (
            "The ministry rejected the claims as fabricated.",
            "The ministry",
        ),
        ("Officials said the story was not true.", "Officials"),
        (
            "Officials said there was no truth to the reports.",
            "Officials",
        ),
        (
            "The mayor dismissed reports of a curfew as rumours.",
            "The mayor",
        ),
    ] {
        let x = extract(text);
        assert_eq!(claim(&x, source).stance, Stance::Deny, "{text}");
    }
}

#[test]
fn a_denial_of_reports_of_something_names_it_as_the_topic() {
    let x = extract("The mayor dismissed reports of a curfew as rumours.");
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    assert_eq!(x.disputes[0].topic, "curfew");
}

#[test]
fn insisting_on_negated_content_is_a_denial() {
    let x = extract("The company insisted that no data had been lost.");
    assert_eq!(claim(&x, "The company").stance, Stance::Deny);
    // Said plainly, a negation stays an assertion...
    let x = extract("The company said no data had been lost.");
    assert_eq!(claim(&x, "The company").stance, Stance::Assert);
}

#[test]
fn a_negated_account_of_another_sources_claim_is_a_dispute() {
    let x = extract(
        "The Kestrian Post reported that customer data had been lost in the breach. The \
         company said no customer data had been lost.",
    );
    assert_eq!(x.claims.len(), 2, "{:#?}", x.claims);
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    assert_eq!(x.disputes[0].topic, "loss of customer data");
}

#[test]
fn the_outlet_refuting_is_a_denial_by_the_article() {
    let text = "The clip is a fake: it was filmed in 2015, in another country.";
    let x = extract(text);
    let c = claim(&x, "the article");
    assert_eq!(c.stance, Stance::Deny);
    assert_eq!(c.source, None);
    let ctx = Context {
        source: Some("Kestrian Post".to_string()),
    };
    let x = extract_with(text, &ctx);
    assert_eq!(claim(&x, "Kestrian Post").stance, Stance::Deny);
}

#[test]
fn the_outlet_refuting_an_earlier_claim_disputes_it() {
    let x = extract(
        "Orel TV said a clip showed Duvanian troops entering Kalvik.\n\nThe clip is a fake: it \
         was filmed in 2015, in another country.",
    );
    let ours = claim(&x, "the article");
    assert_eq!(ours.stance, Stance::Deny);
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    assert!(x.disputes[0].claims.contains(&ours.id));
}

#[test]
fn hedges_are_hedges_never_denials() {
    for (text, source) in [
        (
            "The ministry would neither confirm nor deny the report.",
            "The ministry",
        ),
        ("The army declined to confirm the strike.", "The army"),
        ("Reuters could not verify the footage.", "Reuters"),
        (
            "The ministry said it could not confirm the report.",
            "The ministry",
        ),
    ] {
        let x = extract(text);
        assert_eq!(claim(&x, source).stance, Stance::Hedge, "{text}");
        assert!(x.disputes.is_empty(), "{text}: {:#?}", x.disputes);
    }
}

#[test]
fn counter_evidence_disputes_the_claim_it_contradicts() {
    let x = extract(
        "Halvor Energy said the Amsel plant was closed last week. Photos of the site, however, \
         show the plant still operating.",
    );
    let photos = claim(&x, "Photos of the site");
    assert_eq!(photos.cue, "show");
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    assert_eq!(x.disputes[0].topic, "closure of the Amsel plant");
    // Without a claim to contradict, evidence is no dispute marker.
    let x = extract("Photos of the site, however, show the plant still operating.");
    assert!(x.claims.is_empty() && x.disputes.is_empty(), "{x:#?}");
}

#[test]
fn a_confirmation_is_not_a_dispute() {
    let x = extract(
        "The Kestrian Post reported that Halvor Energy would close the Amsel plant. Halvor \
         Energy confirmed the report.",
    );
    assert!(x.disputes.is_empty(), "{:#?}", x.disputes);
}

#[test]
fn two_sources_agreeing_are_not_a_dispute() {
    let x = extract(
        "Mayor Lena Voss said the northern pier had cracked. The Norland Transport \
         Agency said the northern pier had cracked as well.",
    );
    assert_eq!(x.claims.len(), 2, "{:#?}", x.claims);
    assert!(x.disputes.is_empty(), "{:#?}", x.disputes);
}

#[test]
fn two_denials_of_one_report_are_on_one_side() {
    let x = extract(
        "Halvor Energy denied a report by the Kestrian Post that it will close the Amsel plant. \
         The union also dismissed the report.",
    );
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    let s = sides(&x, 0);
    assert!(
        s.iter()
            .any(|side| side == &vec!["the Kestrian Post".to_string()]),
        "{s:?}"
    );
}

#[test]
fn a_quoted_denial_of_a_third_partys_view_belongs_to_its_speaker() {
    let x = extract("\"Halvor denies it, but the plant is closing,\" union leader Mara Holm said.");
    let c = claim(&x, "union leader Mara Holm");
    assert_eq!(c.stance, Stance::Assert, "{c:#?}");
    assert!(x.disputes.is_empty(), "{:#?}", x.disputes);
}

#[test]
fn a_fact_check_refutes_what_a_post_says() {
    let x = extract(
        "A post shared thousands of times says that Halvor Energy will close the Amsel plant \
         next year.\n\nThe post is false: Halvor Energy signed a ten-year supply contract for \
         the plant in March.",
    );
    assert_eq!(
        claim(&x, "A post shared thousands of times").stance,
        Stance::Assert
    );
    assert_eq!(claim(&x, "the article").stance, Stance::Deny);
    assert_eq!(x.disputes.len(), 1, "{:#?}", x.disputes);
    assert_eq!(x.disputes[0].topic, "closure of the Amsel plant");
}

#[test]
fn a_report_in_unnamed_media_is_an_unnamed_side_and_not_false_affirms() {
    let x = extract(
        "The Varn ministry denied reports in local media that it had sold the Osk frigates.",
    );
    assert_eq!(
        claim(&x, "reports in local media").text,
        "it had sold the Osk frigates"
    );
    let x = extract("Officials said the report was not false.");
    assert_ne!(claim(&x, "Officials").stance, Stance::Deny);
    let x = extract("The report is not false.");
    assert!(x.claims.is_empty(), "{:#?}", x.claims);
}

/// Whether the article's own voice denies something in `text`.
fn outlet_denies(text: &str) -> bool {
    extract(text)
        .claims
        .iter()
        .any(|c| c.stance == Stance::Deny && c.source_text == "the article")
}

#[test]
fn fact_check_wording_is_the_outlets_own_denial() {
    for text in [
        "Messages claiming that banks will be closed for a week are false.",
        "A photograph that appears to show a shark on a motorway has been digitally altered.",
        "The claim that garlic cures the infection has no scientific basis.",
        "The pictures are being shared out of context.",
        "The claim that the bridge collapsed because of cheap steel is not supported by the \
         investigation.",
        "Senator Dunne never said it.",
        "Fact check: no, the European Union has not banned the sale of honey.",
        "Contrary to posts on social media, the government has not raised the retirement age.",
        "The footballer did not retire, despite headlines on several websites.",
        "Researchers found no evidence that garlic prevents it.",
        "Verdict: false.",
        "The ministry has issued no such order.",
        "The letter that appears to come from the minister is a forgery.",
        "The photograph of the crowd was taken at a festival in 2016.",
        "The story about the ban is satire.",
        "The photo was not taken in Kalvik.",
    ] {
        assert!(outlet_denies(text), "{text}: {:#?}", extract(text).claims);
    }
}

#[test]
fn news_wording_near_those_constructions_is_no_denial() {
    for text in [
        "The company did not say when the plant would close.",
        "Police said there was no evidence of foul play.",
        "Customs officers seized 20,000 fake handbags at the port.",
        "Prosecutors charged a man with spreading false reports about a bomb.",
        "The video was filmed on Sunday by residents.",
        "No one was hurt in the fire, and the road reopened by noon.",
        "Despite the rain, thousands of people did not leave the square.",
        "The report was published on Friday and is accurate, the auditor said.",
        "The driver was not injured, and the cause of the crash was not known.",
        "\"The claim is false,\" the minister's critics wrote, but she did not respond.",
    ] {
        let x = extract(text);
        assert!(
            !x.claims.iter().any(|c| c.stance == Stance::Deny),
            "{text}: {:#?}",
            x.claims
        );
    }
}

#[test]
fn debunking_a_claim_is_a_denial() {
    let x = extract("Health experts have debunked the claim that garlic cures the flu.");
    assert!(
        x.claims.iter().any(|c| c.stance == Stance::Deny),
        "{:#?}",
        x.claims
    );
}
