//! The view model: loaded articles, their entities and what the analyst is looking at.

use std::collections::HashMap;
use std::sync::Arc;

use marsad_core::corpus::EntityId;

use crate::analysis::{ArticleAnalysis, Problem, PublishedDate};
use crate::entities::Entities;
use crate::i18n::Language;
use crate::loader::ResolvedEntities;
use crate::search::{Query, fold_key};

/// One loaded article with the keys the list needs.
#[derive(Debug)]
pub struct ArticleEntry {
    pub analysis: Arc<ArticleAnalysis>,
    /// The folded text searches run on.
    pub folded: String,
    /// Entities mentioned (as shown: provisional while loading, then resolved
    /// and corrected), sorted and unique.
    pub entity_ids: Vec<EntityId>,
    /// Publication day as days since 1970-01-01.
    pub day: Option<i64>,
}

/// Everything loaded from the current folder.
#[derive(Debug, Default)]
pub struct Corpus {
    pub articles: Vec<ArticleEntry>,
    /// The entities shown and the analyst's corrections (see [`Entities`]).
    pub entities: Entities,
    pub problems: Vec<Problem>,
    /// The finished folder's event clusters, (article index, event index) in this
    /// corpus's order; `None` while loading.
    pub event_clusters: Option<Vec<Vec<(usize, usize)>>>,
}

impl Corpus {
    /// Takes the finished folder's resolution and event clusters, both given in the
    /// loader's order of articles, into this corpus's order.
    pub fn set_resolved(&mut self, entities: ResolvedEntities) {
        let paths: Vec<&str> = self
            .articles
            .iter()
            .map(|a| a.analysis.path.as_str())
            .collect();
        let positions = positions_by_path(&entities.order, &paths);
        self.set_event_clusters(entities.event_clusters, &positions);
        self.set_resolution(entities.resolution, &positions);
    }

    /// Takes the loader's event clusters into this corpus's order; `positions` says
    /// where each of the loader's articles is here.
    fn set_event_clusters(
        &mut self,
        clusters: Vec<Vec<(usize, usize)>>,
        positions: &[Option<usize>],
    ) {
        let clusters = clusters
            .into_iter()
            .map(|members| {
                let mut members: Vec<(usize, usize)> = members
                    .into_iter()
                    .filter_map(|(a, e)| Some((positions.get(a).copied().flatten()?, e)))
                    .collect();
                members.sort_unstable();
                members
            })
            .filter(|members| !members.is_empty())
            .collect();
        self.event_clusters = Some(clusters);
    }

    /// Adds an analysed article, updating the provisional entity index.
    pub fn add_article(&mut self, analysis: Arc<ArticleAnalysis>, folded: String) {
        let entity_ids = self.index_provisional(&analysis);
        let day = analysis.published.map(days_from_date);
        self.articles.push(ArticleEntry {
            analysis,
            folded,
            entity_ids,
            day,
        });
    }
}

/// Where each article of `order` (paths) stands in `paths`; `None` for one not there.
pub fn positions_by_path(order: &[String], paths: &[&str]) -> Vec<Option<usize>> {
    let index: HashMap<&str, usize> = paths.iter().enumerate().map(|(i, &p)| (p, i)).collect();
    order
        .iter()
        .map(|p| index.get(p.as_str()).copied())
        .collect()
}

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

/// What the analyst is looking at and how.
#[derive(Debug)]
pub struct ViewState {
    pub language: Language,
    pub dark: bool,
    /// Article text size in points.
    pub text_size: f32,
    pub show_controls: bool,
    pub timeline_rtl: bool,
    pub bottom: BottomPanel,
    pub selected_article: Option<usize>,
    /// The entity the list is filtered by and the article view marks.
    pub selected_entity: Option<EntityId>,
    /// Show entities the analyst hid (dimmed) in the sidebar.
    pub show_hidden: bool,
    pub search_text: String,
    pub entity_filter_text: String,
    pub sort: SortKey,
    pub sort_descending: bool,
    /// Set when the article view should scroll back to the top.
    pub scroll_article_to_top: bool,
    /// Set when the list should scroll the selected row into view.
    pub scroll_list_to_selected: bool,
    /// The sidebar's sorted rows and folded groups.
    pub sidebar: crate::ui::sidebar::SidebarCache,
    /// The entity dialogs and the corrections asked for this frame.
    pub entity_ui: crate::ui::entity_menu::EntityUi,
    /// The selected entity's detail pane, computed when the selection or the entities change.
    pub entity_detail: crate::ui::entity_detail::DetailCache,
    /// Article indices shown in the list, filtered and sorted.
    pub visible: Vec<usize>,
    /// The query `visible` was computed for.
    pub query: Query,
    /// Only articles published or with an event in these days (since 1970, inclusive).
    pub date_range: Option<(i64, i64)>,
    /// Articles the list's other filters keep, ignoring `date_range`, in corpus order:
    /// what the timeline draws when it follows the list (a range must not thin the
    /// timeline it is dragged on, or it could never be widened).
    pub listed: Vec<usize>,
    /// Counts the recomputations of `visible` and `listed`, so readers know when to look.
    pub listed_generation: u64,
    /// The timeline's settings, model and last frame.
    pub timeline: crate::ui::timeline::TimelineState,
    /// A span the article view should scroll to and flash.
    pub reveal: Option<crate::ui::article_view::Reveal>,
    /// Sizes of the resizable panels as the last frame drew them, by panel id.
    pub panel_sizes: std::collections::BTreeMap<String, f32>,
    /// Panel sizes to put back before the next frame (from a workspace).
    pub restore_panels: Option<std::collections::BTreeMap<String, f32>>,
    /// Sizes the analyst gave panels by dragging their splitters since the workspace
    /// was applied: only these are saved, so a panel the window or its content squeezed
    /// is no edit.
    pub resized_panels: std::collections::BTreeMap<String, f32>,
    visible_for: Option<VisibleKey>,
}

/// What the visible list was computed for: query, entity, order, article count,
/// date range and the entities' generation (corrections change who is mentioned where).
type VisibleKey = (
    Query,
    Option<EntityId>,
    SortKey,
    bool,
    usize,
    Option<(i64, i64)>,
    u64,
);

impl Default for ViewState {
    fn default() -> Self {
        Self {
            language: Language::English,
            dark: false,
            text_size: DEFAULT_TEXT_SIZE,
            show_controls: false,
            timeline_rtl: false,
            bottom: BottomPanel::Timeline,
            selected_article: None,
            selected_entity: None,
            show_hidden: false,
            search_text: String::new(),
            entity_filter_text: String::new(),
            sort: SortKey::Date,
            sort_descending: true,
            scroll_article_to_top: false,
            scroll_list_to_selected: false,
            sidebar: crate::ui::sidebar::SidebarCache::default(),
            entity_ui: crate::ui::entity_menu::EntityUi::default(),
            entity_detail: crate::ui::entity_detail::DetailCache::default(),
            visible: Vec::new(),
            query: Query::default(),
            date_range: None,
            listed: Vec::new(),
            listed_generation: 0,
            timeline: crate::ui::timeline::TimelineState::default(),
            reveal: None,
            panel_sizes: std::collections::BTreeMap::new(),
            restore_panels: None,
            resized_panels: std::collections::BTreeMap::new(),
            visible_for: None,
        }
    }
}

/// The article text size before any zoom.
pub const DEFAULT_TEXT_SIZE: f32 = 18.0;

impl ViewState {
    /// A view for a newly opened folder that keeps the analyst's preferences.
    #[must_use]
    pub fn fresh(&self) -> Self {
        Self {
            language: self.language,
            dark: self.dark,
            text_size: self.text_size,
            show_controls: self.show_controls,
            timeline_rtl: self.timeline_rtl,
            bottom: self.bottom,
            timeline: self.timeline.fresh(),
            show_hidden: self.show_hidden,
            ..Self::default()
        }
    }

    /// Recomputes the visible list when the query, filter, order or corpus changed.
    pub fn refresh_visible(&mut self, corpus: &Corpus) {
        let query = Query::parse(&self.search_text);
        let key = (
            query.clone(),
            self.selected_entity.clone(),
            self.sort,
            self.sort_descending,
            corpus.articles.len(),
            self.date_range,
            corpus.entities.generation(),
        );
        if self.visible_for.as_ref() == Some(&key) {
            return;
        }
        let articles = &corpus.articles;
        let listed: Vec<usize> = articles
            .iter()
            .enumerate()
            .filter(|(_, a)| {
                self.selected_entity
                    .as_ref()
                    .is_none_or(|e| a.entity_ids.binary_search(e).is_ok())
            })
            .filter(|(_, a)| query.is_empty() || query.matches_folded(&a.folded))
            .map(|(i, _)| i)
            .collect();
        let mut visible: Vec<usize> = listed
            .iter()
            .copied()
            .filter(|&i| {
                self.date_range
                    .is_none_or(|r| dated_within(&articles[i], r))
            })
            .collect();
        match self.sort {
            SortKey::Date => visible.sort_by_key(|&i| (articles[i].analysis.published, i)),
            SortKey::Title => visible.sort_by(|&a, &b| {
                fold_key(&articles[a].analysis.title).cmp(&fold_key(&articles[b].analysis.title))
            }),
        }
        if self.sort_descending {
            visible.reverse();
        }
        self.visible = visible;
        self.listed = listed;
        self.listed_generation = self.listed_generation.wrapping_add(1);
        self.query = query;
        self.visible_for = Some(key);
    }

    /// Forgets the computed list so the next refresh rebuilds it.
    pub fn invalidate(&mut self) {
        self.visible_for = None;
    }

    /// Moves the selection `delta` rows through the visible list.
    pub fn move_selection(&mut self, delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let position = self
            .selected_article
            .and_then(|a| self.visible.iter().position(|&v| v == a));
        let next = match position {
            Some(p) => p.saturating_add_signed(delta).min(self.visible.len() - 1),
            None => 0,
        };
        self.select_article(self.visible.get(next).copied());
        self.scroll_list_to_selected = true;
    }

    /// Opens an article in the view.
    pub fn select_article(&mut self, article: Option<usize>) {
        if article != self.selected_article {
            self.selected_article = article;
            self.scroll_article_to_top = true;
        }
    }

    /// Steps the article text size up (`1`), down (`-1`) or back to normal (`0`).
    pub fn zoom(&mut self, step: i32) {
        self.text_size = match step {
            0 => DEFAULT_TEXT_SIZE,
            s if s > 0 => (self.text_size + 2.0).min(48.0),
            _ => (self.text_size - 2.0).max(10.0),
        };
    }

    /// Clears the search, the entity filter and the date range.
    pub fn clear_filters(&mut self) {
        self.date_range = None;
        self.search_text.clear();
        self.entity_filter_text.clear();
        self.selected_entity = None;
    }
}

/// True when the article was published in `from..=to` or has an event that overlaps it.
fn dated_within(article: &ArticleEntry, (from, to): (i64, i64)) -> bool {
    article.day.is_some_and(|d| from <= d && d <= to)
        || article
            .analysis
            .events
            .iter()
            .any(|e| e.first_day.to_days() <= to && e.last_day.to_days() >= from)
}

/// Days since 1970-01-01 of a publication date (proleptic Gregorian).
pub fn days_from_date(date: PublishedDate) -> i64 {
    days_from_civil(
        i64::from(date.year),
        i64::from(date.month),
        i64::from(date.day),
    )
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
pub fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date (year, month, day) of a day count since 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `YYYY-MM-DD` for a day count since 1970-01-01.
pub fn format_day(days: i64) -> String {
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}")
}

/// [`format_day`] for the screen. With the Arabic interface the digits come from
/// the Arabic font, so the hyphens become non-breaking hyphens, which it has too:
/// one font keeps one baseline.
pub fn display_day(days: i64, language: Language) -> String {
    let text = format_day(days);
    if language.is_rtl() {
        text.replace('-', "\u{2011}")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_counts_round_trip_through_civil_dates() {
        for (y, m, d, days) in [
            (1970, 1, 1, 0),
            (2021, 5, 21, 18_768),
            (2000, 2, 29, 11_016),
            (1969, 12, 31, -1),
        ] {
            assert_eq!(days_from_civil(y, m, d), days);
            assert_eq!(civil_from_days(days), (y, m, d));
        }
        assert_eq!(format_day(18_768), "2021-05-21");
    }
}
