//! Help ▸ About and Help ▸ Keyboard shortcuts, opened through the menu and read through
//! the accessibility tree, in both interface languages.

use egui_kittest::kittest::{NodeT, Queryable};
use marsad::AppOptions;
use marsad::i18n::Language;
use marsad::ui::about::{THIRD_PARTY, crate_rows};

use crate::common::{click, harness_with, write_corpus};

/// The app over the test corpus (kept in the returned folder), in `language`.
fn app_in(
    language: Language,
    log_dir: Option<&std::path::Path>,
) -> (
    tempfile::TempDir,
    egui_kittest::Harness<'static, marsad::MarsadApp>,
) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    write_corpus(dir.path()).expect("the corpus is written");
    let harness = harness_with(AppOptions {
        folder: Some(dir.path().to_owned()),
        language,
        log_dir: log_dir.map(std::path::Path::to_owned),
        ..AppOptions::default()
    });
    (dir, harness)
}

/// Every licence heading the About box must show, as `assets/licences/NOTICE.md` names them.
const HEADINGS: &[&str] = &[
    "Fonts: Noto Naskh Arabic and Noto Sans",
    "Entity tagger model (ner.bin): trained on ANERcorp, CC BY-SA 4.0",
    "Word clusters (clusters.tsv): from the ANT Corpus",
    "Name lists (name-words.tsv, full-names.tsv): Wikidata and arabnamer",
    "Place names (places.tsv): GeoNames",
    "Rust crates",
];

#[test]
fn the_about_box_shows_version_commit_log_folder_and_every_licence() {
    let logs = tempfile::tempdir().unwrap();
    let (_corpus, mut harness) = app_in(Language::English, Some(logs.path()));
    click(&mut harness, "Help");
    click(&mut harness, "About Marsad");
    harness.get_by_label("Marsad — مرصد");
    harness.get_by_label(env!("CARGO_PKG_VERSION"));
    harness.get_by_label(&logs.path().display().to_string());
    harness.get_by_label("Licences and attributions");
    for heading in HEADINGS {
        harness.get_by_label(heading);
    }
    harness.get_by_label_contains("Creative Commons Attribution-ShareAlike 4.0");
    // The crate list folds away under its count.
    let crates = crate_rows(THIRD_PARTY).len();
    assert!(crates > 100, "{crates}");
    let folded = format!("Rust crates ({crates})");
    assert!(
        harness.query_all_by_label(&folded).next().is_some(),
        "{folded}"
    );
    click(&mut harness, "Close");
    assert!(
        harness
            .query_by_label("Licences and attributions")
            .is_none()
    );
}

#[test]
fn the_arabic_about_box_has_arabic_words_around_the_licences() {
    let (_corpus, mut harness) = app_in(Language::Arabic, None);
    click(&mut harness, "مساعدة");
    click(&mut harness, "عن مرصد");
    harness.get_by_label("التراخيص والإسناد");
    harness.get_by_label("الإصدار");
    harness.get_by_label("لا يُكتب (لا مجلد حالة)");
    // The licences stay in the words their authors wrote.
    for heading in HEADINGS {
        harness.get_by_label(heading);
    }
}

#[test]
fn the_shortcuts_window_lists_keys_with_what_they_do() {
    for (language, help, title, keys, what) in [
        (
            Language::English,
            "Help",
            "Keyboard shortcuts",
            "Ctrl+S",
            "Save the workspace",
        ),
        (
            Language::Arabic,
            "مساعدة",
            "اختصارات لوحة المفاتيح",
            "\u{2068}Ctrl+S\u{2069}",
            "حفظ مساحة العمل",
        ),
    ] {
        let (_corpus, mut harness) = app_in(language, None);
        click(&mut harness, help);
        click(&mut harness, title);
        harness.get_by_label(keys);
        harness.get_by_label(what);
    }
}

#[test]
fn open_log_folder_is_offered_only_when_there_is_one() {
    let (_corpus, mut harness) = app_in(Language::English, None);
    click(&mut harness, "Help");
    let item = harness.get_by_label("Open log folder");
    assert!(item.accesskit_node().is_disabled());
}
