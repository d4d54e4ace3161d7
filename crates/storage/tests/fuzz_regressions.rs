//! Inputs the `workspace_load` fuzz target found (see `fuzz/README.md`), minimized.

use std::path::Path;

/// A font size the app cannot lay text out at, from a hand-edited or hostile file.
const BAD_FONT_SIZES: &[(&str, &str)] = &[
    ("v2 NaN", "(format_version: 2, view: (font_size: NaN))"),
    ("v2 infinite", "(format_version: 2, view: (font_size: inf))"),
    (
        "v2 negative",
        "(format_version: 2, view: (font_size: -20.0))",
    ),
    (
        "v1 NaN (migrated)",
        "(format_version: 1, corpus: \"a\", font_size: NaN)",
    ),
];

/// Found by fuzzing: `font_size: NaN` loads as is, and NaN != NaN breaks the
/// save/load round trip; a non-finite or non-positive size reaches the app's layout.
#[test]
fn a_font_size_that_is_not_a_size_is_refused_or_reset() {
    for (case, text) in BAD_FONT_SIZES {
        if let Ok(workspace) = marsad_storage::from_ron_bytes(Path::new("w.ron"), text.as_bytes()) {
            let size = workspace.view.font_size;
            assert!(
                size.is_finite() && size > 0.0,
                "{case}: loaded font_size {size}"
            );
        }
    }
}
