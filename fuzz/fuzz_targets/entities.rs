#![no_main]
//! One article through the entity pipeline: bundled recognizer, gazetteer, sentences,
//! dates, events and attributions, as `pipeline` runs them.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::entities(bytes));
