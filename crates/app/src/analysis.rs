//! The analysis the app displays.
//!
//! TODO(app): replace with `marsad_core::pipeline` once it lands; this stand-in
//! mirrors its shape (one analysis per article, streamed while a folder loads).

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

pub use marsad_core::{EntityType, Mention, Span};

/// What a block of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockKind {
    Title,
    Dek,
    Section,
    Dateline,
    Byline,
    Heading,
    Paragraph,
    ListItem,
    Quote,
    Caption,
    Related,
}

/// One structural block of an article.
#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
    pub speaker: Option<String>,
    pub credit: Option<String>,
}

/// A publication date, possibly with a time of day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PublishedDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: Option<u8>,
    pub minute: Option<u8>,
}

/// A date expression found in the text.
#[derive(Clone, Debug)]
pub struct DateExpr {
    pub span: Span,
    pub text: String,
}

/// Everything the analysis knows about one article.
#[derive(Clone, Debug, Default)]
pub struct ArticleAnalysis {
    pub path: String,
    pub text: String,
    pub title: String,
    pub title_inferred: bool,
    pub published: Option<PublishedDate>,
    pub section: Option<String>,
    pub byline: Option<String>,
    pub dateline_place: Option<String>,
    pub blocks: Vec<Block>,
    pub mentions: Vec<Mention>,
    pub dates: Vec<DateExpr>,
    pub bidi_warnings: Vec<String>,
}

/// A file that could not be read, with a reason a person understands.
#[derive(Clone, Debug)]
pub struct Problem {
    pub path: String,
    pub error: String,
}

/// Progress of a folder load.
#[derive(Clone, Debug, Default)]
pub struct IngestProgress {
    pub done: usize,
    pub total: usize,
    pub current: String,
}

/// The result of analysing a folder.
#[derive(Debug, Default)]
pub struct CorpusAnalysis {
    pub articles: Vec<Arc<ArticleAnalysis>>,
    pub problems: Vec<Problem>,
}

/// Analyses every `.txt`/`.md` file under `root`, streaming each article as it is done.
pub fn analyze_folder(
    root: &Path,
    on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
) -> CorpusAnalysis {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    collect_files(root, &mut files, &mut problems);
    files.sort();
    let total = files.len();
    let mut articles = Vec::new();
    for (done, file) in files.iter().enumerate() {
        if cancel.load(Ordering::Relaxed) {
            break;
        }
        let rel = file.strip_prefix(root).unwrap_or(file).display().to_string();
        progress(IngestProgress { done, total, current: rel.clone() });
        match std::fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => {
                    let article = Arc::new(parse(rel, text));
                    on_article(Arc::clone(&article));
                    articles.push(article);
                }
                Err(_) => problems.push(Problem { path: rel, error: "The file is not valid UTF-8 text.".into() }),
            },
            Err(err) => problems.push(Problem { path: rel, error: format!("The file could not be read: {err}.") }),
        }
    }
    progress(IngestProgress { done: total, total, current: String::new() });
    CorpusAnalysis { articles, problems }
}

fn collect_files(dir: &Path, files: &mut Vec<std::path::PathBuf>, problems: &mut Vec<Problem>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(err) => {
            problems.push(Problem { path: dir.display().to_string(), error: format!("The folder could not be read: {err}.") });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_files(&path, files, problems);
        } else if path.extension().is_some_and(|ext| ext == "txt" || ext == "md") {
            files.push(path);
        }
    }
}

fn parse(path: String, text: String) -> ArticleAnalysis {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        let start = offset + (line.len() - line.trim_start().len());
        offset += line.len();
        if trimmed.is_empty() {
            continue;
        }
        let kind = if blocks.is_empty() {
            BlockKind::Title
        } else if trimmed.starts_with("- ") {
            BlockKind::ListItem
        } else if trimmed.chars().count() < 40 && !trimmed.ends_with(['.', ':', '،']) {
            BlockKind::Heading
        } else {
            BlockKind::Paragraph
        };
        blocks.push(Block { kind, span: Span::new(start, start + trimmed.len()), speaker: None, credit: None });
    }
    let title = blocks.first().and_then(|b| b.span.slice(&text)).unwrap_or_default().to_owned();
    ArticleAnalysis { path, title, text, blocks, ..ArticleAnalysis::default() }
}
