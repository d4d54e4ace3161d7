#![no_main]
//! Structure-aware: a record export built from the bytes must give every record's article.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::records_shaped(bytes));
