#![no_main]
//! Arbitrary UTF-8 → `article::parse`: blocks, quotes and metadata stay inside the text.

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use marsad_core::article::{self, BlockKind};

fuzz_target!(|text: &str| {
    if text.len() > common::MAX_INPUT {
        return;
    }
    let parsed = article::parse(text);
    let mut previous_start = 0;
    for block in &parsed.blocks {
        common::assert_span(text, block.span, "block");
        assert!(
            block.span.start >= previous_start,
            "blocks out of order: {:?}",
            parsed.blocks
        );
        previous_start = block.span.start;
    }
    common::assert_sorted_disjoint(parsed.blocks.iter().map(|b| b.span), "blocks");
    for quote in &parsed.quotes {
        common::assert_span(text, quote.span, "quote");
        if let Some(speaker) = quote.speaker_span {
            common::assert_span(text, speaker, "quote speaker");
        }
    }
    for claim in &parsed.claims {
        common::assert_span(text, claim.cue, "claim cue");
        common::assert_span(text, claim.statement, "claim statement");
        if let marsad_core::attribution::Subject::Named(span) = claim.subject {
            common::assert_span(text, span, "claim subject");
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
    for warning in article::check_bidi(text) {
        common::assert_span(text, warning.span, "bidi warning");
        assert!(!warning.message.is_empty());
    }
    assert_eq!(article::parse(text), parsed, "parse is not deterministic");
});
