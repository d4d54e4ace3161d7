//! Reading a folder of articles: walking, decoding, normalizing, reporting problems.
//!
//! [`discover`] lists the `.txt` and `.md` files under a folder in a fixed
//! order; [`read_document`] turns one of them into NFC text, or into an
//! [`IngestError`] that says why not; [`read_folder`] and
//! [`for_each_document`] do both for a whole folder in parallel, with
//! progress and cancellation. A broken file is a [`Problem`] in the report,
//! never a panic or an abort.

mod decode;
mod error;
mod walk;

use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

pub use decode::{Decoded, decode};
pub use error::{IngestError, IngestErrorKind, Problem};
pub use walk::{Discovery, discover, discover_with, is_article_file};

/// Limits and choices for reading a folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IngestOptions {
    /// Files larger than this many bytes are skipped with a problem.
    pub max_file_bytes: u64,
    /// Folders nested deeper than this below the chosen one are reported, not read.
    pub max_depth: usize,
    /// Read files and folders whose names start with `.` (skipped by default:
    /// `.git`, and the `._name.txt` resource forks macOS leaves behind).
    pub include_hidden: bool,
    /// Follow symbolic links that lead outside the chosen folder.
    pub follow_links_outside_root: bool,
}

impl Default for IngestOptions {
    fn default() -> Self {
        Self {
            max_file_bytes: 10 * 1024 * 1024,
            max_depth: 256,
            include_hidden: false,
            follow_links_outside_root: false,
        }
    }
}

/// One article file, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Path relative to the chosen folder, `/`-separated (lossy when not UTF-8).
    pub rel_path: String,
    /// The decoded text in NFC; every span in Marsad indexes this string.
    pub text: String,
    /// The encoding it was read in (`UTF-8`, `UTF-16LE`, `windows-1256` …).
    pub encoding: &'static str,
    /// Size of the file in bytes.
    pub byte_len: u64,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub content_hash: String,
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

/// Reads and decodes one file found under `root`.
pub fn read_document(
    root: &Path,
    path: &Path,
    options: &IngestOptions,
) -> Result<Document, IngestError> {
    let rel_path = display_path(root, path);
    let fail = |kind| IngestError {
        path: rel_path.clone(),
        kind,
    };
    let bytes = read_bytes(path, options.max_file_bytes).map_err(fail)?;
    if bytes.is_empty() {
        return Err(fail(IngestErrorKind::Empty));
    }
    let decoded = decode(&bytes).map_err(fail)?;
    if decoded
        .text
        .chars()
        .all(|c| c.is_whitespace() || crate::text::fold::is_invisible_control(c))
    {
        return Err(fail(IngestErrorKind::BlankText));
    }
    let content_hash =
        Sha256::digest(&bytes)
            .iter()
            .fold(String::with_capacity(64), |mut hex, byte| {
                use std::fmt::Write;
                let _ = write!(hex, "{byte:02x}");
                hex
            });
    Ok(Document {
        rel_path,
        text: decoded.text,
        encoding: decoded.encoding,
        byte_len: bytes.len() as u64,
        content_hash,
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
    let slots: Vec<OnceLock<Result<Document, Problem>>> =
        discovery.files.iter().map(|_| OnceLock::new()).collect();
    let summary = stream(
        root,
        discovery,
        options,
        progress,
        cancel,
        &|index, result| {
            if let Some(slot) = slots.get(index) {
                let _ = slot.set(result);
            }
        },
    );
    let mut report = IngestReport {
        documents: Vec::with_capacity(slots.len()),
        problems: summary.problems,
        cancelled: summary.cancelled,
    };
    for slot in slots {
        match slot.into_inner() {
            Some(Ok(document)) => report.documents.push(document),
            Some(Err(problem)) => report.problems.push(problem),
            None => {}
        }
    }
    report
}

/// Reads every article under `root` in parallel and hands each one to `sink`
/// as soon as it is read, with its index in the folder's order.
///
/// Documents arrive in no particular order, so the first articles can be
/// shown while the rest load.
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
            let result = read_document(root, path, options).map_err(IngestError::into_problem);
            let current = match &result {
                Ok(document) => document.rel_path.clone(),
                Err(problem) => problem.path.clone(),
            };
            sink(index, result);
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
