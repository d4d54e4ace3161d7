//! The entity sidebar filtering the article list.

use crate::common::{harness_for, listed_titles, write_corpus};
use egui::Role;
use egui_kittest::kittest::Queryable;

#[test]
fn clicking_an_entity_in_the_sidebar_filters_the_article_list() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let mut harness = harness_for(dir.path());
    // Which names the recognizer finds is its business; any entity found in
    // some articles but not all of them shows the filter working.
    let (name, expected): (String, Vec<String>) = {
        let app = harness.state();
        let total = app.model.corpus.articles.len();
        let entity = app
            .model
            .corpus
            .entities
            .list()
            .iter()
            .find(|e| !e.hidden && e.article_count > 0 && e.article_count < total)
            .expect("the test corpus should yield an entity found in some articles only");
        let titles = app
            .model
            .corpus
            .articles
            .iter()
            .filter(|a| a.entity_ids.contains(&entity.id))
            .map(|a| a.analysis.title.clone())
            .collect();
        (entity.name.clone(), titles)
    };
    harness.get_by_role_and_label(Role::Button, &name).click();
    harness.run();
    let mut expected = expected;
    expected.sort();
    assert_eq!(listed_titles(&harness), expected);
    let hidden = harness
        .state()
        .model
        .corpus
        .articles
        .iter()
        .find(|a| !expected.contains(&a.analysis.title))
        .unwrap();
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &hidden.analysis.title)
            .is_none()
    );
}
