//! The analysis the app displays, one article at a time while a folder loads.
//!
//! TODO(app): re-export `marsad_core::pipeline` (entities, events, resolution)
//! once it is back in `marsad_core`; until then this runs ingest, article
//! parsing, bidi checks and dates with the same field names.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

pub use marsad_core::article::{BidiWarning, Block, BlockKind, PublishedDate};
pub use marsad_core::ingest::{Document, IngestOptions, IngestProgress, Problem};
pub use marsad_core::time::DateExpr;
pub use marsad_core::{EntityType, Mention, Span};
use marsad_core::time::{CivilDate, Reference};

/// Everything the analysis knows about one article.
#[derive(Clone, Debug, Default)]
pub struct ArticleAnalysis {
    pub path: String,
    pub text: String,
    pub content_hash: String,
    pub title: String,
    pub title_inferred: bool,
    pub published: Option<PublishedDate>,
    pub section: Option<String>,
    pub byline: Option<String>,
    pub dateline_place: Option<String>,
    pub blocks: Vec<Block>,
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateExpr>,
    pub bidi_warnings: Vec<BidiWarning>,
}

/// The articles of a folder and the files that could not be read.
#[derive(Debug, Default)]
pub struct CorpusAnalysis {
    pub articles: Vec<Arc<ArticleAnalysis>>,
    pub problems: Vec<Problem>,
    pub cancelled: bool,
}

/// Analyses one decoded document.
pub fn analyze_document(doc: Document) -> ArticleAnalysis {
    let parsed = marsad_core::article::parse(&doc.text);
    let meta = parsed.meta;
    let reference = meta.published.and_then(|p| CivilDate::new(p.year, p.month, p.day)).map(Reference::from_date);
    let dates = marsad_core::time::extract(&doc.text, reference);
    let bidi_warnings = marsad_core::article::check_bidi(&doc.text);
    ArticleAnalysis {
        path: doc.rel_path,
        content_hash: doc.content_hash,
        title: meta.title,
        title_inferred: meta.title_inferred,
        published: meta.published,
        section: meta.section,
        byline: meta.byline,
        dateline_place: meta.dateline_place,
        blocks: parsed.blocks,
        mentions: Vec::new(),
        dates,
        bidi_warnings,
        text: doc.text,
    }
}

/// Analyses every article under `root` in parallel, streaming each one as it is done.
pub fn analyze_folder(
    root: &Path,
    on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
) -> CorpusAnalysis {
    let collected: Mutex<(Vec<(usize, Arc<ArticleAnalysis>)>, Vec<Problem>)> = Mutex::default();
    let sink = |index: usize, result: Result<Document, Problem>| {
        let entry = result.map(|doc| Arc::new(analyze_document(doc)));
        if let Ok(article) = &entry {
            on_article(Arc::clone(article));
        }
        if let Ok(mut guard) = collected.lock() {
            match entry {
                Ok(article) => guard.0.push((index, article)),
                Err(problem) => guard.1.push(problem),
            }
        }
    };
    let summary = marsad_core::ingest::for_each_document(root, &IngestOptions::default(), progress, cancel, &sink);
    let (mut articles, mut problems) = collected.into_inner().unwrap_or_default();
    articles.sort_by_key(|(index, _)| *index);
    problems.extend(summary.problems);
    CorpusAnalysis { articles: articles.into_iter().map(|(_, a)| a).collect(), problems, cancelled: summary.cancelled }
}
