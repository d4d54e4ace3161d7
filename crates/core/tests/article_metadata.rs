//! The parser against the sample corpus's expected metadata table
//! (`assets/sample-corpus.expected.tsv`, one row per article; beside the folder, since a
//! `.tsv` inside it would be read as a record file).

use std::path::Path;

use marsad_core::article::{DateSource, parse};

fn corpus() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../assets/sample-corpus"
    ))
}

fn opt(field: &str) -> Option<&str> {
    (!field.is_empty()).then_some(field)
}

#[test]
fn every_sample_article_yields_its_expected_metadata() {
    let table = std::fs::read_to_string(corpus().with_extension("expected.tsv")).unwrap();
    let mut failures = Vec::new();
    let mut rows = 0;
    for row in table.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let f: Vec<&str> = row.split('\t').collect();
        let [
            path,
            title,
            inferred,
            published,
            source,
            section,
            byline,
            place,
            outlet,
        ] = f[..]
        else {
            panic!("malformed row: {row}");
        };
        rows += 1;
        let text = std::fs::read_to_string(corpus().join(path)).unwrap();
        let meta = parse(&text).meta;
        let mut check = |what: &str, got: Option<&str>, want: Option<&str>| {
            if got != want {
                failures.push(format!("{path}: {what}: got {got:?}, want {want:?}"));
            }
        };
        if inferred == "false" {
            check("title", Some(meta.title.as_str()), Some(title));
        } else {
            check(
                "title inferred",
                Some(if meta.title_inferred { "true" } else { "false" }),
                Some("true"),
            );
            assert!(
                !meta.title.is_empty(),
                "{path}: an inferred title must not be empty"
            );
        }
        let iso = meta.published.map(|d| d.iso());
        check("published", iso.as_deref(), opt(published));
        let source_name = meta.published_source.map(DateSource::as_str);
        check("published source", source_name, opt(source));
        check("section", meta.section.as_deref(), opt(section));
        check("byline", meta.byline.as_deref(), opt(byline));
        check("dateline place", meta.dateline_place.as_deref(), opt(place));
        check(
            "dateline outlet",
            meta.dateline_outlet.as_deref(),
            opt(outlet),
        );
    }
    assert!(rows >= 12, "the sample corpus has {rows} rows");
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
