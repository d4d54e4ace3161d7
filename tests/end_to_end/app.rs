//! The app opening a folder, or the folder of a file, dropped on its window, as a person
//! opens one: every kind of file Marsad reads.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use marsad::AppOptions;
use marsad_tests::copy_sample_corpus;

use super::app_with;

/// A folder dropped on the window, as the desktop integration hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        Err("a folder has no bytes".to_owned())
    }
}

/// The paths of the articles the app holds, sorted.
fn article_paths(harness: &egui_kittest::Harness<'static, marsad::MarsadApp>) -> Vec<String> {
    let mut paths: Vec<String> = harness
        .state()
        .model
        .corpus
        .articles
        .iter()
        .map(|a| a.analysis.path.clone())
        .collect();
    paths.sort();
    paths
}

/// True when the article at `path` came from the file `file` (itself, or a record of it).
fn from_file(path: &str, file: &str) -> bool {
    path == file
        || path
            .strip_prefix(file)
            .and_then(|rest| rest.strip_prefix('#'))
            .is_some_and(|n| n.parse::<usize>().is_ok())
}

#[test]
fn a_folder_dropped_on_the_window_opens_and_lists_its_articles() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    let copied = copy_sample_corpus(&articles).unwrap();
    // Every kind the sample corpus holds: text, Markdown, a saved page, Word, records.
    for kind in [".txt", ".md", ".html", ".docx", ".csv"] {
        assert!(
            copied.iter().any(|f| f.ends_with(kind)),
            "{kind} in {copied:?}"
        );
    }
    let mut harness = app_with(AppOptions::default());
    assert!(harness.state().model.corpus.articles.is_empty());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(articles.clone())));
    harness.run();
    let paths = article_paths(&harness);
    for file in &copied {
        assert!(
            paths.iter().any(|p| from_file(p, file)),
            "{file} in {paths:?}"
        );
    }
    assert!(
        paths.iter().all(|p| copied.iter().any(|f| from_file(p, f))),
        "{paths:?}"
    );
    let app = harness.state();
    assert!(
        app.model.corpus.problems.is_empty(),
        "{:?}",
        app.model.corpus.problems
    );
    assert_eq!(app.model.folder.as_deref(), Some(articles.as_path()));
    assert_eq!(app.derived.list.value.visible.len(), paths.len());
    let open = app.model.selected_article.expect("the first article opens");
    let title = app.model.corpus.articles[open].analysis.title.clone();
    // Its title shows in its row in the list and as the article view's heading.
    assert!(harness.query_all_by_label(&title).count() >= 2, "{title}");
    harness.get_by_label(&format!("{} articles loaded", paths.len()));
}

#[test]
fn a_record_file_dropped_on_the_window_opens_its_folder_with_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    copy_sample_corpus(&articles).unwrap();
    let mut harness = app_with(AppOptions::default());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(
            articles.join("monitoring-export.csv"),
        )));
    harness.run();
    assert_eq!(
        harness.state().model.folder.as_deref(),
        Some(articles.as_path())
    );
    let records: Vec<String> = article_paths(&harness)
        .into_iter()
        .filter(|p| from_file(p, "monitoring-export.csv"))
        .collect();
    assert_eq!(
        records,
        [
            "monitoring-export.csv#1",
            "monitoring-export.csv#2",
            "monitoring-export.csv#3"
        ]
    );
}
