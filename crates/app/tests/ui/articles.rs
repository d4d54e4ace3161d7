//! Opening folders and choosing articles, driven through the accessibility tree.

use crate::common::{CAIRO_TITLE, SUDAN_TITLE, WHEAT_TITLE, harness_for, write_corpus};
use egui::Role;
use egui_kittest::kittest::Queryable;

#[test]
fn opening_the_sample_corpus_lists_its_articles_by_title() {
    let harness = harness_for(&marsad::sample_corpus_dir());
    let app = harness.state();
    assert!(
        app.model.corpus.articles.len() >= 3,
        "the sample corpus should hold a few articles, found {}",
        app.model.corpus.articles.len()
    );
    assert_eq!(
        app.derived.list.value.visible.len(),
        app.model.corpus.articles.len()
    );
    // The list is virtualised: only the rows on screen are in the accessibility tree.
    let titles: Vec<String> = app
        .derived
        .list
        .value
        .visible
        .iter()
        .take(5)
        .map(|&i| app.model.corpus.articles[i].analysis.title.clone())
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
        .model
        .selected_article
        .and_then(|i| app.model.corpus.articles.get(i))
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
    let visible = harness.state().derived.list.value.visible.clone();
    assert_eq!(visible.len(), 3);
    assert_eq!(
        harness.state().model.selected_article,
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
            harness.state().model.selected_article,
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

#[test]
fn a_paragraph_of_megabytes_is_shown_a_step_at_a_time() {
    use marsad::ui::long_text::{PIECE_BYTES, SHOWN_STEP};
    // A scraped page with no line breaks: one paragraph of about 1.5 MB.
    let sentence = "وأعلنت وزارة الصحة في غزة يوم الأحد ارتفاع عدد الضحايا في القطاع، وقال المتحدث باسمها إن المستشفيات تعمل فوق طاقتها. ";
    let body = sentence.repeat(1_500_000 / sentence.len());
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("dump.txt"),
        format!("تقرير مطول\n\n{body}\n"),
    )
    .unwrap();
    let mut harness = harness_for(dir.path());
    let pieces_shown = |harness: &egui_kittest::Harness<'_, marsad::MarsadApp>| {
        harness
            .query_all_by(|node| {
                // Paragraphs carry their text as the label's value.
                let text = node.label().or_else(|| node.value());
                node.role() == Role::Label && text.is_some_and(|t| t.contains("وأعلنت وزارة الصحة"))
            })
            .count()
    };
    let first = pieces_shown(&harness);
    assert!(
        (SHOWN_STEP / PIECE_BYTES..=2 * SHOWN_STEP / PIECE_BYTES).contains(&first),
        "the first step shows about {SHOWN_STEP} bytes in pieces of at most {PIECE_BYTES}, cut between words: {first} pieces"
    );
    // The button is at the end of what is shown: scroll down to it, as a reader would.
    harness.get_by_label_contains("Show more").scroll_to_me();
    harness.run();
    harness.get_by_label_contains("Show more").click();
    harness.run();
    let second = pieces_shown(&harness);
    assert!(
        second >= first + SHOWN_STEP / PIECE_BYTES && second < 2 * first,
        "a click shows the next step: {first} then {second} pieces"
    );
}
