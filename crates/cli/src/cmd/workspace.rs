//! `marsad-cli workspace new|check`: create a workspace over a folder, or validate one.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use anyhow::bail;
use marsad_core::ingest::{self, IngestOptions};
use marsad_storage::{CorpusRef, Error, Workspace, reconcile};

/// Every article under `corpus` with its content hash (path relative to `corpus`, `/`-separated).
pub(crate) fn current_articles(corpus: &Path) -> BTreeMap<String, String> {
    let report = ingest::read_folder(
        corpus,
        &IngestOptions::default(),
        &|_| {},
        &AtomicBool::new(false),
    );
    for problem in &report.problems {
        eprintln!("problem: {}: {}", problem.path, problem.error);
    }
    report
        .documents
        .into_iter()
        .map(|document| (document.rel_path, document.content_hash))
        .collect()
}

/// `workspace new CORPUS_DIR --out FILE`: a fresh workspace recording every article's hash.
pub fn new(corpus: &Path, out: &Path) -> anyhow::Result<()> {
    if !corpus.is_dir() {
        bail!("{} is not a folder", corpus.display());
    }
    if out.exists() {
        bail!(
            "{} already exists; choose another name or remove it first",
            out.display()
        );
    }
    let mut workspace = Workspace::new(CorpusRef::from_paths(corpus, out));
    workspace.record_articles(&current_articles(corpus));
    marsad_storage::save(out, &workspace)?;
    println!(
        "{}: workspace over {} with {} articles",
        out.display(),
        workspace.corpus.path,
        workspace.articles.len()
    );
    Ok(())
}

/// `workspace check FILE`: loads and validates a workspace and summarizes it.
///
/// Fails (non-zero exit) when the file does not load or names paths outside its corpus;
/// a missing corpus folder or changed files are reported but are not failures.
pub fn check(file: &Path) -> anyhow::Result<()> {
    let workspace = marsad_storage::load(file)?;
    println!(
        "{}: format version {}",
        file.display(),
        workspace.format_version
    );
    println!("corpus: {}", workspace.corpus.path);
    println!("articles: {}", workspace.articles.len());
    println!("corrections: {}", workspace.corrections.len());
    let notes = &workspace.notes;
    println!(
        "notes: {} on articles, {} on entities, {} on events",
        notes.articles.len(),
        notes.entities.len(),
        notes.events.len()
    );
    println!(
        "tags: {} defined; {} articles, {} entities, {} events tagged",
        workspace.tags.definitions.len(),
        workspace.tags.articles.len(),
        workspace.tags.entities.len(),
        workspace.tags.events.len()
    );
    println!("bookmarks: {}", workspace.bookmarks.len());
    println!("reference dates: {}", workspace.reference_dates.len());

    let corpus = match workspace.corpus_root(file) {
        Ok(corpus) => corpus,
        Err(error @ Error::CorpusMissing { .. }) => {
            println!("warning: {error}");
            // Path shapes can still be checked without the folder.
            return refuse_bad_paths(&workspace, &workspace.corpus.resolve(file));
        }
        Err(error) => return Err(error.into()),
    };
    refuse_bad_paths(&workspace, &corpus)?;
    let report = reconcile(&workspace, &current_articles(&corpus));
    for (label, paths) in [
        ("changed", &report.changed),
        ("missing", &report.missing),
        ("new", &report.new),
    ] {
        println!("{label} since the save: {}", paths.len());
        for path in paths {
            println!("  {path}");
        }
    }
    Ok(())
}

/// Fails with every refused path listed when the workspace names any outside its corpus.
fn refuse_bad_paths(workspace: &Workspace, corpus: &Path) -> anyhow::Result<()> {
    let problems = workspace.validate_paths(corpus);
    if problems.is_empty() {
        return Ok(());
    }
    for problem in &problems {
        eprintln!("{problem}");
    }
    bail!(
        "{} path(s) point outside the corpus {}; they were not read",
        problems.len(),
        corpus.display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_workspace_records_every_article_and_checks_clean() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = dir.path().join("أخبار");
        std::fs::create_dir_all(corpus.join("تونس")).unwrap();
        std::fs::write(
            corpus.join("تونس/مقال.txt"),
            "وصل الوفد إلى تونس صباح الاثنين.\n",
        )
        .unwrap();
        std::fs::write(corpus.join("ثان.md"), "# عنوان\n\nافتتح الوزير المعرض.\n").unwrap();
        let file = dir.path().join("work.ron");

        new(&corpus, &file).unwrap();
        let workspace = marsad_storage::load(&file).unwrap();
        assert_eq!(workspace.corpus.path, "أخبار");
        let paths: Vec<_> = workspace.articles.keys().map(String::as_str).collect();
        assert_eq!(paths, ["تونس/مقال.txt", "ثان.md"]);
        assert!(
            workspace
                .articles
                .values()
                .all(|a| a.content_hash.len() == 64)
        );
        check(&file).unwrap();
        assert!(
            new(&corpus, &file).is_err(),
            "an existing workspace is never overwritten"
        );
    }

    #[test]
    fn check_fails_with_the_location_of_a_parse_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("broken.ron");
        std::fs::write(&file, "(\n    format_version: 2,\n    notes: (,\n)\n").unwrap();
        let error = check(&file).unwrap_err().to_string();
        assert!(error.contains("broken.ron:3:"), "{error}");
    }

    #[test]
    fn check_refuses_a_workspace_naming_paths_outside_its_corpus() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("corpus")).unwrap();
        let file = dir.path().join("hostile.ron");
        let text = "(\n    format_version: 2,\n    corpus: (path: \"corpus\"),\n    \
                    articles: {\"../../etc/passwd\": (content_hash: \"00\")},\n)\n";
        std::fs::write(&file, text).unwrap();
        let error = check(&file).unwrap_err().to_string();
        assert!(error.contains("outside the corpus"), "{error}");
    }
}
