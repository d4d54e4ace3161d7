//! The readers for saved pages, Word, PDF and record files, on arbitrary bytes.
//!
//! A reader is called the way `ingest::read_file` calls it, but without its
//! `catch_unwind`: a panic is a finding even though a folder read would survive it.

use marsad_core::ingest::{
    Collect, Format, Hints, IngestError, IngestErrorKind, Limits, SourceFile, reader_for,
    split_record_path,
};

use crate::spans::assert_real_date;

/// The path a fuzz input is read under, by kind.
pub(crate) fn rel_path(format: Format) -> &'static str {
    match format {
        Format::Text => "مقال.txt",
        Format::Html => "صفحة.html",
        Format::Docx => "تقرير.docx",
        Format::Pdf => "تقرير.pdf",
        Format::Csv => "تصدير.csv",
        Format::Tsv => "تصدير.tsv",
        Format::Json => "تصدير.json",
        Format::Jsonl => "تصدير.jsonl",
    }
}

/// Runs the reader for `format` over `bytes` with the default limits. A PDF library's
/// panic is the refusal a folder read makes of it (see [`crate::panics`]); any other
/// panic is a finding.
pub(crate) fn read(format: Format, bytes: &[u8]) -> Result<Collect, IngestErrorKind> {
    let file = SourceFile {
        rel_path: rel_path(format),
        bytes,
        format,
    };
    let mut collect = Collect::default();
    let mut run = || reader_for(format).read(&file, &Limits::default(), &mut collect);
    let outcome = if format == Format::Pdf {
        crate::panics::dependency_panics_caught(run).unwrap_or_else(|| {
            Err(IngestErrorKind::ReaderFailed(
                "the PDF library failed on it".into(),
            ))
        })
    } else {
        run()
    };
    outcome.map(|()| collect)
}

/// A saved web page: a refusal says why; an accepted page gives one article that
/// opens with its title, which the hints carry; hints' dates are real; deterministic.
pub fn html(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    let Some(collect) = check_reader(Format::Html, bytes) else {
        return;
    };
    assert_eq!(collect.articles.len(), 1, "a page gives one article");
    let article = &collect.articles[0];
    let title = article.hints.title.as_ref().expect("a page's title hint");
    assert!(
        article.text.starts_with(&title.value),
        "the text does not open with the title {:?}",
        title.value
    );
}

/// A Word file: at most one article; hints real; deterministic.
pub fn docx(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    if let Some(collect) = check_reader(Format::Docx, bytes) {
        assert!(collect.articles.len() <= 1, "a Word file gives one article");
    }
}

/// A PDF: at most one article; hints real; deterministic.
pub fn pdf(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    if let Some(collect) = check_reader(Format::Pdf, bytes) {
        assert!(collect.articles.len() <= 1, "a PDF gives one article");
    }
}

/// The record format the bytes look like: JSON when they open with `[` or `{` (JSON
/// Lines when a second line opens another object), TSV when the header row has a
/// tab, CSV otherwise; so one target and its seeds cover all four readers.
fn sniff_records(bytes: &[u8]) -> Format {
    let start = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = start.trim_ascii_start();
    let header = start.split(|&b| b == b'\n').next().unwrap_or_default();
    if start.starts_with(b"{") && start.windows(2).any(|w| w == b"\n{") {
        Format::Jsonl
    } else if start.starts_with(b"[") || start.starts_with(b"{") {
        Format::Json
    } else if header.contains(&b'\t') {
        Format::Tsv
    } else {
        Format::Csv
    }
}

/// A CSV, TSV, JSON or JSON Lines file: records numbered from 1 in file order, each
/// an article or a problem at `FILE#N`, within the record limit; deterministic.
pub fn records(bytes: &[u8]) {
    if bytes.len() > crate::MAX_INPUT {
        return;
    }
    let format = sniff_records(bytes);
    let Some(collect) = check_reader(format, bytes) else {
        return;
    };
    check_record_numbers(format, &collect);
}

/// Records come out numbered, in order, each article carrying its own bytes; a record's
/// problem names its record.
pub(crate) fn check_record_numbers(format: Format, collect: &Collect) {
    let file = rel_path(format);
    let mut previous = 0;
    for article in &collect.articles {
        let number = article.record.expect("a record's article has its number");
        assert!(number > previous, "record {number} after record {previous}");
        previous = number;
        assert!(
            article.source_bytes.is_some(),
            "record {number} without its bytes"
        );
    }
    assert!(collect.articles.len() <= Limits::default().max_records);
    for problem in &collect.problems {
        match split_record_path(&problem.path) {
            Some((path, n)) => assert!(path == file && n >= 1, "problem at {}", problem.path),
            None => assert_eq!(problem.path, file, "problem at {}", problem.path),
        }
    }
}

/// Reads `bytes` as `format` twice: the same result both times, a refusal with a
/// message, and every article and skipped part well formed. `None` when refused.
fn check_reader(format: Format, bytes: &[u8]) -> Option<Collect> {
    let first = read(format, bytes);
    let second = read(format, bytes);
    match (first, second) {
        (Err(kind), Err(again)) => {
            assert_eq!(kind.to_string(), again.to_string(), "refusal differs");
            let problem = IngestError {
                path: rel_path(format).to_owned(),
                kind,
            }
            .into_problem();
            assert!(
                !problem.error.trim().is_empty(),
                "a refusal without a reason"
            );
            None
        }
        (Ok(collect), Ok(again)) => {
            assert_eq!(
                collect.articles, again.articles,
                "articles differ between reads"
            );
            assert_eq!(
                collect.problems, again.problems,
                "problems differ between reads"
            );
            for article in &collect.articles {
                assert!(!article.encoding.is_empty(), "no encoding named");
                check_hints(&article.hints);
            }
            for problem in &collect.problems {
                assert!(
                    !problem.error.trim().is_empty(),
                    "a problem without a reason"
                );
            }
            if !format.holds_records() {
                assert!(
                    collect.articles.iter().all(|a| a.record.is_none()),
                    "a record number outside a record file"
                );
            }
            Some(collect)
        }
        _ => panic!("one read accepted what the other refused"),
    }
}

/// A hint's dates are real and its words are words.
fn check_hints(hints: &Hints) {
    for date in [&hints.published, &hints.updated].into_iter().flatten() {
        assert_real_date(&date.value, &date.from);
        assert!(
            !date.from.is_empty(),
            "a date hint that says not what gave it"
        );
    }
    for hint in [&hints.title, &hints.outlet, &hints.byline, &hints.section]
        .into_iter()
        .flatten()
    {
        assert!(
            !hint.value.trim().is_empty(),
            "a blank hint from {}",
            hint.from
        );
        assert!(!hint.from.is_empty(), "a hint that says not what gave it");
    }
}
