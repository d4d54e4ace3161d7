//! Stretches of time: ranges (من 5 إلى 12 ماي، بين 2014 و2017), seasons
//! (صيف 2020، الشتاء المقبل) and parts of months and years (أواخر مايو، مطلع العام).

use super::civil::{CivilDate, Weekday};
use super::lexicon::{Count, Dir, Kw, Lex, MonthCal, Season, Third};
use super::resolve;
use super::scan::{Abs, Ctx, Hit};
use super::value::{Calendar, Grain, Kind, Resolution, TimePoint, TimeValue};

/// One end of a range before the two ends are combined.
#[derive(Clone, Copy, Debug)]
enum End {
    Day(u8),
    /// A month name alone (من مارس إلى مايو 2020): number and whether it is Hijri.
    Month(u8, bool),
    Date(Abs),
    Year(i32),
    Weekday(Weekday),
}

impl Ctx<'_> {
    fn range_end(&self, j: usize) -> Option<(End, usize)> {
        if let Some(a) = self.absolute(j) {
            return Some((End::Date(a), a.end));
        }
        let j2 = if matches!(
            self.lx(j),
            Some(Lex::Unit {
                unit: Grain::Day,
                count: Count::Singular,
                definite: false
            })
        ) {
            j + 1
        } else {
            j
        };
        if let Some((d, digits)) = self.num(j2)
            && digits <= 2
            && (1..=31).contains(&d)
        {
            return Some((End::Day(d as u8), j2 + 1));
        }
        let j3 = if matches!(
            self.lx(j),
            Some(Lex::Unit {
                unit: Grain::Year,
                count: Count::Singular,
                ..
            })
        ) {
            j + 1
        } else {
            j
        };
        if let Some(((y, false), end)) = self.bare_year(j3, j3 > j) {
            return Some((End::Year(y), end));
        }
        if let Some(Lex::Month { n, cal, .. }) = self.lx(j) {
            return Some((End::Month(n, cal == MonthCal::Hijri), self.after(j)));
        }
        if let Some(Lex::Weekday(w)) = self.lx(j2) {
            return Some((End::Weekday(w), j2 + 1));
        }
        None
    }

    /// `من 5 إلى 12 ماي`, `16 الى 20 ماي 2017`, `بين عامي…` (years in `year_expr`), `من الاثنين إلى الجمعة`.
    #[allow(clippy::many_single_char_names)]
    pub(crate) fn interval(&self, i: usize) -> Option<Hit> {
        let (opener, between) = match self.lx(i) {
            Some(Lex::Kw(Kw::From)) => (true, false),
            Some(Lex::Kw(Kw::Between)) => (true, true),
            _ => (false, false),
        };
        let j = if opener { i + 1 } else { i };
        let (left, left_end) = self.range_end(j)?;
        let mut r = left_end;
        match (self.lx(r), self.punct(r)) {
            (Some(Lex::Kw(Kw::To)), _) => {
                r += 1;
                if self.kw(r, Kw::Until) {
                    r += 1;
                }
            }
            (Some(Lex::Kw(Kw::Until)), _) | (_, Some('-')) => r += 1,
            // `بين 5 و10 مارس`, and `يومي 12 و13 ديسمبر` (a day, then a full date).
            (Some(Lex::Kw(Kw::And)), _) if between || matches!(left, End::Day(_)) => r += 1,
            _ => return None,
        }
        let (right, end) = self.range_end(r)?;
        let hit = match (left, right) {
            (End::Day(d), End::Date(b)) if b.day.is_some_and(|bd| d < bd) => {
                let a = Abs {
                    start: j,
                    end: left_end,
                    day: Some(d),
                    time: None,
                    weekday: None,
                    ..b
                };
                self.join(i, end, a, b)
            }
            (End::Date(a), End::Date(b)) if opener || a.day.is_some() => {
                let a = if a.year.is_none() && a.month.is_some() && a.hijri == b.hijri {
                    let year = b.year.map(|y| if a.month > b.month { y - 1 } else { y });
                    Abs {
                        year,
                        dir: a.dir.or(b.dir),
                        ..a
                    }
                } else {
                    a
                };
                self.join(i, end, a, b)
            }
            (End::Month(m, hijri), End::Date(b))
                if opener && b.day.is_none() && b.hijri == hijri =>
            {
                let year = b.year.map(|y| if Some(m) > b.month { y - 1 } else { y });
                let a = Abs {
                    start: j,
                    end: left_end,
                    month: Some(m),
                    year,
                    time: None,
                    weekday: None,
                    ..b
                };
                self.join(i, end, a, b)
            }
            (End::Year(a), End::Year(b)) if opener && a < b => {
                let value = TimeValue::Interval(TimePoint::year(a)?, TimePoint::year(b)?);
                Some(Hit::new(
                    i,
                    end,
                    Some(value),
                    Grain::Year,
                    Kind::Interval,
                    Resolution::Stated,
                ))
            }
            (End::Weekday(a), End::Weekday(b)) if opener => {
                let value = self.ref_date().map(|r| {
                    let fwd = self.forward(i);
                    let start = resolve::place_weekday(r, a, None, fwd);
                    let gap = (b.index() - a.index()).rem_euclid(7);
                    TimeValue::Interval(TimePoint::day(start), TimePoint::day(start.add_days(gap)))
                });
                Some(Hit::new(
                    i,
                    end,
                    value,
                    Grain::Day,
                    Kind::Interval,
                    Resolution::FromWeekday,
                ))
            }
            _ => None,
        }?;
        Some(hit)
    }

    fn join(&self, start: usize, end: usize, a: Abs, b: Abs) -> Option<Hit> {
        let ha = self.resolve_abs(a)?;
        let hb = self.resolve_abs(b)?;
        let resolution = if ha.resolution == Resolution::Stated {
            hb.resolution
        } else {
            ha.resolution
        };
        let grain = ha.grain.max(hb.grain);
        let value = match (ha.value, hb.value) {
            (Some(va), Some(vb)) => {
                let (Some((a0, _)), Some((_, b1))) = (va.bounds(), vb.bounds()) else {
                    return None;
                };
                let pa = first_point(va);
                let pb = last_point(vb);
                // A range written without years may straddle new year (28 ديسمبر إلى 3 يناير).
                let pa = if a0 > b1 && ha.resolution == Resolution::InferredYear {
                    TimePoint {
                        date: CivilDate {
                            year: pa.date.year - 1,
                            ..pa.date
                        },
                        ..pa
                    }
                } else {
                    pa
                };
                if pa.first_day() > pb.last_day() {
                    return None;
                }
                Some(TimeValue::Interval(pa, pb))
            }
            _ => None,
        };
        let mut hit = Hit::new(start, end, value, grain, Kind::Interval, resolution);
        hit.calendar = hb.calendar;
        Some(hit)
    }

    /// `الأسبوع الأول من يناير`, `الأسبوع الأخير من شهر رمضان`: a week of a named month.
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
        let week = match (self.lx(i + 1), self.word(i + 1)) {
            (Some(Lex::Ordinal(n)), _) if (1..=4).contains(&n) => Some(n),
            (_, Some("الاخير")) => None,
            _ => return None,
        };
        let mut j = i + 2;
        if !self.kw(j, Kw::From) {
            return None;
        }
        j += 1;
        let abs = self.worded_date(j, j).filter(|a| a.day.is_none())?;
        let month = self.resolve_abs(Abs { start: i, ..abs })?;
        let value = month.value.and_then(|v| {
            let (first, last) = v.bounds()?;
            let (a, b) = match week {
                Some(n) => {
                    let a = first.add_days(i64::from(n - 1) * 7);
                    (a, a.add_days(6).min(last))
                }
                None => (last.add_days(-6).max(first), last),
            };
            Some(TimeValue::Interval(TimePoint::day(a), TimePoint::day(b)))
        });
        let mut hit = Hit::new(
            i,
            abs.end,
            value,
            Grain::Week,
            Kind::Interval,
            month.resolution,
        );
        hit.calendar = month.calendar;
        Some(hit)
    }

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
        let Some(Lex::Third(third)) = self.lx(i) else {
            return None;
        };
        let j = i + 1;
        if let Some(abs) = self.worded_date(j, j).filter(|a| a.day.is_none()) {
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
            unit: unit @ (Grain::Month | Grain::Year),
            count: Count::Singular,
            definite: true,
        }) = self.lx(j)
        else {
            return None;
        };
        let (offset, end) = match self.lx(j + 1) {
            Some(Lex::Mod(Dir::Past)) => (-1, j + 2),
            Some(Lex::Mod(Dir::Next)) => (1, j + 2),
            Some(Lex::Mod(Dir::Current)) => (0, j + 2),
            _ => (0, j + 1),
        };
        let value = self
            .ref_date()
            .and_then(|r| resolve::shifted_unit(r, unit, offset))
            .and_then(|v| match unit {
                Grain::Month => month_third(v, third),
                _ => year_third(v, third),
            });
        let grain = if unit == Grain::Month {
            Grain::Day
        } else {
            Grain::Month
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

fn first_point(v: TimeValue) -> TimePoint {
    match v {
        TimeValue::Point(p) | TimeValue::Interval(p, _) => p,
        TimeValue::Duration { .. } => TimePoint::day(CivilDate {
            year: 1970,
            month: 1,
            day: 1,
        }),
    }
}

fn last_point(v: TimeValue) -> TimePoint {
    match v {
        TimeValue::Point(p) | TimeValue::Interval(_, p) => p,
        TimeValue::Duration { .. } => TimePoint::day(CivilDate {
            year: 1970,
            month: 1,
            day: 1,
        }),
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
