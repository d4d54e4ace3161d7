//! Publication stamps: the lines that say when an article was published or updated.
//!
//! Scrapers and outlets put them under the title in a handful of shapes: the RFC 2822
//! date of an RSS feed (`Thu, 01 Mar 2018 09:53:40 +0400`), ISO 8601
//! (`2018-03-01T09:53:40+04:00`, `2018-03-01 09:53`), a numeric dateline
//! (`2024-11-27 08:51 م`, `01/03/2018 - 09:53`), a labelled line in Arabic or English
//! (`نشر في:`, `آخر تحديث:`, `Published:`, `Last updated`), an English worded date
//! (`Thursday 1 March 2018 09:53 GMT`) or an Arabic one (`الخميس 01 مارس 2018 - 09:53`).
//! One line may carry both dates (`نشر في … | آخر تحديث …`). The whole line must be
//! the stamp: a sentence that mentions a date is not one.

use jiff::fmt::temporal::Pieces;

use super::dateline::{PublishedDate, ascii_digits, parse_numeric_dateline, parse_text_dateline};
use super::english_date::parse_english_date;

/// How a stamp's date was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateForm {
    /// Digits: `2024-11-27 08:51 م`, `01/03/2018`, `2018-03-01 09:53`.
    Numeric,
    /// Words: `الخميس 01 مارس 2018`, `1 March 2018`, a Hijri date with its Gregorian day.
    Worded,
    /// A machine timestamp: RFC 2822, or ISO 8601 with `T` or a UTC offset.
    Machine,
}

/// What one stamp line says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    pub published: Option<PublishedDate>,
    pub updated: Option<PublishedDate>,
    /// How the first date on the line was written.
    pub form: DateForm,
}

/// Which date a label introduces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Published,
    Updated,
}

/// Labels before a date, longest first where one is the start of another.
/// English labels match in any case.
const LABELS: &[(&str, Role)] = &[
    ("تاريخ آخر تحديث", Role::Updated),
    ("آخر تحديث", Role::Updated),
    ("اخر تحديث", Role::Updated),
    ("أخر تحديث", Role::Updated),
    ("تاريخ التحديث", Role::Updated),
    ("تم التحديث", Role::Updated),
    ("تم تحديثه", Role::Updated),
    ("مُحدث", Role::Updated),
    ("محدث", Role::Updated),
    ("تحديث", Role::Updated),
    ("last updated on", Role::Updated),
    ("last updated", Role::Updated),
    ("updated on", Role::Updated),
    ("updated", Role::Updated),
    ("last modified", Role::Updated),
    ("modified", Role::Updated),
    ("تاريخ النشر", Role::Published),
    ("تم النشر", Role::Published),
    ("نُشر بتاريخ", Role::Published),
    ("نشر بتاريخ", Role::Published),
    ("نُشرت في", Role::Published),
    ("نشرت في", Role::Published),
    ("نُشر في", Role::Published),
    ("نشر في", Role::Published),
    ("نُشر", Role::Published),
    ("نشر", Role::Published),
    ("بتاريخ", Role::Published),
    ("التاريخ", Role::Published),
    ("تاريخ", Role::Published),
    ("first published", Role::Published),
    ("publication date", Role::Published),
    ("published on", Role::Published),
    ("published", Role::Published),
    ("posted on", Role::Published),
    ("posted", Role::Published),
    ("pubdate", Role::Published),
    ("date", Role::Published),
];

/// Longest line, in characters, that can be a stamp (two labelled dates with times).
const MAX_STAMP_CHARS: usize = 140;

/// Reads a stamp line, or `None` when the line is something else.
pub fn parse_stamp(line: &str) -> Option<Stamp> {
    let line = line.trim();
    if line.chars().nth(MAX_STAMP_CHARS).is_some() || !line.chars().any(is_any_digit) {
        return None;
    }
    let segments = labelled_segments(line);
    let mut stamp = Stamp {
        published: None,
        updated: None,
        form: DateForm::Numeric,
    };
    let mut first = true;
    for (role, text) in segments {
        let text = strip_connectives(text);
        if text.is_empty() && role.is_some() {
            continue;
        }
        let (date, form) = parse_date_text(text)?;
        if first {
            stamp.form = form;
            first = false;
        }
        let slot = match role.unwrap_or(Role::Published) {
            Role::Published => &mut stamp.published,
            Role::Updated => &mut stamp.updated,
        };
        slot.get_or_insert(date);
    }
    (!first).then_some(stamp)
}

fn is_any_digit(c: char) -> bool {
    c.is_ascii_digit()
        || ('\u{0660}'..='\u{0669}').contains(&c)
        || ('\u{06F0}'..='\u{06F9}').contains(&c)
}

/// Splits a line at its labels: the text before the first label (role `None`), then
/// each label's role and the text up to the next label.
fn labelled_segments(line: &str) -> Vec<(Option<Role>, &str)> {
    let mut found: Vec<(usize, usize, Role)> = Vec::new();
    let mut at = 0;
    while at < line.len() {
        if let Some((len, role)) = label_at(line, at) {
            found.push((at, at + len, role));
            at += len;
        } else {
            at += line[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    let mut segments = Vec::with_capacity(found.len() + 1);
    let head_end = found.first().map_or(line.len(), |f| f.0);
    let head = line[..head_end].trim_end_matches(separators).trim();
    if !head.is_empty() {
        segments.push((None, head));
    }
    for (i, &(_, end, role)) in found.iter().enumerate() {
        let next = found.get(i + 1).map_or(line.len(), |f| f.0);
        segments.push((Some(role), line[end..next].trim_end_matches(separators)));
    }
    segments
}

/// A label starting at byte `at`, on word boundaries: its length and role.
fn label_at(line: &str, at: usize) -> Option<(usize, Role)> {
    let before_ok = line[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && !is_diacritic(c));
    if !before_ok {
        return None;
    }
    let rest = &line[at..];
    LABELS.iter().find_map(|&(label, role)| {
        let head = rest.get(..label.len())?;
        let matches = if label.is_ascii() {
            head.eq_ignore_ascii_case(label)
        } else {
            head == label
        };
        let after_ok = rest[label.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && !is_diacritic(c));
        (matches && after_ok).then_some((label.len(), role))
    })
}

fn is_diacritic(c: char) -> bool {
    ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0670}'
}

fn separators(c: char) -> bool {
    c.is_whitespace() || matches!(c, '|' | '-' | '–' | '—' | ',' | '،' | '/' | '•' | '·')
}

/// Drops what sits between a label and its date: `:`, dashes, `في`, `on`, `at`, `يوم`.
fn strip_connectives(text: &str) -> &str {
    let mut text = text.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|')
    });
    for word in ["في ", "بتاريخ ", "يوم ", "on ", "On ", "at "] {
        if let Some(rest) = text.strip_prefix(word) {
            text = rest.trim_start();
        }
    }
    text.trim()
}

/// One date in any of the stamp forms.
fn parse_date_text(text: &str) -> Option<(PublishedDate, DateForm)> {
    if let Some(date) = parse_rfc2822(ascii_digits(text).trim()) {
        return Some((date, DateForm::Machine));
    }
    let (text, zone) = split_zone(text);
    let ascii = ascii_digits(text);
    let ascii = ascii.trim();
    if let Some((date, machine)) = parse_iso(ascii) {
        let form = if machine || (zone.is_some() && date.hour.is_some()) {
            DateForm::Machine
        } else {
            DateForm::Numeric
        };
        return Some((with_zone(date, zone), form));
    }
    if let Some(date) =
        parse_numeric_dateline(ascii).or_else(|| time_first(ascii, parse_numeric_dateline))
    {
        let form = if zone.is_some() && date.hour.is_some() {
            DateForm::Machine
        } else {
            DateForm::Numeric
        };
        return Some((with_zone(date, zone), form));
    }
    if let Some(date) = parse_english_date(ascii) {
        return Some((with_zone(date, zone), DateForm::Worded));
    }
    // A worded date needs Arabic words; digits alone that failed above are no date.
    if !text.chars().any(crate::text::chars::is_arabic_letter) {
        return None;
    }
    let mut worded = parse_text_dateline(text)?;
    if worded.hour.is_none()
        && let Some((hour, minute, second)) = clock_in(ascii)
    {
        worded = worded.with_time(hour, minute, second);
    }
    Some((with_zone(worded, zone), DateForm::Worded))
}

/// The clock time a worded stamp carries beside its date (`… 2018 - 09:53`,
/// `10:15 ص`), when the date expression did not take it in.
fn clock_in(text: &str) -> Option<(u8, u8, Option<u8>)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    words.iter().enumerate().find_map(|(i, word)| {
        let word = word.trim_matches(|c: char| matches!(c, ',' | '،' | '(' | ')' | '|'));
        if !word.contains(':') || !word.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            return None;
        }
        let marked = words
            .get(i + 1)
            .and_then(|next| super::dateline::parse_time(&format!("{word} {next}")));
        marked.or_else(|| super::dateline::parse_time(word))
    })
}

/// `09:53 01/03/2018` → reads the date and puts the clock after it.
fn time_first(text: &str, parse: fn(&str) -> Option<PublishedDate>) -> Option<PublishedDate> {
    let (clock, rest) = text.split_once(' ')?;
    if !clock.contains(':') || !clock.bytes().all(|b| b.is_ascii_digit() || b == b':') {
        return None;
    }
    let rest =
        rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '|' | ','));
    parse(&format!("{rest} {clock}"))
}

/// RFC 2822 as RSS feeds write it, with a numeric offset or a zone name.
fn parse_rfc2822(text: &str) -> Option<PublishedDate> {
    if !text.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let zoned = jiff::fmt::rfc2822::DateTimeParser::new()
        .parse_zoned(text)
        .ok()?;
    let dt = zoned.datetime();
    let date = PublishedDate::from_ymd(i32::from(dt.year()), dt.month() as u8, dt.day() as u8)?;
    let mut date = date.with_time(dt.hour() as u8, dt.minute() as u8, Some(dt.second() as u8));
    date.offset_minutes = Some((zoned.offset().seconds() / 60) as i16);
    Some(date)
}

/// ISO 8601 / RFC 3339 date, date-time and offset; the flag says whether it is
/// machine-written (a `T` separator or an offset), not just a numeric date.
fn parse_iso(text: &str) -> Option<(PublishedDate, bool)> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) || text.len() < 10 {
        return None;
    }
    // Offsets written `+0400` or `+04` are ISO 8601 too; jiff reads `+04:00` and `+04`.
    let pieces = Pieces::parse(text).ok()?;
    let d = pieces.date();
    let mut date = PublishedDate::from_ymd(i32::from(d.year()), d.month() as u8, d.day() as u8)?;
    if !(1900..=2100).contains(&date.year) {
        return None;
    }
    if let Some(t) = pieces.time() {
        let second =
            (t.second() != 0 || text.matches(':').count() >= 2).then_some(t.second() as u8);
        date = date.with_time(t.hour() as u8, t.minute() as u8, second);
    }
    let offset = pieces
        .offset()
        .map(|o| (o.to_numeric_offset().seconds() / 60) as i16);
    date.offset_minutes = offset;
    let machine = offset.is_some()
        || text
            .as_bytes()
            .get(10)
            .is_some_and(|b| matches!(b, b'T' | b't'));
    Some((date, machine))
}

/// Zone words after the clock: `GMT`, `UTC`, `بتوقيت غرينتش`, `(GMT+3)`, `+03:00`.
/// Returns the text without them and the offset in minutes.
fn split_zone(text: &str) -> (&str, Option<i16>) {
    let trimmed = text.trim_end_matches(|c: char| c.is_whitespace() || c == ')' || c == '.');
    for name in [
        "بتوقيت غرينتش",
        "بتوقيت جرينتش",
        "توقيت غرينتش",
        "بتوقيت غرينيتش",
        "ت.غ",
        "GMT",
        "UTC",
        "UT",
    ] {
        if let Some(rest) = trimmed.strip_suffix(name)
            && rest.ends_with(|c: char| c.is_whitespace() || c == '(')
        {
            return (
                rest.trim_end_matches(|c: char| c.is_whitespace() || c == '('),
                Some(0),
            );
        }
    }
    // `… 09:53:40 +0400`: an offset after a space, following a clock time.
    if let Some((rest, last)) = trimmed.rsplit_once(' ')
        && rest.trim_end().ends_with(|c: char| c.is_ascii_digit())
        && rest.contains(':')
        && let Some(offset) = numeric_offset(last)
    {
        return (rest.trim_end(), Some(offset));
    }
    // `GMT+3`, `GMT+03:00`, `UTC-05`.
    for name in ["GMT", "UTC"] {
        if let Some(at) = trimmed.rfind(name) {
            let after = &trimmed[at + name.len()..];
            if let Some(offset) = numeric_offset(after) {
                let rest = trimmed[..at].trim_end_matches(|c: char| c.is_whitespace() || c == '(');
                return (rest, Some(offset));
            }
        }
    }
    (text, None)
}

/// `+3`, `+03`, `+0300`, `+03:00`, `-05` → minutes east of UTC.
fn numeric_offset(s: &str) -> Option<i16> {
    let sign = match s.chars().next()? {
        '+' => 1,
        '-' | '−' => -1,
        _ => return None,
    };
    let digits: String = s[1..].chars().filter(|c| *c != ':').collect();
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = if digits.len() <= 2 {
        (digits.parse::<i16>().ok()?, 0)
    } else {
        let split = digits.len() - 2;
        (
            digits[..split].parse::<i16>().ok()?,
            digits[split..].parse::<i16>().ok()?,
        )
    };
    (h <= 14 && m < 60).then_some(sign * (h * 60 + m))
}

fn with_zone(mut date: PublishedDate, zone: Option<i16>) -> PublishedDate {
    if date.offset_minutes.is_none() && date.hour.is_some() {
        date.offset_minutes = zone;
    }
    date
}

#[cfg(test)]
mod tests;
