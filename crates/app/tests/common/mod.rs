//! A small Arabic corpus written for these tests, and a harness around the app.

// Each test binary uses only some of these helpers.
#![allow(dead_code)]

use std::path::Path;

use egui_kittest::Harness;
use marsad::{AppOptions, MarsadApp};

pub mod entity_corpus;

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

/// The app with `folder` loaded synchronously, in a harness the size of a laptop window.
pub fn harness_for(folder: &Path) -> Harness<'static, MarsadApp> {
    let app = MarsadApp::with_options(AppOptions {
        folder: Some(folder.to_owned()),
        load_synchronously: true,
        remember_recent: false,
        ..AppOptions::default()
    });
    let mut harness = Harness::builder()
        .with_size([1280.0, 900.0])
        .build_ui_state(|ui, app: &mut MarsadApp| app.show(ui), app);
    harness.run();
    harness
}
