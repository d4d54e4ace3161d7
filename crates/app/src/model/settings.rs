//! The analyst's settings a workspace keeps: the interface, the list's filters, the
//! timeline and the open article. The one place that knows which of them goes where in
//! the file ([`Settings::from_workspace`], [`Settings::write_into`]); the workspace is
//! unsaved while they differ from the saved ones (they are compared by value, every frame:
//! they are few and small).

use std::collections::{BTreeMap, BTreeSet};

use marsad_core::corpus::EntityId;
use marsad_core::time::CivilDate;
use marsad_storage::{DateRange, Lane, LaneKey, Language as SavedLanguage, Theme, View, Workspace};

use super::corpus::Corpus;
use crate::analysis::EntityType;
use crate::i18n::Language;

/// The article text size before any zoom.
pub const DEFAULT_TEXT_SIZE: f32 = 18.0;
/// The smallest and largest article text sizes.
pub const TEXT_SIZES: std::ops::RangeInclusive<f32> = 10.0..=48.0;
/// How much one zoom step changes the article text size.
const ZOOM_STEP: f32 = 2.0;

/// Which articles the list keeps.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Filters {
    /// The search box's text, as typed.
    pub search: String,
    /// The entity the list is filtered by and the article view marks.
    pub entity: Option<EntityId>,
    /// Only articles published or with an event in these days (since 1970, inclusive).
    pub date_range: Option<(i64, i64)>,
    /// Only articles carrying one of these tags; empty means no tag filter.
    pub tags: BTreeSet<String>,
    /// Show entities the analyst hid (dimmed) in the sidebar and the article view.
    pub show_hidden: bool,
}

/// The timeline's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineSettings {
    /// Time runs right to left.
    pub rtl_axis: bool,
    /// Label the axis in the Umm al-Qura calendar.
    pub hijri: bool,
    /// One lane per entity selected in the sidebar instead of one per entity type.
    pub lanes_per_entity: bool,
    /// Show only the articles the list's search, entity and tag filters keep.
    pub only_listed: bool,
    /// Show events dated only as background (منذ عام 1948, a birth date), not only
    /// the reported ones.
    pub show_background: bool,
    /// The days shown; `None` while the plot shows its first view (the dense range).
    pub range: Option<(i64, i64)>,
}

impl Default for TimelineSettings {
    fn default() -> Self {
        Self {
            rtl_axis: false,
            hijri: false,
            lanes_per_entity: false,
            // An analyst who narrowed the list expects the timeline to show the same articles.
            only_listed: true,
            show_background: false,
            range: None,
        }
    }
}

/// Everything a workspace keeps of what the analyst is looking at and how.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub language: Language,
    pub dark: bool,
    /// Article text size in points.
    pub text_size: f32,
    /// Panel sizes by panel id: the file's, and those the analyst dragged since.
    pub panels: BTreeMap<String, f32>,
    pub filters: Filters,
    pub timeline: TimelineSettings,
    /// The open article's path.
    pub selected_article: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: Language::English,
            dark: false,
            text_size: DEFAULT_TEXT_SIZE,
            panels: BTreeMap::new(),
            filters: Filters::default(),
            timeline: TimelineSettings::default(),
            selected_article: None,
        }
    }
}

impl Settings {
    /// The settings for a newly opened folder: the analyst's preferences stay, what
    /// named the old folder's articles, entities and days goes.
    #[must_use]
    pub fn for_new_folder(&self) -> Self {
        Self {
            filters: Filters {
                show_hidden: self.filters.show_hidden,
                ..Filters::default()
            },
            timeline: TimelineSettings {
                range: None,
                ..self.timeline.clone()
            },
            selected_article: None,
            // Only sizes the analyst drags over the new folder's workspace are its own.
            panels: BTreeMap::new(),
            ..self.clone()
        }
    }

    /// Steps the article text size up (`1`), down (`-1`) or back to normal (`0`).
    pub fn zoom(&mut self, step: i32) {
        self.text_size = match step {
            0 => DEFAULT_TEXT_SIZE,
            s if s > 0 => (self.text_size + ZOOM_STEP).min(*TEXT_SIZES.end()),
            _ => (self.text_size - ZOOM_STEP).max(*TEXT_SIZES.start()),
        };
    }

    /// The settings a workspace file holds, over the loaded `corpus` (the entity filter
    /// keeps the first entity the corpus has). The interface language, theme and text size
    /// the file leaves to the system stay as `current` has them.
    pub fn from_workspace(workspace: &Workspace, corpus: &Corpus, current: &Self) -> Self {
        let view = &workspace.view;
        let filters = &workspace.filters;
        let timeline = &workspace.timeline;
        let day = |text: &Option<String>| text.as_deref().and_then(parse_day);
        Self {
            language: match view.language {
                SavedLanguage::En => Language::English,
                SavedLanguage::Ar => Language::Arabic,
            },
            dark: match view.theme {
                Theme::Dark => true,
                Theme::Light => false,
                Theme::System => current.dark,
            },
            text_size: view.font_size.clamp(*TEXT_SIZES.start(), *TEXT_SIZES.end()),
            panels: view.panels.clone(),
            filters: Filters {
                search: filters.search.clone(),
                entity: filters
                    .entities
                    .iter()
                    .map(|key| EntityId::from(key.as_str()))
                    .find(|id| corpus.entities.get(id).is_some()),
                // The list filters on a closed range only; a file with one end gets none.
                date_range: match (day(&filters.date_from), day(&filters.date_to)) {
                    (Some(from), Some(to)) => Some((from.min(to), from.max(to))),
                    _ => None,
                },
                tags: filters.tags.clone(),
                show_hidden: filters.show_hidden,
            },
            timeline: TimelineSettings {
                rtl_axis: timeline.rtl_axis,
                hijri: timeline.hijri,
                lanes_per_entity: timeline
                    .lanes
                    .iter()
                    .any(|lane| matches!(lane.key, LaneKey::Entity(_))),
                only_listed: timeline.only_listed,
                show_background: timeline.show_background,
                range: timeline
                    .range
                    .as_ref()
                    .and_then(|r| Some((parse_day(&r.start)?, parse_day(&r.end)?)))
                    .filter(|(from, to)| from < to),
            },
            selected_article: workspace
                .selected_article
                .clone()
                .filter(|path| corpus.position_of(path).is_some()),
        }
    }

    /// Writes these settings into `workspace`, keeping what the app does not show as
    /// the file had it (a "system" theme while the app shows light, tag and folder lanes).
    pub fn write_into(&self, workspace: &mut Workspace, corpus: &Corpus) {
        let filters = &mut workspace.filters;
        filters.search.clone_from(&self.filters.search);
        filters.entities = self
            .filters
            .entity
            .iter()
            .map(|id| id.as_str().to_owned())
            .collect();
        filters.date_from = self.filters.date_range.map(|(from, _)| format_day(from));
        filters.date_to = self.filters.date_range.map(|(_, to)| format_day(to));
        filters.tags.clone_from(&self.filters.tags);
        filters.show_hidden = self.filters.show_hidden;
        workspace
            .selected_article
            .clone_from(&self.selected_article);
        let timeline = &mut workspace.timeline;
        timeline.rtl_axis = self.timeline.rtl_axis;
        timeline.hijri = self.timeline.hijri;
        timeline.only_listed = self.timeline.only_listed;
        timeline.show_background = self.timeline.show_background;
        timeline.range = self.timeline.range.map(|(from, to)| DateRange {
            start: format_day(from),
            end: format_day(to),
        });
        // Tag and folder lanes are for tools the app is not: a save keeps them as loaded.
        let shows_lanes = timeline
            .lanes
            .iter()
            .all(|lane| matches!(lane.key, LaneKey::Entity(_) | LaneKey::EntityType(_)));
        if shows_lanes {
            timeline.lanes = self.lanes(corpus);
        }
        self.write_view(&mut workspace.view);
    }

    /// The interface part of the settings, into the file's [`View`].
    fn write_view(&self, view: &mut View) {
        view.language = match self.language {
            Language::English => SavedLanguage::En,
            Language::Arabic => SavedLanguage::Ar,
        };
        // "System" stays as written while the app shows the light theme it stands for here.
        let theme_matches = match view.theme {
            Theme::Dark => self.dark,
            Theme::Light | Theme::System => !self.dark,
        };
        if !theme_matches {
            view.theme = if self.dark { Theme::Dark } else { Theme::Light };
        }
        view.font_size = self.text_size;
        view.panels.clone_from(&self.panels);
    }

    /// The timeline's lanes as the file names them: one per entity type, or the selected
    /// entity's own lane. Lanes per entity with no entity selected show the type lanes.
    fn lanes(&self, corpus: &Corpus) -> Vec<Lane> {
        let entity = self
            .filters
            .entity
            .as_ref()
            .filter(|_| self.timeline.lanes_per_entity)
            .and_then(|id| corpus.entities.get(id));
        match entity {
            Some(entity) => vec![Lane {
                label: entity.name.clone(),
                key: LaneKey::Entity(entity.id.as_str().to_owned()),
            }],
            None => EntityType::ALL
                .iter()
                .map(|&t| Lane {
                    label: t.as_str().to_owned(),
                    key: LaneKey::EntityType(t),
                })
                .collect(),
        }
    }
}

/// Days since 1970 of a `YYYY-MM-DD` day; `None` for anything else (31 February too).
pub fn parse_day(text: &str) -> Option<i64> {
    CivilDate::parse_iso(text).map(CivilDate::to_days)
}

/// `YYYY-MM-DD` for a day count since 1970-01-01.
pub fn format_day(days: i64) -> String {
    CivilDate::from_days(days).iso()
}
