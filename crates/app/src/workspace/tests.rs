//! The app ↔ workspace mapping, dirty detection and exports, on a small Arabic corpus.

use std::path::Path;

use marsad_core::corpus::Correction;
use marsad_storage::{Bookmark, EntityCorrection, TagDef};

use super::*;
use crate::AppOptions;
use crate::entities::EntityCommand;
use crate::i18n::Language;

const ARTICLES: &[(&str, &str)] = &[
    (
        "cairo.txt",
        "وفد أمريكي يصل إلى القاهرة لبحث الهدنة\n\n\
         القاهرة - وصل وفد من الولايات المتحدة إلى القاهرة يوم الأحد 12 مايو 2024 لبحث الهدنة مع المسؤولين في مصر.\n",
    ),
    (
        "undated.txt",
        "الجيش يعلن انسحاب قواته من البلدة\n\n\
         أعلن الجيش أمس انسحاب قواته من البلدة بعد معارك استمرت أسبوعا كاملا.\n",
    ),
];

fn app_over(dir: &Path) -> MarsadApp {
    for (name, text) in ARTICLES {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let mut app = MarsadApp::with_options(AppOptions {
        folder: Some(dir.to_owned()),
        load_synchronously: true,
        ..AppOptions::default()
    });
    begin_frame(&mut app, &Context::default());
    app
}

fn index_of(app: &MarsadApp, path: &str) -> usize {
    app.corpus
        .articles
        .iter()
        .position(|a| a.analysis.path == path)
        .unwrap()
}

#[test]
fn a_built_workspace_applied_to_a_fresh_app_builds_the_same_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    app.view.search_text = "القاهرة".to_owned();
    app.view.timeline_rtl = true;
    app.view.language = Language::Arabic;
    app.view.dark = true;
    app.view.text_size = 22.0;
    app.view.selected_article = Some(index_of(&app, "undated.txt"));
    app.view.selected_entity = cairo(&app).map(|e| e.id.clone());
    assert!(app.view.selected_entity.is_some());
    let doc = &mut app.work.doc;
    doc.notes
        .articles
        .insert("undated.txt".into(), "رواية الجيش وحدها".into());
    doc.tags.definitions.insert(
        "عاجل".into(),
        TagDef {
            colour: [200, 40, 40],
        },
    );
    doc.tags
        .articles
        .entry("cairo.txt".into())
        .or_default()
        .insert("عاجل".into());
    doc.reference_dates
        .insert("undated.txt".into(), "2024-05-20".into());
    doc.folder_reference_date = Some("2024-05-01".into());
    doc.bookmarks.push(Bookmark {
        article: "cairo.txt".into(),
        span: None,
        label: "الوفد".into(),
    });
    doc.corrections.push(EntityCorrection::Hide {
        entity: "LOC:مصر".into(),
    });
    let built = build_workspace(&app);
    assert_eq!(built.articles.len(), 2);
    assert_eq!(built.selected_article.as_deref(), Some("undated.txt"));
    assert_eq!(built.filters.search, "القاهرة");
    assert_eq!(built.view.theme, marsad_storage::Theme::Dark);
    assert_eq!(built.view.language, marsad_storage::Language::Ar);
    assert!(built.timeline.rtl_axis);
    assert_eq!(built.filters.entities.len(), 1);

    let other = tempfile::tempdir().unwrap();
    let mut fresh = app_over(other.path());
    apply_workspace(&mut fresh, built.clone());
    assert_eq!(
        fresh.view.selected_article,
        Some(index_of(&fresh, "undated.txt"))
    );
    assert_eq!(build_workspace(&fresh), built);
}

/// A change to the app, for table-driven tests.
type Edit = fn(&mut MarsadApp);

#[test]
fn the_workspace_is_dirty_exactly_while_it_differs_from_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    assert!(!app.work.is_dirty(), "nothing done yet");
    app.work
        .doc
        .notes
        .articles
        .insert("cairo.txt".into(), "ملاحظة".into());
    update_dirty(&mut app);
    assert!(app.work.is_dirty(), "a note without a file is unsaved work");

    let file = dir.path().join("work.ron");
    save_workspace_to(&mut app, &file).unwrap();
    assert!(!app.work.is_dirty());
    assert_eq!(app.work.doc.corpus.path, ".");

    let steps: [(&str, Edit, Edit); 3] = [
        (
            "note",
            // The note editor counts its edits; so does this stand-in for it.
            |app| {
                app.work
                    .doc
                    .notes
                    .articles
                    .insert("cairo.txt".into(), "ملاحظة أخرى".into());
                app.work.count_edit();
            },
            |app| {
                app.work
                    .doc
                    .notes
                    .articles
                    .insert("cairo.txt".into(), "ملاحظة".into());
                app.work.count_edit();
            },
        ),
        (
            "search",
            |app| app.view.search_text = "الجيش".into(),
            |app| app.view.search_text.clear(),
        ),
        ("zoom", |app| app.view.zoom(1), |app| app.view.zoom(-1)),
    ];
    for (what, change, undo) in steps {
        change(&mut app);
        update_dirty(&mut app);
        assert!(app.work.is_dirty(), "{what} changed");
        undo(&mut app);
        update_dirty(&mut app);
        assert!(!app.work.is_dirty(), "{what} back as saved");
    }
}

#[test]
fn a_correction_marks_the_workspace_unsaved_until_undone_and_idle_frames_build_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    save_workspace_to(&mut app, &dir.path().join("work.ron")).unwrap();
    let ctx = Context::default();
    begin_frame(&mut app, &ctx);
    assert!(!app.work.is_dirty());
    let builds = app.work.settings_builds();
    for _ in 0..5 {
        begin_frame(&mut app, &ctx);
    }
    assert_eq!(
        app.work.settings_builds(),
        builds,
        "idle frames build nothing"
    );

    let entity = cairo(&app).expect("Cairo is an entity").id.clone();
    let run = |app: &mut MarsadApp, command| {
        app.view.entity_ui.commands.push(command);
        app.run_entity_commands();
        begin_frame(app, &ctx);
    };
    run(
        &mut app,
        EntityCommand::Correct(Correction::Rename {
            entity,
            name: "مدينة القاهرة".into(),
        }),
    );
    assert!(app.work.is_dirty(), "a rename is unsaved work");
    assert_eq!(app.work.settings_builds(), builds + 1);
    begin_frame(&mut app, &ctx);
    assert!(app.work.is_dirty(), "and stays so");
    assert_eq!(app.work.settings_builds(), builds + 1);
    run(&mut app, EntityCommand::Undo);
    assert!(!app.work.is_dirty(), "undone, the work is as saved");
    run(&mut app, EntityCommand::Redo);
    assert!(app.work.is_dirty(), "redone, it is not");
}

#[test]
fn a_reference_date_resolves_the_relative_dates_of_an_undated_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    let undated = index_of(&app, "undated.txt");
    let values = |app: &MarsadApp| -> Vec<Option<String>> {
        app.corpus.articles[undated]
            .analysis
            .dates
            .iter()
            .map(marsad_core::time::DateExpr::value_iso)
            .collect()
    };
    assert_eq!(values(&app), [None]);
    let ctx = Context::default();
    app.work.doc.folder_reference_date = Some("2024-03-10".into());
    begin_frame(&mut app, &ctx);
    assert_eq!(values(&app), [Some("2024-03-09".to_owned())]);
    // The article's own reference beats the folder's.
    app.work
        .doc
        .reference_dates
        .insert("undated.txt".into(), "2024-05-20".into());
    begin_frame(&mut app, &ctx);
    assert_eq!(values(&app), [Some("2024-05-19".to_owned())]);
    app.work.doc.reference_dates.clear();
    app.work.doc.folder_reference_date = None;
    begin_frame(&mut app, &ctx);
    assert_eq!(values(&app), [None]);
    // A dated article is never moved by the folder's date.
    let cairo = index_of(&app, "cairo.txt");
    let before = app.corpus.articles[cairo].analysis.dates.len();
    app.work.doc.folder_reference_date = Some("2020-01-01".into());
    begin_frame(&mut app, &ctx);
    let cairo_dates: Vec<_> = app.corpus.articles[cairo]
        .analysis
        .dates
        .iter()
        .filter_map(marsad_core::time::DateExpr::value_iso)
        .collect();
    assert_eq!(cairo_dates.len(), before);
    assert!(
        cairo_dates.iter().all(|d| d.starts_with("2024")),
        "{cairo_dates:?}"
    );
}

#[test]
fn exports_carry_the_analysts_notes_and_tags() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    let key = entity_key(cairo(&app).unwrap());
    app.work
        .doc
        .notes
        .entities
        .insert(key.clone(), "العاصمة المصرية".into());
    let entities = exports::entity_rows(&app.corpus, &app.work.doc);
    let row = entities.iter().find(|r| r.id == key).unwrap();
    assert_eq!(row.name, "القاهرة");
    assert_eq!(row.note, "العاصمة المصرية");
    assert!(row.mentions >= 2);

    let mentions = exports::mention_rows(&app.corpus);
    let total: usize = app
        .corpus
        .articles
        .iter()
        .map(|a| a.analysis.mentions.len())
        .sum();
    assert_eq!(mentions.len(), total);
    assert!(
        mentions
            .iter()
            .filter(|m| m.entity_id == key)
            .all(|m| m.sentence.contains(&m.text))
    );

    let events = exports::event_rows(&app.corpus, &app.work.doc);
    assert!(
        events
            .iter()
            .any(|e| e.date == "2024-05-12" && e.articles == ["cairo.txt"]),
        "{events:?}"
    );
    let file = dir.path().join("entities.csv");
    let written = exports::export(ExportKind::Entities, &file, &app.corpus, &app.work.doc).unwrap();
    assert_eq!(written, entities.len());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("العاصمة المصرية"));
}

#[test]
fn the_timeline_and_the_date_filter_come_back_in_a_fresh_app() {
    use marsad_storage::LaneKey;

    use crate::state::days_from_civil;

    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    let cairo = cairo(&app).unwrap().id.clone();
    app.view.selected_entity = Some(cairo.clone());
    app.view.timeline.lanes_per_entity = true;
    app.view.timeline.hijri = true;
    let (may_1, may_31) = (days_from_civil(2024, 5, 1), days_from_civil(2024, 5, 31));
    app.view.date_range = Some((may_1, may_31));
    app.view.timeline.restore_days(may_1 - 10, may_31 + 10);
    let built = build_workspace(&app);
    assert!(built.timeline.hijri);
    assert_eq!(built.filters.date_from.as_deref(), Some("2024-05-01"));
    assert_eq!(built.filters.date_to.as_deref(), Some("2024-05-31"));
    let range = built.timeline.range.clone().unwrap();
    assert_eq!(
        (range.start.as_str(), range.end.as_str()),
        ("2024-04-21", "2024-06-10")
    );
    assert_eq!(built.timeline.lanes.len(), 1);
    assert_eq!(built.timeline.lanes[0].label, "القاهرة");
    assert_eq!(
        built.timeline.lanes[0].key,
        LaneKey::Entity(cairo.as_str().to_owned())
    );

    let other = tempfile::tempdir().unwrap();
    let mut fresh = app_over(other.path());
    apply_workspace(&mut fresh, built.clone());
    let view = &fresh.view;
    assert!(view.timeline.hijri);
    assert!(view.timeline.lanes_per_entity);
    assert_eq!(view.selected_entity, Some(cairo));
    assert_eq!(view.date_range, Some((may_1, may_31)));
    assert_eq!(view.timeline.shown_days(), Some((may_1 - 10, may_31 + 10)));
    assert_eq!(build_workspace(&fresh), built);

    // The default lanes are one per entity type, and they read back as such.
    fresh.view.timeline.lanes_per_entity = false;
    let by_type = build_workspace(&fresh);
    let keys: Vec<_> = by_type.timeline.lanes.iter().map(|l| &l.key).collect();
    assert_eq!(
        keys,
        marsad_core::EntityType::ALL
            .iter()
            .map(|&t| LaneKey::EntityType(t))
            .collect::<Vec<_>>()
            .iter()
            .collect::<Vec<_>>()
    );
    let mut again = app_over(tempfile::tempdir().unwrap().path());
    again.view.timeline.lanes_per_entity = true;
    apply_workspace(&mut again, by_type);
    assert!(!again.view.timeline.lanes_per_entity);

    // Lanes the app cannot draw (by tag, by folder) survive a save as they were.
    let mut tagged = build_workspace(&again);
    let kept = vec![marsad_storage::Lane {
        label: "عاجل".into(),
        key: LaneKey::Tag("عاجل".into()),
    }];
    tagged.timeline.lanes.clone_from(&kept);
    apply_workspace(&mut again, tagged);
    assert_eq!(build_workspace(&again).timeline.lanes, kept);
}

#[test]
fn saved_days_parse_only_as_real_dates() {
    use crate::state::days_from_civil;

    for (text, day) in [
        ("2024-05-12", Some(days_from_civil(2024, 5, 12))),
        (" 2024-02-29 ", Some(days_from_civil(2024, 2, 29))),
        ("1969-12-31", Some(-1)),
        ("2023-02-29", None),
        ("2024-13-01", None),
        ("2024-05", None),
        ("١٢ مايو ٢٠٢٤", None),
        ("", None),
    ] {
        assert_eq!(mapping::parse_day(text), day, "{text:?}");
    }
}

#[test]
fn a_toggled_hijri_axis_entity_lane_listed_toggle_or_date_filter_is_unsaved_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    // The entity lane is the selected entity's, so there must be one to give a lane.
    app.view.selected_entity = cairo(&app).map(|e| e.id.clone());
    let file = dir.path().join("work.ron");
    save_workspace_to(&mut app, &file).unwrap();
    assert!(!app.work.is_dirty());
    let steps: [(&str, Edit, Edit); 4] = [
        (
            "hijri",
            |app| app.view.timeline.hijri = true,
            |app| app.view.timeline.hijri = false,
        ),
        (
            "date range",
            |app| app.view.date_range = Some((19_000, 19_010)),
            |app| app.view.date_range = None,
        ),
        (
            "lanes",
            |app| app.view.timeline.lanes_per_entity = true,
            |app| app.view.timeline.lanes_per_entity = false,
        ),
        (
            "only listed",
            |app| app.view.timeline.only_listed = false,
            |app| app.view.timeline.only_listed = true,
        ),
    ];
    for (what, change, undo) in steps {
        change(&mut app);
        update_dirty(&mut app);
        assert!(app.work.is_dirty(), "{what} changed");
        undo(&mut app);
        update_dirty(&mut app);
        assert!(!app.work.is_dirty(), "{what} back as saved");
    }
}

#[test]
fn the_tag_filter_narrows_what_the_timeline_follows_and_the_date_range_does_not() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_over(dir.path());
    let (cairo, undated) = (index_of(&app, "cairo.txt"), index_of(&app, "undated.txt"));
    app.view.refresh_visible(&app.corpus);
    filter_visible(&mut app);
    let mut all = vec![cairo, undated];
    all.sort_unstable();
    assert_eq!(app.view.listed, all);
    let generation = app.view.listed_generation;

    app.work
        .doc
        .tags
        .articles
        .entry("cairo.txt".into())
        .or_default()
        .insert("عاجل".into());
    app.work.doc.filters.tags.insert("عاجل".into());
    filter_visible(&mut app);
    assert_eq!(app.view.listed, [cairo]);
    assert_ne!(
        app.view.listed_generation, generation,
        "the list was recomputed"
    );

    // A range with no article in it empties the list, not what the timeline follows.
    app.view.date_range = Some((0, 10));
    app.view.refresh_visible(&app.corpus);
    filter_visible(&mut app);
    assert!(app.view.visible.is_empty());
    assert_eq!(app.view.listed, [cairo]);
}

/// The resolved entity of القاهرة, a place every test article mentions.
fn cairo(app: &MarsadApp) -> Option<&marsad_core::corpus::Entity> {
    app.corpus
        .entities
        .list()
        .iter()
        .find(|e| e.name == "القاهرة" && e.entity_type == marsad_core::EntityType::Loc)
}
