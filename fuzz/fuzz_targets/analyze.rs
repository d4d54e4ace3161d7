#![no_main]
//! Bytes → reader → NFC → the whole per-article analysis: every span valid, no panic;
//! time and memory per input bounded by libFuzzer's `-timeout` and `-rss_limit_mb`.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::analyze(bytes));
