//! A saved page's encoding: its BOM, then what the page declares (`<meta charset>`,
//! `http-equiv`, an XML declaration), then detection (windows-1256 among the guesses).

use encoding_rs::Encoding;

use crate::ingest::decode::{Decoded, decode, nfc};
use crate::ingest::error::IngestErrorKind;

/// How far into the page a declaration is looked for (browsers look at 1024 bytes;
/// saved pages often carry long comments and scripts first).
const PRESCAN_BYTES: usize = 8 * 1024;

/// Decodes a saved page's bytes.
pub fn decode_page(bytes: &[u8]) -> Result<Decoded, IngestErrorKind> {
    if Encoding::for_bom(bytes).is_some() {
        return decode(bytes);
    }
    if let Some(encoding) = declared(bytes)
        && encoding != encoding_rs::UTF_16LE
        && encoding != encoding_rs::UTF_16BE
    {
        let (text, _, had_errors) = encoding.decode(bytes);
        // A page that says UTF-8 but is not (a re-saved legacy page) is detected instead.
        if !had_errors || encoding != encoding_rs::UTF_8 {
            return Ok(Decoded {
                text: nfc(text.into_owned()),
                encoding: encoding.name(),
            });
        }
    }
    decode(bytes)
}

/// The encoding the page declares in its first bytes, if any.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut at = 0;
    while let Some(found) = find(&lower[at..], b"charset") {
        let start = at + found + b"charset".len();
        at = start;
        let rest = &lower[start..];
        let rest = trim_start(rest);
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = trim_start(rest);
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/'))
            .unwrap_or(rest.len());
        if let Some(encoding) = Encoding::for_label(&rest[..end]) {
            return Some(encoding);
        }
    }
    // `<?xml version="1.0" encoding="windows-1256"?>`
    let xml = lower.strip_prefix(b"<?xml")?;
    let at = find(xml, b"encoding=")? + b"encoding=".len();
    let rest = xml.get(at..)?;
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))?;
    let end = rest.iter().position(|b| matches!(b, b'"' | b'\''))?;
    Encoding::for_label(&rest[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let skip = bytes.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &bytes[skip..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_says_its_encoding_or_it_is_detected() {
        let arabic =
            "<p>أعلنت وزارة الخارجية عن زيارة مرتقبة لوفد رسمي إلى الجزائر الأسبوع المقبل</p>";
        let (cp1256, _, _) = encoding_rs::WINDOWS_1256.encode(arabic);
        let with_meta = |meta: &str| {
            let mut bytes = format!("<html><head>{meta}</head><body>").into_bytes();
            bytes.extend_from_slice(&cp1256);
            bytes
        };
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (
                with_meta(r#"<meta charset="windows-1256">"#),
                "windows-1256",
            ),
            (
                with_meta(
                    r#"<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-1256">"#,
                ),
                "windows-1256",
            ),
            (with_meta(r"<meta charset=cp1256>"), "windows-1256"),
            // No declaration: detection finds the Arabic code page.
            (with_meta(""), "windows-1256"),
            (
                format!("<html><meta charset=\"utf-8\">{arabic}").into_bytes(),
                "UTF-8",
            ),
            // Declared UTF-8 but saved in the legacy code page.
            (with_meta(r#"<meta charset="utf-8">"#), "windows-1256"),
        ];
        for (bytes, want) in cases {
            let decoded = decode_page(&bytes).expect("decodes");
            assert_eq!(decoded.encoding, want);
            assert!(decoded.text.contains("وزارة الخارجية"), "{}", decoded.text);
        }
    }
}
