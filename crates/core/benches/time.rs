//! Throughput of date extraction and event building on generated Arabic news text.
//!
//! Run with `cargo bench -p marsad-core --bench time`. The text mixes ordinary
//! prose with the date shapes the extractor handles, about one date in every
//! twenty words, which is denser than real news.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use marsad_core::events;
use marsad_core::text::sentence::split_sentences;
use marsad_core::time::{Reference, extract};

#[rustfmt::skip]
const PROSE: &[&str] = &[
    "قال", "وزير", "الخارجية", "إن", "المحادثات", "مع", "الجزائر", "ستستمر", "وأضاف", "أنّ", "الحكومة",
    "تعمل", "على", "تعزيز", "التعاون", "الاقتصادي", "بين", "البلدين", "والأمن", "في", "المنطقة", "رئيسُ",
    "الوزراء", "بعد", "اجتماع", "مطول", "حضره", "ممثلو", "الأحزاب", "والنقابات", "الكبرى", "2500", "جندي",
];

#[rustfmt::skip]
const DATES: &[&str] = &[
    "يوم الجمعة 21 مايو 2021", "أمس", "الثلاثاء الماضي", "في 17 أكتوبر/تشرين الأول", "منذ أسبوعين",
    "خلال الأسابيع المقبلة", "10 ربيع الأول 1447 هـ", "من 5 إلى 12 ماي", "لمدة 11 يومًا", "عام 2017",
    "صباح اليوم", "2024-11-27 08:51 م", "الشهر الماضي", "بين عامي 2014 و2017", "أواخر مايو 2021",
];

/// About `bytes` of text: sentences of prose with a date every twenty words.
fn generated(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 200);
    let mut i = 0usize;
    while text.len() < bytes {
        for _ in 0..19 {
            text.push_str(PROSE[i % PROSE.len()]);
            text.push(' ');
            i = i.wrapping_mul(31).wrapping_add(7) % 1_000_003;
        }
        text.push_str(DATES[i % DATES.len()]);
        text.push_str(if i.is_multiple_of(3) { ".\n" } else { "، " });
        i += 1;
    }
    text
}

fn bench_time(c: &mut Criterion) {
    let text = generated(1 << 20);
    let reference = Reference::parse("2024-11-27T20:51:00+03:00");
    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("extract_1MB", |b| {
        b.iter(|| extract(black_box(&text), reference));
    });
    let sentences = split_sentences(&text);
    let dates = extract(&text, reference);
    group.bench_function("events_1MB", |b| {
        b.iter(|| events::extract(black_box(&text), &sentences, &[], &dates));
    });
    group.finish();
}

criterion_group!(benches, bench_time);
criterion_main!(benches);
