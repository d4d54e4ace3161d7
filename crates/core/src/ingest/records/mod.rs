//! Record files: CSV and TSV with a header row, JSON arrays and JSON Lines, one article
//! per record. Scrapers and exports name their fields every way (`title`, `headline`,
//! `عنوان`; `pubDate`, `published_at`; `text`, `content.rendered`), so fields are found by
//! name and, where names say nothing, by what their values look like
//! ([`fields::assign`]). Each record becomes an article at `FILE#N`; a broken record
//! is a problem for that record alone.

mod csv_file;
mod fields;
mod json_file;
mod values;

use fields::{Role, ValueProfile};

use super::error::{IngestError, IngestErrorKind, Problem};
use super::format::{Format, record_path};
use super::reader::{DocumentSink, Extracted, Hint, Hints, Limits, Reader, SourceFile};

pub use values::parse_date_value;

/// How many records are looked at to find the fields by their values.
const PROFILE_RECORDS: usize = 200;

/// Reads CSV, TSV, JSON and JSON Lines files.
pub struct RecordsReader;

impl Reader for RecordsReader {
    fn read(
        &self,
        file: &SourceFile<'_>,
        limits: &Limits,
        sink: &mut dyn DocumentSink,
    ) -> Result<(), IngestErrorKind> {
        let decoded = super::decode(file.bytes)?;
        let mut out = RecordSink {
            file,
            limits,
            sink,
            encoding: decoded.encoding,
            emitted: 0,
        };
        match file.format {
            Format::Json => json_file::read_array(&decoded.text, &mut out),
            Format::Jsonl => json_file::read_lines(&decoded.text, &mut out),
            _ => csv_file::read(&decoded.text, file.format, &mut out),
        }
    }
}

/// One record's fields, by column index, and the bytes that identify it.
pub(super) struct Record {
    pub number: usize,
    pub values: Vec<Option<String>>,
    pub raw: Vec<u8>,
}

/// Field names and the roles assigned to them.
pub(super) struct Layout {
    pub names: Vec<String>,
    pub roles: Vec<(Role, usize)>,
}

impl Layout {
    /// Finds the fields' roles from their names and the first records' values.
    pub fn new(names: Vec<String>, sample: &[Record]) -> Result<Self, IngestErrorKind> {
        let mut profiles = vec![ValueProfile::default(); names.len()];
        for record in sample.iter().take(PROFILE_RECORDS) {
            for (profile, value) in profiles.iter_mut().zip(&record.values) {
                profile.add(value.as_deref().unwrap_or_default());
            }
        }
        let roles = fields::assign(&names, &profiles);
        // A table of titles or figures is not an export of articles.
        let has_text = roles
            .iter()
            .any(|(r, _)| matches!(r, Role::Body | Role::Summary));
        if !has_text {
            return Err(IngestErrorKind::NoTextField(names.join(", ")));
        }
        Ok(Self { names, roles })
    }

    fn field<'r>(&self, role: Role, record: &'r Record) -> Option<(&str, &'r str)> {
        let &(_, index) = self.roles.iter().find(|(r, _)| *r == role)?;
        let value = record.values.get(index)?.as_deref()?.trim();
        (!value.is_empty()).then(|| (self.names[index].as_str(), value))
    }
}

/// Turns records into articles and hands them, or their problems, to the reader's sink.
pub(super) struct RecordSink<'a, 'f> {
    file: &'a SourceFile<'f>,
    limits: &'a Limits,
    sink: &'a mut dyn DocumentSink,
    encoding: &'static str,
    emitted: usize,
}

impl RecordSink<'_, '_> {
    /// False once the file's record limit is reached (a problem says so).
    pub fn take(&mut self, layout: &Layout, record: Record) -> bool {
        if self.emitted >= self.limits.max_records {
            self.sink.skipped(Problem {
                path: self.file.rel_path.to_owned(),
                error: format!(
                    "Only the first {} records of this file were read (the limit for one file); the rest were skipped.",
                    self.limits.max_records
                ),
            });
            return false;
        }
        self.emitted += 1;
        let number = record.number;
        match self.article(layout, record) {
            Ok(article) => self.sink.article(article),
            Err(kind) => self.broken(number, kind),
        }
        true
    }

    /// Reports record `number` as skipped.
    pub fn broken(&mut self, number: usize, kind: IngestErrorKind) {
        self.sink.skipped(
            IngestError {
                path: record_path(self.file.rel_path, number),
                kind,
            }
            .into_problem(),
        );
    }

    fn article(&self, layout: &Layout, record: Record) -> Result<Extracted, IngestErrorKind> {
        let size: usize = record.values.iter().flatten().map(String::len).sum();
        if size > self.limits.max_article_bytes {
            return Err(IngestErrorKind::ArticleTooLong {
                size: size as u64,
                limit: self.limits.max_article_bytes as u64,
            });
        }
        let title = layout
            .field(Role::Title, &record)
            .map(|(name, v)| (name, one_line(v)));
        let summary = layout.field(Role::Summary, &record).map(|(_, v)| plain(v));
        let body = layout.field(Role::Body, &record).map(|(_, v)| plain(v));
        let Some(body) = body.or_else(|| summary.clone()) else {
            return Err(IngestErrorKind::EmptyRecord);
        };
        let mut text = String::with_capacity(body.len() + 256);
        if let Some((_, title)) = &title
            && !body.starts_with(title.as_str())
        {
            text.push_str(title);
            text.push_str("\n\n");
        }
        if let Some(summary) = summary.filter(|s| !body.starts_with(s.as_str()) && *s != body) {
            text.push_str(&summary);
            text.push_str("\n\n");
        }
        text.push_str(&body);
        text.push('\n');
        Ok(Extracted {
            record: Some(record.number),
            text,
            encoding: self.encoding,
            hints: hints(layout, &record, title),
            source_bytes: Some(record.raw),
        })
    }
}

fn hints(layout: &Layout, record: &Record, title: Option<(&str, String)>) -> Hints {
    let from = |name: &str| format!("field \"{name}\"");
    let date = |role| {
        layout
            .field(role, record)
            .and_then(|(name, v)| parse_date_value(v).map(|d| Hint::strong(d, from(name))))
    };
    let text = |role| {
        layout.field(role, record).and_then(|(name, v)| {
            let value = one_line(v);
            // A value that was only markup (`<h2BBC Arabic`, an unclosed tag) names nothing.
            (!value.is_empty()).then(|| Hint::strong(value, from(name)))
        })
    };
    Hints {
        title: title.map(|(name, t)| Hint::strong(t, from(name))),
        published: date(Role::Published),
        updated: date(Role::Updated),
        outlet: text(Role::Outlet),
        byline: text(Role::Author),
        section: text(Role::Section),
        url: layout.field(Role::Url, record).map(|(_, v)| v.to_owned()),
    }
}

/// A field's text on one line, spaces collapsed.
fn one_line(value: &str) -> String {
    let plain = plain(value);
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A field's text, with HTML markup turned into paragraphs.
fn plain(value: &str) -> String {
    if values::looks_like_html(value) {
        super::html::fragment_text(value).trim().to_owned()
    } else {
        value.replace("\r\n", "\n").trim().to_owned()
    }
}

#[cfg(test)]
mod tests;
