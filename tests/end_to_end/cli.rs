//! The command line on the bundled sample corpus: the analysis of every article, and
//! a workspace created and checked.

use std::collections::BTreeMap;

use marsad_tests::sample_corpus;

use super::marsad_cli;

/// The sample corpus's table of what each article states: path → (title, published).
fn expected_metadata() -> BTreeMap<String, (String, String)> {
    let table = std::fs::read_to_string(sample_corpus().join("expected-metadata.tsv"))
        .expect("the sample corpus's metadata table");
    table
        .lines()
        .skip(1)
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            let [path, title, _, published, ..] = cells.as_slice() else {
                return None;
            };
            Some((
                (*path).to_owned(),
                ((*title).to_owned(), (*published).to_owned()),
            ))
        })
        .collect()
}

#[test]
fn analyzing_the_sample_corpus_gives_every_article_its_title_date_and_entities() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("analysis.json");
    marsad_cli(&[
        "analyze".as_ref(),
        sample_corpus().as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&out).unwrap()).expect("the analysis as JSON");
    let articles = json["articles"].as_array().expect("articles[]");
    let expected = expected_metadata();
    assert_eq!(articles.len(), expected.len(), "one analysis per article");
    for article in articles {
        let path = article["path"].as_str().unwrap();
        let (title, published) = &expected[path];
        if !title.is_empty() {
            assert_eq!(article["title"], title.as_str(), "{path}");
        }
        let date = published.get(..10).unwrap_or_default();
        if !date.is_empty() {
            assert_eq!(article["published"], date, "{path}");
        }
    }
    let entities = json["entities"].as_array().expect("entities[]");
    let names: Vec<&str> = entities.iter().filter_map(|e| e["name"].as_str()).collect();
    for name in ["غزة", "رفح"] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    assert!(
        json["problems"].as_array().is_some_and(Vec::is_empty),
        "every sample article reads"
    );
}

#[test]
fn a_new_workspace_over_the_sample_corpus_checks_clean() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sample.ron");
    marsad_cli(&[
        "workspace".as_ref(),
        "new".as_ref(),
        sample_corpus().as_os_str(),
        "--out".as_ref(),
        file.as_os_str(),
    ]);
    marsad_cli(&["workspace".as_ref(), "check".as_ref(), file.as_os_str()]);
    let workspace = marsad_storage::load(&file).unwrap();
    assert_eq!(workspace.articles.len(), expected_metadata().len());
}
