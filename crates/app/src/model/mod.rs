//! The app's state, with no egui in it: the loaded corpus, the analyst's settings and
//! filters ([`Settings`]), and what is selected. Panels only read it; the app changes it
//! by applying [`crate::command::AppCommand`]s.

mod attributions;
mod corpus;
mod entities;
mod settings;

use std::path::PathBuf;

pub use self::attributions::{AttributionFixes, SourceKey};
pub use self::corpus::{ArticleEntry, Corpus, CorpusStamp, Edit, positions_by_path};
pub use self::entities::{Entities, follow_selection, reorder};
pub use self::settings::{
    DEFAULT_TEXT_SIZE, Filters, Settings, TEXT_SIZES, TimelineSettings, format_day, parse_day,
};

/// How the article list is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Date,
    Title,
}

/// Which bottom panel is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum BottomPanel {
    #[default]
    Timeline,
    Problems,
    Hidden,
}

/// Everything the app knows of the open folder and of how the analyst looks at it.
#[derive(Debug)]
pub struct Model {
    /// The loaded articles and entities.
    pub corpus: Corpus,
    /// What a workspace keeps: interface, filters, timeline, open article.
    pub settings: Settings,
    /// Counts the times the settings were replaced from a workspace, so the panels
    /// know to put the saved panel sizes and timeline range back.
    pub settings_restored: u64,
    /// The open article (index into `corpus.articles`).
    pub selected_article: Option<usize>,
    /// The open folder.
    pub folder: Option<PathBuf>,
    /// True while the folder loads in the background.
    pub loading: bool,
    /// A message for the status bar (errors, a missing dialog, a save).
    pub message: Option<String>,
    pub sort: SortKey,
    pub sort_descending: bool,
    pub bottom: BottomPanel,
    /// Show bidi control characters in the article text.
    pub show_controls: bool,
    /// The sidebar's filter text, as typed.
    pub entity_filter: String,
    /// The sidebar lists only the entities the recognizer doubted
    /// (see [`crate::derived::sidebar::LIKELY_WRONG_BELOW`]).
    pub likely_wrong: bool,
    /// The source the list is filtered by and the Sources view details.
    pub source: Option<SourceKey>,
}

impl Default for Model {
    fn default() -> Self {
        Self {
            corpus: Corpus::default(),
            settings: Settings::default(),
            settings_restored: 0,
            selected_article: None,
            folder: None,
            loading: false,
            message: None,
            sort: SortKey::Date,
            sort_descending: true,
            bottom: BottomPanel::Timeline,
            show_controls: false,
            entity_filter: String::new(),
            likely_wrong: false,
            source: None,
        }
    }
}

impl Model {
    /// Forgets the loaded folder for `folder`, keeping the analyst's preferences.
    pub fn reset_for(&mut self, folder: PathBuf) {
        *self = Self {
            settings: self.settings.for_new_folder(),
            settings_restored: self.settings_restored,
            folder: Some(folder),
            sort: self.sort,
            sort_descending: self.sort_descending,
            bottom: self.bottom,
            show_controls: self.show_controls,
            ..Self::default()
        };
    }

    /// Opens an article in the view (`None` closes it).
    pub fn select_article(&mut self, article: Option<usize>) {
        self.selected_article = article.filter(|&a| a < self.corpus.articles.len());
        self.settings.selected_article = self
            .selected_article
            .and_then(|a| self.corpus.articles.get(a))
            .map(|entry| entry.analysis.path.clone());
    }

    /// The article `delta` rows from the open one in `visible` (the list's order); the
    /// first one when none is open.
    pub fn article_after(&self, visible: &[usize], delta: isize) -> Option<usize> {
        if visible.is_empty() {
            return None;
        }
        let position = self
            .selected_article
            .and_then(|a| visible.iter().position(|&v| v == a));
        let next = match position {
            Some(p) => p.saturating_add_signed(delta).min(visible.len() - 1),
            None => 0,
        };
        visible.get(next).copied()
    }

    /// Clears the search, the entity filter and the date range.
    pub fn clear_filters(&mut self) {
        let filters = &mut self.settings.filters;
        filters.date_range = None;
        filters.search.clear();
        filters.entity = None;
        self.entity_filter.clear();
        self.source = None;
    }

    /// The selected entity, if it is shown.
    pub fn selected_entity(&self) -> Option<&marsad_core::corpus::Entity> {
        let id = self.settings.filters.entity.as_ref()?;
        self.corpus.entities.get(id)
    }
}
