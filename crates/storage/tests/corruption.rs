//! A damaged workspace file never crashes Marsad, always says where it is broken, and is
//! never modified by the attempt to read it.

mod common;

use std::path::Path;

use marsad_storage::{Error, load, to_ron_string};
use proptest::prelude::*;

/// Loads `bytes` from a real file and checks the outcome and that the file is untouched.
fn load_damaged(dir: &Path, bytes: &[u8]) -> Result<(), String> {
    let path = dir.join("damaged.ron");
    std::fs::write(&path, bytes).map_err(|e| e.to_string())?;
    let outcome = load(&path);
    let after = std::fs::read(&path).map_err(|e| e.to_string())?;
    if after != bytes {
        return Err("loading modified the file".into());
    }
    let lines = bytes.split(|&b| b == b'\n').count();
    match outcome {
        // A flipped version digit is read as a version; the error says why it is refused.
        Ok(_) | Err(Error::NewerVersion { .. } | Error::UnknownVersion { .. }) => Ok(()),
        Err(Error::Parse {
            path: named,
            line,
            column,
            message,
        }) => {
            if named != path {
                return Err(format!("error names {}", named.display()));
            }
            if line == 0 || line > lines || column == 0 || message.is_empty() {
                return Err(format!(
                    "bad location {line}:{column} ({message}) of {lines} lines"
                ));
            }
            Ok(())
        }
        Err(other) => Err(format!("unexpected error kind: {other}")),
    }
}

#[test]
fn a_workspace_truncated_at_every_byte_gives_a_located_error_or_loads() {
    let text = to_ron_string(&common::sample()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut loaded = 0;
    for cut in 0..text.len() {
        let bytes = &text.as_bytes()[..cut];
        if let Err(why) = load_damaged(dir.path(), bytes) {
            panic!("truncated at {cut}: {why}");
        }
        loaded += usize::from(load(&dir.path().join("damaged.ron")).is_ok());
    }
    // Only cuts in the trailing newline (and nothing before it) leave a whole workspace.
    assert_eq!(loaded, 1, "a cut file loaded as if whole");
}

#[test]
fn a_parse_error_points_at_the_damaged_spot() {
    let text = "(\n    format_version: 2,\n    notes: (articles: {\"a.txt\" \"ملاحظة\"}),\n)\n";
    let error = marsad_storage::from_ron_bytes(Path::new("w.ron"), text.as_bytes()).unwrap_err();
    assert_eq!(error.location(), Some((3, 31)), "{error}");
    assert!(
        error.to_string().starts_with("w.ron:3:31: Expected colon"),
        "{error}"
    );
}

#[test]
fn bytes_that_are_not_utf8_are_located() {
    let mut bytes = b"(\n    format_version: 2,\n    selected_article: Some(\"".to_vec();
    bytes.extend([0xff, 0xfe]);
    let error = marsad_storage::from_ron_bytes(Path::new("w.ron"), &bytes).unwrap_err();
    assert_eq!(error.location(), Some((3, 29)), "{error}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_workspace_with_random_bytes_flipped_gives_a_located_error_or_loads(
        flips in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4)
    ) {
        let mut bytes = to_ron_string(&common::sample()).unwrap().into_bytes();
        for (index, value) in flips {
            let at = index.index(bytes.len());
            bytes[at] = value;
        }
        let dir = tempfile::tempdir().unwrap();
        if let Err(why) = load_damaged(dir.path(), &bytes) {
            prop_assert!(false, "{}", why);
        }
    }
}
