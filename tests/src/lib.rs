//! Helpers the end-to-end tests share: where the sample corpus is and how to copy it.

use std::path::{Path, PathBuf};

/// The bundled sample corpus.
pub fn sample_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/sample-corpus")
}

/// Copies the sample corpus's articles (`.txt` and `.md` files, subfolders too) into
/// `to`, so a test can save a workspace beside them without touching the repository;
/// returns how many were copied.
pub fn copy_sample_corpus(to: &Path) -> std::io::Result<usize> {
    copy_articles(&sample_corpus(), to)
}

fn copy_articles(from: &Path, to: &Path) -> std::io::Result<usize> {
    std::fs::create_dir_all(to)?;
    let mut copied = 0;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let Some(name) = path.file_name() else {
            continue;
        };
        if path.is_dir() {
            copied += copy_articles(&path, &to.join(name))?;
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            std::fs::copy(&path, to.join(name))?;
            copied += 1;
        }
    }
    Ok(copied)
}
