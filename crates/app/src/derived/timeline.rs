//! The timeline's model for what the list shows: built from the whole folder once per
//! corpus, lane or correction change, then cut down to the listed articles.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;
use std::time::{Duration, Instant};

use marsad_core::corpus::EntityId;

use super::memo::Memo;
use super::timeline_model::{ArticleInput, LaneSpec, Source, TimelineModel};
use crate::analysis::{EntityType, Mention};
use crate::model::{Corpus, Model};

/// How often the model is rebuilt while a folder is still loading.
const REBUILD_WHILE_LOADING: Duration = Duration::from_millis(500);

/// What the shown model was built from: the whole folder's model's key, the
/// fingerprint of the listed articles when the timeline follows the list, and whether
/// background events are shown.
type ModelKey = (FullKey, Option<u64>, bool);

/// What the whole folder's model was built from: article count, whether the folder had
/// finished loading (then events are clustered), the lanes, the entities' generation
/// (corrections move mentions between entities) and the corpus's analyses' revision
/// (a reference date or reading direction re-analyses articles).
type FullKey = (usize, bool, LaneSpec, u64, u64);

/// What the model holds, for the summary line: events, publication dates, lanes with items.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// Events (clusters of events across articles) on the timeline.
    pub events: usize,
    /// Articles with a publication date on the timeline.
    pub published: usize,
    /// Lanes holding at least one item.
    pub lanes: usize,
    /// Events of the listed articles dated only as background (منذ عام 1948), shown or not.
    pub background: usize,
}

/// The list's articles as the timeline follows them.
#[derive(Clone, Copy, Debug)]
pub struct ListedArticles<'a> {
    /// Articles the list's filters keep, date range aside.
    pub articles: &'a [usize],
    /// Changes whenever the list is recomputed.
    pub generation: u64,
}

/// The timeline's models and what they were built from.
#[derive(Debug, Default)]
pub struct TimelineMemo {
    shown: Memo<ModelKey, Arc<TimelineModel>>,
    /// The model of the whole folder, which the shown model is filtered from.
    full: Memo<FullKey, TimelineModel>,
    summary: Summary,
    /// The list generation last fingerprinted, and its fingerprint.
    listed_print: Option<(u64, u64)>,
    built_at: Option<Instant>,
}

impl TimelineMemo {
    /// The model the panel shows.
    pub fn model(&self) -> &Arc<TimelineModel> {
        &self.shown.value
    }

    /// How many times the model was built: it must not be every frame.
    pub fn builds(&self) -> u64 {
        self.shown.computations()
    }

    /// What the model holds: events, publication dates and lanes with items.
    pub fn summary(&self) -> Summary {
        self.summary
    }

    /// Rebuilds the model when the corpus, the lanes or the list changed; while the
    /// folder loads (`complete` false), at most every [`REBUILD_WHILE_LOADING`]: then
    /// it returns how long to wait before asking again.
    pub fn refresh(
        &mut self,
        model: &Model,
        listed: ListedArticles<'_>,
        complete: bool,
    ) -> Option<Duration> {
        let corpus = &model.corpus;
        let settings = &model.settings;
        let selected = settings
            .filters
            .entity
            .as_ref()
            .and_then(|id| corpus.entities.list().iter().position(|e| &e.id == id));
        let spec = match (settings.timeline.lanes_per_entity, selected) {
            (true, Some(entity)) => LaneSpec::Entities(vec![entity]),
            _ => LaneSpec::ByType,
        };
        let print = settings
            .timeline
            .only_listed
            .then(|| self.listed_fingerprint(listed));
        let generation = corpus.entities.generation();
        let full_key = (
            corpus.articles.len(),
            complete,
            spec,
            generation,
            corpus.revision,
        );
        let background = settings.timeline.show_background;
        let key = (full_key.clone(), print, background);
        if self.shown.is_for(&key) {
            return None;
        }
        if !complete
            && let Some(built) = self.built_at
            && built.elapsed() < REBUILD_WHILE_LOADING
        {
            return Some(REBUILD_WHILE_LOADING);
        }
        let spec = full_key.2.clone();
        let full = self
            .full
            .get(full_key, || build_full(corpus, &spec, complete));
        let keep = print.map(|_| {
            let mut keep = vec![false; corpus.articles.len()];
            for &index in listed.articles {
                if let Some(flag) = keep.get_mut(index) {
                    *flag = true;
                }
            }
            keep
        });
        let shown = self.shown.get(key, || {
            // Filtering the whole folder's model keeps one cluster per report and costs no sort.
            Arc::new(if keep.is_some() || !background {
                full.filtered(keep.as_deref(), background)
            } else {
                full.clone()
            })
        });
        self.summary = Summary {
            background: background_events(full, keep.as_deref()),
            ..summarize(shown)
        };
        self.built_at = Some(Instant::now());
        None
    }

    /// A hash of the listed articles, computed again only when the list was recomputed
    /// (a new sort order, say, recomputes the list but leaves the set as it was).
    fn listed_fingerprint(&mut self, listed: ListedArticles<'_>) -> u64 {
        if let Some((seen, print)) = self.listed_print
            && seen == listed.generation
        {
            return print;
        }
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        listed.articles.hash(&mut hasher);
        let print = hasher.finish();
        self.listed_print = Some((listed.generation, print));
        print
    }
}

/// The model of the whole folder: clustered once it has loaded (with the loader's
/// clusters when it has them), single events while it loads.
fn build_full(corpus: &Corpus, spec: &LaneSpec, complete: bool) -> TimelineModel {
    let inputs: Vec<ArticleInput<'_>> = corpus
        .articles
        .iter()
        .map(|a| ArticleInput {
            day: a.day,
            events: &a.analysis.events,
        })
        .collect();
    let entity_by_text = entity_positions(corpus, spec);
    let entity_of = |m: &Mention| {
        entity_by_text
            .get(&(m.entity_type, m.text.as_str()))
            .copied()
    };
    match (&corpus.event_clusters, complete) {
        (Some(clusters), true) => {
            TimelineModel::build_with_clusters(&inputs, spec, &entity_of, clusters.clone())
        }
        _ => TimelineModel::build(&inputs, spec, &entity_of, complete),
    }
}

/// What a model holds, counted once per build.
fn summarize(model: &TimelineModel) -> Summary {
    let mut clusters = vec![false; model.clusters.len()];
    let mut lanes = vec![false; model.lanes.len()];
    let mut published = 0;
    for item in &model.items {
        if let Some(lane) = lanes.get_mut(item.lane) {
            *lane = true;
        }
        match item.source {
            Source::Published(_) => published += 1,
            Source::Event(c) => {
                if let Some(seen) = clusters.get_mut(c) {
                    *seen = true;
                }
            }
        }
    }
    Summary {
        events: clusters.iter().filter(|&&c| c).count(),
        published,
        lanes: lanes.iter().filter(|&&l| l).count(),
        background: 0,
    }
}

/// How many background events the articles `keep` marks (all: `None`) report.
fn background_events(model: &TimelineModel, keep: Option<&[bool]>) -> usize {
    let mut counted = vec![false; model.clusters.len()];
    for item in model.items.iter().filter(|i| i.background) {
        let Source::Event(c) = item.source else {
            continue;
        };
        let listed = model.clusters.get(c).is_some_and(|members| {
            members
                .iter()
                .any(|&(a, _)| keep.is_none_or(|k| k.get(a).copied().unwrap_or(false)))
        });
        if let Some(seen) = counted.get_mut(c) {
            *seen |= listed;
        }
    }
    counted.iter().filter(|&&c| c).count()
}

/// For lanes per entity, each participant's entity (its place in the sidebar's list).
/// Mentions written alike resolve alike, so text and type find it.
fn entity_positions<'a>(
    corpus: &'a Corpus,
    spec: &LaneSpec,
) -> HashMap<(EntityType, &'a str), usize> {
    let mut by_text = HashMap::new();
    if !matches!(spec, LaneSpec::Entities(_)) {
        return by_text;
    }
    let position: HashMap<&EntityId, usize> = corpus
        .entities
        .list()
        .iter()
        .enumerate()
        .map(|(i, e)| (&e.id, i))
        .collect();
    for article in 0..corpus.articles.len() {
        for resolved in corpus.entities.mentions(article) {
            if let Some(&index) = position.get(&resolved.entity) {
                let mention = &resolved.mention;
                by_text
                    .entry((mention.entity_type, mention.text.as_str()))
                    .or_insert(index);
            }
        }
    }
    by_text
}
