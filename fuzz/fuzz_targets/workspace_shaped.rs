#![no_main]
//! Structure-aware: a workspace built from the bytes saves and loads back equal.
//! The checks are in `marsad_fuzz_check`, shared with the seed-corpus test.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| marsad_fuzz_check::workspace_shaped(bytes));
