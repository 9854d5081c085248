//! Actors of a briefing: people, organisations and countries, each once, mentions merged.
//! Every text here is written for the test.

use brief::extract::{Actor, ActorKind, extract};

fn actors(text: &str) -> Vec<Actor> {
    extract(text).actors
}

fn named<'a>(actors: &'a [Actor], name: &str) -> &'a Actor {
    actors
        .iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor named {name:?} in {:#?}", names(actors)))
}

fn names(actors: &[Actor]) -> Vec<&str> {
    actors.iter().map(|a| a.name.as_str()).collect()
}

fn surfaces<'t>(text: &'t str, a: &Actor) -> Vec<&'t str> {
    a.mentions.iter().map(|m| &text[m.start..m.end]).collect()
}

#[test]
fn a_titled_person_gets_role_affiliation_and_later_mentions() {
    let text = "Azerbaijani President Ilham Aliyev arrived in Ganja on Friday. \
        Aliyev toured a factory. Later the head of state met workers, and the president \
        promised new jobs.";
    let all = actors(text);
    let aliyev = named(&all, "Ilham Aliyev");
    assert_eq!(aliyev.kind, ActorKind::Person);
    assert_eq!(aliyev.role.as_deref(), Some("President"));
    assert_eq!(aliyev.affiliation.as_deref(), Some("azerbaijan"));
    assert_eq!(
        surfaces(text, aliyev),
        [
            "Ilham Aliyev",
            "Aliyev",
            "the head of state",
            "the president"
        ]
    );
    for alias in ["Aliyev", "the head of state", "the president"] {
        assert!(
            aliyev.aliases.iter().any(|a| a == alias),
            "{alias} not an alias"
        );
    }
    // The affiliation is an actor of its own.
    assert_eq!(named(&all, "Azerbaijan").kind, ActorKind::Country);
    assert_eq!(
        all.iter().filter(|a| a.kind == ActorKind::Person).count(),
        1,
        "{:?}",
        names(&all)
    );
}

#[test]
fn ministries_are_one_organisation_each_tied_to_their_country() {
    let text = "Georgia's Foreign Ministry summoned the envoy. The Turkish defense ministry \
        said drills would go on. The Turkish Defense Ministry later added that no shots were \
        fired. The ministry gave no details.";
    let all = actors(text);
    let georgian = named(&all, "Georgia's Foreign Ministry");
    assert_eq!(georgian.kind, ActorKind::Organization);
    assert_eq!(georgian.affiliation.as_deref(), Some("georgia"));
    let turkish = named(&all, "Turkish Defense Ministry");
    assert_eq!(turkish.affiliation.as_deref(), Some("turkey"));
    assert_eq!(
        surfaces(text, turkish),
        [
            "Turkish defense ministry",
            "Turkish Defense Ministry",
            "The ministry"
        ]
    );
    let orgs = all
        .iter()
        .filter(|a| a.kind == ActorKind::Organization)
        .count();
    assert_eq!(orgs, 2, "{:?}", names(&all));
}

#[test]
fn capitals_and_demonyms_are_mentions_of_their_country() {
    let text = "Talks between Tbilisi and Ankara stalled. Moscow urged calm, and Russia \
        offered to mediate. Georgian police officers guarded the border.";
    let all = actors(text);
    assert_eq!(
        surfaces(text, named(&all, "Georgia")),
        ["Tbilisi", "Georgian"]
    );
    assert_eq!(surfaces(text, named(&all, "Turkey")), ["Ankara"]);
    assert_eq!(surfaces(text, named(&all, "Russia")), ["Moscow", "Russia"]);
    for not_actor in ["Tbilisi", "Ankara", "Moscow", "Georgian"] {
        assert!(
            all.iter().all(|a| a.name != not_actor),
            "{not_actor} is an actor"
        );
    }
    // `Georgian police officers` are people of Georgia, not a new actor.
    assert!(
        all.iter().all(|a| a.kind == ActorKind::Country),
        "{:?}",
        names(&all)
    );
}

#[test]
fn long_titles_give_full_role_and_affiliation() {
    let text = "U.S. Senior Adviser for Arctic Affairs Jane Holloway met EU Special \
        Representative for the Western Balkans Pekka Lind in Oslo.";
    let all = actors(text);
    let holloway = named(&all, "Jane Holloway");
    assert_eq!(
        holloway.role.as_deref(),
        Some("Senior Adviser for Arctic Affairs")
    );
    assert_eq!(holloway.affiliation.as_deref(), Some("united-states"));
    let lind = named(&all, "Pekka Lind");
    assert_eq!(
        lind.role.as_deref(),
        Some("Special Representative for the Western Balkans")
    );
    assert_eq!(lind.affiliation.as_deref(), Some("european-union"));
    assert_eq!(named(&all, "European Union").kind, ActorKind::Organization);
}

#[test]
fn an_acronym_in_parentheses_is_an_alias() {
    let text = "The Baltic Maritime Authority (BMA) closed the port. BMA said it would reopen \
        on Monday.";
    let all = actors(text);
    let bma = named(&all, "Baltic Maritime Authority");
    assert!(bma.aliases.iter().any(|a| a == "BMA"));
    assert_eq!(bma.mentions.len(), 3, "{:?}", surfaces(text, bma));
    assert_eq!(all.len(), 1, "{:?}", names(&all));
}

#[test]
fn x_of_y_names_stay_whole() {
    let text = "Researchers at the Institute of Marine Biology and the University of \
        Southern Patagonia published the data.";
    let all = actors(text);
    assert_eq!(
        names(&all),
        [
            "Institute of Marine Biology",
            "University of Southern Patagonia"
        ]
    );
    assert!(all.iter().all(|a| a.kind == ActorKind::Organization));
}

#[test]
fn hyphenated_and_particle_names_are_one_person() {
    let text = "Kim Jong-un received Omar al-Amr and Ludwig van Beethoven. Kim Jong-un \
        later thanked al-Amr.";
    let all = actors(text);
    assert_eq!(surfaces(text, named(&all, "Kim Jong-un")).len(), 2);
    let amr = named(&all, "Omar al-Amr");
    assert_eq!(surfaces(text, amr), ["Omar al-Amr", "al-Amr"]);
    assert_eq!(named(&all, "Ludwig van Beethoven").kind, ActorKind::Person);
    assert_eq!(all.len(), 3, "{:?}", names(&all));
}

#[test]
fn sentence_openers_days_months_headings_and_places_are_not_actors() {
    let text = "Storm season\n\nThrough the night, rain fell on Dallas. Meanwhile, crews \
        in Seattle waited. On Monday, in September, roads reopened near Lake Tahoe.";
    let all = actors(text);
    assert!(all.is_empty(), "{:?}", names(&all));
}

#[test]
fn a_surname_alone_joins_the_full_name() {
    let text = "Economist Maria Duarte said inflation would ease. Duarte, 52, added that \
        rates would fall. Duarte's forecast was cautious.";
    let all = actors(text);
    let duarte = named(&all, "Maria Duarte");
    assert_eq!(duarte.mentions.len(), 3);
    assert_eq!(all.len(), 1, "{:?}", names(&all));
}

#[test]
fn mentions_are_in_text_order_and_ids_unique() {
    let text = "France and Germany signed. President Anne Morel of France spoke; Berlin \
        agreed. Morel left Paris.";
    let all = actors(text);
    let mut ids: Vec<&str> = all.iter().map(|a| a.id.as_str()).collect();
    for a in &all {
        assert!(a.mentions.windows(2).all(|w| w[0].start < w[1].start));
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), all.len());
    assert_eq!(
        surfaces(text, named(&all, "Germany")),
        ["Germany", "Berlin"]
    );
}

#[test]
fn lone_names_that_act_are_organisations() {
    let text = "Shares fell after Zorvane said profits would drop. Brellix, the regional grid \
        operator, said repairs were under way.";
    let all = actors(text);
    assert_eq!(named(&all, "Zorvane").kind, ActorKind::Organization);
    assert_eq!(named(&all, "Brellix").kind, ActorKind::Organization);
    assert_eq!(all.len(), 2, "{:?}", names(&all));
}

#[test]
fn a_capital_used_as_a_location_or_an_adjective_makes_no_actor() {
    let text = "The envoys met in Brussels on Monday. The Gabonese and Estonian teams played.";
    let all = actors(text);
    assert!(all.is_empty(), "{:?}", names(&all));
}

#[test]
fn clubs_and_companies_named_after_places_are_organisations() {
    let text = "Real Madrid beat Manchester City on Wednesday, and analysts at Morgan Stanley \
        cheered.";
    let all = actors(text);
    assert_eq!(named(&all, "Real Madrid").kind, ActorKind::Organization);
    assert_eq!(named(&all, "Manchester City").kind, ActorKind::Organization);
    assert!(all.iter().all(|a| a.kind != ActorKind::Person), "{all:#?}");
}

#[test]
fn an_organisation_inside_a_role_is_an_actor_too() {
    let text = "Chair of the Lakeside Water Board Tomas Rindal said the dam was safe.";
    let all = actors(text);
    let rindal = named(&all, "Tomas Rindal");
    assert_eq!(
        rindal.role.as_deref(),
        Some("Chair of the Lakeside Water Board")
    );
    assert_eq!(
        named(&all, "Lakeside Water Board").kind,
        ActorKind::Organization
    );
}

#[test]
fn title_case_headlines_make_no_new_actors() {
    let text = "Lind Meets Okafor In Oslo As Grain Talks Stall\n\nFinnish President Pekka \
        Lind met Nigerian envoy Ada Okafor on Monday.";
    let all = actors(text);
    assert!(
        all.iter()
            .all(|a| !a.name.contains("Meets") && !a.name.contains("Grain")),
        "{:?}",
        names(&all)
    );
    assert_eq!(named(&all, "Pekka Lind").role.as_deref(), Some("President"));
    assert_eq!(named(&all, "Ada Okafor").kind, ActorKind::Person);
}

#[test]
fn a_lower_case_role_before_a_name_gives_role_and_country() {
    let text = "Nigerian envoy Ada Okafor met spokesman John Roe in Abuja.";
    let all = actors(text);
    let okafor = named(&all, "Ada Okafor");
    assert_eq!(okafor.role.as_deref(), Some("envoy"));
    assert_eq!(okafor.affiliation.as_deref(), Some("nigeria"));
    assert_eq!(named(&all, "John Roe").role.as_deref(), Some("spokesman"));
}

#[test]
fn a_role_in_an_apposition_after_the_name_is_kept() {
    let text = "Growth slowed. Mara Lindqvist, the Riksbank governor, declined to comment. \
        Olu Bakare, a spokesman for the National Grid Agency, said power was back.";
    let all = actors(text);
    assert_eq!(
        named(&all, "Mara Lindqvist").role.as_deref(),
        Some("Riksbank governor")
    );
    assert_eq!(
        named(&all, "Olu Bakare").role.as_deref(),
        Some("spokesman for the National Grid Agency")
    );
}

#[test]
fn a_country_the_gazetteer_lacks_is_known_by_its_demonym() {
    let text = "Talks stalled on Monday. Veltrian Trade Minister Oda Marsh said Veltria \
        would not sign. The Veltrian government called the offer unfair, and Veltria \
        recalled its envoy.";
    let all = actors(text);
    let veltria = named(&all, "Veltria");
    assert_eq!(veltria.kind, ActorKind::Country);
    let marsh = named(&all, "Oda Marsh");
    assert_eq!(marsh.role.as_deref(), Some("Trade Minister"));
    assert_eq!(marsh.affiliation.as_deref(), Some("veltria"));
}

#[test]
fn a_name_with_an_adjective_but_no_demonym_use_stays_unknown() {
    // `Freudian` before an ordinary noun is no demonym: Freud is no country.
    let text = "Critics called it a Freudian slip. Freud wrote about such slips.";
    let all = actors(text);
    assert!(
        all.iter().all(|a| a.kind != ActorKind::Country),
        "{:#?}",
        names(&all)
    );
}

#[test]
fn a_lone_word_seen_only_after_locative_prepositions_is_a_place() {
    let text = "Trains between Varnholt and the coast stopped. Crews worked at the Varnholt \
        depot overnight, and engineers drove to Varnholt at dawn. Meanwhile Brightline said \
        fares would fall, and Brightline later apologised.";
    let all = actors(text);
    assert!(!names(&all).contains(&"Varnholt"), "{:#?}", names(&all));
    assert_eq!(named(&all, "Brightline").kind, ActorKind::Organization);
}

#[test]
fn port_harbour_and_cape_names_are_places_not_people() {
    let text = "Ferries left Port Velmar on Tuesday. Boats sheltered in Quiet Harbour, and \
        the Port Authority said the Velmar shoal was closed.";
    let all = actors(text);
    let found = names(&all);
    assert!(!found.contains(&"Port Velmar"), "{found:#?}");
    assert!(!found.contains(&"Quiet Harbour"), "{found:#?}");
    assert!(
        all.iter().all(|a| a.kind != ActorKind::Person),
        "{found:#?}"
    );
}

// ---- Names in general, not by list -----------------------------------------------------------

fn kind_of(all: &[Actor], name: &str) -> ActorKind {
    named(all, name).kind
}

#[test]
fn names_of_other_naming_cultures_are_people() {
    let text = "Pro-democracy lawmaker Leung Che-cheung said the vote was rigged. Leung later \
        left the chamber. Xi Jinping met Moon Jae-in on Monday. Saudi columnist Khaled \
        Al-Maeena said the talks had failed.";
    let all = actors(text);
    for name in [
        "Leung Che-cheung",
        "Xi Jinping",
        "Moon Jae-in",
        "Khaled Al-Maeena",
    ] {
        assert_eq!(kind_of(&all, name), ActorKind::Person, "{name}");
    }
    // Surname first: the later `Leung` is the same person.
    assert!(
        named(&all, "Leung Che-cheung")
            .aliases
            .iter()
            .any(|a| a == "Leung")
    );
    // A place-made adjective stays an adjective.
    let all = actors("Kremlin-friendly media said the vote was fair. Soviet-style rules stay.");
    assert!(
        all.iter()
            .all(|a| !a.name.contains("friendly") && !a.name.contains("style")),
        "{:?}",
        names(&all)
    );
}

#[test]
fn a_person_is_known_by_context_without_a_listed_given_name() {
    let text = "The photographer Quentin Marrowby visited the gallery. Marrowby said the \
        prints were fading. Mr. Oskelund said the roof leaked. Tamsin Vhorle, a painter, said \
        the museum had closed.";
    let all = actors(text);
    for name in ["Quentin Marrowby", "Oskelund", "Tamsin Vhorle"] {
        assert_eq!(kind_of(&all, name), ActorKind::Person, "{name}");
    }
    assert!(
        named(&all, "Quentin Marrowby")
            .aliases
            .iter()
            .any(|a| a == "Marrowby")
    );
}

#[test]
fn initials_defined_nowhere_that_act_are_organisations() {
    let all = actors(
        "The DPP has won twenty seats. Officials said the KMT will field a new \
        candidate. The ZQR said the count was wrong.",
    );
    for name in ["DPP", "KMT", "ZQR"] {
        assert_eq!(kind_of(&all, name), ActorKind::Organization, "{name}");
    }
}

#[test]
fn a_gazetteer_word_inside_a_longer_name_is_no_actor_of_its_own() {
    let text = "Students at Georgetown University said the campus was closed. The Taipei City \
        Lantern Festival opened. Residents of Ludwig van Beethoven Street complained. At Noi \
        Bai International Airport, flights were delayed.";
    let all = actors(text);
    assert_eq!(
        kind_of(&all, "Georgetown University"),
        ActorKind::Organization
    );
    assert!(
        all.iter().all(|a| a.id != "guyana" && a.id != "taiwan"),
        "{:?}",
        names(&all)
    );
    assert!(
        all.iter().all(|a| a.kind != ActorKind::Person),
        "{:?}",
        names(&all)
    );
}

#[test]
fn an_organisation_then_a_person_in_one_run_of_capitals_are_two_actors() {
    let text = "Psychology major at University of Nordhaven Amneh Jafrik heard of the case. \
        Jafrik said she was angry. The chapter of the Council on Arctic - Nordic Relations Alia \
        Sorvik said the boy was welcome. Labour's Shadow Home Secretary Yvette Cooper said the \
        plan failed.";
    let all = actors(text);
    assert_eq!(kind_of(&all, "Amneh Jafrik"), ActorKind::Person);
    assert_eq!(
        kind_of(&all, "University of Nordhaven"),
        ActorKind::Organization
    );
    assert_eq!(kind_of(&all, "Alia Sorvik"), ActorKind::Person);
    assert_eq!(
        kind_of(&all, "Council on Arctic - Nordic Relations"),
        ActorKind::Organization
    );
    assert_eq!(kind_of(&all, "Labour"), ActorKind::Organization);
}

#[test]
fn an_organisation_before_a_role_is_the_persons_affiliation() {
    let text = "The KMT has criticised the cost, and KMT spokesman Ho Jian-ming said taxpayers \
        deserved answers. Washington University spokesperson Dana Oyelaran said the letter was \
        sent.";
    let all = actors(text);
    let ho = named(&all, "Ho Jian-ming");
    assert_eq!(ho.kind, ActorKind::Person);
    assert_eq!(
        ho.affiliation.as_deref(),
        Some(named(&all, "KMT").id.as_str())
    );
    let dana = named(&all, "Dana Oyelaran");
    assert_eq!(
        dana.affiliation.as_deref(),
        Some(named(&all, "Washington University").id.as_str())
    );
    assert!(
        all.iter().all(|a| a.id != "united-states"),
        "{:?}",
        names(&all)
    );
    let all = actors("The World Bank's country director, Carolyn Turk, said the bank would help.");
    let turk = named(&all, "Carolyn Turk");
    assert_eq!(turk.role.as_deref(), Some("country director"));
    assert_eq!(turk.affiliation.as_deref(), Some("world-bank"));
}

#[test]
fn a_country_or_capital_opening_a_persons_name_is_no_country() {
    let text = "Jordan Peterson said the book sold well. Paris Hilton said the hotel was full. \
        Israel Folau said he would appeal. The Kenya Wildlife Service said two lions escaped.";
    let all = actors(text);
    for name in ["Jordan Peterson", "Paris Hilton", "Israel Folau"] {
        assert_eq!(kind_of(&all, name), ActorKind::Person, "{name}");
    }
    for id in ["jordan", "france", "israel"] {
        assert!(all.iter().all(|a| a.id != id), "{id}: {:?}", names(&all));
    }
    let kws = named(&all, "Kenya Wildlife Service");
    assert_eq!(kws.affiliation.as_deref(), Some("kenya"));
}

#[test]
fn a_number_inside_a_name_stays_in_it() {
    let text = "Deputies of Movimento 7 Lune (M7L) asked for a vote. The M7L party said the tax \
        was unfair.";
    let all = actors(text);
    let m = named(&all, "Movimento 7 Lune");
    assert_eq!(m.kind, ActorKind::Organization);
    assert!(m.aliases.iter().any(|a| a == "M7L"), "{m:?}");
}

#[test]
fn subtitles_and_units_are_no_actors() {
    let all = actors(
        "Two teams faced off in Star Drift: Hollow Orbit on Sunday. Iodine loss costs 15 IQ \
        points. Image: Nora Vell.",
    );
    assert!(
        all.iter()
            .all(|a| a.name != "Hollow Orbit" && a.name != "IQ"),
        "{:?}",
        names(&all)
    );
    assert_eq!(kind_of(&all, "Nora Vell"), ActorKind::Person);
}

#[test]
fn a_lettered_group_and_initials_that_act_are_bodies() {
    let all = actors("Sweden lead Group F after the win. BBC News said the game was tense.");
    assert_eq!(kind_of(&all, "Group F"), ActorKind::Organization);
    assert_eq!(kind_of(&all, "BBC News"), ActorKind::Organization);
}
