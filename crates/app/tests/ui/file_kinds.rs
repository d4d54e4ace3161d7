//! A folder of the kinds Marsad reads beyond text (a Word brief, a saved page, a record
//! export) with broken ones among them: what was read is listed, what was skipped is in
//! the Problems panel with why, and the metadata line says where each article came from.

use std::path::Path;

use egui::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use marsad::MarsadApp;

use crate::common::{click, harness_for, write_corpus};

/// A scraper's export: two good records around a line cut off mid-record.
const FEED: &str = concat!(
    r#"{"headline": "افتتاح معبر جديد للمساعدات شمال القطاع", "published_at": "2025-11-03T09:15:00+02:00", "body": "أعلنت الأمم المتحدة صباح الاثنين افتتاح معبر جديد لإدخال المساعدات إلى شمال قطاع غزة بعد أسابيع من المفاوضات."}"#,
    "\n",
    r#"{"headline": "وصول قافلة طبية إلى خان يونس", "published_at": "2025-11-04", "body": "وصلت قافلة"#,
    "\n",
    r#"{"headline": "وزراء الخارجية العرب يجتمعون في عمّان", "published_at": "2025-11-05T18:40:00+03:00", "body": "يجتمع وزراء الخارجية العرب مساء الأربعاء في عمّان لبحث خطة إعادة الإعمار، بحسب ما أعلنته الجامعة العربية."}"#,
    "\n",
);

/// The title of the feed's third record.
const AMMAN_TITLE: &str = "وزراء الخارجية العرب يجتمعون في عمّان";

/// Good text, a Word brief and a saved page from the sample corpus, the feed above, a
/// Word file that is no zip, and a PDF with no text layer (a scan).
fn write_mixed_folder(dir: &Path) -> std::io::Result<()> {
    write_corpus(dir)?;
    let sample = marsad::sample_corpus_dir();
    for name in ["mediators-cairo-brief.docx", "rafah-crossing-reopens.html"] {
        std::fs::copy(sample.join(name), dir.join(name))?;
    }
    std::fs::write(dir.join("feed.jsonl"), FEED)?;
    std::fs::write(
        dir.join("broken-brief.docx"),
        b"PK\x03\x04 this Word file was cut off while it was copied",
    )?;
    let scan =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../core/tests/fixtures/ingest/scanned.pdf");
    std::fs::copy(scan, dir.join("scanned-report.pdf"))?;
    Ok(())
}

fn paths(harness: &Harness<'static, MarsadApp>) -> (Vec<String>, Vec<String>) {
    let corpus = &harness.state().model.corpus;
    let mut articles: Vec<String> = corpus
        .articles
        .iter()
        .map(|a| a.analysis.path.clone())
        .collect();
    articles.sort();
    let mut problems: Vec<String> = corpus.problems.iter().map(|p| p.path.clone()).collect();
    problems.sort();
    (articles, problems)
}

#[test]
fn a_folder_of_every_kind_lists_what_it_read_and_shows_what_it_skipped_and_why() {
    let dir = tempfile::tempdir().unwrap();
    write_mixed_folder(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    let (articles, problems) = paths(&harness);
    assert_eq!(
        articles,
        [
            "cairo.txt",
            "feed.jsonl#1",
            "feed.jsonl#3",
            "mediators-cairo-brief.docx",
            "rafah-crossing-reopens.html",
            "sudan.txt",
            "wheat.txt",
        ]
    );
    assert_eq!(
        problems,
        ["broken-brief.docx", "feed.jsonl#2", "scanned-report.pdf"]
    );
    assert!(
        harness
            .query_by_label_contains("scanned-report.pdf")
            .is_none()
    );
    click(&mut harness, "Problems");
    // Each skipped file or record with why, in words a reader understands.
    for (path, why) in [
        ("broken-brief.docx", "could not be read"),
        ("feed.jsonl#2", "record could not be read"),
        ("scanned-report.pdf", "no text layer"),
    ] {
        harness.get_by_label(path);
        let error = &harness
            .state()
            .model
            .corpus
            .problems
            .iter()
            .find(|p| p.path == path)
            .unwrap()
            .error;
        assert!(error.contains(why), "{path}: {error}");
        harness.get_by_label(error);
    }
    harness.get_by_label("(3)");
}

/// Every label on screen after hovering the metadata line's file label
/// (`file: feed.jsonl#3`, the path isolated from the words around it).
fn labels_over_the_file_label(
    harness: &mut Harness<'static, MarsadApp>,
    file_word: &str,
) -> Vec<String> {
    let label = format!("{file_word}: \u{2068}feed.jsonl#3\u{2069}");
    harness.get_by_label(&label).hover();
    harness.run();
    harness
        .query_all_by_role(Role::Label)
        .filter_map(|node| {
            // Labels keep their text as the node's value.
            let node = node.accesskit_node();
            node.value().or_else(|| node.label())
        })
        .collect()
}

#[test]
fn the_metadata_line_says_which_file_record_and_fields_gave_the_article_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    write_mixed_folder(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    harness
        .get_by_role_and_label(Role::Button, AMMAN_TITLE)
        .click();
    harness.run();
    assert!(
        harness.query_by_label_contains("record 3").is_none(),
        "only on hover"
    );
    let shown = labels_over_the_file_label(&mut harness, "file");
    for line in [
        "Format: JSON Lines, record 3",
        "Title from: field \"headline\"",
        "Date from: field \"published_at\"",
    ] {
        assert!(shown.iter().any(|s| s == line), "{line} not in {shown:?}");
    }
    click(&mut harness, "العربية");
    let shown = labels_over_the_file_label(&mut harness, "الملف");
    for line in [
        "الصيغة: JSON Lines، السجل 3",
        "العنوان من: الحقل \u{2068}\"headline\"\u{2069}",
        "التاريخ من: الحقل \u{2068}\"published_at\"\u{2069}",
    ] {
        assert!(shown.iter().any(|s| s == line), "{line} not in {shown:?}");
    }
}
