//! Word and PDF files, read end to end (`fixtures/ingest/`, written by
//! `scripts/make_ingest_fixtures.py`): styles and tables in a brief, a report's pages
//! joined without their running lines, a legacy layer in visual order, and the PDFs
//! that cannot be read, each with a reason.

use std::path::Path;
use std::sync::OnceLock;

use marsad_core::article::BlockKind;
use marsad_core::ingest::{self, IngestErrorKind, IngestOptions};
use marsad_core::pipeline::{Analyzer, ArticleAnalysis};

fn fixtures() -> &'static Path {
    Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/ingest"
    ))
}

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new().expect("bundled models load"))
}

fn analyze(file: &str) -> ArticleAnalysis {
    let document = ingest::read_document(
        fixtures(),
        &fixtures().join(file),
        &IngestOptions::default(),
    )
    .unwrap_or_else(|err| panic!("{file}: {err}"));
    analyzer().analyze_document(document)
}

fn blocks(a: &ArticleAnalysis, kind: BlockKind) -> Vec<&str> {
    a.blocks
        .iter()
        .filter(|b| b.kind == kind)
        .map(|b| &a.text[b.span.start..b.span.end])
        .collect()
}

#[test]
fn a_word_brief_keeps_its_styles_lists_and_table_and_drops_deleted_text() {
    let a = analyze("styled_brief.docx");
    assert_eq!(a.title, "تقدير موقف: قوة الاستقرار الدولية في غزة");
    assert_eq!(a.provenance.title_from.as_deref(), Some("style Title"));
    // The worded date under the title is the text's own; the created property is only a fallback.
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2025-11-18"));
    assert_eq!(a.provenance.date_from.as_deref(), Some("worded dateline"));
    assert_eq!(
        blocks(&a, BlockKind::ListItem),
        ["إندونيسيا", "أذربيجان", "مصر"]
    );
    assert!(blocks(&a, BlockKind::Heading).contains(&"الدول المرشحة للمشاركة"));
    assert!(
        a.text.contains("تصويت مجلس الأمن | 17 نوفمبر 2025"),
        "{}",
        a.text
    );
    assert!(a.text.contains("اعتمد مجلس الأمن فجر اليوم قرارا يمنح قوة الاستقرار تفويضا حتى نهاية 2027، بعد مشاورات استمرت أسبوعين."));
    assert!(!a.text.contains("نص محذوف"), "deleted text stays out");
    assert!(!a.text.contains("PAGE"), "field codes stay out");
    // The title is the first line even though a banner paragraph stood before it.
    assert!(a.text.starts_with("تقدير موقف"));
    assert_eq!(
        blocks(&a, BlockKind::Caption),
        ["جدول 1: المواعيد المتوقعة"]
    );
}

#[test]
fn a_report_pdf_comes_out_as_paragraphs_without_its_running_lines() {
    let a = analyze("report_logical.pdf");
    assert_eq!(a.title, "موجز أسبوعي: مسار التهدئة في غزة ومحادثات القاهرة");
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2025-11-13"));
    for running in [
        "مرصد الشرق للدراسات — موجز أسبوعي",
        "صفحة 1 من 3",
        "صفحة 3 من 3",
    ] {
        assert!(!a.text.contains(running), "{running} is a running line");
    }
    assert!(!a.text.lines().any(|l| l.trim() == "2"), "page numbers go");
    // A paragraph wrapped over three lines is one paragraph…
    assert!(a.text.contains(
        "استضافت القاهرة هذا الأسبوع جولة جديدة من المحادثات بين الوسطاء المصريين والقطريين والأتراك والأمريكيين، لبحث المرحلة الثانية من اتفاق وقف إطلاق النار في غزة وتشكيل قوة الاستقرار الدولية."
    ));
    // …and one cut by a page break is joined again.
    assert!(
        a.text
            .contains("ما زال يفوق ما يصل إلى القطاع مع اقتراب فصل الشتاء."),
        "{}",
        a.text
    );
    assert_eq!(
        blocks(&a, BlockKind::Heading),
        [
            "ملخص",
            "المساعدات الإنسانية",
            "قوة الاستقرار",
            "ما يجب متابعته"
        ]
    );
    assert!(
        a.mentions.iter().any(|m| m.text == "منى الشوا"),
        "{:?}",
        a.mentions
    );
}

#[test]
fn a_legacy_pdf_in_visual_order_reads_in_logical_order() {
    let a = analyze("legacy_visual.pdf");
    assert_eq!(
        a.title,
        "بيان صحفي: وصول قافلة الأمل المغاربي إلى معبر السلوم"
    );
    assert_eq!(a.published.map(|d| d.iso()).as_deref(), Some("2025-06-15"));
    assert!(
        a.text
            .contains("لإيصال 60 طنا من الأدوية والأغذية إلى غزة عبر رفح."),
        "{}",
        a.text
    );
    assert!(
        !a.text
            .chars()
            .any(|c| ('\u{FE70}'..='\u{FEFF}').contains(&c)),
        "presentation forms are folded"
    );
    assert!(
        a.mentions.iter().any(|m| m.text == "ياسمين العلوي"),
        "{:?}",
        a.mentions
    );
}

/// What the error for a file must be.
type Expected = fn(&IngestErrorKind) -> bool;

#[test]
fn pdfs_that_cannot_be_read_say_why() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("fake.pdf"), "هذا ملف نصي وليس PDF").expect("write");
    for name in ["scanned.pdf", "encrypted.pdf"] {
        std::fs::copy(fixtures().join(name), dir.path().join(name)).expect("copy");
    }
    let cases: [(&str, Expected); 3] = [
        ("scanned.pdf", |k| matches!(k, IngestErrorKind::NoTextLayer)),
        ("encrypted.pdf", |k| matches!(k, IngestErrorKind::Encrypted)),
        ("fake.pdf", |k| matches!(k, IngestErrorKind::BadDocument(_))),
    ];
    for (name, expected) in cases {
        let err = ingest::read_document(
            dir.path(),
            &dir.path().join(name),
            &IngestOptions::default(),
        )
        .expect_err(name);
        assert!(expected(&err.kind), "{name}: {}", err.kind);
        assert_eq!(err.path, name);
    }
}
