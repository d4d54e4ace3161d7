//! The real-news dev set (`assets/devset/`): 45 articles of the multi-source
//! news, annotated by hand as line, byte span and type. The text lives in
//! `../shared` (it must not ship), so this check is `#[ignore]`d and run by
//! `.ci/run` with `--ignored`. It analyses each line as an article, as
//! `marsad-cli analyze` does, scores the mentions (exact span and type) and
//! prints precision, recall and F1 per type, then holds a floor.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use marsad_core::EntityType;
use marsad_core::pipeline::Analyzer;

/// The micro F1 the whole analysis must keep on the dev set.
const MIN_MICRO_F1: f64 = 0.745;

const LINES: &str = include_str!("../../../assets/devset/lines.tsv");
const MENTIONS: &str = include_str!("../../../assets/devset/news-2018.tsv");

fn news_file() -> Option<PathBuf> {
    let dir = std::env::var_os("MARSAD_SHARED").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")),
        PathBuf::from,
    );
    let file = dir.join("data/unlabeled-news-multisource/news-2018.txt");
    file.is_file().then_some(file)
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

type Gold = BTreeSet<(usize, usize, usize, EntityType)>;

fn gold() -> Gold {
    rows(MENTIONS)
        .map(|r| {
            let entity_type = EntityType::ALL
                .into_iter()
                .find(|t| t.to_string() == r[3])
                .expect("a known type");
            let number = |i: usize| r[i].parse().expect("a number in the dev set");
            (number(0), number(1), number(2), entity_type)
        })
        .collect()
}

#[derive(Default)]
struct Counts {
    gold: usize,
    predicted: usize,
    correct: usize,
}

impl Counts {
    fn f1(&self) -> f64 {
        let p = self.correct as f64 / self.predicted.max(1) as f64;
        let r = self.correct as f64 / self.gold.max(1) as f64;
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn line(&self, name: &str) -> String {
        format!(
            "{name:<5} {:>5} {:>5} {:>8} {:>10.4} {:>7.4} {:>7.4}",
            self.gold,
            self.predicted,
            self.correct,
            self.correct as f64 / self.predicted.max(1) as f64,
            self.correct as f64 / self.gold.max(1) as f64,
            self.f1()
        )
    }
}

#[test]
#[ignore = "needs ../shared/data/unlabeled-news-multisource"]
fn the_real_news_dev_set_keeps_its_floor() {
    let Some(path) = news_file() else { return };
    let text = std::fs::read_to_string(&path).expect("news-2018.txt reads");
    let lines: Vec<&str> = text.split('\n').collect();
    let analyzer = Analyzer::new().expect("the bundled model loads");
    let gold = gold();
    let mut predicted = Gold::new();
    let mut outlets: BTreeMap<usize, String> = BTreeMap::new();
    for row in rows(LINES) {
        let number: usize = row[0].parse().unwrap();
        let line = lines[number - 1];
        let hash = u64::from_str_radix(row[2], 16).unwrap();
        assert_eq!(
            fnv1a(line.as_bytes()),
            hash,
            "line {number} of {} is not the line annotated",
            path.display()
        );
        outlets.insert(number, row[1].to_owned());
        let analysis = analyzer.analyze_text(
            format!("{number}.txt"),
            line.to_owned(),
            String::new(),
            "utf-8".to_owned(),
            marsad_core::pipeline::DateReading::default(),
        );
        for m in &analysis.mentions {
            predicted.insert((number, m.span.start, m.span.end, m.entity_type));
        }
    }
    let mut per_type: BTreeMap<EntityType, Counts> = BTreeMap::new();
    let mut micro = Counts::default();
    for &(_, _, _, t) in &gold {
        per_type.entry(t).or_default().gold += 1;
        micro.gold += 1;
    }
    for key in &predicted {
        let counts = per_type.entry(key.3).or_default();
        counts.predicted += 1;
        micro.predicted += 1;
        if gold.contains(key) {
            counts.correct += 1;
            micro.correct += 1;
        }
    }
    println!("real-news dev set: {} articles", outlets.len());
    println!("type   gold  pred  correct  precision  recall  f1");
    for t in EntityType::ALL {
        println!("{}", per_type.entry(t).or_default().line(t.as_str()));
    }
    println!("{}", micro.line("micro"));
    let missed: Vec<String> = gold
        .difference(&predicted)
        .take(40)
        .map(|&(n, s, e, t)| format!("{n} {t} {}", lines[n - 1].get(s..e).unwrap_or("?")))
        .collect();
    println!("first misses: {missed:?}");
    assert!(
        micro.f1() >= MIN_MICRO_F1,
        "dev-set micro F1 {:.4} is below the floor {MIN_MICRO_F1}",
        micro.f1()
    );
}
