use super::*;
use crate::ingest::format::Format;
use crate::ingest::reader::Collect;

fn read(bytes: &[u8], limits: &Limits) -> Result<Collect, IngestErrorKind> {
    let file = SourceFile {
        rel_path: "brief.docx",
        bytes,
        format: Format::Docx,
    };
    let mut collect = Collect::default();
    DocxReader.read(&file, limits, &mut collect)?;
    Ok(collect)
}

/// A Word file made of the given parts, deflated.
fn docx(parts: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in parts {
        zip.start_file(*name, options).expect("zip entry");
        zip.write_all(bytes).expect("zip write");
    }
    zip.finish().expect("zip finish");
    out.into_inner()
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#;

fn document(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    )
}

#[test]
fn a_part_that_inflates_past_the_limit_is_refused() {
    let filler = format!(
        "<w:p><w:r><w:t>{}</w:t></w:r></w:p>",
        " ".repeat(3 * 1024 * 1024)
    );
    let bytes = docx(&[("word/document.xml", document(&filler).as_bytes())]);
    assert!(
        bytes.len() < 64 * 1024,
        "the bomb is small: {} bytes",
        bytes.len()
    );
    let limits = Limits {
        max_inflated_bytes: 1024 * 1024,
        ..Limits::default()
    };
    assert!(matches!(
        read(&bytes, &limits),
        Err(IngestErrorKind::InflatedTooLarge { part, .. }) if part == "word/document.xml"
    ));
}

#[test]
fn a_dtd_with_entities_is_refused_not_expanded() {
    let lol = format!(
        r#"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "{}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document {W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"#,
        "ha".repeat(10)
    );
    let bytes = docx(&[("word/document.xml", lol.as_bytes())]);
    let err = read(&bytes, &Limits::default()).expect_err("refused");
    assert!(err.to_string().contains("DTD"), "{err}");
}

#[test]
fn unknown_entities_are_left_out_and_predefined_ones_read() {
    let body = "<w:p><w:r><w:t>مصر &amp; قطر &#1608; تركيا&unknown;</w:t></w:r></w:p>";
    let bytes = docx(&[("word/document.xml", document(body).as_bytes())]);
    let got = read(&bytes, &Limits::default()).expect("reads");
    assert_eq!(got.articles[0].text, "مصر & قطر و تركيا\n\n");
}

#[test]
fn not_a_word_file() {
    let zip_without_document = docx(&[("readme.txt", b"hello")]);
    for bytes in [
        b"PK\x03\x04 broken".to_vec(),
        b"\xd0\xcf\x11\xe0 old doc".to_vec(),
        zip_without_document,
    ] {
        assert!(matches!(
            read(&bytes, &Limits::default()),
            Err(IngestErrorKind::BadDocument(_))
        ));
    }
}
