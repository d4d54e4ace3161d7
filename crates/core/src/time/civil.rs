//! Proleptic Gregorian day arithmetic and the Umm al-Qura Hijri bridge.
//!
//! Plain integer arithmetic keeps the hot path (relative dates, year
//! inference) free of allocation; ICU4X is only asked about Hijri dates.

use icu_calendar::Date;
use icu_calendar::cal::{Gregorian, Hijri};
use serde::{Deserialize, Serialize};

/// A day in the proleptic Gregorian calendar.
#[must_use]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct CivilDate {
    /// Astronomical year (1 BC is 0).
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day of month 1–31.
    pub day: u8,
}

/// Day of the week, Sunday first as in the Arabic week (الأحد is "the first").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Weekday {
    Sunday,
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
}

impl Weekday {
    /// All weekdays, Sunday first.
    pub const ALL: [Weekday; 7] = [
        Self::Sunday,
        Self::Monday,
        Self::Tuesday,
        Self::Wednesday,
        Self::Thursday,
        Self::Friday,
        Self::Saturday,
    ];

    /// 0 for Sunday up to 6 for Saturday.
    pub fn index(self) -> i64 {
        self as i64
    }
}

/// True for Gregorian leap years.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in a Gregorian month (0 for an invalid month).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl CivilDate {
    /// A validated date; `None` for impossible days such as 31 April.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Self { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil: eras of 400 years starting in March.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01.
    pub fn from_days(days: i64) -> Self {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Self { year, month, day }
    }

    /// This date moved by a number of days.
    pub fn add_days(self, days: i64) -> Self {
        Self::from_days(self.to_days() + days)
    }

    /// This date moved by whole months, the day clamped to the target month's length.
    pub fn add_months(self, months: i64) -> Self {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + months;
        let year = total.div_euclid(12) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Self { year, month, day }
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 4).
        let idx = (self.to_days() + 4).rem_euclid(7) as usize;
        Weekday::ALL.get(idx).copied().unwrap_or(Weekday::Sunday)
    }

    /// The last day of this date's month.
    pub fn month_end(self) -> Self {
        Self {
            day: days_in_month(self.year, self.month),
            ..self
        }
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// A day written `YYYY-MM-DD` in ASCII digits (surrounding spaces allowed), the form
    /// workspaces, exports and the command line use; `None` for anything else and for
    /// days that do not exist (2023-02-29).
    pub fn parse_iso(text: &str) -> Option<Self> {
        let text = text.trim();
        let bytes = text.as_bytes();
        let shape_ok = bytes.len() == 10
            && bytes.iter().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    *b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if !shape_ok {
            return None;
        }
        let year = text.get(..4)?.parse().ok()?;
        let month = text.get(5..7)?.parse().ok()?;
        let day = text.get(8..)?.parse().ok()?;
        Self::new(year, month, day)
    }
}

/// A Hijri (Umm al-Qura) date converted to Gregorian; `None` when it does not exist.
pub fn hijri_to_gregorian(year: i32, month: u8, day: u8) -> Option<CivilDate> {
    let hijri =
        Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    if hijri.month().ordinal != month || hijri.day_of_month().0 != day {
        return None;
    }
    let g = hijri.to_calendar(Gregorian);
    CivilDate::new(
        g.era_year().extended_year,
        g.month().ordinal,
        g.day_of_month().0,
    )
}

/// The Gregorian span (first and last day) of a Hijri month.
pub fn hijri_month_range(year: i32, month: u8) -> Option<(CivilDate, CivilDate)> {
    let first = hijri_to_gregorian(year, month, 1)?;
    let next = if month == 12 {
        hijri_to_gregorian(year + 1, 1, 1)?
    } else {
        hijri_to_gregorian(year, month + 1, 1)?
    };
    Some((first, next.add_days(-1)))
}

/// The Gregorian span of a whole Hijri year.
pub fn hijri_year_range(year: i32) -> Option<(CivilDate, CivilDate)> {
    let first = hijri_to_gregorian(year, 1, 1)?;
    let next = hijri_to_gregorian(year + 1, 1, 1)?;
    Some((first, next.add_days(-1)))
}

/// The Hijri (year, month, day) of a Gregorian date, for inferring a Hijri year.
pub fn gregorian_to_hijri(date: CivilDate) -> Option<(i32, u8, u8)> {
    let g = Date::try_new_gregorian(date.year, date.month, date.day).ok()?;
    let h = g.to_calendar(Hijri::new_umm_al_qura());
    Some((h.era_year().year, h.month().ordinal, h.day_of_month().0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_days_written_in_full_parse() {
        for (text, expected) in [
            ("2024-05-12", Some((2024, 5, 12))),
            (" 2024-02-29 ", Some((2024, 2, 29))),
            ("2023-02-29", None),
            ("2024-5-12", None),
            ("12-05-2024", None),
            ("٢٠٢٤-٠٥-١٢", None),
            ("2024-13-01", None),
            ("2024-03", None),
            ("+024-03-01", None),
            ("أمس", None),
            ("", None),
        ] {
            let got = CivilDate::parse_iso(text).map(|d| (d.year, d.month, d.day));
            assert_eq!(got, expected, "{text:?}");
        }
    }

    #[test]
    fn day_round_trip_and_weekday() {
        for (y, m, d, wd) in [
            (1970, 1, 1, Weekday::Thursday),
            (2000, 2, 29, Weekday::Tuesday),
            (2024, 11, 27, Weekday::Wednesday),
            (2021, 5, 21, Weekday::Friday),
        ] {
            let date = CivilDate::new(y, m, d).unwrap();
            assert_eq!(CivilDate::from_days(date.to_days()), date);
            assert_eq!(date.weekday(), wd, "{date:?}");
        }
        assert!(CivilDate::new(2023, 2, 29).is_none());
    }

    #[test]
    fn add_months_clamps() {
        let d = CivilDate::new(2024, 1, 31).unwrap();
        assert_eq!(d.add_months(1), CivilDate::new(2024, 2, 29).unwrap());
        assert_eq!(d.add_months(-2), CivilDate::new(2023, 11, 30).unwrap());
    }

    #[test]
    fn hijri_known_pairs() {
        assert_eq!(hijri_to_gregorian(1442, 10, 9), CivilDate::new(2021, 5, 21));
        assert_eq!(hijri_to_gregorian(1447, 3, 10), CivilDate::new(2025, 9, 2));
        assert_eq!(
            gregorian_to_hijri(CivilDate::new(2025, 9, 2).unwrap()),
            Some((1447, 3, 10))
        );
        assert!(hijri_to_gregorian(1447, 13, 1).is_none());
    }
}
