//! A folder's analysis through the cache: unchanged files restored, the others
//! analysed and written back on a thread of their own, deleted files' entries pruned.

use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::UNIX_EPOCH;

use marsad_core::ingest::{self, IngestOptions, IngestProgress};
use marsad_core::pipeline::{
    self, ANALYZER_VERSION, Analyzer, ArticleAnalysis, ArticleResult, CorpusAnalysis,
};
use sha2::{Digest, Sha256};

use super::entry::{self, Stamp, Unusable};
use super::store::AnalysisCache;

/// Entries written per transaction: few enough commits to stay cheap, small enough
/// batches that a load's memory does not hold many encoded analyses at once.
const WRITE_BATCH: usize = 256;

/// What the cache did for one folder analysis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CacheReport {
    /// Whether the cache was used at all.
    pub used: bool,
    /// Files whose analyses were restored.
    pub restored: usize,
    /// Files analysed (new, changed, damaged or stale entries).
    pub analysed: usize,
    /// Entries of files no longer in the folder, removed.
    pub pruned: usize,
    /// What went wrong and was discarded or bypassed, as sentences for the analyst.
    pub notes: Vec<String>,
}

/// Analyzes every article under `root`, through the cache in `cache_dir` when one is
/// given: like [`pipeline::analyze_folder`], with what the cache did.
pub fn analyze_folder(
    analyzer: &Analyzer,
    root: &Path,
    options: &IngestOptions,
    cache_dir: Option<&Path>,
    on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
    progress: &(dyn Fn(IngestProgress) + Sync),
    cancel: &AtomicBool,
) -> (CorpusAnalysis, CacheReport) {
    let uncached =
        || pipeline::analyze_folder(analyzer, root, options, on_article, progress, cancel);
    let Some(dir) = cache_dir else {
        return (uncached(), CacheReport::default());
    };
    match AnalysisCache::open(dir) {
        Ok(opened) => {
            let run = CachedRun {
                analyzer,
                root,
                options,
                cache: &opened.cache,
                prefix: key_prefix(root),
                restored: AtomicUsize::new(0),
                analysed: AtomicUsize::new(0),
                damaged: AtomicUsize::new(0),
                seen: Mutex::new(HashSet::new()),
            };
            let (corpus, mut report) = run.analyze(on_article, progress, cancel);
            report.notes.splice(0..0, opened.notes);
            (corpus, report)
        }
        Err(err) => {
            let report = CacheReport {
                notes: vec![format!("{err}; this folder was analysed without it.")],
                ..CacheReport::default()
            };
            (uncached(), report)
        }
    }
}

/// One folder analysis through an open cache.
struct CachedRun<'a> {
    analyzer: &'a Analyzer,
    root: &'a Path,
    options: &'a IngestOptions,
    cache: &'a AnalysisCache,
    /// The folder's absolute path and a `/`: every key under it starts so.
    prefix: String,
    restored: AtomicUsize,
    analysed: AtomicUsize,
    damaged: AtomicUsize,
    /// The keys of the files found, so entries of deleted files can go.
    seen: Mutex<HashSet<String>>,
}

impl CachedRun<'_> {
    fn analyze(
        self,
        on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
        progress: &(dyn Fn(IngestProgress) + Sync),
        cancel: &AtomicBool,
    ) -> (CorpusAnalysis, CacheReport) {
        let mut notes = Vec::new();
        let corpus = std::thread::scope(|scope| {
            let (sender, receiver) = sync_channel::<(String, Vec<u8>)>(WRITE_BATCH);
            let writer = std::thread::Builder::new()
                .name("marsad-cache-writer".into())
                .spawn_scoped(scope, move || write_entries(self.cache, &receiver));
            let sender = writer.is_ok().then_some(sender);
            let per_file = |path: &Path| self.file(path, sender.as_ref());
            let corpus = pipeline::analyze_folder_by(
                self.root,
                self.options,
                &per_file,
                on_article,
                progress,
                cancel,
            );
            drop(sender);
            if let Ok(Some(note)) = writer.map(|w| {
                w.join()
                    .unwrap_or_else(|_| Some("the cache writer failed".to_owned()))
            }) {
                notes.push(format!("The analysis cache could not be written ({note}); the analyses of this run are not all kept."));
            }
            corpus
        });
        let damaged = self.damaged.load(Ordering::Relaxed);
        if damaged > 0 {
            notes.push(format!(
                "{damaged} damaged entries of the analysis cache were discarded; their files were analysed again."
            ));
        }
        let mut pruned = 0;
        if !corpus.cancelled {
            let seen = self.seen.into_inner().unwrap_or_default();
            match self.cache.prune(&self.prefix, |key| seen.contains(key)) {
                Ok(count) => pruned = count,
                Err(why) => notes.push(format!(
                    "The entries of deleted files could not be removed from the analysis cache ({why})."
                )),
            }
        }
        let report = CacheReport {
            used: true,
            restored: self.restored.into_inner(),
            analysed: self.analysed.into_inner(),
            pruned,
            notes,
        };
        (corpus, report)
    }

    /// One file's results: restored when its entry matches, else analysed and sent to
    /// the writer.
    fn file(
        &self,
        path: &Path,
        writer: Option<&SyncSender<(String, Vec<u8>)>>,
    ) -> Vec<ArticleResult> {
        let key = format!("{}{}", self.prefix, ingest::display_path(self.root, path));
        if let Ok(mut seen) = self.seen.lock() {
            seen.insert(key.clone());
        }
        // A file that cannot be read is analysed the usual way, which reports why.
        let Ok(bytes) = ingest::read_file_bytes(self.root, path, self.options) else {
            return pipeline::analyze_file(self.analyzer, self.root, path, self.options);
        };
        let stamp = Stamp {
            analyzer: ANALYZER_VERSION.to_owned(),
            size: bytes.len() as u64,
            mtime_ns: mtime_ns(path),
            sha256: Sha256::digest(&bytes).into(),
        };
        let restored = self.cache.read(&key, |value| {
            catch_unwind(AssertUnwindSafe(|| entry::decode(value, &stamp)))
                .unwrap_or(Err(Unusable::Damaged))
        });
        match restored {
            Ok(Some(Ok(results))) => {
                self.restored.fetch_add(1, Ordering::Relaxed);
                return results;
            }
            Ok(Some(Err(Unusable::Damaged))) | Err(_) => {
                self.damaged.fetch_add(1, Ordering::Relaxed);
            }
            Ok(Some(Err(Unusable::Stale)) | None) => {}
        }
        self.analysed.fetch_add(1, Ordering::Relaxed);
        let results =
            pipeline::analyze_file_bytes(self.analyzer, self.root, path, self.options, &bytes);
        if let (Some(writer), Ok(value)) = (writer, entry::encode(&stamp, &results)) {
            // A writer that stopped has said why; the run goes on.
            let _ = writer.send((key, value));
        }
        results
    }
}

/// Writes what arrives in batches until the senders are gone; the first failure, if any.
fn write_entries(cache: &AnalysisCache, receiver: &Receiver<(String, Vec<u8>)>) -> Option<String> {
    let mut batch = Vec::with_capacity(WRITE_BATCH);
    let mut failure = None;
    loop {
        let next = receiver.recv();
        let done = next.is_err();
        if let Ok(entry) = next {
            batch.push(entry);
            batch.extend(receiver.try_iter().take(WRITE_BATCH - 1));
        }
        if failure.is_none()
            && !batch.is_empty()
            && let Err(why) = cache.write(&batch)
        {
            failure = Some(why);
        }
        batch.clear();
        if done {
            return failure;
        }
    }
}

/// The folder's key prefix: its absolute path (symlinks resolved) and `/`.
fn key_prefix(root: &Path) -> String {
    let absolute = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_owned());
    let mut prefix = absolute.to_string_lossy().replace('\\', "/");
    if !prefix.ends_with('/') {
        prefix.push('/');
    }
    prefix
}

fn mtime_ns(path: &Path) -> i128 {
    std::fs::metadata(path)
        .and_then(|meta| meta.modified())
        .ok()
        .and_then(|time| time.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |since| since.as_nanos() as i128)
}
