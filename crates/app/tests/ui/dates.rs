//! How the app shows dates, driven as a person would and read through the accessibility
//! tree: the timeline's first view over the dense range and "Fit all", the background
//! toggle, event labels a reader understands, the reading direction, and dates read
//! against a reference inferred from the text.

use std::path::Path;

use crate::common::{click, days_from_civil, harness_for};
use egui::Pos2;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable};
use marsad::MarsadApp;

/// Writes `articles` (file name, text) into a fresh folder and opens it.
fn open(articles: &[(String, String)]) -> (tempfile::TempDir, Harness<'static, MarsadApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write(dir.path(), articles);
    let harness = harness_for(dir.path());
    (dir, harness)
}

fn write(dir: &Path, articles: &[(String, String)]) {
    for (name, text) in articles {
        std::fs::write(dir.join(name), text).expect("the test article is written");
    }
}

fn owned(articles: &[(&str, &str)]) -> Vec<(String, String)> {
    articles
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect()
}

/// The texts shown: egui's labels and the shaped labels' values.
fn texts(harness: &Harness<'_, MarsadApp>) -> Vec<String> {
    harness
        .query_all_by(|node| node.label().is_some() || node.value().is_some())
        .filter_map(|node| {
            let node = node.accesskit_node();
            node.label().or_else(|| node.value())
        })
        .collect()
}

/// True when a text reads exactly `text` (an axis label, a hover card's line).
fn shows(harness: &Harness<'_, MarsadApp>, text: &str) -> bool {
    texts(harness).iter().any(|t| t == text)
}

/// True when a text shown holds `needle`.
fn shows_containing(harness: &Harness<'_, MarsadApp>, needle: &str) -> bool {
    texts(harness).iter().any(|t| t.contains(needle))
}

/// Moves the pointer over `pos` and lets the hover card open.
fn hover(harness: &mut Harness<'_, MarsadApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
}

/// Moves the pointer away from the plot, so no hover card stays open.
fn hover_away(harness: &mut Harness<'_, MarsadApp>) {
    hover(harness, Pos2::new(5.0, 5.0));
}

/// Sixteen reports of March 2018 written for this test, and one misfiled piece of
/// June 2009: a publication date far from the rest.
fn march_2018_with_an_old_piece() -> Vec<(String, String)> {
    let mut articles: Vec<(String, String)> = (1..=16_u8)
        .map(|day| {
            (
                format!("march-{day:02}.txt"),
                format!(
                    "ارتفاع منسوب النهر في اليوم {day}\n\
                     2018-03-{day:02}T09:00:00+03:00\n\n\
                     ارتفع منسوب النهر في المدينة بعد أمطار غزيرة هطلت أمس.\n"
                ),
            )
        })
        .collect();
    articles.push((
        "old.txt".to_owned(),
        "افتتاح جسر جديد على النهر\n\
         2009-06-10T09:00:00+03:00\n\n\
         افتتح المحافظ الجسر الجديد على النهر أمس بحضور السكان.\n"
            .to_owned(),
    ));
    articles
}

#[test]
fn the_first_view_fits_the_dense_range_and_fit_all_shows_the_outlier() {
    let (_dir, mut harness) = open(&march_2018_with_an_old_piece());
    let (from, to) = harness
        .state()
        .panels
        .timeline
        .shown_days()
        .expect("the timeline was drawn");
    // March 2018 with a little room; 2009 is nowhere near.
    assert!(from >= days_from_civil(2018, 2, 20), "{from}");
    assert!(to <= days_from_civil(2018, 3, 31), "{to}");
    assert!(harness.state().panels.timeline.shows_first_view());
    // The axis reads in days of March, not in years.
    assert!(shows(&harness, "8 Mar 2018"));
    assert!(!shows(&harness, "2012"));

    click(&mut harness, "Fit all");
    let (from, to) = harness.state().panels.timeline.shown_days().unwrap();
    assert!(from <= days_from_civil(2009, 6, 10), "{from}");
    assert!(to >= days_from_civil(2018, 3, 16), "{to}");
    assert!(shows(&harness, "2012"), "a year label between the two");
    assert!(!harness.state().panels.timeline.shows_first_view());

    click(&mut harness, "Reset view");
    let (from, _) = harness.state().panels.timeline.shown_days().unwrap();
    assert!(
        from >= days_from_civil(2018, 2, 20),
        "back to March: {from}"
    );
}

/// A report of a ceasefire in May 2024 that recalls when the agency was founded.
const CEASEFIRE: &[(&str, &str)] = &[(
    "ceasefire.txt",
    "هدنة في المخيم\n\
     2024-05-13T10:00:00+03:00\n\n\
     دخل وقف إطلاق النار حيز التنفيذ يوم الأحد 12 مايو 2024 في المخيم.\n\n\
     وكانت وكالة الغوث قد تأسست في عام 1949 لإغاثة اللاجئين.\n",
)];

const CEASEFIRE_LABEL: &str = "دخل وقف إطلاق النار حيز التنفيذ";
const FOUNDING_SENTENCE: &str = "وكانت وكالة الغوث قد تأسست في عام 1949";

#[test]
fn hovering_an_event_shows_a_label_a_reader_understands() {
    let (_dir, mut harness) = open(&owned(CEASEFIRE));
    let day = days_from_civil(2024, 5, 12) as f64;
    let pos = harness
        .state()
        .panels
        .timeline
        .item_position(|item| !item.bar && (item.x - day).abs() < 0.5 && item.lane > 0)
        .expect("the ceasefire is on the timeline");
    hover(&mut harness, pos);
    assert!(
        shows(&harness, CEASEFIRE_LABEL),
        "the predicate with its subject and object, not the verb and the next word"
    );
}

#[test]
fn background_events_stay_hidden_until_the_toggle_shows_them() {
    let (_dir, mut harness) = open(&owned(CEASEFIRE));
    let background_items = |harness: &Harness<'_, MarsadApp>| {
        let model = harness.state().panels.timeline.model();
        model.items.iter().filter(|i| i.background).count()
    };
    assert_eq!(background_items(&harness), 0);
    assert!(shows_containing(&harness, "1 background hidden"));
    assert!(!harness.state().model.settings.timeline.show_background);

    click(&mut harness, "Background events");
    assert!(harness.state().model.settings.timeline.show_background);
    assert!(background_items(&harness) > 0);
    assert!(shows_containing(&harness, "1 of them background"));
    // The founding year lies far from the news: the first view leaves it out, Fit all
    // shows it, and its hover card says what it is.
    assert!(
        harness
            .state()
            .panels
            .timeline
            .item_position(|i| i.background)
            .is_none()
    );
    click(&mut harness, "Fit all");
    let pos = harness
        .state()
        .panels
        .timeline
        .item_position(|i| i.background)
        .expect("the founding year is in view");
    hover(&mut harness, pos);
    assert!(shows_containing(&harness, FOUNDING_SENTENCE));
    hover_away(&mut harness);

    click(&mut harness, "Background events");
    assert_eq!(background_items(&harness), 0);
}

/// A preview published on Sunday 12 May 2024 that names a bare Thursday.
const PREVIEW: &[(&str, &str)] = &[(
    "preview.txt",
    "وفد تجاري في القاهرة\n\
     2024-05-12T08:00:00+03:00\n\n\
     يصل وفد تجاري إلى القاهرة يوم الخميس لبحث اتفاقية التبادل الحر.\n",
)];

/// The days of the preview's events on the timeline.
fn event_days(harness: &Harness<'_, MarsadApp>) -> Vec<i64> {
    let model = harness.state().panels.timeline.model();
    let mut days: Vec<i64> = model
        .items
        .iter()
        .filter(|i| i.lane > 0)
        .map(|i| i.x as i64)
        .collect();
    days.sort_unstable();
    days.dedup();
    days
}

#[test]
fn a_future_reading_moves_a_bare_weekday_to_the_coming_one() {
    let (_dir, mut harness) = open(&owned(PREVIEW));
    harness
        .get_by_role_and_label(egui::Role::Button, "وفد تجاري في القاهرة")
        .click();
    harness.run();
    let last_thursday = days_from_civil(2024, 5, 9);
    let next_thursday = days_from_civil(2024, 5, 16);
    assert_eq!(
        event_days(&harness),
        [last_thursday],
        "news reads it as past"
    );

    click(&mut harness, "Date reading…");
    // The first row is the article's, the second the folder's.
    harness.get_all_by_label("Future").next().unwrap().click();
    harness.run();
    assert_eq!(event_days(&harness), [next_thursday]);
    assert!(shows_containing(&harness, "Reading direction: Future"));
    let pos = harness
        .state()
        .panels
        .timeline
        .event_position(0)
        .expect("the visit is in view");
    hover(&mut harness, pos);
    assert!(shows_containing(&harness, "16 May 2024"));
    hover_away(&mut harness);
    let saved = &harness.state().work.doc;
    assert_eq!(
        saved.reading_directions.get("preview.txt"),
        Some(&marsad_core::time::Prefer::Future)
    );

    // Cleared, the article reads as the folder does: past, then whatever the folder says.
    harness.get_all_by_label("Clear").last().unwrap().click();
    harness.run();
    assert_eq!(event_days(&harness), [last_thursday]);
    harness.get_all_by_label("Future").nth(1).unwrap().click();
    harness.run();
    assert_eq!(event_days(&harness), [next_thursday]);
    assert_eq!(
        harness.state().work.doc.folder_reading_direction,
        Some(marsad_core::time::Prefer::Future)
    );
}

/// A report with no publication date: its own text dates it (Friday 21 May 2021).
const UNDATED: &[(&str, &str)] = &[(
    "undated.txt",
    "عودة الصيادين إلى البحر\n\n\
     أعلنت نقابة الصيادين فجر الجمعة الموافق 21 مايو 2021 انتهاء الإضراب.\n\n\
     وعاد الصيادون إلى البحر أمس بعد توقف دام أسبوعين.\n",
)];

#[test]
fn dates_read_against_an_inferred_reference_say_so() {
    let (_dir, mut harness) = open(&owned(UNDATED));
    harness
        .get_by_role_and_label(egui::Role::Button, "عودة الصيادين إلى البحر")
        .click();
    harness.run();
    assert!(shows_containing(
        &harness,
        "Reference inferred from the text: 2021-05-21"
    ));
    let app = harness.state();
    let analysis = &app.model.corpus.articles[0].analysis;
    let yesterday = analysis
        .dates
        .iter()
        .find(|d| d.text == "أمس")
        .expect("أمس is a date");
    assert!(yesterday.inferred_from_content);
    assert_eq!(yesterday.value_iso().as_deref(), Some("2021-05-20"));
    let timeline = &app.panels.timeline;
    let pos = timeline
        .item_position(|i| i.inferred)
        .expect("the return to sea is drawn hollow");
    assert!(
        timeline
            .model()
            .items
            .iter()
            .any(|i| !i.inferred && i.lane > 0),
        "the strike's end is stated in full"
    );
    hover(&mut harness, pos);
    assert!(shows_containing(
        &harness,
        "Reference inferred from the text: 2021"
    ));
}
