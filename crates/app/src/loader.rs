//! Loading a folder on a background thread, with progress and cancel; asking for a
//! folder in the desktop's dialog, on a thread of its own.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::analysis::{self, ArticleAnalysis, IngestProgress, Problem, Resolution};
use crate::search::fold_key;

/// An analysed article with its folded search text, ready for the view model.
#[derive(Debug)]
pub struct LoadedArticle {
    pub analysis: Arc<ArticleAnalysis>,
    pub folded: String,
}

impl LoadedArticle {
    fn new(analysis: Arc<ArticleAnalysis>) -> Self {
        let folded = fold_key(&analysis.text);
        Self { analysis, folded }
    }
}

/// The folder's cross-article entity resolution, sent when loading finishes.
#[derive(Debug, Default)]
pub struct ResolvedEntities {
    /// Entities across the folder; its `articles` follow `order`.
    pub resolution: Resolution,
    /// The paths of the resolved articles, in the resolution's order (the
    /// folder's order, not the order the articles were streamed in).
    pub order: Vec<String>,
    /// Events of different articles that report the same thing: (article index in
    /// `order`, event index). Clustered here, off the UI thread.
    pub event_clusters: Vec<Vec<(usize, usize)>>,
}

impl ResolvedEntities {
    fn new(resolution: Resolution, articles: &[Arc<ArticleAnalysis>]) -> Self {
        let events: Vec<&[marsad_core::events::Event]> =
            articles.iter().map(|a| a.events.as_slice()).collect();
        Self {
            resolution,
            order: articles.iter().map(|a| a.path.clone()).collect(),
            event_clusters: marsad_core::events::cluster(&events)
                .into_iter()
                .map(|c| c.members)
                .collect(),
        }
    }
}

/// What the loader thread reports to the UI.
#[derive(Debug)]
pub enum LoadMessage {
    Article(LoadedArticle),
    Progress(IngestProgress),
    Finished {
        problems: Vec<Problem>,
        cancelled: bool,
        /// The resolution of every article read (a cancelled load's too).
        entities: ResolvedEntities,
        /// What the analysis cache discarded or bypassed.
        notes: Vec<String>,
    },
}

/// A folder loaded on the calling thread.
#[derive(Debug, Default)]
pub struct LoadedFolder {
    /// The articles in the folder's order.
    pub articles: Vec<LoadedArticle>,
    pub problems: Vec<Problem>,
    pub entities: ResolvedEntities,
    /// What the analysis cache discarded or bypassed.
    pub notes: Vec<String>,
}

/// A folder load in progress.
#[derive(Debug)]
pub struct LoadJob {
    pub folder: PathBuf,
    pub progress: IngestProgress,
    receiver: Receiver<LoadMessage>,
    cancel: Arc<AtomicBool>,
}

impl LoadJob {
    /// Starts loading `folder` on a named thread, through the analysis cache in
    /// `cache_dir` if any; `wake` is called when there is news.
    pub fn spawn(
        folder: PathBuf,
        cache_dir: Option<PathBuf>,
        wake: impl Fn() + Send + Sync + 'static,
    ) -> std::io::Result<Self> {
        let (sender, receiver) = channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let thread_cancel = Arc::clone(&cancel);
        let thread_folder = folder.clone();
        std::thread::Builder::new()
            .name("marsad-loader".into())
            .spawn(move || {
                let source = Source {
                    folder: &thread_folder,
                    cache_dir: cache_dir.as_deref(),
                };
                run(&source, &sender, &thread_cancel, &wake);
            })?;
        Ok(Self {
            folder,
            progress: IngestProgress {
                done: 0,
                total: 0,
                current: String::new(),
            },
            receiver,
            cancel,
        })
    }

    /// Asks the loader to stop after the current file.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The messages that arrived since the last call, at most `limit` of them.
    pub fn drain(&mut self, limit: usize) -> Vec<LoadMessage> {
        let messages: Vec<LoadMessage> = self.receiver.try_iter().take(limit).collect();
        for message in &messages {
            if let LoadMessage::Progress(progress) = message {
                self.progress = progress.clone();
            }
        }
        messages
    }
}

/// What a load reads: the folder, and the analysis cache's folder if any.
struct Source<'a> {
    folder: &'a Path,
    cache_dir: Option<&'a Path>,
}

fn run(
    source: &Source<'_>,
    sender: &Sender<LoadMessage>,
    cancel: &AtomicBool,
    wake: &(dyn Fn() + Sync),
) {
    let on_article = |article: Arc<ArticleAnalysis>| {
        // A closed channel means the app moved on; the cancel flag stops the walk.
        if sender
            .send(LoadMessage::Article(LoadedArticle::new(article)))
            .is_err()
        {
            cancel.store(true, Ordering::Relaxed);
        }
        wake();
    };
    let on_progress = |progress: IngestProgress| {
        let _ = sender.send(LoadMessage::Progress(progress));
        wake();
    };
    let (corpus, notes) = analysis::analyze_folder(
        source.folder,
        source.cache_dir,
        &on_article,
        &on_progress,
        cancel,
    );
    let cancelled = cancel.load(Ordering::Relaxed);
    let entities = ResolvedEntities::new(corpus.resolution, &corpus.articles);
    let _ = sender.send(LoadMessage::Finished {
        problems: corpus.problems,
        cancelled,
        entities,
        notes,
    });
    wake();
}

/// Loads `folder` on the calling thread (tests and scripted use), without a cache.
pub fn load_now(folder: &Path) -> LoadedFolder {
    load_now_cached(folder, None)
}

/// Loads `folder` on the calling thread, through the analysis cache in `cache_dir` if any.
pub fn load_now_cached(folder: &Path, cache_dir: Option<&Path>) -> LoadedFolder {
    let (corpus, notes) =
        analysis::analyze_folder(folder, cache_dir, &|_| {}, &|_| {}, &AtomicBool::new(false));
    let entities = ResolvedEntities::new(corpus.resolution, &corpus.articles);
    let articles = corpus
        .articles
        .into_iter()
        .map(LoadedArticle::new)
        .collect();
    LoadedFolder {
        articles,
        problems: corpus.problems,
        entities,
        notes,
    }
}

/// What the folder dialog answered.
#[derive(Debug, PartialEq, Eq)]
pub enum DialogAnswer {
    /// The folder chosen.
    Folder(PathBuf),
    /// No dialog could be shown (no desktop portal, say).
    Unavailable,
}

/// The folder dialog, running on its own thread so the frame never waits on it.
#[derive(Debug, Default)]
pub struct FolderDialog {
    pending: Option<(Receiver<Option<PathBuf>>, Instant)>,
}

impl FolderDialog {
    /// Opens the desktop's folder dialog (unless one is open); `wake` is called when it
    /// answers. A dialog that cannot start answers at the next [`FolderDialog::poll`].
    pub fn open(&mut self, wake: impl Fn() + Send + 'static) {
        if self.pending.is_some() {
            return;
        }
        let (sender, receiver) = channel();
        let spawned = std::thread::Builder::new()
            .name("marsad-folder-dialog".into())
            .spawn({
                let sender = sender.clone();
                move || {
                    let picked = rfd::FileDialog::new().pick_folder();
                    let _ = sender.send(picked);
                    wake();
                }
            });
        if spawned.is_err() {
            let _ = sender.send(None);
        }
        self.pending = Some((receiver, Instant::now()));
    }

    /// The dialog's answer once it has one. A person cancelling gives `None`, as does
    /// a dialog still open.
    pub fn poll(&mut self) -> Option<DialogAnswer> {
        let (receiver, started) = self.pending.as_ref()?;
        let picked = receiver.try_recv().ok()?;
        // Without a desktop portal rfd answers `None` at once; a person takes longer to cancel.
        let too_fast_for_a_person = started.elapsed() < Duration::from_millis(700);
        self.pending = None;
        match picked {
            Some(folder) => Some(DialogAnswer::Folder(folder)),
            None if too_fast_for_a_person => Some(DialogAnswer::Unavailable),
            None => None,
        }
    }
}
