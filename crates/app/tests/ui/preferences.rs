//! Preferences chosen in one run (language, theme, text size) start the next, through
//! eframe's storage as the real window saves it; the command line still wins.

use std::collections::HashMap;

use egui_kittest::kittest::Queryable;
use marsad::AppOptions;
use marsad::i18n::Language;
use marsad::model::DEFAULT_TEXT_SIZE;
use marsad::preferences::Preferences;

use crate::common::{click, harness_with, write_corpus};

/// eframe's storage as a map, the way its file keeps it.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn language_theme_and_text_size_chosen_in_one_run_start_the_next() {
    let dir = tempfile::tempdir().unwrap();
    write_corpus(dir.path()).unwrap();
    let options = AppOptions {
        folder: Some(dir.path().to_owned()),
        ..AppOptions::default()
    };
    let mut first = harness_with(options.clone());
    click(&mut first, "العربية");
    click(&mut first, "عرض");
    click(&mut first, "سمة داكنة");
    click(&mut first, "عرض");
    click(&mut first, "تكبير  (Ctrl +)");
    let mut storage = Memory::default();
    eframe::App::save(first.state_mut(), &mut storage);

    let prefs = Preferences::load(&storage).unwrap();
    let second = harness_with(options.clone().with_preferences(&prefs, false));
    let settings = &second.state().model.settings;
    assert_eq!(settings.language, Language::Arabic);
    assert!(settings.dark);
    assert!((settings.text_size - (DEFAULT_TEXT_SIZE + 2.0)).abs() < f32::EPSILON);
    second.get_by_label("ملف");

    // `--lang en --theme light` on the next start wins over what was kept.
    let given = AppOptions {
        language: Language::English,
        dark: Some(false),
        ..options
    };
    let third = harness_with(given.with_preferences(&prefs, true));
    let settings = &third.state().model.settings;
    assert_eq!(settings.language, Language::English);
    assert!(!settings.dark);
    third.get_by_label("File");
}
