//! The analysis cache: what it restores, what it analyses again, and that nothing
//! damaged, stale or shared is ever trusted blindly.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Barrier, OnceLock};

use marsad_core::ingest::IngestOptions;
use marsad_core::pipeline::{self, Analyzer, CorpusAnalysis};
use marsad_core::time::Prefer;
use marsad_storage::cache::{self, CACHE_FILE, CacheReport};

const ARTICLES: &[(&str, &str)] = &[
    (
        "tunis.txt",
        "اجتماع في تونس\n\nقال وزير الخارجية نبيل عمار في تونس يوم الاثنين 4 مارس 2024 إن الحكومة \
         ستوقع اتفاقا مع البنك الدولي الأسبوع المقبل.\n",
    ),
    (
        "cairo.txt",
        "قمة في القاهرة\n\nاستقبل الرئيس عبد الفتاح السيسي في القاهرة أمس وفدا من الاتحاد الأوروبي، \
         وبحث الجانبان أوضاع غزة.\n",
    ),
    (
        "news/rabat.txt",
        "أمطار في الرباط\n\nأعلنت المديرية العامة للأرصاد الجوية في المغرب أن أمطارا غزيرة ستهطل على \
         الرباط والدار البيضاء يوم الجمعة.\n",
    ),
];

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new().expect("the bundled models load"))
}

fn write_corpus(dir: &Path) {
    for (path, text) in ARTICLES {
        let file = dir.join(path);
        let parent = file.parent().expect("a file in a folder");
        std::fs::create_dir_all(parent).expect("the corpus folder can be made");
        std::fs::write(file, text).expect("the corpus can be written");
    }
}

fn open(folder: &Path, cache_dir: Option<&Path>) -> (CorpusAnalysis, CacheReport) {
    cache::analyze_folder(
        analyzer(),
        folder,
        &IngestOptions::default(),
        cache_dir,
        &|_| {},
        &|_| {},
        &AtomicBool::new(false),
    )
}

/// What an analysis says, comparable across runs: each article's path, text and
/// mentions, dates and events, and the entities across articles.
fn summary(corpus: &CorpusAnalysis) -> String {
    let articles: Vec<String> = corpus
        .articles
        .iter()
        .map(|a| {
            format!(
                "{} {:?} {:?} {:?} {:?}",
                a.path, a.text, a.mentions, a.dates, a.events
            )
        })
        .collect();
    let resolved: Vec<Vec<String>> = (0..corpus.articles.len())
        .map(|i| corpus.resolution.mention_entity_ids(i))
        .collect();
    format!(
        "{articles:#?}\n{:#?}\n{resolved:?}",
        corpus.resolution.entities
    )
}

fn uncached(folder: &Path) -> String {
    summary(&open(folder, None).0)
}

struct Setup {
    _temp: tempfile::TempDir,
    folder: std::path::PathBuf,
    cache: std::path::PathBuf,
}

fn setup() -> Setup {
    let temp = tempfile::tempdir().expect("a temporary folder");
    let folder = temp.path().join("corpus");
    let cache = temp.path().join("cache");
    write_corpus(&folder);
    Setup {
        _temp: temp,
        folder,
        cache,
    }
}

#[test]
fn a_reopened_folder_is_restored_whole_and_says_what_it_said() {
    let s = setup();
    let (cold, report) = open(&s.folder, Some(&s.cache));
    assert_eq!(
        (report.used, report.analysed, report.restored),
        (true, 3, 0)
    );
    assert!(report.notes.is_empty(), "{:?}", report.notes);
    assert!(cache::size_on_disk(&s.cache) > 0);
    assert!(
        cold.articles
            .iter()
            .any(|a| a.mentions.iter().any(|m| m.text == "تونس")),
        "the analysis found تونس"
    );

    let (warm, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (0, 3));
    assert!(
        report.resolution_restored,
        "nothing changed: the resolution is restored"
    );
    assert_eq!(summary(&warm), summary(&cold));
    assert_eq!(summary(&warm), uncached(&s.folder));
}

#[test]
fn a_changed_file_alone_is_analysed_again() {
    let s = setup();
    open(&s.folder, Some(&s.cache));
    let changed =
        "اجتماع في صفاقس\n\nقال وزير الخارجية نبيل عمار في صفاقس إن الحكومة ستوقع اتفاقا.\n";
    std::fs::write(s.folder.join("tunis.txt"), changed).unwrap();

    let (corpus, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (1, 2));
    assert!(
        !report.resolution_restored,
        "a changed file changes the resolution"
    );
    let tunis = corpus
        .articles
        .iter()
        .find(|a| a.path == "tunis.txt")
        .unwrap();
    assert_eq!(tunis.text, changed);
    assert!(tunis.mentions.iter().any(|m| m.text == "صفاقس"));
    assert_eq!(summary(&corpus), uncached(&s.folder));
}

#[test]
fn a_new_file_is_analysed_and_the_others_restored() {
    let s = setup();
    open(&s.folder, Some(&s.cache));
    std::fs::write(
        s.folder.join("news/amman.txt"),
        "زيارة إلى عمّان\n\nوصل الملك عبد الله الثاني إلى عمّان قادما من واشنطن.\n",
    )
    .unwrap();

    let (corpus, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (1, 3));
    assert_eq!(corpus.articles.len(), 4);
    assert_eq!(summary(&corpus), uncached(&s.folder));
}

#[test]
fn a_deleted_file_is_gone_from_the_analysis_and_from_the_cache() {
    let s = setup();
    open(&s.folder, Some(&s.cache));
    std::fs::remove_file(s.folder.join("cairo.txt")).unwrap();

    let (corpus, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored, report.pruned), (0, 2, 1));
    assert!(!report.resolution_restored);
    assert!(corpus.articles.iter().all(|a| a.path != "cairo.txt"));
    assert!(
        corpus
            .resolution
            .entities
            .iter()
            .all(|e| !e.name.contains("السيسي")),
        "the deleted article's entities are gone"
    );
    // Put back, it is analysed again: its entry went with it.
    std::fs::write(s.folder.join("cairo.txt"), ARTICLES[1].1).unwrap();
    let (_, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (1, 2));
}

#[test]
fn a_cache_of_another_analyzer_version_is_discarded_with_a_note() {
    let s = setup();
    open(&s.folder, Some(&s.cache));
    {
        let db = redb::Database::builder()
            .set_concurrency_mode(redb::ConcurrencyMode::MultiWriter)
            .create(s.cache.join(CACHE_FILE))
            .unwrap();
        let txn = db.begin_write().unwrap();
        {
            let meta: redb::TableDefinition<'_, &str, &str> = redb::TableDefinition::new("meta");
            let mut table = txn.open_table(meta).unwrap();
            table.insert("analyzer", "0.0.1+features.1.old").unwrap();
        }
        txn.commit().unwrap();
    }

    let (corpus, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (3, 0));
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.contains("another version") && n.contains("0.0.1")),
        "{:?}",
        report.notes
    );
    assert_eq!(summary(&corpus), uncached(&s.folder));
    let (_, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (0, 3));
}

#[test]
fn analyses_read_in_another_direction_are_not_taken_from_the_cache() {
    let s = setup();
    open(&s.folder, Some(&s.cache));
    let future = Analyzer::new()
        .expect("the bundled models load")
        .with_prefer(Prefer::Future);
    let run = |analyzer: &Analyzer| {
        cache::analyze_folder(
            analyzer,
            &s.folder,
            &IngestOptions::default(),
            Some(&s.cache),
            &|_| {},
            &|_| {},
            &AtomicBool::new(false),
        )
    };
    let (_, report) = run(&future);
    assert_eq!((report.analysed, report.restored), (3, 0));
    let (_, report) = run(&future);
    assert_eq!((report.analysed, report.restored), (0, 3));
}

/// A small deterministic generator (SplitMix64), so every failing case can be replayed.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[test]
fn a_cache_damaged_at_random_bytes_is_never_trusted_and_never_crashes() {
    let s = setup();
    let expected = uncached(&s.folder);
    open(&s.folder, Some(&s.cache));
    let file = s.cache.join(CACHE_FILE);
    let pristine = std::fs::read(&file).unwrap();
    let mut noticed = 0;
    for seed in 1..=24_u64 {
        let mut random = Seeded(seed);
        let mut damaged = pristine.clone();
        // A few bytes anywhere, or a run of them at one place.
        let flips = 1 + random.next() % 16;
        let at = random.next() as usize % damaged.len();
        for i in 0..flips {
            let offset = if seed % 2 == 0 {
                random.next() as usize % damaged.len()
            } else {
                (at + i as usize) % damaged.len()
            };
            damaged[offset] ^= 1 + (random.next() % 255) as u8;
        }
        std::fs::write(&file, &damaged).unwrap();

        let (corpus, report) = open(&s.folder, Some(&s.cache));
        assert_eq!(
            summary(&corpus),
            expected,
            "seed {seed}: {:?}",
            report.notes
        );
        if !report.notes.is_empty() {
            noticed += 1;
        }
        // Whatever was kept or rebuilt, the next open is sound too.
        let (again, _) = open(&s.folder, Some(&s.cache));
        assert_eq!(summary(&again), expected, "seed {seed}, reopened");
    }
    assert!(noticed > 0, "no damage was noticed in 24 damaged caches");
}

#[test]
fn a_truncated_or_foreign_cache_file_is_replaced_with_a_note() {
    let s = setup();
    let expected = uncached(&s.folder);
    std::fs::create_dir_all(&s.cache).unwrap();
    for junk in [&b""[..], b"not a database", &[0xff; 5000]] {
        std::fs::write(s.cache.join(CACHE_FILE), junk).unwrap();
        let (corpus, report) = open(&s.folder, Some(&s.cache));
        assert_eq!(summary(&corpus), expected);
        assert!(report.used, "{:?}", report.notes);
    }
    let (_, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (0, 3));
}

#[test]
fn two_handles_filling_one_cache_at_once_both_get_the_right_analysis() {
    let s = setup();
    let expected = uncached(&s.folder);
    let start = Arc::new(Barrier::new(2));
    let runs: Vec<_> = (0..2)
        .map(|_| {
            let start = Arc::clone(&start);
            let (folder, cache) = (s.folder.clone(), s.cache.clone());
            std::thread::spawn(move || {
                start.wait();
                open(&folder, Some(&cache))
            })
        })
        .collect();
    for run in runs {
        let (corpus, report) = run.join().unwrap();
        assert_eq!(summary(&corpus), expected);
        assert!(report.used, "{:?}", report.notes);
    }
    let (corpus, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (0, 3));
    assert_eq!(summary(&corpus), expected);
}

#[test]
fn clearing_the_cache_empties_it_and_the_next_open_analyses_everything() {
    let s = setup();
    open(&s.folder, Some(&s.cache));
    assert!(cache::size_on_disk(&s.cache) > 0);
    cache::clear(&s.cache).unwrap();
    assert_eq!(cache::size_on_disk(&s.cache), 0);
    cache::clear(&s.cache).unwrap();
    let (_, report) = open(&s.folder, Some(&s.cache));
    assert_eq!((report.analysed, report.restored), (3, 0));
}

#[test]
fn without_a_cache_folder_nothing_is_cached() {
    let s = setup();
    let (corpus, report) = open(&s.folder, None);
    assert_eq!(report, CacheReport::default());
    assert_eq!(corpus.articles.len(), 3);
    assert!(!s.cache.exists());
}

#[test]
fn the_analyzer_version_names_the_crate_version_and_the_tagger_features() {
    let version = pipeline::ANALYZER_VERSION;
    assert!(version.starts_with(env!("CARGO_PKG_VERSION")), "{version}");
    assert!(version.contains("+features."), "{version}");
}
