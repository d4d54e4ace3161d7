//! CSV and TSV with a header row, through the `csv` crate. Spreadsheet exports in Arabic
//! locales often separate with `;`, so a `.csv` file's delimiter is the one its header
//! row uses most.

use super::{Layout, Record, RecordSink};
use crate::ingest::error::IngestErrorKind;
use crate::ingest::format::Format;

/// Reads every record of a CSV or TSV text.
pub(super) fn read(
    text: &str,
    format: Format,
    out: &mut RecordSink<'_, '_>,
) -> Result<(), IngestErrorKind> {
    let delimiter = if format == Format::Tsv {
        b'\t'
    } else {
        sniff_delimiter(text)
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let names: Vec<String> = reader
        .headers()
        .map_err(|err| {
            IngestErrorKind::BadRecords(format!("the header row cannot be read: {err}"))
        })?
        .iter()
        .map(|h| h.trim().trim_start_matches('\u{feff}').to_owned())
        .collect();
    if names.iter().all(String::is_empty) {
        return Err(IngestErrorKind::BadRecords(
            "the header row is empty".into(),
        ));
    }
    let mut rows = reader
        .into_records()
        .enumerate()
        .map(|(i, row)| (i + 1, row));
    let mut sample = Vec::new();
    let mut pending_errors = Vec::new();
    for (number, row) in rows.by_ref().take(super::PROFILE_RECORDS) {
        match to_record(number, row, names.len()) {
            Ok(record) => sample.push(record),
            Err(kind) => pending_errors.push((number, kind)),
        }
    }
    let layout = Layout::new(names, &sample)?;
    let mut errors = pending_errors.into_iter().peekable();
    for record in sample {
        while let Some((n, kind)) = errors.next_if(|(n, _)| *n < record.number) {
            out.broken(n, kind);
        }
        if !out.take(&layout, record) {
            return Ok(());
        }
    }
    for (n, kind) in errors {
        out.broken(n, kind);
    }
    for (number, row) in rows {
        match to_record(number, row, layout.names.len()) {
            Ok(record) => {
                if !out.take(&layout, record) {
                    break;
                }
            }
            Err(kind) => out.broken(number, kind),
        }
    }
    Ok(())
}

fn to_record(
    number: usize,
    row: Result<csv::StringRecord, csv::Error>,
    columns: usize,
) -> Result<Record, IngestErrorKind> {
    let row = row.map_err(|err| IngestErrorKind::BadRecords(err.to_string()))?;
    // A row longer than the header with text in the extra fields has a stray
    // delimiter or quote: its fields no longer line up with their names.
    if row.iter().skip(columns).any(|f| !f.trim().is_empty()) {
        return Err(IngestErrorKind::BadRecords(format!(
            "the row has {} fields but the header names {columns}; a delimiter or quote is out of place",
            row.len()
        )));
    }
    let values: Vec<Option<String>> = (0..columns)
        .map(|i| row.get(i).map(str::to_owned))
        .collect();
    let mut raw = Vec::with_capacity(row.as_slice().len() + columns);
    for field in row.iter().take(columns) {
        raw.extend_from_slice(field.as_bytes());
        raw.push(0x1f);
    }
    Ok(Record {
        number,
        values,
        raw,
    })
}

/// `,`, `;` or a tab: whichever the header line holds most (outside quotes).
fn sniff_delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or_default();
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(entry) = counts.iter_mut().find(|(d, _)| *d == b) {
            entry.1 += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}
