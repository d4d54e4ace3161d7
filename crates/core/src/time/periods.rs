//! Seasons (صيف 2020، الشتاء المقبل) and parts of months, years and decades
//! (أواخر مايو، مطلع العام، أواخر الثمانينيات).

use super::lexicon::{Count, Dir, Kw, Lex, Season, Third};
use super::resolve;
use super::scan::{Abs, Ctx, Hit};
use super::value::{Calendar, Grain, Kind, Resolution, TimePoint, TimeValue};

impl Ctx<'_> {
    /// `صيف 2020`, `الشتاء المقبل`, `فصل الربيع الماضي`.
    pub(crate) fn season(&self, i: usize) -> Option<Hit> {
        let j = if self.word(i) == Some("فصل") {
            i + 1
        } else {
            i
        };
        let Some(Lex::Season(season)) = self.lx(j) else {
            return None;
        };
        if let Some(((year, false), end)) = self.bare_year(j + 1, true) {
            let (a, b) = season_months(season, year)?;
            return Some(Hit::new(
                i,
                end,
                Some(TimeValue::Interval(a, b)),
                Grain::Month,
                Kind::Interval,
                Resolution::Stated,
            ));
        }
        // صيف العام الماضي، شتاء هذا العام، ربيع عام 2019
        if let Some(year) = self
            .period_at(j + 1)
            .filter(|h| h.grain == Grain::Year && h.calendar == Calendar::Gregorian)
        {
            let value = year.value.and_then(|v| {
                let (first, _) = v.bounds()?;
                let (a, b) = season_months(season, first.year)?;
                Some(TimeValue::Interval(a, b))
            });
            return Some(Hit::new(
                i,
                year.end,
                value,
                Grain::Month,
                Kind::Interval,
                year.resolution,
            ));
        }
        let Some(Lex::Mod(dir)) = self.lx(j + 1) else {
            return None;
        };
        let value = self.ref_date().and_then(|r| {
            let months = |p: &TimePoint| i64::from(p.date.year) * 12 + i64::from(p.date.month);
            let now = i64::from(r.year) * 12 + i64::from(r.month);
            let all: Vec<(TimePoint, TimePoint)> = (r.year - 1..=r.year + 2)
                .filter_map(|y| season_months(season, y))
                .collect();
            let pick = match dir {
                Dir::Past => all
                    .iter()
                    .filter(|(_, b)| months(b) < now)
                    .max_by_key(|(a, _)| months(a)),
                Dir::Next => all
                    .iter()
                    .filter(|(a, _)| months(a) > now)
                    .min_by_key(|(a, _)| months(a)),
                Dir::Current => all
                    .iter()
                    .find(|(a, b)| months(a) <= now && now <= months(b))
                    .or_else(|| {
                        all.iter()
                            .filter(|(a, _)| months(a) > now)
                            .min_by_key(|(a, _)| months(a))
                    }),
            }?;
            Some(TimeValue::Interval(pick.0, pick.1))
        });
        Some(Hit::new(
            i,
            j + 2,
            value,
            Grain::Month,
            Kind::Interval,
            Resolution::Relative,
        ))
    }

    /// `أواخر مايو 2021`, `منتصف الشهر الجاري`, `مطلع العام`, `أوائل 2020`.
    pub(crate) fn third(&self, i: usize) -> Option<Hit> {
        let third = match self.lx(i) {
            Some(Lex::Third(third)) => third,
            // أول الشهر is its beginning (أول أمس and أول مارس are not).
            Some(Lex::Kw(Kw::First))
                if matches!(
                    self.lx(i + 1),
                    Some(Lex::Unit {
                        unit: Grain::Month | Grain::Year,
                        count: Count::Singular,
                        definite: true,
                    })
                ) =>
            {
                Third::Early
            }
            _ => return None,
        };
        let j = i + 1;
        if let Some(hit) = self.third_of_decade_or_century(i, third) {
            return Some(hit);
        }
        if let Some(abs) = self.month_named(j) {
            let inner = self.resolve_abs(Abs { start: i, ..abs })?;
            let value = inner.value.and_then(|v| month_third(v, third));
            let mut hit = Hit::new(
                i,
                abs.end,
                value,
                Grain::Day,
                Kind::Interval,
                inner.resolution,
            );
            hit.calendar = inner.calendar;
            return Some(hit);
        }
        let year = self
            .year_expr(j)
            .filter(|h| h.calendar == Calendar::Gregorian && h.kind == Kind::Date)
            .or_else(|| {
                let ((y, false), end) = self.bare_year(j, false)? else {
                    return None;
                };
                let value = TimePoint::year(y).map(TimeValue::Point);
                Some(Hit::new(
                    j,
                    end,
                    value,
                    Grain::Year,
                    Kind::Date,
                    Resolution::Stated,
                ))
            });
        if let Some(year) = year {
            let value = year.value.and_then(|v| year_third(v, third));
            return Some(Hit::new(
                i,
                year.end,
                value,
                Grain::Month,
                Kind::Interval,
                Resolution::Stated,
            ));
        }
        let Some(Lex::Unit {
            unit: unit @ (Grain::Week | Grain::Month | Grain::Year),
            count: Count::Singular,
            definite: true,
        }) = self.lx(j)
        else {
            return None;
        };
        let (offset, end) = match self.lx(j + 1) {
            Some(Lex::Mod(Dir::Past)) => (-1, self.after(j + 1)),
            Some(Lex::Mod(Dir::Next)) => (1, self.after(j + 1)),
            Some(Lex::Mod(Dir::Current)) => (0, self.after(j + 1)),
            _ => (0, j + 1),
        };
        let value = self
            .ref_date()
            .and_then(|r| resolve::shifted_unit(r, unit, offset))
            .and_then(|v| match unit {
                Grain::Week => week_third(v, third),
                Grain::Month => month_third(v, third),
                _ => year_third(v, third),
            });
        let grain = if unit == Grain::Year {
            Grain::Month
        } else {
            Grain::Day
        };
        Some(Hit::new(
            i,
            end,
            value,
            grain,
            Kind::Interval,
            Resolution::Relative,
        ))
    }
}

impl Ctx<'_> {
    /// `أواخر الثمانينيات`, `مطلع القرن العشرين`: a third of a decade or century, in years.
    fn third_of_decade_or_century(&self, i: usize, third: Third) -> Option<Hit> {
        let (first, last, end, resolution) = if let Some((y, end, res)) = self.decade_years(i + 1) {
            let (a, b) = match third {
                Third::Early => (0, 3),
                Third::Mid => (4, 6),
                Third::Late => (7, 9),
            };
            (y + a, y + b, end, res)
        } else {
            let (y, end, res) = self.century_years(i + 1)?;
            let (a, b) = match third {
                Third::Early => (0, 32),
                Third::Mid => (33, 65),
                Third::Late => (66, 99),
            };
            (y + a, y + b, end, res)
        };
        let value = TimeValue::Interval(TimePoint::year(first)?, TimePoint::year(last)?);
        Some(Hit::new(
            i,
            end,
            Some(value),
            Grain::Year,
            Kind::Interval,
            resolution,
        ))
    }
}

/// First and last month of a season; winter Y runs from December Y-1 to February Y.
fn season_months(season: Season, year: i32) -> Option<(TimePoint, TimePoint)> {
    let (y0, m0, m1) = match season {
        Season::Spring => (year, 3, 5),
        Season::Summer => (year, 6, 8),
        Season::Autumn => (year, 9, 11),
        Season::Winter => (year - 1, 12, 2),
    };
    Some((TimePoint::month(y0, m0)?, TimePoint::month(year, m1)?))
}

/// Days 1–10, 11–20 or 21–end of the month (or Hijri month interval) `v` covers.
fn month_third(v: TimeValue, third: Third) -> Option<TimeValue> {
    let (first, last) = v.bounds()?;
    let len = last.to_days() - first.to_days();
    let (a, b) = match third {
        Third::Early => (0, 9),
        Third::Mid => (10, 19),
        Third::Late => (20, len),
    };
    Some(TimeValue::Interval(
        TimePoint::day(first.add_days(a)),
        TimePoint::day(first.add_days(b.min(len))),
    ))
}

/// Monday–Tuesday, Wednesday–Thursday or Friday–Sunday of a week (نهاية الأسبوع).
fn week_third(v: TimeValue, third: Third) -> Option<TimeValue> {
    let (monday, _) = v.bounds()?;
    let (a, b) = match third {
        Third::Early => (0, 1),
        Third::Mid => (2, 3),
        Third::Late => (4, 6),
    };
    Some(TimeValue::Interval(
        TimePoint::day(monday.add_days(a)),
        TimePoint::day(monday.add_days(b)),
    ))
}

/// January–April, May–August or September–December of a year.
fn year_third(v: TimeValue, third: Third) -> Option<TimeValue> {
    let (first, _) = v.bounds()?;
    let (m0, m1) = match third {
        Third::Early => (1, 4),
        Third::Mid => (5, 8),
        Third::Late => (9, 12),
    };
    Some(TimeValue::Interval(
        TimePoint::month(first.year, m0)?,
        TimePoint::month(first.year, m1)?,
    ))
}
