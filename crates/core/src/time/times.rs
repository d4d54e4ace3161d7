//! Times of the day as expressions: a clock time on its own or before its date
//! (`الساعة التاسعة من صباح اليوم`), a part of the day with its date (`فجر الجمعة`,
//! `بعد ظهر اليوم`) or alone (`فجرا`, `الليلة`, `بعد صلاة المغرب`), and what may
//! follow a day (`الجمعة مساء`, `أمس عند الساعة 18:40`).

use super::clock::{Clock, ClockAt, Midnight, part_is_pm, settle_hour};
use super::lexicon::{Dir, Kw, Lex};
use super::resolve::Lean;
use super::scan::{Ctx, Hit};
use super::value::{DayPart, Grain, Kind, Resolution, TimePoint, TimeValue};

/// Prayers and meals that name a time of day, folded (بعد المغرب، وقت الإفطار).
const DAY_MARKS: &[(&str, DayPart)] = &[
    ("الفجر", DayPart::Dawn),
    ("الصبح", DayPart::Dawn),
    ("الظهر", DayPart::Noon),
    ("العصر", DayPart::Afternoon),
    ("المغرب", DayPart::Evening),
    ("الغروب", DayPart::Evening),
    ("الافطار", DayPart::Evening),
    ("العشاء", DayPart::Night),
    ("السحور", DayPart::Dawn),
    ("الشروق", DayPart::Morning),
    ("الغداء", DayPart::Noon),
];

/// Words near المغرب that make it Morocco in a ranking (جاء بعد المغرب في الترتيب).
const RANKING: &[&str] = &[
    "المرتبه",
    "المركز",
    "الترتيب",
    "ترتيب",
    "تصنيف",
    "حل",
    "حلت",
    "جاء",
    "جاءت",
    "تلاه",
    "يليه",
    "خلف",
    "وراء",
    "متقدما",
    "متاخرا",
];

/// Words after مساء that make it a greeting (مساء الخير).
const GREETINGS: &[&str] = &["الخير", "النور", "الفل", "الورد"];

/// Words after a bare مساء or صباح that point at another day (مساء ذلك اليوم، في المساء نفسه).
const OTHER_DAY: &[&str] = &[
    "ذلك",
    "ذاك",
    "تلك",
    "نفس",
    "ذات",
    "يوم",
    "نفسه",
    "ذاته",
    "نفسها",
    "ذاتها",
];

/// Adverbs after ليلا that make "day and night", not a time (ليلا ونهارا).
const ROUND_THE_CLOCK: &[&str] = &["ونهارا", "نهارا", "نهار", "والنهار", "ونهار"];

impl Ctx<'_> {
    /// A clock time on its own or before its date; news give times of the day they report,
    /// so a time without a date is a time of the reference day.
    pub(crate) fn clock_expr(&self, i: usize) -> Option<Hit> {
        let first = self.lx(i);
        let starts = match first {
            Some(Lex::Kw(Kw::Hour | Kw::Tamam | Kw::Around) | Lex::Ordinal(_) | Lex::Third(_)) => {
                true
            }
            None => self.num(i).is_some() && self.clock_number_may_start(i),
            _ => false,
        };
        if !starts {
            return None;
        }
        let clock = self.clock(i, ClockAt::Alone)?;
        // «الساعة الأولى من المباراة» is the first hour of something, not one o'clock.
        let hour_word = if self.kw(i, Kw::Hour) { i } else { i + 1 };
        if self.kw(hour_word, Kw::Hour)
            && self.lx(hour_word + 1) == Some(Lex::Ordinal(1))
            && clock.end == hour_word + 2
        {
            return None;
        }
        if let Some(hit) = self.clock_then_date(i, clock) {
            return Some(hit);
        }
        let next_day = match clock.midnight {
            Some(Midnight::Tonight) => true,
            Some(Midnight::TheNight) => self.direction(i) == Lean::Future,
            _ => false,
        };
        let value = self
            .ref_date()
            .map(|d| TimeValue::Point(clock.on(d.add_days(i64::from(next_day)))));
        Some(Hit::new(
            i,
            clock.end,
            value,
            clock.grain,
            Kind::DateTime,
            Resolution::Relative,
        ))
    }

    /// A bare number starts a clock time when it has a colon (`15:15`) or follows a
    /// word of time (`عند 3 فجرا`, `في 6:40`).
    fn clock_number_may_start(&self, i: usize) -> bool {
        // H:MM, and HHMM (which the clock only takes with its zone: 0150 بتوقيت غرينتش).
        if self.punct(i + 1) == Some(':') || matches!(self.num(i), Some((_, 4))) {
            return true;
        }
        i > 0
            && matches!(
                self.lx(i - 1),
                Some(Lex::Kw(
                    Kw::Over
                        | Kw::In
                        | Kw::Around
                        | Kw::Tamam
                        | Kw::Until
                        | Kw::To
                        | Kw::From
                        | Kw::Since
                        | Kw::After
                        | Kw::Before
                ))
            )
    }

    /// A clock time followed by its day: `التاسعة من صباح اليوم`, `الساعة 9 مساء أمس`,
    /// `الساعة السادسة صباح السبت`.
    fn clock_then_date(&self, i: usize, clock: Clock) -> Option<Hit> {
        let (inner, part) = match self
            .kw(clock.end, Kw::From)
            .then(|| self.part_of_day(clock.end + 1))
            .flatten()
        {
            Some(hit) => {
                let part = match hit.kind {
                    Kind::PartOfDay(p) => Some(p),
                    _ => None,
                };
                (hit, part)
            }
            None => (self.day_at(clock.end)?, None),
        };
        let mut clock = clock;
        if let Some(p) = part.filter(|_| clock.part.is_none()) {
            let hour = i32::from(clock.time.hour);
            clock.time.hour = settle_hour(hour, Some(p), part_is_pm(p, hour)) as u8;
        }
        let mut end = inner.end;
        if clock.zone.is_none()
            && let Some((zone, after)) = self.zone_at(end)
        {
            clock.zone = Some(zone);
            end = after;
        }
        // منتصف ليل الأحد ends Sunday: 00:00 of Monday.
        let next_day = i64::from(clock.midnight.is_some());
        let value = match inner.value {
            Some(TimeValue::Point(p)) => {
                Some(TimeValue::Point(clock.on(p.date.add_days(next_day))))
            }
            None => None,
            Some(_) => return None,
        };
        Some(Hit {
            start: i,
            end,
            value,
            grain: clock.grain,
            kind: Kind::DateTime,
            ..inner
        })
    }

    /// A day starting at `j`: اليوم/أمس…, a weekday, or a date with its day.
    pub(crate) fn day_at(&self, j: usize) -> Option<Hit> {
        [
            self.deictic_day(j),
            self.weekday_expr(j),
            self.absolute(j)
                .filter(|a| a.day.is_some())
                .and_then(|a| self.resolve_abs(a)),
        ]
        .into_iter()
        .flatten()
        .filter(|h| matches!(h.value, None | Some(TimeValue::Point(_))))
        .max_by_key(|h| h.end)
    }

    /// صباحا/مساء or a clock time after a day: "الجمعة مساء", "اليوم على الساعة العاشرة".
    pub(crate) fn day_suffix(&self, mut hit: Hit) -> Hit {
        let part = match self.lx(hit.end) {
            // عشية اللقاء is the eve of the match, مساء الانتخابات the evening of them.
            Some(Lex::Part(_)) if self.construct_of_noun(hit.end) => None,
            Some(Lex::Part(p)) => Some(p),
            Some(Lex::Kw(Kw::Night)) => Some(DayPart::Night),
            _ => None,
        };
        if let Some(p) = part {
            hit.kind = Kind::PartOfDay(p);
            hit.end += 1;
        } else if let Some(clock) = self.clock(hit.end, ClockAt::AfterDate { bare_ok: false })
            && let Some(TimeValue::Point(p)) = hit.value
        {
            hit.value = Some(TimeValue::Point(clock.on(p.date)));
            hit.grain = clock.grain;
            hit.kind = Kind::DateTime;
            hit.end = clock.end;
        }
        hit
    }

    /// `صباح اليوم`, `مساء أمس`, `فجر الجمعة`, `ليلة الخميس`, `صباح 5 ماي`, `صباح الغد`,
    /// `بعد ظهر اليوم`, `الساعات الأولى من صباح اليوم`, `ساعة متأخرة من ليل الأحد`.
    pub(crate) fn part_of_day(&self, i: usize) -> Option<Hit> {
        if let Some(j) = self.hours_of(i) {
            let hit = match self.lx(j) {
                Some(Lex::Part(_)) => self.part_of_day(j),
                Some(Lex::Kw(Kw::Night)) => Some(self.on_reference_day(j, j + 1, DayPart::Night)),
                _ => None,
            }?;
            return Some(Hit { start: i, ..hit });
        }
        // بعد ظهر اليوم is the afternoon, قبل ظهر اليوم the morning.
        let (part, construct) = match (self.lx(i), self.lx(i + 1)) {
            (Some(Lex::Kw(Kw::After)), Some(Lex::Part(DayPart::Noon))) => {
                (DayPart::Afternoon, i + 1)
            }
            (Some(Lex::Kw(Kw::Before)), Some(Lex::Part(DayPart::Noon))) => {
                (DayPart::Morning, i + 1)
            }
            (Some(Lex::Part(p)), _) => (p, i),
            _ => return None,
        };
        let word = self.word(construct)?;
        if word.ends_with('ا') && !word.ends_with("اء") {
            return None;
        }
        if word == "الليله" {
            // الليلة الماضية = last night.
            if self.lx(construct + 1) != Some(Lex::Mod(Dir::Past)) {
                return None;
            }
            let value = self
                .ref_date()
                .map(|r| TimeValue::Point(TimePoint::day(r.add_days(-1))));
            return Some(Hit::new(
                i,
                self.after(construct + 1),
                value,
                Grain::Day,
                Kind::PartOfDay(DayPart::Night),
                Resolution::Relative,
            ));
        }
        let inner = if self.kw(construct + 1, Kw::Ghad) {
            let value = self
                .ref_date()
                .map(|r| TimeValue::Point(TimePoint::day(r.add_days(1))));
            Hit::new(
                construct + 1,
                construct + 2,
                value,
                Grain::Day,
                Kind::Date,
                Resolution::Relative,
            )
        } else {
            self.day_at(construct + 1)?
        };
        let kind = if inner.kind == Kind::DateTime {
            Kind::DateTime
        } else {
            Kind::PartOfDay(part)
        };
        // ليل الجمعة السبت: the night from one day into the next.
        let mut end = inner.end;
        if let (Some(Lex::Weekday(w)), Some(Lex::Weekday(next))) =
            (self.lx(construct + 1), self.lx(end))
            && next.index() == (w.index() + 1) % 7
        {
            end += 1;
        }
        Some(Hit {
            start: i,
            end,
            kind,
            ..inner
        })
    }

    /// True when the part of the day at `j` is in construct with a noun (عشية اللقاء).
    fn construct_of_noun(&self, j: usize) -> bool {
        let adverb = self
            .word(j)
            .is_some_and(|w| w.ends_with('ا') && !w.ends_with("اء") || w == "مساء");
        !adverb
            && self
                .word(j + 1)
                .is_some_and(|w| w.starts_with("ال") && self.lx(j + 1).is_none())
    }

    /// `الساعات الأولى من`, `ساعة متأخرة من`, `وقت متأخر من`: the token after من.
    fn hours_of(&self, i: usize) -> Option<usize> {
        let first = self.word(i)?;
        let second = self.word(i + 1)?;
        let leads = matches!(
            (first, second),
            ("الساعات", "الاولي" | "الاخيره" | "المتاخره")
                | ("ساعه" | "ساعات", "متاخره" | "مبكره")
                | ("وقت", "متاخر" | "مبكر")
        );
        (leads && self.kw(i + 2, Kw::From)).then_some(i + 3)
    }

    /// A part of the day on its own: `فجرا`, `مساء`, `الليلة`, `هذه الليلة`, `بالليل`,
    /// `الصبح`, `بعد الظهر`, `بعد صلاة المغرب`, `وقت الإفطار`; the reference day's.
    pub(crate) fn day_part_alone(&self, i: usize) -> Option<Hit> {
        if let Some(hit) = self.prayer_time(i) {
            return Some(hit);
        }
        let this = self.kw(i, Kw::This);
        let j = if this { i + 1 } else { i };
        let word = self.word(j)?.get(self.clitic(j)..)?;
        let part = match self.lx(j)? {
            Lex::Part(p) => p,
            Lex::Kw(Kw::Night) => DayPart::Night,
            _ => return None,
        };
        let next = self.word(j + 1);
        // An adjective after it (الليلة الأولى، الصبح المنبي), not a word of the date grammar (إلى).
        let described = next.is_some_and(describes_a_night) && self.lx(j + 1).is_none();
        let adverb = (word.ends_with('ا') && !word.ends_with("اء")) || word == "مساء";
        let ok = match word {
            "الليله" | "الصبح" | "المسا" => !described,
            "مساء" => !next.is_some_and(|w| {
                GREETINGS.contains(&w) || OTHER_DAY.contains(&w) || is_adjective(w)
            }),
            "ليلا" => !next.is_some_and(|w| ROUND_THE_CLOCK.contains(&w)),
            // MSA definite forms need a preposition (بالليل، في المساء، منذ الصباح) or
            // هذا (هذا الصباح).
            "الليل" | "الصباح" | "المساء" if this => !described,
            "الليل" | "الصباح" | "المساء" => {
                (self.clitic(j) > 0
                    || j > 0
                        && (self.kw(j - 1, Kw::In)
                            || self.kw(j - 1, Kw::Since)
                            || self.kw(j - 1, Kw::Until)))
                    && !next.is_some_and(|w| ROUND_THE_CLOCK.contains(&w) || OTHER_DAY.contains(&w))
            }
            _ => adverb && !this,
        };
        // هذا الصباح، هذا المساء، هذه الليلة: today's.
        if !ok || this && !matches!(word, "الليله" | "الصباح" | "المساء") {
            return None;
        }
        // في الصباح الباكر
        let end = if self.word(j + 1) == Some("الباكر") {
            j + 2
        } else {
            j + 1
        };
        Some(self.on_reference_day(i, end, part))
    }

    /// `بعد الظهر`, `قبل الظهر`, `بعد صلاة المغرب`, `وقت الإفطار`, with the date after it.
    fn prayer_time(&self, i: usize) -> Option<Hit> {
        let Lex::Kw(lead @ (Kw::After | Kw::Before | Kw::AtTime | Kw::Over)) = self.lx(i)? else {
            return None;
        };
        let prayer = self.kw(i + 1, Kw::Prayer);
        let k = if prayer { i + 2 } else { i + 1 };
        let word = self.word(k)?;
        let &(_, mut part) = DAY_MARKS.iter().find(|(w, _)| *w == word)?;
        if word == "المغرب" && !prayer && (lead == Kw::Over || self.ranked(i)) {
            return None;
        }
        if word == "الظهر" {
            part = match lead {
                Kw::After => DayPart::Afternoon,
                Kw::Before => DayPart::Morning,
                _ => DayPart::Noon,
            };
        }
        if let Some(day) = self.day_at(k + 1) {
            return Some(Hit {
                start: i,
                kind: Kind::PartOfDay(part),
                ..day
            });
        }
        Some(self.on_reference_day(i, k + 1, part))
    }

    /// True when a word of ranking sits just before `i` (المرتبة الثانية بعد المغرب).
    fn ranked(&self, i: usize) -> bool {
        (i.saturating_sub(3)..i).any(|k| {
            matches!(self.lx(k), Some(Lex::Ordinal(_)))
                || self.word(k).is_some_and(|w| RANKING.contains(&w))
        })
    }

    /// A part of the day of the reference day, spanning tokens `start..end`.
    fn on_reference_day(&self, start: usize, end: usize, part: DayPart) -> Hit {
        let value = self.ref_date().map(|d| TimeValue::Point(TimePoint::day(d)));
        Hit::new(
            start,
            end,
            value,
            Grain::Day,
            Kind::PartOfDay(part),
            Resolution::Relative,
        )
    }
}

/// True for an indefinite adjective of relation (مساء شتائي، صباح ربيعي).
fn is_adjective(word: &str) -> bool {
    !word.starts_with("ال")
        && word.chars().count() >= 4
        && (word.ends_with('ي') || word.ends_with("يه"))
}

/// True for a word after الليلة that makes it "the night of something" (الليلة الأولى من
/// المهرجان، الليلة الختامية) rather than tonight.
fn describes_a_night(word: &str) -> bool {
    word.starts_with("ال") && (word.ends_with('ي') || word.ends_with("يه") || word.ends_with('ه'))
}
