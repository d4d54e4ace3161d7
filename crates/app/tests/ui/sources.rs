//! The Sources view beside the entity sidebar, statements in the article view and the
//! analyst's fixes to attributions, driven through the accessibility tree.

use crate::common::listed_titles;
use crate::common::source_corpus::{
    AXIOS_TITLE, DENIED, OFFICIAL, OFFICIAL_SAID, RAFAH_TITLE, SPOKESMAN, WHEAT_TITLE,
    open_source_corpus,
};
use egui::{Key, Modifiers, Pos2, Role, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marsad::MarsadApp;
use marsad_core::attribution::SourceKind;

fn open() -> (tempfile::TempDir, Harness<'static, MarsadApp>) {
    let (dir, mut harness) = open_source_corpus(Harness::builder());
    harness.get_by_label("Sources").click();
    harness.run();
    (dir, harness)
}

fn click_row(harness: &mut Harness<'_, MarsadApp>, name: &str) {
    harness.get_by_role_and_label(Role::Button, name).click();
    harness.run();
}

/// True when a widget's accessible label contains `text`.
fn shows(harness: &Harness<'_, MarsadApp>, text: &str) -> bool {
    harness.query_all_by_label_contains(text).next().is_some()
}

/// True when a text widget (whose words are its accessible value) starts with `start`.
fn starts_with(node: &egui_kittest::kittest::AccessKitNode<'_>, start: &str) -> bool {
    node.role() == Role::Label && node.value().is_some_and(|v| v.starts_with(start))
}

/// The rows of the Sources view of `kind`, by name.
fn sources_of(harness: &Harness<'_, MarsadApp>, kind: SourceKind) -> Vec<String> {
    let sources = &harness.state().derived.sources.value;
    sources
        .groups
        .iter()
        .filter(|(k, _)| *k == kind)
        .flat_map(|(_, rows)| rows.iter().map(|r| r.name.clone()))
        .collect()
}

/// The selected source's statement line holding `text` (in the Sources view), right-clicked.
fn right_click_statement(harness: &mut Harness<'_, MarsadApp>, text: &str) {
    let line = harness
        .state()
        .derived
        .statements
        .value
        .statements
        .iter()
        .find(|l| l.text.contains(text))
        .expect("the statement is listed")
        .text
        .clone();
    harness.get_by_label(&line).click_secondary();
    harness.run();
}

fn sorted(titles: &[&str]) -> Vec<String> {
    let mut titles: Vec<String> = titles.iter().map(|t| (*t).to_owned()).collect();
    titles.sort();
    titles
}

#[test]
fn sources_are_grouped_by_kind_with_the_unnamed_share_and_who_cites_whom() {
    let (_dir, harness) = open();
    assert_eq!(sources_of(&harness, SourceKind::Anonymous).len(), 2);
    assert!(sources_of(&harness, SourceKind::Anonymous).contains(&OFFICIAL.to_owned()));
    assert!(sources_of(&harness, SourceKind::Person).contains(&SPOKESMAN.to_owned()));
    for group in [
        "People (2)",
        "Unnamed sources (2)",
        "Outlets (2)",
        "Organizations (1)",
    ] {
        harness.get_by_label(group);
    }
    let sources = &harness.state().derived.sources.value;
    assert_eq!(sources.statements, 7);
    let axios = sources
        .citations
        .iter()
        .find(|c| c.to.0 == "ثلاثة مصادر مطلعة")
        .expect("the report cites three sources");
    assert_eq!(axios.from.1, SourceKind::Outlet);
    // One statement in three of the Axios article is from an unnamed source, one in four of Rafah's.
    let shares: Vec<(usize, usize)> = sources
        .articles
        .iter()
        .map(|s| (s.anonymous, s.statements))
        .collect();
    assert_eq!(shares, [(1, 3), (1, 4)], "axios then rafah, by share");
    assert!(shows(&harness, "Who cites whom"));
}

#[test]
fn clicking_a_source_filters_the_articles_and_lists_its_statements() {
    let (_dir, mut harness) = open();
    assert_eq!(listed_titles(&harness).len(), 3);
    click_row(&mut harness, OFFICIAL);
    assert_eq!(listed_titles(&harness), sorted(&[AXIOS_TITLE]));
    assert!(shows(&harness, OFFICIAL_SAID), "its statement in context");
    harness.get_by_label("neutral");

    click_row(&mut harness, SPOKESMAN);
    assert_eq!(listed_titles(&harness), sorted(&[AXIOS_TITLE]));
    assert!(shows(&harness, DENIED));
    harness.get_by_label("denial");

    // A click on the statement opens its article.
    click_row(&mut harness, "وزارة الخارجية المصرية");
    assert_eq!(listed_titles(&harness), sorted(&[RAFAH_TITLE]));
    harness
        .get_by(|n| starts_with(n, "أعلنت وزارة") && !n.value().is_some_and(|v| v.ends_with('.')))
        .click();
    harness.run();
    let app = harness.state();
    let open = app.model.selected_article.expect("an article is open");
    assert_eq!(app.model.corpus.articles[open].analysis.title, RAFAH_TITLE);

    // Clicking the selected source again, or Escape, lists every article again.
    click_row(&mut harness, "وزارة الخارجية المصرية");
    assert_eq!(
        listed_titles(&harness),
        sorted(&[AXIOS_TITLE, RAFAH_TITLE, WHEAT_TITLE])
    );
}

/// A point in the middle of the open article's paragraph that starts with `start`
/// (a paragraph of several lines, all of them the statement).
fn middle_of_paragraph(harness: &Harness<'_, MarsadApp>, start: &str) -> Pos2 {
    let rect = harness.get_by(|n| starts_with(n, start)).rect();
    pos2(rect.center().x, rect.center().y)
}

#[test]
fn hovering_a_statement_in_the_article_shows_its_source_and_chain() {
    let (_dir, mut harness) = open();
    harness
        .get_by_role_and_label(Role::Button, AXIOS_TITLE)
        .click();
    harness.run();
    // The Sources view lists who cites whom: the entity sidebar does not.
    harness.get_by_label("Entities").click();
    harness.run();
    let chain = "أكسيوس ← ثلاثة مصادر مطلعة";
    assert!(!shows(&harness, chain));
    harness.hover_at(middle_of_paragraph(&harness, "كشف تقرير"));
    harness.run();
    assert!(
        shows(&harness, chain),
        "the hover names the outlet and whom it cites"
    );
    harness.get_by_label("revealing");
}

#[test]
fn a_fix_from_the_article_view_changes_the_kind_and_undo_takes_it_back() {
    let (_dir, mut harness) = open();
    harness
        .get_by_role_and_label(Role::Button, AXIOS_TITLE)
        .click();
    harness.run();
    let point = middle_of_paragraph(&harness, "كشف تقرير");
    harness.hover_at(point);
    harness.run();
    harness
        .get_by(|n| starts_with(n, "كشف تقرير"))
        .click_secondary();
    harness.run();
    harness.get_by_label("Change kind").click();
    harness.run();
    harness.get_by_label("Organization").click();
    harness.run();
    assert!(sources_of(&harness, SourceKind::Organization).contains(&"أكسيوس".to_owned()));
    assert_eq!(harness.state().model.corpus.attributions.log().len(), 1);

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(sources_of(&harness, SourceKind::Outlet).contains(&"أكسيوس".to_owned()));
    assert!(harness.state().model.corpus.attributions.log().is_empty());
}

#[test]
fn not_a_statement_takes_a_source_out_and_undo_and_redo_walk_it() {
    let (_dir, mut harness) = open();
    click_row(&mut harness, OFFICIAL);
    right_click_statement(&mut harness, OFFICIAL_SAID);
    harness.get_by_label("Not a statement").click();
    harness.run();
    assert!(!sources_of(&harness, SourceKind::Anonymous).contains(&OFFICIAL.to_owned()));
    let app = harness.state();
    assert_eq!(app.edit_generation, 1);
    assert_eq!(app.model.corpus.attributions.log().len(), 1);
    assert!(app.work.is_dirty(), "a fix is work to keep");

    // Edit ▸ Undo brings it back; Ctrl+Shift+Z takes it out again.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Undo  (Ctrl+Z)").click();
    harness.run();
    assert!(sources_of(&harness, SourceKind::Anonymous).contains(&OFFICIAL.to_owned()));
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert!(!sources_of(&harness, SourceKind::Anonymous).contains(&OFFICIAL.to_owned()));
    assert_eq!(harness.state().edit_generation, 3);
}

#[test]
fn the_arabic_interface_names_groups_and_stances_in_arabic() {
    let (_dir, mut harness) = open();
    harness.get_by_label("العربية").click();
    harness.run();
    harness.get_by_label("مصادر غير مسماة (2)");
    click_row(&mut harness, SPOKESMAN);
    harness.get_by_label("نفي");
}

#[test]
fn the_right_source_picked_from_the_articles_entities_takes_the_statement() {
    let (_dir, mut harness) = open();
    click_row(&mut harness, OFFICIAL);
    right_click_statement(&mut harness, OFFICIAL_SAID);
    harness.get_by_label("Change source").click();
    harness.run();
    // The menu's entry, drawn over the list's row of the same name.
    harness
        .get_all_by_role_and_label(Role::Button, SPOKESMAN)
        .last()
        .expect("the spokesman is offered")
        .click();
    harness.run();
    assert!(!sources_of(&harness, SourceKind::Anonymous).contains(&OFFICIAL.to_owned()));
    let sources = &harness.state().derived.sources.value;
    let spokesman = sources
        .groups
        .iter()
        .flat_map(|(_, rows)| rows)
        .find(|r| r.name == SPOKESMAN)
        .expect("the spokesman's row");
    assert_eq!(
        spokesman.statements, 2,
        "his denial and the statement fixed to him"
    );
}
