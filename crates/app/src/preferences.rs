//! The analyst's preferences that outlive a run: the interface language, the theme and
//! the article text size, kept in eframe's storage (`$XDG_DATA_HOME/marsad/app.ron`,
//! beside the window's size and position, which eframe keeps itself). The recent folders
//! and workspaces are kept in their own lists ([`crate::recent`]).
//!
//! The command line wins over them, and a workspace's own settings win over both.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::model::{DEFAULT_TEXT_SIZE, Settings, TEXT_SIZES};

/// The key the preferences are stored under.
pub const STORAGE_KEY: &str = "marsad_preferences";

/// What is kept between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    pub arabic: bool,
    pub dark: bool,
    pub text_size: f32,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            arabic: false,
            dark: false,
            text_size: DEFAULT_TEXT_SIZE,
        }
    }
}

impl Preferences {
    /// The preferences the current settings hold.
    pub fn of(settings: &Settings) -> Self {
        Self {
            arabic: settings.language == Language::Arabic,
            dark: settings.dark,
            text_size: settings.text_size,
        }
    }

    /// The interface language.
    pub fn language(&self) -> Language {
        if self.arabic {
            Language::Arabic
        } else {
            Language::English
        }
    }

    /// Reads the stored preferences; a missing or unreadable entry is `None` (an
    /// unreadable one is logged and the defaults are used).
    pub fn load(storage: &dyn eframe::Storage) -> Option<Self> {
        let text = storage.get_string(STORAGE_KEY)?;
        match ron::from_str::<Self>(&text) {
            Ok(mut prefs) => {
                // A hand-edited file cannot make the text unreadable.
                if !TEXT_SIZES.contains(&prefs.text_size) {
                    prefs.text_size = DEFAULT_TEXT_SIZE;
                }
                Some(prefs)
            }
            Err(err) => {
                tracing::warn!("the stored preferences do not parse, using the defaults: {err}");
                None
            }
        }
    }

    /// Stores the preferences.
    pub fn save(&self, storage: &mut dyn eframe::Storage) {
        match ron::to_string(self) {
            Ok(text) => storage.set_string(STORAGE_KEY, text),
            Err(err) => tracing::warn!("the preferences could not be written: {err}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

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
    fn saved_preferences_come_back() {
        let mut storage = Memory::default();
        assert_eq!(Preferences::load(&storage), None);
        let prefs = Preferences {
            arabic: true,
            dark: true,
            text_size: 24.0,
        };
        prefs.save(&mut storage);
        assert_eq!(Preferences::load(&storage), Some(prefs));
    }

    #[test]
    fn a_broken_or_odd_entry_falls_back_to_defaults() {
        let cases = [
            ("(arabic: tru", None),
            (
                "(dark: true)",
                Some(Preferences {
                    dark: true,
                    ..Preferences::default()
                }),
            ),
            (
                "(arabic: true, text_size: 900.0)",
                Some(Preferences {
                    arabic: true,
                    ..Preferences::default()
                }),
            ),
        ];
        for (text, expected) in cases {
            let mut storage = Memory::default();
            eframe::Storage::set_string(&mut storage, STORAGE_KEY, text.to_owned());
            assert_eq!(Preferences::load(&storage), expected, "{text}");
        }
    }
}
