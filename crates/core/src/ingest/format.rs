//! The kinds of file Marsad reads, told apart by their name.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// A kind of article file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text or Markdown (`.txt`, `.md`).
    #[default]
    Text,
    /// A saved web page (`.html`, `.htm`, `.xhtml`).
    Html,
    /// A Word document (`.docx`).
    Docx,
    /// A PDF with a text layer (`.pdf`).
    Pdf,
    /// Comma-separated records with a header row (`.csv`).
    Csv,
    /// Tab-separated records with a header row (`.tsv`).
    Tsv,
    /// A JSON array of records, or one record (`.json`).
    Json,
    /// One JSON record per line (`.jsonl`, `.ndjson`).
    Jsonl,
}

impl Format {
    /// Every kind, in the order the README lists them.
    pub const ALL: [Format; 8] = [
        Self::Text,
        Self::Html,
        Self::Docx,
        Self::Pdf,
        Self::Csv,
        Self::Tsv,
        Self::Json,
        Self::Jsonl,
    ];

    /// The kind a file name says, any case; `None` for files Marsad does not read.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match ext.as_str() {
            "txt" | "md" => Self::Text,
            "html" | "htm" | "xhtml" => Self::Html,
            "docx" => Self::Docx,
            "pdf" => Self::Pdf,
            "csv" => Self::Csv,
            "tsv" => Self::Tsv,
            "json" => Self::Json,
            "jsonl" | "ndjson" => Self::Jsonl,
            _ => return None,
        })
    }

    /// The name used in JSON output and provenance (`text`, `html`, `docx` …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Html => "html",
            Self::Docx => "docx",
            Self::Pdf => "pdf",
            Self::Csv => "csv",
            Self::Tsv => "tsv",
            Self::Json => "json",
            Self::Jsonl => "jsonl",
        }
    }

    /// True for the kinds that hold one article per record (`FILE#N` paths).
    pub fn holds_records(self) -> bool {
        matches!(self, Self::Csv | Self::Tsv | Self::Json | Self::Jsonl)
    }
}

/// The file part and record number of a `FILE#N` article path (`None` for a plain file path).
///
/// Only a record file's extension before `#digits` makes a record path, so a file that
/// is really named `notes#2.txt` stays a file.
pub fn split_record_path(path: &str) -> Option<(&str, usize)> {
    let (file, number) = path.rsplit_once('#')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let record: usize = number.parse().ok().filter(|&n| n >= 1)?;
    Format::from_path(Path::new(file))
        .filter(|f| f.holds_records())
        .map(|_| (file, record))
}

/// The article path of record `record` (from 1) of `file`.
pub fn record_path(file: &str, record: usize) -> String {
    format!("{file}#{record}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_the_extension_in_any_case() {
        let cases = [
            ("a.txt", Some(Format::Text)),
            ("a.MD", Some(Format::Text)),
            ("page.HTM", Some(Format::Html)),
            ("brief.docx", Some(Format::Docx)),
            ("report.pdf", Some(Format::Pdf)),
            ("export.csv", Some(Format::Csv)),
            ("export.tsv", Some(Format::Tsv)),
            ("feed.json", Some(Format::Json)),
            ("feed.ndjson", Some(Format::Jsonl)),
            ("old.doc", None),
            ("image.png", None),
            ("README", None),
        ];
        for (name, want) in cases {
            assert_eq!(Format::from_path(Path::new(name)), want, "{name}");
        }
    }

    #[test]
    fn record_paths_name_a_record_file_and_a_number_from_one() {
        assert_eq!(
            split_record_path("exports/news.csv#12"),
            Some(("exports/news.csv", 12))
        );
        assert_eq!(split_record_path("feed.jsonl#1"), Some(("feed.jsonl", 1)));
        assert_eq!(split_record_path("feed.jsonl#0"), None);
        assert_eq!(split_record_path("notes#2.txt"), None);
        assert_eq!(split_record_path("page.html#3"), None);
        assert_eq!(split_record_path("news.csv#"), None);
        assert_eq!(record_path("news.csv", 4), "news.csv#4");
    }
}
