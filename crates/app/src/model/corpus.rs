//! The loaded folder: its articles, their entities, the files that failed, the
//! finished folder's event clusters and the analyst's fixes to attributions, with one
//! undo history over entity corrections and attribution fixes.

use std::collections::HashMap;
use std::sync::Arc;

use marsad_core::corpus::{Correction, EntityId, Resolution};
use marsad_storage::AttributionCorrection;

use super::attributions::AttributionFixes;
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
    /// The analyst's fixes to attributions.
    pub attributions: AttributionFixes,
    /// Which kind of edit each undo and redo step is.
    journal: Journal,
}

/// One edit taken back or made again.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Entity(Correction),
    Attribution(AttributionCorrection),
}

/// The kinds of the edits made and undone, in order, so that one undo history runs over
/// entity corrections and attribution fixes, which are kept apart.
#[derive(Debug, Default)]
struct Journal {
    done: Vec<EditKind>,
    undone: Vec<EditKind>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EditKind {
    Entity,
    Attribution,
}

impl Journal {
    fn push(&mut self, kind: EditKind) {
        self.done.push(kind);
        self.undone.clear();
    }
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
        self.journal.push(EditKind::Entity);
    }

    /// Makes a fix to an attribution.
    pub fn correct_attribution(&mut self, fix: AttributionCorrection) {
        self.attributions.push(fix);
        self.journal.push(EditKind::Attribution);
    }

    /// True when there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        self.entities.can_undo() || self.attributions.can_undo()
    }

    /// True when there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        self.entities.can_redo() || self.attributions.can_redo()
    }

    /// Takes back the last edit, a correction or a fix; returns it.
    pub fn undo(&mut self) -> Option<Edit> {
        let fallback = if self.entities.can_undo() {
            EditKind::Entity
        } else {
            EditKind::Attribution
        };
        let kind = self.journal.done.last().copied().unwrap_or(fallback);
        let edit = match kind {
            EditKind::Entity => {
                let texts = texts(&self.articles);
                let undone = self.entities.undo(&texts);
                self.refresh_article_entities();
                undone.map(Edit::Entity)
            }
            EditKind::Attribution => self.attributions.undo().map(Edit::Attribution),
        };
        if edit.is_some()
            && let Some(kind) = self.journal.done.pop()
        {
            self.journal.undone.push(kind);
        }
        edit
    }

    /// Makes the last undone edit again; returns it.
    pub fn redo(&mut self) -> Option<Edit> {
        let fallback = if self.entities.can_redo() {
            EditKind::Entity
        } else {
            EditKind::Attribution
        };
        let kind = self.journal.undone.last().copied().unwrap_or(fallback);
        let edit = match kind {
            EditKind::Entity => {
                let texts = texts(&self.articles);
                let redone = self.entities.redo(&texts);
                self.refresh_article_entities();
                redone.map(Edit::Entity)
            }
            EditKind::Attribution => self.attributions.redo().map(Edit::Attribution),
        };
        if edit.is_some()
            && let Some(kind) = self.journal.undone.pop()
        {
            self.journal.done.push(kind);
        }
        edit
    }

    /// Replaces the corrections with a saved list (applied now, or when loading finishes).
    pub fn replace_corrections(&mut self, corrections: Vec<Correction>) {
        let texts = texts(&self.articles);
        self.entities.replace(corrections, &texts);
        self.refresh_article_entities();
        self.journal = Journal::default();
    }

    /// Replaces the fixes to attributions with a saved list; undo stops at it.
    pub fn replace_attribution_fixes(&mut self, fixes: Vec<AttributionCorrection>) {
        self.attributions.replace(fixes);
        self.journal = Journal::default();
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
