//! Keeping every path a workspace names inside its corpus, and noticing files that moved.
//!
//! A workspace file may come from someone else. Whatever it says, Marsad reads only inside
//! the corpus folder: article paths that climb out (`../../etc/passwd`), are absolute, or
//! lead through a symlink to elsewhere are reported and never opened.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Component, Path, PathBuf};

use crate::error::Error;
use crate::model::{ArticleRecord, CorpusRef, Workspace};

/// Why an article path was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PathProblemKind {
    /// The path is empty.
    Empty,
    /// The path is absolute (`/etc/passwd`, `C:\…`, `\\server\…`).
    Absolute,
    /// The path has a `..` component.
    ClimbsOut,
    /// The path holds a character no file name may (NUL).
    BadCharacter,
    /// The path exists but resolves (through a symlink) outside the corpus.
    ResolvesOutside(PathBuf),
    /// The path exists but cannot be resolved (a symlink loop, a dangling link, …).
    Unresolvable(String),
}

impl fmt::Display for PathProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the path is empty"),
            Self::Absolute => f.write_str("the path is absolute, not inside the corpus"),
            Self::ClimbsOut => f.write_str("the path climbs out of the corpus with `..`"),
            Self::BadCharacter => f.write_str("the path holds a NUL character"),
            Self::ResolvesOutside(target) => {
                write!(
                    f,
                    "the path leads outside the corpus, to {}",
                    target.display()
                )
            }
            Self::Unresolvable(why) => write!(f, "the path cannot be resolved: {why}"),
        }
    }
}

/// An article path in a workspace that Marsad refuses to read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathProblem {
    /// The path as the workspace wrote it.
    pub article: String,
    /// Why it was refused.
    pub kind: PathProblemKind,
}

impl fmt::Display for PathProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "article path {:?} refused: {}", self.article, self.kind)
    }
}

/// Checks an article path's shape alone, without touching the disk.
///
/// Both `/` and `\` count as separators, so a path that is harmless here cannot climb out
/// when the workspace is opened on Windows.
pub fn check_article_path(article: &str) -> Result<(), PathProblemKind> {
    if article.is_empty() {
        return Err(PathProblemKind::Empty);
    }
    if article.contains('\0') {
        return Err(PathProblemKind::BadCharacter);
    }
    let has_drive = article.as_bytes().get(1) == Some(&b':');
    if article.starts_with(['/', '\\']) || has_drive || Path::new(article).has_root() {
        return Err(PathProblemKind::Absolute);
    }
    if article.split(['/', '\\']).any(|part| part == "..") {
        return Err(PathProblemKind::ClimbsOut);
    }
    Ok(())
}

/// The file an article path names, once it is known to lie inside the corpus.
///
/// A record's path (`news.csv#12`) names its record file. A path that does not exist yet
/// is returned as is (it is missing, not dangerous); one that exists is resolved through
/// any symlinks and must land inside the corpus.
pub fn resolve_article(corpus_root: &Path, article: &str) -> Result<PathBuf, PathProblemKind> {
    check_article_path(article)?;
    let file = marsad_core::ingest::split_record_path(article).map_or(article, |(file, _)| file);
    let joined = corpus_root.join(file);
    if fs::symlink_metadata(&joined).is_err() {
        return Ok(joined);
    }
    let root = fs::canonicalize(corpus_root)
        .map_err(|error| PathProblemKind::Unresolvable(format!("corpus folder: {error}")))?;
    let target = fs::canonicalize(&joined)
        .map_err(|error| PathProblemKind::Unresolvable(error.to_string()))?;
    if target.starts_with(&root) {
        Ok(target)
    } else {
        Err(PathProblemKind::ResolvesOutside(target))
    }
}

impl CorpusRef {
    /// Refers to `corpus_dir` from a workspace saved at `workspace_file`: relative when the
    /// corpus is inside the workspace file's folder, absolute otherwise.
    pub fn from_paths(corpus_dir: &Path, workspace_file: &Path) -> Self {
        let corpus = absolute(corpus_dir);
        let base = absolute(workspace_file.parent().unwrap_or(Path::new(".")));
        let path = match corpus.strip_prefix(&base) {
            Ok(rel) if rel.as_os_str().is_empty() => ".".to_owned(),
            Ok(rel) => slash_path(rel),
            Err(_) => corpus.to_string_lossy().into_owned(),
        };
        Self { path }
    }

    /// The corpus folder this refers to, for a workspace saved at `workspace_file`.
    pub fn resolve(&self, workspace_file: &Path) -> PathBuf {
        let path = Path::new(&self.path);
        if path.is_absolute() {
            return path.to_owned();
        }
        let base = workspace_file.parent().unwrap_or(Path::new("."));
        base.join(path)
    }
}

/// An absolute, lexically cleaned path; symlinks are resolved when the path exists.
fn absolute(path: &Path) -> PathBuf {
    if let Ok(real) = fs::canonicalize(path) {
        return real;
    }
    let joined = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut clean = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                clean.pop();
            }
            Component::CurDir => {}
            other => clean.push(other),
        }
    }
    clean
}

/// `a/b/c` whatever the platform's separator.
fn slash_path(rel: &Path) -> String {
    let parts: Vec<_> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    parts.join("/")
}

/// How the files on disk differ from the articles recorded in the workspace.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReconcileReport {
    /// Recorded, still there, but with different content.
    pub changed: Vec<String>,
    /// Recorded but gone; their notes and tags are kept.
    pub missing: Vec<String>,
    /// On disk but not recorded.
    pub new: Vec<String>,
}

impl ReconcileReport {
    /// True when the disk matches the workspace exactly.
    pub fn is_clean(&self) -> bool {
        self.changed.is_empty() && self.missing.is_empty() && self.new.is_empty()
    }
}

/// Compares the recorded articles with the current files (path → content hash).
pub fn reconcile(workspace: &Workspace, current: &BTreeMap<String, String>) -> ReconcileReport {
    let mut report = ReconcileReport::default();
    for (path, record) in &workspace.articles {
        match current.get(path) {
            None => report.missing.push(path.clone()),
            Some(hash) if *hash != record.content_hash => report.changed.push(path.clone()),
            Some(_) => {}
        }
    }
    report.new = current
        .keys()
        .filter(|path| !workspace.articles.contains_key(*path))
        .cloned()
        .collect();
    report
}

impl Workspace {
    /// The corpus folder, or [`Error::CorpusMissing`] so the app can ask where it went.
    pub fn corpus_root(&self, workspace_file: &Path) -> Result<PathBuf, Error> {
        let root = self.corpus.resolve(workspace_file);
        if root.is_dir() {
            Ok(root)
        } else {
            Err(Error::CorpusMissing { path: root })
        }
    }

    /// Every article path the workspace names that must not be read, sorted by path.
    ///
    /// Looks at all the places a path can hide: article records, reference dates, reading
    /// directions, notes, tags, bookmarks and the selected article.
    pub fn validate_paths(&self, corpus_root: &Path) -> Vec<PathProblem> {
        let named = self
            .articles
            .keys()
            .chain(self.reference_dates.keys())
            .chain(self.reading_directions.keys())
            .chain(self.notes.articles.keys())
            .chain(self.tags.articles.keys())
            .chain(self.bookmarks.iter().map(|bookmark| &bookmark.article))
            .chain(&self.selected_article);
        let mut problems = BTreeMap::new();
        for article in named {
            if problems.contains_key(article) {
                continue;
            }
            if let Err(kind) = resolve_article(corpus_root, article) {
                problems.insert(article.clone(), kind);
            }
        }
        problems
            .into_iter()
            .map(|(article, kind)| PathProblem { article, kind })
            .collect()
    }

    /// Records the current files' hashes: changed ones are updated, new ones added, and
    /// missing ones kept (with their notes and tags) until the analyst forgets them.
    pub fn record_articles(&mut self, current: &BTreeMap<String, String>) {
        for (path, hash) in current {
            self.articles.insert(
                path.clone(),
                ArticleRecord {
                    content_hash: hash.clone(),
                },
            );
        }
    }

    /// Drops an article and everything attached to it (the analyst chose to forget it).
    pub fn forget_article(&mut self, article: &str) {
        self.articles.remove(article);
        self.reference_dates.remove(article);
        self.reading_directions.remove(article);
        self.notes.articles.remove(article);
        self.tags.articles.remove(article);
        self.bookmarks
            .retain(|bookmark| bookmark.article != article);
        if self.selected_article.as_deref() == Some(article) {
            self.selected_article = None;
        }
    }
}
