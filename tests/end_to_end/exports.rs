//! A workspace made in the app, saved, reopened and exported: the app's File ▸ Export and
//! `marsad-cli export` write the same bytes for it.

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marsad::derived::sidebar::Row;
use marsad::{AppOptions, MarsadApp};
use marsad_tests::copy_sample_corpus;

use super::{app_with, click, enter_path, fill, marsad_cli};

const NOTE: &str = "تحقق من أرقام القوافل مع مصدر ثان";

/// The File ▸ Export items, the file each writes and the suggested name's ending.
const EXPORTS: [(&str, &str); 7] = [
    ("Entities (CSV)…", "entities.csv"),
    ("Entities (JSON)…", "entities.json"),
    ("Mentions (CSV)…", "mentions.csv"),
    ("Events (CSV)…", "events.csv"),
    ("Events (JSON)…", "events.json"),
    ("Attributions (CSV)…", "attributions.csv"),
    ("Attributions (JSON)…", "attributions.json"),
];

/// Every export the File menu offers, written into `folder`.
fn export_from_the_app(harness: &mut Harness<'static, MarsadApp>, folder: &Path) {
    std::fs::create_dir_all(folder).expect("an export folder");
    for (item, name) in EXPORTS {
        click(harness, "File");
        click(harness, "Export");
        click(harness, item);
        enter_path(harness, name, &folder.join(name));
    }
}

/// Every export `marsad-cli export` can write for `workspace`, into `folder`.
fn export_from_the_command_line(workspace: &Path, folder: &Path) {
    std::fs::create_dir_all(folder).expect("an export folder");
    for (flag, names) in [
        ("--entities", &["entities.csv", "entities.json"][..]),
        ("--mentions", &["mentions.csv"][..]),
        ("--events", &["events.csv", "events.json"][..]),
        (
            "--attributions",
            &["attributions.csv", "attributions.json"][..],
        ),
    ] {
        for name in names {
            let out: PathBuf = folder.join(name);
            marsad_cli(&[
                "export".as_ref(),
                "--workspace".as_ref(),
                workspace.as_os_str(),
                flag.as_ref(),
                out.as_os_str(),
            ]);
        }
    }
}

/// The name of the sidebar's first entity (the most mentioned person).
fn first_entity(harness: &Harness<'static, MarsadApp>) -> String {
    let app = harness.state();
    app.derived
        .sidebar
        .value
        .rows
        .iter()
        .find_map(|row| match row {
            Row::Entity(id) => app.model.corpus.entities.get(id),
            Row::Group(..) => None,
        })
        .expect("the sample corpus has entities")
        .name
        .clone()
}

/// Fixes the kind of the first statement of the Sources view's first person: an outlet,
/// from its context menu in the view; returns the statement's words in context.
fn fix_first_statement(harness: &mut Harness<'static, MarsadApp>) -> String {
    click(harness, "Sources");
    let source = harness.state().derived.sources.value.groups[0].1[0]
        .name
        .clone();
    harness.get_by_role_and_label(Role::Button, &source).click();
    harness.run();
    let line = harness.state().derived.statements.value.statements[0]
        .text
        .clone();
    harness.get_by_label(&line).click_secondary();
    harness.run();
    click(harness, "Change kind");
    click(harness, "Outlet");
    click(harness, "Entities");
    line
}

#[test]
fn a_workspace_saved_and_reopened_exports_the_same_bytes_from_the_app_and_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    assert!(copy_sample_corpus(&articles).unwrap().len() > 10);
    let mut harness = app_with(AppOptions {
        folder: Some(articles),
        ..AppOptions::default()
    });
    // The analyst's work: the sidebar's first entity hidden, a note on the open article.
    let hidden = first_entity(&harness);
    harness
        .get_by_role_and_label(Role::Button, &hidden)
        .click_secondary();
    harness.run();
    click(&mut harness, "Hide");
    assert!(
        harness
            .query_by_role_and_label(Role::Button, &hidden)
            .is_none()
    );
    fix_first_statement(&mut harness);
    click(&mut harness, "Add note");
    fill(&mut harness, "Note", NOTE);
    click(&mut harness, "Done");
    let file = dir.path().join("sample.ron");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    enter_path(&mut harness, "workspace.marsad.ron", &file);
    let saved = marsad_storage::load(&file).unwrap();
    assert_eq!(saved.corrections.len(), 1);
    assert_eq!(saved.attribution_corrections.len(), 1);
    assert_eq!(saved.notes.articles.values().collect::<Vec<_>>(), [NOTE]);
    drop(harness);

    let mut reopened = app_with(AppOptions {
        workspace: Some(file.clone()),
        ..AppOptions::default()
    });
    reopened.get_by_label(NOTE);
    assert!(
        reopened
            .query_by_role_and_label(Role::Button, &hidden)
            .is_none(),
        "still hidden"
    );
    assert_eq!(reopened.state().corrections().len(), 1);
    export_from_the_app(&mut reopened, &dir.path().join("app"));
    export_from_the_command_line(&file, &dir.path().join("cli"));

    for (_, name) in EXPORTS {
        let app = std::fs::read(dir.path().join("app").join(name)).unwrap();
        let cli = std::fs::read(dir.path().join("cli").join(name)).unwrap();
        assert!(app.len() > 100, "{name} holds rows");
        assert!(app == cli, "{name}: the app and the command line differ");
    }
    let entities = std::fs::read_to_string(dir.path().join("app/entities.csv")).unwrap();
    let hidden = entities
        .lines()
        .find(|line| line.split(',').nth(1) == Some(hidden.as_str()))
        .expect("the hidden entity is exported, marked hidden");
    assert!(hidden.contains(",true,"), "{hidden}");
    let attributions = std::fs::read_to_string(dir.path().join("app/attributions.csv")).unwrap();
    let fixed: Vec<&str> = attributions
        .lines()
        .filter(|line| line.ends_with(",true"))
        .collect();
    assert_eq!(fixed.len(), 1, "one attribution marked fixed");
    assert!(fixed[0].contains(",outlet,"), "{}", fixed[0]);
}
