//! Expressions counted from the reference date: اليوم، أمس، الآن، weekdays, the day of
//! a relative month (الأول من الشهر المقبل); counted shifts are in `shifts.rs`.

use super::civil::CivilDate;
use super::lexicon::{Count, Dir, Kw, Lex};
use super::resolve::{self, Lean};
use super::scan::{Ctx, Hit};
use super::value::{Grain, Kind, Resolution, TimePoint, TimeValue};

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
/// Function words spelled with a leading ال that may follow اليوم.
const FUNCTION_AL: &[&str] = &["الي", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللاتي"];
/// Demonstratives that make الحين "that time" (في ذلك الحين).
const THAT: &[&str] = &["ذلك", "ذاك", "تلك", "ذلكم", "حينذاك"];
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
        if let Some((day, digits)) = self.num(j) {
            if digits > 2 || !(1..=31).contains(&day) {
                return None;
            }
            j += 1;
            if self.kw(j, Kw::From) {
                j += 1;
            }
            return self.day_of_month_after(i, j, day);
        }
        // الثالث من الشهر الجاري: an ordinal in words needs its من (الفصل الثالث المقبل is no day).
        let (day, j) = self.ordinal_day(j)?;
        if !self.kw(j - 1, Kw::From) {
            return None;
        }
        self.day_of_month_after(i, j, u32::from(day))
    }

    /// The month counted from the reference at `j` (الجاري، المقبل، الشهر الماضي) with
    /// `day` of it, the expression starting at `i`.
    fn day_of_month_after(&self, i: usize, j: usize, day: u32) -> Option<Hit> {
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
}

/// True for an adjective after اليوم that makes it "the day" (اليوم التالي، اليوم العالمي،
/// اليوم الأخير) rather than today; a noun after it (أعلن اليوم الاتفاق) keeps today.
fn describes_the_day(word: &str) -> bool {
    word.starts_with("ال")
        && !FUNCTION_AL.contains(&word)
        && (word.ends_with('ي') || word.ends_with("يه") || DAY_ADJECTIVES.contains(&word))
}
