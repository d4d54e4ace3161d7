//! Absolute dates: day–month–year in words or digits, Gregorian and Hijri month
//! names, with an optional weekday and clock time, and their year inference.

use super::civil::{self, CivilDate, Weekday};
use super::clock::ClockAt;
use super::lexicon::{Count, Dir, Kw, Lex, MonthCal};
use super::resolve::{self, Lean};
use super::scan::{Abs, Ctx, Hit};
use super::value::{Calendar, Grain, Kind, Resolution, TimePoint, TimeValue};

impl Ctx<'_> {
    /// A plausible year at `i`: a 4-digit number (3–4 digits for Hijri).
    fn year_at(&self, i: usize, hijri: bool) -> Option<i32> {
        let (n, digits) = self.num(i)?;
        let n = n as i32;
        if hijri {
            ((3..=4).contains(&digits) && (1300..=1600).contains(&n)).then_some(n)
        } else {
            (digits == 4 && (1000..=2200).contains(&n)).then_some(n)
        }
    }

    /// Month name at `i` with an optional dual form (نوفمبر/تشرين الثاني, يونيو (حزيران)).
    pub(crate) fn month_at(&self, i: usize) -> Option<(u8, bool, bool, usize)> {
        let Some(Lex::Month { n, cal, ambiguous }) = self.lx(i) else {
            return None;
        };
        let hijri = cal == MonthCal::Hijri;
        let mut end = self.after(i);
        let same = |j: usize| matches!(self.lx(j), Some(Lex::Month { n: m, cal: c, .. }) if m == n && c == cal);
        match self.punct(end) {
            Some('/' | '-') if same(end + 1) => end = self.after(end + 1),
            Some('(') if same(end + 1) && self.punct(self.after(end + 1)) == Some(')') => {
                end = self.after(end + 1) + 1;
            }
            // أبريل نيسان، نوفمبر تشرين الثاني: the second name with only a space between.
            None if same(end) => end = self.after(end),
            _ => {}
        }
        Some((n, hijri, ambiguous, end))
    }

    /// An ordinal day in words (الحادي والعشرين، الخامس عشر) followed by من.
    pub(super) fn ordinal_day(&self, i: usize) -> Option<(u8, usize)> {
        let Some(Lex::Ordinal(n)) = self.lx(i) else {
            return None;
        };
        // «الأسبوع الأول من يناير» counts weeks, not days.
        if i > 0
            && matches!(
                self.lx(i - 1),
                Some(Lex::Unit {
                    unit: Grain::Week,
                    definite: true,
                    ..
                })
            )
        {
            return None;
        }
        let mut value = n;
        let mut j = i + 1;
        if n < 10 && self.lx(j) == Some(Lex::NumWord(10)) {
            value += 10;
            j += 1;
        } else if n < 10
            && let Some(w) = self.word(j)
        {
            let tens = match w {
                "والعشرين" | "والعشرون" => 20,
                "والثلاثين" | "والثلاثون" => 30,
                _ => 0,
            };
            if tens > 0 {
                value += tens;
                j += 1;
            }
        }
        if self.kw(j, Kw::From) {
            j += 1;
        }
        (1..=31).contains(&value).then_some((value as u8, j))
    }

    /// Day, month, optional year and time starting at `i` (weekday and يوم prefixes included).
    pub(crate) fn absolute(&self, i: usize) -> Option<Abs> {
        let mut abs = Abs {
            start: i,
            ..Abs::default()
        };
        let mut j = i;
        if matches!(
            self.lx(j),
            Some(Lex::Unit {
                unit: Grain::Day,
                count: Count::Singular,
                definite: false
            })
        ) {
            j += 1;
        }
        if let Some(Lex::Weekday(w)) = self.lx(j) {
            abs.weekday = Some(w);
            j += 1;
            if matches!(self.punct(j), Some('،' | ',')) {
                j += 1;
            }
        }
        if self.kw(j, Kw::Corresponding) {
            j += 1;
            if self.word(j) == Some("ل") {
                j += 1;
            }
            // Alone, الموافق introduces the date; it only belongs to it after a weekday.
            if abs.weekday.is_none() {
                abs.start = j;
            }
        }
        let body = self.numeric_date(j).or_else(|| self.worded_date(j, i))?;
        abs.day = body.day;
        abs.month = body.month;
        abs.year = body.year;
        abs.hijri = body.hijri;
        abs.dir = body.dir;
        abs.end = body.end;
        abs.gregorian_year = body.gregorian_year;
        if abs.day.is_some()
            && let Some(clock) = self.clock(
                abs.end,
                ClockAt::AfterDate {
                    bare_ok: abs.year.is_some(),
                },
            )
        {
            abs.time = Some(clock);
            abs.end = clock.end;
        }
        Some(abs)
    }

    /// `2024-11-27`, `27/11/2024`, `2024/11/27`.
    fn numeric_date(&self, i: usize) -> Option<Abs> {
        let (first, first_len) = self.num(i)?;
        let sep = self.punct(i + 1).filter(|c| matches!(c, '-' | '/' | '.'))?;
        let (second, second_len) = self.num(i + 2)?;
        if self.punct(i + 3) != Some(sep) || !self.tight(i, i + 2) || !self.tight(i + 2, i + 4) {
            return None;
        }
        let (third, third_len) = self.num(i + 4)?;
        // Dates glued into a path or a longer number run (/images/2025/11/25/52912) are not dates.
        let glued = |a: usize, b: usize| match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        };
        let before = i.checked_sub(1).filter(|&p| {
            self.punct(p)
                .is_some_and(|c| matches!(c, '/' | '-' | '.' | ':'))
                && glued(p, i)
        });
        // A stop after `20.05.2018.` ends the sentence; a run goes on only into more text.
        let after = self.punct(i + 5) == Some(sep)
            && glued(i + 4, i + 5)
            && self.toks.get(i + 6).is_some()
            && glued(i + 5, i + 6);
        if before.is_some() || after {
            return None;
        }
        let (year, month, day) = match (first_len, second_len, third_len) {
            (4, 1..=2, 1..=2) => (first, second, third),
            (1..=2, 1..=2, 4) => (third, second, first),
            _ => return None,
        };
        let date = CivilDate::new(
            year as i32,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )?;
        if !(1900..=2100).contains(&date.year) {
            return None;
        }
        Some(Abs {
            day: Some(date.day),
            month: Some(date.month),
            year: Some(date.year),
            end: i + 5,
            ..Abs::default()
        })
    }

    /// `21 مايو 2021`, `الحادي والعشرين من مايو`, `مايو 2021`, `شهر رمضان`, `نوفمبر الماضي`.
    pub(crate) fn worded_date(&self, j: usize, start: usize) -> Option<Abs> {
        self.worded_date_in(j, start, false)
    }

    /// A month (with its optional year) where the words around say a month must come
    /// (الأحد الثاني من مايو، أواخر رمضان): even a month name that is also a word or a name.
    pub(crate) fn month_named(&self, j: usize) -> Option<Abs> {
        self.worded_date_in(j, j, true).filter(|a| a.day.is_none())
    }

    /// [`Ctx::worded_date`]; `cued`: the context already calls for a date.
    fn worded_date_in(&self, j: usize, start: usize, cued: bool) -> Option<Abs> {
        let mut abs = Abs::default();
        let mut k = j;
        if let Some((d, _)) = self
            .num(j)
            .filter(|&(d, digits)| digits <= 2 && (1..=31).contains(&d))
        {
            abs.day = Some(d as u8);
            k = j + 1;
            // `الـ15 من أكتوبر`
            if self.kw(k, Kw::From) && self.month_at(k + 1).is_some() {
                k += 1;
            }
        } else if let Some((d, next)) = self.ordinal_day(j) {
            abs.day = Some(d);
            k = next;
        } else if matches!(self.word(j), Some("فاتح" | "غره")) {
            // The first of the month: فاتح (Maghreb), غرة (above all for Hijri months).
            abs.day = Some(1);
            k = j + 1;
        }
        let after_shahr = matches!(
            self.lx(k),
            Some(Lex::Unit {
                unit: Grain::Month,
                count: Count::Singular,
                definite: false
            })
        );
        if after_shahr {
            k += 1;
        }
        let (n, hijri, ambiguous, mut end) = self.month_at(k)?;
        if abs.day.is_some() && self.clitic(k) > 0 {
            return None;
        }
        abs.month = Some(n);
        abs.hijri = hijri;
        let blessed = hijri && self.word(end).is_some_and(|w| HIJRI_EPITHETS.contains(&w));
        if blessed {
            end += 1;
        }
        if matches!(self.punct(end), Some('،' | ',')) && self.year_at(end + 1, hijri).is_some() {
            end += 1;
        }
        // فبراير عام 1975، يونيو/حزيران من العام 2013
        let year_word = |k: usize| {
            matches!(
                self.lx(k),
                Some(Lex::Unit {
                    unit: Grain::Year,
                    count: Count::Singular,
                    ..
                })
            )
        };
        if year_word(end) && self.year_at(end + 1, hijri).is_some() {
            end += 1;
        } else if self.kw(end, Kw::From)
            && year_word(end + 1)
            && self.year_at(end + 2, hijri).is_some()
        {
            end += 2;
        }
        // رمضان 2019: a Hijri month in the Gregorian year it falls in.
        let gregorian_year = if hijri
            && self.year_at(end, true).is_none()
            && self.lx(end + 1) != Some(Lex::Kw(Kw::HijriMark))
        {
            self.year_at(end, false)
                .filter(|y| (1900..=2100).contains(y))
        } else {
            None
        };
        if let Some(y) = gregorian_year {
            abs.year = Some(y);
            abs.gregorian_year = true;
            end += 1;
            if self.lx(end) == Some(Lex::Kw(Kw::GregorianMark)) {
                end += 1;
            }
        } else if let Some(y) = self.year_at(end, hijri) {
            let mark = self.lx(end + 1);
            let contradicts = (hijri && mark == Some(Lex::Kw(Kw::GregorianMark)))
                || (!hijri && mark == Some(Lex::Kw(Kw::HijriMark)));
            if !contradicts {
                abs.year = Some(y);
                end += 1;
                if matches!(mark, Some(Lex::Kw(Kw::HijriMark | Kw::GregorianMark))) {
                    end += 1;
                }
            }
        } else if let Some(Lex::Mod(d)) = self.lx(end) {
            abs.dir = Some(d);
            end = self.after(end);
        }
        let anchored =
            abs.day.is_some() || abs.year.is_some() || abs.dir.is_some() || after_shahr || blessed;
        let prev_cue = j == start
            && j.checked_sub(1).and_then(|p| self.lx(p)).is_some_and(|l| {
                matches!(
                    l,
                    Lex::Kw(
                        Kw::In
                            | Kw::From
                            | Kw::Since
                            | Kw::During
                            | Kw::Until
                            | Kw::To
                            | Kw::Before
                            | Kw::After
                    ) | Lex::Third(_)
                )
            });
        // After في or خلال, رمضان، شعبان، شوال and two-word Hijri names are the month;
        // محرم، صفر and رجب are words and names too often to stand alone.
        let hijri_alone = hijri && (end - k >= 2 || matches!(n, 8..=10));
        let alone_ok = if hijri { hijri_alone } else { !ambiguous };
        if !anchored && !cued && (!alone_ok || !prev_cue) {
            return None;
        }
        abs.end = end;
        Some(abs)
    }

    /// Turns a day–month–year chain into a value using the reference when the year is missing.
    pub(crate) fn resolve_abs(&self, abs: Abs) -> Option<Hit> {
        let calendar = if abs.hijri {
            Calendar::Hijri
        } else {
            Calendar::Gregorian
        };
        let mut hit = Hit::new(
            abs.start,
            abs.end,
            None,
            Grain::Day,
            Kind::Date,
            Resolution::Stated,
        );
        hit.resolution = Resolution::Stated;
        hit.calendar = calendar;
        let month = abs.month?;
        let prefer = if abs.dir == Some(Dir::Next) {
            Lean::Future
        } else {
            self.direction(abs.start)
        };
        if abs.hijri && abs.gregorian_year {
            let y = abs.year?;
            hit.grain = if abs.day.is_some() {
                Grain::Day
            } else {
                Grain::Month
            };
            hit.value = hijri_in_gregorian_year(y, month, abs.day);
            return hit.value.map(|_| hit);
        }
        match (abs.day, abs.year, abs.hijri) {
            (Some(d), Some(y), false) => {
                hit.value =
                    CivilDate::new(y, month, d).map(|c| TimeValue::Point(TimePoint::day(c)));
            }
            (Some(d), Some(y), true) => {
                hit.value = civil::hijri_to_gregorian(y, month, d)
                    .map(|c| sighted(c, abs.weekday))
                    .map(|c| TimeValue::Point(TimePoint::day(c)));
            }
            (None, Some(y), false) => {
                hit.grain = Grain::Month;
                hit.value = TimePoint::month(y, month).map(TimeValue::Point);
            }
            (None, Some(y), true) => {
                hit.grain = Grain::Month;
                hit.value = civil::hijri_month_range(y, month)
                    .map(|(a, b)| TimeValue::Interval(TimePoint::day(a), TimePoint::day(b)));
            }
            (day, None, hijri) => {
                hit.resolution = Resolution::InferredYear;
                hit.grain = if day.is_some() {
                    Grain::Day
                } else {
                    Grain::Month
                };
                let Some(r) = self.ref_date() else {
                    return Some(Hit {
                        resolution: Resolution::Unresolved,
                        ..hit
                    });
                };
                hit.value = if hijri {
                    infer_hijri(r, month, day, prefer)
                } else {
                    infer_gregorian(r, month, day, abs.dir, prefer, abs.weekday)
                };
            }
        }
        if abs.day.is_some() && abs.year.is_some() {
            hit.weekday = abs.weekday;
        }
        if let (Some(clock), Some(TimeValue::Point(p))) = (abs.time, hit.value) {
            hit.value = Some(TimeValue::Point(clock.on(p.date)));
            hit.grain = clock.grain;
            hit.kind = Kind::DateTime;
        }
        // With everything known, no value means an impossible date (31 فبراير).
        hit.value.map(|_| hit)
    }
}

/// A Hijri day as the text's weekday places it. Where the month began on a sighting
/// of the moon a day before or after the Umm al-Qura table, the weekday the article
/// names (الخميس 5 شعبان 1440) is the day it means.
fn sighted(table: CivilDate, weekday: Option<Weekday>) -> CivilDate {
    let Some(wd) = weekday else {
        return table;
    };
    [0, 1, -1]
        .into_iter()
        .map(|shift| table.add_days(shift))
        .find(|c| c.weekday() == wd)
        .unwrap_or(table)
}

/// Year inference for a Gregorian day or month, honouring الماضي/المقبل/الجاري after the month.
fn infer_gregorian(
    r: CivilDate,
    month: u8,
    day: Option<u8>,
    dir: Option<Dir>,
    prefer: Lean,
    weekday: Option<Weekday>,
) -> Option<TimeValue> {
    let year = match (dir, day) {
        (Some(Dir::Current), _) => r.year,
        (Some(Dir::Past), Some(d)) => r.year - i32::from((month, d) >= (r.month, r.day)),
        (Some(Dir::Past), None) => r.year - i32::from(month >= r.month),
        (Some(Dir::Next), Some(d)) => r.year + i32::from((month, d) <= (r.month, r.day)),
        (Some(Dir::Next), None) => r.year + i32::from(month <= r.month),
        (None, Some(d)) => {
            return resolve::infer_year(r, month, d, prefer, weekday)
                .map(|c| TimeValue::Point(TimePoint::day(c)));
        }
        (None, None) => resolve::infer_month_year(r, month, prefer)?,
    };
    match day {
        Some(d) => CivilDate::new(year, month, d).map(|c| TimeValue::Point(TimePoint::day(c))),
        None => TimePoint::month(year, month).map(TimeValue::Point),
    }
}

/// Year inference for a Hijri day or month: the occurrence around the reference, else the
/// nearest one in the reading direction.
fn infer_hijri(r: CivilDate, month: u8, day: Option<u8>, prefer: Lean) -> Option<TimeValue> {
    let chosen = nearest_hijri(r, prefer, |y| match day {
        Some(d) => civil::hijri_to_gregorian(y, month, d).map(|c| (c, c)),
        None => civil::hijri_month_range(y, month),
    })?;
    Some(if day.is_some() {
        TimeValue::Point(TimePoint::day(chosen.0))
    } else {
        TimeValue::Interval(TimePoint::day(chosen.0), TimePoint::day(chosen.1))
    })
}

/// The span (of the Hijri years around the reference's) that holds the reference, else the
/// nearest one before it, after it, or either, as `prefer` says.
pub(crate) fn nearest_hijri(
    r: CivilDate,
    prefer: Lean,
    span: impl Fn(i32) -> Option<(CivilDate, CivilDate)>,
) -> Option<(CivilDate, CivilDate)> {
    let (hy, _, _) = civil::gregorian_to_hijri(r)?;
    let spans: Vec<(CivilDate, CivilDate)> = (hy - 1..=hy + 1).filter_map(span).collect();
    if let Some(&inside) = spans.iter().find(|(a, b)| *a <= r && r <= *b) {
        return Some(inside);
    }
    let past = spans.iter().filter(|(a, _)| *a <= r).max().copied();
    let future = spans.iter().filter(|(a, _)| *a > r).min().copied();
    let days = r.to_days();
    match prefer {
        // News look back, but a month or feast a few weeks ahead whose last one is half a
        // year gone is the coming one (استعدادات لعيد الأضحى in late July).
        Lean::PastOnly => past.or(future),
        Lean::Past => match (past, future) {
            (Some(p), Some(f))
                if f.0.to_days() - days <= HIJRI_AHEAD_DAYS
                    && days - p.1.to_days() > HIJRI_GONE_DAYS =>
            {
                Some(f)
            }
            (p, f) => p.or(f),
        },
        Lean::Future => future.or(past),
        Lean::Nearest => match (past, future) {
            (Some(p), Some(f)) => Some(if days - p.1.to_days() <= f.0.to_days() - days {
                p
            } else {
                f
            }),
            (p, f) => p.or(f),
        },
    }
}

/// A Hijri month (or day of it) named with the Gregorian year it falls in (رمضان 2019):
/// the occurrence that starts in that year, the first when there are two.
pub(crate) fn hijri_in_gregorian_year(year: i32, month: u8, day: Option<u8>) -> Option<TimeValue> {
    let approx = (year - 622) * 33 / 32;
    let (a, b) = (approx - 1..=approx + 2)
        .filter_map(|hy| match day {
            Some(d) => civil::hijri_to_gregorian(hy, month, d).map(|c| (c, c)),
            None => civil::hijri_month_range(hy, month),
        })
        .find(|(a, _)| a.year == year)?;
    Some(if day.is_some() {
        TimeValue::Point(TimePoint::day(a))
    } else {
        TimeValue::Interval(TimePoint::day(a), TimePoint::day(b))
    })
}

/// How close ahead a Hijri month or feast may be to be read as the coming one…
const HIJRI_AHEAD_DAYS: i64 = 30;
/// …when the last one ended this many days before the reference.
const HIJRI_GONE_DAYS: i64 = 180;

/// Epithets that follow a Hijri month's name (رمضان المبارك) and mark it as the month.
const HIJRI_EPITHETS: &[&str] = &["المبارك", "الكريم", "الفضيل", "المعظم", "الحرام", "الخير"];
