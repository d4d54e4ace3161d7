//! Switching the interface language and reporting unreadable files.

use crate::common::{harness_for, write_corpus};
use egui_kittest::kittest::Queryable;

#[test]
fn switching_the_language_shows_arabic_labels() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    harness.get_by_label("Articles");
    harness.get_by_label("العربية").click();
    harness.run();
    assert!(harness.state().model.settings.language.is_rtl());
    harness.get_by_label("المقالات");
    harness.get_by_label("الكيانات");
    assert!(harness.query_by_label("Articles").is_none());
    harness.get_by_label("English").click();
    harness.run();
    harness.get_by_label("Articles");
}

#[test]
fn a_folder_with_a_broken_file_shows_it_in_the_problems_panel() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    // A link to a file that does not exist cannot be read, whatever the decoder does.
    std::os::unix::fs::symlink(dir.path().join("gone.txt"), dir.path().join("broken.txt")).unwrap();
    let mut harness = harness_for(dir.path());
    assert_eq!(harness.state().model.corpus.articles.len(), 3);
    let problems: Vec<String> = harness
        .state()
        .model
        .corpus
        .problems
        .iter()
        .map(|p| p.path.clone())
        .collect();
    assert!(
        problems.iter().any(|p| p.ends_with("broken.txt")),
        "{problems:?}"
    );
    assert!(
        harness.query_by_label_contains("broken.txt").is_none(),
        "the timeline is the default bottom panel"
    );
    harness.get_by_label("Problems").click();
    harness.run();
    harness.get_by_label_contains("broken.txt");
}
