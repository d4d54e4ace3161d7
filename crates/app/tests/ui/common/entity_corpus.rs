//! A small Arabic corpus for the entity tests, written for them (not taken
//! from any outlet). What the recognizer and the core's resolution make of
//! it, checked when the tests were written:
//!
//! - سنتكوم (centcom.txt) and القيادة الوسطى الأمريكية (command.txt) resolve
//!   to one organization, 4 mentions in 2 articles;
//! - الولايات المتحدة (centcom.txt) and أمريكا (command.txt) resolve to one
//!   place, 2 mentions in 2 articles;
//! - أنطونيو غوتيريش (guterres.txt, with غوتيريش alone) and أنطونيو جوتيريش
//!   (visit.txt) stay two people, 2 mentions each: the analyst's merge;
//! - رابطة الكرمة (3 times in command.txt and guterres.txt) is not recognized:
//!   the analyst's added entity.

use std::path::Path;

use egui_kittest::{Harness, HarnessBuilder};
use marsad::{AppOptions, MarsadApp};

/// The CENTCOM article: سنتكوم, غزة, الولايات المتحدة, قبرص.
pub const CENTCOM_TITLE: &str = "سنتكوم تعلن وصول سفينة مساعدات إلى غزة";
/// The Central Command article: القيادة الوسطى الأمريكية, أمريكا, and رابطة الكرمة twice.
pub const COMMAND_TITLE: &str = "القيادة الوسطى الأمريكية تنشر قوات إضافية";
/// The Guterres article: غوتيريش, أنطونيو غوتيريش, السودان, الأمم المتحدة, رابطة الكرمة.
pub const GUTERRES_TITLE: &str = "غوتيريش يدعو إلى وقف القتال في السودان";
/// The visit article: أنطونيو جوتيريش (another spelling), القاهرة, مصر.
pub const VISIT_TITLE: &str = "أنطونيو جوتيريش يزور القاهرة";

/// The organization سنتكوم and القيادة الوسطى الأمريكية resolve to.
pub const CENTCOM: &str = "القيادة الوسطى الأمريكية";
pub const CENTCOM_ALIAS: &str = "سنتكوم";
/// The country الولايات المتحدة and أمريكا resolve to.
pub const USA: &str = "الولايات المتحدة";
pub const USA_ALIAS: &str = "أمريكا";
/// One person in two spellings the core keeps apart.
pub const GUTERRES: &str = "أنطونيو غوتيريش";
pub const GUTERRES_OTHER_SPELLING: &str = "أنطونيو جوتيريش";
/// A name the recognizer misses.
pub const MISSED: &str = "رابطة الكرمة";

/// The articles, by file name.
pub const ENTITY_ARTICLES: &[(&str, &str)] = &[
    (
        "centcom.txt",
        "سنتكوم تعلن وصول سفينة مساعدات إلى غزة\n\n\
         أعلنت سنتكوم يوم الاثنين 6 مايو 2024 وصول سفينة مساعدات إلى غزة. وقالت الولايات المتحدة إن السفينة أبحرت من قبرص.\n\n\
         وأكد المتحدث أن العمل سيستمر في الأيام المقبلة.\n",
    ),
    (
        "command.txt",
        "القيادة الوسطى الأمريكية تنشر قوات إضافية\n\n\
         نشرت القيادة الوسطى الأمريكية يوم الثلاثاء 7 مايو 2024 قوات إضافية في المنطقة. وقالت أمريكا إن الهدف هو حماية الملاحة.\n\n\
         وشارك أعضاء رابطة الكرمة في الاجتماع، كما حضر ممثلو رابطة الكرمة الجلسة الثانية.\n",
    ),
    (
        "guterres.txt",
        "غوتيريش يدعو إلى وقف القتال في السودان\n\n\
         دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش يوم الخميس 9 مايو 2024 إلى وقف القتال في السودان.\n\n\
         ونقلت الصحف عن أعضاء رابطة الكرمة أن المدنيين يدفعون الثمن.\n",
    ),
    (
        "visit.txt",
        "أنطونيو جوتيريش يزور القاهرة\n\n\
         وصل أنطونيو جوتيريش إلى القاهرة يوم الجمعة 10 مايو 2024 والتقى المسؤولين في مصر.\n",
    ),
];

/// Writes [`ENTITY_ARTICLES`] into `dir`.
pub fn write_entity_corpus(dir: &Path) -> std::io::Result<()> {
    for (name, text) in ENTITY_ARTICLES {
        std::fs::write(dir.join(name), text)?;
    }
    Ok(())
}

/// The corpus written into a fresh temporary folder (kept while the `TempDir` lives)
/// and opened, in a harness from `builder` (see [`super::harness_from`]).
pub fn open_entity_corpus(
    builder: HarnessBuilder<MarsadApp>,
) -> (tempfile::TempDir, Harness<'static, MarsadApp>) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write_entity_corpus(dir.path()).expect("the corpus is written");
    let options = AppOptions {
        folder: Some(dir.path().to_owned()),
        ..AppOptions::default()
    };
    let harness = super::harness_from(builder, options);
    (dir, harness)
}
