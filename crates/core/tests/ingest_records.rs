//! Scraper and API exports (CSV with English or Arabic field names, JSON Lines), read
//! end to end: one article per record at `FILE#N`, dates and outlets from their fields,
//! broken records reported alone (`fixtures/ingest/records/`).

use std::path::Path;
use std::sync::atomic::AtomicBool;

use marsad_core::ingest::IngestOptions;
use marsad_core::pipeline::{self, Analyzer};

/// (path, title, published, outlet, what gave the date)
type Row<'a> = (
    &'a str,
    &'a str,
    Option<String>,
    Option<&'a str>,
    Option<&'a str>,
);

#[test]
fn every_record_is_an_article_and_every_broken_one_a_problem() {
    let root = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ingest/records"
    ));
    let analyzer = Analyzer::new().expect("bundled models load");
    let corpus = pipeline::analyze_folder(
        &analyzer,
        root,
        &IngestOptions::default(),
        &|_| {},
        &|_| {},
        &AtomicBool::new(false),
    );
    let got: Vec<Row<'_>> = corpus
        .articles
        .iter()
        .map(|a| {
            (
                a.path.as_str(),
                a.title.as_str(),
                a.published.map(|d| d.iso()),
                a.outlet.as_deref(),
                a.provenance.date_from.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (
                "arabic_export.csv#1",
                "مجلس الأمن يعتمد قرارا يمنح قوة الاستقرار تفويضا حتى 2027",
                Some("2025-11-18T07:05".to_owned()),
                Some("الشرق اليوم"),
                Some("field \"تاريخ النشر\""),
            ),
            (
                "arabic_export.csv#2",
                "إندونيسيا تعلن استعدادها للمشاركة في قوة غزة",
                Some("2025-11-19".to_owned()),
                Some("نبض الخليج"),
                Some("field \"تاريخ النشر\""),
            ),
            (
                "newsapi_feed.jsonl#1",
                "افتتاح مكتب أممي جديد في خان يونس",
                Some("2025-03-05T10:00:00+00:00".to_owned()),
                Some("BBC Arabic"),
                Some("field \"publishedAt\""),
            ),
            (
                "newsapi_feed.jsonl#3",
                "فرنسا تدعو إلى فتح كل المعابر",
                Some("2025-03-07T09:00:00+00:00".to_owned()),
                Some("France 24"),
                Some("field \"publishedAt\""),
            ),
            (
                "scraper_export.csv#1",
                "القاهرة تستضيف جولة جديدة من محادثات التهدئة",
                Some("2025-12-07T09:15:00+02:00".to_owned()),
                Some("الشرق اليوم"),
                Some("field \"published_at\""),
            ),
            (
                "scraper_export.csv#2",
                "ارتفاع عدد الشاحنات عبر كرم أبو سالم إلى 420 يوميا",
                Some("2025-12-06T18:40:00+02:00".to_owned()),
                Some("الشرق اليوم"),
                Some("field \"published_at\""),
            ),
            (
                "scraper_export.csv#4",
                "أمطار غزيرة تغرق خيام النازحين في دير البلح",
                Some("2025-12-06T22:05".to_owned()),
                Some("الشرق اليوم"),
                Some("field \"published_at\""),
            ),
        ]
    );
    let problems: Vec<&str> = corpus.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(problems, ["newsapi_feed.jsonl#2", "scraper_export.csv#3"]);

    // Relative dates in a record resolve against its date field: أمس in record 1.
    let first = &corpus.articles[2];
    let yesterday = first
        .dates
        .iter()
        .find(|d| d.text == "أمس")
        .expect("أمس is found");
    assert_eq!(yesterday.value_iso().as_deref(), Some("2025-03-04"));
    // Provenance names the file, its format and the record.
    assert_eq!(first.provenance.file, "newsapi_feed.jsonl");
    assert_eq!(first.provenance.record, Some(1));
    assert_eq!(
        first.provenance.title_from.as_deref(),
        Some("field \"title\"")
    );
    assert_eq!(first.url.as_deref(), Some("https://example.org/bbc/1"));
    assert_eq!(first.byline.as_deref(), Some("ريم العلي"));
}
