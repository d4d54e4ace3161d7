//! Export rows built from what the app has loaded: the sidebar's entities, every mention,
//! and each article's events, with the analyst's tags and notes.

use std::path::Path;

use marsad_storage::export::event_id;
use marsad_storage::{EntityRow, EventRow, MentionRow, Workspace, export_to_file};

use super::mapping::entity_key;
use crate::analysis::Span;
use crate::state::Corpus;

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportKind {
    /// The sidebar's entities.
    Entities,
    /// Every entity mention.
    Mentions,
    /// Every article's dated events.
    Events,
}

/// Writes the rows of `kind` to `path` (CSV or JSON by its extension); returns the row count.
pub fn export(
    kind: ExportKind,
    path: &Path,
    corpus: &Corpus,
    workspace: &Workspace,
) -> Result<usize, marsad_storage::Error> {
    match kind {
        ExportKind::Entities => {
            let rows = entity_rows(corpus, workspace);
            export_to_file(path, &rows).map(|()| rows.len())
        }
        ExportKind::Mentions => {
            let rows = mention_rows(corpus);
            export_to_file(path, &rows).map(|()| rows.len())
        }
        ExportKind::Events => {
            let rows = event_rows(corpus, workspace);
            export_to_file(path, &rows).map(|()| rows.len())
        }
    }
}

/// One row per sidebar entity.
pub fn entity_rows(corpus: &Corpus, workspace: &Workspace) -> Vec<EntityRow> {
    corpus
        .entities
        .list()
        .iter()
        .map(|entity| EntityRow::from_entity(entity, workspace))
        .collect()
}

/// One row per mention, in article order.
pub fn mention_rows(corpus: &Corpus) -> Vec<MentionRow> {
    let mut rows = Vec::new();
    for (index, entry) in corpus.articles.iter().enumerate() {
        let analysis = &entry.analysis;
        for resolved in corpus.entities.mentions(index) {
            let mention = &resolved.mention;
            let entity = corpus.entities.get(&resolved.entity);
            rows.push(MentionRow {
                entity_id: entity.map_or_else(String::new, entity_key),
                entity: entity.map_or_else(|| mention.text.clone(), |e| e.name.clone()),
                entity_type: mention.entity_type,
                article: analysis.path.clone(),
                start: mention.span.start,
                end: mention.span.end,
                text: mention.text.clone(),
                sentence: sentence_of(&analysis.text, &analysis.sentences, mention.span),
            });
        }
    }
    rows
}

/// One row per event of each article (not clustered across articles).
pub fn event_rows(corpus: &Corpus, workspace: &Workspace) -> Vec<EventRow> {
    let mut rows = Vec::new();
    for entry in &corpus.articles {
        let analysis = &entry.analysis;
        for event in &analysis.events {
            let mut row = EventRow {
                id: event_id(&analysis.path, event.sentence.start),
                date: event.date.clone(),
                grain: event.grain.as_str().to_owned(),
                label: event.label.clone(),
                participants: event.entities.clone(),
                articles: vec![analysis.path.clone()],
                sentence: event
                    .sentence
                    .slice(&analysis.text)
                    .unwrap_or_default()
                    .to_owned(),
                tags: Vec::new(),
                note: String::new(),
            };
            row.annotate(workspace);
            rows.push(row);
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
