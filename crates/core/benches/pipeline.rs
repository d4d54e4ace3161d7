//! Throughput of the whole per-article analysis, of its stages that are not
//! benchmarked elsewhere (structure, gazetteer), and of the cross-article
//! resolution, in bytes of article text per second on one core.
//!
//! The articles are the bundled sample corpus, or the folder named by
//! `MARSAD_BENCH_CORPUS` (a `marsad-cli gen-corpus` output, for instance).
//! Run with `cargo bench -p marsad-core --bench pipeline`.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Arc;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::article;
use marsad_core::ingest::{self, IngestOptions};
use marsad_core::pipeline::{self, Analyzer};

/// The benchmark folder's article texts, in the folder's order.
fn corpus() -> Vec<String> {
    let dir = std::env::var_os("MARSAD_BENCH_CORPUS").map_or_else(
        || {
            PathBuf::from(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../assets/sample-corpus"
            ))
        },
        PathBuf::from,
    );
    ingest::read_folder(
        &dir,
        &IngestOptions::default(),
        &|_| {},
        &std::sync::atomic::AtomicBool::default(),
    )
    .documents
    .into_iter()
    .map(|d| d.text)
    .collect()
}

fn pipeline_benches(c: &mut Criterion) {
    let Ok(analyzer) = Analyzer::new() else {
        return;
    };
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("analyze_text (whole article analysis)", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(analyzer.analyze_text(
                    String::new(),
                    text.clone(),
                    String::new(),
                    String::new(),
                    pipeline::DateReading::default(),
                ));
            }
        });
    });
    group.bench_function("article::parse", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(article::parse(black_box(text)));
            }
        });
    });
    let gazetteer = marsad_core::entities::gazetteer::Gazetteer::bundled();
    group.bench_function("gazetteer find", |b| {
        b.iter(|| {
            for text in &texts {
                black_box(gazetteer.find(black_box(text)));
            }
        });
    });

    // Resolution over many articles: the analyses of the corpus, repeated
    // until they hold about 10 MB of text, as if a larger folder.
    let analyses: Vec<Arc<pipeline::ArticleAnalysis>> = texts
        .iter()
        .enumerate()
        .map(|(i, text)| {
            Arc::new(analyzer.analyze_text(
                format!("{i}.txt"),
                text.clone(),
                String::new(),
                String::new(),
                pipeline::DateReading::default(),
            ))
        })
        .collect();
    let copies = (10_000_000 / bytes.max(1)).max(1);
    let many: Vec<Arc<pipeline::ArticleAnalysis>> =
        (0..copies).flat_map(|_| analyses.iter().cloned()).collect();
    group.throughput(Throughput::Bytes((bytes * copies) as u64));
    group.bench_function("resolve (cross-article, ~10 MB of articles)", |b| {
        b.iter(|| black_box(pipeline::resolve(black_box(&many))));
    });
    group.finish();
}

criterion_group!(benches, pipeline_benches);
criterion_main!(benches);
