//! The unsaved-changes mark in the window title, driven through the annotation widgets
//! with a workspace file open: each edit marks the workspace, taking it back clears the
//! mark, and frames in which nothing changed do not rebuild the workspace to find out.

use std::collections::BTreeSet;

use crate::common::{CAIRO_TITLE, click, fill, harness_with, title, write_corpus};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marsad::{AppOptions, MarsadApp};
use marsad_storage::{CorpusRef, TagDef, Workspace};

const TAG: &str = "عاجل";
const NOTE: &str = "للمراجعة";
/// An entity of the Cairo article.
const ENTITY: &str = "مصر";
const CLEAN: &str = "Marsad — work.ron";
const MARKED: &str = "Marsad — work.ron •";

/// Empties the note editor holding [`NOTE`] (its hint is gone while it holds text).
fn empty_note(harness: &mut Harness<'static, MarsadApp>) {
    harness
        .get_by(|node| node.is_text_input() && node.value().as_deref() == Some(NOTE))
        .set_text_value_accesskit("");
    harness.run();
}

#[test]
fn each_annotation_edit_marks_the_workspace_unsaved_until_it_is_taken_back() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    write_corpus(&articles).unwrap();
    let file = dir.path().join("work.ron");
    let mut saved = Workspace::new(CorpusRef::from_paths(&articles, &file));
    saved.selected_article = Some("cairo.txt".into());
    saved.tags.definitions.insert(
        TAG.into(),
        TagDef {
            colour: [200, 40, 40],
        },
    );
    marsad_storage::save(&file, &saved).unwrap();
    let mut harness = harness_with(AppOptions {
        workspace: Some(file.clone()),
        ..AppOptions::default()
    });
    // The saved article is the open one.
    assert_eq!(
        harness
            .query_all_by_role_and_label(Role::Label, CAIRO_TITLE)
            .count(),
        2
    );
    assert_eq!(title(&harness), CLEAN, "opening is not an edit");
    let builds = harness.state().work.settings_builds();
    harness.run_steps(5);
    assert_eq!(
        harness.state().work.settings_builds(),
        builds,
        "idle frames build nothing"
    );

    // A tag put on the article, then taken off its chip.
    click(&mut harness, "+ Tag");
    harness.get_by_role_and_label(Role::Button, TAG).click();
    harness.run();
    assert_eq!(title(&harness), MARKED, "tagged");
    click(&mut harness, "×");
    assert_eq!(title(&harness), CLEAN, "untagged");

    // A note written, then emptied (an empty note is no note).
    click(&mut harness, "Add note");
    fill(&mut harness, "Note", NOTE);
    assert_eq!(title(&harness), MARKED, "noted");
    empty_note(&mut harness);
    assert_eq!(title(&harness), CLEAN, "note emptied");
    click(&mut harness, "Done");

    // A reference date set, then cleared.
    click(&mut harness, "Date reading…");
    fill(&mut harness, "YYYY-MM-DD", "2024-05-20");
    harness.get_all_by_label("Set").next().unwrap().click();
    harness.run();
    assert_eq!(title(&harness), MARKED, "dated");
    harness.get_all_by_label("Clear").next().unwrap().click();
    harness.run();
    assert_eq!(title(&harness), CLEAN, "date cleared");

    // The tag put back on and saved, then the tag manager's filter (which keeps the
    // tagged article listed) ticked and unticked.
    click(&mut harness, "+ Tag");
    harness.get_by_role_and_label(Role::Button, TAG).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(title(&harness), CLEAN, "saved");
    click(&mut harness, "+ Tag");
    click(&mut harness, "Manage tags…");
    click(&mut harness, "List only articles with it");
    assert_eq!(title(&harness), MARKED, "filtered by tag");
    assert_eq!(
        harness.state().model.settings.filters.tags,
        BTreeSet::from([TAG.to_owned()])
    );
    click(&mut harness, "List only articles with it");
    assert_eq!(title(&harness), CLEAN, "filter off");

    // The selected entity's note: the entity pane comes before the article in the
    // window, so its note button is the first one.
    harness.get_by_role_and_label(Role::Button, ENTITY).click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(title(&harness), CLEAN, "saved with the entity selected");
    harness.get_all_by_label("Add note").next().unwrap().click();
    harness.run();
    fill(&mut harness, "Note", NOTE);
    assert_eq!(title(&harness), MARKED, "entity noted");
    assert_eq!(harness.state().work.doc.notes.entities.len(), 1);
    empty_note(&mut harness);
    assert_eq!(title(&harness), CLEAN, "entity note emptied");
    click(&mut harness, "Done");
}

/// A workspace with no work in it over the test corpus in `dir/articles`, saved
/// as `dir/work.ron`.
fn empty_workspace(dir: &std::path::Path) -> std::path::PathBuf {
    let articles = dir.join("articles");
    std::fs::create_dir(&articles).expect("a corpus folder");
    write_corpus(&articles).expect("the test corpus");
    let file = dir.join("work.ron");
    let workspace = Workspace::new(CorpusRef::from_paths(&articles, &file));
    marsad_storage::save(&file, &workspace).expect("the workspace saved");
    file
}

fn open_workspace(file: &std::path::Path) -> Harness<'static, MarsadApp> {
    harness_with(AppOptions {
        workspace: Some(file.to_owned()),
        ..AppOptions::default()
    })
}

#[test]
fn panels_that_change_size_by_themselves_are_no_edit_but_a_dragged_splitter_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = empty_workspace(dir.path());
    let mut harness = open_workspace(&file);
    assert_eq!(title(&harness), CLEAN);
    let drawn = harness.state().panels.panel_sizes.clone();

    // A smaller window squeezes the panels; the analyst resized nothing.
    harness.set_size(egui::vec2(560.0, 380.0));
    harness.run();
    assert_ne!(
        harness.state().panels.panel_sizes,
        drawn,
        "the panels shrank"
    );
    assert_eq!(title(&harness), CLEAN, "a squeezed panel is no edit");
    harness.set_size(egui::vec2(1280.0, 900.0));
    harness.run();
    assert_eq!(title(&harness), CLEAN, "nor is the window growing back");

    // The bottom panel's splitter dragged up by the analyst.
    let splitter = harness
        .get_all_by_role(Role::Splitter)
        .map(|node| node.rect())
        .max_by(|a, b| a.width().total_cmp(&b.width()))
        .expect("the bottom panel has a splitter across the window");
    crate::common::drag(
        &mut harness,
        egui::PointerButton::Primary,
        splitter.center(),
        splitter.center() - egui::vec2(0.0, 60.0),
    );
    assert_eq!(title(&harness), MARKED, "a dragged splitter is an edit");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = marsad_storage::load(&file).unwrap().view.panels["bottom_panel"];
    let height = harness.state().panels.panel_sizes["bottom_panel"];
    assert!(
        (saved - height).abs() < 0.5,
        "saved {saved}, drawn {height}"
    );
    assert_eq!(title(&harness), CLEAN);
}

#[test]
fn showing_hidden_entities_is_saved_and_comes_back_on_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let file = empty_workspace(dir.path());
    let mut harness = open_workspace(&file);
    let shown =
        |harness: &Harness<'static, MarsadApp>| harness.state().model.settings.filters.show_hidden;
    assert!(!shown(&harness));
    click(&mut harness, "Show hidden entities");
    assert!(shown(&harness));
    assert_eq!(title(&harness), MARKED, "a setting the file keeps");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(title(&harness), CLEAN);
    assert!(marsad_storage::load(&file).unwrap().filters.show_hidden);

    let reopened = open_workspace(&file);
    assert!(
        shown(&reopened),
        "the reopened workspace shows hidden entities"
    );
    assert_eq!(title(&reopened), CLEAN);
}
