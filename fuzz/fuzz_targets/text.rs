#![no_main]
//! Arbitrary UTF-8 → fold (and its offset map), tokenize, sentences, clitics.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::text(bytes));
