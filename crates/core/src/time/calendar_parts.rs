//! Parts of the calendar named by position: the nth or last weekday of a month
//! (`ثالث ثلاثاء من أيلول`, `الجمعة الأخيرة من رمضان`), decades and centuries
//! (`الثمانينيات`, `القرن التاسع عشر`), and halves and quarters of a year
//! (`النصف الأول من 2023`, `الربع الثالث من العام الماضي`).

use super::civil::{CivilDate, Weekday};
use super::lexicon::{Count, Dir, Kw, Lex};
use super::scan::{Abs, Ctx, Hit};
use super::value::{Grain, Kind, Resolution, TimePoint, TimeValue};

/// Weekday names without the article, Sunday first (ثالث ثلاثاء، كل جمعة).
pub(crate) const BARE_WEEKDAYS: &[&str] =
    &["احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"];

/// Definite ordinals after a weekday or a week (الجمعة الأولى، الأسبوع الأخير): 0 is last.
fn definite_ordinal(word: &str) -> Option<u8> {
    Some(match word {
        "الاول" | "الاولي" => 1,
        "الثاني" | "الثانيه" => 2,
        "الثالث" | "الثالثه" => 3,
        "الرابع" | "الرابعه" => 4,
        "الخامس" | "الخامسه" => 5,
        "الاخير" | "الاخيره" => 0,
        _ => return None,
    })
}

/// The `n`th (`0`: last) `weekday` between `first` and `last`.
fn nth_in(first: CivilDate, last: CivilDate, weekday: Weekday, n: u8) -> Option<CivilDate> {
    if n == 0 {
        let back = (last.weekday().index() - weekday.index()).rem_euclid(7);
        return Some(last.add_days(-back)).filter(|d| *d >= first);
    }
    let ahead = (weekday.index() - first.weekday().index()).rem_euclid(7);
    Some(first.add_days(ahead + 7 * (i64::from(n) - 1))).filter(|d| *d <= last)
}

impl Ctx<'_> {
    /// `ثالث ثلاثاء من أيلول`, `آخر جمعة من رمضان`, `الأحد الثاني من مايو`,
    /// `أول اثنين من الشهر الجاري`.
    pub(crate) fn nth_weekday(&self, i: usize) -> Option<Hit> {
        let (weekday, n, j) = self.counted_weekday(i)?;
        if !(self.kw(j, Kw::From) || self.kw(j, Kw::In)) {
            return None;
        }
        let period = self.period_at(j + 1)?;
        let bounds = period.value.and_then(|v| v.bounds());
        // الأحد الثاني من مايو is also "Sunday, 2 May": when the 2nd is a Sunday, it is the date.
        let also_a_date = self.lx(i) == Some(Lex::Weekday(weekday))
            && n > 0
            && bounds
                .is_some_and(|(first, _)| first.add_days(i64::from(n) - 1).weekday() == weekday);
        if also_a_date {
            return None;
        }
        let value = bounds.and_then(|(first, last)| {
            nth_in(first, last, weekday, n).map(|d| TimeValue::Point(TimePoint::day(d)))
        });
        let mut hit = Hit::new(
            i,
            period.end,
            value,
            Grain::Day,
            Kind::Date,
            period.resolution,
        );
        hit.calendar = period.calendar;
        (hit.value.is_some() || period.value.is_none()).then_some(hit)
    }

    /// (weekday, nth or 0 for last, next token) for `ثالث ثلاثاء` or `الجمعة الأولى`.
    fn counted_weekday(&self, i: usize) -> Option<(Weekday, u8, usize)> {
        let n = match self.lx(i) {
            Some(Lex::Kw(Kw::First)) => Some(1),
            Some(Lex::Nth(n)) => Some(n),
            Some(Lex::Third(_)) if self.word(i) == Some("اخر") => Some(0),
            _ => None,
        };
        if let Some(n) = n {
            let bare = self.word(i + 1)?;
            let w = BARE_WEEKDAYS.iter().position(|b| *b == bare)?;
            return Some((*Weekday::ALL.get(w)?, n, i + 2));
        }
        let Some(Lex::Weekday(w)) = self.lx(i) else {
            return None;
        };
        let n = definite_ordinal(self.word(i + 1)?)?;
        Some((w, n, i + 2))
    }

    /// A month or year a part of it is counted in: `أيلول`, `مايو 2021`, `رمضان`,
    /// `الشهر الجاري`, `العام المقبل`, `2023`, `عام 2023`.
    pub(crate) fn period_at(&self, k: usize) -> Option<Hit> {
        if let Some(abs) = self.month_named(k) {
            return self.resolve_abs(Abs { start: k, ..abs });
        }
        if let Some(hit) = self
            .unit_shift(k)
            .filter(|h| matches!(h.grain, Grain::Month | Grain::Year) && h.kind == Kind::Date)
        {
            return Some(hit);
        }
        // العام alone, after من: the reference's year (الربع الأول من العام).
        if matches!(
            self.lx(k),
            Some(Lex::Unit {
                unit: Grain::Year | Grain::Month,
                count: Count::Singular,
                definite: true,
            })
        ) && !matches!(self.lx(k + 1), Some(Lex::Mod(_)))
            && self.num(k + 1).is_none()
        {
            let Some(Lex::Unit { unit, .. }) = self.lx(k) else {
                return None;
            };
            let value = self
                .ref_date()
                .and_then(|r| super::resolve::shifted_unit(r, unit, 0));
            return Some(Hit::new(
                k,
                k + 1,
                value,
                unit,
                Kind::Date,
                Resolution::Relative,
            ));
        }
        if let Some(hit) = self
            .year_expr(k)
            .filter(|h| h.kind == Kind::Date && h.grain == Grain::Year)
        {
            return Some(hit);
        }
        let ((year, false), end) = self.bare_year(k, true)? else {
            return None;
        };
        let value = TimePoint::year(year).map(TimeValue::Point);
        Some(Hit::new(
            k,
            end,
            value,
            Grain::Year,
            Kind::Date,
            Resolution::Stated,
        ))
    }

    /// Decades (`التسعينيات`, `سبعينيات القرن الماضي`), centuries (`القرن التاسع عشر`),
    /// halves and quarters of a year (`النصف الأول من 2023`, `الربع الثالث من العام الماضي`).
    pub(crate) fn span_of_years(&self, i: usize) -> Option<Hit> {
        match self.lx(i)? {
            Lex::Decade(_) => self.decade(i),
            Lex::Kw(Kw::Century) => self.century(i),
            Lex::Kw(Kw::HalfOf | Kw::QuarterOf | Kw::TrimesterOf | Kw::SemesterOf) => {
                self.part_of_year(i)
            }
            _ => None,
        }
    }

    /// A decade with its optional century: (first year, end token, resolution).
    pub(crate) fn decade_years(&self, i: usize) -> Option<(i32, usize, Resolution)> {
        let Some(Lex::Decade(tens)) = self.lx(i) else {
            return None;
        };
        let default_century = if tens == 0 { 2000 } else { 1900 };
        if let Some((start, end, resolution)) = self.century_years(i + 1) {
            return Some((start + i32::from(tens), end, resolution));
        }
        Some((default_century + i32::from(tens), i + 1, Resolution::Stated))
    }

    fn decade(&self, i: usize) -> Option<Hit> {
        let (first, end, resolution) = self.decade_years(i)?;
        let value = TimeValue::Interval(TimePoint::year(first)?, TimePoint::year(first + 9)?);
        Some(Hit::new(
            i,
            end,
            Some(value),
            Grain::Year,
            Kind::Interval,
            resolution,
        ))
    }

    fn century(&self, i: usize) -> Option<Hit> {
        let (first, end, resolution) = self.century_years(i)?;
        let value = TimeValue::Interval(TimePoint::year(first)?, TimePoint::year(first + 99)?);
        Some(Hit::new(
            i,
            end,
            Some(value),
            Grain::Year,
            Kind::Interval,
            resolution,
        ))
    }

    /// `القرن التاسع عشر`, `القرن الـ19`, `القرن الماضي`: (first year, end, resolution),
    /// the 1800s for the nineteenth. A Hijri century (القرن الهجري) is not read.
    pub(crate) fn century_years(&self, i: usize) -> Option<(i32, usize, Resolution)> {
        if !self.kw(i, Kw::Century) {
            return None;
        }
        let mut j = i + 1;
        let (n, resolution) = if let Some(Lex::Mod(d)) = self.lx(j) {
            let r = self.ref_date()?;
            let current = r.year.div_euclid(100) + 1;
            j = self.after(j);
            let n = match d {
                Dir::Past => current - 1,
                Dir::Next => current + 1,
                Dir::Current => current,
            };
            (n, Resolution::Relative)
        } else {
            let (n, next) = self.ordinal_number(j)?;
            j = next;
            (n, Resolution::Stated)
        };
        if matches!(self.word(j), Some("الهجري")) {
            return None;
        }
        if matches!(self.word(j), Some("الميلادي" | "للميلاد")) {
            j += 1;
        }
        (1..=21)
            .contains(&n)
            .then_some(((n - 1) * 100, j, resolution))
    }

    /// An ordinal number in words or digits: `التاسع عشر`, `الحادي والعشرين`, `العشرين`,
    /// `الـ19`, `19`: (value, next token).
    fn ordinal_number(&self, j: usize) -> Option<(i32, usize)> {
        if self.word(j) == Some("ال")
            && let Some((n, 1..=2)) = self.num(j + 1)
        {
            return Some((n as i32, j + 2));
        }
        if let Some((n, 1..=2)) = self.num(j) {
            return Some((n as i32, j + 1));
        }
        let Some(Lex::Ordinal(n)) = self.lx(j) else {
            return None;
        };
        let n = n as i32;
        if n < 10 && self.lx(j + 1) == Some(Lex::NumWord(10)) {
            return Some((n + 10, j + 2));
        }
        if n < 10 && self.word(j + 1) == Some("والعشرين") {
            return Some((n + 20, j + 2));
        }
        Some((n, j + 1))
    }

    /// `النصف الأول من 2023`, `الربع الثالث من العام الماضي`, `الثلاثي الأول من السنة`.
    fn part_of_year(&self, i: usize) -> Option<Hit> {
        let Some(Lex::Kw(kind)) = self.lx(i) else {
            return None;
        };
        let (parts, months) = match kind {
            Kw::HalfOf | Kw::SemesterOf => (2, 6),
            _ => (4, 3),
        };
        let n = definite_ordinal(self.word(i + 1)?)?;
        let n = if n == 0 { parts } else { n };
        if n > parts || !self.kw(i + 2, Kw::From) {
            return None;
        }
        let year = self.period_at(i + 3).filter(|h| {
            h.grain == Grain::Year && h.calendar == super::value::Calendar::Gregorian
        })?;
        let value = year.value.and_then(|v| {
            let (first, _) = v.bounds()?;
            let m0 = (n - 1) * months + 1;
            Some(TimeValue::Interval(
                TimePoint::month(first.year, m0)?,
                TimePoint::month(first.year, m0 + months - 1)?,
            ))
        });
        Some(Hit::new(
            i,
            year.end,
            value,
            Grain::Month,
            Kind::Interval,
            year.resolution,
        ))
    }

    /// `الأسبوع الأول من يناير`, `الأسبوع الأخير من الشهر المقبل`, `الأسبوع الأول من العام
    /// المقبل`: a week of a month or year, counted from its first (or back from its last) day.
    pub(crate) fn week_of_month(&self, i: usize) -> Option<Hit> {
        if !matches!(
            self.lx(i),
            Some(Lex::Unit {
                unit: Grain::Week,
                count: Count::Singular,
                definite: true,
            })
        ) {
            return None;
        }
        let week = definite_ordinal(self.word(i + 1)?)?;
        if week > 4 || !self.kw(i + 2, Kw::From) {
            return None;
        }
        let period = self.period_at(i + 3)?;
        let value = period.value.and_then(|v| {
            let (first, last) = v.bounds()?;
            let (a, b) = if week == 0 {
                (last.add_days(-6).max(first), last)
            } else {
                let a = first.add_days(i64::from(week - 1) * 7);
                (a, a.add_days(6).min(last))
            };
            Some(TimeValue::Interval(TimePoint::day(a), TimePoint::day(b)))
        });
        let mut hit = Hit::new(
            i,
            period.end,
            value,
            Grain::Week,
            Kind::Interval,
            period.resolution,
        );
        hit.calendar = period.calendar;
        Some(hit)
    }
}
