//! Reading a folder of articles: walking, reading each kind of file, reporting problems.
//!
//! [`discover`] lists the article files under a folder in a fixed order;
//! [`read_file`] turns one of them into documents (one per record in a record
//! file) through the [`Reader`] for its [`Format`], or into an [`IngestError`]
//! that says why not; [`read_folder`] and [`for_each_document`] do both for a
//! whole folder in parallel, with progress and cancellation. A broken file or
//! record is a [`Problem`] in the report, never a panic or an abort.

mod decode;
mod docx;
mod error;
mod format;
mod html;
mod pdf;
mod read;
mod reader;
mod records;
mod text;
mod walk;

use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;

pub use decode::{Decoded, decode};
pub use error::{IngestError, IngestErrorKind, Problem};
pub use format::{Format, record_path, split_record_path};
pub use read::{
    FileDocuments, read_document, read_file, read_file_bytes, read_file_from_bytes, reader_for,
};
pub use reader::{
    Collect, DocumentSink, Extracted, Hint, Hints, Limits, Provenance, Reader, SourceFile,
};
pub use walk::{Discovery, discover, discover_with, is_article_file};

/// Limits and choices for reading a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestOptions {
    /// Text and web page files larger than this many bytes are skipped with a problem.
    pub max_file_bytes: u64,
    /// Folders nested deeper than this below the chosen one are reported, not read.
    pub max_depth: usize,
    /// Read files and folders whose names start with `.` (skipped by default:
    /// `.git`, and the `._name.txt` resource forks macOS leaves behind).
    pub include_hidden: bool,
    /// Follow symbolic links that lead outside the chosen folder.
    pub follow_links_outside_root: bool,
    /// The limits for DOCX, PDF and record files and for each article's text.
    pub limits: Limits,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: 10 * 1024 * 1024,
            max_depth: 256,
            include_hidden: false,
            follow_links_outside_root: false,
            limits: Limits::default(),
        }
    }
}

/// One article, decoded: a whole file, or one record of a record file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Path relative to the chosen folder, `/`-separated (lossy when not UTF-8);
    /// `FILE#N` for record N (from 1) of a record file.
    pub rel_path: String,
    /// The text in NFC; every span in Marsad indexes this string.
    pub text: String,
    /// The encoding it was read in (`UTF-8`, `UTF-16LE`, `windows-1256` …).
    pub encoding: &'static str,
    /// Size of the file in bytes (the record's bytes, for a record).
    pub byte_len: u64,
    /// SHA-256 of the file's bytes (the record's bytes, for a record), lowercase hex.
    pub content_hash: String,
    /// What the reader found besides the text: title, dates, outlet from tags or fields.
    pub hints: Hints,
    /// The file, format and record it came from.
    pub provenance: Provenance,
}

/// How far a folder read has got.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestProgress {
    /// Files finished so far, read or skipped.
    pub done: usize,
    /// Files found under the folder.
    pub total: usize,
    /// The file just finished, relative to the folder.
    pub current: String,
}

/// The result of reading a whole folder.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IngestReport {
    /// Decoded articles in the folder's deterministic order.
    pub documents: Vec<Document>,
    /// Skipped paths: walking problems first, then files in order.
    pub problems: Vec<Problem>,
    /// True when the read stopped early because it was cancelled.
    pub cancelled: bool,
}

/// What [`for_each_document`] returns once every file has been handed over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StreamSummary {
    /// Number of article files found.
    pub total: usize,
    /// Problems found while walking the folder (file problems went to the sink).
    pub problems: Vec<Problem>,
    /// True when the read stopped early because it was cancelled.
    pub cancelled: bool,
}

/// `path` relative to `root`, `/`-separated, lossy where not UTF-8.
pub fn display_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let shown = if relative.as_os_str().is_empty() {
        path.file_name().unwrap_or(path.as_os_str())
    } else {
        relative.as_os_str()
    };
    let lossy = shown.to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' {
        lossy.into_owned()
    } else {
        lossy.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// What one file gave, filled by whichever worker read it.
type FileSlot = OnceLock<std::sync::Mutex<Vec<Result<Document, Problem>>>>;

/// Reads every article under `root` in parallel, keeping the folder's order.
///
/// `progress` is called from worker threads after each file; setting
/// `cancel` stops the read after the files already started.
pub fn read_folder(
    root: &Path,
    options: &IngestOptions,
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
) -> IngestReport {
    let discovery = discover_with(root, options);
    let slots: Vec<FileSlot> = discovery.files.iter().map(|_| OnceLock::new()).collect();
    let summary = stream(
        root,
        discovery,
        options,
        progress,
        cancel,
        &|index, result| {
            if let Some(slot) = slots.get(index)
                && let Ok(mut results) = slot.get_or_init(Default::default).lock()
            {
                results.push(result);
            }
        },
    );
    let mut report = IngestReport {
        documents: Vec::with_capacity(slots.len()),
        problems: summary.problems,
        cancelled: summary.cancelled,
    };
    for slot in slots {
        let Some(results) = slot.into_inner() else {
            continue;
        };
        for result in results.into_inner().unwrap_or_default() {
            match result {
                Ok(document) => report.documents.push(document),
                Err(problem) => report.problems.push(problem),
            }
        }
    }
    report
}

/// Reads every article under `root` in parallel and hands each one to `sink`
/// as soon as it is read, with the index of its file in the folder's order.
///
/// Files arrive in no particular order, so the first articles can be shown
/// while the rest load; a record file hands over its records (and its broken
/// records' problems) one by one, in record order, under one index.
pub fn for_each_document(
    root: &Path,
    options: &IngestOptions,
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
    sink: &(dyn Fn(usize, Result<Document, Problem>) + Sync),
) -> StreamSummary {
    stream(
        root,
        discover_with(root, options),
        options,
        progress,
        cancel,
        sink,
    )
}

fn stream(
    root: &Path,
    discovery: Discovery,
    options: &IngestOptions,
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
    sink: &(dyn Fn(usize, Result<Document, Problem>) + Sync),
) -> StreamSummary {
    let total = discovery.files.len();
    let done = AtomicUsize::new(0);
    discovery
        .files
        .par_iter()
        .enumerate()
        .for_each(|(index, path)| {
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            let current = display_path(root, path);
            match read_file(root, path, options) {
                Ok(results) => {
                    for result in results.into_results() {
                        sink(index, result);
                    }
                }
                Err(err) => sink(index, Err(err.into_problem())),
            }
            let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
            progress(IngestProgress {
                done: finished,
                total,
                current,
            });
        });
    StreamSummary {
        total,
        problems: discovery.problems,
        cancelled: cancel.load(Ordering::Relaxed) && done.load(Ordering::Relaxed) < total,
    }
}
