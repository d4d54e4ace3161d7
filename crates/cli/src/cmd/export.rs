//! `marsad-cli export`: a workspace's entities, events, mentions and attributions as CSV or JSON files.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::{Context as _, bail};
use marsad_core::corpus::{self, Resolution};
use marsad_core::ingest::{self, IngestOptions};
use marsad_core::pipeline::{self, Analyzer, ArticleAnalysis, DateReading};
use marsad_core::time::{CivilDate, Reference};
use marsad_storage::Workspace;
use marsad_storage::export::{ExportKind, ExportSource, ReportOptions};

/// Where each requested export goes.
#[derive(Clone, Copy, Debug, Default)]
pub struct Targets<'a> {
    pub entities: Option<&'a Path>,
    pub events: Option<&'a Path>,
    pub mentions: Option<&'a Path>,
    pub attributions: Option<&'a Path>,
    /// The HTML report of every article.
    pub report: Option<&'a Path>,
}

/// `export --workspace FILE [--entities PATH] [--events PATH] [--mentions PATH] [--attributions PATH]`.
///
/// Re-analyzes the workspace's corpus, replays the analyst's corrections and writes each
/// requested export; the format follows each path's extension (`.csv` or `.json`). The
/// rows are the app's (`marsad_storage::export`): the same workspace exports the same bytes.
pub fn export(workspace_file: &Path, targets: &Targets<'_>) -> anyhow::Result<()> {
    let Targets {
        entities,
        events,
        mentions,
        attributions,
        report,
    } = *targets;
    let nothing = [entities, events, mentions, attributions, report];
    if nothing.iter().all(Option::is_none) {
        bail!(
            "nothing to export: give --entities, --events, --mentions, --attributions or --report"
        );
    }
    let workspace = marsad_storage::load(workspace_file)?;
    let corpus = workspace.corpus_root(workspace_file)?;
    for problem in workspace.validate_paths(&corpus) {
        eprintln!("warning: {problem}");
    }
    let (articles, resolution) = analyze(&workspace, &corpus)?;
    let source = ExportSource {
        articles: articles.iter().map(AsRef::as_ref).collect(),
        resolution: &resolution,
        workspace: &workspace,
    };
    for (path, kind) in [
        (entities, ExportKind::Entities),
        (mentions, ExportKind::Mentions),
        (events, ExportKind::Events),
        (attributions, ExportKind::Attributions),
    ] {
        if let Some(path) = path {
            let rows = marsad_storage::export::export(kind, path, &source)?;
            println!("{}: {rows} {}", path.display(), kind.stem());
        }
    }
    if let Some(path) = report {
        let options = ReportOptions {
            title: report_title(workspace_file),
            articles: None,
        };
        let articles = marsad_storage::export::write_report(path, &source, &options)?;
        println!("{}: report of {articles} articles", path.display());
    }
    Ok(())
}

/// The report's heading: the workspace's name.
fn report_title(workspace_file: &Path) -> String {
    let name = workspace_file
        .file_name()
        .unwrap_or_default()
        .to_string_lossy();
    marsad_storage::export::report_title(&name)
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
    let articles: Vec<Arc<ArticleAnalysis>> = report
        .documents
        .into_iter()
        .map(|document| {
            let prefer = workspace.reading_for(&document.rel_path);
            let analysis =
                analyzer.analyze_document_with(document, DateReading::with_prefer(prefer));
            // Whether the folder's reference applies depends on the article's own date,
            // which only its analysis finds.
            let reference = workspace
                .reference_for(&analysis.path, analysis.published.is_some())
                .and_then(CivilDate::parse_iso)
                .map(Reference::from_date);
            match reference {
                Some(reference) => {
                    let reading = DateReading {
                        reference: Some(reference),
                        prefer,
                    };
                    Arc::new(analyzer.reanalyze(&analysis, reading))
                }
                None => Arc::new(analysis),
            }
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let report = dir.path().join("report.html");
        export(
            &file,
            &Targets {
                entities: Some(&entities),
                events: Some(&events),
                mentions: Some(&mentions),
                attributions: Some(&attributions),
                report: Some(&report),
            },
        )
        .unwrap();
        let report = std::fs::read_to_string(&report).unwrap();
        assert!(
            report.contains("<h1>تقرير مرصد: work</h1>"),
            "{}",
            &report[..200]
        );
        assert!(report.contains("<div class=\"note\">ملاحظة المحلل</div>"));
        assert!(report.contains("<mark class=\"LOC\" title=\"الجزائر\">الجزائر</mark>"));

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
