#![no_main]
//! Arbitrary UTF-8 → `article::parse`: blocks, quotes, claims and metadata stay inside the text.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::article_parse(bytes));
