//! A folder's analysis through the cache: unchanged files restored, the others
//! analysed and written back on a thread of their own, deleted files' entries pruned.

use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::sync::{Arc, Mutex};
use std::time::UNIX_EPOCH;

use marsad_core::corpus::Resolution;
use marsad_core::ingest::{self, IngestOptions, IngestProgress};
use marsad_core::pipeline::{
    self, ANALYZER_VERSION, Analyzer, ArticleAnalysis, ArticleResult, CorpusAnalysis, FolderSource,
};
use sha2::{Digest, Sha256};

use super::entry::{self, FolderStamp, Stamp, Unusable};
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
    /// Whether the resolution across articles was restored (no file changed) rather
    /// than computed.
    pub resolution_restored: bool,
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
                reading: reading_of(analyzer, options),
                root,
                options,
                cache: &opened.cache,
                prefix: key_prefix(root),
                restored: AtomicUsize::new(0),
                analysed: AtomicUsize::new(0),
                damaged: AtomicUsize::new(0),
                resolution_restored: AtomicBool::new(false),
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
    /// What the analyses depend on besides the bytes: the analyzer's version, its
    /// reading of bare dates and the ingest limits.
    reading: String,
    root: &'a Path,
    options: &'a IngestOptions,
    cache: &'a AnalysisCache,
    /// The folder's absolute path and a `/`: every key under it starts so.
    prefix: String,
    restored: AtomicUsize,
    analysed: AtomicUsize,
    damaged: AtomicUsize,
    resolution_restored: AtomicBool,
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
            let source = Source {
                run: &self,
                writer: writer.is_ok().then_some(sender),
            };
            let corpus = pipeline::analyze_folder_by(
                self.root,
                self.options,
                &source,
                on_article,
                progress,
                cancel,
            );
            drop(source);
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
            resolution_restored: self.resolution_restored.into_inner(),
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
            analyzer: self.reading.clone(),
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

/// A cached run as the pipeline's source of files and resolution, with the channel
/// to the writer thread.
struct Source<'a, 'run> {
    run: &'a CachedRun<'run>,
    writer: Option<SyncSender<(String, Vec<u8>)>>,
}

impl FolderSource for Source<'_, '_> {
    fn file(&self, path: &Path) -> Vec<ArticleResult> {
        self.run.file(path, self.writer.as_ref())
    }

    /// The resolution kept for this folder when it was made from the same articles,
    /// else one computed and kept.
    fn resolve(&self, articles: &[Arc<ArticleAnalysis>]) -> Resolution {
        let run = self.run;
        let stamp = FolderStamp {
            analyzer: run.reading.clone(),
            articles_sha256: articles_hash(articles),
        };
        let restored = run.cache.read_resolution(&run.prefix, |value| {
            catch_unwind(AssertUnwindSafe(|| entry::decode_resolution(value, &stamp)))
                .unwrap_or(Err(Unusable::Damaged))
        });
        match restored {
            Ok(Some(Ok(resolution))) if resolution.articles.len() == articles.len() => {
                run.resolution_restored.store(true, Ordering::Relaxed);
                return resolution;
            }
            Ok(Some(Ok(_) | Err(Unusable::Damaged))) | Err(_) => {
                run.damaged.fetch_add(1, Ordering::Relaxed);
            }
            Ok(Some(Err(Unusable::Stale)) | None) => {}
        }
        let resolution = pipeline::resolve(articles);
        if let Ok(value) = entry::encode_resolution(&stamp, &resolution) {
            // Not kept, it is computed again next time: nothing is lost.
            let _ = run.cache.write_resolution(&run.prefix, &value);
        }
        resolution
    }
}

/// The analyzer's version, its reading of bare dates and a hash of the ingest limits:
/// a change to any of them changes the analyses.
fn reading_of(analyzer: &Analyzer, options: &IngestOptions) -> String {
    let limits = Sha256::digest(format!("{options:?}").as_bytes());
    let limits = u32::from_le_bytes([limits[0], limits[1], limits[2], limits[3]]);
    format!(
        "{ANALYZER_VERSION}; {:?}; limits {limits:08x}",
        analyzer.prefer()
    )
}

/// SHA-256 of the articles' paths and content hashes, in order.
fn articles_hash(articles: &[Arc<ArticleAnalysis>]) -> [u8; 32] {
    let mut hasher = Sha256::new();
    for article in articles {
        hasher.update(article.path.as_bytes());
        hasher.update([0]);
        hasher.update(article.content_hash.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize().into()
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
