//! The analysis the app displays: `marsad_core`'s pipeline, run once per folder.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, OnceLock};

pub use marsad_core::article::{BidiWarning, Block, BlockKind, PublishedDate};
pub use marsad_core::corpus::Resolution;
pub use marsad_core::ingest::{IngestOptions, IngestProgress, Problem};
pub use marsad_core::pipeline::{Analyzer, ArticleAnalysis, CorpusAnalysis};
pub use marsad_core::time::DateExpr;
pub use marsad_core::{EntityType, Mention, Span};

/// The analyzer, loaded once per process (the tagger model and gazetteer take a moment).
fn analyzer() -> Result<&'static Analyzer, String> {
    static ANALYZER: OnceLock<Result<Analyzer, String>> = OnceLock::new();
    ANALYZER
        .get_or_init(|| Analyzer::new().map_err(|err| err.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

/// Analyses every article under `root` in parallel, streaming each one as it is done;
/// through the analysis cache in `cache_dir` when there is one. Also returns what the
/// cache had to discard or bypass, as sentences for the analyst.
pub fn analyze_folder(
    root: &Path,
    cache_dir: Option<&Path>,
    on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
) -> (CorpusAnalysis, Vec<String>) {
    match analyzer() {
        Ok(analyzer) => {
            let (corpus, report) = marsad_storage::cache::analyze_folder(
                analyzer,
                root,
                &IngestOptions::default(),
                cache_dir,
                on_article,
                progress,
                cancel,
            );
            (corpus, report.notes)
        }
        Err(err) => (
            CorpusAnalysis {
                articles: Vec::new(),
                resolution: Resolution::default(),
                problems: vec![Problem {
                    path: root.display().to_string(),
                    error: format!("The analysis models could not be loaded: {err}."),
                }],
                cancelled: false,
            },
            Vec::new(),
        ),
    }
}

/// Analyses an already loaded article again with the analyst's reading of its dates (a
/// reference day, so its relative dates resolve; a direction for bare weekdays); `None`
/// when the models could not be loaded.
pub fn reanalyze(
    article: &ArticleAnalysis,
    reading: marsad_core::pipeline::DateReading,
) -> Option<ArticleAnalysis> {
    let analyzer = analyzer().ok()?;
    Some(analyzer.reanalyze(article, reading))
}
