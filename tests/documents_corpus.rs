//! The shared corpus of real news text reads cleanly: titles, datelines, section headings.
//! The corpus is not ours, so it is read in place and skipped when absent.

use brief::document::{BlockKind, Document};
use std::path::PathBuf;

fn corpus() -> Option<Vec<Document>> {
    let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus"));
    if !dir.is_dir() {
        eprintln!("skipping: ../shared absent");
        return None;
    }
    Some(brief::load::open_paths(&[dir]).expect("the corpus loads"))
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

#[test]
fn every_corpus_article_reads_with_a_title_and_reflowed_paragraphs() {
    let Some(docs) = corpus() else { return };
    assert!(docs.len() >= 10);
    for doc in &docs {
        let stem = doc.path.as_ref().and_then(|p| p.file_stem()).unwrap();
        assert!(!doc.meta.title.is_empty());
        if doc.meta.title != stem.to_string_lossy() {
            let first = &doc.blocks[0];
            assert_eq!(first.kind, BlockKind::Heading(1), "{}", doc.meta.title);
            assert_eq!(&doc.body[first.range.clone()], doc.meta.title);
        }
        for b in &doc.blocks {
            let text = &doc.body[b.range.clone()];
            assert!(!text.contains('\n'), "not reflowed: {text}");
        }
    }
}

#[test]
fn datelines_in_the_corpus_stay_paragraphs() {
    let Some(docs) = corpus() else { return };
    let mut datelines = 0;
    for doc in &docs {
        for b in &doc.blocks {
            let text = &doc.body[b.range.clone()];
            if WEEKDAYS.iter().any(|d| text.starts_with(&format!("{d}, "))) && text.len() < 40 {
                datelines += 1;
                assert_eq!(b.kind, BlockKind::Paragraph, "{text}");
            }
        }
    }
    assert!(datelines >= 10, "only {datelines} datelines seen");
}

#[test]
fn the_reference_article_has_a_section_heading_and_a_stem_title() {
    let Some(docs) = corpus() else { return };
    let doc = docs
        .iter()
        .find(|d| d.meta.title == "karabakh-clash")
        .expect("the reference article, titled by its stem");
    assert!(doc.blocks.iter().any(|b| b.kind == BlockKind::Heading(2)));
}
