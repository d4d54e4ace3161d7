//! Deterministic random inputs through decoding and the text toolkit: no
//! panic, and every span they return is ordered and on character boundaries.
//! (The fuzz targets explore further; this runs in the normal test command.)

use marsad_core::Span;
use marsad_core::ingest::decode;
use marsad_core::text::{analyze_word, fold, split_sentences, tokenize};

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % bound
    }
}

/// Characters that stress the toolkit: every class it treats differently.
const PIECES: &[&str] = &[
    "ا", "أ", "ل", "ة", "ى", "ئ", "و", "ب", "ال", "لل", "\u{64e}", "\u{651}", "\u{670}", "ـ", "ﻻ",
    "ﷺ", "\u{fe76}", "٢", "٫", "٬", "۴", "3", ".", ",", "!", "؟", "؛", "…", "«", "»", "“", "”",
    "\"", "(", ")", "#", "_", "-", "%", "$", "A", "z", "é", "\u{301}", "ש", "😀", "🇹", "🇳",
    "\u{200d}", "\u{200c}", "\u{200f}", "\u{202e}", "\u{2066}", "\u{feff}", " ", "\n", "\r\n",
    "\u{2028}", "\t", "\u{0}", "\u{85}", "د.", "م.", "\u{fffd}",
];

fn random_text(rng: &mut Lcg, max_pieces: usize) -> String {
    let n = rng.next(max_pieces);
    (0..n).map(|_| PIECES[rng.next(PIECES.len())]).collect()
}

fn assert_spans(text: &str, spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut previous_end = 0;
    for span in spans {
        assert!(
            span.start >= previous_end,
            "{what}: overlapping spans in {text:?}"
        );
        assert!(span.start < span.end, "{what}: empty span in {text:?}");
        assert!(
            span.slice(text).is_some(),
            "{what}: {span:?} cuts a character of {text:?}"
        );
        previous_end = span.end;
    }
}

#[test]
fn random_texts_keep_every_span_valid() {
    let mut rng = Lcg(2024);
    for _ in 0..3_000 {
        let text = random_text(&mut rng, 40);
        assert_spans(
            &text,
            tokenize(&text).into_iter().map(|t| t.span),
            "tokenize",
        );
        assert_spans(&text, split_sentences(&text), "split_sentences");
        let folded = fold(&text);
        let whole = folded.original_span(Span::new(0, folded.text.len()));
        assert!(whole.slice(&text).is_some(), "fold of {text:?}");
        for token in tokenize(&text) {
            let word = token.text(&text);
            for candidate in analyze_word(word) {
                assert!(
                    candidate.stem.slice(word).is_some(),
                    "{word:?}: {candidate:?}"
                );
            }
        }
    }
}

#[test]
fn random_bytes_decode_or_are_refused_without_panicking() {
    let mut rng = Lcg(7);
    for round in 0..2_000 {
        let len = rng.next(300);
        // Some rounds start with a BOM so the UTF-16 and UTF-8 paths are exercised.
        let bom: &[u8] = match round % 4 {
            0 => &[0xff, 0xfe],
            1 => &[0xef, 0xbb, 0xbf],
            _ => &[],
        };
        let mut bytes = bom.to_vec();
        bytes.extend((0..len).map(|_| rng.next(256) as u8));
        if let Ok(decoded) = decode(&bytes) {
            assert!(!decoded.encoding.is_empty());
            let _ = tokenize(&decoded.text);
        }
    }
}
