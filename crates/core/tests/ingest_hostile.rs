//! Files made to hurt a reader: each loads, or is reported with a reason, and the
//! rest of the folder is read. None may crash the process or run without end; memory
//! stays within the limits (each is read through one).

use std::io::Write;
use std::path::Path;
use std::sync::atomic::AtomicBool;

use marsad_core::ingest::{self, IngestOptions, IngestReport};

fn write(root: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(root.join(name), bytes).expect("write fixture");
}

fn read_all(root: &Path) -> IngestReport {
    ingest::read_folder(
        root,
        &IngestOptions::default(),
        &|_| {},
        &AtomicBool::new(false),
    )
}

fn docx(document_xml: &[u8]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .large_file(document_xml.len() > u32::MAX as usize / 2);
    zip.start_file("word/document.xml", options)
        .expect("zip entry");
    zip.write_all(document_xml).expect("zip write");
    zip.finish().expect("zip finish");
    out.into_inner()
}

const GOOD: &str = "وصل الوفد المصري إلى الدوحة مساء الأحد لبحث تثبيت وقف إطلاق النار.\n";

fn problem<'a>(report: &'a IngestReport, path: &str) -> &'a str {
    report.problems.iter().find(|p| p.path == path).map_or_else(
        || panic!("no problem for {path}: {:#?}", report.problems),
        |p| p.error.as_str(),
    )
}

#[test]
fn a_zip_bomb_docx_and_an_entity_expansion_docx_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    // 60 MB of one character inflates from about 60 KB: past the 50 MB limit per part.
    let mut bomb = b"<w:document><w:body><w:p><w:r><w:t>".to_vec();
    bomb.resize(bomb.len() + 60 * 1024 * 1024, b'a');
    bomb.extend_from_slice(b"</w:t></w:r></w:p></w:body></w:document>");
    let bomb = docx(&bomb);
    assert!(
        bomb.len() < 1024 * 1024,
        "the bomb is small on disk: {}",
        bomb.len()
    );
    write(dir.path(), "bomb.docx", &bomb);
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><w:document><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"#;
    write(dir.path(), "laughs.docx", &docx(laughs.as_bytes()));
    write(dir.path(), "good.txt", GOOD.as_bytes());
    let report = read_all(dir.path());
    assert_eq!(report.documents.len(), 1);
    assert!(problem(&report, "bomb.docx").contains("decompression bomb"));
    assert!(problem(&report, "laughs.docx").contains("DTD"));
}

#[test]
fn html_nested_200000_deep_or_flooded_with_entities_still_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    let deep = format!(
        "<html><body><h1>عنوان الصفحة العميقة</h1>{}<p>{}</p>{}</body></html>",
        "<div>".repeat(200_000),
        GOOD.trim(),
        "</div>".repeat(200_000)
    );
    write(dir.path(), "deep.html", deep.as_bytes());
    let unclosed = format!(
        "<html><body><h1>عنوان آخر للصفحة</h1>{}<p>{}</p></body></html>",
        "<b>".repeat(200_000),
        GOOD.trim()
    );
    write(dir.path(), "unclosed.html", unclosed.as_bytes());
    let flood = format!(
        "<html><body><h1>عنوان صفحة الكيانات</h1><p>{}</p><p>{}</p></body></html>",
        "&amp;&#x627;&nbsp;".repeat(400_000),
        GOOD.trim()
    );
    write(dir.path(), "flood.html", flood.as_bytes());
    let report = read_all(dir.path());
    assert!(report.problems.is_empty(), "{:#?}", report.problems);
    assert_eq!(report.documents.len(), 3);
    for document in &report.documents {
        assert!(
            document.text.contains("وصل الوفد المصري"),
            "{}",
            document.rel_path
        );
    }
}

#[test]
fn a_30_mb_csv_field_costs_its_record_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut csv = String::from("title,text\n");
    csv.push_str("سجل ضخم,\"");
    csv.push_str(&"ب".repeat(15 * 1024 * 1024));
    csv.push_str("\"\n");
    csv.push_str("وصول الوفد,");
    csv.push_str(GOOD);
    assert!(csv.len() > 30 * 1024 * 1024);
    write(dir.path(), "huge.csv", csv.as_bytes());
    let report = read_all(dir.path());
    assert_eq!(report.documents.len(), 1);
    assert_eq!(report.documents[0].rel_path, "huge.csv#2");
    assert!(problem(&report, "huge.csv#1").contains("larger than the"));
}

#[test]
fn broken_json_lines_are_reported_one_by_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let good = |n: usize| format!(r#"{{"title": "خبر رقم {n}", "text": "{}"}}"#, GOOD.trim());
    let lines = [
        good(1),
        r#"{"title": "مقطوع", "text": "بدأ"#.to_owned(),
        "\u{0}\u{1}\u{2}garbage".to_owned(),
        format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)),
        r#""just a string""#.to_owned(),
        r#"{"title": "بلا نص", "text": ""}"#.to_owned(),
        good(7),
    ];
    write(dir.path(), "feed.jsonl", lines.join("\n").as_bytes());
    let report = read_all(dir.path());
    let read: Vec<&str> = report
        .documents
        .iter()
        .map(|d| d.rel_path.as_str())
        .collect();
    assert_eq!(read, ["feed.jsonl#1", "feed.jsonl#7"]);
    let problems: Vec<&str> = report.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(
        problems,
        [
            "feed.jsonl#2",
            "feed.jsonl#3",
            "feed.jsonl#4",
            "feed.jsonl#5",
            "feed.jsonl#6"
        ]
    );
}

#[test]
fn fake_and_broken_pdfs_are_reported() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "fake.pdf", GOOD.as_bytes());
    write(
        dir.path(),
        "header-only.pdf",
        b"%PDF-1.7\n\x00\x01garbage that is not a PDF body\n%%EOF",
    );
    let mut bomb = b"%PDF-1.4\n1 0 obj << /Length 1 /Filter /FlateDecode >>\nstream\n".to_vec();
    let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(&vec![0u8; 64 * 1024 * 1024])
        .expect("compress");
    bomb.extend_from_slice(&encoder.finish().expect("compress"));
    bomb.extend_from_slice(b"\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
    write(dir.path(), "bomb.pdf", &bomb);
    let report = read_all(dir.path());
    assert!(report.documents.is_empty());
    assert!(problem(&report, "fake.pdf").contains("does not start like a PDF"));
    assert!(problem(&report, "header-only.pdf").contains("could not be read"));
    assert!(problem(&report, "bomb.pdf").contains("inflates to more than"));
}

#[test]
fn random_bytes_under_every_reader_are_reported_not_a_crash() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A fixed xorshift stream: the same "random" bytes on every run.
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let noise: Vec<u8> = (0..64 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    let names = [
        "n.html", "n.docx", "n.pdf", "n.csv", "n.tsv", "n.json", "n.jsonl", "n.txt",
    ];
    for name in names {
        write(dir.path(), name, &noise);
    }
    let mut zip_noise = b"PK\x03\x04".to_vec();
    zip_noise.extend_from_slice(&noise);
    write(dir.path(), "z.docx", &zip_noise);
    write(dir.path(), "good.md", GOOD.as_bytes());
    let report = read_all(dir.path());
    assert_eq!(
        report.documents.len(),
        1,
        "{:#?}",
        report
            .documents
            .iter()
            .map(|d| &d.rel_path)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        report.problems.len(),
        names.len() + 1,
        "{:#?}",
        report.problems
    );
}
