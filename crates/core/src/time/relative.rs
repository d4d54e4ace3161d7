//! Expressions counted from the reference date: اليوم، أمس، weekdays, الشهر
//! الماضي، قبل ثلاثة أيام، الأسابيع المقبلة; parts of day; durations and sets.

use super::civil::CivilDate;
use super::lexicon::{Count, Dir, Kw, Lex};
use super::resolve::{self, Lean};
use super::scan::{Ctx, Hit};
use super::value::{Grain, Kind, Resolution, TimePoint, TimeValue};
use super::vocab::SINGLE;

/// Words before اليوم that make it "that day", not today.
const NOT_TODAY_BEFORE: &[&str] = &[
    "ذلك",
    "ذاك",
    "ذات",
    "نفس",
    "تلك",
    "ساعات",
    "طوال",
    "طيله",
    "مدار",
];
/// Adjectives after اليوم that do not end in the nisba ي.
const DAY_ADJECTIVES: &[&str] = &[
    "الاخير",
    "السابق",
    "اللاحق",
    "المفتوح",
    "الموعود",
    "المشهود",
    "الاخر",
    "الكامل",
    "الطويل",
    "الاسود",
    "الاول",
    "نفسه",
    "ذاته",
    "الدراسيه",
];
/// Weekday names without ال, as after كل (كل جمعة).
const BARE_WEEKDAYS: &[&str] = &["احد", "اثنين", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت"];
/// Function words spelled with a leading ال that may follow اليوم.
const FUNCTION_AL: &[&str] = &["الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي"];
/// Demonstratives that make الحين "that time" (في ذلك الحين).
const THAT: &[&str] = &["ذلك", "ذاك", "تلك", "ذلكم", "حينذاك"];
/// Demonstratives written after a unit (السنة دي، الشهر ده، العام هذا).
const THIS_AFTER: &[&str] = &[
    "ده", "دي", "دا", "هذا", "هذه", "هذي", "هاذا", "هاذي", "هادا", "هادي",
];
/// Words before باكر that make it "early" (في وقت باكر), not Gulf "tomorrow".
const NOT_TOMORROW_BEFORE: &[&str] = &["وقت", "سن", "موعد", "صباح", "فجر", "مرحله", "وقتا"];
/// Words before a weekday that make it generic (صلاة الجمعة).
const GENERIC_WEEKDAY_BEFORE: &[&str] = &["صلاه", "خطبه", "خطب", "صلوات", "سوق", "ايام", "جامع"];

impl Ctx<'_> {
    /// Any expression counted from the reference, starting at `i`.
    pub(crate) fn relative(&self, i: usize) -> Option<Hit> {
        self.day_of_relative_month(i)
            .or_else(|| self.deictic_day(i))
            .or_else(|| self.weekday_expr(i))
            .or_else(|| self.unit_shift(i))
            .or_else(|| self.counted_shift(i))
            .or_else(|| self.now(i))
    }

    /// الآن، هلق، هلأ، الحين، دلوقتي، توا، دابا، حاليا: the reference moment.
    fn now(&self, i: usize) -> Option<Hit> {
        if !self.kw(i, Kw::Now) {
            return None;
        }
        let word = self.word(i)?;
        let before = i.checked_sub(1).and_then(|p| self.word(p));
        // فلتوا is not توا: these words take no proclitic but و.
        if self.clitic(i) > 0 && !word.starts_with('و') {
            return None;
        }
        // في ذلك الحين is "at that time", بين الحين والآخر "from time to time"; هلا is a
        // greeting unless written هلأ.
        if word == "الحين"
            && (before.is_some_and(|b| THAT.contains(&b) || b == "بين")
                || self.word(i + 1).is_some_and(|n| n.starts_with("والاخر")))
        {
            return None;
        }
        if word == "هلا" && !self.original_word(i).is_some_and(|w| w.ends_with('أ')) {
            return None;
        }
        // آلان is a name (Alain, Alan); الآن is "now".
        if word == "الان" && self.original_word(i).is_some_and(|w| w.starts_with("آل")) {
            return None;
        }
        let value = self.reference.map(|r| match r.time {
            Some(t) => TimeValue::Point(TimePoint::at(r.date, t, Grain::Minute, None)),
            None => TimeValue::Point(TimePoint::day(r.date)),
        });
        let grain = match value {
            Some(TimeValue::Point(p)) => p.grain,
            _ => Grain::Day,
        };
        Some(Hit::new(
            i,
            i + 1,
            value,
            grain,
            Kind::Date,
            Resolution::Relative,
        ))
    }

    /// `يوم 25 من الشهر الجاري`, `3 من الشهر المقبل`: a day of a month counted from the reference.
    pub(crate) fn day_of_relative_month(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        if matches!(
            self.lx(j),
            Some(Lex::Unit {
                unit: Grain::Day,
                count: Count::Singular,
                definite: false,
            })
        ) {
            j += 1;
        }
        let (day, digits) = self.num(j)?;
        if digits > 2 || !(1..=31).contains(&day) {
            return None;
        }
        j += 1;
        if self.kw(j, Kw::From) {
            j += 1;
        }
        // يوم 15 الجاري، 3 المقبل: the day of the current or next month.
        let month = match self.lx(j) {
            Some(Lex::Mod(dir)) => {
                let offset = match dir {
                    Dir::Past => -1,
                    Dir::Next => 1,
                    Dir::Current => 0,
                };
                let value = self
                    .ref_date()
                    .and_then(|r| resolve::shifted_unit(r, Grain::Month, offset));
                Hit::new(
                    j,
                    self.after(j),
                    value,
                    Grain::Month,
                    Kind::Date,
                    Resolution::Relative,
                )
            }
            _ => self
                .unit_shift(j)
                .filter(|h| h.grain == Grain::Month && h.kind == Kind::Date)?,
        };
        let value = match month.value {
            Some(TimeValue::Point(p)) => {
                let date = CivilDate::new(p.date.year, p.date.month, day as u8)?;
                Some(TimeValue::Point(TimePoint::day(date)))
            }
            _ => None,
        };
        Some(Hit::new(
            i,
            month.end,
            value,
            Grain::Day,
            Kind::Date,
            Resolution::Relative,
        ))
    }

    /// اليوم، أمس، أول أمس، غدا، بعد غد، يوم الغد — with an optional weekday, date and part of day.
    pub(crate) fn deictic_day(&self, i: usize) -> Option<Hit> {
        let (offset, mut j) = match self.lx(i)? {
            Lex::Kw(Kw::Today) => {
                if !self.today_is_today(i) {
                    return None;
                }
                (0, i + 1)
            }
            Lex::Kw(Kw::Yesterday) if self.lx(i + 1) == Some(Lex::Ordinal(1)) => (-2, i + 2),
            Lex::Kw(Kw::Yesterday) => (-1, i + 1),
            Lex::Kw(Kw::First | Kw::Before) if self.kw(i + 1, Kw::Yesterday) => (-2, i + 2),
            // أول من أمس
            Lex::Kw(Kw::First) if self.kw(i + 1, Kw::From) && self.kw(i + 2, Kw::Yesterday) => {
                (-2, i + 3)
            }
            Lex::Kw(Kw::Tomorrow) if self.word(i) == Some("باكر") && !self.gulf_tomorrow(i) => {
                return None;
            }
            // بكرة القدم is "with the ball": a noun with its article after it, not a date word.
            Lex::Kw(Kw::Tomorrow)
                if matches!(self.word(i), Some("بكره" | "بكرا"))
                    && self.word(i + 1).is_some_and(|n| n.starts_with("ال"))
                    && self.lx(i + 1).is_none() =>
            {
                return None;
            }
            Lex::Kw(Kw::Tomorrow) => (1, i + 1),
            Lex::Kw(Kw::Ghad) if matches!(self.lx(i + 1), Some(Lex::Weekday(_))) => (1, i + 1),
            Lex::Kw(Kw::After) if self.kw(i + 1, Kw::Ghad) || self.kw(i + 1, Kw::Tomorrow) => {
                (2, i + 2)
            }
            Lex::Unit {
                unit: Grain::Day,
                count: Count::Singular,
                definite: false,
            } => match self.lx(i + 1)? {
                Lex::Kw(Kw::Ghad | Kw::Tomorrow) => (1, i + 2),
                Lex::Kw(Kw::Yesterday) => (-1, i + 2),
                _ => return None,
            },
            _ => return None,
        };
        let base = self.ref_date().map(|r| r.add_days(offset));
        let mut date = base;
        if let Some(Lex::Weekday(w)) = self.lx(j) {
            date = base.map(|b| resolve::nearest_weekday(b, w));
            j += 1;
            if matches!(self.punct(j), Some('،' | ',')) && self.absolute(j + 1).is_some() {
                j += 1;
            }
        }
        if let Some(abs) = self.absolute(j).filter(|a| a.day.is_some())
            && let Some(stated) = self.resolve_abs(abs)
        {
            // أمس الخميس 14 جانفي 2017 says which day the article was written.
            return Some(Hit {
                start: i,
                anchor: Some(offset),
                ..stated
            });
        }
        let value = date.map(|d| TimeValue::Point(TimePoint::day(d)));
        Some(self.day_suffix(Hit::new(
            i,
            j,
            value,
            Grain::Day,
            Kind::Date,
            Resolution::Relative,
        )))
    }

    /// True when باكر is the Gulf "tomorrow", not "early" (في وقت باكر، باكرا).
    fn gulf_tomorrow(&self, i: usize) -> bool {
        let before = i.checked_sub(1).and_then(|p| self.word(p));
        !before.is_some_and(|b| NOT_TOMORROW_BEFORE.contains(&b))
    }

    /// False for اليوم in "اليوم التالي", "اليوم العالمي", "ذلك اليوم".
    fn today_is_today(&self, i: usize) -> bool {
        if i > 0
            && self
                .word(i - 1)
                .is_some_and(|w| NOT_TODAY_BEFORE.contains(&w))
        {
            return false;
        }
        match (self.word(i + 1), self.lx(i + 1)) {
            (_, Some(Lex::Ordinal(_))) => false,
            (Some(w), None | Some(Lex::Kw(_) | Lex::Mod(_) | Lex::Unit { .. })) => {
                !describes_the_day(w)
            }
            _ => true,
        }
    }

    /// `يوم الجمعة`, `الثلاثاء الماضي`, `الاثنين المقبل`, bare weekdays.
    pub(crate) fn weekday_expr(&self, i: usize) -> Option<Hit> {
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
        let Some(Lex::Weekday(w)) = self.lx(j) else {
            return None;
        };
        if j == i
            && i > 0
            && self.word(i - 1).is_some_and(|p| {
                let bare = p
                    .strip_prefix(['و', 'ف', 'ب', 'ل'])
                    .filter(|r| r.chars().count() >= 3);
                GENERIC_WEEKDAY_BEFORE.contains(&p)
                    || bare.is_some_and(|b| GENERIC_WEEKDAY_BEFORE.contains(&b))
            })
        {
            return None;
        }
        j += 1;
        // الخميس بعد المقبل، الجمعة قبل الماضية: a week further.
        let mut weeks = 0;
        let dir = match (self.lx(j), self.lx(j + 1)) {
            (Some(Lex::Kw(Kw::After)), Some(Lex::Mod(Dir::Next))) => {
                weeks = 1;
                j = self.after(j + 1);
                Some(Dir::Next)
            }
            (Some(Lex::Kw(Kw::Before)), Some(Lex::Mod(Dir::Past))) => {
                weeks = -1;
                j = self.after(j + 1);
                Some(Dir::Past)
            }
            (Some(Lex::Mod(d)), _) => {
                j = self.after(j);
                Some(d)
            }
            _ => None,
        };
        // يوم الاثنين من الأسبوع المقبل: the weekday of a week named after it.
        if dir.is_none()
            && self.kw(j, Kw::From)
            && let Some(week) = self.unit_shift(j + 1).filter(|h| h.grain == Grain::Week)
        {
            let value = week.value.and_then(|v| {
                let (monday, _) = v.bounds()?;
                let offset = (w.index() - 1).rem_euclid(7);
                Some(TimeValue::Point(TimePoint::day(monday.add_days(offset))))
            });
            return Some(Hit::new(
                i,
                week.end,
                value,
                Grain::Day,
                Kind::Date,
                Resolution::FromWeekday,
            ));
        }
        let pointed = i > 0 && (self.kw(i - 1, Kw::To) || self.kw(i - 1, Kw::Until));
        let prefer = if pointed {
            Lean::Future
        } else {
            self.direction(i)
        };
        let value = self.ref_date().map(|r| {
            let day = resolve::place_weekday(r, w, dir, prefer).add_days(weeks * 7);
            TimeValue::Point(TimePoint::day(day))
        });
        Some(self.day_suffix(Hit::new(
            i,
            j,
            value,
            Grain::Day,
            Kind::Date,
            Resolution::FromWeekday,
        )))
    }

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
    fn counted_shift(&self, i: usize) -> Option<Hit> {
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

/// True for an adjective after اليوم that makes it "the day" (اليوم التالي، اليوم العالمي،
/// اليوم الأخير) rather than today; a noun after it (أعلن اليوم الاتفاق) keeps today.
fn describes_the_day(word: &str) -> bool {
    word.starts_with("ال")
        && !FUNCTION_AL.contains(&word)
        && (word.ends_with('ي') || word.ends_with("يه") || DAY_ADJECTIVES.contains(&word))
}

/// The grain a count of `unit` resolves at (weeks and hours resolve to days).
fn unit_grain(unit: Grain) -> Grain {
    match unit {
        Grain::Week | Grain::Hour | Grain::Minute => Grain::Day,
        g => g,
    }
}
