#![no_main]
//! Bytes → the saved-page reader (charset, depth limit, html5ever, metadata, extraction).
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::html(bytes));
