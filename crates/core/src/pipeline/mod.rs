//! The whole analysis of one article and of a folder.
//!
//! Per article (independent, run in parallel): parse the structure, split
//! sentences, recognize entities, extract dates against the publication
//! date, build events. Across articles (one pass at the end): resolve mentions
//! into entities. The per-article half is what `marsad-cli analyze --jsonl`
//! streams, so it can run as a map step elsewhere and be resolved here.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

mod hints;
mod structure;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::article::{self, BidiWarning, Block, DateSource, PublishedDate, Quote};
use crate::attribution::{self, Attribution, SourceKind};
use crate::corpus::{self, ArticleMentions, Resolution};
use crate::entities::{self, Recognizer};
use crate::events::{self, Event};
use crate::ingest::{self, Document, Hints, IngestOptions, IngestProgress, Problem, Provenance};
use crate::text::fold::fold;
use crate::text::sentence::split_sentences;
use crate::time::{self, CivilDate, ClockTime, DateExpr, Prefer, Reference};
use crate::{Mention, Span};

/// Why the analyzer could not start.
#[derive(Debug, thiserror::Error)]
pub enum PipelineError {
    #[error("the bundled entity model could not be loaded: {0}")]
    Model(#[from] entities::ModelError),
}

/// Everything Marsad derives from one article's text.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ArticleAnalysis {
    /// Path relative to the folder, with `/` separators.
    pub path: String,
    pub text: String,
    /// SHA-256 of the file's bytes, hex.
    pub content_hash: String,
    pub encoding: String,
    pub title: String,
    pub title_inferred: bool,
    pub published: Option<PublishedDate>,
    /// What gave `published`: a dateline, a worded dateline, a machine line, an image path.
    #[serde(default)]
    pub published_source: Option<DateSource>,
    /// When the article says it was last updated, kept apart from `published`.
    #[serde(default)]
    pub updated: Option<PublishedDate>,
    /// The outlet that published it (`BBC Arabic`), from an outlet line under the title.
    #[serde(default)]
    pub outlet: Option<String>,
    /// The news agency credited beside the outlet (`رويترز`).
    #[serde(default)]
    pub agency: Option<String>,
    pub section: Option<String>,
    pub byline: Option<String>,
    pub dateline_place: Option<String>,
    /// The outlets the article cites, by name, in order of first citation.
    pub sources: Vec<String>,
    pub blocks: Vec<Block>,
    pub quotes: Vec<Quote>,
    pub sentences: Vec<Span>,
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateExpr>,
    pub events: Vec<Event>,
    /// Who said what, citing whom (`attribution`).
    #[serde(default)]
    pub attributions: Vec<Attribution>,
    pub bidi_warnings: Vec<BidiWarning>,
    /// The article's address on the web, when its file says it.
    #[serde(default)]
    pub url: Option<String>,
    /// The file, format and record it came from, and what gave its title and date.
    #[serde(default)]
    pub provenance: Provenance,
    /// What the reader found outside the text, kept so a re-analysis keeps it too.
    #[serde(default)]
    pub hints: Hints,
    /// The reference day inferred from the text when the article states none (its latest
    /// full date); the dates resolved through it are marked `inferred_from_content`.
    #[serde(default)]
    pub inferred_reference: Option<CivilDate>,
}

impl ArticleAnalysis {
    /// Drops the spare capacity the analysis grew while it was built: a
    /// folder's analyses stay in memory together, and lists grown by doubling
    /// would hold up to twice what they need.
    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.blocks.shrink_to_fit();
        self.quotes.shrink_to_fit();
        self.sentences.shrink_to_fit();
        self.mentions.shrink_to_fit();
        self.dates.shrink_to_fit();
        self.events.shrink_to_fit();
        self.attributions.shrink_to_fit();
        self.bidi_warnings.shrink_to_fit();
        self.sources.shrink_to_fit();
    }
}

/// A folder's analysis: its articles, the entities across them, and what could not be read.
#[derive(Clone, Debug, Default)]
pub struct CorpusAnalysis {
    pub articles: Vec<Arc<ArticleAnalysis>>,
    pub resolution: Resolution,
    pub problems: Vec<Problem>,
    /// True when the run was cancelled before every file was read.
    pub cancelled: bool,
}

/// How an article's dates are read: the analyst's reference day, which overrides the
/// publication date, and the reading direction for bare weekdays, months and year-less
/// dates (news: past; schedules and previews: future).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DateReading {
    pub reference: Option<Reference>,
    pub prefer: Prefer,
}

impl DateReading {
    /// The news reading (past) against the analyst's `reference`, if any.
    pub fn with_reference(reference: Option<Reference>) -> Self {
        Self {
            reference,
            prefer: Prefer::Past,
        }
    }

    /// No reference of the analyst's, reading bare dates in the direction `prefer`.
    pub fn with_prefer(prefer: Prefer) -> Self {
        Self {
            reference: None,
            prefer,
        }
    }
}

/// The per-article analysis, holding the loaded models; cheap to share between threads.
pub struct Analyzer {
    recognizer: Recognizer,
    prefer: Prefer,
}

impl Analyzer {
    /// Loads the bundled gazetteer and tagger model.
    pub fn new() -> Result<Self, PipelineError> {
        Ok(Self {
            recognizer: Recognizer::bundled()?,
            prefer: Prefer::Past,
        })
    }

    /// The same analyzer reading documents in another direction (schedules: future).
    #[must_use]
    pub fn with_prefer(self, prefer: Prefer) -> Self {
        Self { prefer, ..self }
    }

    /// How this analyzer reads bare weekdays, months and year-less dates.
    pub fn prefer(&self) -> Prefer {
        self.prefer
    }

    /// Analyzes one decoded document.
    pub fn analyze_document(&self, doc: Document) -> ArticleAnalysis {
        self.analyze_document_with(doc, DateReading::with_prefer(self.prefer))
    }

    /// Analyzes one document; `reading.reference` overrides the publication date for
    /// relative dates (the analyst's per-article or per-folder reference date).
    pub fn analyze_document_with(&self, doc: Document, reading: DateReading) -> ArticleAnalysis {
        let source = Source {
            path: doc.rel_path,
            content_hash: doc.content_hash,
            encoding: doc.encoding.to_owned(),
            hints: doc.hints,
            provenance: doc.provenance,
        };
        self.analyze_source(source, doc.text, reading)
    }

    /// Analyzes an analyzed article again with another reading of its dates, keeping
    /// what its file's reader found (title, dates, outlet from tags or fields).
    pub fn reanalyze(&self, article: &ArticleAnalysis, reading: DateReading) -> ArticleAnalysis {
        let source = Source {
            path: article.path.clone(),
            content_hash: article.content_hash.clone(),
            encoding: article.encoding.clone(),
            hints: article.hints.clone(),
            provenance: article.provenance.clone(),
        };
        self.analyze_source(source, article.text.clone(), reading)
    }

    /// Analyzes one plain text; `reading.reference` overrides the publication date for
    /// relative dates (the analyst's per-article or per-folder reference date). Without
    /// either, the reference is inferred from the text's own latest full date.
    pub fn analyze_text(
        &self,
        path: String,
        text: String,
        content_hash: String,
        encoding: String,
        reading: DateReading,
    ) -> ArticleAnalysis {
        let provenance = Provenance {
            file: path.clone(),
            ..Provenance::default()
        };
        let source = Source {
            path,
            content_hash,
            encoding,
            hints: Hints::default(),
            provenance,
        };
        self.analyze_source(source, text, reading)
    }

    fn analyze_source(
        &self,
        source: Source,
        text: String,
        reading: DateReading,
    ) -> ArticleAnalysis {
        let parsed = article::parse(&text);
        let mut meta = parsed.meta;
        let mut provenance = source.provenance;
        hints::apply(&mut meta, &source.hints, &mut provenance);
        let sentences = sentences_of(&text, &parsed.blocks);
        // Gazetteer and dates both match on the folded text: fold it once.
        let folded = fold(&text);
        let mut mentions = self.recognizer.recognize_folded(&text, &folded);
        structure::add_structural_people(
            &text,
            &parsed.blocks,
            &parsed.quotes,
            &parsed.speakers,
            self.recognizer.gazetteer(),
            &mut mentions,
        );
        let attributions = attribution::attribute(
            &text,
            &parsed.claims,
            &mentions,
            self.recognizer.gazetteer(),
        );
        let sources = cited_outlets(&attributions);
        // Relative expressions resolve against the publication date; an article that
        // states only when it was updated is better anchored there than nowhere.
        let reference = reading
            .reference
            .or_else(|| meta.published.or(meta.updated).and_then(reference_from))
            .map(|r| r.with_prefer(reading.prefer));
        let (dates, used) = time::extract_inferring(&text, &folded, reference, reading.prefer);
        let inferred_reference = used.filter(|r| r.inferred).map(|r| r.date);
        drop(folded);
        let events = events::extract(&text, &sentences, &mentions, &dates);
        let bidi_warnings = article::check_bidi(&text);
        let mut analysis = ArticleAnalysis {
            path: source.path,
            content_hash: source.content_hash,
            encoding: source.encoding,
            title: meta.title,
            title_inferred: meta.title_inferred,
            published: meta.published,
            published_source: meta.published_source,
            updated: meta.updated,
            outlet: meta.outlet,
            agency: meta.agency,
            section: meta.section,
            byline: meta.byline,
            dateline_place: meta.dateline_place,
            sources,
            blocks: parsed.blocks,
            quotes: parsed.quotes,
            sentences,
            mentions,
            dates,
            events,
            attributions,
            bidi_warnings,
            url: source.hints.url.clone(),
            provenance,
            hints: source.hints,
            inferred_reference,
            text,
        };
        analysis.shrink_to_fit();
        analysis
    }

    /// Analyzes a document, turning a panic inside the analysis into a problem for that file only.
    pub fn analyze_isolated(&self, doc: Document) -> Result<ArticleAnalysis, Problem> {
        let path = doc.rel_path.clone();
        catch_unwind(AssertUnwindSafe(|| self.analyze_document(doc))).map_err(|panic| {
            let detail = panic
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".to_owned());
            Problem {
                path,
                error: format!("the analysis of this article failed ({detail}); the rest of the folder was analyzed"),
            }
        })
    }
}

/// Where an article's text came from, for the analysis.
struct Source {
    path: String,
    content_hash: String,
    encoding: String,
    hints: Hints,
    provenance: Provenance,
}

/// The outlets named as sources or links of a chain, each once, in order.
fn cited_outlets(attributions: &[Attribution]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let named = attributions.iter().flat_map(|a| {
        std::iter::once((a.kind, a.name.as_ref().unwrap_or(&a.source))).chain(
            a.via
                .iter()
                .map(|l| (l.kind, l.name.as_ref().unwrap_or(&l.source))),
        )
    });
    for (kind, name) in named {
        if kind == SourceKind::Outlet && !out.iter().any(|o| o == name) {
            out.push(name.clone());
        }
    }
    out
}

/// The publication date as the anchor for relative expressions.
pub fn reference_from(date: PublishedDate) -> Option<Reference> {
    Some(Reference {
        time: date
            .hour
            .zip(date.minute)
            .map(|(hour, minute)| ClockTime { hour, minute }),
        ..Reference::from_date(CivilDate::new(date.year, date.month, date.day)?)
    })
}

/// Sentences of the prose blocks; headings, titles and captions are sentences of their own.
fn sentences_of(text: &str, blocks: &[Block]) -> Vec<Span> {
    let mut out = Vec::new();
    for block in blocks {
        let Some(body) = block.span.slice(text) else {
            continue;
        };
        out.extend(
            split_sentences(body)
                .into_iter()
                .map(|s| Span::new(block.span.start + s.start, block.span.start + s.end)),
        );
    }
    out
}

/// One article's analysis, or why it has none.
pub type ArticleResult = Result<Arc<ArticleAnalysis>, Problem>;

/// Names the analysis a build of Marsad makes: the crate's version, the tagger's
/// feature version and a hash of the analyzer's sources and bundled models and
/// lists (made by `build.rs`), so any change to what the analysis would say
/// invalidates what an analysis cache kept from an earlier build.
pub const ANALYZER_VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    "+features.",
    env!("MARSAD_FEATURE_VERSION"),
    ".",
    env!("MARSAD_ANALYZER_HASH")
);

/// Analyzes every article under `root` in parallel.
///
/// `on_article` receives each article as soon as it is done (in no particular
/// order) so a caller can show the first ones early; the returned analysis
/// lists articles in the folder's deterministic order and resolves entities
/// across all of them.
pub fn analyze_folder(
    analyzer: &Analyzer,
    root: &Path,
    options: &IngestOptions,
    on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
) -> CorpusAnalysis {
    let fresh = Fresh {
        analyzer,
        root,
        options,
    };
    analyze_folder_by(root, options, &fresh, on_article, progress, cancel)
}

/// Where a folder analysis gets each file's results and the resolution across
/// articles: the analyzer, or an analysis cache in front of it.
pub trait FolderSource: Sync {
    /// The results of the file at `path` (found under the folder).
    fn file(&self, path: &Path) -> Vec<ArticleResult>;

    /// Entities across `articles`, in the folder's order.
    fn resolve(&self, articles: &[Arc<ArticleAnalysis>]) -> Resolution {
        resolve(articles)
    }
}

/// Every file analysed afresh.
struct Fresh<'a> {
    analyzer: &'a Analyzer,
    root: &'a Path,
    options: &'a IngestOptions,
}

impl FolderSource for Fresh<'_> {
    fn file(&self, path: &Path) -> Vec<ArticleResult> {
        analyze_file(self.analyzer, self.root, path, self.options)
    }
}

/// Reads and analyzes one file found under `root`: its articles, or the problems
/// that kept them out.
pub fn analyze_file(
    analyzer: &Analyzer,
    root: &Path,
    path: &Path,
    options: &IngestOptions,
) -> Vec<ArticleResult> {
    analyze_read(analyzer, ingest::read_file(root, path, options))
}

/// Analyzes one file from its `bytes`, already read (and hashed) by the caller.
pub fn analyze_file_bytes(
    analyzer: &Analyzer,
    root: &Path,
    path: &Path,
    options: &IngestOptions,
    bytes: &[u8],
) -> Vec<ArticleResult> {
    analyze_read(
        analyzer,
        ingest::read_file_from_bytes(root, path, options, bytes),
    )
}

fn analyze_read(
    analyzer: &Analyzer,
    read: Result<ingest::FileDocuments, ingest::IngestError>,
) -> Vec<ArticleResult> {
    match read {
        Ok(documents) => documents
            .into_results()
            .into_iter()
            .map(|result| Ok(Arc::new(analyzer.analyze_isolated(result?)?)))
            .collect(),
        Err(err) => vec![Err(err.into_problem())],
    }
}

/// The folder analysis with each file's results and the resolution from `source`:
/// every file under `root` in parallel, then resolution across the articles in the
/// folder's order.
pub fn analyze_folder_by(
    root: &Path,
    options: &IngestOptions,
    source: &dyn FolderSource,
    on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
) -> CorpusAnalysis {
    let discovery = ingest::discover_with(root, options);
    let total = discovery.files.len();
    let done = AtomicUsize::new(0);
    let results: Vec<Option<Vec<ArticleResult>>> = discovery
        .files
        .par_iter()
        .map(|path| {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            let file_results = source.file(path);
            for article in file_results.iter().flatten() {
                on_article(Arc::clone(article));
            }
            let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(IngestProgress {
                done: finished,
                total,
                current: ingest::display_path(root, path),
            });
            Some(file_results)
        })
        .collect();

    let cancelled = results.iter().any(Option::is_none);
    let mut articles = Vec::with_capacity(results.len());
    let mut problems = discovery.problems;
    for result in results.into_iter().flatten().flatten() {
        match result {
            Ok(article) => articles.push(article),
            Err(problem) => problems.push(problem),
        }
    }
    let resolution = source.resolve(&articles);
    CorpusAnalysis {
        articles,
        resolution,
        problems,
        cancelled,
    }
}

/// Cross-article entity resolution over analyzed articles.
pub fn resolve(articles: &[Arc<ArticleAnalysis>]) -> Resolution {
    let inputs: Vec<ArticleMentions<'_>> = articles
        .iter()
        .enumerate()
        .map(|(index, a)| ArticleMentions {
            article: index,
            text: &a.text,
            mentions: &a.mentions,
            sentences: &a.sentences,
        })
        .collect();
    corpus::resolve(&inputs)
}
