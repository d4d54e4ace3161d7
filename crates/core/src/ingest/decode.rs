//! Bytes to text: encoding detection, binary detection, NFC.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1256};
use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

use super::error::IngestErrorKind;

/// A chardetng top-level-domain hint that favours the Arabic encodings.
const ARABIC_TLD: &[u8] = b"eg";

/// How much of a file the control-character check looks at.
const SAMPLE_CHARS: usize = 64 * 1024;

/// Decoded text and the name of the encoding it was read in.
#[derive(Debug)]
pub struct Decoded {
    /// The text in NFC.
    pub text: String,
    /// The encoding's WHATWG name (`UTF-8`, `windows-1256` …).
    pub encoding: &'static str,
}

/// Decodes a file's bytes, or says why they are not article text.
pub fn decode(bytes: &[u8]) -> Result<Decoded, IngestErrorKind> {
    if let Some(kind) = known_binary(bytes) {
        return Err(IngestErrorKind::Binary(format!("it looks like {kind}")));
    }
    let (text, encoding) = if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        (decode_lossy_bounded(encoding, body)?, encoding)
    } else if let Some(encoding) = bomless_utf16(bytes) {
        (decode_lossy_bounded(encoding, bytes)?, encoding)
    } else if many_nuls(bytes) {
        return Err(IngestErrorKind::Binary("it contains NUL bytes".into()));
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_owned(), UTF_8)
    } else if mostly_utf8(bytes) {
        (String::from_utf8_lossy(bytes).into_owned(), UTF_8)
    } else {
        decode_legacy(bytes)?
    };
    check_controls(&text)?;
    Ok(Decoded {
        text: nfc(text),
        encoding: encoding.name(),
    })
}

fn known_binary(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (
            b"PK\x03\x04",
            "a ZIP archive (or a Word or OpenDocument file)",
        ),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x7fELF", "a program"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, kind)| kind)
}

/// Binary formats are full of NUL bytes; a stray one in scraped text is not enough.
fn many_nuls(bytes: &[u8]) -> bool {
    let nuls = bytes.iter().fold(0usize, |n, &b| n + usize::from(b == 0));
    nuls > 0 && nuls * 100 >= bytes.len()
}

/// UTF-16 without a BOM puts the zero high byte of ASCII on one parity only.
fn bomless_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    if !bytes.len().is_multiple_of(2) || !bytes.contains(&0) {
        return None;
    }
    let (mut even, mut odd) = (0usize, 0usize);
    for (i, &b) in bytes.iter().enumerate() {
        if b == 0 {
            if i % 2 == 0 {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    match (even, odd) {
        (0, n) if n * 20 >= bytes.len() / 2 => Some(UTF_16LE),
        (n, 0) if n * 20 >= bytes.len() / 2 => Some(UTF_16BE),
        _ => None,
    }
}

/// Decodes with replacement, refusing text where replacements are more than noise.
fn decode_lossy_bounded(
    encoding: &'static Encoding,
    bytes: &[u8],
) -> Result<String, IngestErrorKind> {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    if had_errors && too_many_replacements(&text) {
        return Err(IngestErrorKind::Undecodable(format!(
            "it is marked as {} but much of it is not valid {}",
            encoding.name(),
            encoding.name()
        )));
    }
    Ok(text.into_owned())
}

fn too_many_replacements(text: &str) -> bool {
    let (mut total, mut replaced) = (0usize, 0usize);
    for c in text.chars() {
        total += 1;
        replaced += usize::from(c == '\u{fffd}');
    }
    replaced * 100 > total
}

/// Valid UTF-8 but for a few broken sequences (a truncated or spliced file).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte >= 16 && invalid * 10 <= multibyte
}

/// Windows-1256, ISO-8859-6 and other legacy encodings, by chardetng's guess.
fn decode_legacy(bytes: &[u8]) -> Result<(String, &'static Encoding), IngestErrorKind> {
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let guess = detector.guess(Some(ARABIC_TLD), false);
    for encoding in [guess, WINDOWS_1256] {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        if !had_errors {
            return Ok((text.into_owned(), encoding));
        }
    }
    let (text, _) = guess.decode_without_bom_handling(bytes);
    if too_many_replacements(&text) {
        return Err(IngestErrorKind::Undecodable(
            "it is neither UTF-8, UTF-16 nor a known Arabic or Western encoding".into(),
        ));
    }
    Ok((text.into_owned(), guess))
}

/// Binary data decoded as text shows up as control characters.
fn check_controls(text: &str) -> Result<(), IngestErrorKind> {
    let (mut total, mut controls) = (0usize, 0usize);
    for c in text.chars().take(SAMPLE_CHARS) {
        total += 1;
        let is_control = c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}');
        controls += usize::from(is_control || c == '\u{fffd}');
    }
    if controls >= 8 && controls * 20 > total {
        return Err(IngestErrorKind::Binary(
            "more than one character in twenty is a control code".into(),
        ));
    }
    Ok(())
}

pub(crate) fn nfc(text: String) -> String {
    if nfc_quick_check(&text) == IsNormalized::Yes {
        text
    } else {
        text.nfc().collect()
    }
}

/// Characters news text is made of that are starters (combining class 0) and
/// NFC-stable, so the quick check needs no table lookup for them.
fn is_stable_starter(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{7f}'
            | '\u{621}'..='\u{64a}'
            | '\u{660}'..='\u{669}'
            | '\u{60c}'
            | '\u{61b}'
            | '\u{61f}'
            | '\u{ab}'
            | '\u{bb}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{201c}'
            | '\u{201d}'
    )
}

/// [`is_nfc_quick`] with the table lookups skipped for [`is_stable_starter`]s.
fn nfc_quick_check(text: &str) -> IsNormalized {
    let mut last_class = 0u8;
    let mut result = IsNormalized::Yes;
    for c in text.chars() {
        if is_stable_starter(c) {
            last_class = 0;
            continue;
        }
        let class = canonical_combining_class(c);
        if last_class > class && class != 0 {
            return IsNormalized::No;
        }
        match is_nfc_quick(std::iter::once(c)) {
            IsNormalized::Yes => {}
            IsNormalized::No => return IsNormalized::No,
            IsNormalized::Maybe => result = IsNormalized::Maybe,
        }
        last_class = class;
    }
    result
}

#[cfg(test)]
mod tests;
