//! The article list: the articles the search, entity, tag and date filters keep, in
//! the chosen order.

use std::collections::{BTreeMap, BTreeSet};

use marsad_core::corpus::EntityId;

use super::source_names::article_has_source;
use crate::model::{ArticleEntry, Corpus, Model, SortKey, SourceKey};
use crate::search::{Query, fold_key};

/// What the list shows.
#[derive(Debug, Default)]
pub struct Listed {
    /// Article indices shown in the list, filtered and sorted.
    pub visible: Vec<usize>,
    /// Articles the other filters keep, ignoring the date range, in corpus order: what
    /// the timeline draws when it follows the list (a range must not thin the timeline
    /// it is dragged on, or it could never be widened).
    pub listed: Vec<usize>,
    /// The query the list was computed for (the article view marks its hits).
    pub query: Query,
}

/// What the list was computed for: query, entity, order, article count, date range,
/// the entities' generation (corrections change who is mentioned where), the tag
/// filter and, while there is one, the edit count (tags come and go with edits), and
/// the source with the generation of the fixes to attributions.
#[derive(Clone, Debug, PartialEq)]
pub struct ListKey {
    query: Query,
    entity: Option<EntityId>,
    sort: (SortKey, bool),
    articles: usize,
    date_range: Option<(i64, i64)>,
    entities: u64,
    tags: BTreeSet<String>,
    tag_edits: Option<u64>,
    source: Option<(SourceKey, u64)>,
}

impl ListKey {
    /// The key of the list `model` asks for; `edits` counts the analyst's edits.
    pub fn of(model: &Model, edits: u64) -> Self {
        let filters = &model.settings.filters;
        Self {
            query: Query::parse(&filters.search),
            entity: filters.entity.clone(),
            sort: (model.sort, model.sort_descending),
            articles: model.corpus.articles.len(),
            date_range: filters.date_range,
            entities: model.corpus.entities.generation(),
            tags: filters.tags.clone(),
            tag_edits: (!filters.tags.is_empty()).then_some(edits),
            source: model
                .source
                .clone()
                .map(|s| (s, model.corpus.attributions.generation())),
        }
    }
}

/// The list for `key` over `model`; `tagged` are the workspace's tags on articles.
pub fn compute(
    key: &ListKey,
    model: &Model,
    tagged: &BTreeMap<String, BTreeSet<String>>,
) -> Listed {
    let articles = &model.corpus.articles;
    let keep = |(i, entry): &(usize, &ArticleEntry)| {
        key.entity
            .as_ref()
            .is_none_or(|e| entry.entity_ids.binary_search(e).is_ok())
            && (key.query.is_empty() || key.query.matches_folded(&entry.folded))
            && (key.tags.is_empty()
                || tagged
                    .get(&entry.analysis.path)
                    .is_some_and(|tags| !tags.is_disjoint(&key.tags)))
            && key
                .source
                .as_ref()
                .is_none_or(|(source, _)| article_has_source(&model.corpus, *i, source))
    };
    let listed: Vec<usize> = articles
        .iter()
        .enumerate()
        .filter(keep)
        .map(|(i, _)| i)
        .collect();
    let mut visible: Vec<usize> = listed
        .iter()
        .copied()
        .filter(|&i| key.date_range.is_none_or(|r| dated_within(&articles[i], r)))
        .collect();
    sort(&mut visible, &model.corpus, key.sort);
    Listed {
        visible,
        listed,
        query: key.query.clone(),
    }
}

fn sort(visible: &mut [usize], corpus: &Corpus, (key, descending): (SortKey, bool)) {
    let articles = &corpus.articles;
    match key {
        SortKey::Date => visible.sort_by_key(|&i| (articles[i].analysis.published, i)),
        SortKey::Title => visible.sort_by(|&a, &b| {
            fold_key(&articles[a].analysis.title).cmp(&fold_key(&articles[b].analysis.title))
        }),
    }
    if descending {
        visible.reverse();
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
