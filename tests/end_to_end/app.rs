//! The app opening a folder dropped on its window, as a person opens one.

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

#[test]
fn a_folder_dropped_on_the_window_opens_and_lists_its_articles() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    let copied = copy_sample_corpus(&articles).unwrap();
    let mut harness = app_with(AppOptions::default());
    assert!(harness.state().model.corpus.articles.is_empty());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(articles.clone())));
    harness.run();
    let app = harness.state();
    assert_eq!(app.model.folder.as_deref(), Some(articles.as_path()));
    assert_eq!(app.model.corpus.articles.len(), copied);
    assert_eq!(app.derived.list.value.visible.len(), copied);
    let open = app.model.selected_article.expect("the first article opens");
    let title = app.model.corpus.articles[open].analysis.title.clone();
    // Its title shows in its row in the list and as the article view's heading.
    assert!(harness.query_all_by_label(&title).count() >= 2, "{title}");
    harness.get_by_label(&format!("{copied} articles loaded"));
}
