//! Holidays as days or intervals, with or without a year: Hijri feasts (Umm al-Qura:
//! عيد الفطر، عيد الأضحى، رأس السنة الهجرية، المولد النبوي، عاشوراء، ليلة القدر…),
//! Christian ones (عيد الميلاد on 25 December or, for the Orthodox, 25 December of the
//! Julian calendar; الفصح by the Western or the Orthodox computus) and a few civil
//! days. Without a year, the nearest one in the reading direction.

use super::civil::{self, CivilDate};
use super::lexicon::{Dir, Kw, Lex};
use super::resolve::{self, Lean};
use super::scan::{Ctx, Hit};
use super::value::{Calendar, DayPart, Grain, Kind, Resolution, TimePoint, TimeValue};
use super::vocab::SINGLE;

/// How a holiday's day is found in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Feast {
    /// A day of a Hijri month, kept for `days` days (عيد الأضحى: 4).
    Hijri { month: u8, day: u8, days: u8 },
    /// A fixed Gregorian day.
    Fixed { month: u8, day: u8 },
    /// 25 December of the Julian calendar (Orthodox Christmas, 7 January since 1900).
    JulianChristmas,
    /// Days from Easter Sunday, by the Western or the Orthodox computus.
    Easter { offset: i64, orthodox: bool },
    /// The fourth Thursday of November (عيد الشكر, the American Thanksgiving).
    Thanksgiving,
}

/// A holiday's name as read: what it is, where the name ends, and its part of the day.
#[derive(Clone, Copy, Debug)]
struct Named {
    feast: Feast,
    end: usize,
    part: Option<DayPart>,
    /// The eve: the day before (ليلة رأس السنة).
    eve: bool,
}

/// Words after a name that only praise it (عيد الفطر المبارك، عيد الميلاد المجيد).
const EPITHETS: &[&str] = &["المبارك", "السعيد", "المجيد", "الشريف", "الكريم", "المعظم"];

/// Words after الفصح or عيد الميلاد that make it the Orthodox one.
const ORTHODOX: &[&str] = &[
    "الارثوذكسي",
    "الارثوذكسيه",
    "الشرقي",
    "الشرقيه",
    "القبطي",
    "للاقباط",
    "اليولياني",
];

/// The Western (Gregorian) Easter Sunday of `year` (Meeus's algorithm; its letters kept).
#[allow(clippy::many_single_char_names)]
fn western_easter(year: i32) -> Option<CivilDate> {
    let (a, b, c) = (year % 19, year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    CivilDate::new(year, (n / 31) as u8, (n % 31 + 1) as u8)
}

/// Days the Julian calendar lags the Gregorian one in `year` (13 from 1900 to 2099).
fn julian_lag(year: i32) -> i64 {
    i64::from(year / 100 - year / 400 - 2)
}

/// The Orthodox Easter Sunday of `year` (Meeus's Julian computus), as a Gregorian day.
#[allow(clippy::many_single_char_names)]
fn orthodox_easter(year: i32) -> Option<CivilDate> {
    let (a, b, c) = (year % 4, year % 7, year % 19);
    let d = (19 * c + 15) % 30;
    let e = (2 * a + 4 * b - d + 34) % 7;
    let n = d + e + 114;
    let julian = CivilDate::new(year, (n / 31) as u8, (n % 31 + 1) as u8)?;
    Some(julian.add_days(julian_lag(year)))
}

impl Feast {
    /// The first and last day of the holiday (kept `days` days) in Gregorian `year`.
    fn in_gregorian_year(self, year: i32, days: u8) -> Option<(CivilDate, CivilDate)> {
        let first = match self {
            Self::Hijri { .. } => {
                let approx = (year - 622) * 33 / 32;
                return (approx - 1..=approx + 2)
                    .filter_map(|hy| self.in_hijri_year(hy, days))
                    .find(|(a, _)| a.year == year);
            }
            Self::Fixed { month, day } => CivilDate::new(year, month, day)?,
            Self::JulianChristmas => {
                CivilDate::new(year - 1, 12, 25)?.add_days(julian_lag(year - 1))
            }
            Self::Easter { offset, orthodox } => {
                let sunday = if orthodox {
                    orthodox_easter(year)?
                } else {
                    western_easter(year)?
                };
                sunday.add_days(offset)
            }
            Self::Thanksgiving => {
                let first = CivilDate::new(year, 11, 1)?;
                let thursday = (4 - first.weekday().index()).rem_euclid(7);
                first.add_days(thursday + 21)
            }
        };
        Some((first, first.add_days(i64::from(days.max(1)) - 1)))
    }

    /// The first and last day of the holiday in Hijri `year` (Hijri feasts only).
    fn in_hijri_year(self, year: i32, days: u8) -> Option<(CivilDate, CivilDate)> {
        let Self::Hijri { month, day, .. } = self else {
            return None;
        };
        let first = civil::hijri_to_gregorian(year, month, day)?;
        Some((first, first.add_days(i64::from(days.max(1)) - 1)))
    }

    fn is_hijri(self) -> bool {
        matches!(self, Self::Hijri { .. })
    }

    /// How many days the holiday is kept (أيام عيد الأضحى: four).
    fn length(self) -> u8 {
        match self {
            Self::Hijri { days, .. } => days,
            _ => 1,
        }
    }
}

impl Ctx<'_> {
    /// A holiday: `عيد الفطر`, `أيام عيد الأضحى 2024`, `ثاني أيام العيد الكبير`,
    /// `عيد الفصح الأرثوذكسي 2023`, `رمضان`'s `العشر الأواخر`, `عيد الميلاد المقبل`.
    pub(crate) fn holiday(&self, i: usize) -> Option<Hit> {
        if let Some(hit) = self.ten_days(i) {
            return Some(hit);
        }
        let (nth, all_days, j) = self.holiday_prefix(i);
        // عشية عيد الفطر، ليلة العيد: the eve, the evening before.
        let eve_word = matches!(self.word(j), Some("عشيه" | "ليله")) && nth.is_none() && !all_days;
        let k = if eve_word && self.kw(j + 1, Kw::Feast) {
            j + 1
        } else {
            j
        };
        let named = self
            .holiday_name(k)
            .or_else(|| self.hijri_month_days(k, nth.is_some() || all_days))?;
        let eve = named.eve || k > j;
        let mut end = named.end;
        while self.word(end).is_some_and(|w| EPITHETS.contains(&w)) {
            end += 1;
        }
        let days = if all_days { named.feast.length() } else { 1 };
        let (span, end, stated) = self.holiday_year(i, named.feast, days, end);
        let value = span.map(|(mut first, mut last)| {
            if let Some(n) = nth {
                first = first.add_days(i64::from(n) - 1);
                last = first;
            }
            if eve {
                first = first.add_days(-1);
                last = first;
            }
            if first == last {
                TimeValue::Point(TimePoint::day(first))
            } else {
                TimeValue::Interval(TimePoint::day(first), TimePoint::day(last))
            }
        });
        let part = named.part.or(eve.then_some(DayPart::Evening));
        let resolution = if stated {
            Resolution::Stated
        } else {
            Resolution::InferredYear
        };
        let mut hit = Hit::new(
            i,
            end,
            value,
            Grain::Day,
            part.map_or(Kind::Date, Kind::PartOfDay),
            resolution,
        );
        hit.calendar = if named.feast.is_hijri() {
            Calendar::Hijri
        } else {
            Calendar::Gregorian
        };
        hit.holiday = true;
        Some(hit)
    }

    /// A Hijri month counted in days (أول أيام رمضان، أيام شهر رمضان): its first day on.
    fn hijri_month_days(&self, j: usize, counted: bool) -> Option<Named> {
        let k = if self.word(j) == Some("شهر") {
            j + 1
        } else {
            j
        };
        let Some(Lex::Month {
            n,
            cal: super::lexicon::MonthCal::Hijri,
            ..
        }) = self.lx(k)
        else {
            return None;
        };
        counted.then_some(Named {
            feast: Feast::Hijri {
                month: n,
                day: 1,
                days: 30,
            },
            end: self.after(k),
            part: None,
            eve: false,
        })
    }

    /// `يوم`, `أيام`, `أول أيام`, `ثالث أيام` before a holiday: (nth day, all its days, name start).
    fn holiday_prefix(&self, i: usize) -> (Option<u8>, bool, usize) {
        let days_word = |k: usize| self.word(k) == Some("ايام");
        match self.lx(i) {
            Some(Lex::Kw(Kw::First)) if days_word(i + 1) => (Some(1), true, i + 2),
            Some(Lex::Nth(n)) if days_word(i + 1) => (Some(n), true, i + 2),
            _ if days_word(i) => (None, true, i + 1),
            _ if self.word(i) == Some("يوم") && self.kw(i + 1, Kw::Feast) => {
                (None, false, i + 1)
            }
            _ => (None, false, i),
        }
    }

    /// The year after a holiday's name, or الماضي/المقبل, or the reading direction: the
    /// holiday's (first, last) day, the end of the expression, and whether a year was written.
    fn holiday_year(
        &self,
        i: usize,
        feast: Feast,
        days: u8,
        end: usize,
    ) -> (Option<(CivilDate, CivilDate)>, usize, bool) {
        if let Some((n, digits)) = self.num(end) {
            let n = n as i32;
            let mark = self.lx(end + 1);
            let hijri_mark = mark == Some(Lex::Kw(Kw::HijriMark));
            let after = if matches!(mark, Some(Lex::Kw(Kw::HijriMark | Kw::GregorianMark))) {
                end + 2
            } else {
                end + 1
            };
            if feast.is_hijri() && (3..=4).contains(&digits) && (1300..=1600).contains(&n)
                || hijri_mark && feast.is_hijri()
            {
                return (feast.in_hijri_year(n, days), after, true);
            }
            if digits == 4 && (1900..=2100).contains(&n) && !hijri_mark {
                return (feast.in_gregorian_year(n, days), after, true);
            }
        }
        let dir = match self.lx(end) {
            Some(Lex::Mod(d)) => Some(d),
            _ => None,
        };
        let end = if dir.is_some() { self.after(end) } else { end };
        let Some(r) = self.ref_date() else {
            return (None, end, false);
        };
        // حتى عيد الأضحى، إلى رمضان: up to a holiday still ahead.
        let pointed = i > 0 && (self.kw(i - 1, Kw::Until) || self.kw(i - 1, Kw::To));
        let prefer = if pointed {
            Lean::Future
        } else {
            self.direction(i)
        };
        (occurrence(r, feast, days, dir, prefer), end, false)
    }

    /// The name of a holiday starting at `j`.
    fn holiday_name(&self, j: usize) -> Option<Named> {
        let w0 = self.word(j)?.get(self.clitic(j)..)?;
        let w = |k: usize| self.word(j + k).unwrap_or("");
        let named = |feast: Feast, len: usize| Named {
            feast,
            end: j + len,
            part: None,
            eve: false,
        };
        let hijri = |month: u8, day: u8, days: u8| Feast::Hijri { month, day, days };
        let found = match (w0, w(1), w(2)) {
            ("عيد", "الفطر", _) | ("العيد", "الصغير", _) => {
                named(hijri(10, 1, 3), 2)
            }
            ("عيد", "الاضحي", _) | ("العيد", "الكبير", _) => {
                named(hijri(12, 10, 4), 2)
            }
            ("عيد", "الميلاد", next) => {
                // عيد الميلاد الـ80 or 80 is an age; 2023 is a year.
                if is_birthday_word(next) || matches!(self.num(j + 2), Some((_, 1..=3))) {
                    return None;
                }
                let (orthodox, end) = self.orthodox_end(j + 2);
                let feast = if orthodox {
                    Feast::JulianChristmas
                } else {
                    Feast::Fixed { month: 12, day: 25 }
                };
                Named {
                    end,
                    ..named(feast, 2)
                }
            }
            ("عيد", "الفصح" | "القيامه", _) => self.easter(j, 2, 0)?,
            ("الفصح", _, _) => self.easter(j, 1, 0)?,
            ("عيد", "العمال" | "الشغل", _) => {
                named(Feast::Fixed { month: 5, day: 1 }, 2)
            }
            ("عيد", "الحب", _) => named(Feast::Fixed { month: 2, day: 14 }, 2),
            ("الكريسماس" | "كريسماس", _, _) => {
                named(Feast::Fixed { month: 12, day: 25 }, 1)
            }
            ("عيد", "الكريسماس", _) => named(Feast::Fixed { month: 12, day: 25 }, 2),
            ("ليله", "الميلاد", _) => Named {
                eve: true,
                part: Some(DayPart::Night),
                ..named(Feast::Fixed { month: 12, day: 25 }, 2)
            },
            ("عيد", "الشكر", _) => named(Feast::Thanksgiving, 2),
            ("الهالوين" | "هالوين", _, _) => {
                named(Feast::Fixed { month: 10, day: 31 }, 1)
            }
            ("عيد", "الهالوين", _) => named(Feast::Fixed { month: 10, day: 31 }, 2),
            ("عيد", "الام", _) => named(Feast::Fixed { month: 3, day: 21 }, 2),
            ("عيد", "راس", "السنه") => self.new_year(j + 1, false),
            ("راس", "السنه", _) => self.new_year(j, false),
            ("العام" | "السنه", "الهجري" | "الهجريه", "الجديد" | "الجديده") => {
                named(hijri(1, 1, 1), 3)
            }
            ("ليله", "راس", "السنه") => self.new_year(j + 1, true),
            ("ليله", "القدر", _) => Named {
                part: Some(DayPart::Night),
                ..named(hijri(9, 27, 1), 2)
            },
            ("ليله", "النصف", "من") if w(3) == "شعبان" => Named {
                part: Some(DayPart::Night),
                ..named(hijri(8, 15, 1), 4)
            },
            ("المولد", "النبوي", _) => named(hijri(3, 12, 1), 2),
            ("عاشوراء", _, _) => named(hijri(1, 10, 1), 1),
            ("يوم", "عاشوراء", _) => named(hijri(1, 10, 1), 2),
            ("يوم" | "وقفه", "عرفه" | "عرفات", _) => named(hijri(12, 9, 1), 2),
            ("الاسراء", "والمعراج", _) => named(hijri(7, 27, 1), 2),
            ("شم", "النسيم", _) => named(
                Feast::Easter {
                    offset: 1,
                    orthodox: true,
                },
                2,
            ),
            ("الجمعه", "العظيمه" | "الحزينه", _) => self.easter(j, 2, -2)?,
            _ => return None,
        };
        Some(found)
    }

    /// Easter (or a day `offset` from it) named by the `len` words at `j`, Western unless
    /// an Orthodox word follows; Passover (الفصح اليهودي) is no date of this calendar.
    fn easter(&self, j: usize, len: usize, offset: i64) -> Option<Named> {
        let mut k = j + len;
        while self.word(k).is_some_and(|w| EPITHETS.contains(&w)) {
            k += 1;
        }
        if self.word(k) == Some("اليهودي") {
            return None;
        }
        let (orthodox, end) = self.orthodox_end(j + len);
        Some(Named {
            feast: Feast::Easter { offset, orthodox },
            end,
            part: None,
            eve: false,
        })
    }

    /// Whether an Orthodox qualifier follows the name ending at `k` (after any epithets),
    /// and where the name ends: after the qualifier, or at `k` (epithets are read later).
    fn orthodox_end(&self, k: usize) -> (bool, usize) {
        let mut q = k;
        while self.word(q).is_some_and(|w| EPITHETS.contains(&w)) {
            q += 1;
        }
        if self.word(q).is_some_and(|w| ORTHODOX.contains(&w)) {
            (true, q + 1)
        } else {
            (false, k)
        }
    }

    /// رأس السنة (الهجرية / الميلادية / الجديدة) at `j`; `eve` for ليلة رأس السنة.
    fn new_year(&self, j: usize, eve: bool) -> Named {
        let qualifier = self.word(j + 2);
        let (feast, end) = match qualifier {
            Some("الهجريه") => (
                Feast::Hijri {
                    month: 1,
                    day: 1,
                    days: 1,
                },
                j + 3,
            ),
            Some("الميلاديه" | "الجديده") => {
                (Feast::Fixed { month: 1, day: 1 }, j + 3)
            }
            _ => (Feast::Fixed { month: 1, day: 1 }, j + 2),
        };
        Named {
            feast,
            end,
            part: eve.then_some(DayPart::Night),
            eve,
        }
    }

    /// `العشر الأواخر من رمضان`, `العشر الأوائل من ذي الحجة`: ten days of a Hijri month.
    fn ten_days(&self, i: usize) -> Option<Hit> {
        if self.word(i)?.get(self.clitic(i)..)? != "العشر" {
            return None;
        }
        let last = match self.word(i + 1)? {
            "الاواخر" | "الاخيره" => true,
            "الاوايل" | "الاولي" => false,
            _ => return None,
        };
        let (month, end) = if self.kw(i + 2, Kw::From)
            && let Some(abs) = self.month_named(i + 3).filter(|a| a.hijri)
        {
            (self.resolve_abs(abs)?, abs.end)
        } else {
            // Alone, the last ten nights are Ramadan's and the first ten days Dhu al-Hijja's.
            let month = if last { 9 } else { 12 };
            let abs = super::scan::Abs {
                start: i,
                end: i + 2,
                month: Some(month),
                hijri: true,
                ..super::scan::Abs::default()
            };
            (self.resolve_abs(abs)?, i + 2)
        };
        let value = month.value.and_then(|v| {
            let (first, last_day) = v.bounds()?;
            let (a, b) = if last {
                (first.add_days(20), last_day)
            } else {
                (first, first.add_days(9))
            };
            Some(TimeValue::Interval(TimePoint::day(a), TimePoint::day(b)))
        });
        let mut hit = Hit::new(i, end, value, Grain::Day, Kind::Interval, month.resolution);
        hit.calendar = Calendar::Hijri;
        hit.holiday = true;
        Some(hit)
    }
}

/// A word after عيد الميلاد that makes it a birthday (عيد الميلاد الستين، الـ80).
fn is_birthday_word(word: &str) -> bool {
    if word == "ال" {
        return true;
    }
    word.strip_prefix("ال")
        .and_then(|w| SINGLE.get(w))
        .is_some_and(|l| matches!(l, Lex::NumWord(_)))
        || matches!(SINGLE.get(word), Some(Lex::Ordinal(_)))
}

/// The holiday's occurrence nearest the reference: the one around it, else the last or the
/// next one as الماضي/المقبل say, else as the reading direction says.
fn occurrence(
    r: CivilDate,
    feast: Feast,
    days: u8,
    dir: Option<Dir>,
    prefer: Lean,
) -> Option<(CivilDate, CivilDate)> {
    let spans: Vec<(CivilDate, CivilDate)> = if feast.is_hijri() {
        let (hy, _, _) = civil::gregorian_to_hijri(r)?;
        (hy - 1..=hy + 1)
            .filter_map(|y| feast.in_hijri_year(y, days))
            .collect()
    } else {
        (r.year - 1..=r.year + 1)
            .filter_map(|y| feast.in_gregorian_year(y, days))
            .collect()
    };
    let containing = spans.iter().find(|(a, b)| *a <= r && r <= *b).copied();
    let before = spans.iter().filter(|(_, b)| *b < r).max().copied();
    let after = spans.iter().filter(|(a, _)| *a > r).min().copied();
    match dir {
        Some(Dir::Past) => return before,
        Some(Dir::Next) => return after,
        Some(Dir::Current) => return containing.or(after),
        None => {}
    }
    if containing.is_some() {
        return containing;
    }
    if feast.is_hijri() {
        return super::absolute::nearest_hijri(r, prefer, |y| feast.in_hijri_year(y, days));
    }
    resolve::choose(before, after, r.to_days(), prefer, |(a, _)| a.to_days())
}
