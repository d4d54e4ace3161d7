//! Checks on the real articles in `../shared` (absent on a user's machine, so
//! these are `#[ignore]`d and run by `.ci/run` with `--ignored`).
//!
//! They print what is missed, so the figures can be reported, and fail on what
//! must hold: every explicit seed date with its value, the alias groups, and
//! the entities a careful reader marks.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::atomic::AtomicBool;

use marsad_core::ingest::IngestOptions;
use marsad_core::pipeline::{self, Analyzer, CorpusAnalysis};
use marsad_core::text::fold::fold_key;

fn shared() -> Option<PathBuf> {
    let dir = std::env::var_os("MARSAD_SHARED").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared")),
        PathBuf::from,
    );
    dir.join("seeds").is_dir().then_some(dir)
}

fn analyze(dir: &std::path::Path) -> CorpusAnalysis {
    let analyzer = Analyzer::new().expect("the bundled model loads");
    pipeline::analyze_folder(
        &analyzer,
        dir,
        &IngestOptions::default(),
        &|_| {},
        &|_| {},
        &AtomicBool::new(false),
    )
}

/// (seed file prefix, date text as written, expected ISO value).
const SEED_DATES: &[(&str, &str, &str)] = &[
    ("000_", "21 مايو 2021", "2021-05-21"),
    // The article states no date; its own فجر الجمعة الموافق 21 مايو 2021 is the reference.
    ("000_", "يوم الجمعة", "2021-05-21"),
    ("002_", "9 نوفمبر/تشرين الثاني", "2025-11-09"),
    ("002_", "17 أكتوبر/تشرين الأول", "2025-10-17"),
];

#[test]
#[ignore = "needs ../shared/seeds"]
fn every_explicit_seed_date_is_found_with_its_value() {
    let Some(shared) = shared() else { return };
    let analysis = analyze(&shared.join("seeds"));
    assert!(analysis.problems.is_empty(), "{:?}", analysis.problems);
    let mut missing = Vec::new();
    for (prefix, text, value) in SEED_DATES {
        let article = analysis
            .articles
            .iter()
            .find(|a| a.path.starts_with(prefix))
            .unwrap();
        let found = article
            .dates
            .iter()
            .any(|d| d.text.contains(text) && d.value_iso().is_some_and(|v| v.starts_with(value)));
        if !found {
            let seen: Vec<(String, Option<String>)> = article
                .dates
                .iter()
                .map(|d| (d.text.clone(), d.value_iso()))
                .collect();
            missing.push(format!("{prefix} {text} = {value}; found {seen:?}"));
        }
    }
    let seed0 = analysis
        .articles
        .iter()
        .find(|a| a.path.starts_with("000_"))
        .unwrap();
    assert!(
        seed0
            .dates
            .iter()
            .any(|d| d.text == "يوم الجمعة" && d.inferred_from_content),
        "يوم الجمعة in the first seed is resolved through the inferred reference"
    );
    let seed3 = analysis
        .articles
        .iter()
        .find(|a| a.path.starts_with("003_"))
        .unwrap();
    assert_eq!(
        seed3.published.map(|d| d.iso()).as_deref(),
        Some("2024-11-27T20:51")
    );
    for a in &analysis.articles {
        println!(
            "{}: published {:?}, {} dates, {} events",
            a.path,
            a.published.map(|d| d.iso()),
            a.dates.len(),
            a.events.len()
        );
    }
    assert!(
        missing.is_empty(),
        "missed seed dates:\n{}",
        missing.join("\n")
    );
}

/// Entities a careful reader marks in the seeds, by type (folded comparison).
const SEED_ENTITIES: &[(&str, &str)] = &[
    ("LOC", "إسرائيل"),
    ("LOC", "غزة"),
    ("LOC", "قطاع غزة"),
    ("LOC", "الولايات المتحدة"),
    ("LOC", "واشنطن"),
    ("LOC", "مصر"),
    ("LOC", "إندونيسيا"),
    ("LOC", "أذربيجان"),
    ("LOC", "تركيا"),
    ("LOC", "الأردن"),
    ("LOC", "قطر"),
    ("LOC", "كريات غات"),
    ("LOC", "دير البلح"),
    ("LOC", "الشرق الأوسط"),
    ("LOC", "تل أبيب"),
    ("LOC", "الضفة الغربية"),
    ("ORG", "حماس"),
    ("ORG", "الأمم المتحدة"),
    ("ORG", "القيادة الوسطى الأمريكية"),
    ("ORG", "البنتاغون"),
    ("ORG", "مجلس الأمن"),
    ("ORG", "الكنيست"),
    ("ORG", "أكسيوس"),
    ("ORG", "بوليتيكو"),
    ("ORG", "وكالة الصحافة الفرنسية"),
    ("PERS", "جو بايدن"),
    ("PERS", "ماركو روبيو"),
    ("PERS", "يحيى محمد علي"),
    ("PERS", "ابتسام السعدي"),
    ("PERS", "غسان عليان"),
    ("PERS", "نور الدين عمر"),
    ("PERS", "إياد بابا"),
];

#[test]
#[ignore = "needs ../shared/seeds"]
fn seed_entities_and_alias_groups_resolve() {
    let Some(shared) = shared() else { return };
    let analysis = analyze(&shared.join("seeds"));
    let entities = &analysis.resolution.entities;
    let forms = |e: &marsad_core::corpus::Entity| -> BTreeSet<String> {
        std::iter::once(&e.name)
            .chain(&e.aliases)
            .map(|s| fold_key(s))
            .collect()
    };
    let find = |ty: &str, name: &str| {
        entities
            .iter()
            .find(|e| e.entity_type.as_str() == ty && forms(e).contains(&fold_key(name)))
    };
    let mut missed = Vec::new();
    for (ty, name) in SEED_ENTITIES {
        if find(ty, name).is_none() {
            missed.push(format!("{ty} {name}"));
        }
    }
    println!(
        "seed entities found: {}/{}",
        SEED_ENTITIES.len() - missed.len(),
        SEED_ENTITIES.len()
    );
    for m in &missed {
        println!("  missed: {m}");
    }
    // The alias groups of the issue resolve to one entity each.
    let groups: &[(&str, &str, &str)] = &[
        ("ORG", "سنتكوم", "القيادة الوسطى الأمريكية"),
        ("ORG", "البنتاغون", "وزارة الدفاع"),
    ];
    for (ty, a, b) in groups {
        let ea = find(ty, a).map(|e| e.id.clone());
        let eb = entities
            .iter()
            .find(|e| {
                e.entity_type.as_str() == *ty
                    && forms(e).iter().any(|f| f.starts_with(&fold_key(b)))
            })
            .map(|e| e.id.clone());
        assert!(
            ea.is_some() && ea == eb,
            "{a} and {b} should be one entity: {ea:?} vs {eb:?}"
        );
    }
    let washington = find("LOC", "واشنطن").map(|e| e.id.clone());
    let usa = find("LOC", "الولايات المتحدة").map(|e| e.id.clone());
    assert!(
        washington.is_some() && washington != usa,
        "واشنطن is a place distinct from الولايات المتحدة"
    );
    // روبيو alone joins ماركو روبيو.
    let rubio = find("PERS", "ماركو روبيو").expect("ماركو روبيو is found");
    assert!(forms(rubio).contains(&fold_key("روبيو")), "{rubio:?}");
    assert!(
        missed.len() * 5 <= SEED_ENTITIES.len(),
        "too many seed entities missed: {missed:?}"
    );
}

#[test]
#[ignore = "needs ../shared/data/real-news-sample"]
fn real_news_articles_yield_dated_events() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("data/real-news-sample/articles");
    if !dir.is_dir() {
        return;
    }
    let analysis = analyze(&dir);
    assert!(analysis.problems.is_empty(), "{:?}", analysis.problems);
    let with_dates = analysis
        .articles
        .iter()
        .filter(|a| a.dates.iter().any(|d| d.value.is_some()))
        .count();
    let with_events = analysis
        .articles
        .iter()
        .filter(|a| !a.events.is_empty())
        .count();
    println!(
        "real-news sample: {} articles, {with_dates} with a resolved date, {with_events} with a dated event (no reference date: the text states none)",
        analysis.articles.len()
    );
    assert_eq!(analysis.articles.len(), 200);
}

/// A source a careful reader names in a seed article: (file prefix, source
/// words, kind, and a link of its chain as (words, kind, relation)).
type SeedSource = (
    &'static str,
    &'static str,
    &'static str,
    Option<(&'static str, &'static str, &'static str)>,
);

/// The sources of the seed articles, with their kinds and chains.
const SEED_SOURCES: &[SeedSource] = &[
    ("000_", "مصادر مسؤولة", "anonymous", None),
    ("000_", "مسؤولون أمريكيون", "anonymous", None),
    (
        "001_",
        "أكسيوس",
        "outlet",
        Some(("ثلاثة مصادر مطلعة", "anonymous", "cites")),
    ),
    (
        "001_",
        "ثلاثة مصادر مطلعة",
        "anonymous",
        Some(("أكسيوس", "outlet", "carrier")),
    ),
    ("001_", "الإدارة الأمريكية", "organization", None),
    (
        "002_",
        "الخبير العسكري يحيى محمد علي",
        "person",
        Some(("الفاصل", "outlet", "carrier")),
    ),
    (
        "002_",
        "ابتسام السعدي",
        "person",
        Some(("الفاصل", "outlet", "carrier")),
    ),
    ("003_", "بوليتيكو", "outlet", None),
    (
        "003_",
        "بوليتيكو",
        "outlet",
        Some(("أربعة مسؤولين أميركيين", "anonymous", "cites")),
    ),
    (
        "003_",
        "مسؤول كبير في الإدارة الأميركية",
        "anonymous",
        Some(("بوليتيكو", "outlet", "carrier")),
    ),
    ("003_", "تقارير إسرائيلية", "document", None),
    ("004_", "واشنطن", "organization", None),
    ("004_", "وزير الخارجية الأميركي ماركو روبيو", "person", None),
    ("004_", "الخارجية الأميركية", "organization", None),
    ("004_", "مراقبون", "anonymous", None),
    ("004_", "دبلوماسيون", "anonymous", None),
    ("004_", "المسؤولين الأميركيين", "anonymous", None),
    ("004_", "محللون", "anonymous", None),
];

#[test]
#[ignore = "needs ../shared/seeds"]
fn seed_sources_are_found_with_their_kind_and_chain() {
    use marsad_core::attribution::Attribution;
    let Some(shared) = shared() else { return };
    let analysis = analyze(&shared.join("seeds"));
    let names = |a: &Attribution, words: &str| fold_key(&a.source).contains(&fold_key(words));
    let mut missed = Vec::new();
    for &(prefix, words, kind, link) in SEED_SOURCES {
        let Some(article) = analysis
            .articles
            .iter()
            .find(|a| a.path.starts_with(prefix))
        else {
            missed.push(format!("{prefix}: no article"));
            continue;
        };
        let found = article.attributions.iter().any(|a| {
            names(a, words)
                && a.kind.as_str() == kind
                && link.is_none_or(|(via, via_kind, relation)| {
                    a.via.iter().any(|l| {
                        fold_key(&l.source).contains(&fold_key(via))
                            && l.kind.as_str() == via_kind
                            && l.relation.as_str() == relation
                    })
                })
        });
        if !found {
            missed.push(format!("{prefix} {words} ({kind}) {link:?}"));
        }
    }
    for article in &analysis.articles {
        for a in &article.attributions {
            println!(
                "{} | {} ({}) {} «{}» via {:?}",
                article.path,
                a.source,
                a.kind.as_str(),
                a.verb,
                a.statement.slice(&article.text).unwrap_or_default(),
                a.via
                    .iter()
                    .map(|l| (&l.source, l.relation.as_str()))
                    .collect::<Vec<_>>()
            );
        }
    }
    assert!(missed.is_empty(), "seed sources missed: {missed:#?}");
    // وفقًا للتصريحات الأولية names no outlet and no source.
    let statements = analysis.articles.iter().flat_map(|a| {
        a.sources
            .iter()
            .chain(a.attributions.iter().map(|at| &at.source))
    });
    assert!(
        statements
            .clone()
            .all(|s| !fold_key(s).contains(&fold_key("التصريحات"))),
        "{:?}",
        statements.collect::<Vec<_>>()
    );
}

#[test]
#[ignore = "needs ../shared/data/real-news-sample"]
fn real_news_attributions_by_kind() {
    use marsad_core::attribution::SourceKind;
    let Some(shared) = shared() else { return };
    let dir = shared.join("data/real-news-sample/articles");
    if !dir.is_dir() {
        return;
    }
    let analysis = analyze(&dir);
    let all: Vec<_> = analysis
        .articles
        .iter()
        .flat_map(|a| a.attributions.iter())
        .collect();
    for kind in SourceKind::ALL {
        let count = all.iter().filter(|a| a.kind == kind).count();
        println!("real-news sample attributions, {}: {count}", kind.as_str());
    }
    let with_chain = all.iter().filter(|a| !a.via.is_empty()).count();
    let stated = all
        .iter()
        .filter(|a| a.anonymous.as_ref().is_some_and(|x| x.stated))
        .count();
    println!(
        "real-news sample: {} attributions in {} articles, {with_chain} with a chain, {stated} stating anonymity",
        all.len(),
        analysis
            .articles
            .iter()
            .filter(|a| !a.attributions.is_empty())
            .count()
    );
    assert!(all.len() > 100, "{} attributions", all.len());
}
