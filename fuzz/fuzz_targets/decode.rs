#![no_main]
//! Bytes → `ingest::decode` (encoding detection, binary refusal, NFC), in memory.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::decode(bytes));
