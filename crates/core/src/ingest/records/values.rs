//! Reading one field's value: dates in any stamp form or as epoch seconds, JSON values
//! nested the way common exports nest them, and bodies stored as HTML.

use serde_json::Value;

use crate::article::{PublishedDate, parse_stamp};

/// A date field's value: RFC 2822, ISO 8601, a numeric or worded date, or Unix time in
/// seconds or milliseconds (read as UTC).
pub fn parse_date_value(value: &str) -> Option<PublishedDate> {
    let value = value.trim();
    if let Some(date) = parse_stamp(value).and_then(|s| s.published.or(s.updated)) {
        return Some(date);
    }
    compact(value).or_else(|| epoch(value))
}

/// `20250122`: a date written without separators, as some meta tags give it.
fn compact(value: &str) -> Option<PublishedDate> {
    if value.len() != 8 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = value[..4].parse().ok()?;
    if !(1990..=2100).contains(&year) {
        return None;
    }
    PublishedDate::from_ymd(year, value[4..6].parse().ok()?, value[6..].parse().ok()?)
}

/// `1519883620` or `1519883620000`: Unix time, between 1990 and 2100.
fn epoch(value: &str) -> Option<PublishedDate> {
    if !(9..=13).contains(&value.len()) || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut seconds: i64 = value.parse().ok()?;
    if value.len() >= 12 {
        seconds /= 1000;
    }
    let ts = jiff::Timestamp::from_second(seconds).ok()?;
    let dt = ts.to_zoned(jiff::tz::TimeZone::UTC).datetime();
    if !(1990..=2100).contains(&i32::from(dt.year())) {
        return None;
    }
    let mut date = PublishedDate::from_ymd(i32::from(dt.year()), dt.month() as u8, dt.day() as u8)?
        .with_time(dt.hour() as u8, dt.minute() as u8, Some(dt.second() as u8));
    date.offset_minutes = Some(0);
    Some(date)
}

/// Keys under which exports nest a field's text: WordPress `{"rendered": …}`, NewsAPI
/// `{"name": …}`, and generic `text`/`value`.
const NESTED_TEXT_KEYS: &[&str] = &["rendered", "name", "text", "value", "#text", "content"];

/// The text of a JSON value: strings as they are, numbers written out, arrays of
/// strings joined as paragraphs, objects through their text key.
pub fn json_text(value: &Value) -> Option<String> {
    json_text_depth(value, 0)
}

fn json_text_depth(value: &Value, depth: usize) -> Option<String> {
    if depth > 4 {
        return None;
    }
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items
                .iter()
                .filter_map(|v| json_text_depth(v, depth + 1))
                .filter(|s| !s.trim().is_empty())
                .collect();
            (!parts.is_empty()).then(|| parts.join("\n\n"))
        }
        Value::Object(map) => NESTED_TEXT_KEYS
            .iter()
            .find_map(|k| map.get(*k).and_then(|v| json_text_depth(v, depth + 1))),
        Value::Bool(_) | Value::Null => None,
    }
}

/// True when a field's text is HTML markup rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let lower_has = |tag: &str| text.contains(tag);
    [
        "<p>", "<p ", "</p>", "<br", "<div", "</div>", "<h2", "<li>", "<strong>",
    ]
    .iter()
    .any(|t| lower_has(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_every_export_form() {
        let cases = [
            (
                "Thu, 01 Mar 2018 09:53:40 +0400",
                Some("2018-03-01T09:53:40+04:00"),
            ),
            ("2018-03-01T09:53:40Z", Some("2018-03-01T09:53:40+00:00")),
            ("2018-03-01 09:53:40", Some("2018-03-01T09:53:40")),
            ("01/03/2018", Some("2018-03-01")),
            ("1519883620", Some("2018-03-01T05:53:40+00:00")),
            ("1519883620000", Some("2018-03-01T05:53:40+00:00")),
            ("الخميس 01 مارس 2018", Some("2018-03-01")),
            ("20250122", Some("2025-01-22")),
            ("42", None),
            ("غير معروف", None),
        ];
        for (value, want) in cases {
            assert_eq!(
                parse_date_value(value).map(|d| d.iso()).as_deref(),
                want,
                "{value}"
            );
        }
    }

    #[test]
    fn nested_json_values_give_their_text() {
        let cases = [
            (r#""عنوان""#, Some("عنوان")),
            (r#"{"rendered": "<p>نص</p>"}"#, Some("<p>نص</p>")),
            (r#"{"id": "bbc", "name": "BBC Arabic"}"#, Some("BBC Arabic")),
            (
                r#"["فقرة أولى", "فقرة ثانية"]"#,
                Some("فقرة أولى\n\nفقرة ثانية"),
            ),
            ("null", None),
            ("true", None),
        ];
        for (json, want) in cases {
            let value: Value = serde_json::from_str(json).expect("valid JSON");
            assert_eq!(json_text(&value).as_deref(), want, "{json}");
        }
    }
}
