#![no_main]
//! Arbitrary UTF-8 → `time::extract`, with and without a fixed reference date.

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use marsad_core::time::{self, Reference};

fuzz_target!(|text: &str| {
    if text.len() > common::MAX_INPUT {
        return;
    }
    let reference = Reference::from_ymd_hm(2024, 11, 27, Some(20), Some(51));
    for found in [
        time::extract(text, Some(reference)),
        time::extract(text, None),
    ] {
        common::assert_sorted_disjoint(found.iter().map(|d| d.span), "dates");
        for date in &found {
            common::assert_text(text, date.span, &date.text, "date");
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
});
