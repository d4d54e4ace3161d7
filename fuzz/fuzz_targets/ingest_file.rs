#![no_main]
//! Bytes written to a text file and read back with `ingest::read_document` (the disk
//! path; slower than `decode`).
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::ingest_file(bytes));
