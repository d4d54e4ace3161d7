//! Record files built from the fuzzer's bytes (structure-aware): a CSV, TSV, JSON or
//! JSON Lines export with named title and text fields, Arabic values and extra fields,
//! whose every record must come out as an article holding its text and title.

use arbitrary::{Arbitrary, Unstructured};
use marsad_core::ingest::{Collect, Format, split_record_path};

use crate::readers::{check_record_numbers, read, rel_path};

/// Words the values are made of: Arabic news words, month names, numbers, punctuation
/// and a few Latin ones. None holds markup, so no value is read as HTML.
const WORDS: &[&str] = &[
    "قال",
    "وزير",
    "الخارجية",
    "إن",
    "المفاوضات",
    "في",
    "القاهرة",
    "يوم",
    "الأحد",
    "مارس",
    "آذار",
    "جانفي",
    "كانون",
    "الثاني",
    "رمضان",
    "محرم",
    "2024",
    "١٤٤٥",
    "هـ",
    "الأمم",
    "المتحدة",
    "أكد",
    "مصدر",
    "مطلع",
    "«",
    "»",
    "،",
    ".",
    ":",
    "وصل",
    "الوفد",
    "إلى",
    "الدوحة",
    "مساء",
    "أمس",
    "بحسب",
    "رويترز",
    "غزة",
    "تونس",
    "بيروت",
    "الرئيس",
    "عن",
    "أنّ",
    "ﻻ",
    "\u{200f}",
    "Reuters",
    "2025-03-04T09:30:00+02:00",
    "https://example.org/a/1",
];

const TITLE_NAMES: &[&str] = &["title", "headline", "عنوان", "Article Title"];
const BODY_NAMES: &[&str] = &["text", "body", "content", "نص الخبر"];
/// Names that say no role, so the reader finds their roles, if any, by their values.
const EXTRA_NAMES: &[&str] = &["id", "lang", "views", "tags", "رقم", "col7"];

#[derive(Arbitrary, Debug)]
enum Shape {
    Csv,
    Tsv,
    JsonArray,
    JsonWrapped,
    JsonLines,
}

#[derive(Arbitrary, Debug)]
enum Extra {
    Words(Vec<u8>),
    Text(String),
    Number(i64),
}

#[derive(Arbitrary, Debug)]
struct Row {
    title: Vec<u8>,
    paragraphs: Vec<Vec<u8>>,
    extras: Vec<Extra>,
}

#[derive(Arbitrary, Debug)]
struct Export {
    shape: Shape,
    title_name: u8,
    body_name: u8,
    /// Bit `i` adds the extra field `EXTRA_NAMES[i]`.
    extra_fields: u8,
    rows: Vec<Row>,
}

/// One record's fields as written, and what the article must show of them.
struct Written {
    title: String,
    body: String,
    extras: Vec<serde_json::Value>,
}

fn words(indices: &[u8]) -> String {
    indices
        .iter()
        .map(|&i| WORDS[usize::from(i) % WORDS.len()])
        .collect::<Vec<_>>()
        .join(" ")
}

fn extra_value(extra: Option<&Extra>) -> serde_json::Value {
    match extra {
        None => serde_json::Value::String(String::new()),
        Some(Extra::Words(w)) => words(w).into(),
        // Control characters would make the whole file look binary; that is the
        // decoder's business (the `records` target), not this one's.
        Some(Extra::Text(t)) => t
            .chars()
            .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
            .collect::<String>()
            .into(),
        Some(Extra::Number(n)) => (*n).into(),
    }
}

/// A record file built from the bytes: every record with text becomes an article at
/// `FILE#N` holding its text, titled with its title; records are numbered 1, 2, … in
/// file order; none is lost.
pub fn records_shaped(bytes: &[u8]) {
    let mut u = Unstructured::new(bytes);
    let Ok(export) = Export::arbitrary(&mut u) else {
        return;
    };
    let title_name = TITLE_NAMES[usize::from(export.title_name) % TITLE_NAMES.len()];
    let body_name = BODY_NAMES[usize::from(export.body_name) % BODY_NAMES.len()];
    let extra_names: Vec<&str> = (0..EXTRA_NAMES.len())
        .filter(|i| export.extra_fields & (1 << i) != 0)
        .map(|i| EXTRA_NAMES[i])
        .collect();
    let rows: Vec<Written> = export
        .rows
        .iter()
        .take(24)
        .map(|row| Written {
            title: words(&row.title),
            body: row
                .paragraphs
                .iter()
                .map(|p| words(p))
                .collect::<Vec<_>>()
                .join("\n\n")
                .trim()
                .to_owned(),
            extras: (0..extra_names.len())
                .map(|i| extra_value(row.extras.get(i)))
                .collect(),
        })
        .collect();
    let mut names = vec![title_name, body_name];
    names.extend(&extra_names);
    let (format, file) = write(&export.shape, &names, &rows);
    if rows.is_empty() {
        // An export without records may be refused (no field names to go by).
        let _ = read(format, &file);
        return;
    }
    let collect = read(format, &file).unwrap_or_else(|err| {
        panic!(
            "a well-formed {format:?} export was refused ({err}):\n{}",
            String::from_utf8_lossy(&file)
        )
    });
    check_record_numbers(format, &collect);
    check_rows(format, title_name, &rows, &collect);
}

/// Each row is an article (or, when its text is blank, possibly a problem) at its number.
fn check_rows(format: Format, title_name: &str, rows: &[Written], collect: &Collect) {
    let file = rel_path(format);
    for (i, row) in rows.iter().enumerate() {
        let number = i + 1;
        let article = collect.articles.iter().find(|a| a.record == Some(number));
        let problem = collect
            .problems
            .iter()
            .find(|p| split_record_path(&p.path) == Some((file, number)));
        let Some(article) = article else {
            assert!(
                row.body.is_empty(),
                "record {number} with text was not read: {problem:?}"
            );
            assert!(problem.is_some(), "record {number} vanished");
            continue;
        };
        assert!(
            problem.is_none(),
            "record {number} is both read and skipped"
        );
        assert!(
            article.text.contains(&row.body),
            "record {number}: the text {:?} is not in the article {:?}",
            row.body,
            article.text
        );
        if !row.title.is_empty() && !row.body.is_empty() {
            let hint = article.hints.title.as_ref().expect("a title hint");
            assert_eq!(hint.value, row.title, "record {number}'s title");
            assert_eq!(hint.from, format!("field \"{title_name}\""));
            assert!(
                article.text.contains(&row.title),
                "record {number}'s title is not in its text"
            );
        }
    }
}

/// The export's bytes in the chosen shape, and the format to read them as.
fn write(shape: &Shape, names: &[&str], rows: &[Written]) -> (Format, Vec<u8>) {
    let objects = || -> Vec<serde_json::Value> {
        rows.iter()
            .map(|row| {
                let mut object = serde_json::Map::new();
                object.insert(names[0].to_owned(), row.title.clone().into());
                object.insert(names[1].to_owned(), row.body.clone().into());
                for (name, value) in names[2..].iter().zip(&row.extras) {
                    object.insert((*name).to_owned(), value.clone());
                }
                serde_json::Value::Object(object)
            })
            .collect()
    };
    match shape {
        Shape::Csv => (Format::Csv, delimited(b',', names, rows)),
        Shape::Tsv => (Format::Tsv, delimited(b'\t', names, rows)),
        Shape::JsonArray => (
            Format::Json,
            json_bytes(&serde_json::Value::Array(objects())),
        ),
        Shape::JsonWrapped => {
            let wrapper = serde_json::json!({ "status": "ok", "articles": objects() });
            (Format::Json, json_bytes(&wrapper))
        }
        Shape::JsonLines => {
            let mut out = Vec::new();
            for object in objects() {
                out.extend(json_bytes(&object));
                out.push(b'\n');
            }
            (Format::Jsonl, out)
        }
    }
}

fn json_bytes(value: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec(value).expect("JSON values serialize")
}

fn delimited(delimiter: u8, names: &[&str], rows: &[Written]) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    writer.write_record(names).expect("a header row");
    for row in rows {
        let extras = row.extras.iter().map(|v| match v {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        });
        let fields: Vec<String> = [row.title.clone(), row.body.clone()]
            .into_iter()
            .chain(extras)
            .collect();
        writer.write_record(&fields).expect("a record");
    }
    writer.into_inner().expect("the CSV bytes")
}
