//! Kinds of input that extraction got wrong (see ../shared/cases/README.md): each test runs a
//! small text of our own of the same kind, and also the ../shared case file when present
//! (skipped with a printed reason when absent; nothing of ../shared is copied here).
//!
//! Texts go through `document::parse` first, as a loaded file does, so sanitising (NFC) is
//! part of what is tested.

use brief::document::{Format, parse};
use brief::extract::{Extraction, Stance, extract};
use std::path::Path;

const CASES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/cases");

/// The body of `text` as a loaded `.txt` file, and its extraction.
fn run(text: &str) -> (String, Extraction) {
    let doc = parse(text.as_bytes(), Format::Txt, "case.txt").expect("parses");
    let x = extract(&doc.body);
    (doc.body, x)
}

/// The ../shared case file `name`, or `None` (with the reason printed) when absent.
fn shared(name: &str) -> Option<String> {
    let path = Path::new(CASES).join(name);
    match std::fs::read_to_string(&path) {
        Ok(s) => Some(s),
        Err(e) => {
            eprintln!("skipping {}: {e}", path.display());
            None
        }
    }
}

fn actor<'a>(x: &'a Extraction, name: &str) -> &'a brief::extract::Actor {
    x.actors.iter().find(|a| a.name == name).unwrap_or_else(|| {
        let names: Vec<_> = x.actors.iter().map(|a| &a.name).collect();
        panic!("no actor {name:?} in {names:?}")
    })
}

/// The claim whose text contains `key`, with its source id and stance.
fn claim<'a>(x: &'a Extraction, key: &str) -> &'a brief::extract::Claim {
    x.claims
        .iter()
        .find(|c| c.text.contains(key))
        .unwrap_or_else(|| {
            let texts: Vec<_> = x.claims.iter().map(|c| &c.text).collect();
            panic!("no claim with {key:?} in {texts:?}")
        })
}

fn role_of(x: &Extraction, name: &str) -> String {
    actor(x, name)
        .role
        .clone()
        .unwrap_or_default()
        .to_lowercase()
}

// ---- 06: decomposed accents (NFD) ------------------------------------------------------------

fn nfd_case(text: &str, people: &[(&str, &str)], claims: usize) {
    let (body, x) = run(text);
    for (name, role) in people {
        assert_eq!(actor(&x, name).role.as_deref(), Some(*role), "{name}");
        for m in &actor(&x, name).mentions {
            assert!(body.is_char_boundary(m.start) && body.is_char_boundary(m.end));
        }
    }
    assert_eq!(x.claims.len(), claims, "{:?}", x.claims);
    for c in &x.claims {
        assert!(
            body.get(c.start..c.end).is_some(),
            "claim offsets index the body"
        );
    }
}

#[test]
fn decomposed_accents_read_like_composed_ones() {
    // `Zoë Müller` and `Sébastien Łukasz` written with combining marks.
    let text = "Talks in Vienna\n\nChancellor Zoe\u{308} Mu\u{308}ller met Foreign Minister \
        Se\u{301}bastien Lenoir on Monday.\n\n\"Nothing is settled,\" Mu\u{308}ller told \
        reporters.\n\nLenoir said that France would host the next round.\n";
    nfd_case(
        text,
        &[
            ("Zoë Müller", "Chancellor"),
            ("Sébastien Lenoir", "Foreign Minister"),
        ],
        2,
    );
    if let Some(text) = shared("06-nfd-combining.txt") {
        nfd_case(
            &text,
            &[
                ("Recep Tayyip Erdoğan", "President"),
                ("José Muñoz", "Foreign Minister"),
            ],
            2,
        );
    }
}

// ---- 17: a descriptor opening the sentence before a name -------------------------------------

fn descriptor_case(text: &str, people: &[(&str, &str)]) {
    let (_, x) = run(text);
    for (name, role) in people {
        assert!(
            role_of(&x, name).contains(role),
            "{name}: {:?}",
            role_of(&x, name)
        );
        let id = &actor(&x, name).id;
        assert!(
            x.claims.iter().any(|c| c.source.as_ref() == Some(id)),
            "no claim by {name}: {:?}",
            x.claims
        );
    }
    assert_eq!(x.claims.len(), people.len(), "{:?}", x.claims);
    for a in &x.actors {
        assert!(!a.name.starts_with("Former "), "{}", a.name);
        assert!(!a.id.starts_with("fisherman"), "{}", a.id);
    }
}

#[test]
fn a_descriptor_before_a_name_is_the_role_and_the_claim_is_kept() {
    let text = "Mill closes\n\nNight watchman Oskar Lind said the gates were locked at ten.\n\n\
        Former Council adviser Rita Holm said the closure was lawful.\n\n\
        Retired baker Emil Sand said the town would miss the bread.\n";
    descriptor_case(
        text,
        &[
            ("Oskar Lind", "night watchman"),
            ("Rita Holm", "council adviser"),
            ("Emil Sand", "baker"),
        ],
    );
    if let Some(text) = shared("17-sentence-initial-descriptor.txt") {
        descriptor_case(
            &text,
            &[
                ("Ines Aldo", "harbour master"),
                ("Piet Maas", "commission official"),
                ("Jorge Vidal", "fisherman"),
                ("Lena Fisk", "aid worker"),
            ],
        );
    }
}

// ---- 20: negated cues --------------------------------------------------------------------------

fn negated_case(text: &str, hedges: &[&str], denial: &str) {
    let (_, x) = run(text);
    for key in hedges {
        let c = claim(&x, key);
        assert_eq!(c.stance, Stance::Hedge, "{c:?}");
        assert!(c.source.is_some(), "{c:?}");
    }
    assert!(
        x.claims
            .iter()
            .any(|c| c.text.contains(denial) && c.stance == Stance::Deny),
        "no denial with {denial:?}: {:?}",
        x.claims
    );
}

#[test]
fn a_withheld_confirmation_is_a_hedge() {
    let text = "Ferry questions\n\nHealth Minister Ada Kors said she could neither confirm nor \
        deny that the ferry had sailed.\n\nThe coast guard spokesman, Captain Ivo Rask, would \
        neither confirm nor deny that divers were searching the bay.\n\nDock workers denied \
        that the ferry had sailed at night.\n\nCouncillor Mara Obi declined to confirm that \
        the vote had been delayed.\n";
    negated_case(
        text,
        &[
            "could neither confirm nor deny",
            "divers were searching",
            "vote had been delayed",
        ],
        "sailed at night",
    );
    if let Some(text) = shared("20-negated-cues.txt") {
        negated_case(
            &text,
            &[
                "could neither confirm nor deny",
                "troops were at the border",
                "talks had taken place",
            ],
            "the shipment had left",
        );
    }
}

// ---- 15: ' and ’ in names; 12 (part): a capitalised particle ---------------------------------

fn apostrophe_case(text: &str, name: &str, claims: usize) {
    let (_, x) = run(text);
    let id = &actor(&x, name).id;
    let by: Vec<_> = x
        .claims
        .iter()
        .filter(|c| c.source.as_ref() == Some(id))
        .collect();
    assert_eq!(by.len(), claims, "{:?}", x.claims);
    let folded = name.replace('\'', "\u{2019}");
    assert!(x.actors.iter().all(|a| a.name != folded), "two actors");
}

#[test]
fn both_apostrophes_name_one_person() {
    let text = "Hearing\n\nSenator Nora D'Arcy said the report was late.\n\n\"We had no time,\" \
        D\u{2019}Arcy told the committee.\n";
    apostrophe_case(text, "Nora D'Arcy", 2);
    if let Some(text) = shared("15-apostrophe-names.txt") {
        apostrophe_case(&text, "Miles O'Brien", 2);
    }
}

#[test]
fn a_surname_with_its_particle_capitalised_is_the_same_person() {
    let text = "Talks\n\nFormer minister Pieter van Dijk met the press. Van Dijk said that the \
        dykes would hold.\n";
    let (_, x) = run(text);
    let p = actor(&x, "Pieter van Dijk");
    assert!(p.aliases.iter().any(|a| a == "Van Dijk"), "{:?}", x.actors);
    assert_eq!(
        x.actors.iter().filter(|a| a.name.contains("Dijk")).count(),
        1
    );
    if let Some(text) = shared("12-particles-linebreak.txt") {
        let (_, x) = run(&text);
        let k = actor(&x, "F. W. de Klerk");
        assert!(k.aliases.iter().any(|a| a == "De Klerk"), "{:?}", x.actors);
    }
}

// ---- Bullets: a list item is its own block, in Markdown and in .txt -------------------------

#[test]
fn claims_in_bullets_stay_apart() {
    let items = "Situation at noon:\n- Mayor Lina Berg said the shelters were open\n\
        - Fire chief Omar Sy said two roads were closed\n";
    for format in [Format::Txt, Format::Markdown] {
        let doc = parse(items.as_bytes(), format, "report").expect("parses");
        let x = extract(&doc.body);
        for (name, key) in [("Lina Berg", "shelters"), ("Omar Sy", "two roads")] {
            let c = claim(&x, key);
            assert_eq!(c.source.as_ref(), Some(&actor(&x, name).id), "{format:?}");
            assert!(
                !c.text.contains("Omar") || name == "Omar Sy",
                "{format:?}: {c:?}"
            );
        }
    }
}

// ---- 10: a quotation signed with a dash, or after a lead-in ending in `:` ---------------------

fn signed_case(text: &str, signers: &[(&str, &str)]) {
    let (_, x) = run(text);
    for (name, key) in signers {
        let c = claim(&x, key);
        assert_eq!(c.source.as_ref(), Some(&actor(&x, name).id), "{c:?}");
        assert_eq!(c.stance, Stance::Assert, "{c:?}");
    }
    assert_eq!(x.claims.len(), signers.len(), "{:?}", x.claims);
}

#[test]
fn a_signed_quotation_and_a_lead_in_with_a_colon_name_the_source() {
    let text = "Reactions\n\n\u{201c}The bridge will open in May, as promised.\u{201d} \
        \u{2014}Mayor Tove Aune\n\nAnd from Councillor Brita Lund:\n\n\u{201c}We waited \
        long enough for this crossing.\u{201d}\n\nA note from Arvid Nes, engineer at Fjordbygg:\n\
        \u{201c}The steel arrived three weeks early.\u{201d}\n";
    signed_case(
        text,
        &[
            ("Tove Aune", "open in May"),
            ("Brita Lund", "waited long enough"),
            ("Arvid Nes", "steel arrived"),
        ],
    );
    if let Some(text) = shared("10-dash-and-colon-attribution.txt") {
        signed_case(
            &text,
            &[
                ("Marek Halloran", "true expert"),
                ("Ilse Brandt", "wealth of experience"),
                ("Piotr Lenz", "weight of these decisions"),
            ],
        );
    }
}

// ---- 11: possessive chains in the source -------------------------------------------------------

fn possessive_case(text: &str, tied: &[(&str, &str)], person: (&str, &str, &str)) {
    let (_, x) = run(text);
    for (key, body) in tied {
        let c = claim(&x, key);
        let id = &actor(&x, body).id;
        let src = c.source.as_ref().expect("a source");
        let tied = src == id
            || x.actors
                .iter()
                .any(|a| &a.id == src && a.affiliation.as_ref() == Some(id));
        assert!(tied, "{c:?} is not tied to {body}");
    }
    let (name, role, country) = person;
    assert!(role_of(&x, name).contains(role), "{:?}", actor(&x, name));
    assert_eq!(
        actor(&x, name).affiliation.as_ref(),
        Some(&actor(&x, country).id)
    );
}

#[test]
fn a_possessor_in_the_source_is_who_speaks() {
    let text = "Shipping\n\nThe African Union's health commissioner said the vaccines would \
        arrive in May.\n\nAn official at Siemens's rail division said Siemens would deliver the \
        trains, and Norway's transport minister, Eva Dahl, said Oslo was ready.\n";
    possessive_case(
        text,
        &[
            ("vaccines would arrive", "African Union"),
            ("deliver the trains", "Siemens"),
        ],
        ("Eva Dahl", "transport minister", "Norway"),
    );
    if let Some(text) = shared("11-possessives.txt") {
        possessive_case(
            &text,
            &[
                ("EU would respond", "European Union"),
                ("keep its contracts", "GE"),
            ],
            ("Jonas Weber", "economy minister", "Germany"),
        );
    }
}

// ---- 12: particles across a line break; a street named after a person -------------------------

fn particle_case(text: &str, name: &str, role: &str, claims: usize, street: &str) {
    let (_, x) = run(text);
    let p = actor(&x, name);
    assert!(role_of(&x, name).contains(role), "{p:?}");
    let by = x
        .claims
        .iter()
        .filter(|c| c.source.as_ref() == Some(&p.id))
        .count();
    assert_eq!(by, claims, "{:?}", x.claims);
    let surname = name.rsplit(' ').next().unwrap_or(name);
    assert_eq!(
        x.actors.iter().filter(|a| a.name.contains(surname)).count(),
        1,
        "{:?}",
        x.actors
    );
    assert!(
        x.actors.iter().all(|a| !street.contains(a.name.as_str())),
        "{street} is a place: {:?}",
        x.actors
    );
}

#[test]
fn a_name_with_particles_is_one_person_across_a_line_break() {
    let text = "Hague talks\n\nCourt President Maria van den\nBerg said the ruling would come \
        in May. Residents of Johann van Oldenbarnevelt Avenue protested.\n\n\"We need more \
        time,\" van den Berg said.\n";
    particle_case(
        text,
        "Maria van den Berg",
        "president",
        2,
        "Johann van Oldenbarnevelt Avenue",
    );
    if let Some(text) = shared("12-particles-linebreak.txt") {
        particle_case(
            &text,
            "Ursula von der Leyen",
            "commission president",
            2,
            "Ludwig van Beethoven Street",
        );
    }
}

// ---- 15: a spokeswoman for "the firm" speaks for the firm named before -----------------------

fn firm_case(text: &str, person: &str, firm: &str, key: &str) {
    let (_, x) = run(text);
    let c = claim(&x, key);
    let p = actor(&x, person);
    assert_eq!(c.source.as_ref(), Some(&p.id), "{c:?}");
    assert_eq!(p.affiliation.as_ref(), Some(&actor(&x, firm).id), "{p:?}");
}

#[test]
fn a_spokeswoman_for_the_firm_is_tied_to_it() {
    let text = "Recall\n\nDirectors of Nordvik Foods declined to comment, but Hanne Bakke, a \
        spokeswoman for the company, said the recall was voluntary.\n";
    firm_case(text, "Hanne Bakke", "Nordvik Foods", "recall was voluntary");
    if let Some(text) = shared("15-apostrophe-names.txt") {
        firm_case(&text, "Dara D'Souza", "O'Reilly Media", "cooperated fully");
    }
}

// ---- 20 (part): a place after `the port of` is no organisation --------------------------------

#[test]
fn a_place_after_a_place_noun_is_no_organisation() {
    let text = "Cargo\n\nOfficials said the ship had left the port of Varnholm. Dock workers \
        said the ship had not left the port of Varnholm.\n";
    let (_, x) = run(text);
    assert!(
        x.actors.iter().all(|a| a.name != "Varnholm"),
        "{:?}",
        x.actors
    );
    if let Some(text) = shared("20-negated-cues.txt") {
        let (_, x) = run(&text);
        assert!(
            x.actors.iter().all(|a| a.name != "Kalvik"),
            "{:?}",
            x.actors
        );
    }
}
