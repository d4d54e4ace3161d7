//! One file from disk to documents: bounded read, the reader for its kind, panics
//! caught, each article stamped with its path, hash and provenance.

use std::fs::File;
use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::error::{IngestError, IngestErrorKind, Problem};
use super::format::{Format, record_path};
use super::reader::{Collect, Extracted, Provenance, Reader, SourceFile};
use super::{Document, IngestOptions, display_path};

/// What one file gave: its articles and the parts of it that were skipped, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileDocuments {
    /// Every article and every skipped record, in the order the file holds them.
    pub results: Vec<Result<Document, Problem>>,
}

impl FileDocuments {
    /// The articles and skipped records, in file order.
    pub fn into_results(self) -> Vec<Result<Document, Problem>> {
        self.results
    }

    /// The articles alone.
    pub fn documents(&self) -> impl Iterator<Item = &Document> {
        self.results.iter().filter_map(|r| r.as_ref().ok())
    }

    /// The skipped records alone.
    pub fn problems(&self) -> impl Iterator<Item = &Problem> {
        self.results.iter().filter_map(|r| r.as_ref().err())
    }
}

/// The reader for a kind of file.
pub fn reader_for(format: Format) -> &'static dyn Reader {
    match format {
        Format::Text => &super::text::TextReader,
        Format::Html => &super::html::HtmlReader,
        Format::Docx => &super::docx::DocxReader,
        Format::Pdf => &super::pdf::PdfReader,
        Format::Csv | Format::Tsv | Format::Json | Format::Jsonl => &super::records::RecordsReader,
    }
}

/// Reads one file found under `root` into its articles (one per record for record files).
///
/// An error means the whole file was skipped; a broken record is a problem inside the
/// result, and the other records still load.
pub fn read_file(
    root: &Path,
    path: &Path,
    options: &IngestOptions,
) -> Result<FileDocuments, IngestError> {
    let bytes = read_file_bytes(root, path, options)?;
    read_file_from_bytes(root, path, options, &bytes)
}

/// The bytes of one file found under `root`, within the size limit for its kind.
pub fn read_file_bytes(
    root: &Path,
    path: &Path,
    options: &IngestOptions,
) -> Result<Vec<u8>, IngestError> {
    let format = Format::from_path(path).unwrap_or(Format::Text);
    let limit = match format {
        Format::Text | Format::Html => options.max_file_bytes,
        _ => options.limits.max_container_bytes,
    };
    read_bytes(path, limit).map_err(|kind| IngestError {
        path: display_path(root, path),
        kind,
    })
}

/// Reads one file's articles from its `bytes`, already read by [`read_file_bytes`]
/// (a cache hashes them first, to know whether it holds their analysis).
pub fn read_file_from_bytes(
    root: &Path,
    path: &Path,
    options: &IngestOptions,
    bytes: &[u8],
) -> Result<FileDocuments, IngestError> {
    let rel_path = display_path(root, path);
    let fail = |kind| IngestError {
        path: rel_path.clone(),
        kind,
    };
    let format = Format::from_path(path).unwrap_or(Format::Text);
    if bytes.is_empty() {
        return Err(fail(IngestErrorKind::Empty));
    }
    let file = SourceFile {
        rel_path: &rel_path,
        bytes,
        format,
    };
    let mut collect = Collect::default();
    let reader = reader_for(format);
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        reader.read(&file, &options.limits, &mut collect)
    }));
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(kind)) => return Err(fail(kind)),
        Err(panic) => return Err(fail(IngestErrorKind::ReaderFailed(panic_detail(&*panic)))),
    }
    finish(&file, &options.limits, collect).map_err(fail)
}

/// Reads a file that holds one article (the first one, for a record file).
pub fn read_document(
    root: &Path,
    path: &Path,
    options: &IngestOptions,
) -> Result<Document, IngestError> {
    let rel_path = display_path(root, path);
    let results = read_file(root, path, options)?.into_results();
    let mut first_problem = None;
    for result in results {
        match result {
            Ok(document) => return Ok(document),
            Err(problem) => {
                first_problem.get_or_insert(problem);
            }
        }
    }
    Err(IngestError {
        path: rel_path,
        kind: first_problem.map_or(IngestErrorKind::BlankText, |p| {
            IngestErrorKind::NoArticle(p.error)
        }),
    })
}

fn panic_detail(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".to_owned())
}

/// Turns what the reader collected into documents: paths, hashes, NFC, blank and size checks.
fn finish(
    file: &SourceFile<'_>,
    limits: &super::Limits,
    collect: Collect,
) -> Result<FileDocuments, IngestErrorKind> {
    let mut results: Vec<Result<Document, Problem>> = Vec::with_capacity(collect.articles.len());
    let whole_file = !file.format.holds_records();
    let mut problems = collect.problems.into_iter().peekable();
    for article in collect.articles {
        // Skipped records come before the next article that follows them in the file.
        while let Some(problem) = problems.next_if(|p| comes_before(p, article.record)) {
            results.push(Err(problem));
        }
        let path = article.record.map_or_else(
            || file.rel_path.to_owned(),
            |n| record_path(file.rel_path, n),
        );
        match document(file, limits, path.clone(), article) {
            Ok(document) => results.push(Ok(document)),
            Err(kind) if whole_file => return Err(kind),
            Err(kind) => results.push(Err(IngestError { path, kind }.into_problem())),
        }
    }
    results.extend(problems.map(Err));
    if whole_file && results.is_empty() {
        return Err(IngestErrorKind::BlankText);
    }
    Ok(FileDocuments { results })
}

/// True when `problem` (a `FILE#N` path) is for a record before `record`.
fn comes_before(problem: &Problem, record: Option<usize>) -> bool {
    let (Some(record), Some((_, n))) = (record, super::split_record_path(&problem.path)) else {
        return false;
    };
    n < record
}

fn document(
    file: &SourceFile<'_>,
    limits: &super::Limits,
    rel_path: String,
    article: Extracted,
) -> Result<Document, IngestErrorKind> {
    let text = super::decode::nfc(article.text);
    if text
        .chars()
        .all(|c| c.is_whitespace() || crate::text::fold::is_invisible_control(c))
    {
        return Err(IngestErrorKind::BlankText);
    }
    if file.format != Format::Text && text.len() > limits.max_article_bytes {
        return Err(IngestErrorKind::ArticleTooLong {
            size: text.len() as u64,
            limit: limits.max_article_bytes as u64,
        });
    }
    let hashed = article.source_bytes.as_deref().unwrap_or(file.bytes);
    let title_from = article.hints.title.as_ref().map(|h| h.from.clone());
    let date_from = article.hints.published.as_ref().map(|h| h.from.clone());
    Ok(Document {
        rel_path,
        text,
        encoding: article.encoding,
        byte_len: hashed.len() as u64,
        content_hash: sha256_hex(hashed),
        provenance: Provenance {
            file: file.rel_path.to_owned(),
            format: file.format,
            record: article.record,
            title_from,
            date_from,
        },
        hints: article.hints,
    })
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut hex, byte| {
            use std::fmt::Write;
            let _ = write!(hex, "{byte:02x}");
            hex
        })
}

/// Reads at most `limit` bytes; a file that is or grows larger is refused.
fn read_bytes(path: &Path, limit: u64) -> Result<Vec<u8>, IngestErrorKind> {
    let file = open_nonblocking(path).map_err(|err| IngestErrorKind::from_io(&err))?;
    let meta = file
        .metadata()
        .map_err(|err| IngestErrorKind::from_io(&err))?;
    if !meta.is_file() {
        return Err(IngestErrorKind::NotRegularFile);
    }
    if meta.len() > limit {
        return Err(IngestErrorKind::Oversize {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|err| IngestErrorKind::from_io(&err))?;
    if bytes.len() as u64 > limit {
        return Err(IngestErrorKind::Oversize {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Opens without blocking, so a pipe swapped in for a file cannot hang the read.
#[cfg(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64"
    )
))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // O_NONBLOCK on these architectures; std has no constant for it.
    const O_NONBLOCK: i32 = 0o4000;
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(O_NONBLOCK)
        .open(path)
}

#[cfg(not(all(
    target_os = "linux",
    any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "arm",
        target_arch = "riscv64"
    )
)))]
fn open_nonblocking(path: &Path) -> std::io::Result<File> {
    File::open(path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Limits;

    fn record(n: usize, text: &str) -> Extracted {
        Extracted {
            record: Some(n),
            text: text.to_owned(),
            encoding: "UTF-8",
            source_bytes: Some(text.as_bytes().to_vec()),
            ..Extracted::default()
        }
    }

    #[test]
    fn records_and_skipped_records_come_out_in_file_order_with_their_paths() {
        let file = SourceFile {
            rel_path: "exports/news.csv",
            bytes: b"title,text\n",
            format: Format::Csv,
        };
        let collect = Collect {
            articles: vec![
                record(1, "وصل الوفد."),
                record(3, "   "),
                record(4, "بدأت المحادثات."),
            ],
            problems: vec![Problem {
                path: "exports/news.csv#2".into(),
                error: "This record could not be read: broken.".into(),
            }],
        };
        let results =
            finish(&file, &Limits::default(), collect).expect("a record file never fails whole");
        let summary: Vec<(String, bool)> = results
            .into_results()
            .into_iter()
            .map(|r| match r {
                Ok(d) => (d.rel_path, true),
                Err(p) => (p.path, false),
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("exports/news.csv#1".to_owned(), true),
                ("exports/news.csv#2".to_owned(), false),
                // A blank record is a problem for that record only.
                ("exports/news.csv#3".to_owned(), false),
                ("exports/news.csv#4".to_owned(), true),
            ]
        );
    }

    #[test]
    fn a_document_knows_its_file_format_and_record() {
        let file = SourceFile {
            rel_path: "feed.jsonl",
            bytes: b"{}",
            format: Format::Jsonl,
        };
        let collect = Collect {
            articles: vec![record(7, "انطلق المنتدى في تونس.")],
            problems: Vec::new(),
        };
        let results = finish(&file, &Limits::default(), collect).expect("reads");
        let document = results.documents().next().expect("one document");
        assert_eq!(document.provenance.file, "feed.jsonl");
        assert_eq!(document.provenance.format, Format::Jsonl);
        assert_eq!(document.provenance.record, Some(7));
        // A record's hash is its own bytes', so editing one record changes only its hash.
        assert_eq!(document.byte_len, "انطلق المنتدى في تونس.".len() as u64);
    }
}
