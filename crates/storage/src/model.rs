//! The workspace: everything the analyst did over one corpus folder.

use std::collections::{BTreeMap, BTreeSet};

use marsad_core::Span;
use marsad_core::time::Prefer;
use serde::{Deserialize, Serialize};

use crate::attributions::AttributionCorrection;
use crate::corrections::EntityCorrection;
use crate::view::{Filters, Timeline, View};

/// The format version this build writes; files with a higher one are refused.
pub const FORMAT_VERSION: u32 = 2;

/// The analyst's work over one corpus folder, saved as a RON file.
///
/// Derived data (mentions, dates, events) is never stored: it is recomputed from the
/// articles on open. Every collection is ordered (`BTreeMap`, `BTreeSet`, or a `Vec` whose
/// order the analyst chose) so that saving the same state twice gives the same bytes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workspace {
    /// The format version the file was written in (see [`FORMAT_VERSION`]).
    pub format_version: u32,
    /// Where the articles are.
    #[serde(default)]
    pub corpus: CorpusRef,
    /// Every article seen at the last save, by path relative to the corpus (`/`-separated).
    #[serde(default)]
    pub articles: BTreeMap<String, ArticleRecord>,
    /// The analyst's entity corrections, in the order they were made.
    #[serde(default)]
    pub corrections: Vec<EntityCorrection>,
    /// The analyst's fixes to attributions (who said what), in the order they were made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attribution_corrections: Vec<AttributionCorrection>,
    /// Publication dates the analyst set or fixed (`YYYY-MM-DD`), by article path.
    #[serde(default)]
    pub reference_dates: BTreeMap<String, String>,
    /// The date assumed for articles with neither a stated nor a set date (`YYYY-MM-DD`).
    #[serde(default)]
    pub folder_reference_date: Option<String>,
    /// How the analyst wants an article's bare weekdays and year-less dates read, by
    /// article path (`future` for schedules and previews).
    #[serde(default)]
    pub reading_directions: BTreeMap<String, Prefer>,
    /// The reading direction of the folder's articles without one of their own.
    #[serde(default)]
    pub folder_reading_direction: Option<Prefer>,
    /// Free-text notes.
    #[serde(default)]
    pub notes: Notes,
    /// Tag definitions and where they are used.
    #[serde(default)]
    pub tags: Tags,
    /// Places in articles the analyst marked, in the order they were added.
    #[serde(default)]
    pub bookmarks: Vec<Bookmark>,
    /// What is filtered and searched for.
    #[serde(default)]
    pub filters: Filters,
    /// The article open in the reading view (path relative to the corpus).
    #[serde(default)]
    pub selected_article: Option<String>,
    /// The timeline's range and lanes.
    #[serde(default)]
    pub timeline: Timeline,
    /// Interface settings.
    #[serde(default)]
    pub view: View,
}

impl Default for Workspace {
    fn default() -> Self {
        Self {
            format_version: FORMAT_VERSION,
            corpus: CorpusRef::default(),
            articles: BTreeMap::new(),
            corrections: Vec::new(),
            attribution_corrections: Vec::new(),
            reference_dates: BTreeMap::new(),
            folder_reference_date: None,
            reading_directions: BTreeMap::new(),
            folder_reading_direction: None,
            notes: Notes::default(),
            tags: Tags::default(),
            bookmarks: Vec::new(),
            filters: Filters::default(),
            selected_article: None,
            timeline: Timeline::default(),
            view: View::default(),
        }
    }
}

/// Where the corpus folder is.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CorpusRef {
    /// Relative to the workspace file's folder (`/`-separated) when the corpus lies below
    /// it, so the pair can be moved or sent together; otherwise absolute.
    pub path: String,
}

impl Default for CorpusRef {
    fn default() -> Self {
        Self {
            path: ".".to_owned(),
        }
    }
}

/// What was known of an article at the last save.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleRecord {
    /// SHA-256 of the file's bytes, lowercase hex: a changed file is detected, not mixed in.
    pub content_hash: String,
}

/// Notes on articles, entities and events, keyed by their ids.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Notes {
    /// By article path.
    pub articles: BTreeMap<String, String>,
    /// By entity id.
    pub entities: BTreeMap<String, String>,
    /// By event id.
    pub events: BTreeMap<String, String>,
}

/// A tag the analyst defined.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagDef {
    /// Colour as sRGB.
    pub colour: [u8; 3],
}

/// Tag definitions and their assignments.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Tags {
    /// Every tag, by name.
    pub definitions: BTreeMap<String, TagDef>,
    /// Tags on articles, by article path.
    pub articles: BTreeMap<String, BTreeSet<String>>,
    /// Tags on entities, by entity id.
    pub entities: BTreeMap<String, BTreeSet<String>>,
    /// Tags on events, by event id.
    pub events: BTreeMap<String, BTreeSet<String>>,
}

/// A marked place in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Bookmark {
    /// Article path relative to the corpus.
    pub article: String,
    /// The marked text (UTF-8 byte offsets into the article); `None` marks the whole article.
    #[serde(default)]
    pub span: Option<Span>,
    /// The analyst's label for it.
    #[serde(default)]
    pub label: String,
}

impl Workspace {
    /// A fresh workspace over a corpus.
    pub fn new(corpus: CorpusRef) -> Self {
        Self {
            corpus,
            ..Self::default()
        }
    }

    /// The corrections in the core's terms, in order, to replay with `corpus::apply`.
    pub fn core_corrections(&self) -> Vec<marsad_core::corpus::Correction> {
        self.corrections.iter().map(Into::into).collect()
    }

    /// The reference day (`YYYY-MM-DD`, as written) an article's relative dates count from:
    /// the analyst's date for it, else the folder's when the article states no date of
    /// its own (a stated date is the article's own; a wrong one is fixed per article).
    pub fn reference_for(&self, article: &str, has_own_date: bool) -> Option<&str> {
        self.reference_dates
            .get(article)
            .or(if has_own_date {
                None
            } else {
                self.folder_reference_date.as_ref()
            })
            .map(String::as_str)
    }

    /// The direction an article's bare weekdays, months and year-less dates are read
    /// in: the analyst's for it, else the folder's, else the news reading (past).
    pub fn reading_for(&self, article: &str) -> Prefer {
        self.reading_directions
            .get(article)
            .copied()
            .or(self.folder_reading_direction)
            .unwrap_or_default()
    }

    /// Tags on an article (empty when none).
    pub fn article_tags(&self, article: &str) -> impl Iterator<Item = &str> {
        self.tags
            .articles
            .get(article)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// Tags on an entity (empty when none).
    pub fn entity_tags(&self, entity_id: &str) -> impl Iterator<Item = &str> {
        self.tags
            .entities
            .get(entity_id)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// Tags on an event (empty when none).
    pub fn event_tags(&self, event_id: &str) -> impl Iterator<Item = &str> {
        self.tags
            .events
            .get(event_id)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }
}
