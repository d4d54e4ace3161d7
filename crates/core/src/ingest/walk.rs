//! Finding the article files under a folder, safely and in a fixed order.
//!
//! The walk uses an explicit stack (a 10,000-level tree cannot overflow
//! it), stops at a depth limit, remembers every folder it entered so a link
//! back to one of them is reported instead of looping, and by default does
//! not follow links out of the chosen folder.

use std::collections::HashSet;
use std::fs;
use std::path::{Path, PathBuf};

use super::error::{IngestError, IngestErrorKind, Problem};
use super::format::Format;
use super::{IngestOptions, display_path};

/// The article files under a folder and the paths that could not be walked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Discovery {
    /// Article files, sorted by the bytes of their path.
    pub files: Vec<PathBuf>,
    /// Folders and links that could not be walked, by path.
    pub problems: Vec<Problem>,
}

/// True for the file names Marsad reads (see [`Format::from_path`]), any case.
pub fn is_article_file(path: &Path) -> bool {
    Format::from_path(path).is_some()
}

/// Walks `root` with the default options.
pub fn discover(root: &Path) -> Discovery {
    discover_with(root, &IngestOptions::default())
}

/// Walks `root` and lists its article files (see the module docs).
///
/// `root` may also be a single article file.
pub fn discover_with(root: &Path, options: &IngestOptions) -> Discovery {
    let mut walk = Walk {
        root,
        root_canonical: fs::canonicalize(root).ok(),
        options,
        visited: HashSet::new(),
        discovery: Discovery::default(),
    };
    match fs::metadata(root) {
        Ok(meta) if meta.is_dir() => {
            if let Some(id) = dir_id(root, &meta) {
                walk.visited.insert(id);
            }
            walk.run();
        }
        Ok(meta) if meta.is_file() => walk.discovery.files.push(root.to_path_buf()),
        Ok(_) => walk.problem(root, IngestErrorKind::NotRegularFile),
        Err(err) => walk.problem(root, IngestErrorKind::FolderUnreadable(err.to_string())),
    }
    let mut discovery = walk.discovery;
    discovery.files.sort_by(|a, b| {
        a.as_os_str()
            .as_encoded_bytes()
            .cmp(b.as_os_str().as_encoded_bytes())
    });
    discovery.problems.sort_by(|a, b| a.path.cmp(&b.path));
    discovery
}

/// What identifies a folder however it was reached.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum DirId {
    #[cfg(unix)]
    Inode(u64, u64),
    #[cfg_attr(unix, allow(dead_code))]
    Canonical(PathBuf),
}

#[cfg(unix)]
#[expect(
    clippy::unnecessary_wraps,
    reason = "same signature as the fallible non-unix version"
)]
fn dir_id(_path: &Path, meta: &fs::Metadata) -> Option<DirId> {
    use std::os::unix::fs::MetadataExt;
    Some(DirId::Inode(meta.dev(), meta.ino()))
}

#[cfg(not(unix))]
fn dir_id(path: &Path, _meta: &fs::Metadata) -> Option<DirId> {
    fs::canonicalize(path).ok().map(DirId::Canonical)
}

struct Walk<'a> {
    root: &'a Path,
    root_canonical: Option<PathBuf>,
    options: &'a IngestOptions,
    visited: HashSet<DirId>,
    discovery: Discovery,
}

impl Walk<'_> {
    fn problem(&mut self, path: &Path, kind: IngestErrorKind) {
        let mut shown = display_path(self.root, path);
        if shown.is_empty() {
            shown = path.to_string_lossy().into_owned();
        }
        self.discovery
            .problems
            .push(IngestError { path: shown, kind }.into_problem());
    }

    fn run(&mut self) {
        let mut stack: Vec<(PathBuf, usize)> = vec![(self.root.to_path_buf(), 0)];
        while let Some((dir, depth)) = stack.pop() {
            let entries = match fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(err) => {
                    self.problem(&dir, IngestErrorKind::FolderUnreadable(err.to_string()));
                    continue;
                }
            };
            for entry in entries {
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(err) => {
                        self.problem(&dir, IngestErrorKind::FolderUnreadable(err.to_string()));
                        break;
                    }
                };
                if let Some(subdir) = self.visit(&entry, depth) {
                    stack.push((subdir, depth + 1));
                }
            }
        }
    }

    /// Records one entry; returns it when it is a folder to walk into.
    fn visit(&mut self, entry: &fs::DirEntry, depth: usize) -> Option<PathBuf> {
        let path = entry.path();
        if !self.options.include_hidden && entry.file_name().as_encoded_bytes().starts_with(b".") {
            return None;
        }
        let Ok(file_type) = entry.file_type() else {
            return None;
        };
        if file_type.is_file() {
            // The common case needs no extra system call: the entry type says it all.
            if is_article_file(&path) {
                self.discovery.files.push(path);
            }
            return None;
        }
        let meta = if file_type.is_symlink() {
            let Ok(meta) = fs::metadata(&path) else {
                if is_article_file(&path) {
                    self.problem(&path, IngestErrorKind::BrokenLink);
                }
                return None;
            };
            if !self.options.follow_links_outside_root && !self.inside_root(&path) {
                if meta.is_dir() || is_article_file(&path) {
                    self.problem(&path, IngestErrorKind::OutsideRoot);
                }
                return None;
            }
            meta
        } else {
            match entry.metadata() {
                Ok(meta) => meta,
                Err(err) => {
                    if is_article_file(&path) {
                        self.problem(&path, IngestErrorKind::from_io(&err));
                    }
                    return None;
                }
            }
        };
        if meta.is_dir() {
            if depth + 1 > self.options.max_depth {
                self.problem(
                    &path,
                    IngestErrorKind::TooDeep {
                        limit: self.options.max_depth,
                    },
                );
                return None;
            }
            let id = dir_id(&path, &meta)?;
            if !self.visited.insert(id) {
                self.problem(&path, IngestErrorKind::LinkLoop);
                return None;
            }
            return Some(path);
        }
        if is_article_file(&path) {
            if meta.is_file() {
                self.discovery.files.push(path);
            } else {
                self.problem(&path, IngestErrorKind::NotRegularFile);
            }
        }
        None
    }

    fn inside_root(&self, path: &Path) -> bool {
        match (&self.root_canonical, fs::canonicalize(path)) {
            (Some(root), Ok(target)) => target.starts_with(root),
            _ => false,
        }
    }
}
