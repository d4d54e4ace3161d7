//! `marsad-cli bench DIR --reopen`: analyse a folder cold into a fresh analysis cache,
//! then reopen it from the cache as the app does (restore every article and the
//! resolution across them, fold each text for search, cluster events).
//!
//! The cache is a temporary folder of its own, so the first run is cold whatever the
//! user's cache holds, and the user's cache is left alone.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use marsad_core::ingest::IngestOptions;
use marsad_core::pipeline::{Analyzer, ArticleAnalysis, CorpusAnalysis};
use marsad_core::text::fold::fold_key;
use marsad_storage::cache::{self, CacheReport};

use super::bench::{cpu_seconds, peak_memory_bytes};

/// Analyses `dir` cold, then reopens it from the cache; last line `reopen seconds X`.
pub fn run(dir: &Path) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(dir.is_dir(), "{} is not a folder", dir.display());
    let cache_dir = TempCache::new()?;
    let load_start = Instant::now();
    let analyzer = Analyzer::new()?;
    println!(
        "model load seconds {:.3}",
        load_start.elapsed().as_secs_f64()
    );
    println!("threads {}", rayon::current_num_threads());

    let cold_cpu = cpu_seconds();
    let cold_start = Instant::now();
    let (cold, cold_report) = open(&analyzer, dir, &cache_dir.0, &|_| {});
    let cold_seconds = cold_start.elapsed().as_secs_f64();
    let cold_cpu = cpu_seconds().zip(cold_cpu).map(|(end, start)| end - start);
    let bytes: usize = cold.articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1_000_000.0;
    println!("articles {}", cold.articles.len());
    println!("bytes {bytes}");
    println!("cold files analysed {}", cold_report.analysed);
    println!("cold seconds {cold_seconds:.3}");
    if let Some(cpu) = cold_cpu {
        println!("cold MB per cpu second {:.2}", mb / cpu.max(1e-9));
    }
    println!("cold MB/s {:.2}", mb / cold_seconds.max(1e-9));
    println!(
        "cache MB {:.1}",
        cache::size_on_disk(&cache_dir.0) as f64 / 1_000_000.0
    );
    let cold_entities = cold.resolution.entities.len();
    drop(cold);

    let reopen_cpu = cpu_seconds();
    let reopen_start = Instant::now();
    // The app's loader folds each article's text for search as it arrives.
    let fold_for_search = |article: Arc<ArticleAnalysis>| drop(fold_key(&article.text));
    let (reopened, report) = open(&analyzer, dir, &cache_dir.0, &fold_for_search);
    let restore_seconds = reopen_start.elapsed().as_secs_f64();
    // …and clusters the events of different articles, off the UI thread.
    let events: Vec<&[marsad_core::events::Event]> = reopened
        .articles
        .iter()
        .map(|a| a.events.as_slice())
        .collect();
    let clusters = marsad_core::events::cluster(&events).len();
    let reopen_seconds = reopen_start.elapsed().as_secs_f64();
    let reopen_cpu = cpu_seconds()
        .zip(reopen_cpu)
        .map(|(end, start)| end - start);

    for note in cold_report.notes.iter().chain(&report.notes) {
        eprintln!("note: {note}");
    }
    anyhow::ensure!(
        reopened.resolution.entities.len() == cold_entities,
        "the reopened folder has {} entities, the cold analysis {cold_entities}",
        reopened.resolution.entities.len()
    );
    println!("reopen files restored {}", report.restored);
    println!("reopen files analysed {}", report.analysed);
    println!("reopen resolution restored {}", report.resolution_restored);
    println!("entities {cold_entities}");
    println!("event clusters {clusters}");
    println!("reopen restore and resolve seconds {restore_seconds:.3}");
    if let Some(cpu) = reopen_cpu {
        println!("reopen cpu seconds {cpu:.3}");
    }
    match peak_memory_bytes() {
        Some(peak) => println!("peak memory MB {:.1}", peak as f64 / 1_000_000.0),
        None => println!("peak memory MB unknown"),
    }
    println!("reopen seconds {reopen_seconds:.3}");
    Ok(ExitCode::SUCCESS)
}

fn open(
    analyzer: &Analyzer,
    dir: &Path,
    cache_dir: &Path,
    on_article: &(dyn Fn(Arc<ArticleAnalysis>) + Sync),
) -> (CorpusAnalysis, CacheReport) {
    cache::analyze_folder(
        analyzer,
        dir,
        &IngestOptions::default(),
        Some(cache_dir),
        on_article,
        &|_| {},
        &AtomicBool::new(false),
    )
}

/// A cache folder of this run's own, removed when the run ends.
struct TempCache(PathBuf);

impl TempCache {
    fn new() -> anyhow::Result<Self> {
        let dir = std::env::temp_dir().join(format!("marsad-bench-cache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        Ok(Self(dir))
    }
}

impl Drop for TempCache {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
