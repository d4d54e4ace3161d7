//! Entities, mentions, events and attributions as CSV and JSON files for other tools.
//!
//! The rows are plain data, built in one place for the app and the CLI from the analysis
//! and the workspace ([`ExportSource`]; what each row means is in `rows.rs`), then written
//! with [`export_to_file`], which picks the format from the file's extension.

mod attributions;
mod csv;
mod report;
mod report_svg;
mod rows;

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use marsad_core::EntityType;
use serde::Serialize;

pub use self::attributions::AttributionRow;
pub use self::csv::{CsvRow, LIST_SEPARATOR, write_csv};
pub use self::report::{
    ReportEntity, ReportOptions, chosen_articles, counted, escape, marked_text, report_entities,
    report_html, report_title, write_report,
};
pub use self::report_svg::{first_day, timeline_svg};
pub use self::rows::{
    ExportKind, ExportSource, attribution_rows, entity_rows, event_rows, export, mention_rows,
};
use crate::error::Error;
use crate::model::Workspace;
use crate::save::write_file_atomically;

/// One entity across the corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityRow {
    /// The stable entity id (`TYPE:folded key`).
    pub id: String,
    /// Display name.
    pub name: String,
    /// Class.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Other spellings, as written.
    pub aliases: Vec<String>,
    /// Number of mentions.
    pub mentions: usize,
    /// Number of articles mentioning it.
    pub articles: usize,
    /// Hidden by the analyst.
    pub hidden: bool,
    /// The analyst's tags.
    pub tags: Vec<String>,
    /// The analyst's note (empty when none).
    pub note: String,
}

impl EntityRow {
    /// The row of a resolved entity, with the workspace's tags and note for it.
    pub fn from_entity(entity: &marsad_core::corpus::Entity, workspace: &Workspace) -> Self {
        let mut row = Self {
            id: entity.id.as_str().to_owned(),
            name: entity.name.clone(),
            entity_type: entity.entity_type,
            aliases: entity.aliases.clone(),
            mentions: entity.mention_count,
            articles: entity.article_count,
            hidden: entity.hidden,
            tags: Vec::new(),
            note: String::new(),
        };
        row.annotate(workspace);
        row
    }

    /// Adds the workspace's tags and note for this entity.
    pub fn annotate(&mut self, workspace: &Workspace) {
        self.tags = workspace.entity_tags(&self.id).map(str::to_owned).collect();
        self.note = workspace
            .notes
            .entities
            .get(&self.id)
            .cloned()
            .unwrap_or_default();
    }
}

impl CsvRow for EntityRow {
    const HEADER: &'static [&'static str] = &[
        "id", "name", "type", "aliases", "mentions", "articles", "hidden", "tags", "note",
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(&self.id),
            Cow::Borrowed(&self.name),
            Cow::Borrowed(self.entity_type.as_str()),
            csv::list(&self.aliases),
            Cow::Owned(self.mentions.to_string()),
            Cow::Owned(self.articles.to_string()),
            Cow::Borrowed(if self.hidden { "true" } else { "false" }),
            csv::list(&self.tags),
            Cow::Borrowed(&self.note),
        ]
    }
}

/// One mention of an entity in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MentionRow {
    /// The entity's id.
    pub entity_id: String,
    /// The entity's display name.
    pub entity: String,
    /// The entity's class.
    #[serde(rename = "type")]
    pub entity_type: EntityType,
    /// Article path relative to the corpus.
    pub article: String,
    /// UTF-8 byte offset of the mention's start in the article text.
    pub start: usize,
    /// UTF-8 byte offset just past the mention's end.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// The sentence holding it.
    pub sentence: String,
}

impl CsvRow for MentionRow {
    const HEADER: &'static [&'static str] = &[
        "entity_id",
        "entity",
        "type",
        "article",
        "start",
        "end",
        "text",
        "sentence",
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(&self.entity_id),
            Cow::Borrowed(&self.entity),
            Cow::Borrowed(self.entity_type.as_str()),
            Cow::Borrowed(&self.article),
            Cow::Owned(self.start.to_string()),
            Cow::Owned(self.end.to_string()),
            Cow::Borrowed(&self.text),
            Cow::Borrowed(&self.sentence),
        ]
    }
}

/// One event (or a cluster of reports of the same event).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EventRow {
    /// The event's id (what notes and tags on events are keyed by).
    pub id: String,
    /// ISO 8601 date value (`YYYY-MM-DD`, `YYYY-MM`, `start/end`, …).
    pub date: String,
    /// `year`, `month`, `week`, `day`, `hour` or `minute`.
    pub grain: String,
    /// Short label (main verb and its object).
    pub label: String,
    /// Participants' names.
    pub participants: Vec<String>,
    /// Paths of the articles reporting it.
    pub articles: Vec<String>,
    /// The sentence of the first report.
    pub sentence: String,
    /// The analyst's tags.
    pub tags: Vec<String>,
    /// The analyst's note (empty when none).
    pub note: String,
}

impl EventRow {
    /// Adds the workspace's tags and note for this event.
    pub fn annotate(&mut self, workspace: &Workspace) {
        self.tags = workspace.event_tags(&self.id).map(str::to_owned).collect();
        self.note = workspace
            .notes
            .events
            .get(&self.id)
            .cloned()
            .unwrap_or_default();
    }
}

impl CsvRow for EventRow {
    const HEADER: &'static [&'static str] = &[
        "id",
        "date",
        "grain",
        "label",
        "participants",
        "articles",
        "sentence",
        "tags",
        "note",
    ];

    fn cells(&self) -> Vec<Cow<'_, str>> {
        vec![
            Cow::Borrowed(&self.id),
            Cow::Borrowed(&self.date),
            Cow::Borrowed(&self.grain),
            Cow::Borrowed(&self.label),
            csv::list(&self.participants),
            csv::list(&self.articles),
            Cow::Borrowed(&self.sentence),
            csv::list(&self.tags),
            Cow::Borrowed(&self.note),
        ]
    }
}

/// The id notes and tags on events are keyed by: the article and the byte offset where the
/// event's sentence starts (stable while the article's text is unchanged).
pub fn event_id(article: &str, sentence_start: usize) -> String {
    format!("{article}#{sentence_start}")
}

/// The file formats exports are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// Comma-separated values with a header line.
    Csv,
    /// A pretty-printed JSON array of objects.
    Json,
}

impl ExportFormat {
    /// The format a file name asks for by its extension (`.csv`, `.json`, any case).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" => Some(Self::Csv),
            "json" => Some(Self::Json),
            _ => None,
        }
    }
}

/// Writes `rows` as a pretty JSON array, ending in a newline.
pub fn write_json<R: Serialize>(out: &mut dyn Write, rows: &[R]) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, rows)?;
    out.write_all(b"\n")
}

/// Encodes `rows` in `format`.
pub fn encode<R: CsvRow + Serialize>(rows: &[R], format: ExportFormat) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match format {
        ExportFormat::Csv => write_csv(&mut bytes, rows)?,
        ExportFormat::Json => write_json(&mut bytes, rows)?,
    }
    Ok(bytes)
}

/// Writes `rows` to `path` (atomically) in the format its extension names.
pub fn export_to_file<R: CsvRow + Serialize>(path: &Path, rows: &[R]) -> Result<(), Error> {
    let Some(format) = ExportFormat::from_path(path) else {
        return Err(Error::ExportFormat {
            path: path.to_owned(),
        });
    };
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let bytes = encode(rows, format).map_err(write_error)?;
    write_file_atomically(path, &bytes).map_err(write_error)
}
