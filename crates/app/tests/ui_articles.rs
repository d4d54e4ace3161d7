//! Opening folders and choosing articles, driven through the accessibility tree.

mod common;

use common::{CAIRO_TITLE, SUDAN_TITLE, WHEAT_TITLE, harness_for, write_corpus};
use egui::Role;
use egui_kittest::kittest::Queryable;

#[test]
fn opening_the_sample_corpus_lists_its_articles_by_title() {
    let harness = harness_for(&marsad::sample_corpus_dir());
    let app = harness.state();
    assert!(
        app.corpus.articles.len() >= 3,
        "the sample corpus should hold a few articles, found {}",
        app.corpus.articles.len()
    );
    assert_eq!(app.view.visible.len(), app.corpus.articles.len());
    // The list is virtualised: only the rows on screen are in the accessibility tree.
    let titles: Vec<String> = app
        .view
        .visible
        .iter()
        .take(5)
        .map(|&i| app.corpus.articles[i].analysis.title.clone())
        .collect();
    for title in &titles {
        harness.get_by_role_and_label(Role::Button, title);
    }
}

#[test]
fn selecting_an_article_by_its_arabic_title_opens_it_in_the_view() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    harness
        .get_by_role_and_label(Role::Button, SUDAN_TITLE)
        .click();
    harness.run();
    let app = harness.state();
    let selected = app
        .view
        .selected_article
        .and_then(|i| app.corpus.articles.get(i))
        .map(|a| a.analysis.title.as_str());
    assert_eq!(selected, Some(SUDAN_TITLE));
    harness.get_by_label_contains("دعت الأمم المتحدة يوم الخميس");
    assert!(
        harness
            .query_by_label_contains("ارتفعت أسعار القمح")
            .is_none()
    );
}

#[test]
fn arrow_keys_and_j_k_move_through_the_article_list() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    let visible = harness.state().view.visible.clone();
    assert_eq!(visible.len(), 3);
    assert_eq!(
        harness.state().view.selected_article,
        Some(visible[0]),
        "the first article opens on load"
    );
    for (key, expected) in [
        (egui::Key::J, 1),
        (egui::Key::ArrowDown, 2),
        (egui::Key::ArrowDown, 2),
        (egui::Key::K, 1),
        (egui::Key::ArrowUp, 0),
    ] {
        harness.key_press(key);
        harness.run();
        assert_eq!(
            harness.state().view.selected_article,
            Some(visible[expected]),
            "after {key:?}"
        );
    }
}

#[test]
fn every_test_article_is_listed_with_its_title() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let harness = harness_for(dir.path());
    for title in [CAIRO_TITLE, SUDAN_TITLE, WHEAT_TITLE] {
        harness.get_by_role_and_label(Role::Button, title);
    }
}
