//! The model ↔ workspace mapping, dirty detection and reference dates, on a small Arabic
//! corpus, driven through the model and the session alone (no window, no app).

use std::path::Path;

use marsad_core::corpus::Correction;
use marsad_core::time::{CivilDate, Prefer};
use marsad_storage::{Bookmark, EntityCorrection, TagDef};

use super::*;
use crate::i18n::Language;
use crate::loader::{LoadedArticle, load_now};

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

/// A folder of [`ARTICLES`] loaded into a model, with a session over it.
struct Open {
    model: Model,
    work: Session,
    ctx: Context,
    /// The analyst's edit counter, as the app keeps it.
    edits: u64,
}

impl Open {
    fn over(dir: &Path) -> Self {
        for (name, text) in ARTICLES {
            std::fs::write(dir.join(name), text).unwrap();
        }
        let mut model = Model::default();
        model.reset_for(dir.to_owned());
        let loaded = load_now(dir);
        for LoadedArticle { analysis, folded } in loaded.articles {
            model.corpus.add_article(analysis, folded);
        }
        model.corpus.set_resolved(loaded.entities);
        model.select_article(Some(0));
        let mut open = Self {
            model,
            work: Session::new(None, false, true),
            ctx: Context::default(),
            edits: 0,
        };
        open.frame();
        open
    }

    /// What the session does at the start of a frame.
    fn frame(&mut self) {
        self.work
            .begin_frame(&mut self.model, &self.ctx, self.edits);
    }

    fn index_of(&self, path: &str) -> usize {
        self.model.corpus.position_of(path).unwrap()
    }

    /// The resolved entity of القاهرة, a place every test article mentions.
    fn cairo(&self) -> Option<&marsad_core::corpus::Entity> {
        self.model
            .corpus
            .entities
            .list()
            .iter()
            .find(|e| e.name == "القاهرة" && e.entity_type == marsad_core::EntityType::Loc)
    }

    fn save(&mut self, file: &Path) {
        self.work.save_to(&mut self.model, file).unwrap();
    }

    fn built(&self) -> Workspace {
        self.work.build_workspace(&self.model)
    }

    fn apply(&mut self, workspace: Workspace) {
        self.work.apply_workspace(&mut self.model, workspace);
    }
}

fn day(y: i32, m: u8, d: u8) -> i64 {
    CivilDate::new(y, m, d).unwrap().to_days()
}

#[test]
fn a_built_workspace_applied_to_a_fresh_app_builds_the_same_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    let settings = &mut app.model.settings;
    settings.filters.search = "القاهرة".to_owned();
    settings.timeline.rtl_axis = true;
    settings.timeline.show_background = true;
    settings.language = Language::Arabic;
    settings.dark = true;
    settings.text_size = 22.0;
    settings.filters.show_hidden = true;
    let undated = app.index_of("undated.txt");
    app.model.select_article(Some(undated));
    app.model.settings.filters.entity = app.cairo().map(|e| e.id.clone());
    assert!(app.model.settings.filters.entity.is_some());
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
    doc.reading_directions
        .insert("undated.txt".into(), Prefer::Future);
    doc.folder_reading_direction = Some(Prefer::Nearest);
    doc.bookmarks.push(Bookmark {
        article: "cairo.txt".into(),
        span: None,
        label: "الوفد".into(),
    });
    doc.corrections.push(EntityCorrection::Hide {
        entity: "LOC:مصر".into(),
    });
    let built = app.built();
    assert_eq!(built.articles.len(), 2);
    assert_eq!(built.selected_article.as_deref(), Some("undated.txt"));
    assert_eq!(built.filters.search, "القاهرة");
    assert_eq!(built.view.theme, marsad_storage::Theme::Dark);
    assert_eq!(built.view.language, marsad_storage::Language::Ar);
    assert!(built.timeline.rtl_axis);
    assert_eq!(built.filters.entities.len(), 1);
    assert!(built.filters.show_hidden);

    let other = tempfile::tempdir().unwrap();
    let mut fresh = Open::over(other.path());
    fresh.apply(built.clone());
    assert_eq!(
        fresh.model.selected_article,
        Some(fresh.index_of("undated.txt"))
    );
    assert!(fresh.model.settings.filters.show_hidden);
    assert_eq!(fresh.built(), built);
}

/// A change to the model or the work, for table-driven tests.
type Edit = fn(&mut Open);

#[test]
fn the_workspace_is_dirty_exactly_while_it_differs_from_the_saved_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    assert!(!app.work.is_dirty(), "nothing done yet");
    let cairo = Annotated::Article("cairo.txt".into());
    app.work.set_note(&cairo, "ملاحظة".into());
    app.frame();
    assert!(app.work.is_dirty(), "a note without a file is unsaved work");

    let file = dir.path().join("work.ron");
    app.save(&file);
    assert!(!app.work.is_dirty());
    assert_eq!(app.work.doc.corpus.path, ".");

    let steps: [(&str, Edit, Edit); 4] = [
        (
            "note",
            // Every edit command counts as one, as the app counts them.
            |app| {
                let cairo = Annotated::Article("cairo.txt".into());
                app.work.set_note(&cairo, "ملاحظة أخرى".into());
                app.edits += 1;
            },
            |app| {
                let cairo = Annotated::Article("cairo.txt".into());
                app.work.set_note(&cairo, "ملاحظة".into());
                app.edits += 1;
            },
        ),
        (
            "search",
            |app| app.model.settings.filters.search = "الجيش".into(),
            |app| app.model.settings.filters.search.clear(),
        ),
        (
            "zoom",
            |app| app.model.settings.zoom(1),
            |app| app.model.settings.zoom(-1),
        ),
        (
            "hidden entities shown",
            |app| app.model.settings.filters.show_hidden = true,
            |app| app.model.settings.filters.show_hidden = false,
        ),
    ];
    check_steps(&mut app, &steps);
}

/// Each step's change makes the work unsaved, and its undoing makes it saved again.
fn check_steps(app: &mut Open, steps: &[(&str, Edit, Edit)]) {
    for (what, change, undo) in steps {
        change(app);
        app.frame();
        assert!(app.work.is_dirty(), "{what} changed");
        undo(app);
        app.frame();
        assert!(!app.work.is_dirty(), "{what} back as saved");
    }
}

#[test]
fn a_correction_marks_the_workspace_unsaved_until_undone_and_idle_frames_build_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    app.save(&dir.path().join("work.ron"));
    app.frame();
    assert!(!app.work.is_dirty());
    let builds = app.work.settings_builds();
    for _ in 0..5 {
        app.frame();
    }
    assert_eq!(
        app.work.settings_builds(),
        builds,
        "idle frames build nothing"
    );

    let entity = app.cairo().expect("Cairo is an entity").id.clone();
    app.model.corpus.correct(Correction::Rename {
        entity,
        name: "مدينة القاهرة".into(),
    });
    app.edits += 1;
    app.frame();
    assert!(app.work.is_dirty(), "a rename is unsaved work");
    assert_eq!(app.work.settings_builds(), builds + 1);
    app.frame();
    assert!(app.work.is_dirty(), "and stays so");
    assert_eq!(app.work.settings_builds(), builds + 1);
    app.model.corpus.undo();
    app.edits += 1;
    app.frame();
    assert!(!app.work.is_dirty(), "undone, the work is as saved");
    app.model.corpus.redo();
    app.edits += 1;
    app.frame();
    assert!(app.work.is_dirty(), "redone, it is not");
}

#[test]
fn a_reference_date_resolves_the_relative_dates_of_an_undated_article() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    let undated = app.index_of("undated.txt");
    let values = |app: &Open| -> Vec<Option<String>> {
        app.model.corpus.articles[undated]
            .analysis
            .dates
            .iter()
            .map(marsad_core::time::DateExpr::value_iso)
            .collect()
    };
    assert_eq!(values(&app), [None]);
    assert!(app.work.set_reference(None, Some("2024-03-10")));
    app.frame();
    assert_eq!(values(&app), [Some("2024-03-09".to_owned())]);
    // The article's own reference beats the folder's.
    assert!(
        app.work
            .set_reference(Some("undated.txt"), Some("2024-05-20"))
    );
    app.frame();
    assert_eq!(values(&app), [Some("2024-05-19".to_owned())]);
    // A day that does not exist is refused and changes nothing.
    assert!(
        !app.work
            .set_reference(Some("undated.txt"), Some("2024-02-30"))
    );
    assert!(app.work.set_reference(Some("undated.txt"), None));
    assert!(app.work.set_reference(None, None));
    app.frame();
    assert_eq!(values(&app), [None]);
    // A dated article is never moved by the folder's date.
    let cairo = app.index_of("cairo.txt");
    let before = app.model.corpus.articles[cairo].analysis.dates.len();
    assert!(app.work.set_reference(None, Some("2020-01-01")));
    app.frame();
    let cairo_dates: Vec<_> = app.model.corpus.articles[cairo]
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
fn the_timeline_and_the_date_filter_come_back_in_a_fresh_app() {
    use marsad_storage::LaneKey;

    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    let cairo = app.cairo().unwrap().id.clone();
    let settings = &mut app.model.settings;
    settings.filters.entity = Some(cairo.clone());
    settings.timeline.lanes_per_entity = true;
    settings.timeline.hijri = true;
    let (may_1, may_31) = (day(2024, 5, 1), day(2024, 5, 31));
    settings.filters.date_range = Some((may_1, may_31));
    settings.timeline.range = Some((may_1 - 10, may_31 + 10));
    let built = app.built();
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
    let mut fresh = Open::over(other.path());
    fresh.apply(built.clone());
    let settings = &fresh.model.settings;
    assert!(settings.timeline.hijri);
    assert!(settings.timeline.lanes_per_entity);
    assert_eq!(settings.filters.entity, Some(cairo));
    assert_eq!(settings.filters.date_range, Some((may_1, may_31)));
    assert_eq!(settings.timeline.range, Some((may_1 - 10, may_31 + 10)));
    assert_eq!(fresh.built(), built);

    // The default lanes are one per entity type, and they read back as such.
    fresh.model.settings.timeline.lanes_per_entity = false;
    let by_type = fresh.built();
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
    let mut again = Open::over(tempfile::tempdir().unwrap().path());
    again.model.settings.timeline.lanes_per_entity = true;
    again.apply(by_type);
    assert!(!again.model.settings.timeline.lanes_per_entity);

    // Lanes the app cannot draw (by tag, by folder) survive a save as they were.
    let mut tagged = again.built();
    let kept = vec![marsad_storage::Lane {
        label: "عاجل".into(),
        key: LaneKey::Tag("عاجل".into()),
    }];
    tagged.timeline.lanes.clone_from(&kept);
    again.apply(tagged);
    assert_eq!(again.built().timeline.lanes, kept);
}

#[test]
fn saved_days_parse_only_as_real_dates() {
    for (text, expected) in [
        ("2024-05-12", Some(day(2024, 5, 12))),
        (" 2024-02-29 ", Some(day(2024, 2, 29))),
        ("1969-12-31", Some(-1)),
        ("2023-02-29", None),
        ("2024-13-01", None),
        ("2024-05", None),
        ("١٢ مايو ٢٠٢٤", None),
        ("", None),
    ] {
        assert_eq!(crate::model::parse_day(text), expected, "{text:?}");
    }
}

#[test]
fn a_toggled_hijri_axis_entity_lane_listed_toggle_or_date_filter_is_unsaved_work() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    // The entity lane is the selected entity's, so there must be one to give a lane.
    app.model.settings.filters.entity = app.cairo().map(|e| e.id.clone());
    let file = dir.path().join("work.ron");
    app.save(&file);
    assert!(!app.work.is_dirty());
    let steps: [(&str, Edit, Edit); 5] = [
        (
            "hijri",
            |app| app.model.settings.timeline.hijri = true,
            |app| app.model.settings.timeline.hijri = false,
        ),
        (
            "date range",
            |app| app.model.settings.filters.date_range = Some((19_000, 19_010)),
            |app| app.model.settings.filters.date_range = None,
        ),
        (
            "lanes",
            |app| app.model.settings.timeline.lanes_per_entity = true,
            |app| app.model.settings.timeline.lanes_per_entity = false,
        ),
        (
            "only listed",
            |app| app.model.settings.timeline.only_listed = false,
            |app| app.model.settings.timeline.only_listed = true,
        ),
        (
            "tag filter",
            |app| {
                app.model.settings.filters.tags.insert("عاجل".into());
            },
            |app| app.model.settings.filters.tags.clear(),
        ),
    ];
    check_steps(&mut app, &steps);
}

#[test]
fn the_tag_filter_narrows_what_the_timeline_follows_and_the_date_range_does_not() {
    use crate::derived::list::{ListKey, compute};

    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    let (cairo, undated) = (app.index_of("cairo.txt"), app.index_of("undated.txt"));
    let listed = |app: &Open| {
        let key = ListKey::of(&app.model, app.edits);
        compute(&key, &app.model, &app.work.doc.tags.articles)
    };
    let mut all = vec![cairo, undated];
    all.sort_unstable();
    assert_eq!(listed(&app).listed, all);
    let before = ListKey::of(&app.model, app.edits);

    let target = Annotated::Article("cairo.txt".into());
    app.work.tag(&target, "عاجل", true);
    app.edits += 1;
    app.model.settings.filters.tags.insert("عاجل".into());
    assert_eq!(listed(&app).listed, [cairo]);
    assert_ne!(
        ListKey::of(&app.model, app.edits),
        before,
        "the list is computed again"
    );

    // A range with no article in it empties the list, not what the timeline follows.
    app.model.settings.filters.date_range = Some((0, 10));
    let list = listed(&app);
    assert!(list.visible.is_empty());
    assert_eq!(list.listed, [cairo]);
}

#[test]
fn a_reading_direction_is_work_the_file_keeps() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = Open::over(dir.path());
    assert!(!app.work.is_dirty());
    let future = Some(Prefer::Future);
    assert!(app.work.set_reading_direction(Some("undated.txt"), future));
    assert!(
        !app.work.set_reading_direction(Some("undated.txt"), future),
        "it was so already"
    );
    assert!(app.work.set_reading_direction(None, Some(Prefer::Nearest)));
    app.edits += 1;
    app.frame();
    assert!(
        app.work.is_dirty(),
        "an untitled workspace with work to keep"
    );
    let file = dir.path().join("readings.ron");
    app.save(&file);
    let saved = marsad_storage::load(&file).unwrap();
    assert_eq!(saved.reading_directions["undated.txt"], Prefer::Future);
    assert_eq!(saved.folder_reading_direction, Some(Prefer::Nearest));
    app.frame();
    assert!(!app.work.is_dirty());
    assert!(app.work.set_reading_direction(Some("undated.txt"), None));
    app.edits += 1;
    app.frame();
    assert!(
        app.work.is_dirty(),
        "a cleared direction differs from the file"
    );
}

#[test]
fn a_folder_direction_over_many_articles_is_read_again_off_the_ui_thread() {
    let dir = tempfile::tempdir().unwrap();
    // Forty previews published on Sunday 12 May 2024, each naming a bare Thursday.
    for n in 0..40 {
        let text = format!(
            "وفد تجاري رقم {n} في القاهرة\n2024-05-12T08:00:00+03:00\n\n\
             يصل الوفد التجاري رقم {n} إلى القاهرة يوم الخميس لبحث اتفاقية التبادل الحر.\n"
        );
        std::fs::write(dir.path().join(format!("preview-{n:02}.txt")), text).unwrap();
    }
    let mut app = Open::over(dir.path());
    let thursdays = |app: &Open| -> Vec<Option<String>> {
        let mut days: Vec<Option<String>> = app
            .model
            .corpus
            .articles
            .iter()
            .filter(|a| a.analysis.path.starts_with("preview-"))
            .flat_map(|a| {
                a.analysis
                    .dates
                    .iter()
                    .filter(|d| d.text.ends_with("الخميس"))
            })
            .map(marsad_core::time::DateExpr::value_iso)
            .collect();
        days.dedup();
        days
    };
    assert_eq!(thursdays(&app), [Some("2024-05-09".to_owned())]);
    let revision = app.model.corpus.revision;
    assert!(app.work.set_reading_direction(None, Some(Prefer::Future)));
    app.edits += 1;
    app.frame();
    assert!(
        app.work.rereading_dates(),
        "42 articles: not in the frame that asked"
    );
    let started = std::time::Instant::now();
    while app.work.rereading_dates() {
        assert!(
            started.elapsed() < Duration::from_mins(2),
            "the re-reading never ended"
        );
        std::thread::sleep(Duration::from_millis(20));
        app.frame();
    }
    assert_eq!(thursdays(&app), [Some("2024-05-16".to_owned())]);
    assert!(
        app.model.corpus.revision > revision,
        "the timeline is built again"
    );
}

#[test]
fn a_name_typed_without_ron_becomes_a_marsad_workspace_and_any_ron_is_kept() {
    let cases = [
        ("/w/غزة", "/w/غزة.marsad.ron"),
        ("/w/gaza.marsad.ron", "/w/gaza.marsad.ron"),
        ("/w/old.ron", "/w/old.ron"),
        ("/w/OLD.RON", "/w/OLD.RON"),
        ("/w/notes.txt", "/w/notes.txt.marsad.ron"),
    ];
    for (typed, saved) in cases {
        assert_eq!(
            with_workspace_suffix(typed.into()),
            Path::new(saved),
            "{typed}"
        );
    }
}
