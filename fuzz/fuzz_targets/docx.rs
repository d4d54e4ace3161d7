#![no_main]
//! Bytes → the Word reader (zip, inflate limits, quick-xml, styles, core properties).
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::docx(bytes));
