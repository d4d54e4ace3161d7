#![no_main]
//! Arbitrary bytes → the RON workspace loader; what loads must save and load back equal.

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use marsad_storage::{from_ron_bytes, to_ron_string};

fuzz_target!(|bytes: &[u8]| {
    if bytes.len() > 64 * 1024 {
        return;
    }
    let path = Path::new("fuzz.marsad.ron");
    match from_ron_bytes(path, bytes) {
        Ok(workspace) => {
            let text = to_ron_string(&workspace).expect("a loaded workspace saves");
            let again = from_ron_bytes(path, text.as_bytes()).expect("a saved workspace loads");
            assert_eq!(
                again, workspace,
                "save/load round trip changed the workspace"
            );
        }
        Err(err) => assert!(!err.to_string().is_empty(), "empty error message"),
    }
});
