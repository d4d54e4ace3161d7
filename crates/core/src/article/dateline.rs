//! Dateline lines: a line that states when the article was published.

use serde::{Deserialize, Serialize};

use crate::time::CivilDate;
pub(crate) use crate::time::days_in_month;

/// A publication date, with the time of day and UTC offset when the line gives them.
///
/// The date and time are the local ones the article states; `offset_minutes` says how
/// far that local time is from UTC (`+0400` is 240) when a machine line gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct PublishedDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: Option<u8>,
    pub minute: Option<u8>,
    #[serde(default)]
    pub second: Option<u8>,
    #[serde(default)]
    pub offset_minutes: Option<i16>,
}

impl PublishedDate {
    /// A date without a time of day; `None` when the day does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Self> {
        CivilDate::new(year, month, day).map(|_| Self {
            year,
            month,
            day,
            hour: None,
            minute: None,
            second: None,
            offset_minutes: None,
        })
    }

    /// The day, without the time.
    pub fn date(&self) -> CivilDate {
        CivilDate {
            year: self.year,
            month: self.month,
            day: self.day,
        }
    }

    /// The same date with a time of day (and seconds when known).
    #[must_use]
    pub fn with_time(mut self, hour: u8, minute: u8, second: Option<u8>) -> Self {
        self.hour = Some(hour);
        self.minute = Some(minute);
        self.second = second;
        self
    }

    /// `YYYY-MM-DD`.
    pub fn date_iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `YYYY-MM-DD`, or with the time when known: `YYYY-MM-DDTHH:MM`, with `:SS` when
    /// the seconds are known and the UTC offset (`+04:00`, `Z` is written `+00:00`) when it is.
    pub fn iso(&self) -> String {
        use std::fmt::Write as _;
        let (Some(h), Some(m)) = (self.hour, self.minute) else {
            return self.date_iso();
        };
        let mut out = format!("{}T{h:02}:{m:02}", self.date_iso());
        if let Some(s) = self.second {
            let _ = write!(out, ":{s:02}");
        }
        if let Some(offset) = self.offset_minutes {
            let sign = if offset < 0 { '-' } else { '+' };
            let abs = offset.unsigned_abs();
            let _ = write!(out, "{sign}{:02}:{:02}", abs / 60, abs % 60);
        }
        out
    }
}

/// Reads a dateline such as `2024-11-27 08:51 م`, `27/11/2024`, `٢٠٢٥-٠٣-٠٤ ١٠:١٥ ص`,
/// `نشر في: 2023-06-01 17:40` or `Thu, 01 Mar 2018 09:53:40 +0400`: the publication
/// date of a [`super::stamp`] line. The whole line must be the date (after an optional
/// label): a date inside a sentence is not a dateline.
pub fn parse_dateline(line: &str) -> Option<PublishedDate> {
    let stamp = super::stamp::parse_stamp(line)?;
    stamp.published.or(stamp.updated)
}

/// A numeric date with an optional clock time after it, digits already ASCII:
/// `2024-11-27 08:51 م`, `27/11/2024`, `01/03/2018 - 09:53`.
pub(super) fn parse_numeric_dateline(text: &str) -> Option<PublishedDate> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (date_part, time_part) = match text.split_once([' ', 'T']) {
        Some((d, t)) => (
            d,
            t.trim()
                .trim_start_matches(['-', '–', '|', ',', '،'])
                .trim(),
        ),
        None => (text, ""),
    };
    let mut date = parse_numeric_date(date_part)?;
    if !time_part.is_empty() {
        let (hour, minute, second) = parse_time(time_part)?;
        date = date.with_time(hour, minute, second);
    }
    Some(date)
}

/// Longest line, in words, that can be a dateline in words.
const MAX_TEXT_DATELINE_WORDS: usize = 14;

/// Reads a dateline in words: `الثلاثاء 12 آذار 2024`, `10 ربيع الأول 1447 هـ - الموافق 2
/// سبتمبر 2025`. The line must be mostly date: a sentence that mentions a date is not a dateline.
pub fn parse_text_dateline(line: &str) -> Option<PublishedDate> {
    let line = line.trim();
    if line
        .split_whitespace()
        .nth(MAX_TEXT_DATELINE_WORDS)
        .is_some()
        || line.ends_with(['.', ':'])
    {
        return None;
    }
    let exprs = crate::time::extract(line, None);
    let covered: usize = exprs.iter().map(|e| e.span.len()).sum();
    let letters = line
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '–' | '،' | ',' | '|'))
        .map(char::len_utf8)
        .sum::<usize>();
    // Weekday names and connectives (الموافق) may stay outside the expressions.
    if covered * 10 < letters * 6 || words_outside_dates(line, &exprs) > 1 {
        return None;
    }
    // Prefer the Gregorian equivalent a dual dateline gives; any stated day otherwise.
    let day_of = |e: &crate::time::DateExpr| match e.value {
        // `… الموافق …` states one day twice.
        Some(crate::time::TimeValue::Point(p) | crate::time::TimeValue::Interval(p, _))
            if e.value
                .and_then(|v| v.bounds())
                .is_some_and(|(a, b)| a == b)
                && matches!(
                    p.grain,
                    crate::time::Grain::Day | crate::time::Grain::Hour | crate::time::Grain::Minute
                ) =>
        {
            Some(p)
        }
        _ => None,
    };
    let point = exprs
        .iter()
        .filter(|e| e.calendar == crate::time::Calendar::Gregorian)
        .find_map(day_of)
        .or_else(|| exprs.iter().find_map(day_of))?;
    let mut date = PublishedDate::from_ymd(point.date.year, point.date.month, point.date.day)?;
    if let Some(t) = point.time {
        date.hour = Some(t.hour);
        date.minute = Some(t.minute);
    }
    Some(date)
}

/// Words a dateline may hold besides its date: weekdays, `الموافق`, era and
/// calendar marks, and the labels of a publication stamp. Folded forms.
const DATELINE_WORDS: &[&str] = &[
    "الموافق",
    "يوم",
    "هـ",
    "ه",
    "م",
    "ميلادي",
    "هجري",
    "نشر",
    "نشرت",
    "نشر في",
    "في",
    "بتاريخ",
    "التاريخ",
    "تاريخ",
    "اخر",
    "تحديث",
    "محدث",
    "تم",
    "النشر",
    "الساعه",
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];

/// Words of `line` outside every date expression that are not dateline words:
/// «أبرز أخبار يوم السبت 25 فيفري 2017» is a title with a date in it.
fn words_outside_dates(line: &str, exprs: &[crate::time::DateExpr]) -> usize {
    let mut outside = 0;
    let mut offset = 0;
    for word in line.split_whitespace() {
        let start = line[offset..].find(word).map_or(offset, |i| offset + i);
        let end = start + word.len();
        offset = end;
        if exprs
            .iter()
            .any(|e| e.span.start < end && start < e.span.end)
        {
            continue;
        }
        let folded = crate::text::fold::fold_key(word);
        let folded = folded.trim_matches(|c: char| !c.is_alphanumeric());
        if folded.is_empty() || DATELINE_WORDS.contains(&folded) {
            continue;
        }
        outside += 1;
    }
    outside
}

/// `YYYY-MM-DD`, `YYYY/MM/DD`, `DD/MM/YYYY`, `DD-MM-YYYY` or `DD.MM.YYYY`.
fn parse_numeric_date(s: &str) -> Option<PublishedDate> {
    let parts: Vec<&str> = s.split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if ![a, b, c]
        .iter()
        .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = if a.len() == 4 {
        (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?)
    } else if c.len() == 4 {
        (c.parse().ok()?, b.parse().ok()?, a.parse().ok()?)
    } else {
        return None;
    };
    if !(1900..=2100).contains(&year) {
        return None;
    }
    PublishedDate::from_ymd(year, month, day)
}

/// Markers after a clock time: م/ص are PM/AM.
const PM: &[&str] = &["م", "مساء", "مساءً", "مساءا", "PM", "pm"];
const AM: &[&str] = &["ص", "صباحا", "صباحًا", "صباحاً", "AM", "am"];

/// `08:51`, `08:51 م` (PM), `10:15 ص` (AM), `8:51 PM`, with optional seconds.
pub(super) fn parse_time(s: &str) -> Option<(u8, u8, Option<u8>)> {
    let mut words = s.split_whitespace();
    let clock = words.next()?;
    let marker = words.next();
    if words.next().is_some() {
        return None;
    }
    let mut fields = clock.split(':');
    let hour: u8 = fields.next()?.parse().ok()?;
    let minute: u8 = fields.next()?.parse().ok()?;
    let second = match fields.next() {
        Some(seconds) => Some(seconds.parse::<u8>().ok().filter(|&s| s < 60)?),
        None => None,
    };
    if hour > 23 || minute > 59 {
        return None;
    }
    let hour = match marker.map(|m| m.trim_end_matches('.')) {
        Some(m) if PM.contains(&m) && (1..12).contains(&hour) => hour + 12,
        Some(m) if AM.contains(&m) && hour == 12 => 0,
        Some(m) if !PM.contains(&m) && !AM.contains(&m) => return None,
        _ => hour,
    };
    Some((hour, minute, second))
}

/// Replaces Arabic-Indic and Persian digits (and the Arabic comma-like
/// separators used in dates) with ASCII so one parser reads all three.
pub(super) fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{066B}' => '.',
            _ => crate::text::chars::ascii_digit(c).unwrap_or(c),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u8, d: u8, time: Option<(u8, u8)>) -> PublishedDate {
        PublishedDate {
            year: y,
            month: m,
            day: d,
            hour: time.map(|t| t.0),
            minute: time.map(|t| t.1),
            second: None,
            offset_minutes: None,
        }
    }

    #[test]
    fn datelines_are_read_with_their_time_of_day() {
        let cases: &[(&str, Option<PublishedDate>)] = &[
            (
                "2024-11-27 08:51 م",
                Some(date(2024, 11, 27, Some((20, 51)))),
            ),
            ("2025-03-04 10:15 ص", Some(date(2025, 3, 4, Some((10, 15))))),
            ("2025-03-04 12:05 ص", Some(date(2025, 3, 4, Some((0, 5))))),
            ("2025-03-04 12:05 م", Some(date(2025, 3, 4, Some((12, 5))))),
            ("2024-11-27", Some(date(2024, 11, 27, None))),
            ("27/11/2024", Some(date(2024, 11, 27, None))),
            ("٢٠٢٥-٠٣-٠٤ ١٠:١٥ ص", Some(date(2025, 3, 4, Some((10, 15))))),
            ("۲۰۲۵/۰۱/۰۹", Some(date(2025, 1, 9, None))),
            (
                "نشر في: 2023-06-01 17:40",
                Some(date(2023, 6, 1, Some((17, 40)))),
            ),
            ("2024-02-30", None),
            ("2024-13-01", None),
            ("2024-11-27 25:00", None),
            ("قال في 2024-11-27 إن", None),
            ("11 قتيلا", None),
        ];
        for (line, expected) in cases {
            assert_eq!(parse_dateline(line), *expected, "{line}");
        }
    }

    #[test]
    fn iso_forms() {
        assert_eq!(date(2024, 11, 27, Some((20, 51))).iso(), "2024-11-27T20:51");
        assert_eq!(date(2024, 1, 2, None).iso(), "2024-01-02");
    }
}
