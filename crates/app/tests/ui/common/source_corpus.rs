//! A small Arabic corpus for the Sources view, written for these tests (not taken
//! from any outlet). What the analysis makes of it, checked when the tests were
//! written:
//!
//! - axios.txt: موقع أكسيوس reveals (كشف), citing ثلاثة مصادر مطلعة; an unnamed
//!   مسؤول أمريكي who asked not to be named says (قال); the spokesman ماثيو ميلر
//!   denies (نفى);
//! - rafah.txt: وزارة الخارجية المصرية announces; an unnamed مصدر أمني مصري says,
//!   to وكالة رويترز; صحيفة الأهرام reports, citing رويترز; the UN's spokesman warns;
//! - wheat.txt: no reported statement at all.

use std::path::Path;

use egui_kittest::{Harness, HarnessBuilder};
use marsad::{AppOptions, MarsadApp};

pub const AXIOS_TITLE: &str = "واشنطن تدرس خطة جديدة لإدارة المعابر";
pub const RAFAH_TITLE: &str = "مصر تفتح معبر رفح أمام شاحنات الإغاثة";
pub const WHEAT_TITLE: &str = "ارتفاع أسعار القمح في الأسواق العالمية";

/// The unnamed official of axios.txt and what he said.
pub const OFFICIAL: &str = "مسؤول أمريكي";
pub const OFFICIAL_SAID: &str = "الخطة لم تكتمل بعد";
/// The spokesman who denies, and what.
pub const SPOKESMAN: &str = "ماثيو ميلر";
pub const DENIED: &str = "وجود أي اتفاق نهائي";

/// The articles, by file name.
pub const SOURCE_ARTICLES: &[(&str, &str)] = &[
    (
        "axios.txt",
        "واشنطن تدرس خطة جديدة لإدارة المعابر\n\n\
         كشف تقرير لموقع أكسيوس أن الإدارة الأمريكية تدرس خطة جديدة لإدارة المعابر بين غزة ومصر \
         تشمل نشر مراقبين دوليين على الجانبين وتوسيع ساعات العمل اليومية وزيادة عدد الشاحنات \
         المسموح بدخولها كل يوم وإنشاء غرفة تنسيق مشتركة في العريش، وفقا لما نقل عن ثلاثة مصادر مطلعة.\n\n\
         وقال مسؤول أمريكي طلب عدم الكشف عن اسمه إن الخطة لم تكتمل بعد.\n\n\
         ونفى المتحدث باسم الخارجية الأمريكية ماثيو ميلر وجود أي اتفاق نهائي.\n",
    ),
    (
        "rafah.txt",
        "مصر تفتح معبر رفح أمام شاحنات الإغاثة\n\n\
         أعلنت وزارة الخارجية المصرية يوم الأحد فتح معبر رفح أمام شاحنات الإغاثة.\n\n\
         وقال مصدر أمني مصري لوكالة رويترز إن عشرات الشاحنات عبرت المعبر صباح اليوم.\n\n\
         ونقلت صحيفة الأهرام عن وكالة رويترز أن المعبر سيبقى مفتوحا طوال الأسبوع.\n\n\
         وحذر المتحدث باسم الأمم المتحدة من أن الكميات لا تكفي.\n",
    ),
    (
        "wheat.txt",
        "ارتفاع أسعار القمح في الأسواق العالمية\n\n\
         ارتفعت أسعار القمح خلال الأسبوع الماضي بسبب تراجع المحصول وزيادة الطلب.\n",
    ),
];

/// The corpus written into a fresh temporary folder (kept while the `TempDir` lives)
/// and opened, in a harness from `builder` (see [`super::harness_from`]).
pub fn open_source_corpus(
    builder: HarnessBuilder<MarsadApp>,
) -> (tempfile::TempDir, Harness<'static, MarsadApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write_source_corpus(dir.path()).expect("the corpus is written");
    let options = AppOptions {
        folder: Some(dir.path().to_owned()),
        ..AppOptions::default()
    };
    let harness = super::harness_from(builder, options);
    (dir, harness)
}

/// Writes [`SOURCE_ARTICLES`] into `dir`.
pub fn write_source_corpus(dir: &Path) -> std::io::Result<()> {
    for (name, text) in SOURCE_ARTICLES {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}
