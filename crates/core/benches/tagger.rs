//! Throughput of the entity tagger alone (features, weights, Viterbi) and of
//! the whole recognizer, in tokens per second on one core, over the bundled
//! sample corpus.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::entities::{Recognizer, TagScratch, Tagger};
use marsad_core::text::tokenize::tokenize;

/// The sample articles' words, cut into sentences at sentence punctuation.
fn sample_sentences() -> (String, Vec<Vec<String>>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/sample-corpus");
    let mut text = String::new();
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    paths.sort();
    for path in paths
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
    {
        text.push_str(&std::fs::read_to_string(path).unwrap_or_default());
        text.push('\n');
    }
    let mut sentences = vec![Vec::new()];
    for token in tokenize(&text) {
        let word = token.text(&text);
        if let Some(sentence) = sentences.last_mut() {
            sentence.push(word.to_owned());
        }
        if matches!(word, "." | "!" | "?" | "؟") {
            sentences.push(Vec::new());
        }
    }
    sentences.retain(|s| !s.is_empty());
    (text, sentences)
}

fn tagger(c: &mut Criterion) {
    let Ok(tagger) = Tagger::bundled() else {
        return;
    };
    let Ok(recognizer) = Recognizer::bundled() else {
        return;
    };
    let (text, sentences) = sample_sentences();
    let tokens: usize = sentences.iter().map(Vec::len).sum();

    let mut group = c.benchmark_group("ner");
    group.throughput(Throughput::Elements(tokens as u64));
    group.bench_function("tagger_tokens", |b| {
        let mut scratch = TagScratch::default();
        b.iter(|| {
            for sentence in &sentences {
                black_box(tagger.tag_with(black_box(sentence), &mut scratch));
            }
        });
    });
    // Documents of twenty sentences: the document cues and, for a
    // two-pass model, the second pass, as the recognizer runs them.
    group.bench_function("tagger_document_tokens", |b| {
        let mut scratch = TagScratch::default();
        b.iter(|| {
            for document in sentences.chunks(20) {
                black_box(tagger.tag_document_with(
                    black_box(document),
                    document.len(),
                    &mut scratch,
                ));
            }
        });
    });
    group.bench_function("recognizer_tokens", |b| {
        b.iter(|| black_box(recognizer.recognize(black_box(&text))));
    });
    group.finish();
}

criterion_group!(benches, tagger);
criterion_main!(benches);
