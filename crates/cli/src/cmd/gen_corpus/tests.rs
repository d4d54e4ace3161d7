use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use marsad_core::article;
use marsad_core::ingest;

use super::compose::{MAX_BYTES, MIN_BYTES};
use super::lexicon::{MONTHS_GREGORIAN, MONTHS_HIJRI, MONTHS_LEVANTINE, MONTHS_MAGHREB};
use super::{Rng, Summary, generate, run, samples::Pools};

/// Every file under `dir`, by path relative to it, with its bytes.
fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(rel, fs::read(&path).unwrap());
            }
        }
    }
    files
}

fn generated(
    articles: usize,
    seed: u64,
) -> (tempfile::TempDir, Summary, BTreeMap<String, Vec<u8>>) {
    let dir = tempfile::tempdir().unwrap();
    let summary = generate(dir.path(), articles, seed).unwrap();
    let files = read_tree(dir.path());
    (dir, summary, files)
}

#[test]
fn same_seed_writes_the_same_bytes_and_another_seed_does_not() {
    let (_a, summary_a, first) = generated(120, 7);
    let (_b, summary_b, second) = generated(120, 7);
    let (_c, _, other) = generated(120, 8);
    assert_eq!(summary_a, summary_b);
    assert_eq!(first, second);
    assert_eq!(first.len(), 120);
    let differing = first
        .iter()
        .filter(|(path, bytes)| other.get(*path) != Some(*bytes))
        .count();
    assert!(
        differing > 100,
        "only {differing} of 120 articles changed with the seed"
    );
}

#[test]
fn a_shorter_run_is_a_prefix_of_a_longer_one() {
    let (_a, _, short) = generated(30, 99);
    let (_b, _, long) = generated(60, 99);
    for (path, bytes) in &short {
        assert_eq!(long.get(path), Some(bytes), "{path} differs");
    }
}

#[test]
fn files_are_100_per_folder_nested_in_groups() {
    let (_dir, summary, files) = generated(230, 1);
    assert_eq!(summary.folders, 3);
    assert!(
        files.contains_key("00/0000/article-000000.txt")
            || files.contains_key("00/0000/article-000000.md")
    );
    let in_second = files.keys().filter(|p| p.starts_with("00/0001/")).count();
    let in_third = files.keys().filter(|p| p.starts_with("00/0002/")).count();
    assert_eq!((in_second, in_third), (100, 30));
}

#[test]
fn every_article_is_in_range_decodes_and_parses_with_a_title() {
    let (_dir, summary, files) = generated(300, 2024);
    assert_eq!(
        summary.bytes,
        files.values().map(|b| b.len() as u64).sum::<u64>()
    );
    let mut dated = 0;
    for (path, bytes) in &files {
        assert!(
            (MIN_BYTES..=MAX_BYTES).contains(&bytes.len()),
            "{path}: {} bytes",
            bytes.len()
        );
        let decoded = ingest::decode(bytes).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(decoded.encoding, "UTF-8", "{path}");
        let parsed = article::parse(&decoded.text);
        assert!(!parsed.meta.title.trim().is_empty(), "{path} has no title");
        assert!(
            parsed.blocks.len() >= 2,
            "{path} has {} blocks",
            parsed.blocks.len()
        );
        if let Some(date) = parsed.meta.published {
            assert!(
                (2014..=2025).contains(&date.year),
                "{path}: published {date:?}"
            );
            dated += 1;
        }
    }
    // Most articles carry a dateline, some on purpose do not.
    assert!((200..300).contains(&dated), "{dated} of 300 articles dated");
}

#[test]
fn lengths_are_skewed_toward_a_few_kilobytes() {
    let (_dir, summary, files) = generated(400, 5);
    let sizes: Vec<usize> = files.values().map(Vec::len).collect();
    let typical = sizes
        .iter()
        .filter(|&&n| (1000..=5500).contains(&n))
        .count();
    assert!(
        typical * 100 >= sizes.len() * 75,
        "only {typical} of 400 between 1 and 5.5 KB"
    );
    assert!(sizes.iter().any(|&n| n < 1000), "no short article");
    assert!(sizes.iter().any(|&n| n > 8000), "no long article");
    let mean = summary.bytes / 400;
    assert!(
        (2000..=3300).contains(&mean),
        "mean {mean} B: 20,000 articles would not be about 50 MB"
    );
}

#[test]
fn in_text_dates_use_all_month_naming_systems() {
    let (_dir, _, files) = generated(200, 11);
    let all: String = files.values().map(|b| String::from_utf8_lossy(b)).collect();
    for (system, months) in [
        ("gregorian", &MONTHS_GREGORIAN),
        ("levantine", &MONTHS_LEVANTINE),
        ("maghreb", &MONTHS_MAGHREB),
        ("hijri", &MONTHS_HIJRI),
    ] {
        let used = months.iter().filter(|m| all.contains(**m)).count();
        assert!(used >= 6, "only {used} {system} month names used");
    }
    assert!(all.contains(" هـ"), "no Hijri year marker");
}

#[test]
fn sample_blocks_are_sorted_into_every_pool() {
    let pools = Pools::from_samples();
    let sizes = [
        ("sections", pools.sections.len()),
        ("titles", pools.titles.len()),
        ("deks", pools.deks.len()),
        ("leads", pools.leads.len()),
        ("paragraphs", pools.paragraphs.len()),
        ("quotes", pools.quotes.len()),
        ("headings", pools.headings.len()),
        ("list items", pools.list_items.len()),
        ("images", pools.images.len()),
        ("related", pools.related.len()),
    ];
    for (name, size) in sizes {
        assert!(size > 0, "no {name}");
    }
    assert_eq!(pools.titles.len(), 17);
    assert!(
        pools
            .headings
            .iter()
            .all(|h| h.split_whitespace().count() <= 8)
    );
    assert!(pools.list_items.iter().all(|i| !i.starts_with('-')));
    // Leads lose their place dateline: the generator writes its own.
    assert!(
        pools
            .leads
            .iter()
            .all(|l| !l.starts_with("بيروت –") && !l.starts_with("تونس –"))
    );
}

#[test]
fn run_refuses_a_folder_that_is_not_empty() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("keep.txt"), "نص").unwrap();
    let err = run(dir.path(), 3, 1).unwrap_err();
    assert!(err.to_string().contains("not empty"), "{err}");
}

#[test]
fn rng_is_splitmix64() {
    // First outputs of SplitMix64 seeded with 0, from the reference implementation.
    let mut rng = Rng(0);
    assert_eq!(rng.next_u64(), 0xE220_A839_7B1D_CDAF);
    assert_eq!(rng.next_u64(), 0x6E78_9E6A_A1B9_65F4);
}
