//! Counted and shifted expressions: الشهر الماضي، هذا العام، الأسابيع المقبلة، قبل
//! ثلاثة أيام، خلال 48 ساعة; amounts in digits and words; durations and sets (كل جمعة).

use super::lexicon::{Count, Dir, Kw, Lex};
use super::resolve;
use super::scan::{Ctx, Hit};
use super::value::{Grain, Kind, Resolution, TimePoint, TimeValue};
use super::vocab::SINGLE;

/// Weekday names without ال, as after كل (كل جمعة).
const BARE_WEEKDAYS: &[&str] = &["احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"];
/// Demonstratives written after a unit (السنة دي، الشهر ده، العام هذا).
const THIS_AFTER: &[&str] = &[
    "ده", "دي", "دا", "هذا", "هذه", "هذي", "هاذا", "هاذي", "هادا", "هادي",
];

impl Ctx<'_> {
    /// `الشهر الماضي`, `هذا العام`, `الأسابيع (القليلة) المقبلة`.
    pub(crate) fn unit_shift(&self, i: usize) -> Option<Hit> {
        if let Some(Lex::ThisUnit(unit)) = self.lx(i) {
            let value = self
                .ref_date()
                .and_then(|r| resolve::shifted_unit(r, unit, 0));
            return Some(Hit::new(
                i,
                i + 1,
                value,
                unit,
                Kind::Date,
                Resolution::Relative,
            ));
        }
        let this = self.kw(i, Kw::This);
        let j = if this { i + 1 } else { i };
        let Some(Lex::Unit {
            unit,
            count,
            definite: true,
        }) = self.lx(j)
        else {
            return None;
        };
        if this {
            let value = self
                .ref_date()
                .and_then(|r| resolve::shifted_unit(r, unit, 0));
            return (count == Count::Singular)
                .then(|| Hit::new(i, j + 1, value, unit, Kind::Date, Resolution::Relative));
        }
        let mut k = j + 1;
        if count == Count::Singular && self.word(k).is_some_and(|w| THIS_AFTER.contains(&w)) {
            let value = self
                .ref_date()
                .and_then(|r| resolve::shifted_unit(r, unit, 0));
            return Some(Hit::new(
                i,
                k + 1,
                value,
                unit,
                Kind::Date,
                Resolution::Relative,
            ));
        }
        if self.word(k) == Some("القليله") {
            k += 1;
        }
        // `الساعات الـ24 الماضية`, `الأيام الـ10 المقبلة`: a stated count.
        let mut stated: Option<i64> = None;
        if count == Count::Plural
            && self.word(k) == Some("ال")
            && self.tight(k, k + 1)
            && let Some((n, digits)) = self.num(k + 1)
            && digits <= 3
            && n > 0
        {
            stated = Some(i64::from(n));
            k += 2;
        } else if count == Count::Plural
            && let Some(Lex::NumWord(n)) = self
                .word(k)
                .and_then(|w| w.strip_prefix("ال"))
                .and_then(|w| SINGLE.get(w).copied())
        {
            // `الأشهر الستة الماضية`
            stated = Some(i64::from(n));
            k += 1;
        }
        // الأسبوع قبل الماضي، العام بعد المقبل: two units away.
        let two_away = count == Count::Singular
            && matches!(
                (self.lx(k), self.lx(k + 1)),
                (Some(Lex::Kw(Kw::Before)), Some(Lex::Mod(Dir::Past)))
                    | (Some(Lex::Kw(Kw::After)), Some(Lex::Mod(Dir::Next)))
            );
        if two_away {
            k += 1;
        }
        if count == Count::Dual {
            stated = Some(2);
        }
        // السنوات الأخيرة are the recent years.
        let dir = match self.lx(k) {
            Some(Lex::Mod(dir)) => dir,
            _ if count == Count::Plural && self.word(k) == Some("الاخيره") => Dir::Past,
            _ => return None,
        };
        let offset = match dir {
            Dir::Past => -1,
            Dir::Next => 1,
            Dir::Current => 0,
        } * if two_away { 2 } else { 1 };
        if count == Count::Singular {
            let value = self
                .ref_date()
                .and_then(|r| resolve::shifted_unit(r, unit, offset));
            return Some(Hit::new(
                i,
                self.after(k),
                value,
                unit,
                Kind::Date,
                Resolution::Relative,
            ));
        }
        if !matches!(count, Count::Plural | Count::Dual) || dir == Dir::Current {
            return None;
        }
        // "the coming weeks": a few (three) units from the reference, unless counted.
        let amount = match (stated, unit) {
            (Some(n), Grain::Hour) => (n + 23) / 24,
            (Some(n), Grain::Minute) => (n + 1439) / 1440,
            (Some(n), _) => n,
            (None, _) => 3,
        };
        let shift_unit = if matches!(unit, Grain::Hour | Grain::Minute) {
            Grain::Day
        } else {
            unit
        };
        let value = self.ref_date().and_then(|r| {
            let here = TimePoint::day(r);
            let there = resolve::shifted_point(r, shift_unit, offset * amount)?;
            let there = TimePoint::day(if dir == Dir::Past {
                there.first_day()
            } else {
                there.last_day()
            });
            Some(if dir == Dir::Past {
                TimeValue::Interval(there, here)
            } else {
                TimeValue::Interval(here, there)
            })
        });
        Some(Hit::new(
            i,
            self.after(k),
            value,
            unit_grain(unit),
            Kind::Interval,
            Resolution::Relative,
        ))
    }

    /// A count of units at `i`: `3 أيام`, `ثلاثة أشهر`, `أسبوعين`, `عام` (one): (amount, unit, end).
    pub(crate) fn amount(&self, i: usize, singular_ok: bool) -> Option<(u32, Grain, usize)> {
        let i = if self.kw(i, Kw::Around) { i + 1 } else { i };
        let unit_at = |k: usize| match self.lx(k) {
            Some(Lex::Unit {
                unit,
                count: Count::Plural | Count::Accusative | Count::Singular,
                definite: false,
            }) => Some(unit),
            _ => None,
        };
        if let Some((n, digits)) = self.num(i) {
            if digits > 4 || n == 0 {
                return None;
            }
            return unit_at(i + 1).map(|u| (n, u, i + 2));
        }
        match self.lx(i)? {
            // خمسة عشر يوما، ثلاثة وعشرين عاما
            Lex::NumWord(n) if n < 10 && self.lx(i + 1) == Some(Lex::NumWord(10)) => {
                unit_at(i + 2).map(|u| (n + 10, u, i + 3))
            }
            Lex::NumWord(n) if n < 10 && self.tens_word(i + 1).is_some() => {
                let tens = self.tens_word(i + 1)?;
                unit_at(i + 2).map(|u| (n + tens, u, i + 3))
            }
            Lex::NumWord(n) => unit_at(i + 1).map(|u| (n, u, i + 2)),
            Lex::Unit {
                unit,
                count: Count::Dual,
                definite: false,
            } => Some((2, unit, i + 1)),
            Lex::Unit {
                unit,
                count: Count::Singular,
                definite: false,
            } if singular_ok
                && self.num(i + 1).is_none()
                && !matches!(self.lx(i + 1), Some(Lex::Weekday(_) | Lex::Month { .. })) =>
            {
                // "منذ سنة 2011" names a year; only "منذ سنة" alone counts one.
                let end = if self.lx(i + 1) == Some(Lex::NumWord(1)) {
                    i + 2
                } else {
                    i + 1
                };
                Some((1, unit, end))
            }
            _ => None,
        }
    }

    /// `وعشرين`, `وثلاثين`…: tens joined by و after units.
    pub(crate) fn tens_word(&self, j: usize) -> Option<u32> {
        let tens = self.word(j)?.strip_prefix('و')?;
        match SINGLE.get(tens)? {
            Lex::NumWord(t) if (20..100).contains(t) && t % 10 == 0 => Some(*t),
            _ => None,
        }
    }

    /// `قبل ثلاثة أيام`, `منذ أسبوعين`, `بعد شهرين`.
    pub(super) fn counted_shift(&self, i: usize) -> Option<Hit> {
        let sign = match self.lx(i)? {
            Lex::Kw(Kw::Before | Kw::Since) => -1,
            Lex::Kw(Kw::After) => 1,
            _ => return None,
        };
        let (n, unit, mut end) = self.amount(i + 1, true)?;
        // بعد أسبوع من اليوم، قبل ساعتين من الآن count from the reference after all.
        let from_now = self.kw(end, Kw::From)
            && matches!(self.lx(end + 1), Some(Lex::Kw(Kw::Today | Kw::Now)));
        if from_now {
            end += 2;
        }
        let anchored_elsewhere = !from_now
            && (self.kw(end, Kw::From)
                || (self.kw(end, Kw::Over)
                    && !self
                        .word(end + 1)
                        .is_some_and(|w| w.starts_with("الاك") || w.starts_with("الاق"))));
        if sign > 0 && anchored_elsewhere {
            // "بعد 11 يوما من الحرب" counts from another event: only the length is known.
            return Some(Hit::new(
                i,
                end,
                Some(TimeValue::Duration { amount: n, unit }),
                unit,
                Kind::Duration,
                Resolution::Stated,
            ));
        }
        // قبل ساعتين، بعد 30 دقيقة: hours and minutes from the reference's time, when known.
        let clock_shift = matches!(unit, Grain::Hour | Grain::Minute)
            .then(|| self.reference.and_then(|r| Some((r.date, r.time?))))
            .flatten()
            .map(|(date, time)| {
                let minutes = if unit == Grain::Hour { 60 } else { 1 };
                let total = i64::from(time.hour) * 60
                    + i64::from(time.minute)
                    + sign * i64::from(n) * minutes;
                let day = date.add_days(total.div_euclid(24 * 60));
                let at = total.rem_euclid(24 * 60);
                let clock = super::value::ClockTime {
                    hour: (at / 60) as u8,
                    minute: (at % 60) as u8,
                };
                TimeValue::Point(TimePoint::at(day, clock, unit, None))
            });
        let value = clock_shift.or_else(|| {
            self.ref_date()
                .and_then(|r| resolve::shifted_point(r, unit, sign * i64::from(n)))
                .map(TimeValue::Point)
        });
        let grain = value.map_or(unit_grain(unit), |v| match v {
            TimeValue::Point(p) => p.grain,
            _ => unit_grain(unit),
        });
        Some(Hit::new(
            i,
            end,
            value,
            grain,
            Kind::Date,
            Resolution::Relative,
        ))
    }

    /// Durations (`لمدة 11 يومًا`, `طيلة 3 أشهر`, `ثلاث سنوات`) and sets (`كل يوم`, `سنويا`).
    pub(crate) fn quantity(&self, i: usize) -> Option<Hit> {
        match self.lx(i)? {
            Lex::Periodic(unit) => {
                return Some(Hit::new(
                    i,
                    i + 1,
                    Some(TimeValue::Duration { amount: 1, unit }),
                    unit,
                    Kind::Set,
                    Resolution::Stated,
                ));
            }
            Lex::Kw(Kw::Every) => {
                let unit = match self.lx(i + 1) {
                    Some(Lex::Unit {
                        unit,
                        count: Count::Singular,
                        definite: false,
                    }) => unit,
                    Some(Lex::Weekday(_)) => Grain::Week,
                    _ if self.word(i + 1).is_some_and(|w| BARE_WEEKDAYS.contains(&w)) => {
                        Grain::Week
                    }
                    _ => return None,
                };
                return Some(Hit::new(
                    i,
                    i + 2,
                    Some(TimeValue::Duration { amount: 1, unit }),
                    unit,
                    Kind::Set,
                    Resolution::Stated,
                ));
            }
            _ => {}
        }
        let trigger_end = match self.lx(i)? {
            Lex::Kw(Kw::ForDuration | Kw::During) => Some(i + 1),
            Lex::Kw(Kw::Over) if self.kw(i + 1, Kw::Extent) => Some(i + 2),
            Lex::Kw(Kw::In) if self.kw(i + 1, Kw::Within) => Some(i + 2),
            _ => None,
        };
        let j = trigger_end.unwrap_or(i);
        let (n, unit, end) = self.amount(j, trigger_end.is_some() && !self.kw(i, Kw::During))?;
        if matches!(self.lx(end), Some(Lex::Mod(_))) {
            return None;
        }
        Some(Hit::new(
            i,
            end,
            Some(TimeValue::Duration { amount: n, unit }),
            unit,
            Kind::Duration,
            Resolution::Stated,
        ))
    }
}

/// The grain a count of `unit` resolves at (weeks and hours resolve to days).
fn unit_grain(unit: Grain) -> Grain {
    match unit {
        Grain::Week | Grain::Hour | Grain::Minute => Grain::Day,
        g => g,
    }
}
