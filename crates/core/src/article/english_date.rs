//! English worded dates on stamp lines: `Thursday 1 March 2018 09:53`,
//! `March 1, 2018, 9:53 AM`, `01 Mar 2018`. Arabic outlets' English-language
//! templates and scrapers write them; every word of the line must belong to the date.

use super::dateline::PublishedDate;

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("sept", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words a worded date may hold besides its parts.
const FILLERS: &[&str] = &["at", "on", "the", "of", "-", "|", "–"];

/// A month from its English name or a three-letter (or `Sept`) abbreviation.
fn month(word: &str) -> Option<u8> {
    let lower = word.to_ascii_lowercase();
    MONTHS.iter().find_map(|&(name, number)| {
        (lower == name || (lower.len() >= 3 && name.starts_with(&lower) && lower.len() <= 4))
            .then_some(number)
    })
}

fn weekday(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    WEEKDAYS
        .iter()
        .any(|name| lower == *name || (lower.len() == 3 && name.starts_with(&lower)))
}

/// `1`, `01`, `1st`, `22nd`, `3rd`, `4th`.
fn day(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if digits.is_empty()
        || digits.len() > 2
        || !digits.bytes().all(|b| b.is_ascii_digit())
        || !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
    {
        return None;
    }
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
        .filter(|y| (1900..=2100).contains(y))
}

/// `9:53`, `09:53:40`, with `am`/`pm` glued or as the next word.
fn clock(word: &str, next: Option<&str>) -> Option<(u8, u8, Option<u8>, bool)> {
    let lower = word.to_ascii_lowercase();
    let (body, glued) = match lower
        .strip_suffix("am")
        .or_else(|| lower.strip_suffix("pm"))
    {
        Some(body) => (body.to_owned(), Some(lower.ends_with("pm"))),
        None => (lower, None),
    };
    let mut parts = body.split(':');
    let hour: u8 = parts.next()?.parse().ok()?;
    let minute: u8 = parts.next()?.parse().ok()?;
    let second = match parts.next() {
        Some(s) => Some(s.parse::<u8>().ok()?),
        None => None,
    };
    if parts.next().is_some() || hour > 23 || minute > 59 || second.is_some_and(|s| s > 59) {
        return None;
    }
    let marker = glued.or_else(|| match next.map(str::to_ascii_lowercase).as_deref() {
        Some("pm" | "p.m.") => Some(true),
        Some("am" | "a.m.") => Some(false),
        _ => None,
    });
    let consumed_next = glued.is_none() && marker.is_some();
    let hour = match marker {
        Some(true) if (1..12).contains(&hour) => hour + 12,
        Some(false) if hour == 12 => 0,
        _ => hour,
    };
    Some((hour, minute, second, consumed_next))
}

/// Reads a whole line as an English worded date, or `None`.
pub(super) fn parse_english_date(text: &str) -> Option<PublishedDate> {
    if !text.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| w.trim_end_matches('.'))
        .filter(|w| !w.is_empty())
        .collect();
    let (mut month_no, mut day_no, mut year_no, mut time) = (None, None, None, None);
    let mut next = 0;
    while let Some(&word) = words.get(next) {
        next += 1;
        if month_no.is_none()
            && let Some(found) = month(word)
        {
            month_no = Some(found);
        } else if day_no.is_none()
            && let Some(found) = day(word)
        {
            day_no = Some(found);
        } else if year_no.is_none()
            && let Some(found) = year(word)
        {
            year_no = Some(found);
        } else if time.is_none()
            && let Some((h, min, s, consumed)) = clock(word, words.get(next).copied())
        {
            time = Some((h, min, s));
            next += usize::from(consumed);
        } else if !weekday(word) && !FILLERS.contains(&word.to_ascii_lowercase().as_str()) {
            return None;
        }
    }
    let date = PublishedDate::from_ymd(year_no?, month_no?, day_no?)?;
    Some(match time {
        Some((hour, minute, second)) => date.with_time(hour, minute, second),
        None => date,
    })
}
