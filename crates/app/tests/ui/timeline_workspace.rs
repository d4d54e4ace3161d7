//! The timeline's state through a saved workspace, driven as a person would: a range
//! dragged on the plot, the Hijri axis ticked, "Only listed articles" unticked, the plot
//! panned, File ▸ Save, then the file opened in a fresh app.

use std::path::Path;

use crate::common::days_from_civil;
use crate::common::{click, enter_path, harness_with};
use egui::{PointerButton, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use marsad::{AppOptions, MarsadApp};

/// Two articles written for this test: a visit on 2 September and a fair on
/// 2 October 2025 (10 Rabi' al-Awwal and 10 Rabi' al-Akhir 1447).
const ARTICLES: &[(&str, &str)] = &[
    (
        "amman.txt",
        "وزير الخارجية يصل إلى عمان لبحث التعاون\n\n\
         عمان - وصل وزير الخارجية المصري سامح شكري إلى عمان يوم الثلاثاء 2 سبتمبر 2025 لبحث التعاون بين البلدين.\n",
    ),
    (
        "books.txt",
        "افتتاح معرض الكتاب في الرياض\n\n\
         الرياض - افتتحت وزارة الثقافة معرض الكتاب في الرياض يوم الخميس 2 أكتوبر 2025 بمشاركة مئات الناشرين.\n",
    ),
];

fn day_position(harness: &Harness<'static, MarsadApp>, (y, m, d): (i32, u8, u8)) -> Pos2 {
    harness
        .state()
        .panels
        .timeline
        .day_position(days_from_civil(y, m, d) as f64)
        .expect("the timeline was drawn")
}

fn count(harness: &Harness<'static, MarsadApp>, text: &str) -> usize {
    harness.query_all_by_label_contains(text).count()
}

/// Saves through File ▸ Save and the path entry (no file dialog in tests).
fn save_as(harness: &mut Harness<'static, MarsadApp>, file: &Path) {
    click(harness, "File");
    click(harness, "Save  (Ctrl+S)");
    enter_path(harness, "workspace.marsad.ron", file);
}

#[test]
fn the_dragged_range_the_hijri_axis_the_listed_toggle_and_the_shown_window_come_back_from_a_saved_workspace()
 {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).unwrap();
    for (name, text) in ARTICLES {
        std::fs::write(articles.join(name), text).unwrap();
    }
    let mut harness = harness_with(AppOptions {
        folder: Some(articles.clone()),
        ..AppOptions::default()
    });
    assert_eq!(count(&harness, "1447"), 0, "Gregorian axis at first");
    assert!(
        harness.state().panels.timeline.shows_first_view(),
        "a fresh folder shows its first view, which a workspace saves as no range"
    );

    // The timeline shows the whole folder, not only what the list keeps.
    assert!(
        harness.state().model.settings.timeline.only_listed,
        "on by default"
    );
    click(&mut harness, "Only listed articles");
    assert!(!harness.state().model.settings.timeline.only_listed);

    // Pan the plot so the window differs from the fit-all default, then drag a range.
    let from = day_position(&harness, (2025, 9, 12));
    let to = day_position(&harness, (2025, 9, 20));
    crate::common::drag(&mut harness, PointerButton::Primary, from, to);
    let from = day_position(&harness, (2025, 8, 30));
    let to = day_position(&harness, (2025, 9, 6));
    crate::common::drag(&mut harness, PointerButton::Secondary, from, to);
    let range = harness
        .state()
        .model
        .settings
        .filters
        .date_range
        .expect("a dragged range");
    assert_eq!(
        harness.state().derived.list.value.visible.len(),
        1,
        "only the visit"
    );
    click(&mut harness, "Hijri dates");
    assert!(count(&harness, " 1447") > 0, "Hijri axis labels");
    let window = harness.state().panels.timeline.shown_days().unwrap();
    assert!(!harness.state().panels.timeline.shows_first_view());
    // Fitting both events would end the window in October; the pan moved it back.
    assert!(window.1 < days_from_civil(2025, 10, 1), "{window:?}");
    let chip = harness
        .query_all_by_label_contains("Dates: 2025-")
        .next()
        .map(|node| {
            let node = node.accesskit_node();
            node.value().or_else(|| node.label()).unwrap()
        })
        .expect("the range chip");

    let file = dir.path().join("visit.ron");
    save_as(&mut harness, &file);
    let saved = marsad_storage::load(&file).unwrap();
    assert!(saved.timeline.hijri);
    assert!(!saved.timeline.only_listed);
    assert!(saved.filters.date_from.is_some() && saved.timeline.range.is_some());

    let reopened = harness_with(AppOptions {
        workspace: Some(file.clone()),
        ..AppOptions::default()
    });
    assert_eq!(
        reopened.state().work.title(),
        "Marsad — visit.ron",
        "nothing changed by opening"
    );
    let app = reopened.state();
    assert_eq!(app.model.settings.filters.date_range, Some(range));
    assert!(
        !app.model.settings.timeline.only_listed,
        "the whole folder again"
    );
    assert_eq!(app.derived.list.value.visible.len(), 1);
    assert_eq!(app.panels.timeline.shown_days(), Some(window));
    assert!(reopened.query_all_by_label_contains(&chip).count() > 0);
    assert!(count(&reopened, " 1447") > 0, "Hijri axis labels again");
    assert_eq!(count(&reopened, " Sep 2025"), 0);
}
