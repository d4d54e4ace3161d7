//! The timeline panel driven as a person would: pointer clicks and drags on the
//! plot, checkboxes by their labels, results read through the accessibility tree.

use crate::common::days_from_civil;
use egui::{Event, Modifiers, PointerButton, Pos2, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marsad::MarsadApp;

const AMMAN_TITLE: &str = "وزير الخارجية يصل إلى عمان لبحث التعاون";
const AMMAN_SENTENCE: &str = "وصل وزير الخارجية المصري سامح شكري إلى عمان";
const BOOKS_TITLE: &str = "افتتاح معرض الكتاب في الرياض";
const BOOKS_SENTENCE: &str = "افتتحت وزارة الثقافة معرض الكتاب في الرياض";
const SUDAN_TITLE: &str = "خطة لإعادة إعمار الخرطوم";

/// Three articles written for these tests: events on 2 September and 2 October
/// 2025, and one dated only by its month (a bar).
const ARTICLES: &[(&str, &str)] = &[
    (
        "amman.txt",
        "وزير الخارجية يصل إلى عمان لبحث التعاون\n\n\
         عمان - وصل وزير الخارجية المصري سامح شكري إلى عمان يوم الثلاثاء 2 سبتمبر 2025 لبحث التعاون بين البلدين.\n\n\
         وأكد الوزير أن المحادثات كانت مثمرة.\n",
    ),
    (
        "books.txt",
        "افتتاح معرض الكتاب في الرياض\n\n\
         الرياض - افتتحت وزارة الثقافة معرض الكتاب في الرياض يوم الخميس 2 أكتوبر 2025 بمشاركة مئات الناشرين.\n\n\
         ويستمر المعرض عشرة أيام.\n",
    ),
    (
        "sudan.txt",
        "خطة لإعادة إعمار الخرطوم\n\n\
         أعلن برنامج الأمم المتحدة الإنمائي في نوفمبر 2025 خطة لإعادة إعمار الخرطوم بعد الحرب.\n",
    ),
];

fn timeline_harness() -> (tempfile::TempDir, Harness<'static, MarsadApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, text) in ARTICLES {
        std::fs::write(dir.path().join(name), text).expect("the test article is written");
    }
    let mut harness = crate::common::harness_for(dir.path());
    harness.run();
    (dir, harness)
}

fn article(harness: &Harness<'_, MarsadApp>, title: &str) -> usize {
    let app = harness.state();
    app.model
        .corpus
        .articles
        .iter()
        .position(|a| a.analysis.title == title)
        .unwrap_or_else(|| panic!("{title} not loaded"))
}

fn selected_title(harness: &Harness<'_, MarsadApp>) -> Option<String> {
    let app = harness.state();
    let a = app.model.selected_article?;
    Some(app.model.corpus.articles[a].analysis.title.clone())
}

fn press(harness: &Harness<'_, MarsadApp>, pos: Pos2, pressed: bool) {
    press_button(harness, pos, PointerButton::Primary, pressed);
}

fn press_button(harness: &Harness<'_, MarsadApp>, pos: Pos2, button: PointerButton, pressed: bool) {
    harness.event(Event::PointerButton {
        pos,
        button,
        pressed,
        modifiers: Modifiers::NONE,
    });
}

/// A real pointer click: move there, press, release.
fn click_at(harness: &mut Harness<'_, MarsadApp>, pos: Pos2) {
    harness.hover_at(pos);
    harness.run();
    press(harness, pos, true);
    harness.step();
    press(harness, pos, false);
    harness.run();
}

/// Opens an article through its row in the list.
fn open_from_list(harness: &mut Harness<'_, MarsadApp>, title: &str) {
    harness.get_by_role_and_label(Role::Button, title).click();
    harness.run();
    assert_eq!(selected_title(harness).as_deref(), Some(title));
}

#[test]
fn the_model_holds_day_events_month_bars_and_clusters_when_loaded() {
    let (_dir, harness) = timeline_harness();
    let app = harness.state();
    let model = app.panels.timeline.model();
    let day = |y, m, d| days_from_civil(y, m, d) as f64;
    let bars: Vec<_> = model.items.iter().filter(|i| i.bar).collect();
    // The plan's participants are an organization (the UN programme; إعمار here is
    // "reconstruction", no company) and a place: one bar in each lane.
    assert_eq!(bars.len(), 2, "the November plan is a month bar");
    assert_eq!(bars[0].source, bars[1].source);
    assert_ne!(bars[0].lane, bars[1].lane);
    assert!((bars[0].x - day(2025, 11, 1)).abs() < 1e-9);
    assert!((bars[0].width - 30.0).abs() < 1e-9);
    for (y, m, d) in [(2025, 9, 2), (2025, 10, 2)] {
        assert!(
            model
                .items
                .iter()
                .any(|i| !i.bar && (i.x - day(y, m, d)).abs() < 1e-9),
            "an event marker on {y}-{m}-{d}"
        );
    }
}

#[test]
fn clicking_an_event_on_the_timeline_opens_its_article_at_the_sentence() {
    let (_dir, mut harness) = timeline_harness();
    open_from_list(&mut harness, AMMAN_TITLE);
    let books = article(&harness, BOOKS_TITLE);
    // Only its row in the list shows the title while another article is open.
    assert_eq!(
        harness
            .query_all_by_role_and_label(Role::Label, BOOKS_TITLE)
            .count(),
        1
    );
    let pos = harness
        .state()
        .panels
        .timeline
        .event_position(books)
        .expect("the book fair's event is on screen");
    click_at(&mut harness, pos);
    assert_eq!(selected_title(&harness).as_deref(), Some(BOOKS_TITLE));
    let reveal = harness
        .state()
        .panels
        .flash
        .expect("the sentence is flashed");
    let text = &harness.state().model.corpus.articles[books].analysis.text;
    assert!(reveal.span.slice(text).unwrap().contains(BOOKS_SENTENCE));
    // Away from the plot (no hover card), the article view shows the title as text.
    harness.hover_at(Pos2::new(5.0, 5.0));
    harness.run();
    assert_eq!(
        harness
            .query_all_by_role_and_label(Role::Label, BOOKS_TITLE)
            .count(),
        2
    );
    harness.get_by_label_contains(BOOKS_SENTENCE);
    assert!(harness.query_by_label_contains(AMMAN_SENTENCE).is_none());
}

#[test]
fn hovering_an_event_shows_its_arabic_sentence() {
    let (_dir, mut harness) = timeline_harness();
    open_from_list(&mut harness, SUDAN_TITLE);
    assert!(harness.query_by_label_contains(AMMAN_SENTENCE).is_none());
    let amman = article(&harness, AMMAN_TITLE);
    let pos = harness
        .state()
        .panels
        .timeline
        .event_position(amman)
        .unwrap();
    harness.hover_at(pos);
    harness.run();
    harness.get_by_label_contains(AMMAN_SENTENCE);
    // The hover card names the article reporting it; nothing was opened.
    assert_eq!(selected_title(&harness).as_deref(), Some(SUDAN_TITLE));
}

#[test]
fn dragging_a_range_filters_the_article_list_until_escape() {
    let (_dir, mut harness) = timeline_harness();
    assert_eq!(harness.state().derived.list.value.visible.len(), 3);
    harness.get_by_label("Select range").click();
    harness.run();
    let timeline = &harness.state().panels.timeline;
    let from = timeline
        .day_position(days_from_civil(2025, 9, 25) as f64)
        .unwrap();
    let to = timeline
        .day_position(days_from_civil(2025, 10, 10) as f64)
        .unwrap();
    crate::common::drag(&mut harness, PointerButton::Primary, from, to);
    let app = harness.state();
    let (lo, hi) = app
        .model
        .settings
        .filters
        .date_range
        .expect("a date range filter");
    assert!((lo - days_from_civil(2025, 9, 25)).abs() <= 1, "{lo}");
    assert!((hi - days_from_civil(2025, 10, 10)).abs() <= 1, "{hi}");
    let titles: Vec<&str> = app
        .derived
        .list
        .value
        .visible
        .iter()
        .map(|&a| app.model.corpus.articles[a].analysis.title.as_str())
        .collect();
    assert_eq!(titles, vec![BOOKS_TITLE]);
    // The chip shows in the timeline and above the article list.
    assert!(
        harness
            .query_all_by_label_contains("Dates: 2025-09-2")
            .next()
            .is_some()
    );
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(harness.state().model.settings.filters.date_range, None);
    assert_eq!(harness.state().derived.list.value.visible.len(), 3);
    assert!(
        harness
            .query_all_by_label_contains("Dates: ")
            .next()
            .is_none()
    );
}

#[test]
fn a_right_button_drag_filters_without_the_range_mode_and_a_left_drag_pans() {
    let (_dir, mut harness) = timeline_harness();
    let timeline = &harness.state().panels.timeline;
    let day = |y, m, d| days_from_civil(y, m, d) as f64;
    let from = timeline.day_position(day(2025, 9, 20)).unwrap();
    let to = timeline.day_position(day(2025, 10, 5)).unwrap();
    crate::common::drag(&mut harness, PointerButton::Primary, from, to);
    assert_eq!(
        harness.state().model.settings.filters.date_range,
        None,
        "a left drag pans"
    );
    let timeline = &harness.state().panels.timeline;
    let moved = timeline.day_position(day(2025, 9, 20)).unwrap();
    assert!(
        (moved.x - to.x).abs() < 3.0,
        "the day moved with the pointer"
    );
    let from = timeline.day_position(day(2025, 8, 31)).unwrap();
    let to = timeline.day_position(day(2025, 9, 10)).unwrap();
    crate::common::drag(&mut harness, PointerButton::Secondary, from, to);
    let app = harness.state();
    let titles: Vec<&str> = app
        .derived
        .list
        .value
        .visible
        .iter()
        .map(|&a| app.model.corpus.articles[a].analysis.title.as_str())
        .collect();
    assert_eq!(titles, vec![AMMAN_TITLE]);
}

#[test]
fn the_hijri_toggle_relabels_the_date_axis() {
    let (_dir, mut harness) = timeline_harness();
    let count =
        |h: &Harness<'_, MarsadApp>, text: &str| h.query_all_by_label_contains(text).count();
    assert!(
        count(&harness, " Sep 2025") > 0,
        "Gregorian dates under the plot"
    );
    assert_eq!(count(&harness, "1447"), 0);
    harness.get_by_label("Hijri dates").click();
    harness.run();
    assert_eq!(count(&harness, " Sep 2025"), 0);
    // Umm al-Qura: 2 September 2025 is 10 Rabi' al-Awwal 1447, so the September ticks are in it.
    assert!(count(&harness, " ربيع الأول 1447") > 0);
}

/// An article holding `events` with the given participants, nothing else.
fn synthetic_article(
    n: usize,
    events: Vec<marsad_core::events::Event>,
) -> marsad::analysis::ArticleAnalysis {
    marsad::analysis::ArticleAnalysis {
        path: format!("synthetic/{n}.txt"),
        text: "وصل الوفد إلى القاهرة.".to_owned(),
        content_hash: String::new(),
        encoding: "UTF-8".to_owned(),
        title: format!("مقالة رقم {n}"),
        title_inferred: false,
        published: marsad::analysis::PublishedDate::from_ymd(2020, 1, 1 + (n % 28) as u8),
        published_source: None,
        updated: None,
        outlet: None,
        agency: None,
        section: None,
        byline: None,
        dateline_place: None,
        sources: Vec::new(),
        blocks: Vec::new(),
        quotes: Vec::new(),
        sentences: Vec::new(),
        mentions: Vec::new(),
        dates: Vec::new(),
        events,
        attributions: Vec::new(),
        bidi_warnings: Vec::new(),
        url: None,
        provenance: marsad_core::ingest::Provenance::default(),
        hints: marsad_core::ingest::Hints::default(),
        inferred_reference: None,
    }
}

#[test]
fn a_hundred_thousand_events_are_binned_when_zoomed_out_and_drawn_when_zoomed_in() {
    use marsad::analysis::{EntityType, Mention, Span};
    use marsad_core::model::MentionSource;
    use marsad_core::time::{Calendar, CivilDate, Grain};

    let cairo = Mention {
        span: Span::new(0, 1),
        text: "القاهرة".to_owned(),
        entity_type: EntityType::Loc,
        source: MentionSource::Gazetteer,
        confidence: marsad_core::Confidence::CERTAIN,
    };
    let mut app = MarsadApp::with_options(marsad::AppOptions::default());
    // 1,000 articles × 100 events over ten years, a third with a participant.
    for a in 0..1_000 {
        let events = (0..100)
            .map(|e| {
                let n = a * 100 + e;
                let day = CivilDate::from_days(18_000 + ((n * 7_919) % 3_650) as i64);
                marsad_core::events::Event {
                    date: day.iso(),
                    grain: Grain::Day,
                    calendar: Calendar::Gregorian,
                    first_day: day,
                    last_day: day,
                    date_span: Span::new(0, 1),
                    sentence: Span::new(0, 10),
                    // Distinct labels and no named participants: clustering keeps them apart.
                    label: format!("حدث{n} كبير"),
                    entities: Vec::new(),
                    mentions: if n % 3 == 0 {
                        vec![cairo.clone()]
                    } else {
                        Vec::new()
                    },
                    role: marsad_core::time::Role::Reported,
                    inferred_from_content: false,
                }
            })
            .collect();
        app.model.corpus.add_article(
            std::sync::Arc::new(synthetic_article(a, events)),
            String::new(),
        );
    }
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut MarsadApp| app.show(ui), app);
    harness.run();
    let events = harness
        .state()
        .panels
        .timeline
        .model()
        .items
        .iter()
        .filter(|i| !i.bar)
        .count();
    assert!(events > 100_000, "{events} items");
    let started = std::time::Instant::now();
    harness.run_steps(5);
    let per_frame = started.elapsed() / 5;
    let (items, bins) = harness.state().panels.timeline.drawn();
    eprintln!("zoomed out: {bins} bins, {per_frame:?} per frame");
    assert_eq!(items, 0);
    // A few hundred bins in a few lanes, never one shape per event.
    assert!((10..2_000).contains(&bins), "{bins} bins");
    // Clicking a bin zooms to it: the publication lane's bin of January 2020.
    let bin = harness
        .state()
        .panels
        .timeline
        .day_position(days_from_civil(2020, 1, 14) as f64)
        .unwrap();
    click_at(&mut harness, bin);
    let timeline = &harness.state().panels.timeline;
    let x = |d| {
        timeline
            .day_position(days_from_civil(2020, 1, d) as f64)
            .unwrap()
            .x
    };
    assert!(x(31) - x(1) > 800.0, "January 2020 fills the plot");
    // Two weeks in view: the events themselves, no more than can be drawn.
    harness
        .state_mut()
        .panels
        .timeline
        .show_days(19_000.0, 19_014.0);
    harness.run_steps(2);
    let (items, bins) = harness.state().panels.timeline.drawn();
    assert_eq!(bins, 0);
    assert!(
        (100..=marsad::ui::timeline::DETAIL_LIMIT).contains(&items),
        "{items} items"
    );
}

#[test]
fn lanes_per_selected_entity_show_only_its_events_under_its_name() {
    use marsad::derived::timeline_model::LaneKey;
    let (_dir, mut harness) = timeline_harness();
    let entities = harness.state().model.corpus.entities.list();
    let riyadh = entities
        .iter()
        .position(|e| e.name == "الرياض")
        .expect("Riyadh is an entity");
    let riyadh_id = entities[riyadh].id.clone();
    harness
        .get_by_role_and_label(Role::Button, "الرياض")
        .click();
    harness.run();
    assert_eq!(
        harness.state().model.settings.filters.entity,
        Some(riyadh_id)
    );
    let before = harness.query_all_by_label("الرياض").count();
    harness.get_by_label("Lanes per selected entity").click();
    harness.run();
    let model = harness.state().panels.timeline.model();
    assert_eq!(
        model.lanes,
        vec![LaneKey::Published, LaneKey::Entity(riyadh)]
    );
    let books = article(&harness, BOOKS_TITLE);
    let lane_events: Vec<_> = model.items.iter().filter(|i| i.lane == 1).collect();
    assert_eq!(lane_events.len(), 1, "only the book fair involves Riyadh");
    assert!(
        harness
            .state()
            .panels
            .timeline
            .event_position(books)
            .is_some()
    );
    // The lane is named after the entity, shaped like every Arabic label.
    assert_eq!(harness.query_all_by_label("الرياض").count(), before + 1);
}

#[test]
fn the_arabic_interface_names_lanes_and_months_in_arabic() {
    let (_dir, mut harness) = timeline_harness();
    harness.get_by_label("العربية").click();
    harness.run();
    // "People" lane, and Gregorian months as Arabic papers write them.
    harness.get_by_label("أشخاص");
    assert!(harness.query_all_by_label_contains(" سبتمبر 2025").count() > 0);
    assert_eq!(harness.query_all_by_label_contains(" Sep 2025").count(), 0);
    // Clicking an event works the same with the mirrored layout.
    let books = article(&harness, BOOKS_TITLE);
    let pos = harness
        .state()
        .panels
        .timeline
        .event_position(books)
        .unwrap();
    click_at(&mut harness, pos);
    assert_eq!(selected_title(&harness).as_deref(), Some(BOOKS_TITLE));
}

/// The timeline's summary line ("3 events · 0 publication dates · 2 lanes").
fn summary(harness: &Harness<'_, MarsadApp>) -> String {
    use egui_kittest::kittest::NodeT as _;
    let node = harness.get_by_label_contains(" publication dates · ");
    let node = node.accesskit_node();
    // Labels keep their text as the node's value.
    node.value()
        .or_else(|| node.label())
        .expect("the summary has a text")
}

fn search_for(harness: &mut Harness<'_, MarsadApp>, text: &str) {
    harness
        .get_all_by_role(Role::TextInput)
        .next()
        .expect("the search box")
        .focus();
    harness.run();
    harness
        .get_all_by_role(Role::TextInput)
        .next()
        .expect("the search box")
        .type_text(text);
    harness.run();
}

#[test]
fn a_search_leaves_only_the_listed_articles_events_and_a_date_range_thins_nothing() {
    let (_dir, mut harness) = timeline_harness();
    let (amman, books) = (
        article(&harness, AMMAN_TITLE),
        article(&harness, BOOKS_TITLE),
    );
    harness.get_by_label("Only listed articles");
    assert!(
        harness.state().model.settings.timeline.only_listed,
        "on by default"
    );
    let everything = summary(&harness);
    assert!(everything.starts_with("3 events"), "{everything}");
    let builds = |h: &Harness<'_, MarsadApp>| h.state().derived.timeline.builds();
    let before = builds(&harness);
    for _ in 0..5 {
        harness.step();
    }
    assert_eq!(builds(&harness), before, "idle frames reuse the model");

    // Only the book fair mentions the fair: its one event is all the timeline keeps.
    search_for(&mut harness, "معرض");
    assert_eq!(harness.state().derived.list.value.visible, vec![books]);
    let after_search = builds(&harness);
    assert!(after_search > before, "the search rebuilt the model");
    // A new order recomputes the list but lists the same articles: no rebuild.
    harness.get_by_label("Title    ").click();
    harness.run();
    assert_eq!(harness.state().model.sort, marsad::model::SortKey::Title);
    assert_eq!(builds(&harness), after_search);
    let searched = summary(&harness);
    assert!(searched.starts_with("1 events"), "{searched}");
    let timeline = &harness.state().panels.timeline;
    assert!(timeline.event_position(books).is_some());
    assert!(timeline.event_position(amman).is_none());
    assert!(
        timeline
            .model()
            .clusters
            .iter()
            .flatten()
            .all(|&(a, _)| a == books)
    );

    // Unticked, the timeline shows the whole folder while the list stays searched.
    harness.get_by_label("Only listed articles").click();
    harness.run();
    assert_eq!(summary(&harness), everything);
    assert_eq!(harness.state().derived.list.value.visible, vec![books]);
    harness.get_by_label("Only listed articles").click();
    harness.run();
    assert_eq!(summary(&harness), searched);

    // A range dragged on the timeline narrows the list, never the timeline it is drawn on.
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(summary(&harness), everything);
    let timeline = &harness.state().panels.timeline;
    let from = timeline
        .day_position(days_from_civil(2025, 8, 31) as f64)
        .unwrap();
    let to = timeline
        .day_position(days_from_civil(2025, 9, 10) as f64)
        .unwrap();
    crate::common::drag(&mut harness, PointerButton::Secondary, from, to);
    assert_eq!(harness.state().derived.list.value.visible, vec![amman]);
    assert_eq!(summary(&harness), everything);
}
