#![no_main]
//! Arbitrary bytes → the RON workspace loader; what loads saves and loads back equal.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::workspace_load(bytes));
