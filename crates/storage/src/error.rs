//! What can go wrong with a workspace file, phrased so the analyst knows what to do.

use std::path::PathBuf;

/// Every failure of loading, saving or checking a workspace.
///
/// Each variant names the file it concerns, so the message stands on its own in a dialog
/// or on a terminal.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file could not be read at all (missing, permission denied, …).
    #[error("cannot read the workspace {}: {source}", path.display())]
    Read {
        /// The workspace file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// The file is not valid RON or does not have a workspace's shape.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Parse {
        /// The workspace file.
        path: PathBuf,
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column (in characters) of the problem.
        column: usize,
        /// What the reader expected or found there.
        message: String,
    },
    /// The file was written by a newer Marsad whose format this build does not know.
    #[error(
        "{} was saved by a newer Marsad (workspace format {found}); this version reads formats up to {supported}: update Marsad to open it",
        path.display()
    )]
    NewerVersion {
        /// The workspace file.
        path: PathBuf,
        /// The format version in the file.
        found: u32,
        /// The newest format version this build reads.
        supported: u32,
    },
    /// The file names a format version that never existed (0).
    #[error("{} has format version {found}, which no Marsad ever wrote", path.display())]
    UnknownVersion {
        /// The workspace file.
        path: PathBuf,
        /// The format version in the file.
        found: u32,
    },
    /// The workspace could not be turned into RON (a bug, not a user error).
    #[error("cannot encode the workspace as RON: {0}")]
    Encode(String),
    /// Writing the new file failed; the previous file is untouched.
    #[error("cannot save {}: {source}; the previous version is untouched", path.display())]
    Write {
        /// The workspace file that was being saved.
        path: PathBuf,
        /// What the operating system (or the simulated disk) said.
        source: std::io::Error,
    },
    /// An export file name whose extension names no format Marsad writes.
    #[error("cannot tell the export format of {}: name it .csv or .json", path.display())]
    ExportFormat {
        /// The export file asked for.
        path: PathBuf,
    },
    /// The corpus folder the workspace points at does not exist (moved, renamed, unplugged).
    #[error("the corpus folder {} is missing: locate it to continue", path.display())]
    CorpusMissing {
        /// Where the workspace expected the corpus.
        path: PathBuf,
    },
}

impl Error {
    /// Line and column (1-based) of a parse error, for highlighting in an editor.
    pub fn location(&self) -> Option<(usize, usize)> {
        match self {
            Self::Parse { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }
}
