//! One small trait for every kind of file, split the way ripgrep splits a search:
//! a [`Reader`] turns one file's bytes into documents and hands each to a
//! [`DocumentSink`], which decides what to keep. A record file hands over one document
//! (or one problem) per record, so a broken record costs only itself.

use serde::{Deserialize, Serialize};

use super::error::{IngestErrorKind, Problem};
use super::format::Format;
use crate::article::PublishedDate;

/// Where an article came from and which part of the file gave its title and date.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Provenance {
    /// The file, relative to the chosen folder, `/`-separated.
    pub file: String,
    pub format: Format,
    /// The record number (from 1, the header row not counted) in a record file.
    pub record: Option<usize>,
    /// What gave the title: a field (`field "headline"`), a tag (`og:title`, `<h1>`), a
    /// style (`style Title`) or the text itself (`first line`).
    pub title_from: Option<String>,
    /// What gave the publication date (`JSON-LD datePublished`, `field "pubDate"`,
    /// `machine line`, `dateline`).
    pub date_from: Option<String>,
}

impl Provenance {
    /// One line for people: `news.csv, CSV record 12; title from field "headline"; …`.
    pub fn describe(&self) -> String {
        use std::fmt::Write as _;
        let mut out = format!("{}, {}", self.file, self.format.as_str().to_uppercase());
        if let Some(record) = self.record {
            let _ = write!(out, " record {record}");
        }
        if let Some(title) = &self.title_from {
            let _ = write!(out, "; title from {title}");
        }
        if let Some(date) = &self.date_from {
            let _ = write!(out, "; date from {date}");
        }
        out
    }
}

/// A fact a reader found outside the text (a meta tag, a record field, a document
/// property), with what gave it. `weak` facts (a Word file's core properties) only fill
/// what the text itself does not say.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hint<T> {
    pub value: T,
    /// What gave it, for provenance (`og:title`, `field "date"`).
    pub from: String,
    pub weak: bool,
}

impl<T> Hint<T> {
    /// A fact that wins over what the text's own lines say.
    pub fn strong(value: T, from: impl Into<String>) -> Self {
        Self {
            value,
            from: from.into(),
            weak: false,
        }
    }

    /// A fact used only where the text says nothing.
    pub fn weak(value: T, from: impl Into<String>) -> Self {
        Self {
            value,
            from: from.into(),
            weak: true,
        }
    }
}

/// What a reader knows about an article besides its text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Hints {
    pub title: Option<Hint<String>>,
    pub published: Option<Hint<PublishedDate>>,
    pub updated: Option<Hint<PublishedDate>>,
    /// The outlet (`og:site_name`, a `source` field).
    pub outlet: Option<Hint<String>>,
    pub byline: Option<Hint<String>>,
    pub section: Option<Hint<String>>,
    /// The article's address on the web, when the file says it.
    pub url: Option<String>,
}

/// Limits that keep one hostile or huge file from blocking, crashing or filling memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest text or web page file, in bytes.
    pub max_file_bytes: u64,
    /// Largest DOCX, PDF or record file, in bytes.
    pub max_container_bytes: u64,
    /// Largest inflated size of one entry of a DOCX (zip) file, in bytes.
    pub max_inflated_bytes: u64,
    /// Largest text of one article or record, in bytes.
    pub max_article_bytes: usize,
    /// Most records read from one record file; the rest are reported.
    pub max_records: usize,
    /// Most pages read from one PDF.
    pub max_pdf_pages: usize,
    /// Deepest element nesting followed in a web page or DOCX; deeper content is dropped.
    pub max_markup_depth: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            max_file_bytes: 10 * 1024 * 1024,
            max_container_bytes: 100 * 1024 * 1024,
            max_inflated_bytes: 50 * 1024 * 1024,
            max_article_bytes: 2 * 1024 * 1024,
            max_records: 200_000,
            max_pdf_pages: 2_000,
            max_markup_depth: 512,
        }
    }
}

/// One file handed to a reader.
#[derive(Clone, Copy, Debug)]
pub struct SourceFile<'a> {
    /// Path relative to the chosen folder, `/`-separated.
    pub rel_path: &'a str,
    pub bytes: &'a [u8],
    pub format: Format,
}

/// One article a reader extracted, before the folder reader stamps its path and hash.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// The record number, from 1, for record files.
    pub record: Option<usize>,
    /// The article's text in the reader's light Markdown: a title line, paragraphs,
    /// `- ` list items, `![caption](src)` figures.
    pub text: String,
    /// The encoding the bytes were read in.
    pub encoding: &'static str,
    pub hints: Hints,
    /// The bytes this article came from (the record's own bytes in a record file), for
    /// the content hash that tells a changed article from an unchanged one.
    pub source_bytes: Option<Vec<u8>>,
}

/// Receives what a reader finds, in file order.
pub trait DocumentSink {
    /// One article.
    fn article(&mut self, article: Extracted);
    /// A part of the file that was skipped (a broken record), with the path to report
    /// (`FILE#N` for a record) and why.
    fn skipped(&mut self, problem: Problem);
}

/// Turns one kind of file into articles.
pub trait Reader: Sync {
    /// Reads `file`, handing every article and skipped record to `sink`. An error means
    /// the whole file was skipped.
    fn read(
        &self,
        file: &SourceFile<'_>,
        limits: &Limits,
        sink: &mut dyn DocumentSink,
    ) -> Result<(), IngestErrorKind>;
}

/// A sink that collects everything, for tests and one-file reads.
#[derive(Debug, Default)]
pub struct Collect {
    pub articles: Vec<Extracted>,
    pub problems: Vec<Problem>,
}

impl DocumentSink for Collect {
    fn article(&mut self, article: Extracted) {
        self.articles.push(article);
    }

    fn skipped(&mut self, problem: Problem) {
        self.problems.push(problem);
    }
}
