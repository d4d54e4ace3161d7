//! Resolved entities in the sidebar and the analyst's corrections, made from
//! the sidebar's context menu and the Edit menu, driven through the
//! accessibility tree.

use crate::common::entity_corpus::{
    CENTCOM, CENTCOM_ALIAS, COMMAND_TITLE, GUTERRES, GUTERRES_OTHER_SPELLING, GUTERRES_TITLE,
    MISSED, USA, USA_ALIAS, VISIT_TITLE, open_entity_corpus, write_entity_corpus,
};
use crate::common::listed_titles;
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use marsad::MarsadApp;
use marsad_core::EntityType;
use marsad_core::corpus::{Correction, Entity, EntityId};

fn open() -> (tempfile::TempDir, Harness<'static, MarsadApp>) {
    open_entity_corpus(Harness::builder())
}

/// The entity shown under `name`, hidden or not.
fn entity<'a>(app: &'a MarsadApp, name: &str) -> Option<&'a Entity> {
    app.model
        .corpus
        .entities
        .list()
        .iter()
        .find(|e| e.name == name)
}

/// `(mentions, articles)` of the entity named `name`.
fn counts(harness: &Harness<'_, MarsadApp>, name: &str) -> Option<(usize, usize)> {
    entity(harness.state(), name).map(|e| (e.mention_count, e.article_count))
}

fn sorted(titles: &[&str]) -> Vec<String> {
    let mut titles: Vec<String> = titles.iter().map(|t| (*t).to_owned()).collect();
    titles.sort();
    titles
}

fn has_row(harness: &Harness<'_, MarsadApp>, name: &str) -> bool {
    harness
        .query_by_role_and_label(Role::Button, name)
        .is_some()
}

fn click_row(harness: &mut Harness<'_, MarsadApp>, name: &str) {
    harness.get_by_role_and_label(Role::Button, name).click();
    harness.run();
}

/// Right-clicks an entity row and clicks `item` in its context menu.
fn menu_item(harness: &mut Harness<'_, MarsadApp>, name: &str, item: &str) {
    harness
        .get_by_role_and_label(Role::Button, name)
        .click_secondary();
    harness.run();
    harness.get_by_label(item).click();
    harness.run();
}

fn type_into_focused_field(harness: &mut Harness<'_, MarsadApp>, text: &str) {
    let field = harness
        .get_all_by_role(Role::TextInput)
        .find(egui_kittest::Node::is_focused)
        .expect("the dialog focuses its text field");
    field.type_text(text);
    harness.run();
}

#[test]
fn an_alias_and_its_entity_show_as_one_row_that_filters_both_articles() {
    let (_dir, mut harness) = open();
    assert!(harness.state().model.corpus.entities.is_resolved());
    for (name, alias) in [(USA, USA_ALIAS), (CENTCOM, CENTCOM_ALIAS)] {
        assert!(has_row(&harness, name), "a row for {name}");
        assert!(!has_row(&harness, alias), "no row of its own for {alias}");
        let aliases = &entity(harness.state(), name).unwrap().aliases;
        assert!(aliases.iter().any(|a| a == alias), "{alias} in {aliases:?}");
    }
    assert_eq!(counts(&harness, USA), Some((2, 2)));
    assert_eq!(counts(&harness, CENTCOM), Some((4, 2)));
    click_row(&mut harness, USA);
    assert_eq!(
        listed_titles(&harness),
        sorted(&[COMMAND_TITLE, crate::common::entity_corpus::CENTCOM_TITLE])
    );
    // Filtering the sidebar by an alias finds the entity it belongs to.
    let filter = harness
        .get_all_by_role(Role::TextInput)
        .nth(1)
        .expect("the sidebar's filter");
    filter.focus();
    harness.run();
    harness
        .get_all_by_role(Role::TextInput)
        .nth(1)
        .unwrap()
        .type_text(CENTCOM_ALIAS);
    harness.run();
    assert!(has_row(&harness, CENTCOM));
    assert!(!has_row(&harness, GUTERRES));
}

#[test]
fn merging_two_entities_sums_their_mentions() {
    let (_dir, mut harness) = open();
    assert_eq!(counts(&harness, GUTERRES), Some((2, 1)));
    assert_eq!(counts(&harness, GUTERRES_OTHER_SPELLING), Some((2, 1)));
    // Select the entity to keep, then merge the other spelling into it.
    click_row(&mut harness, GUTERRES);
    menu_item(&mut harness, GUTERRES_OTHER_SPELLING, "Merge into");
    harness
        .get_by_label(&format!("The selected entity: {GUTERRES}"))
        .click();
    harness.run();
    assert!(has_row(&harness, GUTERRES));
    assert!(!has_row(&harness, GUTERRES_OTHER_SPELLING));
    assert_eq!(counts(&harness, GUTERRES), Some((4, 2)));
    assert_eq!(
        listed_titles(&harness),
        sorted(&[GUTERRES_TITLE, VISIT_TITLE]),
        "the filter on the merged entity lists both articles"
    );
    let app = harness.state();
    assert_eq!(app.corrections().len(), 1);
    assert_eq!(app.edit_generation, 1);

    // Ctrl+Z takes the merge back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(has_row(&harness, GUTERRES_OTHER_SPELLING));
    assert_eq!(counts(&harness, GUTERRES), Some((2, 1)));
    assert_eq!(counts(&harness, GUTERRES_OTHER_SPELLING), Some((2, 1)));
    assert_eq!(listed_titles(&harness), sorted(&[GUTERRES_TITLE]));
    assert!(harness.state().corrections().is_empty());

    // Edit ▸ Redo makes it again.
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Redo  (Ctrl+Shift+Z)").click();
    harness.run();
    assert_eq!(counts(&harness, GUTERRES), Some((4, 2)));
    assert!(!has_row(&harness, GUTERRES_OTHER_SPELLING));
    assert_eq!(harness.state().edit_generation, 3);
}

#[test]
fn merging_through_the_dialog_picks_the_target_from_a_list() {
    let (_dir, mut harness) = open();
    menu_item(&mut harness, GUTERRES_OTHER_SPELLING, "Merge into");
    harness.get_by_label("Choose…").click();
    harness.run();
    // Only people are offered, and not the entity itself.
    let offered: Vec<String> = harness
        .get_all_by_role(Role::ListBoxOption)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(offered.contains(&GUTERRES.to_owned()), "{offered:?}");
    assert!(!offered.contains(&GUTERRES_OTHER_SPELLING.to_owned()));
    assert!(!offered.contains(&USA.to_owned()));
    harness
        .get_by_role_and_label(Role::ListBoxOption, GUTERRES)
        .click();
    harness.run();
    assert!(
        harness
            .query_all_by_role(Role::ListBoxOption)
            .next()
            .is_none()
    );
    assert_eq!(counts(&harness, GUTERRES), Some((4, 2)));
    assert!(!has_row(&harness, GUTERRES_OTHER_SPELLING));
    // Ctrl+Y is redo too: after undo, it merges again.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(has_row(&harness, GUTERRES_OTHER_SPELLING));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert!(!has_row(&harness, GUTERRES_OTHER_SPELLING));
}

#[test]
fn renaming_an_entity_shows_the_new_name() {
    let (_dir, mut harness) = open();
    let new_name = "الإدارة الأمريكية";
    menu_item(&mut harness, USA, "Rename…");
    type_into_focused_field(&mut harness, new_name);
    // The typed name is echoed through the shaping path under the field.
    harness.get_by_role_and_label(Role::Label, new_name);
    harness
        .get_by_role_and_label(Role::Button, "Rename")
        .click();
    harness.run();
    assert!(has_row(&harness, new_name));
    assert!(!has_row(&harness, USA));
    let renamed = entity(harness.state(), new_name).unwrap();
    assert_eq!(renamed.id, EntityId::from("LOC:الولايات المتحده"));
    assert_eq!((renamed.mention_count, renamed.article_count), (2, 2));
}

#[test]
fn hiding_an_entity_removes_its_row_until_hidden_ones_are_shown() {
    let (_dir, mut harness) = open();
    menu_item(&mut harness, "قبرص", "Hide");
    assert!(!has_row(&harness, "قبرص"));
    assert!(entity(harness.state(), "قبرص").unwrap().hidden);
    harness.get_by_label("Show hidden entities").click();
    harness.run();
    assert!(has_row(&harness, "قبرص"));
    menu_item(&mut harness, "قبرص", "Show again");
    assert!(!entity(harness.state(), "قبرص").unwrap().hidden);
    assert_eq!(harness.state().corrections().len(), 2);
}

#[test]
fn adding_an_entity_the_recognizer_missed_tags_every_occurrence() {
    let (_dir, mut harness) = open();
    assert!(entity(harness.state(), MISSED).is_none());
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label("Add entity…").click();
    harness.run();
    type_into_focused_field(&mut harness, MISSED);
    harness.get_by_label("Organization (ORG)").click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, "Add").click();
    harness.run();
    assert!(has_row(&harness, MISSED));
    let added = entity(harness.state(), MISSED).unwrap();
    assert_eq!(added.entity_type, EntityType::Org);
    assert_eq!((added.mention_count, added.article_count), (3, 2));
    // The new entity is selected: the list shows the articles that mention it.
    assert_eq!(
        listed_titles(&harness),
        sorted(&[COMMAND_TITLE, GUTERRES_TITLE])
    );
}

#[test]
fn changing_the_type_and_splitting_an_alias_from_the_context_menu() {
    let (_dir, mut harness) = open();
    menu_item(&mut harness, "قبرص", "Change type");
    harness.get_by_label("Organization (ORG)").click();
    harness.run();
    assert_eq!(
        entity(harness.state(), "قبرص").unwrap().entity_type,
        EntityType::Org
    );
    menu_item(&mut harness, CENTCOM, "Split alias");
    harness
        .get_by_role_and_label(Role::Button, CENTCOM_ALIAS)
        .click();
    harness.run();
    assert!(has_row(&harness, CENTCOM_ALIAS));
    assert_eq!(counts(&harness, CENTCOM_ALIAS), Some((2, 1)));
    assert_eq!(counts(&harness, CENTCOM), Some((2, 1)));
}

#[test]
fn saved_corrections_replay_on_the_loaded_corpus_without_counting_as_edits() {
    let (_dir, mut harness) = open();
    let saved = vec![
        Correction::Merge {
            into: EntityId::from("PERS:انطونيو غوتيريش"),
            merged: EntityId::from("PERS:انطونيو جوتيريش"),
        },
        Correction::Hide {
            entity: EntityId::from("LOC:قبرص"),
        },
    ];
    harness.state_mut().replace_corrections(saved.clone());
    harness.run();
    assert_eq!(harness.state().corrections(), saved.as_slice());
    assert_eq!(harness.state().edit_generation, 0);
    assert_eq!(counts(&harness, GUTERRES), Some((4, 2)));
    assert!(!has_row(&harness, GUTERRES_OTHER_SPELLING));
    assert!(!has_row(&harness, "قبرص"));
    // A replaced list is where undo stops.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().corrections(), saved.as_slice());
}

#[test]
fn corrections_given_while_the_folder_loads_apply_when_it_finishes() {
    let dir = tempfile::tempdir().unwrap();
    write_entity_corpus(dir.path()).unwrap();
    let app = MarsadApp::with_options(marsad::AppOptions {
        remember_recent: false,
        ..marsad::AppOptions::default()
    });
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut MarsadApp| app.show(ui), app);
    // The folder loads in the background; a workspace replays its saved
    // corrections right after opening it, before any frame took the result.
    let ctx = harness.ctx.clone();
    harness.state_mut().open_folder(&ctx, dir.path().to_owned());
    assert!(harness.state().is_loading());
    let saved = vec![Correction::Merge {
        into: EntityId::from("PERS:انطونيو غوتيريش"),
        merged: EntityId::from("PERS:انطونيو جوتيريش"),
    }];
    harness.state_mut().replace_corrections(saved.clone());
    let started = std::time::Instant::now();
    while harness.state().is_loading() {
        assert!(
            started.elapsed() < std::time::Duration::from_mins(1),
            "the folder should load"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        harness.step();
    }
    harness.run();
    let app = harness.state();
    assert!(app.model.corpus.entities.is_resolved());
    assert_eq!(app.corrections(), saved.as_slice());
    assert_eq!(counts(&harness, GUTERRES), Some((4, 2)));
    assert!(!has_row(&harness, GUTERRES_OTHER_SPELLING));
    // The resolution follows the app's article order, whatever order the articles streamed in.
    let app = harness.state();
    for (i, article) in app.model.corpus.articles.iter().enumerate() {
        for m in app.model.corpus.entities.mentions(i) {
            assert_eq!(
                m.mention.span.slice(&article.analysis.text),
                Some(m.mention.text.as_str())
            );
        }
    }
    assert_eq!(counts(&harness, USA), Some((2, 2)));
}
