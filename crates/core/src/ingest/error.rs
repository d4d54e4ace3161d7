//! Why a file or folder was skipped, in sentences an analyst understands.

use serde::{Deserialize, Serialize};

/// A file or folder that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Path relative to the chosen folder, `/`-separated (lossy when not UTF-8).
    pub path: String,
    /// A sentence a person understands.
    pub error: String,
}

/// Why one path could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {kind}")]
pub struct IngestError {
    /// Path relative to the chosen folder, as in [`Problem::path`].
    pub path: String,
    /// Why it could not be read.
    pub kind: IngestErrorKind,
}

impl IngestError {
    /// The problem to show for this error.
    pub fn into_problem(self) -> Problem {
        Problem {
            path: self.path,
            error: self.kind.to_string(),
        }
    }
}

/// The reasons a path is skipped.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IngestErrorKind {
    #[error("Marsad is not allowed to read this file (permission denied).")]
    PermissionDenied,
    #[error("The file disappeared before it could be read.")]
    Vanished,
    #[error("The file could not be read: {0}.")]
    Unreadable(String),
    #[error("This is not a regular file (a device, pipe or socket); it was not read.")]
    NotRegularFile,
    #[error(
        "The file is {}, larger than the {} limit for one article; it was skipped.",
        human_size(*size),
        human_size(*limit)
    )]
    Oversize {
        /// Size of the file in bytes (at least this much when it grew while read).
        size: u64,
        /// The configured limit in bytes.
        limit: u64,
    },
    #[error("The file is empty.")]
    Empty,
    #[error("The file holds only blank space, no text.")]
    BlankText,
    #[error("This is not a text file: {0}.")]
    Binary(String),
    #[error("The text encoding could not be recognised: {0}.")]
    Undecodable(String),
    #[error("The folder could not be opened: {0}.")]
    FolderUnreadable(String),
    #[error("This folder is nested more than {limit} levels deep; what is inside it was not read.")]
    TooDeep { limit: usize },
    #[error(
        "This folder is a link back to a folder already being read (a link loop); it was skipped."
    )]
    LinkLoop,
    #[error("This link points to nothing that can be read (a broken link).")]
    BrokenLink,
    #[error("This link points outside the chosen folder; Marsad only reads inside it.")]
    OutsideRoot,
    #[error(
        "The reader for this kind of file failed on it ({0}); the rest of the folder was read."
    )]
    ReaderFailed(String),
    #[error("No article could be read from this file: {0}")]
    NoArticle(String),
    #[error(
        "The article's text is {}, larger than the {} limit for one article; it was skipped.",
        human_size(*size),
        human_size(*limit)
    )]
    ArticleTooLong {
        /// Size of the extracted text in bytes.
        size: u64,
        /// The configured limit in bytes.
        limit: u64,
    },
    #[error("No field of this file holds article text (its fields are: {0}).")]
    NoTextField(String),
    #[error("This record could not be read: {0}.")]
    BadRecords(String),
    #[error("This record has no text: its text and summary fields are empty.")]
    EmptyRecord,
    #[error("No article text was found in this file.")]
    NoArticleText,
    #[error("This file could not be read: {0}.")]
    BadDocument(String),
    #[error(
        "This file's {part} inflates to more than {}, the limit (a decompression bomb?); it was not read.",
        human_size(*limit)
    )]
    InflatedTooLarge {
        /// Which part of the file (`word/document.xml`, `compressed stream`).
        part: String,
        /// The configured limit in bytes.
        limit: u64,
    },
    #[error("This PDF is encrypted with a password; Marsad cannot read its text.")]
    Encrypted,
    #[error(
        "This PDF has no text layer (it is probably a scanned image); Marsad reads text, not images."
    )]
    NoTextLayer,
    #[error("This PDF has {pages} pages, more than the {limit}-page limit; it was not read.")]
    TooManyPages { pages: usize, limit: usize },
}

impl IngestErrorKind {
    /// The error for an I/O failure while opening or reading a file.
    pub fn from_io(err: &std::io::Error) -> Self {
        match err.kind() {
            std::io::ErrorKind::PermissionDenied => Self::PermissionDenied,
            std::io::ErrorKind::NotFound => Self::Vanished,
            _ => Self::Unreadable(err.to_string()),
        }
    }
}

/// A size for people: `812 bytes`, `4.2 KB`, `12.5 MB`.
fn human_size(bytes: u64) -> String {
    const KB: f64 = 1024.0;
    let b = bytes as f64;
    if b < KB {
        format!("{bytes} bytes")
    } else if b < KB * KB {
        format!("{:.1} KB", b / KB)
    } else {
        format!("{:.1} MB", b / (KB * KB))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_read_as_sentences() {
        let cases = [
            (
                IngestErrorKind::Oversize {
                    size: 12 * 1024 * 1024 + 300_000,
                    limit: 10 * 1024 * 1024,
                },
                "The file is 12.3 MB, larger than the 10.0 MB limit for one article; it was skipped.",
            ),
            (IngestErrorKind::Empty, "The file is empty."),
            (
                IngestErrorKind::Binary("it looks like a PDF document".into()),
                "This is not a text file: it looks like a PDF document.",
            ),
        ];
        for (kind, expected) in cases {
            let problem = IngestError {
                path: "a/b.txt".into(),
                kind,
            }
            .into_problem();
            assert_eq!(problem.error, expected);
            assert_eq!(problem.path, "a/b.txt");
        }
    }
}
