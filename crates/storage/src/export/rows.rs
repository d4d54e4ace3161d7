//! The rows of each export, built from an analysed corpus and its workspace: the one
//! place the app and the command line build them, so both write the same bytes for the
//! same workspace.
//!
//! What the rows say, as an analyst reads them:
//! - articles are taken in path order, whatever order they were analysed in;
//! - entities are the resolution's (corrections applied), most mentioned first;
//! - a mention's type and name are its entity's after the analyst's corrections (a
//!   mention of an entity retyped from place to organization exports as `ORG`): the
//!   export says what the analyst now holds true, like the sidebar;
//! - events are one row per reported event: reports of the same event across
//!   articles are one cluster (as the timeline draws them), with every reporting
//!   article listed and the first report's sentence; its id is the first report's.

use std::collections::HashMap;
use std::path::Path;

use marsad_core::Span;
use marsad_core::corpus::{Entity, EntityId, Resolution};
use marsad_core::events;
use marsad_core::pipeline::ArticleAnalysis;

use super::{AttributionRow, EntityRow, EventRow, MentionRow, event_id, export_to_file};
use crate::error::Error;
use crate::model::Workspace;

/// What an export is built from.
#[derive(Clone, Debug)]
pub struct ExportSource<'a> {
    /// The analysed articles, in any order.
    pub articles: Vec<&'a ArticleAnalysis>,
    /// The resolution with the analyst's corrections applied; `resolution.articles[i]`
    /// and `resolution.sentences[i]` belong to `articles[i]`.
    pub resolution: &'a Resolution,
    /// The workspace, for the analyst's tags and notes.
    pub workspace: &'a Workspace,
}

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The resolved entities.
    Entities,
    /// Every entity mention.
    Mentions,
    /// Every reported event.
    Events,
    /// Who said what, citing whom, with the analyst's fixes.
    Attributions,
    /// The HTML report of every article (`super::write_report`).
    Report,
}

impl ExportKind {
    /// The file name an export of this kind is offered under, without its extension.
    pub fn stem(self) -> &'static str {
        match self {
            Self::Entities => "entities",
            Self::Mentions => "mentions",
            Self::Events => "events",
            Self::Attributions => "attributions",
            Self::Report => "report",
        }
    }
}

impl ExportSource<'_> {
    /// Article positions, in path order.
    pub(super) fn by_path(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.articles.len()).collect();
        order.sort_by(|&a, &b| self.articles[a].path.cmp(&self.articles[b].path));
        order
    }
}

/// Writes the rows of `kind` to `path` (CSV or JSON by its extension); returns the row
/// count (for a report, the article count).
pub fn export(kind: ExportKind, path: &Path, source: &ExportSource<'_>) -> Result<usize, Error> {
    match kind {
        ExportKind::Entities => {
            let rows = entity_rows(source);
            export_to_file(path, &rows).map(|()| rows.len())
        }
        ExportKind::Mentions => {
            let rows = mention_rows(source);
            export_to_file(path, &rows).map(|()| rows.len())
        }
        ExportKind::Events => {
            let rows = event_rows(source);
            export_to_file(path, &rows).map(|()| rows.len())
        }
        ExportKind::Attributions => {
            let rows = attribution_rows(source);
            export_to_file(path, &rows).map(|()| rows.len())
        }
        ExportKind::Report => super::write_report(path, source, &super::ReportOptions::default()),
    }
}

/// One row per attribution, articles in path order, with the analyst's fixes replayed
/// and each source linked to its (corrected) entity.
pub fn attribution_rows(source: &ExportSource<'_>) -> Vec<AttributionRow> {
    let mut rows = Vec::new();
    for index in source.by_path() {
        let article = source.articles[index];
        let corrections = source.workspace.attribution_corrections_of(&article.path);
        let fixed =
            marsad_core::attribution::apply_corrections(&article.attributions, &corrections);
        for attribution in &fixed {
            let entity = attribution
                .mention
                .and_then(|m| source.resolution.mention_entity(index, m))
                .map(|id| id.0.clone());
            rows.push(AttributionRow::new(
                &article.path,
                &article.text,
                attribution,
                entity,
            ));
        }
    }
    rows
}

/// One row per resolved entity, with the analyst's tags and note.
pub fn entity_rows(source: &ExportSource<'_>) -> Vec<EntityRow> {
    source
        .resolution
        .entities
        .iter()
        .map(|entity| EntityRow::from_entity(entity, source.workspace))
        .collect()
}

/// One row per mention, articles in path order, mentions in text order.
pub fn mention_rows(source: &ExportSource<'_>) -> Vec<MentionRow> {
    let resolution = source.resolution;
    let by_id: HashMap<&EntityId, &Entity> =
        resolution.entities.iter().map(|e| (&e.id, e)).collect();
    let mut rows = Vec::new();
    for index in source.by_path() {
        let article = source.articles[index];
        let sentences = resolution
            .sentences
            .get(index)
            .map_or(&[][..], Vec::as_slice);
        for resolved in resolution.articles.get(index).into_iter().flatten() {
            let span = resolved.mention.span;
            let entity = by_id.get(&resolved.entity);
            rows.push(MentionRow {
                entity_id: resolved.entity.as_str().to_owned(),
                entity: entity.map_or_else(|| resolved.surface.clone(), |e| e.name.clone()),
                entity_type: entity.map_or(resolved.mention.entity_type, |e| e.entity_type),
                article: article.path.clone(),
                start: span.start,
                end: span.end,
                text: resolved.mention.text.clone(),
                sentence: sentence_of(&article.text, sentences, span),
            });
        }
    }
    rows
}

/// The text of the sentence holding `span` (empty when none does).
fn sentence_of(text: &str, sentences: &[Span], span: Span) -> String {
    sentences
        .iter()
        .find(|sentence| sentence.contains(span))
        .and_then(|sentence| sentence.slice(text))
        .unwrap_or_default()
        .to_owned()
}

/// One row per event cluster (reports of the same event across articles), articles in
/// path order.
pub fn event_rows(source: &ExportSource<'_>) -> Vec<EventRow> {
    let articles: Vec<&ArticleAnalysis> = source
        .by_path()
        .into_iter()
        .map(|index| source.articles[index])
        .collect();
    let per_article: Vec<&[events::Event]> = articles.iter().map(|a| a.events.as_slice()).collect();
    events::cluster(&per_article)
        .into_iter()
        .filter_map(|cluster| {
            let &(first_article, first_event) = cluster.members.first()?;
            let article = articles.get(first_article)?;
            let event = article.events.get(first_event)?;
            let mut row = EventRow {
                id: event_id(&article.path, event.sentence.start),
                date: cluster.date,
                grain: cluster.grain.as_str().to_owned(),
                label: cluster.label,
                participants: cluster.entities,
                articles: cluster
                    .articles
                    .iter()
                    .filter_map(|&index| articles.get(index).map(|a| a.path.clone()))
                    .collect(),
                sentence: event
                    .sentence
                    .slice(&article.text)
                    .unwrap_or_default()
                    .to_owned(),
                tags: Vec::new(),
                note: String::new(),
            };
            row.annotate(source.workspace);
            Some(row)
        })
        .collect()
}
