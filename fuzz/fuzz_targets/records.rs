#![no_main]
//! Bytes → the CSV, TSV, JSON or JSON Lines reader, the format told by the bytes.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::records(bytes));
