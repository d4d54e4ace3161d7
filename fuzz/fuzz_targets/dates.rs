#![no_main]
//! Arbitrary UTF-8 → `time::extract`, with and without a fixed reference date.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::dates(bytes));
