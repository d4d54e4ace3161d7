//! Years: `عام 2017`, `سنة 1445 هـ`, `في 2016`, `بين عامي 2014 و2017`.

use super::civil;
use super::lexicon::{Count, Kw, Lex};
use super::scan::{Ctx, Hit};
use super::value::{Calendar, Grain, Kind, Resolution, TimePoint, TimeValue};

impl Ctx<'_> {
    /// `عام 2017`, `سنة 1445 هـ`, `في 2016`, `بين عامي 2014 و2017`.
    pub(crate) fn year_expr(&self, i: usize) -> Option<Hit> {
        let lx = self.lx(i)?;
        if let Lex::Unit {
            unit: Grain::Year,
            count: Count::DualConstruct,
            ..
        } = lx
        {
            let (a, _) = self.bare_year(i + 1, true)?;
            let j = if self.word(i + 2) == Some("و") {
                i + 3
            } else {
                return None;
            };
            let (b, end) = self.bare_year(j, true)?;
            let start = if i > 0 && self.kw(i - 1, Kw::Between) {
                i - 1
            } else {
                i
            };
            return (a.0 < b.0 && a.1 == b.1)
                .then(|| year_interval(start, end, a, b))
                .flatten();
        }
        let (start, j) = match lx {
            Lex::Unit {
                unit: Grain::Year,
                count: Count::Singular,
                ..
            } => (i, i + 1),
            Lex::Kw(Kw::In | Kw::Since | Kw::During | Kw::Until | Kw::Before | Kw::After) => {
                (i + 1, i + 1)
            }
            _ => return None,
        };
        let explicit = start == i;
        let ((year, hijri), end) = self.bare_year(j, explicit)?;
        if !explicit && !hijri && self.counted_noun_follows(end) {
            return None;
        }
        let hit = year_point(start, end, year, hijri)?;
        Some(hit)
    }

    /// A year number with an optional هـ/م mark: ((year, `is_hijri`), end).
    pub(crate) fn bare_year(&self, i: usize, explicit: bool) -> Option<((i32, bool), usize)> {
        let (n, digits) = self.num(i)?;
        let n = n as i32;
        match self.lx(i + 1) {
            Some(Lex::Kw(Kw::HijriMark)) if (3..=4).contains(&digits) => Some(((n, true), i + 2)),
            Some(Lex::Kw(Kw::GregorianMark)) if digits == 4 => Some(((n, false), i + 2)),
            _ => {
                let range = if explicit { 1000..=2200 } else { 1900..=2100 };
                (digits == 4 && range.contains(&n)).then_some(((n, false), i + 1))
            }
        }
    }

    /// A noun right after a number makes it a count (2000 منزل), not a year.
    fn counted_noun_follows(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if self.lx(i).is_some() {
            return false;
        }
        w.ends_with('ا') && w.chars().count() >= 3 && !w.starts_with("ال")
    }
}

/// A year, Gregorian or Hijri, as a hit.
fn year_point(start: usize, end: usize, year: i32, hijri: bool) -> Option<Hit> {
    if hijri {
        let (a, b) = civil::hijri_year_range(year)?;
        let value = TimeValue::Interval(TimePoint::day(a), TimePoint::day(b));
        let mut hit = Hit::new(
            start,
            end,
            Some(value),
            Grain::Year,
            Kind::Date,
            Resolution::Stated,
        );
        hit.calendar = Calendar::Hijri;
        return Some(hit);
    }
    Some(Hit::new(
        start,
        end,
        Some(TimeValue::Point(TimePoint::year(year)?)),
        Grain::Year,
        Kind::Date,
        Resolution::Stated,
    ))
}

/// Two years as an interval (Gregorian only).
fn year_interval(start: usize, end: usize, a: (i32, bool), b: (i32, bool)) -> Option<Hit> {
    if a.1 || b.1 {
        return None;
    }
    let value = TimeValue::Interval(TimePoint::year(a.0)?, TimePoint::year(b.0)?);
    Some(Hit::new(
        start,
        end,
        Some(value),
        Grain::Year,
        Kind::Interval,
        Resolution::Stated,
    ))
}
