use super::*;

/// (line, published ISO, updated ISO, form)
type Case = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<DateForm>,
);

fn run(cases: &[Case]) {
    let mut failures = Vec::new();
    for &(line, published, updated, form) in cases {
        let stamp = parse_stamp(line);
        let got = (
            stamp.and_then(|s| s.published).map(|d| d.iso()),
            stamp.and_then(|s| s.updated).map(|d| d.iso()),
            stamp.map(|s| s.form),
        );
        let want = (
            published.map(str::to_owned),
            updated.map(str::to_owned),
            form,
        );
        if got != want {
            failures.push(format!("{line}\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

use DateForm::{Machine, Numeric, Worded};

#[test]
fn rfc_2822_lines_as_feeds_write_them() {
    run(&[
        (
            "Thu, 01 Mar 2018 09:53:40 +0400",
            Some("2018-03-01T09:53:40+04:00"),
            None,
            Some(Machine),
        ),
        (
            "Thu, 01 Mar 2018 09:53:40 GMT",
            Some("2018-03-01T09:53:40+00:00"),
            None,
            Some(Machine),
        ),
        (
            "Mon, 5 Feb 2018 23:05:00 -0500",
            Some("2018-02-05T23:05:00-05:00"),
            None,
            Some(Machine),
        ),
        (
            "01 Mar 2018 09:53 +0300",
            Some("2018-03-01T09:53:00+03:00"),
            None,
            Some(Machine),
        ),
        // With Arabic-Indic digits, as some scrapers localise them.
        (
            "Thu, ٠١ Mar ٢٠١٨ ٠٩:٥٣:٤٠ +0400",
            Some("2018-03-01T09:53:40+04:00"),
            None,
            Some(Machine),
        ),
        // A weekday that does not match the date breaks RFC 2822, but the date it
        // states is still the article's date.
        (
            "Fri, 01 Mar 2018 09:53:40 +0400",
            Some("2018-03-01T09:53:40+04:00"),
            None,
            Some(Worded),
        ),
    ]);
}

#[test]
fn iso_8601_with_offset_with_a_space_and_date_only() {
    run(&[
        (
            "2018-03-01T09:53:40+04:00",
            Some("2018-03-01T09:53:40+04:00"),
            None,
            Some(Machine),
        ),
        (
            "2018-03-01T06:53:40Z",
            Some("2018-03-01T06:53:40+00:00"),
            None,
            Some(Machine),
        ),
        (
            "2018-03-01T09:53:40.250+04:00",
            Some("2018-03-01T09:53:40+04:00"),
            None,
            Some(Machine),
        ),
        (
            "2018-03-01 09:53",
            Some("2018-03-01T09:53"),
            None,
            Some(Numeric),
        ),
        (
            "2018-03-01 09:53:40",
            Some("2018-03-01T09:53:40"),
            None,
            Some(Numeric),
        ),
        ("2018-03-01", Some("2018-03-01"), None, Some(Numeric)),
        (
            "٢٠١٨-٠٣-٠١ ٠٩:٥٣",
            Some("2018-03-01T09:53"),
            None,
            Some(Numeric),
        ),
        ("2018-02-30", None, None, None),
    ]);
}

#[test]
fn labelled_lines_in_arabic_keep_published_and_updated_apart() {
    run(&[
        (
            "نشر في: 2018-03-01 09:53",
            Some("2018-03-01T09:53"),
            None,
            Some(Numeric),
        ),
        (
            "تاريخ النشر: 01/03/2018 - 09:53",
            Some("2018-03-01T09:53"),
            None,
            Some(Numeric),
        ),
        (
            "آخر تحديث: 2018-03-02 11:10",
            None,
            Some("2018-03-02T11:10"),
            Some(Numeric),
        ),
        (
            "نُشر بتاريخ الخميس 01 مارس 2018",
            Some("2018-03-01"),
            None,
            Some(Worded),
        ),
        (
            "نشر في: الخميس 01 مارس 2018 - 09:53 | آخر تحديث: الجمعة 02 مارس 2018 - 11:10",
            Some("2018-03-01T09:53"),
            Some("2018-03-02T11:10"),
            Some(Worded),
        ),
        (
            "تاريخ النشر: ٠١/٠٣/٢٠١٨ ١٠:١٥ ص",
            Some("2018-03-01T10:15"),
            None,
            Some(Numeric),
        ),
        (
            "آخر تحديث: Thu, 01 Mar 2018 12:00:00 GMT",
            None,
            Some("2018-03-01T12:00:00+00:00"),
            Some(Machine),
        ),
    ]);
}

#[test]
fn labelled_lines_in_english() {
    run(&[
        (
            "Published: 2018-03-01T09:53:40+04:00",
            Some("2018-03-01T09:53:40+04:00"),
            None,
            Some(Machine),
        ),
        (
            "Updated: 02/03/2018 11:10",
            None,
            Some("2018-03-02T11:10"),
            Some(Numeric),
        ),
        (
            "Last updated: 2 March 2018",
            None,
            Some("2018-03-02"),
            Some(Worded),
        ),
        (
            "Published 1 March 2018 | Updated 2 March 2018",
            Some("2018-03-01"),
            Some("2018-03-02"),
            Some(Worded),
        ),
        (
            "Thursday, March 1, 2018 9:53 AM",
            Some("2018-03-01T09:53"),
            None,
            Some(Worded),
        ),
        (
            "1 March 2018 21:05 GMT",
            Some("2018-03-01T21:05+00:00"),
            None,
            Some(Worded),
        ),
        // Words that are not a date: a line of English prose.
        ("Published by the ministry in March 2018", None, None, None),
    ]);
}

#[test]
fn arabic_worded_dates_under_the_title() {
    run(&[
        (
            "الخميس 01 مارس 2018 - 09:53",
            Some("2018-03-01T09:53"),
            None,
            Some(Worded),
        ),
        ("الخميس 1 آذار 2018", Some("2018-03-01"), None, Some(Worded)),
        (
            "الأربعاء 4 جويلية 2018 - 14:20",
            Some("2018-07-04T14:20"),
            None,
            Some(Worded),
        ),
        ("٠١ مارس ٢٠١٨", Some("2018-03-01"), None, Some(Worded)),
        (
            "الخميس 01 مارس 2018 09:53 بتوقيت غرينتش",
            Some("2018-03-01T09:53+00:00"),
            None,
            Some(Worded),
        ),
        // A title that holds a date, and a sentence, are not stamps.
        ("أبرز أخبار يوم السبت 25 فيفري 2017", None, None, None),
        ("قال في 2024-11-27 إن الوفد وصل", None, None, None),
        ("11 قتيلا", None, None, None),
    ]);
}

#[test]
fn offsets_after_a_zone_name() {
    let cases = [
        ("2018-03-01 09:53 GMT+3", Some(180)),
        ("2018-03-01 09:53 (GMT+03:00)", Some(180)),
        ("2018-03-01 09:53 UTC", Some(0)),
        ("2018-03-01 09:53", None),
    ];
    for (line, offset) in cases {
        let date = parse_stamp(line).and_then(|s| s.published);
        assert_eq!(date.and_then(|d| d.offset_minutes), offset, "{line}");
        assert_eq!(
            date.map(|d| (d.hour, d.minute)),
            Some((Some(9), Some(53))),
            "{line}"
        );
    }
}

#[test]
fn shapes_outlets_and_scrapers_vary() {
    run(&[
        (
            "الخميس، 1 مارس 2018 09:53 ص",
            Some("2018-03-01T09:53"),
            None,
            Some(Worded),
        ),
        ("1 مارس/ آذار 2018", Some("2018-03-01"), None, Some(Worded)),
        (
            "آخر تحديث: 09:53 - 01 مارس 2018",
            None,
            Some("2018-03-01T09:53"),
            Some(Worded),
        ),
        (
            "2018/03/01 09:53",
            Some("2018-03-01T09:53"),
            None,
            Some(Numeric),
        ),
        (
            "01-03-2018 09:53:40",
            Some("2018-03-01T09:53:40"),
            None,
            Some(Numeric),
        ),
        (
            "2018-03-01 09:53:40 +0400",
            Some("2018-03-01T09:53:40+04:00"),
            None,
            Some(Machine),
        ),
        (
            "Thursday 01 March 2018 09:53",
            Some("2018-03-01T09:53"),
            None,
            Some(Worded),
        ),
    ]);
}
