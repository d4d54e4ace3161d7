//! Whatever the analyst's workspace holds, saving and loading gives it back exactly.

mod common;

use marsad_storage::{load, save, to_ron_string};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_workspace_survives_save_and_load(workspace in common::workspace()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.ron");
        save(&path, &workspace).unwrap();
        prop_assert_eq!(load(&path).unwrap(), workspace);
    }

    #[test]
    fn saving_the_same_state_twice_gives_identical_bytes(workspace in common::workspace()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("work.ron");
        save(&path, &workspace).unwrap();
        let first = std::fs::read(&path).unwrap();
        let reloaded = load(&path).unwrap();
        save(&path, &reloaded).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), first);
    }
}

#[test]
fn the_saved_text_is_readable_ron_with_arabic_as_written() {
    let text = to_ron_string(&common::sample()).unwrap();
    // Arabic is written as itself, not as \u escapes, so a diff of two saves is readable.
    assert!(text.contains("\"PERS:قيس سعيد\""), "{text}");
    assert!(text.contains("format_version: 2,"), "{text}");
    assert!(text.ends_with(")\n"), "{text}");
    assert!(!text.contains('\r'));
}

#[test]
fn a_partial_file_loads_with_defaults_for_what_it_omits() {
    let text = r#"(
        format_version: 2,
        notes: (articles: {"a.txt": "ملاحظة"}),
    )"#;
    let workspace =
        marsad_storage::from_ron_bytes(std::path::Path::new("w.ron"), text.as_bytes()).unwrap();
    assert_eq!(workspace.notes.articles["a.txt"], "ملاحظة");
    assert_eq!(workspace.corpus.path, ".");
    assert!(
        (workspace.view.font_size - marsad_storage::view::DEFAULT_FONT_SIZE).abs() < f32::EPSILON
    );
}

#[test]
fn a_timeline_saved_before_it_kept_the_only_listed_toggle_follows_the_list() {
    let text = r"(
        format_version: 2,
        timeline: (hijri: true),
    )";
    let workspace =
        marsad_storage::from_ron_bytes(std::path::Path::new("w.ron"), text.as_bytes()).unwrap();
    assert!(workspace.timeline.hijri);
    assert!(workspace.timeline.only_listed);
    let text = r"(format_version: 2, timeline: (only_listed: false))";
    let workspace =
        marsad_storage::from_ron_bytes(std::path::Path::new("w.ron"), text.as_bytes()).unwrap();
    assert!(!workspace.timeline.only_listed);
}

#[test]
fn reading_directions_and_the_background_toggle_are_kept_as_written() {
    use marsad_core::time::Prefer;
    let text = r#"(
        format_version: 2,
        reading_directions: {"schedule.txt": future},
        folder_reading_direction: Some(nearest),
        timeline: (show_background: true),
    )"#;
    let workspace =
        marsad_storage::from_ron_bytes(std::path::Path::new("w.ron"), text.as_bytes()).unwrap();
    assert_eq!(workspace.reading_directions["schedule.txt"], Prefer::Future);
    assert_eq!(workspace.folder_reading_direction, Some(Prefer::Nearest));
    assert!(workspace.timeline.show_background);
    // An article's own direction first, then the folder's, then the news reading.
    assert_eq!(workspace.reading_for("schedule.txt"), Prefer::Future);
    assert_eq!(workspace.reading_for("report.txt"), Prefer::Nearest);
    let older =
        marsad_storage::from_ron_bytes(std::path::Path::new("w.ron"), b"(format_version: 2)")
            .unwrap();
    assert!(older.reading_directions.is_empty());
    assert_eq!(older.reading_for("schedule.txt"), Prefer::Past);
    assert!(
        !older.timeline.show_background,
        "reported events only, by default"
    );
}
