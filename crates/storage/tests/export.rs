//! Exports open correctly in spreadsheets and JSON tools, whatever the article text holds.

#![allow(
    clippy::unwrap_used,
    reason = "test helpers, like the tests, fail loudly"
)]

mod common;

use marsad_core::EntityType;
use marsad_storage::export::{encode, write_csv};
use marsad_storage::{EntityRow, Error, EventRow, ExportFormat, MentionRow, export_to_file};

fn entity() -> EntityRow {
    EntityRow {
        id: "PERS:قيس سعيد".into(),
        name: "قيس سعيّد".into(),
        entity_type: EntityType::Pers,
        aliases: vec!["سعيد".into(), "الرئيس سعيد".into()],
        mentions: 12,
        articles: 3,
        hidden: false,
        tags: Vec::new(),
        note: String::new(),
    }
}

fn csv_text<R: marsad_storage::export::CsvRow>(rows: &[R]) -> String {
    let mut bytes = Vec::new();
    write_csv(&mut bytes, rows).unwrap();
    String::from_utf8(bytes).unwrap()
}

#[test]
fn entity_rows_take_the_analysts_tags_and_note() {
    let mut workspace = common::sample();
    workspace
        .notes
        .entities
        .insert("PERS:قيس سعيد".into(), "يرد في كل المقالات".into());
    workspace.tags.entities.insert(
        "PERS:قيس سعيد".into(),
        ["سياسة".to_owned(), "رئاسة".to_owned()].into(),
    );
    let mut row = entity();
    row.annotate(&workspace);
    assert_eq!(row.tags, ["رئاسة", "سياسة"]);
    assert_eq!(row.note, "يرد في كل المقالات");
}

#[test]
fn entities_as_csv_have_a_bom_a_header_and_joined_lists() {
    let text = csv_text(&[entity()]);
    let expected = "\u{feff}id,name,type,aliases,mentions,articles,hidden,tags,note\r\n\
                    PERS:قيس سعيد,قيس سعيّد,PERS,سعيد | الرئيس سعيد,12,3,false,,\r\n";
    assert_eq!(text, expected);
}

#[test]
fn csv_cells_are_quoted_and_formulas_defused() {
    let cases = [
        ("بسيط", "بسيط"),
        ("تونس، صفاقس, سوسة", "\"تونس، صفاقس, سوسة\""),
        ("قال \"لا\"", "\"قال \"\"لا\"\"\""),
        ("سطر\nسطر", "\"سطر\nسطر\""),
        (
            "=HYPERLINK(\"http://x\")",
            "\"'=HYPERLINK(\"\"http://x\"\")\"",
        ),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-12", "-12"),
        (" مسافة", "\" مسافة\""),
    ];
    for (note, cell) in cases {
        let mut row = entity();
        row.aliases.clear();
        row.note = note.into();
        let text = csv_text(&[row]);
        let line = text.split_once("\r\n").unwrap().1;
        assert!(
            line.ends_with(&format!(",{cell}\r\n")),
            "{note:?} gave {line:?}"
        );
    }
}

#[test]
fn mentions_as_csv_keep_byte_offsets_and_the_sentence() {
    let row = MentionRow {
        entity_id: "LOC:تونس".into(),
        entity: "تونس".into(),
        entity_type: EntityType::Loc,
        article: "tunis/a.txt".into(),
        start: 22,
        end: 30,
        text: "تونس".into(),
        sentence: "وصل الوفد إلى تونس، صباح الاثنين.".into(),
    };
    let text = csv_text(&[row]);
    assert_eq!(
        text.lines().nth(1).unwrap(),
        // The Arabic comma is not a separator: no quoting needed.
        "LOC:تونس,تونس,LOC,tunis/a.txt,22,30,تونس,وصل الوفد إلى تونس، صباح الاثنين."
    );
}

#[test]
fn events_as_json_are_an_array_of_objects_with_lists() {
    let row = EventRow {
        id: "tunis/a.txt#120".into(),
        date: "2024-03-04".into(),
        grain: "day".into(),
        label: "افتتاح المعرض".into(),
        participants: vec!["وزير الثقافة".into()],
        articles: vec!["tunis/a.txt".into(), "tunis/b.txt".into()],
        sentence: "افتتح وزير الثقافة المعرض يوم الاثنين.".into(),
        tags: Vec::new(),
        note: String::new(),
    };
    let bytes = encode(&[row], ExportFormat::Json).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value[0]["date"], "2024-03-04");
    assert_eq!(value[0]["grain"], "day");
    assert_eq!(value[0]["participants"][0], "وزير الثقافة");
    assert_eq!(value[0]["articles"].as_array().unwrap().len(), 2);
    let entities = encode(&[entity()], ExportFormat::Json).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&entities).unwrap();
    assert_eq!(value[0]["type"], "PERS");
}

#[test]
fn the_export_format_follows_the_file_extension() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("entities.CSV");
    export_to_file(&csv, &[entity()]).unwrap();
    assert!(
        std::fs::read_to_string(&csv)
            .unwrap()
            .starts_with("\u{feff}id,")
    );
    let json = dir.path().join("entities.json");
    export_to_file(&json, &[entity()]).unwrap();
    assert!(std::fs::read_to_string(&json).unwrap().starts_with('['));
    let other = dir.path().join("entities.xlsx");
    assert!(matches!(
        export_to_file(&other, &[entity()]),
        Err(Error::ExportFormat { .. })
    ));
    assert!(!other.exists());
}
