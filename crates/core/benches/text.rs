//! Throughput of the text toolkit on generated Arabic news text (no external data).
//!
//! Run with `cargo bench -p marsad-core --bench text`; the target is over
//! 100 MB/s for folding and tokenizing on one core.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::text::{analyze_word, fold, fold_key, split_sentences, tokenize};

const WORDS: &[&str] = &[
    "قال",
    "وزير",
    "الخارجية",
    "التونسي",
    "إن",
    "المحادثات",
    "مع",
    "الجزائر",
    "ستستمر",
    "خلال",
    "الأسبوع",
    "المقبل",
    "وأضاف",
    "أنّ",
    "الحكومة",
    "تعمل",
    "على",
    "تعزيز",
    "التعاون",
    "الاقتصادي",
    "بين",
    "البلدين",
    "والأمن",
    "في",
    "المنطقة",
    "مُحَمَّدٌ",
    "رئيسُ",
    "الوزراء",
    "ٱلقاهرة",
    "مصطفى",
    "المؤتمر",
    "جمـــيل",
    "بالحكومة",
    "للرئيس",
    "وزارتها",
    "٢٠٢٤",
    "27",
    "نوفمبر",
    "UNESCO",
    "3.5",
];

/// About `bytes` of news-like Arabic: sentences of 8–20 words with punctuation and line breaks.
fn generated_text(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 256);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    };
    while text.len() < bytes {
        let words = 8 + next(13);
        for i in 0..words {
            if i > 0 {
                text.push_str(if next(15) == 0 { "، " } else { " " });
            }
            text.push_str(WORDS[next(WORDS.len())]);
        }
        text.push_str(match next(6) {
            0 => "؟\n",
            1 => ".\n\n",
            _ => ". ",
        });
    }
    text
}

fn text_benches(c: &mut Criterion) {
    let text = generated_text(4 * 1024 * 1024);
    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("fold", |b| b.iter(|| fold(black_box(&text))));
    group.bench_function("fold_key", |b| b.iter(|| fold_key(black_box(&text))));
    group.bench_function("tokenize", |b| b.iter(|| tokenize(black_box(&text))));
    group.bench_function("split_sentences", |b| {
        b.iter(|| split_sentences(black_box(&text)));
    });
    let folded = fold(&text);
    group.bench_function("original_span (every 64th byte)", |b| {
        b.iter(|| {
            let mut sum = 0usize;
            for start in (0..folded.text.len().saturating_sub(64)).step_by(64) {
                sum += folded
                    .original_span(marsad_core::Span::new(start, start + 32))
                    .end;
            }
            sum
        });
    });
    let words: Vec<&str> = tokenize(&text)
        .into_iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(&text))
        .collect();
    group.bench_function("analyze_word (every word)", |b| {
        b.iter(|| {
            words
                .iter()
                .map(|w| analyze_word(black_box(w)).len())
                .sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, text_benches);
criterion_main!(benches);
