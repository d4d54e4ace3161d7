//! The parser on one fixture per shape of real news files (see `fixtures/articles/EXPECTED.md`).

use marsad_core::article::{BlockKind, ParsedArticle, parse};

struct Case {
    file: &'static str,
    title: Option<&'static str>,
    section: Option<&'static str>,
    byline: Option<&'static str>,
    published: Option<&'static str>,
    place: Option<&'static str>,
    outlet: Option<&'static str>,
    headings: usize,
    list_items: usize,
    quotes: usize,
}

const CASES: &[Case] = &[
    Case {
        file: "title_then_body.txt",
        title: Some("وصول فرق هندسية أمريكية إلى جنوب إسرائيل لدعم مراقبة الهدنة في غزة"),
        section: None,
        byline: None,
        published: None,
        place: None,
        outlet: None,
        headings: 3,
        list_items: 3,
        quotes: 0,
    },
    Case {
        file: "title_blank_body.txt",
        title: Some("واشنطن تسرّع مشاوراتها لتشكيل قوة دولية في غزة خلال الأسابيع المقبلة"),
        section: None,
        byline: None,
        published: None,
        place: None,
        outlet: None,
        headings: 0,
        list_items: 0,
        quotes: 0,
    },
    Case {
        file: "section_dek_image_byline.txt",
        title: Some("افتتاح مركز تنسيق دولي في جنوب إسرائيل لمتابعة تنفيذ هدنة غزة"),
        section: Some("أمن"),
        byline: Some("هالة منصور"),
        published: Some("2025-11-25"),
        place: None,
        outlet: None,
        headings: 2,
        list_items: 0,
        quotes: 3,
    },
    Case {
        file: "dateline_first.txt",
        title: Some("البنتاغون يبحث خيارات مبكرة لـ\"قوة حفظ سلام\" في غزة"),
        section: None,
        byline: None,
        published: Some("2024-11-27T20:51"),
        place: None,
        outlet: None,
        headings: 0,
        list_items: 0,
        quotes: 2,
    },
    Case {
        file: "dek_first_no_title.txt",
        title: None,
        section: None,
        byline: None,
        published: None,
        place: None,
        outlet: None,
        headings: 4,
        list_items: 0,
        quotes: 2,
    },
    Case {
        file: "place_dateline.txt",
        title: Some("المنتدى المتوسطي لإعادة الإعمار يفتتح دورته الأولى بالمهدية"),
        section: None,
        byline: None,
        published: None,
        place: Some("المهدية"),
        outlet: None,
        headings: 0,
        list_items: 0,
        quotes: 1,
    },
    Case {
        file: "cnn_dateline.txt",
        title: Some("وقف إطلاق النار يدخل حيز التنفيذ في غزة"),
        section: None,
        byline: None,
        published: Some("2025-10-10T15:25"),
        place: Some("دبي، الإمارات العربية المتحدة"),
        outlet: Some("CNN"),
        headings: 1,
        list_items: 2,
        quotes: 1,
    },
    Case {
        file: "agency_dateline.txt",
        title: Some("الــقــاهــرة تستضيف غرفة عمليات لمتابعة هدنة غزة"),
        section: Some("سياسة"),
        byline: Some("نور الهدى الزين"),
        published: Some("2025-01-16T11:20"),
        place: Some("القاهرة"),
        outlet: Some("وكالات"),
        headings: 0,
        list_items: 0,
        quotes: 1,
    },
    Case {
        file: "hijri_dateline.txt",
        title: Some("الدوحة تستأنف اتصالاتها مع الوسطاء لإحياء مسار التهدئة"),
        section: Some("الخليج"),
        byline: Some("فيصل الرشيد"),
        published: Some("2025-09-02"),
        place: Some("الدوحة"),
        outlet: None,
        headings: 0,
        list_items: 0,
        quotes: 1,
    },
    Case {
        file: "place_date_outlet_dateline.txt",
        title: Some("قافلة مغاربية تصل إلى الحدود الليبية المصرية"),
        section: None,
        byline: None,
        published: None,
        place: Some("طرابلس"),
        outlet: Some("مراسلون"),
        headings: 0,
        list_items: 0,
        quotes: 1,
    },
    Case {
        file: "crlf_no_final_newline.txt",
        title: Some("أمطار غزيرة تغرق خيام النازحين في خان يونس"),
        section: Some("إنساني"),
        byline: Some("سلمى الحداد"),
        published: Some("2025-12-09T00:05"),
        place: Some("بيروت"),
        outlet: None,
        headings: 1,
        list_items: 2,
        quotes: 1,
    },
];

fn count(parsed: &ParsedArticle, kind: BlockKind) -> usize {
    parsed.blocks.iter().filter(|b| b.kind == kind).count()
}

#[test]
fn every_fixture_parses_to_its_expected_structure() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let mut failures = Vec::new();
    for case in CASES {
        let text = std::fs::read_to_string(format!("{dir}/{}", case.file)).unwrap();
        let parsed = parse(&text);
        let meta = &parsed.meta;
        let published = meta.published.map(|d| d.iso());
        let got = (
            if meta.title_inferred {
                None
            } else {
                Some(meta.title.as_str())
            },
            meta.section.as_deref(),
            meta.byline.as_deref(),
            published.as_deref(),
            meta.dateline_place.as_deref(),
            meta.dateline_outlet.as_deref(),
            count(&parsed, BlockKind::Heading),
            count(&parsed, BlockKind::ListItem),
            parsed.quotes.len(),
        );
        let want = (
            case.title,
            case.section,
            case.byline,
            case.published,
            case.place,
            case.outlet,
            case.headings,
            case.list_items,
            case.quotes,
        );
        if got != want {
            failures.push(format!("{}:\n  got  {got:?}\n  want {want:?}", case.file));
        }
        assert!(
            !meta.title.is_empty(),
            "{}: every article gets a title",
            case.file
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn speakers_are_named_before_after_or_carried() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/articles");
    let speakers = |file: &str| -> Vec<Option<String>> {
        let text = std::fs::read_to_string(format!("{dir}/{file}")).unwrap();
        parse(&text).quotes.into_iter().map(|q| q.speaker).collect()
    };
    assert!(
        speakers("dateline_first.txt")
            .iter()
            .all(|s| s.as_deref() != Some("اسمه"))
    );
    assert!(
        speakers("cnn_dateline.txt").iter().all(Option::is_some),
        "{:?}",
        speakers("cnn_dateline.txt")
    );
    assert!(
        speakers("agency_dateline.txt").iter().all(Option::is_some),
        "{:?}",
        speakers("agency_dateline.txt")
    );
}
