//! PDF files with a text layer, through `pdf-extract` (on `lopdf`).
//!
//! Before the PDF is parsed, every compressed stream is inflated through a limit
//! ([`check_streams`]), since the parser inflates streams without one. Pages are
//! extracted one by one; a layer in visual order is put back in logical order and its
//! presentation forms folded ([`visual`]); running headers, footers and page numbers
//! are dropped and wrapped lines joined ([`layout`]). A PDF without a text layer (a
//! scan) or locked with a password is a problem that says so.

mod layout;
mod visual;

use std::io::Read;

use pdf_extract::{Document, Object};

use super::error::IngestErrorKind;
use super::reader::{DocumentSink, Extracted, Hint, Hints, Limits, Reader, SourceFile};
use crate::article::PublishedDate;

/// Fewer visible characters than this over the whole file means no text layer.
const MIN_TEXT_CHARS: usize = 20;

/// Reads PDF files.
pub struct PdfReader;

impl Reader for PdfReader {
    fn read(
        &self,
        file: &SourceFile<'_>,
        limits: &Limits,
        sink: &mut dyn DocumentSink,
    ) -> Result<(), IngestErrorKind> {
        let head = &file.bytes[..file.bytes.len().min(1024)];
        if !head.windows(5).any(|w| w == b"%PDF-") {
            return Err(IngestErrorKind::BadDocument(
                "it does not start like a PDF file (no %PDF- header)".into(),
            ));
        }
        check_streams(file.bytes, limits.max_inflated_bytes)?;
        let mut doc = Document::load_mem(file.bytes).map_err(|err| {
            IngestErrorKind::BadDocument(format!("it is not a readable PDF ({err})"))
        })?;
        if doc.is_encrypted() && doc.decrypt("").is_err() {
            return Err(IngestErrorKind::Encrypted);
        }
        let page_numbers: Vec<u32> = doc.get_pages().keys().copied().collect();
        if page_numbers.len() > limits.max_pdf_pages {
            return Err(IngestErrorKind::TooManyPages {
                pages: page_numbers.len(),
                limit: limits.max_pdf_pages,
            });
        }
        let mut pages: Vec<Vec<String>> =
            page_numbers.iter().map(|&n| page_lines(&doc, n)).collect();
        let visible: usize = pages
            .iter()
            .flatten()
            .map(|l| l.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        if visible < MIN_TEXT_CHARS {
            return Err(IngestErrorKind::NoTextLayer);
        }
        let visual = visual::is_visual_order(pages.iter().flatten().map(String::as_str));
        for line in pages.iter_mut().flatten() {
            if visual {
                *line = visual::to_logical(line);
            }
            *line = visual::fold_presentation_forms(line);
        }
        layout::drop_running_lines(&mut pages);
        let text = layout::paragraphs(&pages);
        sink.article(Extracted {
            record: None,
            text,
            encoding: "UTF-8",
            hints: info_hints(&doc),
            source_bytes: None,
        });
        Ok(())
    }
}

/// One page's text lines, blank lines kept (they end paragraphs); a page that cannot
/// be read gives none.
fn page_lines(doc: &Document, page: u32) -> Vec<String> {
    let mut text = String::new();
    let mut output = pdf_extract::PlainTextOutput::new(&mut text);
    if pdf_extract::output_doc_page(doc, &mut output, page).is_err() {
        return Vec::new();
    }
    text.lines().map(|l| l.trim().to_owned()).collect()
}

/// Inflates every zlib stream of the raw file through the limit, before the parser
/// inflates them without one. The whole file's inflated total is bounded too.
fn check_streams(bytes: &[u8], limit: u64) -> Result<(), IngestErrorKind> {
    let total_limit = limit.saturating_mul(4);
    let mut total = 0u64;
    let mut at = 0;
    while let Some(found) = find(&bytes[at..], b"stream") {
        let mut start = at + found + b"stream".len();
        at = start;
        // `endstream` contains `stream`: only a keyword followed by a line break opens one.
        if bytes.get(start) == Some(&b'\r') {
            start += 1;
        }
        if bytes.get(start) != Some(&b'\n') {
            continue;
        }
        start += 1;
        let end = find(&bytes[start..], b"endstream").map_or(bytes.len(), |e| start + e);
        let inflated = inflated_size(&bytes[start..end], limit);
        if inflated > limit {
            return Err(IngestErrorKind::InflatedTooLarge {
                part: "compressed stream".into(),
                limit,
            });
        }
        total += inflated;
        if total > total_limit {
            return Err(IngestErrorKind::InflatedTooLarge {
                part: "compressed streams together".into(),
                limit: total_limit,
            });
        }
        at = end;
    }
    Ok(())
}

/// How many bytes a zlib stream inflates to, counting at most `limit + 1`; 0 for a
/// stream that is not zlib.
fn inflated_size(stream: &[u8], limit: u64) -> u64 {
    let decoder = flate2::read::ZlibDecoder::new(stream);
    let mut counted = decoder.take(limit + 1);
    let mut buffer = [0u8; 16 * 1024];
    let mut size = 0u64;
    loop {
        match counted.read(&mut buffer) {
            Ok(0) | Err(_) => return size,
            Ok(n) => size += n as u64,
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The document information's title and creation date, as weak hints.
fn info_hints(doc: &Document) -> Hints {
    let mut hints = Hints::default();
    let Some(info) = doc
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|o| o.as_reference().ok())
        .and_then(|id| doc.get_dictionary(id).ok())
    else {
        return hints;
    };
    let text = |key: &[u8]| match info.get(key).ok()? {
        Object::String(bytes, _) => Some(pdf_string(bytes)),
        _ => None,
    };
    if let Some(title) = text(b"Title").filter(|t| !t.trim().is_empty()) {
        hints.title = Some(Hint::weak(title.trim().to_owned(), "PDF property Title"));
    }
    if let Some(date) = text(b"CreationDate").and_then(|d| pdf_date(&d)) {
        hints.published = Some(Hint::weak(date, "PDF property CreationDate"));
    }
    hints
}

/// A PDF text string: UTF-16BE with a BOM, else PDFDocEncoding (Latin-1 here).
fn pdf_string(bytes: &[u8]) -> String {
    if let Some(utf16) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        let units: Vec<u16> = utf16
            .chunks_exact(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        return String::from_utf16_lossy(&units);
    }
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// `D:20180301095340+04'00'` → 2018-03-01T09:53:40+04:00.
fn pdf_date(s: &str) -> Option<PublishedDate> {
    let s = s.strip_prefix("D:").unwrap_or(s);
    let digits = |range: std::ops::Range<usize>| s.get(range)?.parse::<u32>().ok();
    let date = PublishedDate::from_ymd(
        digits(0..4)? as i32,
        digits(4..6)? as u8,
        digits(6..8)? as u8,
    )?;
    let (Some(hour), Some(minute)) = (digits(8..10), digits(10..12)) else {
        return Some(date);
    };
    let second = digits(12..14);
    // A time no clock shows (`D:20251113099999`) leaves the day, which is still good.
    if hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return Some(date);
    }
    let mut date = date.with_time(hour as u8, minute as u8, second.map(|s| s as u8));
    date.offset_minutes = match s.get(14..15) {
        Some("Z") => Some(0),
        Some(sign @ ("+" | "-")) => {
            let h = digits(15..17)? as i16;
            let m = s
                .get(18..20)
                .and_then(|m| m.parse::<i16>().ok())
                .unwrap_or(0);
            // No place is further than 14 hours from UTC.
            (h <= 14 && (0..60).contains(&m)).then(|| {
                if sign == "-" {
                    -(h * 60 + m)
                } else {
                    h * 60 + m
                }
            })
        }
        _ => None,
    };
    Some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_keep_their_offset() {
        let cases = [
            ("D:20180301095340+04'00'", Some("2018-03-01T09:53:40+04:00")),
            ("D:20180301095340Z", Some("2018-03-01T09:53:40+00:00")),
            ("D:20180301", Some("2018-03-01")),
            // Found by fuzzing: a time no clock shows gave 09:99:99.
            ("D:20251113099999+02'00'", Some("2025-11-13")),
            ("D:20251113250000Z", Some("2025-11-13")),
            ("D:20180301095340+99'00'", Some("2018-03-01T09:53:40")),
            ("D:20180301095340+04'75'", Some("2018-03-01T09:53:40")),
            ("D:2018", None),
        ];
        for (raw, want) in cases {
            assert_eq!(pdf_date(raw).map(|d| d.iso()).as_deref(), want, "{raw}");
        }
    }

    #[test]
    fn a_compressed_stream_past_the_limit_is_refused() {
        use std::io::Write;
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        encoder
            .write_all(&vec![b' '; 4 * 1024 * 1024])
            .expect("compress");
        let bomb = encoder.finish().expect("compress");
        let mut pdf = b"%PDF-1.4\n1 0 obj << /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend_from_slice(&bomb);
        pdf.extend_from_slice(b"\nendstream\nendobj\n%%EOF\n");
        assert!(check_streams(&pdf, 8 * 1024 * 1024).is_ok());
        assert!(matches!(
            check_streams(&pdf, 1024 * 1024),
            Err(IngestErrorKind::InflatedTooLarge { .. })
        ));
    }
}
