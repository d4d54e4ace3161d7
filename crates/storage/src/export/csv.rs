//! RFC 4180 CSV, made safe to open in a spreadsheet.

use std::borrow::Cow;
use std::io::{self, Write};

/// Separates several values (aliases, tags, participants) inside one cell.
pub const LIST_SEPARATOR: &str = " | ";

/// A row type that knows its CSV header and cells.
pub trait CsvRow {
    /// Column names, in order.
    const HEADER: &'static [&'static str];
    /// The row's cells, in header order.
    fn cells(&self) -> Vec<Cow<'_, str>>;
}

/// Writes `rows` as CSV: a UTF-8 byte-order mark (so spreadsheet programs read Arabic as
/// UTF-8), a header line, one line per row, `\r\n` line ends as RFC 4180 says.
pub fn write_csv<R: CsvRow>(out: &mut dyn Write, rows: &[R]) -> io::Result<()> {
    out.write_all("\u{feff}".as_bytes())?;
    write_record(out, R::HEADER.iter().map(|name| Cow::Borrowed(*name)))?;
    for row in rows {
        write_record(out, row.cells().into_iter())?;
    }
    Ok(())
}

fn write_record<'a>(
    out: &mut dyn Write,
    cells: impl Iterator<Item = Cow<'a, str>>,
) -> io::Result<()> {
    for (index, cell) in cells.enumerate() {
        if index > 0 {
            out.write_all(b",")?;
        }
        out.write_all(quote(&defuse(&cell)).as_bytes())?;
    }
    out.write_all(b"\r\n")
}

/// Quotes a cell when it holds a separator, a quote or a line break (quotes doubled).
pub fn quote(cell: &str) -> Cow<'_, str> {
    if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ') {
        Cow::Owned(format!("\"{}\"", cell.replace('"', "\"\"")))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Article text is hostile input: a cell starting like a formula (`=`, `+`, `-`, `@`, tab,
/// carriage return) would be run by a spreadsheet, so it gets a leading `'` (the usual
/// neutralization, shown as text by Excel and `LibreOffice`).
pub fn defuse(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && cell.parse::<f64>().is_err() {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// Joins several values into one cell.
pub fn list(values: &[String]) -> Cow<'_, str> {
    match values {
        [] => Cow::Borrowed(""),
        [one] => Cow::Borrowed(one),
        many => Cow::Owned(many.join(LIST_SEPARATOR)),
    }
}
