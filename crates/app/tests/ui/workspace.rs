//! Workspaces through the window: tagging, noting and dating an article, saving, opening
//! the file in a fresh app, and what a broken or hostile workspace file does.

use std::path::{Path, PathBuf};

use crate::common::{CAIRO_TITLE, click, enter_path, fill, harness_with, title, write_corpus};
use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use marsad::{AppOptions, MarsadApp};
use marsad_storage::{ArticleRecord, CorpusRef, Workspace};

/// An article with no date of its own and a relative one ("yesterday") in its text.
const UNDATED_TITLE: &str = "الجيش يعلن انسحاب قواته من البلدة";
const UNDATED: &str = "الجيش يعلن انسحاب قواته من البلدة\n\n\
    أعلن الجيش أمس انسحاب قواته من البلدة بعد معارك استمرت أسبوعا كاملا.\n\n\
    وقال المتحدث باسم الجيش إن المدنيين عادوا إلى منازلهم.\n";
const TAG: &str = "عاجل";
const NOTE: &str = "يجب التحقق من رواية الجيش مع مصدر محلي";

/// `dir/articles` holds the test corpus and the undated article.
fn corpus_in(dir: &Path) -> PathBuf {
    let articles = dir.join("articles");
    std::fs::create_dir(&articles).expect("corpus folder");
    write_corpus(&articles).expect("corpus articles");
    std::fs::write(articles.join("undated.txt"), UNDATED).expect("undated article");
    articles
}

fn open_folder(folder: &Path) -> Harness<'static, MarsadApp> {
    harness_with(AppOptions {
        folder: Some(folder.to_owned()),
        ..AppOptions::default()
    })
}

fn open_workspace(file: &Path) -> Harness<'static, MarsadApp> {
    harness_with(AppOptions {
        workspace: Some(file.to_owned()),
        ..AppOptions::default()
    })
}

/// The texts shown (labels and plain egui labels' values) that contain `needle`.
fn texts_containing(harness: &Harness<'static, MarsadApp>, needle: &str) -> Vec<String> {
    harness
        .query_all_by(|node| {
            let text = node.label().or_else(|| node.value());
            text.is_some_and(|t| t.contains(needle))
        })
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

/// The date values found in the open article.
fn open_article_dates(harness: &Harness<'static, MarsadApp>) -> Vec<Option<String>> {
    let app = harness.state();
    let entry = &app.model.corpus.articles[app.model.selected_article.expect("an open article")];
    entry
        .analysis
        .dates
        .iter()
        .map(marsad::analysis::DateExpr::value_iso)
        .collect()
}

#[test]
fn a_tagged_noted_and_dated_article_comes_back_in_a_fresh_app() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus_in(dir.path());
    let mut harness = open_folder(&articles);
    harness
        .get_by_role_and_label(Role::Button, UNDATED_TITLE)
        .click();
    harness.run();
    assert_eq!(
        open_article_dates(&harness),
        [None],
        "أمس waits for a reference"
    );
    assert!(!texts_containing(&harness, "! 1 relative date needs a reference date").is_empty());

    // A tag defined in the tag manager, then put on the article.
    click(&mut harness, "+ Tag");
    click(&mut harness, "Manage tags…");
    fill(&mut harness, "New tag", TAG);
    click(&mut harness, "Add");
    click(&mut harness, "+ Tag");
    harness.get_by_role_and_label(Role::Button, TAG).click();
    harness.run();
    // The chip on the article, its badge on the article's row in the list, and the
    // tag's row in the manager.
    assert_eq!(
        harness.get_all_by_role_and_label(Role::Label, TAG).count(),
        3
    );

    click(&mut harness, "Add note");
    fill(&mut harness, "Note", NOTE);
    click(&mut harness, "Done");
    harness.get_by_label(NOTE);

    click(&mut harness, "Date reading…");
    fill(&mut harness, "YYYY-MM-DD", "2024-05-20");
    harness.get_all_by_label("Set").next().unwrap().click();
    harness.run();
    assert_eq!(
        open_article_dates(&harness),
        [Some("2024-05-19".to_owned())]
    );
    assert!(!texts_containing(&harness, "Reference date: 2024-05-20").is_empty());
    assert!(texts_containing(&harness, "needs a reference date").is_empty());
    assert_eq!(title(&harness), "Marsad — untitled •");

    // Save through the File menu; without a file yet, it asks for one.
    let file = dir.path().join("gaza.ron");
    click(&mut harness, "File");
    click(&mut harness, "Save  (Ctrl+S)");
    // The path entry (no file dialog here) suggests a name beside the corpus; type another.
    enter_path(&mut harness, "workspace.marsad.ron", &file);
    assert_eq!(title(&harness), "Marsad — gaza.ron");
    let saved = marsad_storage::load(&file).unwrap();
    assert_eq!(saved.corpus.path, "articles");
    assert_eq!(saved.reference_dates["undated.txt"], "2024-05-20");

    let mut reopened = open_workspace(&file);
    assert_eq!(title(&reopened), "Marsad — gaza.ron");
    // The tag on the open article and on its row in the list.
    assert_eq!(
        reopened.get_all_by_role_and_label(Role::Label, TAG).count(),
        2
    );
    reopened.get_by_label(NOTE);
    // The open article's title is shown once more than any other: in the reading view.
    let labels_of = |title: &str| {
        reopened
            .query_all_by_role_and_label(Role::Label, title)
            .count()
    };
    assert_eq!(labels_of(UNDATED_TITLE), labels_of(CAIRO_TITLE) + 1);
    assert!(!texts_containing(&reopened, "Reference date: 2024-05-20").is_empty());
    assert_eq!(
        open_article_dates(&reopened),
        [Some("2024-05-19".to_owned())]
    );
    reopened
        .get_by_role_and_label(Role::Button, CAIRO_TITLE)
        .click();
    reopened.run();
    assert!(
        reopened.query_by_label(NOTE).is_none(),
        "notes stay on their article"
    );
}

#[test]
fn the_title_marks_unsaved_changes_until_ctrl_s() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus_in(dir.path());
    let file = dir.path().join("work.ron");
    marsad_storage::save(
        &file,
        &Workspace::new(CorpusRef::from_paths(&articles, &file)),
    )
    .unwrap();
    let mut harness = open_workspace(&file);
    assert_eq!(title(&harness), "Marsad — work.ron");
    fill(&mut harness, "Search articles  (Ctrl+F)", "القاهرة");
    assert_eq!(title(&harness), "Marsad — work.ron •");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(title(&harness), "Marsad — work.ron");
    assert_eq!(
        marsad_storage::load(&file).unwrap().filters.search,
        "القاهرة"
    );
}

#[test]
fn a_corrupt_workspace_shows_where_it_broke_and_is_left_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    corpus_in(dir.path());
    let file = dir.path().join("corrupt.ron");
    let bytes = "(\n    format_version: 2,\n    corpus: (path: \"articles\"\n    notes: (),\n)\n";
    std::fs::write(&file, bytes).unwrap();
    let mut harness = open_workspace(&file);
    let shown = texts_containing(&harness, "corrupt.ron:4:5: Expected comma");
    assert!(
        shown
            .iter()
            .any(|l| l.contains("The file was not changed.")),
        "{shown:?}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), bytes);
    click(&mut harness, "OK");
    assert!(texts_containing(&harness, "could not be opened").is_empty());
}

#[test]
fn paths_outside_the_corpus_are_refused_in_the_problems_panel_and_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus_in(dir.path());
    std::fs::write(dir.path().join("secret.txt"), "سر لا يجوز أن يقرأ").unwrap();
    let file = dir.path().join("hostile.ron");
    let mut workspace = Workspace::new(CorpusRef::from_paths(&articles, &file));
    for path in ["../../etc/passwd", "../secret.txt", "/etc/shadow"] {
        workspace.articles.insert(
            path.to_owned(),
            ArticleRecord {
                content_hash: "0".repeat(64),
            },
        );
    }
    workspace.selected_article = Some("../secret.txt".to_owned());
    marsad_storage::save(&file, &workspace).unwrap();
    let mut harness = open_workspace(&file);
    let paths: Vec<String> = harness
        .state()
        .model
        .corpus
        .articles
        .iter()
        .map(|a| a.analysis.path.clone())
        .collect();
    assert_eq!(paths.len(), 4, "{paths:?}");
    assert!(
        paths
            .iter()
            .all(|p| !p.contains("..") && !p.starts_with('/'))
    );
    click(&mut harness, "Problems");
    harness.get_by_label("../../etc/passwd");
    harness.get_by_label("/etc/shadow");
    harness.get_by_label("../secret.txt");
    for reason in [
        "refused, never read: the path climbs out of the corpus",
        "refused, never read: the path is absolute",
    ] {
        assert!(!texts_containing(&harness, reason).is_empty(), "{reason}");
    }
    assert!(harness.query_by_label_contains("سر لا يجوز").is_none());
}

/// A workspace over `dir/articles` saved at `dir/NAME`, after `edit` changed it.
fn saved_workspace(dir: &Path, name: &str, edit: impl FnOnce(&mut Workspace)) -> PathBuf {
    let articles = dir.join("articles");
    let file = dir.join(name);
    let mut workspace = Workspace::new(CorpusRef::from_paths(&articles, &file));
    edit(&mut workspace);
    marsad_storage::save(&file, &workspace).expect("workspace saved");
    file
}

#[test]
fn changed_and_missing_files_are_listed_and_their_notes_survive_a_save() {
    let dir = tempfile::tempdir().unwrap();
    corpus_in(dir.path());
    let file = saved_workspace(dir.path(), "kept.ron", |workspace| {
        for path in ["cairo.txt", "gone.txt"] {
            workspace.articles.insert(
                path.to_owned(),
                ArticleRecord {
                    content_hash: "f".repeat(64),
                },
            );
        }
        workspace
            .notes
            .articles
            .insert("gone.txt".into(), NOTE.into());
        workspace
            .tags
            .articles
            .entry("gone.txt".into())
            .or_default()
            .insert(TAG.into());
    });
    let mut harness = open_workspace(&file);
    click(&mut harness, "Problems");
    harness.get_by_label("gone.txt");
    harness.get_by_label("cairo.txt");
    assert!(!texts_containing(&harness, "missing since the workspace was saved").is_empty());
    assert!(!texts_containing(&harness, "changed since the workspace was saved").is_empty());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = marsad_storage::load(&file).unwrap();
    assert_eq!(saved.notes.articles["gone.txt"], NOTE);
    assert!(saved.tags.articles["gone.txt"].contains(TAG));
    assert!(saved.articles.contains_key("gone.txt"));
    assert_ne!(saved.articles["cairo.txt"].content_hash, "f".repeat(64));
}

#[test]
fn a_newer_autosave_is_offered_and_restoring_it_brings_the_work_back_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    corpus_in(dir.path());
    let file = saved_workspace(dir.path(), "auto.ron", |workspace| {
        workspace.selected_article = Some("undated.txt".into());
    });
    let mut autosaved = marsad_storage::load(&file).unwrap();
    autosaved
        .notes
        .articles
        .insert("undated.txt".into(), NOTE.into());
    marsad_storage::save_autosave(&file, &autosaved).unwrap();

    let mut ignored = open_workspace(&file);
    ignored.get_by_label("Restore the autosave?");
    click(&mut ignored, "Ignore");
    assert!(ignored.query_by_label(NOTE).is_none());
    assert_eq!(title(&ignored), "Marsad — auto.ron");
    assert!(!marsad_storage::autosave_path(&file).exists());

    marsad_storage::save_autosave(&file, &autosaved).unwrap();
    let mut restored = open_workspace(&file);
    click(&mut restored, "Restore");
    restored.get_by_label(NOTE);
    assert_eq!(title(&restored), "Marsad — auto.ron •");
    assert!(
        marsad_storage::load(&file)
            .unwrap()
            .notes
            .articles
            .is_empty(),
        "restoring does not write the file"
    );
}

#[test]
fn a_moved_corpus_is_located_by_hand_and_remembered_on_save() {
    let dir = tempfile::tempdir().unwrap();
    corpus_in(dir.path());
    let file = saved_workspace(dir.path(), "moved.ron", |_| {});
    let moved = dir.path().join("archive");
    std::fs::rename(dir.path().join("articles"), &moved).unwrap();
    let mut harness = open_workspace(&file);
    harness.get_by_label("Corpus folder missing");
    assert!(harness.state().model.corpus.articles.is_empty());
    harness
        .get_by(|node| {
            node.is_text_input() && node.value().is_some_and(|v| v.ends_with("articles"))
        })
        .set_text_value_accesskit(moved.to_str().unwrap());
    harness.run();
    click(&mut harness, "Use this folder");
    assert_eq!(harness.state().model.corpus.articles.len(), 4);
    assert_eq!(title(&harness), "Marsad — moved.ron •");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(marsad_storage::load(&file).unwrap().corpus.path, "archive");
}

#[test]
fn closing_with_unsaved_changes_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    corpus_in(dir.path());
    let file = saved_workspace(dir.path(), "close.ron", |_| {});
    let mut harness = open_workspace(&file);
    let request_close = |harness: &mut Harness<'static, MarsadApp>| {
        harness
            .input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        harness.run();
    };
    request_close(&mut harness);
    assert!(
        harness.query_by_label("Unsaved changes").is_none(),
        "nothing to save"
    );
    fill(&mut harness, "Search articles  (Ctrl+F)", "الجيش");
    request_close(&mut harness);
    harness.get_by_label("Unsaved changes");
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label("Unsaved changes").is_none());
    request_close(&mut harness);
    click(&mut harness, "Save");
    assert_eq!(marsad_storage::load(&file).unwrap().filters.search, "الجيش");
    assert_eq!(title(&harness), "Marsad — close.ron");
}

#[test]
fn entities_export_through_the_file_menu() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus_in(dir.path());
    let mut harness = open_folder(&articles);
    let out = dir.path().join("entities.json");
    click(&mut harness, "File");
    click(&mut harness, "Export");
    click(&mut harness, "Entities (JSON)…");
    enter_path(&mut harness, "entities.json", &out);
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    let names: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|row| row["name"].as_str())
        .collect();
    assert!(names.contains(&"القاهرة"), "{names:?}");
    assert!(names.contains(&"الأمم المتحدة"), "{names:?}");
}

/// A file dropped on the window, as the desktop integration hands it over.
#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_workspace_dropped_on_the_window_opens_with_its_selected_article() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus_in(dir.path());
    let file = saved_workspace(dir.path(), "dropped.ron", |workspace| {
        workspace.selected_article = Some("undated.txt".into());
        workspace
            .notes
            .articles
            .insert("undated.txt".into(), NOTE.into());
    });
    let mut harness = open_folder(&articles);
    assert!(harness.query_by_label(NOTE).is_none());
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file)));
    harness.run();
    assert_eq!(title(&harness), "Marsad — dropped.ron");
    harness.get_by_label(NOTE);
}

#[test]
fn the_selected_entity_takes_a_note_and_a_tag() {
    let dir = tempfile::tempdir().unwrap();
    corpus_in(dir.path());
    let file = saved_workspace(dir.path(), "entity.ron", |workspace| {
        workspace.tags.definitions.insert(
            TAG.into(),
            marsad_storage::TagDef {
                colour: [200, 40, 40],
            },
        );
    });
    let mut harness = open_workspace(&file);
    assert!(harness.query_by_label("Entity notes").is_none());
    harness
        .get_by_role_and_label(Role::Button, "الأمم المتحدة")
        .click();
    harness.run();
    harness.get_by_label("Entity notes");
    // The reading view has its own "+ Tag" and "Add note"; the entity pane's come first.
    harness.get_all_by_label("+ Tag").next().unwrap().click();
    harness.run();
    harness.get_by_role_and_label(Role::Button, TAG).click();
    harness.run();
    harness.get_all_by_label("Add note").next().unwrap().click();
    harness.run();
    fill(&mut harness, "Note", "منظمة دولية");
    click(&mut harness, "Done");
    harness.get_by_label("منظمة دولية");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = marsad_storage::load(&file).unwrap();
    assert!(saved.notes.articles.is_empty() && saved.tags.articles.is_empty());
    let noted: Vec<(&String, &String)> = saved.notes.entities.iter().collect();
    assert_eq!(noted.len(), 1);
    let (key, note) = noted[0];
    assert!(key.starts_with("ORG:"), "{key}");
    assert_eq!(note, "منظمة دولية");
    assert!(saved.tags.entities[key].contains(TAG));
}

#[test]
fn the_tag_filter_lists_only_tagged_articles() {
    let dir = tempfile::tempdir().unwrap();
    corpus_in(dir.path());
    let file = saved_workspace(dir.path(), "filter.ron", |workspace| {
        workspace.tags.definitions.insert(
            TAG.into(),
            marsad_storage::TagDef {
                colour: [200, 40, 40],
            },
        );
        workspace
            .tags
            .articles
            .entry("cairo.txt".into())
            .or_default()
            .insert(TAG.into());
        workspace.filters.tags.insert(TAG.into());
    });
    let mut harness = open_workspace(&file);
    let listed = |harness: &Harness<'static, MarsadApp>| {
        [CAIRO_TITLE, UNDATED_TITLE]
            .map(|t| harness.query_by_role_and_label(Role::Button, t).is_some())
    };
    assert_eq!(listed(&harness), [true, false]);
    click(&mut harness, "+ Tag");
    click(&mut harness, "Manage tags…");
    click(&mut harness, "List only articles with it");
    assert_eq!(listed(&harness), [true, true]);
    assert_eq!(title(&harness), "Marsad — filter.ron •");
}

/// The entity shown under `name`: (mentions, articles).
fn entity_counts(harness: &Harness<'static, MarsadApp>, name: &str) -> Option<(usize, usize)> {
    harness
        .state()
        .model
        .corpus
        .entities
        .list()
        .iter()
        .find(|e| e.name == name && !e.hidden)
        .map(|e| (e.mention_count, e.article_count))
}

#[test]
fn a_merge_a_tag_and_a_note_come_back_when_the_workspace_is_reopened() {
    use crate::common::entity_corpus::{
        GUTERRES, GUTERRES_OTHER_SPELLING, GUTERRES_TITLE, write_entity_corpus,
    };
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    write_entity_corpus(&articles).unwrap();
    let mut harness = open_folder(&articles);

    harness
        .get_by_role_and_label(Role::Button, GUTERRES_TITLE)
        .click();
    harness.run();
    click(&mut harness, "+ Tag");
    click(&mut harness, "Manage tags…");
    fill(&mut harness, "New tag", TAG);
    click(&mut harness, "Add");
    click(&mut harness, "+ Tag");
    harness.get_by_role_and_label(Role::Button, TAG).click();
    harness.run();
    click(&mut harness, "Add note");
    fill(&mut harness, "Note", NOTE);
    click(&mut harness, "Done");

    // Two spellings of one man, merged from the sidebar's context menu.
    assert_eq!(entity_counts(&harness, GUTERRES), Some((2, 1)));
    harness
        .get_by_role_and_label(Role::Button, GUTERRES)
        .click();
    harness.run();
    harness
        .get_by_role_and_label(Role::Button, GUTERRES_OTHER_SPELLING)
        .click_secondary();
    harness.run();
    click(&mut harness, "Merge into");
    click(&mut harness, &format!("The selected entity: {GUTERRES}"));
    assert_eq!(entity_counts(&harness, GUTERRES), Some((4, 2)));
    assert_eq!(entity_counts(&harness, GUTERRES_OTHER_SPELLING), None);

    let file = dir.path().join("analysis.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    enter_path(&mut harness, "workspace.marsad.ron", &file);
    assert_eq!(title(&harness), "Marsad — analysis.ron");
    assert_eq!(marsad_storage::load(&file).unwrap().corrections.len(), 1);

    let reopened = open_workspace(&file);
    assert_eq!(title(&reopened), "Marsad — analysis.ron", "nothing unsaved");
    assert_eq!(entity_counts(&reopened, GUTERRES), Some((4, 2)));
    assert_eq!(entity_counts(&reopened, GUTERRES_OTHER_SPELLING), None);
    assert!(
        reopened
            .query_by_role_and_label(Role::Button, GUTERRES_OTHER_SPELLING)
            .is_none(),
        "the merged spelling has no row of its own"
    );
    // The tag on the open article and on its row in the list.
    assert_eq!(
        reopened.get_all_by_role_and_label(Role::Label, TAG).count(),
        2
    );
    reopened.get_by_label(NOTE);
}

#[test]
fn a_resized_article_list_keeps_its_width_in_the_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let articles = corpus_in(dir.path());
    let mut harness = open_folder(&articles);
    let width =
        |harness: &Harness<'static, MarsadApp>| harness.state().panels.panel_sizes["article_list"];
    let before = width(&harness);
    // The article list is on the left; its splitter is the one nearest its edge.
    let splitter = harness
        .get_all_by_role(Role::Splitter)
        .map(|node| node.rect())
        .min_by(|a, b| {
            (a.center().x - before)
                .abs()
                .total_cmp(&(b.center().x - before).abs())
        })
        .expect("the panels have splitters");
    crate::common::drag(
        &mut harness,
        egui::PointerButton::Primary,
        splitter.center(),
        splitter.center() + egui::vec2(120.0, 0.0),
    );
    let after = width(&harness);
    assert!(
        (after - (before + 120.0)).abs() <= 2.0,
        "dragging widened the list from {before} to {after}"
    );

    let file = dir.path().join("layout.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    enter_path(&mut harness, "workspace.marsad.ron", &file);
    let saved = marsad_storage::load(&file).unwrap().view.panels["article_list"];
    assert!((saved - after).abs() < 0.5, "saved {saved}, drawn {after}");

    let reopened = open_workspace(&file);
    let restored = width(&reopened);
    assert!(
        (restored - after).abs() < 0.5,
        "the list comes back as wide: {restored}, not {after}"
    );
    assert_eq!(title(&reopened), "Marsad — layout.ron", "nothing unsaved");
}
