//! Reference handling, spans in the original text, Hijri conversion and
//! sentences with several expressions.

use marsad_core::time::{
    CivilDate, Kind, Reference, Resolution, TimeValue, extract, gregorian_to_hijri,
    hijri_to_gregorian,
};

fn day(y: i32, m: u8, d: u8) -> CivilDate {
    CivilDate {
        year: y,
        month: m,
        day: d,
    }
}

#[test]
fn hijri_known_pairs_convert_both_ways() {
    for ((hy, hm, hd), (gy, gm, gd)) in [
        ((1442, 10, 9), (2021, 5, 21)),
        ((1447, 3, 10), (2025, 9, 2)),
        ((1446, 9, 1), (2025, 3, 1)),
    ] {
        assert_eq!(
            hijri_to_gregorian(hy, hm, hd),
            Some(day(gy, gm, gd)),
            "{hy}-{hm}-{hd}"
        );
        assert_eq!(gregorian_to_hijri(day(gy, gm, gd)), Some((hy, hm, hd)));
    }
    assert_eq!(
        hijri_to_gregorian(1446, 9, 31),
        None,
        "Ramadan has at most 30 days"
    );
}

#[test]
fn a_hijri_year_is_never_read_as_gregorian() {
    let found = extract(
        "صدر القرار في 10 ربيع الأول 1447 هـ الموافق 2 سبتمبر 2025 م.",
        None,
    );
    let summary: Vec<(&str, Option<String>, &str)> = found
        .iter()
        .map(|d| (d.text.as_str(), d.value_iso(), d.calendar.as_str()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "10 ربيع الأول 1447 هـ",
                Some("2025-09-02".to_owned()),
                "hijri"
            ),
            (
                "2 سبتمبر 2025 م",
                Some("2025-09-02".to_owned()),
                "gregorian"
            ),
        ]
    );
    let year = extract("تأسست الجمعية سنة 1420 هـ.", None);
    assert_eq!(year.len(), 1);
    assert_eq!(year[0].calendar.as_str(), "hijri");
    assert_eq!(
        year[0].value_iso().as_deref(),
        Some("1999-04-17/2000-04-05")
    );
}

#[test]
fn without_a_reference_relative_expressions_stay_unresolved() {
    let text = "قال الوزير أمس إن الاجتماع سيعقد الاثنين المقبل، بعد اتفاق 21 مايو وقبل ثلاثة أيام من 5 يونيو 2021.";
    let found = extract(text, None);
    let summary: Vec<(&str, Option<String>, Resolution)> = found
        .iter()
        .map(|d| (d.text.as_str(), d.value_iso(), d.resolution))
        .collect();
    assert_eq!(
        summary,
        [
            ("أمس", None, Resolution::Unresolved),
            ("الاثنين المقبل", None, Resolution::Unresolved),
            ("21 مايو", None, Resolution::Unresolved),
            ("قبل ثلاثة أيام", None, Resolution::Unresolved),
            (
                "5 يونيو 2021",
                Some("2021-06-05".to_owned()),
                Resolution::Stated
            ),
        ]
    );
}

#[test]
fn spans_point_into_the_original_text_with_diacritics_and_tatweel() {
    let text = "وَصَلَ الوفدُ يومَ الجُمُعَةِ ٢١ مـايـو ٢٠٢١، وغادرَ غداً.";
    let found = extract(text, Reference::parse("2021-05-21"));
    assert_eq!(found.len(), 2, "{found:?}");
    for d in &found {
        assert_eq!(&text[d.span.start..d.span.end], d.text);
    }
    assert_eq!(found[0].text, "يومَ الجُمُعَةِ ٢١ مـايـو ٢٠٢١");
    assert_eq!(found[0].value_iso().as_deref(), Some("2021-05-21"));
    assert_eq!(found[1].text, "غداً");
    assert_eq!(found[1].value_iso().as_deref(), Some("2021-05-22"));
}

#[test]
fn the_issue_example_election_in_june_is_the_coming_one() {
    let reference = Reference::parse("2018-05-06");
    let found = extract(
        "أعلنت الهيئة أن الانتخابات ستجرى في 24 حزيران/يونيو.",
        reference,
    );
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].value_iso().as_deref(), Some("2018-06-24"));
    assert_eq!(found[0].resolution, Resolution::InferredYear);
    let past = extract("جرت الانتخابات في 24 نيسان/أبريل بهدوء.", reference);
    assert_eq!(past[0].value_iso().as_deref(), Some("2018-04-24"));
}

#[test]
fn a_weekday_with_a_day_picks_the_matching_year() {
    // 9 December was a Friday in 2016, not in 2015 or 2017.
    let found = extract(
        "يقدم العرض الجمعة 9 ديسمبر بالمسرح البلدي.",
        Reference::parse("2017-02-01"),
    );
    assert_eq!(found[0].value_iso().as_deref(), Some("2016-12-09"));
}

#[test]
fn a_sentence_with_many_expressions_yields_them_in_order() {
    let text = "بعد مفاوضات استمرت لمدة 11 يومًا، أعلن الطرفان صباح اليوم الاتفاق الذي يدخل حيز التنفيذ في 1 ديسمبر 2024، على أن تجرى الانتخابات خلال الأشهر المقبلة.";
    let found = extract(text, Reference::parse("2024-11-27T20:51:00+03:00"));
    let summary: Vec<(&str, Kind)> = found.iter().map(|d| (d.text.as_str(), d.kind)).collect();
    assert_eq!(
        summary,
        [
            ("لمدة 11 يومًا", Kind::Duration),
            (
                "صباح اليوم",
                Kind::PartOfDay(marsad_core::time::DayPart::Morning)
            ),
            ("1 ديسمبر 2024", Kind::Date),
            ("الأشهر المقبلة", Kind::Interval),
        ]
    );
    assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    assert!(!found[0].is_dated());
    assert!(found[2].is_dated());
}

#[test]
fn values_expose_their_day_bounds() {
    let found = extract("تراجع الإنتاج في مايو 2021.", None);
    let Some(TimeValue::Point(p)) = found[0].value else {
        panic!("{found:?}")
    };
    assert_eq!(
        (p.first_day(), p.last_day()),
        (day(2021, 5, 1), day(2021, 5, 31))
    );
    let week = extract(
        "ارتفعت الأسعار الأسبوع الماضي.",
        Reference::parse("2024-11-27"),
    );
    assert_eq!(
        week[0].value.and_then(|v| v.bounds()),
        Some((day(2024, 11, 18), day(2024, 11, 24)))
    );
}

#[test]
fn references_parse_from_rfc3339_and_plain_dates() {
    let r = Reference::parse("2024-11-27T20:51:00+03:00").unwrap();
    assert_eq!(r.date, day(2024, 11, 27));
    assert_eq!(
        Reference::parse("2016-05-02").map(|r| r.date),
        Some(day(2016, 5, 2))
    );
    assert_eq!(Reference::parse("27/11/2024"), None);
}

#[test]
fn since_a_year_number_is_that_year_not_one_year_ago() {
    let found = extract(
        "تعمل الجمعية منذ سنة 2011 في الجهة، وتأسس فرعها منذ سنة.",
        Reference::parse("2024-11-27"),
    );
    let summary: Vec<(&str, Option<String>)> = found
        .iter()
        .map(|d| (d.text.as_str(), d.value_iso()))
        .collect();
    assert_eq!(
        summary,
        [
            ("سنة 2011", Some("2011".to_owned())),
            ("منذ سنة", Some("2023".to_owned()))
        ]
    );
}

#[test]
fn odd_input_neither_panics_nor_yields_broken_spans() {
    let long_number = "9".repeat(400);
    let inputs = [
        String::new(),
        "من".to_owned(),
        "بين عامي".to_owned(),
        "21 مايو".to_owned(),
        "2024-13-45 99:99 م".to_owned(),
        "31 فبراير 2021 و30 شباط".to_owned(),
        long_number.clone(),
        format!("في {long_number} مايو"),
        "ـــــ \u{200f}\u{202b}اليوم\u{202c} ﻻ ﷲ".to_owned(),
        "((( 5 مايو ))) / / - - 12:".to_owned(),
        "0 يناير 0000 و 0/0/0000".to_owned(),
        "الساعة الساعة الساعة 25:61".to_owned(),
    ];
    for text in &inputs {
        for reference in [None, Reference::parse("2024-11-27")] {
            for d in extract(text, reference) {
                assert_eq!(
                    text.get(d.span.start..d.span.end),
                    Some(d.text.as_str()),
                    "{text:?}"
                );
            }
        }
    }
    // An impossible day falls back to its month, which is still right.
    let bogus: Vec<String> = extract("31 فبراير 2021", None)
        .iter()
        .map(|d| d.text.clone())
        .collect();
    assert_eq!(bogus, ["فبراير 2021"]);
}
