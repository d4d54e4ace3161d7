//! Helpers the end-to-end tests share: where the sample corpus is and how to copy it.

use std::path::{Path, PathBuf};

use marsad_core::ingest::Format;

/// The bundled sample corpus.
pub fn sample_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/sample-corpus")
}

/// Copies the sample corpus's article files (every kind Marsad reads: text, Markdown,
/// saved pages, Word, PDF, record files; subfolders too) into `to`, so a test can save a
/// workspace beside them without touching the repository; returns the copied files'
/// paths relative to `to`, `/`-separated, as Marsad names them.
pub fn copy_sample_corpus(to: &Path) -> std::io::Result<Vec<String>> {
    let mut copied = Vec::new();
    copy_articles(&sample_corpus(), to, "", &mut copied)?;
    copied.sort();
    Ok(copied)
}

fn copy_articles(
    from: &Path,
    to: &Path,
    prefix: &str,
    copied: &mut Vec<String>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let relative = format!("{prefix}{name}");
        if path.is_dir() {
            copy_articles(&path, &to.join(name), &format!("{relative}/"), copied)?;
        } else if Format::from_path(&path).is_some() {
            std::fs::copy(&path, to.join(name))?;
            copied.push(relative);
        }
    }
    Ok(())
}
