//! A synthetic library of briefings for benchmarks and tests: `n` documents of about 4 KB,
//! written from our own templates and invented names (no corpus text), deterministic for a
//! given seed. Half use `+++` TOML front matter, a quarter `---` YAML, the rest plain text
//! with a title line; some titles repeat. Included with `#[path]` by benches and tests.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};

const GIVEN: &[&str] = &[
    "Helena", "Pavel", "Marta", "Oskar", "Irena", "Ana", "Tomas", "Vera", "Lukas", "Nadia", "Emil",
    "Sofia", "Anton", "Kara", "Jonas", "Mila",
];
const FAMILY: &[&str] = &[
    "Varga",
    "Drozan",
    "Ilves",
    "Lind",
    "Maltsev",
    "Corvin",
    "Halder",
    "Restin",
    "Okoro",
    "Sandqvist",
    "Belan",
    "Torvik",
    "Amsel",
    "Karadin",
    "Velez",
    "Moro",
];
const COUNTRIES: &[&str] = &[
    "Kestria", "Duvania", "Norvale", "Ostrava", "Belmark", "Sarnia", "Tessaly", "Valdor",
];
const ROLES: &[&str] = &[
    "Foreign Minister",
    "Defence Minister",
    "President",
    "Prime Minister",
    "envoy",
    "Admiral",
];
const SOURCES: &[&str] = &[
    "Kestrian Post",
    "Duvania Daily",
    "Harbour Wire",
    "Norvale Herald",
    "Belmark Monitor",
];
const TOPICS: &[&str] = &[
    "harbour talks",
    "the grain corridor",
    "the border outage",
    "fishing rights",
    "the shared power grid",
    "customs checks",
    "the river survey",
    "coast guard patrols",
];
const VERBS: &[&str] = &["said", "told reporters", "denied", "confirmed", "warned"];

/// A small deterministic random source (xorshift64*).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[(self.next() % list.len() as u64) as usize]
    }
}

/// The text and file name of document `i`, its body about `size` bytes.
pub fn document(i: usize, size: usize, rng: &mut Rng) -> (String, String) {
    let country = rng.pick(COUNTRIES);
    let other = rng.pick(COUNTRIES);
    let topic = rng.pick(TOPICS);
    // Every 50th title repeats an earlier one, as wire copies do.
    let title = if i % 50 == 49 {
        format!(
            "{} and {} resume talks on {}",
            COUNTRIES[0], COUNTRIES[1], TOPICS[0]
        )
    } else {
        format!("{country} and {other} on {topic}, report {i}")
    };
    let source = rng.pick(SOURCES);
    let day = 1 + (i * 7) % 28;
    let month = 1 + (i / 28) % 12;
    let published = format!("2024-{month:02}-{day:02}");
    let author = format!("{} {}", rng.pick(GIVEN), rng.pick(FAMILY));
    let mut body = String::new();
    while body.len() < size {
        // A cast of a few dozen people, so actors recur across documents as in real news.
        let k = (rng.next() % 32) as usize;
        let person = format!(
            "{} {}",
            GIVEN[k % GIVEN.len()],
            FAMILY[(k * 5) % FAMILY.len()]
        );
        let role = rng.pick(ROLES);
        let place = rng.pick(COUNTRIES);
        let verb = rng.pick(VERBS);
        let topic = rng.pick(TOPICS);
        body.push_str(&format!(
            "{place}'s {role} {person} {verb} on Tuesday that the talks on {topic} would \
             continue next week. \"We came to agree on who answers the radio,\" {person} \
             said after meeting officials from {country}. According to the {place} Ministry \
             of Foreign Affairs, the delegations spent four hours on the text.\n\n"
        ));
    }
    let ext = match i % 4 {
        0 | 1 => "md",
        2 => "md",
        _ => "txt",
    };
    let text = match i % 4 {
        0 | 1 => format!(
            "+++\ntitle = \"{title}\"\nsource = \"{source}\"\nauthor = \"{author}\"\n\
             published = \"{published}\"\nurl = \"https://example.org/{i}\"\n+++\n\n{body}"
        ),
        2 => format!(
            "---\ntitle: \"{title}\"\nsource: {source}\nauthor: {author}\n\
             published: {published}\n---\n\n{body}"
        ),
        _ => format!("{title}\n\n{body}"),
    };
    (text, format!("brief-{i:06}.{ext}"))
}

/// Write `n` documents of about 4 KB into `dir` (in sub-folders of 1,000); returns the bytes
/// written.
pub fn generate(dir: &Path, n: usize, seed: u64) -> std::io::Result<u64> {
    generate_sized(dir, n, seed, 3800)
}

/// [`generate`] with bodies of about `size` bytes.
pub fn generate_sized(dir: &Path, n: usize, seed: u64, size: usize) -> std::io::Result<u64> {
    let mut rng = Rng::new(seed);
    let mut bytes = 0;
    for i in 0..n {
        let sub: PathBuf = dir.join(format!("day-{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub)?;
        }
        let (text, name) = document(i, size, &mut rng);
        let mut f = std::fs::File::create(sub.join(name))?;
        f.write_all(text.as_bytes())?;
        bytes += text.len() as u64;
    }
    Ok(bytes)
}
