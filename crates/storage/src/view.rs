//! What the analyst was looking at: filters, timeline and interface settings.

use std::collections::{BTreeMap, BTreeSet};

use marsad_core::EntityType;
use serde::{Deserialize, Serialize};

/// Which articles, entities and events are shown.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Filters {
    /// The search box's text, as typed.
    pub search: String,
    /// Entity classes shown; empty means all.
    pub entity_types: BTreeSet<EntityType>,
    /// Only items carrying one of these tags; empty means no tag filter.
    pub tags: BTreeSet<String>,
    /// Only articles mentioning one of these entity ids; empty means no entity filter.
    pub entities: BTreeSet<String>,
    /// Earliest date shown (`YYYY-MM-DD`).
    pub date_from: Option<String>,
    /// Latest date shown (`YYYY-MM-DD`).
    pub date_to: Option<String>,
    /// Whether hidden entities are listed (greyed) anyway.
    pub show_hidden: bool,
}

/// A closed range of dates (`YYYY-MM-DD` each).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateRange {
    /// First day shown.
    pub start: String,
    /// Last day shown.
    pub end: String,
}

/// What a timeline lane collects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LaneKey {
    /// Events in which this entity id takes part.
    Entity(String),
    /// Events with a participant of this class.
    EntityType(EntityType),
    /// Events carrying this tag (or from articles carrying it).
    Tag(String),
    /// Events from articles under this folder of the corpus (an outlet, say).
    Folder(String),
}

/// One horizontal lane of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lane {
    /// The lane's label, as the analyst wrote it.
    pub label: String,
    /// What goes into it.
    pub key: LaneKey,
}

/// The timeline's state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Timeline {
    /// The visible range; `None` fits all events.
    pub range: Option<DateRange>,
    /// Lanes in the order shown, top to bottom.
    pub lanes: Vec<Lane>,
    /// Time runs right to left, as an Arabic reader expects.
    pub rtl_axis: bool,
    /// Axis labels also show Hijri (Umm al-Qura) dates.
    pub hijri: bool,
    /// Only the articles the list's search, entity and tag filters keep are drawn.
    pub only_listed: bool,
    /// Background dates (a distant year, منذ…) are drawn too, not only reported ones.
    pub show_background: bool,
}

impl Default for Timeline {
    fn default() -> Self {
        Self {
            range: None,
            lanes: Vec::new(),
            rtl_axis: false,
            hijri: false,
            // What the app does before the analyst says otherwise, and so what a file
            // written before this setting was kept meant.
            only_listed: true,
            show_background: false,
        }
    }
}

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// Arabic (right-to-left layout).
    Ar,
}

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Interface settings that travel with the workspace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct View {
    /// Interface language.
    pub language: Language,
    /// Colour theme.
    pub theme: Theme,
    /// Article text size in points.
    pub font_size: f32,
    /// Panel sizes in points, by panel name (`sidebar`, `timeline`, …).
    pub panels: BTreeMap<String, f32>,
}

/// The article text size a fresh workspace starts with.
pub const DEFAULT_FONT_SIZE: f32 = 18.0;

impl Default for View {
    fn default() -> Self {
        Self {
            language: Language::default(),
            theme: Theme::default(),
            font_size: DEFAULT_FONT_SIZE,
            panels: BTreeMap::new(),
        }
    }
}
