//! File ▸ Export ▸ Report (HTML…): the listed articles (the list's search, entity, date
//! and tag filters applied, in the list's order) as the storage crate's HTML report.

use std::path::Path;

use marsad_storage::export::{ReportOptions, write_report};

use crate::derived::Derived;
use crate::model::Model;
use crate::workspace::{Session, export_source};

/// Writes the report of the listed articles to `path`; the status bar says how it went.
pub fn export_report(model: &mut Model, work: &Session, derived: &Derived, path: &Path) {
    let listed: Vec<String> = derived
        .list
        .value
        .visible
        .iter()
        .filter_map(|&index| model.corpus.articles.get(index))
        .map(|entry| entry.analysis.path.clone())
        .collect();
    let options = ReportOptions {
        title: report_title(model, work),
        articles: Some(listed),
    };
    let workspace = work.build_workspace(model);
    let written = write_report(path, &export_source(model, &workspace), &options);
    let labels = crate::i18n::help_labels(model.settings.language);
    model.message = Some(match written {
        Ok(articles) => {
            tracing::info!(file = %path.display(), articles, "report written");
            format!("{} ({articles}): {}", labels.report_written, path.display())
        }
        Err(err) => err.to_string(),
    });
}

/// The report's heading: the workspace's or the folder's name.
fn report_title(model: &Model, work: &Session) -> String {
    let name = work
        .path
        .as_deref()
        .or(model.folder.as_deref())
        .and_then(Path::file_name)
        .unwrap_or_default()
        .to_string_lossy();
    marsad_storage::export::report_title(&name)
}
