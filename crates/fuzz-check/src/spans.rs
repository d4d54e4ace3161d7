//! Assertions on spans and dates shared by every check; a failed one panics, which
//! libFuzzer reports as a crash with the input that caused it.

use marsad_core::Span;
use marsad_core::article::PublishedDate;
use marsad_core::time::CivilDate;

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

/// Asserts a publication date is a day that exists, at a time of day that exists,
/// with a UTC offset no further from UTC than any place's (±14:00).
pub fn assert_real_date(date: &PublishedDate, what: &str) {
    assert!(
        CivilDate::new(date.year, date.month, date.day).is_some(),
        "{what}: {date:?} is not a day"
    );
    assert!(date.hour.is_none_or(|h| h < 24), "{what}: hour in {date:?}");
    assert!(
        date.minute.is_none_or(|m| m < 60),
        "{what}: minute in {date:?}"
    );
    // 60 for a leap second.
    assert!(
        date.second.is_none_or(|s| s <= 60),
        "{what}: second in {date:?}"
    );
    assert!(
        date.offset_minutes
            .is_none_or(|o| (-14 * 60..=14 * 60).contains(&o)),
        "{what}: UTC offset in {date:?}"
    );
}
