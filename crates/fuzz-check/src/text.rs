//! The text toolkit, the article parser, dates and entities on arbitrary UTF-8.

use std::sync::OnceLock;

use marsad_core::Span;
use marsad_core::article::{self, BlockKind};
use marsad_core::entities::Recognizer;
use marsad_core::text::{
    analyze_word, fold, fold_key, split_sentences, strip_proclitics, tokenize,
};
use marsad_core::time::{self, Reference};

use crate::spans::{assert_real_date, assert_sorted_disjoint, assert_span, assert_text};

/// The bundled recognizer, loaded once per process: loading it costs far more than
/// recognizing one input.
pub(crate) fn recognizer() -> &'static Recognizer {
    static RECOGNIZER: OnceLock<Recognizer> = OnceLock::new();
    RECOGNIZER.get_or_init(|| Recognizer::bundled().expect("the bundled model loads"))
}

/// `fold` (and its offset map), `tokenize`, `split_sentences` and the clitic analysis:
/// every span in bounds, on character boundaries, sorted and disjoint.
pub fn text(bytes: &[u8]) {
    let Some(text) = crate::as_text(bytes) else {
        return;
    };
    let text = text.as_ref();
    check_fold(text);

    let tokens = tokenize(text);
    assert_sorted_disjoint(tokens.iter().map(|t| t.span), "tokens");
    for token in &tokens {
        assert_span(text, token.span, "token");
        assert!(!token.span.is_empty(), "empty token at {:?}", token.span);
        if token.is_word() {
            let word = token.text(text);
            for candidate in analyze_word(word) {
                assert_span(word, candidate.stem, "stem");
            }
        }
    }

    let sentences = split_sentences(text);
    assert_sorted_disjoint(sentences.iter().copied(), "sentences");
    for sentence in sentences {
        assert_span(text, sentence, "sentence");
        let s = &text[sentence.start..sentence.end];
        assert!(!s.is_empty(), "empty sentence at {sentence:?}");
        assert_eq!(s.trim(), s, "untrimmed sentence at {sentence:?}");
    }
}

/// Folding is idempotent, equals `fold_key`, and its offset map takes every folded
/// character, word and boundary to an original boundary, in order, and back.
fn check_fold(text: &str) {
    let folded = fold(text);
    assert_eq!(folded.original_len(), text.len());
    assert_eq!(fold_key(text), folded.text, "fold_key and fold disagree");
    assert_eq!(
        fold(&folded.text).text,
        folded.text,
        "folding is not idempotent"
    );

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
    for pair in boundaries.windows(2) {
        let span = folded.original_span(Span::new(pair[0], pair[1]));
        assert_span(text, span, "folded char → original");
    }
    for word in tokenize(&folded.text).into_iter().filter(|t| t.is_word()) {
        let span = folded.original_span(word.span);
        assert_span(text, span, "folded word → original");
        assert!(
            !span.is_empty(),
            "folded word {:?} maps to an empty span",
            word.span
        );
        let stripped = strip_proclitics(word.text(&folded.text));
        assert!(word.text(&folded.text).ends_with(stripped));
    }
    for (o, _) in text.char_indices() {
        let f = folded.folded_offset(o);
        assert!(
            f <= folded.text.len() && folded.text.is_char_boundary(f),
            "original {o} → folded {f}: not a boundary"
        );
    }
}

/// `article::parse`: blocks ordered, disjoint, on character boundaries; quotes, claims
/// and bidi warnings in bounds; metadata taken from the text, dates real; deterministic.
pub fn article_parse(bytes: &[u8]) {
    let Some(text) = crate::as_text(bytes) else {
        return;
    };
    let text = text.as_ref();
    let parsed = article::parse(text);
    for block in &parsed.blocks {
        assert_span(text, block.span, "block");
    }
    assert_sorted_disjoint(parsed.blocks.iter().map(|b| b.span), "blocks");
    for quote in &parsed.quotes {
        assert_span(text, quote.span, "quote");
        if let Some(speaker) = quote.speaker_span {
            assert_span(text, speaker, "quote speaker");
        }
    }
    for claim in &parsed.claims {
        assert_span(text, claim.cue, "claim cue");
        assert_span(text, claim.statement, "claim statement");
        if let marsad_core::attribution::Subject::Named(span) = claim.subject {
            assert_span(text, span, "claim subject");
        }
    }
    let meta = &parsed.meta;
    if !meta.title_inferred {
        assert!(
            parsed.blocks.iter().any(|b| b.kind == BlockKind::Title),
            "a stated title without a title block"
        );
    }
    for bit in [
        &meta.section,
        &meta.byline,
        &meta.dateline_place,
        &meta.dateline_outlet,
    ]
    .into_iter()
    .flatten()
    {
        assert!(
            text.contains(bit.as_str()),
            "metadata {bit:?} is not in the text"
        );
    }
    for date in [&meta.published, &meta.updated].into_iter().flatten() {
        assert_real_date(date, "article date");
    }
    for warning in article::check_bidi(text) {
        assert_span(text, warning.span, "bidi warning");
        assert!(!warning.message.is_empty());
    }
    assert_eq!(article::parse(text), parsed, "parse is not deterministic");
}

/// `time::extract` with and without a reference: expressions sorted, disjoint,
/// non-empty, `text` equal to the text under `span`, ISO values ASCII.
pub fn dates(bytes: &[u8]) {
    let Some(text) = crate::as_text(bytes) else {
        return;
    };
    let text = text.as_ref();
    let reference = Reference::from_ymd_hm(2024, 11, 27, Some(20), Some(51));
    for found in [
        time::extract(text, Some(reference)),
        time::extract(text, None),
    ] {
        assert_sorted_disjoint(found.iter().map(|d| d.span), "dates");
        for date in &found {
            assert_text(text, date.span, &date.text, "date");
            assert!(
                !date.span.is_empty(),
                "empty date expression at {:?}",
                date.span
            );
            if let Some(iso) = date.value_iso() {
                assert!(!iso.is_empty(), "empty ISO value for {:?}", date.text);
                assert!(iso.is_ascii(), "non-ASCII ISO value {iso:?}");
            }
        }
    }
}

/// The entity pipeline as `pipeline` runs it: mentions sorted, disjoint, matching their
/// spans; gazetteer hits in bounds; events and attributions inside their sentences.
pub fn entities(bytes: &[u8]) {
    let Some(text) = crate::as_text(bytes) else {
        return;
    };
    let text = text.as_ref();
    let recognizer = recognizer();
    let mentions = recognizer.recognize(text);
    crate::analysis::check_mentions(text, &mentions);
    for hit in recognizer.gazetteer().find(text) {
        assert_span(text, hit.span, "gazetteer hit");
    }
    let sentences = split_sentences(text);
    let reference = Reference::from_ymd_hm(2024, 11, 27, None, None);
    let dates = time::extract(text, Some(reference));
    let events = marsad_core::events::extract(text, &sentences, &mentions, &dates);
    crate::analysis::check_events(text, &events);
    let parsed = article::parse(text);
    let attributions = marsad_core::attribution::attribute(
        text,
        &parsed.claims,
        &mentions,
        recognizer.gazetteer(),
    );
    crate::analysis::check_attributions(text, &attributions, mentions.len());
}
