//! The loaded folder: its articles, their entities, the files that failed and the
//! finished folder's event clusters.

use std::collections::HashMap;
use std::sync::Arc;

use marsad_core::corpus::{Correction, EntityId, Resolution};

use super::entities::{Entities, distinct_ids, reorder};
use crate::analysis::{ArticleAnalysis, Problem};
use crate::loader::ResolvedEntities;

/// One loaded article with the keys the list needs.
#[derive(Debug)]
pub struct ArticleEntry {
    pub analysis: Arc<ArticleAnalysis>,
    /// The folded text searches run on.
    pub folded: String,
    /// Entities mentioned (as shown: provisional while loading, then resolved
    /// and corrected), sorted and unique.
    pub entity_ids: Vec<EntityId>,
    /// Publication day as days since 1970-01-01 (`CivilDate::to_days`).
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
    /// Counts the times loaded articles were analysed again (a reference date or a
    /// reading direction changed), so what is built from their dates is built again.
    pub revision: u64,
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
        let day = analysis.published.map(|p| p.date().to_days());
        self.articles.push(ArticleEntry {
            analysis,
            folded,
            entity_ids,
            day,
        });
    }

    /// The index of the article at `path`.
    pub fn position_of(&self, path: &str) -> Option<usize> {
        self.articles
            .iter()
            .position(|entry| entry.analysis.path == path)
    }

    /// The loaded files' paths and content hashes.
    pub fn files(&self) -> std::collections::BTreeMap<String, String> {
        self.articles
            .iter()
            .map(|entry| {
                (
                    entry.analysis.path.clone(),
                    entry.analysis.content_hash.clone(),
                )
            })
            .collect()
    }

    /// Tells one loaded corpus from another: its size and its first article's allocation.
    pub fn stamp(&self) -> CorpusStamp {
        let first = self
            .articles
            .first()
            .map_or(0, |entry| Arc::as_ptr(&entry.analysis) as usize);
        (self.articles.len(), first)
    }

    /// Adds a streamed article's mentions to the provisional entity index.
    pub(crate) fn index_provisional(&mut self, analysis: &ArticleAnalysis) -> Vec<EntityId> {
        self.entities.add_provisional(analysis)
    }

    /// Takes the loaded folder's resolution; `positions` says where each of its
    /// articles is in this corpus.
    pub(crate) fn set_resolution(&mut self, resolution: Resolution, positions: &[Option<usize>]) {
        let len = self.articles.len();
        let same_order =
            positions.len() == len && positions.iter().enumerate().all(|(i, &p)| p == Some(i));
        let base = if same_order {
            resolution
        } else {
            reorder(resolution, positions, len)
        };
        let texts = texts(&self.articles);
        self.entities.set_base(base, &texts);
        self.refresh_article_entities();
    }

    /// Makes a correction (once the folder has loaded).
    pub fn correct(&mut self, correction: Correction) {
        let texts = texts(&self.articles);
        self.entities.push(correction, &texts);
        self.refresh_article_entities();
    }

    /// Takes back the last correction; returns it.
    pub fn undo(&mut self) -> Option<Correction> {
        let texts = texts(&self.articles);
        let undone = self.entities.undo(&texts);
        self.refresh_article_entities();
        undone
    }

    /// Makes the last undone correction again; returns it.
    pub fn redo(&mut self) -> Option<Correction> {
        let texts = texts(&self.articles);
        let redone = self.entities.redo(&texts);
        self.refresh_article_entities();
        redone
    }

    /// Replaces the corrections with a saved list (applied now, or when loading finishes).
    pub fn replace_corrections(&mut self, corrections: Vec<Correction>) {
        let texts = texts(&self.articles);
        self.entities.replace(corrections, &texts);
        self.refresh_article_entities();
    }

    /// Each article's entity ids from the entities shown.
    fn refresh_article_entities(&mut self) {
        for (i, article) in self.articles.iter_mut().enumerate() {
            article.entity_ids = distinct_ids(self.entities.mentions(i));
        }
    }
}

/// The articles' texts, in order (what `corpus::apply` matches added entities in).
fn texts(articles: &[ArticleEntry]) -> Vec<&str> {
    articles.iter().map(|a| a.analysis.text.as_str()).collect()
}

/// What [`Corpus::stamp`] returns.
pub type CorpusStamp = (usize, usize);

/// Where each article of `order` (paths) stands in `paths`; `None` for one not there.
pub fn positions_by_path(order: &[String], paths: &[&str]) -> Vec<Option<usize>> {
    let index: HashMap<&str, usize> = paths.iter().enumerate().map(|(i, &p)| (p, i)).collect();
    order
        .iter()
        .map(|p| index.get(p.as_str()).copied())
        .collect()
}
