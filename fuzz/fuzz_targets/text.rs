#![no_main]
//! Arbitrary UTF-8 → fold (and its offset map), tokenize, sentences, clitics.

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use marsad_core::Span;
use marsad_core::text::{
    analyze_word, fold, fold_key, split_sentences, strip_proclitics, tokenize,
};

fuzz_target!(|text: &str| {
    if text.len() > common::MAX_INPUT {
        return;
    }
    check_fold(text);

    let tokens = tokenize(text);
    common::assert_sorted_disjoint(tokens.iter().map(|t| t.span), "tokens");
    for token in &tokens {
        common::assert_span(text, token.span, "token");
        assert!(!token.span.is_empty(), "empty token at {:?}", token.span);
        if token.is_word() {
            let word = token.text(text);
            for candidate in analyze_word(word) {
                common::assert_span(word, candidate.stem, "stem");
            }
        }
    }

    let sentences = split_sentences(text);
    common::assert_sorted_disjoint(sentences.iter().copied(), "sentences");
    for sentence in sentences {
        common::assert_span(text, sentence, "sentence");
        let s = &text[sentence.start..sentence.end];
        assert!(!s.is_empty(), "empty sentence at {sentence:?}");
        assert_eq!(s.trim(), s, "untrimmed sentence at {sentence:?}");
    }
});

fn check_fold(text: &str) {
    let folded = fold(text);
    assert_eq!(folded.original_len(), text.len());
    assert_eq!(fold_key(text), folded.text, "fold_key and fold disagree");
    assert_eq!(
        fold(&folded.text).text,
        folded.text,
        "folding is not idempotent"
    );

    // Every folded character boundary maps to an original character boundary, in order.
    let boundaries: Vec<usize> = folded
        .text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(folded.text.len()))
        .collect();
    let mut previous = 0;
    for &f in &boundaries {
        let o = folded.original_offset(f);
        assert!(
            o <= text.len() && text.is_char_boundary(o),
            "folded {f} → original {o}: not a boundary"
        );
        assert!(o >= previous, "offset map goes backwards at folded {f}");
        previous = o;
    }
    // Each folded character's span, and spans of words, map to boundary-aligned original spans.
    for pair in boundaries.windows(2) {
        let span = folded.original_span(Span::new(pair[0], pair[1]));
        common::assert_span(text, span, "folded char → original");
    }
    for word in tokenize(&folded.text).into_iter().filter(|t| t.is_word()) {
        let span = folded.original_span(word.span);
        common::assert_span(text, span, "folded word → original");
        assert!(
            !span.is_empty(),
            "folded word {:?} maps to an empty span",
            word.span
        );
        let stripped = strip_proclitics(word.text(&folded.text));
        assert!(word.text(&folded.text).ends_with(stripped));
    }
    // And back: every original boundary has a folded boundary.
    for (o, _) in text.char_indices() {
        let f = folded.folded_offset(o);
        assert!(
            f <= folded.text.len() && folded.text.is_char_boundary(f),
            "original {o} → folded {f}: not a boundary"
        );
    }
}
