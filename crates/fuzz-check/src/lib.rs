//! What Marsad's fuzz targets check, one function per target.
//!
//! Each function takes the raw bytes libFuzzer hands a target and panics when an
//! invariant breaks (a span off a character boundary, a date that does not exist, a
//! reader that accepts a file and gives nothing…). The libFuzzer targets in `fuzz/`
//! are one line each around these functions, and `tests/seed_corpus.rs` runs the same
//! functions over the committed seeds and a fixed number of generated inputs in
//! `cargo test`, so the fuzzers and the test suite cannot drift apart.
//!
//! [`TARGETS`] lists every target; `fuzz/targets.txt` names the seed folders of each
//! (read by `scripts/fuzz.sh` and by the test).

mod analysis;
mod ingest;
mod panics;
mod readers;
mod records_shaped;
mod spans;
mod text;
mod workspace;

pub use analysis::analyze;
pub use ingest::{decode, ingest_file};
pub use readers::{docx, html, pdf, records};
pub use records_shaped::records_shaped;
pub use spans::{assert_real_date, assert_sorted_disjoint, assert_span, assert_text};
pub use text::{article_parse, dates, entities, text};
pub use workspace::{workspace_load, workspace_shaped};

/// Inputs longer than this are skipped: ingest refuses larger text files only at
/// 10 MB, but long inputs slow the search more than they widen it.
pub const MAX_INPUT: usize = 64 * 1024;

/// One fuzz target: its name (the binary in `fuzz/`) and the check it runs.
#[derive(Clone, Copy, Debug)]
pub struct Target {
    pub name: &'static str,
    pub check: fn(&[u8]),
}

/// Every fuzz target, in the order `scripts/fuzz.sh` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "text",
        check: text,
    },
    Target {
        name: "article_parse",
        check: article_parse,
    },
    Target {
        name: "dates",
        check: dates,
    },
    Target {
        name: "entities",
        check: entities,
    },
    Target {
        name: "decode",
        check: decode,
    },
    Target {
        name: "ingest_file",
        check: ingest_file,
    },
    Target {
        name: "html",
        check: html,
    },
    Target {
        name: "docx",
        check: docx,
    },
    Target {
        name: "pdf",
        check: pdf,
    },
    Target {
        name: "records",
        check: records,
    },
    Target {
        name: "records_shaped",
        check: records_shaped,
    },
    Target {
        name: "analyze",
        check: analyze,
    },
    Target {
        name: "workspace_load",
        check: workspace_load,
    },
    Target {
        name: "workspace_shaped",
        check: workspace_shaped,
    },
];

/// The bytes as text (broken UTF-8 replaced, as decoding does, so no input is
/// wasted), or `None` when they are too long to be worth it.
fn as_text(bytes: &[u8]) -> Option<std::borrow::Cow<'_, str>> {
    (bytes.len() <= MAX_INPUT).then(|| String::from_utf8_lossy(bytes))
}
