//! A small Arabic corpus written for these tests, and a harness around the app.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use std::path::Path;

use egui_kittest::kittest::Queryable;
use egui_kittest::{Harness, HarnessBuilder};
use marsad::{AppOptions, MarsadApp};

pub mod entity_corpus;
pub mod source_corpus;

/// The US delegation article: mentions the United States, Cairo and Egypt.
pub const CAIRO_TITLE: &str = "وفد أمريكي يصل إلى القاهرة لبحث الهدنة";
/// The UN article: mentions the United Nations and Sudan.
pub const SUDAN_TITLE: &str = "الأمم المتحدة تدعو إلى حماية المدنيين في السودان";
/// The wheat article: names no country at all.
pub const WHEAT_TITLE: &str = "ارتفاع أسعار القمح في الأسواق العالمية";

/// Articles written for these tests (not taken from any real outlet).
pub const ARTICLES: &[(&str, &str)] = &[
    (
        "cairo.txt",
        "وفد أمريكي يصل إلى القاهرة لبحث الهدنة\n\n\
         القاهرة - وصل وفد من الولايات المتحدة إلى القاهرة يوم الأحد 12 مايو 2024 لبحث الهدنة مع المسؤولين في مصر.\n\n\
         وقال وزير الخارجية المصري سامح شكري إن المحادثات ستستمر ثلاثة أيام في العاصمة المصرية.\n",
    ),
    (
        "sudan.txt",
        "الأمم المتحدة تدعو إلى حماية المدنيين في السودان\n\n\
         دعت الأمم المتحدة يوم الخميس 3 أكتوبر 2024 إلى حماية المدنيين في السودان بعد تجدد القتال في الخرطوم.\n\n\
         وقال الأمين العام أنطونيو غوتيريش إن الوضع الإنساني يزداد سوءا.\n",
    ),
    (
        "wheat.txt",
        "ارتفاع أسعار القمح في الأسواق العالمية\n\n\
         ارتفعت أسعار القمح خلال الأسبوع الماضي بسبب تراجع المحصول وزيادة الطلب.\n\n\
         ويتوقع التجار أن تستمر الأسعار في الصعود حتى نهاية الموسم.\n",
    ),
];

/// Writes [`ARTICLES`] into `dir`.
pub fn write_corpus(dir: &Path) -> std::io::Result<()> {
    for (name, text) in ARTICLES {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

/// The app with `folder` loaded, as [`harness_with`] starts it.
pub fn harness_for(folder: &Path) -> Harness<'static, MarsadApp> {
    harness_with(AppOptions {
        folder: Some(folder.to_owned()),
        ..AppOptions::default()
    })
}

/// The app with `options`, in a harness the size of a laptop window: folders load
/// synchronously, no recent-files list is kept, and file names are typed into the
/// app's path entry (no desktop dialog answers in a test).
pub fn harness_with(options: AppOptions) -> Harness<'static, MarsadApp> {
    harness_from(Harness::builder(), options)
}

/// [`harness_with`] from a builder a test set up itself (shorter steps, say).
pub fn harness_from(
    builder: HarnessBuilder<MarsadApp>,
    options: AppOptions,
) -> Harness<'static, MarsadApp> {
    let app = MarsadApp::with_options(AppOptions {
        load_synchronously: true,
        remember_recent: false,
        typed_paths_only: true,
        ..options
    });
    let mut harness = builder
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut MarsadApp| app.show(ui), app);
    harness.run();
    harness
}

/// Clicks the widget labelled `label` and lets the app settle.
pub fn click(harness: &mut Harness<'static, MarsadApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Types `text` into the text field whose hint is `placeholder` (the first such).
pub fn fill(harness: &mut Harness<'static, MarsadApp>, placeholder: &str, text: &str) {
    harness
        .query_all_by(|node| node.placeholder() == Some(placeholder))
        .next()
        .unwrap_or_else(|| panic!("no text field hinted {placeholder:?}"))
        .set_text_value_accesskit(text);
    harness.run();
}

/// Answers the path entry (the stand-in for a file dialog here): replaces the suggested
/// path, which ends with `suggested`, by `path`, and confirms.
pub fn enter_path(harness: &mut Harness<'static, MarsadApp>, suggested: &str, path: &Path) {
    harness
        .get_by(|node| node.is_text_input() && node.value().is_some_and(|v| v.ends_with(suggested)))
        .set_text_value_accesskit(path.to_str().expect("a UTF-8 path"));
    harness.run();
    click(harness, "OK");
}

/// The window title the app asks for (with `•` while the workspace is unsaved).
pub fn title(harness: &Harness<'static, MarsadApp>) -> String {
    harness.state().work.title().to_owned()
}

/// Titles of the articles the list shows, sorted.
pub fn listed_titles(harness: &Harness<'_, MarsadApp>) -> Vec<String> {
    let app = harness.state();
    let mut titles: Vec<String> = app
        .derived
        .list
        .value
        .visible
        .iter()
        .map(|&i| app.model.corpus.articles[i].analysis.title.clone())
        .collect();
    titles.sort();
    titles
}

/// Drags with `button` from `from` to `to` in small moves, as a hand does.
pub fn drag(
    harness: &mut Harness<'_, MarsadApp>,
    button: egui::PointerButton,
    from: egui::Pos2,
    to: egui::Pos2,
) {
    let press = |pos, pressed| egui::Event::PointerButton {
        pos,
        button,
        pressed,
        modifiers: egui::Modifiers::NONE,
    };
    harness.hover_at(from);
    harness.run();
    harness.event(press(from, true));
    harness.step();
    for k in 1..=4 {
        harness.hover_at(from + (to - from) * (k as f32 / 4.0));
        harness.step();
    }
    harness.event(press(to, false));
    harness.run();
}

/// Days since 1970-01-01 of a day (what the timeline's x axis counts).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    marsad_core::time::CivilDate::new(year, month, day)
        .expect("a real day")
        .to_days()
}
