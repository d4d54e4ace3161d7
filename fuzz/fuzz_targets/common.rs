//! Invariant checks shared by the fuzz targets; a violated invariant panics,
//! which libFuzzer reports as a crash with the input that caused it.

#![allow(dead_code)]

use marsad_core::Span;

/// Input cap: ingest refuses files over 10 MB, and larger inputs only slow the search.
pub const MAX_INPUT: usize = 64 * 1024;

/// Asserts `span` lies inside `text` and starts and ends on character boundaries.
pub fn assert_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end,
        "{what}: span {span:?} runs backwards"
    );
    assert!(
        span.end <= text.len(),
        "{what}: span {span:?} past the end ({})",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} cuts a character"
    );
}

/// Asserts the spans are sorted by start and never share a byte.
pub fn assert_sorted_disjoint(spans: impl IntoIterator<Item = Span>, what: &str) {
    let mut previous: Option<Span> = None;
    for span in spans {
        if let Some(prev) = previous {
            assert!(
                prev.end <= span.start,
                "{what}: {prev:?} overlaps or precedes {span:?}"
            );
        }
        previous = Some(span);
    }
}

/// Asserts `recorded` is exactly the text under `span`.
pub fn assert_text(text: &str, span: Span, recorded: &str, what: &str) {
    assert_span(text, span, what);
    assert_eq!(
        &text[span.start..span.end],
        recorded,
        "{what}: text differs from its span {span:?}"
    );
}
