//! `marsad-cli export`: a workspace's entities, events, mentions and attributions as CSV or JSON files.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::{Context as _, bail};
use marsad_core::Span;
use marsad_core::corpus::{self, Entity, EntityId, Resolution};
use marsad_core::events;
use marsad_core::ingest::{self, IngestOptions};
use marsad_core::pipeline::{self, Analyzer, ArticleAnalysis};
use marsad_core::time::{CivilDate, Reference};
use marsad_storage::export::event_id;
use marsad_storage::{AttributionRow, EntityRow, EventRow, MentionRow, Workspace, export_to_file};

/// Where each requested export goes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Targets<'a> {
    pub entities: Option<&'a Path>,
    pub events: Option<&'a Path>,
    pub mentions: Option<&'a Path>,
    pub attributions: Option<&'a Path>,
}

/// `export --workspace FILE [--entities PATH] [--events PATH] [--mentions PATH] [--attributions PATH]`.
///
/// Re-analyzes the workspace's corpus, replays the analyst's corrections and writes each
/// requested export; the format follows each path's extension (`.csv` or `.json`).
pub fn export(workspace_file: &Path, targets: &Targets<'_>) -> anyhow::Result<()> {
    let Targets {
        entities,
        events,
        mentions,
        attributions,
    } = *targets;
    if entities.is_none() && events.is_none() && mentions.is_none() && attributions.is_none() {
        bail!("nothing to export: give --entities, --events, --mentions or --attributions");
    }
    let workspace = marsad_storage::load(workspace_file)?;
    let corpus = workspace.corpus_root(workspace_file)?;
    for problem in workspace.validate_paths(&corpus) {
        eprintln!("warning: {problem}");
    }
    let (articles, resolution) = analyze(&workspace, &corpus)?;
    if let Some(path) = entities {
        let rows = entity_rows(&workspace, &resolution);
        export_to_file(path, &rows)?;
        println!("{}: {} entities", path.display(), rows.len());
    }
    if let Some(path) = mentions {
        let rows = mention_rows(&articles, &resolution);
        export_to_file(path, &rows)?;
        println!("{}: {} mentions", path.display(), rows.len());
    }
    if let Some(path) = events {
        let rows = event_rows(&workspace, &articles);
        export_to_file(path, &rows)?;
        println!("{}: {} events", path.display(), rows.len());
    }
    if let Some(path) = attributions {
        let rows = attribution_rows(&workspace, &articles, &resolution);
        export_to_file(path, &rows)?;
        println!("{}: {} attributions", path.display(), rows.len());
    }
    Ok(())
}

/// One row per attribution, with the analyst's fixes replayed and sources linked to
/// their (corrected) entities.
fn attribution_rows(
    workspace: &Workspace,
    articles: &[Arc<ArticleAnalysis>],
    resolution: &Resolution,
) -> Vec<AttributionRow> {
    let mut rows = Vec::new();
    for (index, article) in articles.iter().enumerate() {
        let corrections = workspace.attribution_corrections_of(&article.path);
        let fixed =
            marsad_core::attribution::apply_corrections(&article.attributions, &corrections);
        for attribution in &fixed {
            let entity = attribution
                .mention
                .and_then(|m| resolution.mention_entity(index, m))
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

/// Analyzes the corpus with the analyst's reference dates and corrections applied.
fn analyze(
    workspace: &Workspace,
    corpus: &Path,
) -> anyhow::Result<(Vec<Arc<ArticleAnalysis>>, Resolution)> {
    let analyzer = Analyzer::new().context("cannot load the entity model")?;
    let report = ingest::read_folder(
        corpus,
        &IngestOptions::default(),
        &|_| {},
        &AtomicBool::new(false),
    );
    for problem in &report.problems {
        eprintln!("problem: {}: {}", problem.path, problem.error);
    }
    let folder_reference = workspace
        .folder_reference_date
        .as_deref()
        .and_then(reference_from_iso);
    let articles: Vec<Arc<ArticleAnalysis>> = report
        .documents
        .into_iter()
        .map(|document| {
            let reference = workspace
                .reference_dates
                .get(&document.rel_path)
                .and_then(|date| reference_from_iso(date))
                .or(folder_reference);
            Arc::new(analyzer.analyze_text(
                document.rel_path,
                document.text,
                document.content_hash,
                document.encoding.to_owned(),
                reference,
            ))
        })
        .collect();
    let base = pipeline::resolve(&articles);
    let texts: Vec<&str> = articles
        .iter()
        .map(|article| article.text.as_str())
        .collect();
    let resolution = corpus::apply(&base, &workspace.core_corrections(), &texts);
    Ok((articles, resolution))
}

/// `YYYY-MM-DD` as a reference day; anything else is ignored.
fn reference_from_iso(date: &str) -> Option<Reference> {
    let mut parts = date.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.parse().ok()?;
    CivilDate::new(year, month, day).map(Reference::from_date)
}

fn entity_rows(workspace: &Workspace, resolution: &Resolution) -> Vec<EntityRow> {
    resolution
        .entities
        .iter()
        .map(|entity| EntityRow::from_entity(entity, workspace))
        .collect()
}

fn mention_rows(articles: &[Arc<ArticleAnalysis>], resolution: &Resolution) -> Vec<MentionRow> {
    let by_id: HashMap<&EntityId, &Entity> =
        resolution.entities.iter().map(|e| (&e.id, e)).collect();
    let mut rows = Vec::new();
    for (index, article) in articles.iter().enumerate() {
        let sentences = resolution
            .sentences
            .get(index)
            .map_or(&[][..], Vec::as_slice);
        for resolved in resolution.articles.get(index).into_iter().flatten() {
            let span = resolved.mention.span;
            let entity = by_id.get(&resolved.entity);
            rows.push(MentionRow {
                entity_id: resolved.entity.0.clone(),
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

/// One row per event cluster (reports of the same event across articles).
fn event_rows(workspace: &Workspace, articles: &[Arc<ArticleAnalysis>]) -> Vec<EventRow> {
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
            row.annotate(workspace);
            Some(row)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_dates_parse_only_as_days() {
        let cases = [
            ("2024-03-04", Some((2024, 3, 4))),
            ("2024-02-30", None),
            ("2024-03", None),
            ("أمس", None),
        ];
        for (text, expected) in cases {
            let got = reference_from_iso(text).map(|r| (r.date.year, r.date.month, r.date.day));
            assert_eq!(got, expected, "{text}");
        }
    }

    #[test]
    fn a_workspace_exports_entities_mentions_and_events_with_its_notes() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(
            corpus.join("a.txt"),
            "زيارة رسمية\n\nوصل الرئيس التونسي قيس سعيد إلى الجزائر يوم 4 مارس 2024 في زيارة رسمية.\n",
        )
        .unwrap();
        let file = dir.path().join("work.ron");
        crate::cmd::workspace::new(&corpus, &file).unwrap();
        let mut workspace = marsad_storage::load(&file).unwrap();
        let (_, resolution) = analyze(&workspace, &corpus).unwrap();
        let Some(first) = resolution.entities.first() else {
            panic!("no entity found in the test article");
        };
        workspace
            .notes
            .entities
            .insert(first.id.0.clone(), "ملاحظة المحلل".into());
        marsad_storage::save(&file, &workspace).unwrap();

        let entities = dir.path().join("entities.json");
        let mentions = dir.path().join("mentions.csv");
        let events = dir.path().join("events.csv");
        let attributions = dir.path().join("attributions.csv");
        export(
            &file,
            &Targets {
                entities: Some(&entities),
                events: Some(&events),
                mentions: Some(&mentions),
                attributions: Some(&attributions),
            },
        )
        .unwrap();

        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&entities).unwrap()).unwrap();
        let rows = json.as_array().unwrap();
        assert!(
            rows.iter().any(|row| row["note"] == "ملاحظة المحلل"),
            "{json}"
        );
        let mentions = std::fs::read_to_string(&mentions).unwrap();
        assert!(
            mentions
                .starts_with("\u{feff}entity_id,entity,type,article,start,end,text,sentence\r\n")
        );
        assert!(mentions.lines().count() > 1, "{mentions}");
        assert!(
            std::fs::read_to_string(&events)
                .unwrap()
                .starts_with("\u{feff}id,date,grain")
        );
        assert!(
            std::fs::read_to_string(&attributions)
                .unwrap()
                .starts_with("\u{feff}article,source,kind,entity,role,via,verb,stance,statement,")
        );
    }

    #[test]
    fn attributions_export_with_the_analysts_fixes() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).unwrap();
        std::fs::write(
            corpus.join("a.txt"),
            "تأجيل الاجتماع\n\nوقال مسؤول في الوزارة إن الاجتماع تأجل. وأفادت الصحيفة بأن الوفد وصل.\n",
        )
        .unwrap();
        let file = dir.path().join("work.ron");
        crate::cmd::workspace::new(&corpus, &file).unwrap();
        let mut workspace = marsad_storage::load(&file).unwrap();
        let (articles, _) = analyze(&workspace, &corpus).unwrap();
        let found = &articles[0].attributions;
        assert_eq!(found.len(), 2, "{found:?}");
        workspace.attribution_corrections = vec![
            marsad_storage::AttributionCorrection::NotAStatement {
                article: "a.txt".into(),
                cue: found[0].cue,
            },
            marsad_storage::AttributionCorrection::Kind {
                article: "a.txt".into(),
                cue: found[1].cue,
                kind: marsad_core::attribution::SourceKind::Organization,
            },
        ];
        marsad_storage::save(&file, &workspace).unwrap();

        let out = dir.path().join("attributions.json");
        export(
            &file,
            &Targets {
                attributions: Some(&out),
                ..Targets::default()
            },
        )
        .unwrap();
        let json: serde_json::Value =
            serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        let rows = json.as_array().unwrap();
        assert_eq!(rows.len(), 1, "{json}");
        assert_eq!(rows[0]["source"], "الصحيفة");
        assert_eq!(rows[0]["kind"], "organization");
        assert_eq!(rows[0]["corrected"], true);
        assert_eq!(rows[0]["statement"], "الوفد وصل");
    }
}
