//! `marsad-cli bench DIR`: end-to-end throughput and peak memory on a folder.

use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use marsad_core::ingest::IngestOptions;
use marsad_core::pipeline::{self, Analyzer};

/// Analyzes `dir` end to end and prints articles, bytes, seconds, MB/s and peak memory.
pub fn run(dir: &Path) -> anyhow::Result<ExitCode> {
    anyhow::ensure!(dir.is_dir(), "{} is not a folder", dir.display());
    let load_start = Instant::now();
    let analyzer = Analyzer::new()?;
    let load_seconds = load_start.elapsed().as_secs_f64();

    let start = Instant::now();
    let cancel = AtomicBool::new(false);
    let analysis = pipeline::analyze_folder(
        &analyzer,
        dir,
        &IngestOptions::default(),
        &|_| {},
        &|_| {},
        &cancel,
    );
    let seconds = start.elapsed().as_secs_f64();

    let bytes: usize = analysis.articles.iter().map(|a| a.text.len()).sum();
    let mentions: usize = analysis.articles.iter().map(|a| a.mentions.len()).sum();
    let dates: usize = analysis.articles.iter().map(|a| a.dates.len()).sum();
    let events: usize = analysis.articles.iter().map(|a| a.events.len()).sum();
    let mb = bytes as f64 / 1_000_000.0;
    println!("threads {}", rayon::current_num_threads());
    println!("model load seconds {load_seconds:.3}");
    println!("articles {}", analysis.articles.len());
    println!("problems {}", analysis.problems.len());
    println!("bytes {bytes}");
    println!("mentions {mentions}");
    println!("dates {dates}");
    println!("events {events}");
    println!("entities {}", analysis.resolution.entities.len());
    println!("seconds {seconds:.3}");
    match peak_memory_bytes() {
        Some(peak) => println!("peak memory MB {:.1}", peak as f64 / 1_000_000.0),
        None => println!("peak memory MB unknown"),
    }
    println!("MB/s {:.2}", mb / seconds.max(1e-9));
    Ok(ExitCode::SUCCESS)
}

/// The process's peak resident set (Linux `VmHWM`).
fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}
