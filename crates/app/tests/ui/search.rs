//! Searching the article list with Arabic word forms.

use crate::common::{CAIRO_TITLE, SUDAN_TITLE, WHEAT_TITLE, harness_for, write_corpus};
use egui::Role;
use egui_kittest::kittest::Queryable;

fn listed_titles(harness: &egui_kittest::Harness<'_, marsad::MarsadApp>) -> Vec<String> {
    let app = harness.state();
    app.derived
        .list
        .value
        .visible
        .iter()
        .map(|&i| app.model.corpus.articles[i].analysis.title.clone())
        .collect()
}

#[test]
fn searching_with_a_clitic_attached_form_finds_the_article() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    let search = harness.get_all_by_role(Role::TextInput).next().unwrap();
    search.focus();
    harness.run();
    harness
        .get_all_by_role(Role::TextInput)
        .next()
        .unwrap()
        .type_text("بالولايات");
    harness.run();
    assert_eq!(listed_titles(&harness), [CAIRO_TITLE]);
    harness.get_by_role_and_label(Role::Button, CAIRO_TITLE);
    assert!(
        harness
            .query_by_role_and_label(Role::Button, WHEAT_TITLE)
            .is_none()
    );
}

#[test]
fn escape_clears_the_search_and_lists_everything_again() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    harness
        .get_all_by_role(Role::TextInput)
        .next()
        .unwrap()
        .focus();
    harness.run();
    harness
        .get_all_by_role(Role::TextInput)
        .next()
        .unwrap()
        .type_text("للأمم");
    harness.run();
    assert_eq!(listed_titles(&harness), [SUDAN_TITLE]);
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(listed_titles(&harness).len(), 3);
}
