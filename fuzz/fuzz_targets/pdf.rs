#![no_main]
//! Bytes → the PDF reader (stream inflate limits, pdf-extract, visual order, layout).
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::pdf(bytes));
