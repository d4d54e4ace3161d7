use super::*;
use crate::ingest::reader::Collect;

fn read(name: &str, format: Format, bytes: &[u8]) -> Result<Collect, IngestErrorKind> {
    let file = SourceFile {
        rel_path: name,
        bytes,
        format,
    };
    let mut collect = Collect::default();
    RecordsReader.read(&file, &Limits::default(), &mut collect)?;
    Ok(collect)
}

/// (record, title hint, date hint ISO, outlet)
type Summary = (usize, Option<String>, Option<String>, Option<String>);

fn summary(collect: &Collect) -> Vec<Summary> {
    collect
        .articles
        .iter()
        .map(|a| {
            (
                a.record.unwrap_or_default(),
                a.hints.title.as_ref().map(|h| h.value.clone()),
                a.hints.published.as_ref().map(|h| h.value.iso()),
                a.hints.outlet.as_ref().map(|h| h.value.clone()),
            )
        })
        .collect()
}

#[test]
fn csv_with_english_field_names_quoted_commas_and_line_breaks() {
    let csv = "title,date,text,url,source\n\
        \"وصول الوفد المصري إلى الدوحة\",2025-09-02T14:30:00+03:00,\"وصل الوفد المصري، برئاسة وزير الخارجية، إلى الدوحة.\n\nوتستمر الزيارة يومين.\",https://example.org/1,نبض الخليج\n\
        انطلاق المنتدى المتوسطي في المهدية,\"Tue, 06 May 2025 12:40:00 +0100\",انطلقت أعمال المنتدى بمشاركة 12 دولة.,https://example.org/2,إذاعة المهدية\n";
    let got = read("news.csv", Format::Csv, csv.as_bytes()).expect("reads");
    assert!(got.problems.is_empty(), "{:?}", got.problems);
    assert_eq!(
        summary(&got),
        [
            (
                1,
                Some("وصول الوفد المصري إلى الدوحة".into()),
                Some("2025-09-02T14:30:00+03:00".into()),
                Some("نبض الخليج".into())
            ),
            (
                2,
                Some("انطلاق المنتدى المتوسطي في المهدية".into()),
                Some("2025-05-06T12:40:00+01:00".into()),
                Some("إذاعة المهدية".into())
            ),
        ]
    );
    let first = &got.articles[0];
    assert_eq!(
        first.text,
        "وصول الوفد المصري إلى الدوحة\n\nوصل الوفد المصري، برئاسة وزير الخارجية، إلى الدوحة.\n\nوتستمر الزيارة يومين.\n"
    );
    assert_eq!(first.hints.url.as_deref(), Some("https://example.org/1"));
    assert_eq!(
        first.hints.title.as_ref().map(|h| h.from.as_str()),
        Some("field \"title\"")
    );
}

#[test]
fn csv_with_arabic_field_names_a_semicolon_and_a_bom() {
    let csv = "\u{feff}العنوان;تاريخ النشر;النص;المصدر\n\
        مجلس الأمن يعتمد قرارا بشأن غزة;18/11/2025 07:05;اعتمد مجلس الأمن فجر الثلاثاء قرارا أمريكيا.;الشرق اليوم\n";
    let got = read("تصدير.csv", Format::Csv, csv.as_bytes()).expect("reads");
    assert_eq!(
        summary(&got),
        [(
            1,
            Some("مجلس الأمن يعتمد قرارا بشأن غزة".into()),
            Some("2025-11-18T07:05".into()),
            Some("الشرق اليوم".into())
        )]
    );
}

#[test]
fn tsv_saved_by_a_spreadsheet_as_utf16() {
    let tsv = "headline\tpubDate\tbody\n\
        الشتاء يختبر هدنة غزة\tTue, 09 Dec 2025 00:05:00 +0200\tأمطار غزيرة تغرق الخيام في خان يونس.\n";
    let mut bytes = vec![0xFF, 0xFE];
    for unit in tsv.encode_utf16() {
        bytes.extend_from_slice(&unit.to_le_bytes());
    }
    let got = read("export.tsv", Format::Tsv, &bytes).expect("reads");
    assert_eq!(
        summary(&got),
        [(
            1,
            Some("الشتاء يختبر هدنة غزة".into()),
            Some("2025-12-09T00:05:00+02:00".into()),
            None
        )]
    );
    assert_eq!(got.articles[0].encoding, "UTF-16LE");
}

#[test]
fn json_lines_from_a_wordpress_scraper_with_a_broken_line() {
    let jsonl = concat!(
        r#"{"id": 11, "date": "2025-01-22T19:45:00", "link": "https://example.org/?p=11", "title": {"rendered": "قوافل المساعدات تتدفق عبر رفح"}, "content": {"rendered": "<p>عبرت 600 شاحنة معبر رفح.</p><p>وقالت منى الشوا إن الأولوية للوقود.</p>"}}"#,
        "\n\n",
        r#"{"id": 12, "date": "2025-01-23", "title": {"rendered": "غرفة عمليات"#,
        "\n",
        r#"{"id": 13, "date": "2025-01-24T08:00:00", "title": {"rendered": "الهلال الأحمر يفتح مستودعا جديدا"}, "content": {"rendered": "<p>افتتح الهلال الأحمر مستودعا في العريش.</p>"}}"#,
        "\n"
    );
    let got = read("feed.jsonl", Format::Jsonl, jsonl.as_bytes()).expect("reads");
    assert_eq!(
        summary(&got),
        [
            (
                1,
                Some("قوافل المساعدات تتدفق عبر رفح".into()),
                Some("2025-01-22T19:45:00".into()),
                None
            ),
            (
                3,
                Some("الهلال الأحمر يفتح مستودعا جديدا".into()),
                Some("2025-01-24T08:00:00".into()),
                None
            ),
        ]
    );
    assert_eq!(got.problems.len(), 1);
    assert_eq!(got.problems[0].path, "feed.jsonl#2");
    assert!(
        got.problems[0].error.contains("not valid JSON"),
        "{}",
        got.problems[0].error
    );
    // The HTML body became paragraphs.
    assert_eq!(
        got.articles[0].text,
        "قوافل المساعدات تتدفق عبر رفح\n\nعبرت 600 شاحنة معبر رفح.\n\nوقالت منى الشوا إن الأولوية للوقود.\n"
    );
}

#[test]
fn a_news_api_export_wrapped_in_an_object() {
    let json = r#"{"status": "ok", "totalResults": 2, "articles": [
        {"source": {"id": null, "name": "BBC Arabic"}, "author": "ريم العلي", "title": "افتتاح مكتب أممي في خان يونس", "description": "المكتب ينسق توزيع المساعدات.", "url": "https://example.org/a", "publishedAt": "2025-03-05T10:00:00Z", "content": "أعلنت الأمم المتحدة افتتاح مكتب جديد في خان يونس لتنسيق المساعدات في جنوب القطاع."},
        {"source": {"id": null, "name": "CNN Arabic"}, "author": null, "title": "وقف إطلاق النار يدخل حيز التنفيذ", "description": null, "url": "https://example.org/b", "publishedAt": "2025-10-10T12:25:00Z", "content": "دخل وقف إطلاق النار في غزة حيز التنفيذ ظهر الجمعة."}
    ]}"#;
    let got = read("newsapi.json", Format::Json, json.as_bytes()).expect("reads");
    assert_eq!(
        summary(&got),
        [
            (
                1,
                Some("افتتاح مكتب أممي في خان يونس".into()),
                Some("2025-03-05T10:00:00+00:00".into()),
                Some("BBC Arabic".into())
            ),
            (
                2,
                Some("وقف إطلاق النار يدخل حيز التنفيذ".into()),
                Some("2025-10-10T12:25:00+00:00".into()),
                Some("CNN Arabic".into())
            ),
        ]
    );
    assert_eq!(
        got.articles[0]
            .hints
            .byline
            .as_ref()
            .map(|h| h.value.as_str()),
        Some("ريم العلي")
    );
    // The description is a dek line between the title and the text.
    assert!(
        got.articles[0]
            .text
            .starts_with("افتتاح مكتب أممي في خان يونس\n\nالمكتب ينسق توزيع المساعدات.\n\nأعلنت")
    );
}

#[test]
fn a_json_array_that_breaks_off_keeps_the_records_before_the_break() {
    let json = r#"[
        {"headline": "وصول الوفد", "body": "وصل الوفد إلى القاهرة مساء الأحد."},
        {"headline": "بدء المحادثات", "body": "بدأت المحادثات صباح الاثنين."},
        {"headline": "بيان ختامي", "body": "صدر بيان"#;
    let got = read("dump.json", Format::Json, json.as_bytes()).expect("reads");
    assert_eq!(got.articles.len(), 2);
    assert_eq!(got.problems.len(), 1);
    assert_eq!(got.problems[0].path, "dump.json#3");
}

#[test]
fn unnamed_columns_are_found_by_their_values() {
    let body = "وأكد المتحدث باسم الوزارة أن الاتصالات ستستمر خلال الأيام المقبلة لتثبيت وقف إطلاق النار، \
        مشيرا إلى أن الوفود ستلتقي في القاهرة الأسبوع المقبل لبحث المرحلة الثانية من الاتفاق وتبادل المحتجزين \
        وإعادة فتح المعابر أمام المساعدات الإنسانية والحالات الطبية.";
    let csv = format!(
        "col1,col2,col3,col4\n\
         https://example.org/1,2025-09-02,الدوحة تستأنف اتصالاتها مع الوسطاء,\"{body}\"\n\
         https://example.org/2,2025-09-03,القاهرة تستضيف جولة جديدة من المحادثات,\"{body}\"\n"
    );
    let got = read("unnamed.csv", Format::Csv, csv.as_bytes()).expect("reads");
    assert_eq!(
        summary(&got)[0],
        (
            1,
            Some("الدوحة تستأنف اتصالاتها مع الوسطاء".into()),
            Some("2025-09-02".into()),
            None
        )
    );
    assert_eq!(
        got.articles[0].hints.url.as_deref(),
        Some("https://example.org/1")
    );
}

#[test]
fn a_bad_record_costs_only_itself_and_a_file_without_text_is_refused() {
    let csv = "title,text\n\
        وصول الوفد,وصل الوفد إلى القاهرة.\n\
        عنوان بلا نص,\n\
        انطلاق المحادثات,بدأت المحادثات,وحقل زائد\n\
        بيان ختامي,صدر بيان ختامي.\n";
    let got = read("mixed.csv", Format::Csv, csv.as_bytes()).expect("reads");
    let records: Vec<usize> = got.articles.iter().filter_map(|a| a.record).collect();
    assert_eq!(records, [1, 4]);
    let problems: Vec<&str> = got.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(problems, ["mixed.csv#2", "mixed.csv#3"]);
    assert!(
        got.problems[1].error.contains("header names 2"),
        "{}",
        got.problems[1].error
    );

    let no_text = "id,views\n1,200\n2,340\n";
    assert!(matches!(
        read("stats.csv", Format::Csv, no_text.as_bytes()),
        Err(IngestErrorKind::NoTextField(_))
    ));
}

/// Found by the `records` fuzz target: an outlet name that is only an unclosed tag
/// (`<h2BBC Arabic`) became a blank outlet hint.
#[test]
fn a_field_that_is_only_markup_gives_no_hint() {
    let json = r#"[{"source": {"name": "<h2BBC Arabic"}, "title": "افتتاح مكتب أممي في خان يونس", "content": "أعلنت الأمم المتحدة افتتاح مكتب جديد في خان يونس لتنسيق المساعدات."}]"#;
    let got = read("export.json", Format::Json, json.as_bytes()).expect("reads");
    assert_eq!(
        summary(&got),
        [(1, Some("افتتاح مكتب أممي في خان يونس".into()), None, None)]
    );
}
