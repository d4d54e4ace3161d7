//! The gazetteer: known names, aliases and person titles matched over folded text.
//!
//! The lists live under `assets/gazetteer/` as TSV (see its README) and are
//! embedded in the binary. Matching runs an anchored aho-corasick automaton
//! (leftmost-longest) at each word start of the folded text, also after the
//! proclitics و ف ب ك ل and their pairs, so وبإسرائيل yields إسرائيل and
//! للولايات المتحدة yields الولايات المتحدة minus the preposition. A match
//! must end at a word end: الإسرائيلي (a nisba adjective) is not إسرائيل.

mod build;
mod scan;

use std::sync::{Arc, OnceLock};

use thiserror::Error;

use crate::model::{EntityType, Span};
use crate::text::fold::{Folded, fold, fold_key};

pub use build::WordRoles;
use build::{Builder, Kind, Tables, squash_spaces};

/// The bundled lists, by file name (the name decides how a list is read).
const BUNDLED: [(&str, &str); 10] = [
    (
        "aliases.tsv",
        include_str!("../../../../assets/gazetteer/aliases.tsv"),
    ),
    (
        "countries.tsv",
        include_str!("../../../../assets/gazetteer/countries.tsv"),
    ),
    (
        "regions.tsv",
        include_str!("../../../../assets/gazetteer/regions.tsv"),
    ),
    (
        "cities.tsv",
        include_str!("../../../../assets/gazetteer/cities.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../../../assets/gazetteer/organizations.tsv"),
    ),
    (
        "outlets.tsv",
        include_str!("../../../../assets/gazetteer/outlets.tsv"),
    ),
    (
        "people.tsv",
        include_str!("../../../../assets/gazetteer/people.tsv"),
    ),
    (
        "titles.tsv",
        include_str!("../../../../assets/gazetteer/titles.tsv"),
    ),
    (
        "demonyms.tsv",
        include_str!("../../../../assets/gazetteer/demonyms.tsv"),
    ),
    (
        "misc.tsv",
        include_str!("../../../../assets/gazetteer/misc.tsv"),
    ),
];

/// A list that cannot be read.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum GazetteerError {
    /// A line does not have the `surface<TAB>TYPE<TAB>canonical` shape.
    #[error("{file} line {line}: {why}")]
    BadLine {
        file: String,
        line: usize,
        why: String,
    },
    /// Two lines fold to the same surface but disagree on type or canonical name.
    #[error(
        "{file} line {line}: «{surface}» is already listed with another type or canonical name"
    )]
    Conflict {
        file: String,
        line: usize,
        surface: String,
    },
}

/// One gazetteer hit in an article's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerMatch {
    /// Byte span in the original text, proclitics excluded.
    pub span: Span,
    /// The entry's type; `Pers` for titles (they introduce a person).
    pub entity_type: EntityType,
    /// The canonical name the entry resolves to; empty for titles.
    pub canonical: String,
    /// True when the hit is a title (الرئيس، وزير الخارجية…), not a name.
    pub is_title: bool,
}

/// Known names, aliases, titles and demonyms, with a matcher over article text.
///
/// Cloning is cheap: the tables are shared.
#[derive(Clone)]
pub struct Gazetteer {
    tables: Arc<Tables>,
}

impl std::fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.tables.entries.len())
            .field("patterns", &self.tables.patterns.len())
            .finish_non_exhaustive()
    }
}

impl Gazetteer {
    /// The lists shipped in `assets/gazetteer/`, parsed once per process.
    pub fn bundled() -> Gazetteer {
        static BUNDLED_GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
        BUNDLED_GAZETTEER
            .get_or_init(|| {
                let mut builder = Builder::new(false);
                for (name, text) in BUNDLED {
                    // A lenient builder skips bad lines instead of failing.
                    let _ = builder.add_source(name, text);
                }
                Gazetteer {
                    tables: Arc::new(builder.finish()),
                }
            })
            .clone()
    }

    /// The bundled lists as `(file name, contents)`, for checks and tools.
    pub fn bundled_sources() -> &'static [(&'static str, &'static str)] {
        &BUNDLED
    }

    /// Builds a gazetteer from `(file name, TSV text)` lists, rejecting malformed
    /// lines and conflicting duplicates. A name starting with `demonyms` is read
    /// as a demonym list.
    pub fn from_sources(sources: &[(&str, &str)]) -> Result<Gazetteer, GazetteerError> {
        let mut builder = Builder::new(true);
        for (name, text) in sources {
            builder.add_source(name, text)?;
        }
        Ok(Gazetteer {
            tables: Arc::new(builder.finish()),
        })
    }

    /// Number of distinct folded surface forms (names and titles).
    pub fn len(&self) -> usize {
        self.tables.entries.len()
    }

    /// True when no entry is loaded.
    pub fn is_empty(&self) -> bool {
        self.tables.entries.is_empty()
    }

    /// All hits in `text`, sorted by position and non-overlapping.
    pub fn find(&self, text: &str) -> Vec<GazetteerMatch> {
        self.find_folded(&fold(text))
    }

    /// [`Gazetteer::find`] over a text already folded with [`fold`].
    pub fn find_folded(&self, folded: &Folded) -> Vec<GazetteerMatch> {
        let tables = &*self.tables;
        let Some(automaton) = &tables.automaton else {
            return Vec::new();
        };
        let squashed = scan::Squashed::new(&folded.text);
        let hits = scan::scan(
            automaton,
            &tables.openings,
            &tables.patterns,
            &squashed.text,
        );
        let mut out = Vec::with_capacity(hits.len());
        for hit in hits {
            let Some(pattern) = tables.patterns.get(hit.pattern) else {
                continue;
            };
            let Some(entry) = tables.entries.get(pattern.entry as usize) else {
                continue;
            };
            let folded_span = Span::new(
                squashed.folded_offset(hit.start),
                squashed.folded_end(hit.end),
            );
            let span = folded.original_span(folded_span);
            let (entity_type, is_title) = match entry.kind {
                Kind::Entity(ty) => (ty, false),
                Kind::Title => (EntityType::Pers, true),
            };
            out.push(GazetteerMatch {
                span,
                entity_type,
                canonical: entry.canonical.clone(),
                is_title,
            });
        }
        out
    }

    /// The canonical name and type of a folded surface form (an alias, a
    /// variant or the canonical itself); titles are not names and give `None`.
    ///
    /// A form in the لل contraction (`لولايات المتحده`) is read as its ال form.
    pub fn canonical_of(&self, folded: &str) -> Option<(&str, EntityType)> {
        let key = squash_spaces(&fold_key(folded));
        let entry = self.entry_for(&key).or_else(|| {
            let rest = key
                .strip_prefix('ل')
                .filter(|r| !key.starts_with("ال") && !r.is_empty())?;
            self.entry_for(&format!("ال{rest}"))
        })?;
        match entry.kind {
            Kind::Entity(ty) => Some((entry.canonical.as_str(), ty)),
            Kind::Title => None,
        }
    }

    fn entry_for(&self, key: &str) -> Option<&build::Entry> {
        let &id = self.tables.by_key.get(key)?;
        self.tables.entries.get(id as usize)
    }

    /// The type of a single-word entry equal to this folded word.
    pub fn word_type(&self, folded_word: &str) -> Option<EntityType> {
        self.tables
            .words
            .get(folded_word)
            .and_then(|roles| roles.single)
    }

    /// Where a folded word occurs in entries: alone, first word or later word.
    pub fn word_roles(&self, folded_word: &str) -> WordRoles {
        self.tables
            .words
            .get(folded_word)
            .copied()
            .unwrap_or_default()
    }

    /// True when a folded word is a title on its own or opens a title phrase
    /// (الرئيس، وزير، المتحدث…).
    pub fn is_title_word(&self, folded_word: &str) -> bool {
        self.tables.title_words.contains(folded_word)
    }

    /// The country (or place) canonical a folded nisba adjective refers to:
    /// الأمريكية → الولايات المتحدة. Demonyms are features, not entities.
    pub fn demonym_country(&self, folded: &str) -> Option<&str> {
        self.tables.demonyms.get(folded).map(String::as_str)
    }

    /// True when `canonical` is a country's canonical name (from the countries list).
    pub fn is_country(&self, canonical: &str) -> bool {
        self.tables.countries.contains(&fold_key(canonical))
    }
}

impl super::WordLists for Gazetteer {
    fn word_type(&self, folded: &str) -> Option<EntityType> {
        Gazetteer::word_type(self, folded)
    }

    fn is_title(&self, folded: &str) -> bool {
        self.is_title_word(folded)
    }
}
