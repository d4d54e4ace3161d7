//! Ranges: `من 5 إلى 12 ماي`, `16 الى 20 ماي 2017`, `يوليو 13-15`, `من 1-8 أيلول`,
//! `بين 3 و5 مايو`, `من الأحد إلى الخميس`, `2017-2018`, `2019-20`, `من 2 إلى 6 من الشهر
//! المقبل`, `من الساعة الثامنة صباحا حتى الرابعة مساء` (years with عامي in `year_expr`).

use super::civil::{CivilDate, Weekday};
use super::clock::{Clock, ClockAt};
use super::lexicon::{Count, Kw, Lex, MonthCal};
use super::resolve;
use super::scan::{Abs, Ctx, Hit};
use super::value::{Grain, Kind, Resolution, TimePoint, TimeValue};

/// One end of a range before the two ends are combined.
#[derive(Clone, Debug)]
enum End {
    Day(u8),
    /// A month name alone (من مارس إلى مايو 2020): number and whether it is Hijri.
    Month(u8, bool),
    Date(Abs),
    Year(i32),
    Weekday(Weekday),
    Clock(Clock),
    /// A day of a month counted from the reference (12 من الشهر الجاري).
    Counted(Hit),
}

/// What joins the two ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Joint {
    Words,
    /// `-` or `/` between two numbers with no space (`13-15`, `2017-2018`).
    Tight,
    Spaced,
}

impl Ctx<'_> {
    fn range_end(&self, j: usize) -> Option<(End, usize)> {
        if self.kw(j, Kw::Hour) || self.kw(j, Kw::Tamam) || self.kw(j, Kw::Around) {
            let clock = self.clock(j, ClockAt::Alone)?;
            return Some((End::Clock(clock), clock.end));
        }
        // العاشرة صباحا، 5 مساء، 16:00: a time without الساعة.
        if (matches!(self.lx(j), Some(Lex::Ordinal(_))) || self.num(j).is_some())
            && let Some(clock) = self.clock(j, ClockAt::Alone)
        {
            return Some((End::Clock(clock), clock.end));
        }
        if let Some(a) = self.absolute(j) {
            return Some((End::Date(a), a.end));
        }
        if let Some(hit) = self.day_of_relative_month(j) {
            let end = hit.end;
            return Some((End::Counted(hit), end));
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

    /// Any range starting at `i`.
    pub(crate) fn interval(&self, i: usize) -> Option<Hit> {
        self.month_day_range(i)
            .or_else(|| self.two_months(i))
            .or_else(|| self.two_ended(i))
    }

    /// `شهري يناير وفبراير`, `بين شهري مارس ومايو 2020`: two months named with شهري.
    fn two_months(&self, i: usize) -> Option<Hit> {
        let j = if self.kw(i, Kw::Between) { i + 1 } else { i };
        if !matches!(
            self.lx(j),
            Some(Lex::Unit {
                unit: Grain::Month,
                count: Count::DualConstruct,
                ..
            })
        ) {
            return None;
        }
        let (m1, hijri, _, after_first) = self.month_at(j + 1)?;
        let second = if self.word(after_first) == Some("و") {
            after_first + 1
        } else {
            after_first
        };
        let (m2, hijri2, _, mut end) = self.month_at(second)?;
        if hijri != hijri2 || second == after_first && self.clitic(second) == 0 {
            return None;
        }
        let mut year = None;
        if let Some(((y, year_hijri), after)) = self.bare_year(end, true)
            && year_hijri == hijri
        {
            year = Some(y);
            end = after;
        }
        let last = Abs {
            start: second,
            end,
            month: Some(m2),
            year,
            hijri,
            ..Abs::default()
        };
        let first = Abs {
            start: j + 1,
            month: Some(m1),
            year: year.map(|y| if m1 > m2 { y - 1 } else { y }),
            ..last
        };
        self.join(i, end, first, last)
    }

    /// `يوليو 13-15`, `يوليو 13-15، 2023`: a month, then a range of its days.
    fn month_day_range(&self, i: usize) -> Option<Hit> {
        let Some(Lex::Month { n, cal, .. }) = self.lx(i) else {
            return None;
        };
        let j = self.after(i);
        let day = |k: usize| {
            self.num(k)
                .filter(|&(d, digits)| digits <= 2 && (1..=31).contains(&d))
                .map(|(d, _)| d as u8)
        };
        let (d1, d2) = (day(j)?, day(j + 2)?);
        if self.punct(j + 1) != Some('-') || !self.tight(j, j + 2) || d1 >= d2 {
            return None;
        }
        let hijri = cal == MonthCal::Hijri;
        let mut b = Abs {
            start: i,
            end: j + 3,
            day: Some(d2),
            month: Some(n),
            hijri,
            ..Abs::default()
        };
        let comma = matches!(self.punct(b.end), Some('،' | ','));
        let year_at = if comma { b.end + 1 } else { b.end };
        if let Some(((y, year_hijri), after)) = self.bare_year(year_at, true)
            && year_hijri == hijri
        {
            b.year = Some(y);
            b.end = after;
        }
        let a = Abs { day: Some(d1), ..b };
        self.join(i, b.end, a, b)
    }

    /// The two ends and what joins them: `من 5 إلى 12 ماي`, `بين 5 و10 مارس`, `13-15 يوليو`.
    fn two_ended(&self, i: usize) -> Option<Hit> {
        let (opener, between) = match self.lx(i) {
            Some(Lex::Kw(Kw::From)) => (true, false),
            Some(Lex::Kw(Kw::Between)) => (true, true),
            _ => (false, false),
        };
        let j = if opener { i + 1 } else { i };
        let (left, left_end) = self.range_end(j)?;
        let mut r = left_end;
        let joint = match (self.lx(r), self.punct(r)) {
            (Some(Lex::Kw(Kw::To)), _) => {
                r += 1;
                if self.kw(r, Kw::Until) {
                    r += 1;
                }
                Joint::Words
            }
            (Some(Lex::Kw(Kw::Until)), _) => {
                r += 1;
                Joint::Words
            }
            (_, Some('-' | '/')) => {
                r += 1;
                if self.tight(r - 2, r) {
                    Joint::Tight
                } else {
                    Joint::Spaced
                }
            }
            // `بين 5 و10 مارس`, and `يومي 12 و13 ديسمبر` (a day, then a full date).
            (Some(Lex::Kw(Kw::And)), _) if between || matches!(left, End::Day(_)) => {
                r += 1;
                Joint::Words
            }
            _ => return None,
        };
        if self.punct(r - 1) == Some('/') && !matches!(left, End::Year(_)) {
            return None;
        }
        if let End::Year(a) = left
            && let Some(hit) = self.year_range(i, opener, a, r, joint)
        {
            return Some(hit);
        }
        let (right, end) = self.range_end(r)?;
        self.combine(i, (j, left_end), opener, (left, right), end)
    }

    /// Joins the two ends of a range (the left one spanning `left`) into one hit.
    fn combine(
        &self,
        start: usize,
        left: (usize, usize),
        opener: bool,
        ends: (End, End),
        end: usize,
    ) -> Option<Hit> {
        let (left_start, left_end) = left;
        match ends {
            (End::Day(day), End::Date(last)) if last.day.is_some_and(|d| day < d) => {
                let first = Abs {
                    start: left_start,
                    end: left_end,
                    day: Some(day),
                    time: None,
                    weekday: None,
                    ..last
                };
                self.join(start, end, first, last)
            }
            (End::Day(day), End::Counted(last)) => {
                let Some(TimeValue::Point(point)) = last.value else {
                    return Some(Hit { start, ..last });
                };
                let first = CivilDate::new(point.date.year, point.date.month, day)?;
                (first < point.date).then(|| {
                    let value = TimeValue::Interval(TimePoint::day(first), point);
                    Hit::new(
                        start,
                        end,
                        Some(value),
                        Grain::Day,
                        Kind::Interval,
                        last.resolution,
                    )
                })
            }
            (End::Date(first), End::Date(last)) if opener || first.day.is_some() => {
                let first =
                    if first.year.is_none() && first.month.is_some() && first.hijri == last.hijri {
                        let year = last
                            .year
                            .map(|y| if first.month > last.month { y - 1 } else { y });
                        Abs {
                            year,
                            dir: first.dir.or(last.dir),
                            ..first
                        }
                    } else {
                        first
                    };
                self.join(start, end, first, last)
            }
            (End::Month(month, hijri), End::Date(last))
                if opener && last.day.is_none() && last.hijri == hijri =>
            {
                let year = last
                    .year
                    .map(|y| if Some(month) > last.month { y - 1 } else { y });
                let first = Abs {
                    start: left_start,
                    end: left_end,
                    month: Some(month),
                    year,
                    time: None,
                    weekday: None,
                    ..last
                };
                self.join(start, end, first, last)
            }
            (End::Weekday(from), End::Weekday(to)) if opener => {
                let value = self.ref_date().map(|r| {
                    let first = resolve::place_weekday(r, from, None, self.direction(start));
                    let gap = (to.index() - from.index()).rem_euclid(7);
                    TimeValue::Interval(TimePoint::day(first), TimePoint::day(first.add_days(gap)))
                });
                Some(Hit::new(
                    start,
                    end,
                    value,
                    Grain::Day,
                    Kind::Interval,
                    Resolution::FromWeekday,
                ))
            }
            (End::Clock(from), End::Clock(to)) if opener => {
                Some(self.clock_range(start, end, shared_part(from, to), to))
            }
            // من 3 إلى 5 مساء: the hour on the left takes the part of the day on the right.
            (End::Day(hour), End::Clock(to)) if opener && hour <= 12 && to.part.is_some() => {
                let from = Clock {
                    time: super::value::ClockTime { hour, minute: 0 },
                    grain: super::value::Grain::Hour,
                    end: left_end,
                    part: None,
                    zone: to.zone,
                    midnight: None,
                };
                Some(self.clock_range(start, end, shared_part(from, to), to))
            }
            _ => None,
        }
    }

    /// `من 2014 إلى 2017`, `2017-2018`, `2019-20`, `2023/2024`: a range of years.
    fn year_range(&self, i: usize, opener: bool, a: i32, r: usize, joint: Joint) -> Option<Hit> {
        let r = if matches!(
            self.lx(r),
            Some(Lex::Unit {
                unit: Grain::Year,
                count: Count::Singular,
                ..
            })
        ) {
            r + 1
        } else {
            r
        };
        let (b, end) = if let Some(((b, false), end)) = self.bare_year(r, true) {
            (b, end)
        } else if joint == Joint::Tight
            && let Some((short, 2)) = self.num(r)
        {
            let century = a - a % 100;
            let b = century + short as i32;
            (if b <= a { b + 100 } else { b }, r + 1)
        } else {
            return None;
        };
        // Written without من, only a tight pair of close years is a range (not 1500-2000).
        let plain_ok = joint == Joint::Tight && b - a <= 30;
        let glued_on =
            self.punct(end).is_some_and(|c| matches!(c, '-' | '/')) && self.tight(end - 1, end + 1);
        if a >= b || !(opener || plain_ok) || glued_on {
            return None;
        }
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

    /// `من الساعة الثامنة صباحا حتى الساعة الرابعة مساء (يوم الجمعة)`: two times of one day.
    fn clock_range(&self, start: usize, end: usize, from: Clock, to: Clock) -> Hit {
        let (day, end) = match self.day_at(end) {
            Some(hit) => match hit.value {
                Some(TimeValue::Point(point)) => (Some(point.date), hit.end),
                _ => (None, hit.end),
            },
            None => (self.ref_date(), end),
        };
        let value = day.map(|day| TimeValue::Interval(from.on(day), to.on(day)));
        Hit::new(
            start,
            end,
            value,
            from.grain.max(to.grain),
            Kind::Interval,
            Resolution::Relative,
        )
    }

    pub(crate) fn join(&self, start: usize, end: usize, a: Abs, b: Abs) -> Option<Hit> {
        // Both ends are read in the direction of the range's start.
        let ha = self.resolve_abs(Abs { start, ..a })?;
        let hb = self.resolve_abs(Abs { start, ..b })?;
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
                let pa = first_point(va)?;
                let pb = last_point(vb)?;
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
}

/// The left time of a range with the right one's part of the day when it has none
/// (من الثامنة حتى العاشرة صباحا), kept on the same half of the day as the right.
fn shared_part(from: Clock, to: Clock) -> Clock {
    let (Some(part), None) = (to.part, from.part) else {
        return from;
    };
    let hour = i32::from(from.time.hour);
    let settled = super::clock::settle_hour(hour, Some(part), super::clock::part_is_pm(part, hour));
    // 11 إلى 2 ظهرا: the morning hour stays in the morning.
    let settled = if settled > i32::from(to.time.hour) {
        hour
    } else {
        settled
    };
    Clock {
        time: super::value::ClockTime {
            hour: settled as u8,
            ..from.time
        },
        part: Some(part),
        ..from
    }
}

fn first_point(v: TimeValue) -> Option<TimePoint> {
    match v {
        TimeValue::Point(p) | TimeValue::Interval(p, _) => Some(p),
        TimeValue::Duration { .. } => None,
    }
}

fn last_point(v: TimeValue) -> Option<TimePoint> {
    match v {
        TimeValue::Point(p) | TimeValue::Interval(_, p) => Some(p),
        TimeValue::Duration { .. } => None,
    }
}
