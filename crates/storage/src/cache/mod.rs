//! The analysis cache: each file's per-article analyses kept in an embedded database
//! (redb) in the user's cache folder, so reopening a folder restores what has not
//! changed instead of analysing it again.
//!
//! An entry is keyed by the file's absolute path and holds its size, modification
//! time, content hash and the analyzer's version ([`entry::Stamp`]); it is used only
//! when the file's bytes and the analyzer are the same. The resolution across
//! articles is kept per folder under a hash of its articles' paths and content
//! hashes, so it is restored only when no article changed.
//!
//! Nothing in the cache is trusted blindly: a damaged entry is analysed again, a
//! database that cannot be read is deleted and started afresh, one written by
//! another version is emptied, and every such case leaves a note for the caller to
//! show. Several processes may use one cache at once (redb's multi-writer mode:
//! write transactions wait for each other); one that cannot open it in time runs
//! without it.

mod entry;
mod folder;
mod store;

pub use entry::{Stamp, Unusable, decode, encode};
pub use folder::{CacheReport, analyze_folder};
pub use store::{AnalysisCache, CacheError, OpenedCache};

use std::path::{Path, PathBuf};

/// The database's file name inside the cache folder.
pub const CACHE_FILE: &str = "analysis.redb";

/// The user's cache folder for Marsad: `$XDG_CACHE_HOME/marsad`, else `~/.cache/marsad`.
pub fn default_dir() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|dir| !dir.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cache")))?;
    Some(base.join("marsad"))
}

/// The cache's size on disk in bytes (0 when there is none).
pub fn size_on_disk(dir: &Path) -> u64 {
    std::fs::metadata(dir.join(CACHE_FILE)).map_or(0, |meta| meta.len())
}

/// Deletes the cache. A load that has it open keeps its copy until it ends; the next
/// load starts a new one.
pub fn clear(dir: &Path) -> std::io::Result<()> {
    match std::fs::remove_file(dir.join(CACHE_FILE)) {
        Err(err) if err.kind() != std::io::ErrorKind::NotFound => Err(err),
        _ => Ok(()),
    }
}
