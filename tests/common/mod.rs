//! Documents and extractions built in code for the tests (our own invented text, never
//! corpus text), independent of the loader.
#![allow(dead_code)]

pub mod pty;
pub mod tmux;

use brief::app::{Action, App, update};
use brief::config::{Key, Theme};
use brief::document::{Block, BlockKind, DocId, Document, Meta};
use brief::extract::{Actor, ActorKind, Claim, Dispute, Extraction, Span, Stance};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// A test that needs an outside tool (tmux, script) and cannot run without it: locally it is
/// skipped with the printed reason; under `CI=true` it fails, since a silent skip in CI
/// proves nothing.
pub fn skip_unless_ci(reason: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but {reason}");
    }
    eprintln!("skipping: {reason}");
}

/// A long briefing whose every word is different (`p3w7` is word 7 of paragraph 3), so a
/// word on screen tells exactly where the reader is.
pub fn unique_words_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("unique.txt");
    let mut text = String::from("Unique words briefing\n\n");
    for p in 0..40 {
        let words: Vec<String> = (0..60).map(|w| format!("p{p}w{w}")).collect();
        text.push_str(&words.join(" "));
        text.push_str(".\n\n");
    }
    std::fs::write(&path, text).expect("write the briefing");
    path
}

/// A file's text, empty when it cannot be read.
pub fn read(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Call `screen` every 20 ms until its text satisfies `ok` and return that text; fails the
/// test after 10 s with the last screen.
pub fn wait_until(screen: impl Fn() -> String, ok: impl Fn(&str) -> bool, what: &str) -> String {
    let start = std::time::Instant::now();
    loop {
        let s = screen();
        if ok(&s) {
            return s;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(10),
            "timed out waiting for {what}; screen:\n{s}"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

/// Types `text` into the open input line (search, note) one key at a time, as a user would.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        update(app, Action::InputChar(c));
    }
}

/// Presses each key of `keys` (key names as in keys.toml: `j`, `ctrl-f`, `enter`; a name
/// of several characters that is no key name is typed letter by letter, so `10j` is three
/// presses); returns the effects of the last one.
pub fn press(app: &mut App, keys: &[&str]) -> Vec<brief::app::Effect> {
    let mut effects = Vec::new();
    for name in keys {
        let keys: Vec<Key> = match Key::parse(name) {
            Some(key) => vec![key],
            None => name.chars().map(|c| key(&c.to_string())).collect(),
        };
        for k in keys {
            effects = brief::app::keys::press(app, k);
        }
    }
    effects
}

/// The key named `name`.
pub fn key(name: &str) -> Key {
    Key::parse(name).expect("a key name")
}

/// The app drawn once in `theme` with the default keys, on a TestBackend of the app's size.
pub fn screen(app: &App, theme: &Theme) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.width, app.height)).expect("terminal");
    terminal
        .draw(|f| brief::ui::draw(f, app, theme))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// Each screen row as the text it shows.
pub fn rows(buf: &Buffer) -> Vec<String> {
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect()
        })
        .collect()
}

/// A document of `blocks`, joined with blank lines like the loader does.
pub fn doc(title: &str, blocks: &[(BlockKind, &str)]) -> Document {
    let mut body = String::new();
    let mut out = Vec::new();
    for (kind, text) in blocks {
        if !body.is_empty() {
            body.push_str("\n\n");
        }
        let start = body.len();
        body.push_str(text);
        out.push(Block {
            kind: *kind,
            range: start..body.len(),
        });
    }
    Document {
        meta: Meta {
            title: title.to_string(),
            ..Meta::default()
        },
        id: DocId::of(&body),
        body,
        blocks: out,
        links: Vec::new(),
        inline: Vec::new(),
        path: None,
    }
}

/// A generated document of `paragraphs` paragraphs of about 600 bytes each, with a heading
/// every ten paragraphs; paragraph N contains the word `markerN`.
pub fn long_doc(paragraphs: usize) -> Document {
    let words = [
        "delegates",
        "met",
        "again",
        "on",
        "the",
        "river",
        "crossing",
        "and",
        "agreed",
        "to",
        "review",
        "the",
        "ceasefire",
        "terms",
        "before",
        "winter",
        "while",
        "observers",
        "counted",
        "convoys",
    ];
    let mut texts = Vec::new();
    for p in 0..paragraphs {
        if p % 10 == 0 {
            texts.push((BlockKind::Heading(2), format!("Section {}", p / 10 + 1)));
        }
        let mut t = format!("Paragraph marker{p}:");
        let mut i = p;
        while t.len() < 600 {
            t.push(' ');
            t.push_str(words[i % words.len()]);
            i = i.wrapping_mul(7).wrapping_add(3);
        }
        t.push('.');
        texts.push((BlockKind::Paragraph, t));
    }
    let blocks: Vec<(BlockKind, &str)> = texts.iter().map(|(k, t)| (*k, t.as_str())).collect();
    doc("Generated briefing", &blocks)
}

/// Every span where `needle` occurs in `body`.
pub fn spans_of(body: &str, needle: &str) -> Vec<Span> {
    body.match_indices(needle)
        .map(|(s, m)| Span {
            start: s,
            end: s + m.len(),
        })
        .collect()
}

/// A short briefing with two people, an organisation, a country, three claims and a dispute.
pub fn briefing() -> (Document, Extraction) {
    let d = doc(
        "Border talks stall",
        &[
            (BlockKind::Heading(1), "Border talks stall"),
            (
                BlockKind::Paragraph,
                "Minister Alva Rendt said on Monday that the convoy was stopped for an inspection. \
                 Officials in Norvia confirmed the delay.",
            ),
            (
                BlockKind::Paragraph,
                "The Coastal Union denied that any inspection took place, calling it an ambush. \
                 Alva Rendt urged both sides to keep the road open.",
            ),
            (
                BlockKind::Quote,
                "We will not close the crossing, said Tomas Ek.",
            ),
            (
                BlockKind::Paragraph,
                "Observers described the sudden escalation as reckless.",
            ),
        ],
    );
    let body = &d.body;
    let sentence = |needle: &str| {
        let s = body.find(needle).unwrap_or(0);
        let e = body[s..].find('.').map_or(body.len(), |i| s + i + 1);
        (s, e)
    };
    let actor =
        |id: &str, name: &str, kind, role: Option<&str>, aff: Option<&str>, needle: &str| Actor {
            id: id.to_string(),
            name: name.to_string(),
            kind,
            role: role.map(str::to_string),
            affiliation: aff.map(str::to_string),
            aliases: Vec::new(),
            mentions: spans_of(body, needle),
        };
    let claim = |id: &str, source: &str, stance, needle: &str| {
        let (start, end) = sentence(needle);
        Claim {
            id: id.to_string(),
            source: Some(source.to_lowercase().replace(' ', "-")),
            source_text: source.to_string(),
            cue: "said".to_string(),
            stance,
            text: body[start..end].to_string(),
            start,
            end,
        }
    };
    let (us, ue) = sentence("Observers");
    let x = Extraction {
        actors: vec![
            actor(
                "alva-rendt",
                "Alva Rendt",
                ActorKind::Person,
                Some("Minister"),
                Some("norvia"),
                "Alva Rendt",
            ),
            actor(
                "tomas-ek",
                "Tomas Ek",
                ActorKind::Person,
                None,
                None,
                "Tomas Ek",
            ),
            actor(
                "coastal-union",
                "Coastal Union",
                ActorKind::Organization,
                None,
                None,
                "Coastal Union",
            ),
            actor("norvia", "Norvia", ActorKind::Country, None, None, "Norvia"),
        ],
        claims: vec![
            claim(
                "c1",
                "Alva Rendt",
                Stance::Assert,
                "Minister Alva Rendt said",
            ),
            claim(
                "c2",
                "Coastal Union",
                Stance::Deny,
                "The Coastal Union denied",
            ),
            claim("c3", "Alva Rendt", Stance::Urge, "Alva Rendt urged"),
        ],
        disputes: vec![Dispute {
            id: "d1".to_string(),
            topic: "the convoy stop".to_string(),
            claims: vec!["c1".to_string(), "c2".to_string()],
            sides: vec![vec!["c1".to_string()], vec!["c2".to_string()]],
        }],
        unattributed: vec![brief::extract::Assertion {
            terms: vec!["reckless".to_string()],
            text: body[us..ue].to_string(),
            start: us,
            end: ue,
        }],
    };
    (d, x)
}
