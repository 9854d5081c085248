//! The karabakh briefing of ../shared scored like `../shared/tools/score-extraction` scores
//! actors (that tool stays the judge; this guards against regressions). Skips when ../shared
//! is absent. Nothing of the corpus is copied here: it is read at test time.

use brief::extract::extract;
use std::collections::{HashMap, HashSet};
use std::path::Path;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");

/// The scorer's name normalisation: lower case, curly quotes folded, possessive `'s` and
/// punctuation dropped, a leading `the` dropped, white space collapsed.
fn norm(s: &str) -> String {
    let s = s.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let word_end = chars
            .get(i + 2)
            .is_none_or(|n| !n.is_alphanumeric() && *n != '_');
        if c == '\'' && chars.get(i + 1) == Some(&'s') && word_end {
            i += 2;
            continue;
        }
        out.push(if c.is_alphanumeric() || c == '_' || c.is_whitespace() {
            c
        } else {
            ' '
        });
        i += 1;
    }
    let joined = out.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .strip_prefix("the ")
        .map(str::to_string)
        .unwrap_or(joined)
}

#[test]
fn karabakh_actor_f1_is_at_least_0_9() {
    let gold_path = Path::new(SHARED).join("gold/karabakh-clash.toml");
    let doc_path = Path::new(SHARED).join("corpus/karabakh-clash.txt");
    let (Ok(gold), Ok(text)) = (
        std::fs::read_to_string(&gold_path),
        std::fs::read_to_string(&doc_path),
    ) else {
        eprintln!("skipping: ../shared absent");
        return;
    };
    let gold: toml::Table = gold.parse().expect("gold parses");
    let mut by_name: HashMap<String, String> = HashMap::new();
    let mut total = 0;
    for a in gold["actor"].as_array().into_iter().flatten() {
        total += 1;
        let id = a["id"].as_str().unwrap_or_default().to_string();
        for n in a["names"].as_array().into_iter().flatten() {
            by_name
                .entry(norm(n.as_str().unwrap_or_default()))
                .or_insert_with(|| id.clone());
        }
    }
    let optional: HashSet<String> = gold
        .get("optional")
        .and_then(|o| o.as_array())
        .into_iter()
        .flatten()
        .flat_map(|o| o["names"].as_array().cloned().unwrap_or_default())
        .map(|n| norm(n.as_str().unwrap_or_default()))
        .collect();

    let actors = extract(&text).actors;
    let (mut matched, mut wrong) = (HashSet::new(), Vec::new());
    for a in &actors {
        let names: HashSet<String> = std::iter::once(&a.name)
            .chain(&a.aliases)
            .map(|n| norm(n))
            .filter(|n| !n.is_empty())
            .collect();
        let ids: Vec<&String> = names.iter().filter_map(|n| by_name.get(n)).collect();
        if let Some(id) = ids.first() {
            if !matched.insert((*id).clone()) {
                wrong.push(format!("duplicate {}", a.name));
            }
        } else if names.is_disjoint(&optional) {
            wrong.push(format!("unlisted {}", a.name));
        }
    }
    let p = matched.len() as f64 / (matched.len() + wrong.len()).max(1) as f64;
    let r = matched.len() as f64 / f64::from(total.max(1));
    let f1 = 2.0 * p * r / (p + r).max(1e-9);
    assert!(f1 >= 0.9, "actor F1 {f1:.3}: {wrong:?}");
}
