//! Word documents (`.docx`): a zip of XML parts, read with `zip` (deflate only) and
//! `quick-xml` (no DTD, no entity expansion).
//!
//! Every part is inflated through a limit, so a zip bomb stops at the limit and is
//! reported; a part that declares a DTD (Word never writes one) is refused, so
//! entity-expansion attacks never reach a parser that would expand them. Paragraph
//! styles give the title, headings, list items, quotes and captions ([`styles`]);
//! tables come out a row per line; the core properties (title, created) are weak hints.

mod body;
mod styles;

use std::io::{Cursor, Read};

use super::error::IngestErrorKind;
use super::reader::{DocumentSink, Extracted, Hint, Hints, Limits, Reader, SourceFile};
use crate::ingest::records::parse_date_value;

/// Most entries a Word file may list (real ones hold a few dozen).
const MAX_ENTRIES: usize = 10_000;

/// Reads Word documents.
pub struct DocxReader;

impl Reader for DocxReader {
    fn read(
        &self,
        file: &SourceFile<'_>,
        limits: &Limits,
        sink: &mut dyn DocumentSink,
    ) -> Result<(), IngestErrorKind> {
        if file.bytes.starts_with(b"\xd0\xcf\x11\xe0") {
            return Err(IngestErrorKind::BadDocument(
                "it is an encrypted Word file or an old .doc file, not a .docx".into(),
            ));
        }
        let mut archive = zip::ZipArchive::new(Cursor::new(file.bytes)).map_err(|err| {
            IngestErrorKind::BadDocument(format!("its zip container cannot be read ({err})"))
        })?;
        if archive.len() > MAX_ENTRIES {
            return Err(IngestErrorKind::BadDocument(format!(
                "it lists {} parts, more than a Word file holds",
                archive.len()
            )));
        }
        let document = part(&mut archive, "word/document.xml", limits)?.ok_or_else(|| {
            IngestErrorKind::BadDocument("it has no word/document.xml: not a Word document".into())
        })?;
        let style_map = match part(&mut archive, "word/styles.xml", limits)? {
            Some(xml) => styles::read(&xml),
            None => styles::StyleMap::default(),
        };
        let core = part(&mut archive, "docProps/core.xml", limits)?;
        let body = body::read(&document, &style_map, limits.max_markup_depth)?;
        if body.text.trim().is_empty() {
            return Err(IngestErrorKind::NoArticleText);
        }
        let mut hints = Hints::default();
        if let Some(title) = body.title {
            hints.title = Some(Hint::strong(title, "style Title"));
        }
        if let Some(core) = core {
            core_hints(&core, &mut hints);
        }
        sink.article(Extracted {
            record: None,
            text: body.text,
            encoding: "UTF-8",
            hints,
            source_bytes: None,
        });
        Ok(())
    }
}

/// One part's text, inflated through the limit; `None` when the part is absent.
fn part(
    archive: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limits: &Limits,
) -> Result<Option<String>, IngestErrorKind> {
    let entry = match archive.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(err) => {
            return Err(IngestErrorKind::BadDocument(format!(
                "its part {name} cannot be read ({err})"
            )));
        }
    };
    let limit = limits.max_inflated_bytes;
    if entry.size() > limit {
        return Err(IngestErrorKind::InflatedTooLarge {
            part: name.to_owned(),
            limit,
        });
    }
    let mut bytes = Vec::new();
    entry
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| {
            IngestErrorKind::BadDocument(format!("its part {name} is damaged ({err})"))
        })?;
    // The declared size can lie: the limit is on what actually inflates.
    if bytes.len() as u64 > limit {
        return Err(IngestErrorKind::InflatedTooLarge {
            part: name.to_owned(),
            limit,
        });
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| IngestErrorKind::BadDocument(format!("its part {name} is not UTF-8 XML")))?;
    if has_dtd(&text) {
        return Err(IngestErrorKind::BadDocument(format!(
            "its part {name} declares a DTD, which Word never writes (a sign of an entity-expansion attack); it was not read"
        )));
    }
    Ok(Some(text))
}

fn has_dtd(xml: &str) -> bool {
    let head = &xml[..xml.len().min(4096)];
    head.contains("<!DOCTYPE") || head.contains("<!ENTITY")
}

/// The core properties' title and creation date, as weak hints.
fn core_hints(xml: &str, hints: &mut Hints) {
    let field = |tag: &str| {
        let open = xml.find(&format!("<{tag}"))?;
        let start = open + xml[open..].find('>')? + 1;
        let end = start + xml[start..].find(&format!("</{tag}>"))?;
        let value = xml[start..end].trim();
        (!value.is_empty() && !value.contains('<')).then(|| unescape(value))
    };
    if hints.title.is_none()
        && let Some(title) = field("dc:title")
    {
        hints.title = Some(Hint::weak(title, "document property title"));
    }
    if let Some(date) = field("dcterms:created").and_then(|d| parse_date_value(&d)) {
        hints.published = Some(Hint::weak(date, "document property created"));
    }
    if let Some(author) = field("dc:creator") {
        hints.byline = Some(Hint::weak(author, "document property creator"));
    }
}

/// The five predefined XML entities and character references, nothing else.
fn unescape(s: &str) -> String {
    quick_xml::escape::unescape(s).map_or_else(|_| s.to_owned(), std::borrow::Cow::into_owned)
}

#[cfg(test)]
mod tests;
