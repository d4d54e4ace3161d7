//! `marsad-cli bench DIR`: end-to-end throughput and peak memory on a folder.
//!
//! Besides wall-clock MB/s it prints the process's CPU time, so a run on a
//! machine shared with other work still says what the analysis costs: on an
//! idle machine, wall time is about CPU time divided by the threads.

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

    let cpu_start = cpu_seconds();
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
    let cpu = cpu_seconds().zip(cpu_start).map(|(end, start)| end - start);
    let peak = peak_memory_bytes();

    // Resolution alone, again, to show the share of the one serial step (in
    // place of the first one, so the process's peak memory stays the run's).
    let entities = analysis.resolution.entities.len();
    drop(analysis.resolution);
    let resolve_start = Instant::now();
    let resolution = pipeline::resolve(&analysis.articles);
    let resolve_seconds = resolve_start.elapsed().as_secs_f64();
    drop(resolution);

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
    println!("entities {entities}");
    println!("resolve seconds {resolve_seconds:.3}");
    match cpu {
        Some(cpu) => {
            println!("cpu seconds {cpu:.3}");
            println!("MB per cpu second {:.2}", mb / cpu.max(1e-9));
        }
        None => println!("cpu seconds unknown"),
    }
    println!("seconds {seconds:.3}");
    match peak {
        Some(peak) => println!("peak memory MB {:.1}", peak as f64 / 1_000_000.0),
        None => println!("peak memory MB unknown"),
    }
    println!("MB/s {:.2}", mb / seconds.max(1e-9));
    Ok(ExitCode::SUCCESS)
}

/// The process's peak resident set (Linux `VmHWM`).
pub(crate) fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// User plus system CPU time of all the process's threads so far (Linux
/// `/proc/self/stat`, in clock ticks of 1/100 s).
pub(crate) fn cpu_seconds() -> Option<f64> {
    const TICKS_PER_SECOND: f64 = 100.0;
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may hold spaces; the fields after it are plain numbers.
    let fields: Vec<&str> = stat
        .get(stat.rfind(')')? + 1..)?
        .split_whitespace()
        .collect();
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    let user: f64 = fields.get(11)?.parse().ok()?;
    let system: f64 = fields.get(12)?.parse().ok()?;
    Some((user + system) / TICKS_PER_SECOND)
}
