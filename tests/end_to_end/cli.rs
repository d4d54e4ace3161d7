//! The command line on the bundled sample corpus: the analysis of every article, and
//! a workspace created and checked.

use std::collections::BTreeMap;

use marsad_tests::sample_corpus;

use super::marsad_cli;

/// The sample corpus's table of what each article states: path → (title, published).
/// It lies beside the folder, since a `.tsv` inside would be opened as a record file.
fn expected_metadata() -> BTreeMap<String, (String, String)> {
    let table =
        std::fs::read_to_string(sample_corpus().with_file_name("sample-corpus.expected.tsv"))
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
    let paths: Vec<&str> = articles.iter().filter_map(|a| a["path"].as_str()).collect();
    for path in expected.keys() {
        assert!(paths.contains(&path.as_str()), "{path} analysed");
    }
    // The table holds the text articles; the rest come from the page, brief and export.
    for path in paths.iter().filter(|p| !expected.contains_key(**p)) {
        let file = path.split('#').next().unwrap_or(path);
        assert!(
            [".html", ".docx", ".csv"]
                .iter()
                .any(|ext| file.ends_with(ext)),
            "{path} is neither in the table nor a saved page, brief or export"
        );
    }
    for article in articles {
        let path = article["path"].as_str().unwrap();
        let Some((title, published)) = expected.get(path) else {
            assert!(
                article["title"].as_str().is_some_and(|t| !t.is_empty()),
                "{path}"
            );
            continue;
        };
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
    let expected = expected_metadata();
    for path in expected.keys() {
        assert!(
            workspace.articles.contains_key(path),
            "{path} in the workspace"
        );
    }
    assert!(
        workspace.articles.len() > expected.len(),
        "the page, brief and export too"
    );
}
