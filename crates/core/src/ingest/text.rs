//! Plain text and Markdown files: decoded as they are (see [`super::decode`]); their
//! title, dates and outlet come from their own lines (`article::parse`).

use super::error::IngestErrorKind;
use super::reader::{DocumentSink, Extracted, Hints, Limits, Reader, SourceFile};

/// Reads `.txt` and `.md` files.
pub struct TextReader;

impl Reader for TextReader {
    fn read(
        &self,
        file: &SourceFile<'_>,
        _limits: &Limits,
        sink: &mut dyn DocumentSink,
    ) -> Result<(), IngestErrorKind> {
        let decoded = super::decode(file.bytes)?;
        sink.article(Extracted {
            record: None,
            text: decoded.text,
            encoding: decoded.encoding,
            hints: Hints::default(),
            source_bytes: None,
        });
        Ok(())
    }
}
