//! Clock times: digits (`15:15`, `08:51 م`), words (`الثالثة وربع عصرا`,
//! `الساعة 12 إلا ربع`), approximations (`حوالي الساعة`), the part of the day that
//! settles a 12-hour reading, and a named time zone.

use super::civil::CivilDate;
use super::lexicon::{Count, Kw, Lex, Third};
use super::scan::Ctx;
use super::value::{ClockTime, DayPart, Grain, TimePoint};
use super::zones::Zone;

/// A clock time as read, before it is put on a day.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Clock {
    pub(crate) time: ClockTime,
    pub(crate) grain: Grain,
    /// The token after the clock time.
    pub(crate) end: usize,
    /// The part of the day written with it (صباحا، مساء، بعد الظهر), if any.
    pub(crate) part: Option<DayPart>,
    pub(crate) zone: Option<Zone>,
    /// Which midnight منتصف الليل names, when it does.
    pub(crate) midnight: Option<Midnight>,
}

/// The midnight a text names: the one that ends a night belongs to the next day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Midnight {
    /// منتصف الليل: the one that began the reported day (the next one when looking ahead).
    TheNight,
    /// منتصف الليلة: tonight's, at the start of the next day.
    Tonight,
    /// منتصف الليلة الماضية: the one that began the reference day.
    LastNight,
    /// منتصف ليل الأحد: the end of the named day.
    OfTheDay,
}

/// What must follow an hour for it to be read as a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    None,
    /// A fraction, a part of the day or a zone (الثالثة وربع، 3 فجرا، 8.50 بتوقيت غرينتش).
    Any,
    /// A zone (0150 بتوقيت غرينتش).
    Zone,
}

/// An hour as read, before fractions and parts of the day.
#[derive(Clone, Copy, Debug)]
struct HourRead {
    hour: i32,
    minute: i32,
    grain: Grain,
    cue: Cue,
    next: usize,
    part: Option<DayPart>,
    midnight: Option<Midnight>,
}

impl Clock {
    /// This clock time on `date`, with the zone's offset on that day.
    pub(crate) fn on(&self, date: CivilDate) -> TimePoint {
        let offset = self.zone.and_then(|z| z.offset_at(date, self.time));
        TimePoint::at(date, self.time, self.grain, offset)
    }
}

/// Where a clock time is read: after a date (`21 مايو 2021 على الساعة…`) or on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ClockAt {
    /// After a date; `bare_ok`: digits with a colon need no الساعة (`2024-11-27 08:51 م`).
    AfterDate { bare_ok: bool },
    /// On its own, anchored on whatever day it turns out to belong to.
    Alone,
}

/// Words before `H:MM` that make it a ratio, a score or a verse, not a time.
const NOT_TIME_BEFORE: &[&str] = &[
    "نسبه",
    "بنسبه",
    "نتيجه",
    "بنتيجه",
    "النتيجه",
    "الايه",
    "ايه",
    "سوره",
    "اصحاح",
    "معدل",
    "بمعدل",
];

/// What a word after the hour does to the minutes: adds or, after إلا, takes away.
fn fraction_minutes(word: &str) -> Option<i32> {
    match word {
        "ربع" | "ربعا" | "الربع" => Some(15),
        "ثلث" | "ثلثا" | "الثلث" => Some(20),
        "نصف" | "النصف" => Some(30),
        _ => None,
    }
}

impl Ctx<'_> {
    /// A clock time starting at `i` (after a date, or on its own).
    pub(crate) fn clock(&self, i: usize, at: ClockAt) -> Option<Clock> {
        let mut j = i;
        if let ClockAt::AfterDate { .. } = at {
            if matches!(self.punct(j), Some('،' | ',')) {
                j += 1;
            }
            if self.kw(j, Kw::Over) || self.kw(j, Kw::In) || self.kw(j, Kw::From) {
                j += 1;
            }
        }
        if self.kw(j, Kw::Tamam) || self.kw(j, Kw::Around) {
            j += 1;
        }
        let hour_word = self.kw(j, Kw::Hour);
        if hour_word {
            j += 1;
        }
        let read = self.hour_at(j, hour_word, at)?;
        let (mut hour, mut minute, mut grain) = (read.hour, read.minute, read.grain);
        j = read.next;
        let mut cued = false;
        if let Some((delta, next)) = self.minutes_after(j) {
            let total = (hour * 60 + minute + delta).rem_euclid(24 * 60);
            (hour, minute) = (total / 60, total % 60);
            grain = Grain::Minute;
            cued = true;
            j = next;
        }
        let mut part = read.part;
        if let Some((p, pm, next)) = self.meridiem(j, hour) {
            hour = settle_hour(hour, p, pm);
            part = p.or(part);
            cued = true;
            j = next;
        }
        let zone = self.zone_at(j);
        let satisfied = match read.cue {
            Cue::None => true,
            Cue::Any => cued || zone.is_some() || self.part_construct_follows(j),
            Cue::Zone => zone.is_some(),
        };
        if !satisfied || !(0..24).contains(&hour) || !(0..60).contains(&minute) {
            return None;
        }
        if let Some((_, end)) = zone {
            j = end;
        }
        if grain == Grain::Hour && minute > 0 {
            grain = Grain::Minute;
        }
        Some(Clock {
            time: ClockTime {
                hour: hour as u8,
                minute: minute as u8,
            },
            grain,
            end: j,
            part,
            zone: zone.map(|(z, _)| z),
            midnight: read.midnight,
        })
    }

    /// The hour (and minutes written with a colon or a point) at `j`.
    fn hour_at(&self, j: usize, hour_word: bool, at: ClockAt) -> Option<HourRead> {
        let read = |hour, minute, grain, cue, next| HourRead {
            hour,
            minute,
            grain,
            cue,
            next,
            part: None,
            midnight: None,
        };
        if let Some((h, digits)) = self.num(j) {
            // 0150 بتوقيت غرينتش: four digits are a time only with their zone.
            if digits == 4 {
                let (h, m) = (h / 100, h % 100);
                return Some(read(h as i32, m as i32, Grain::Minute, Cue::Zone, j + 1));
            }
            let h = i32::try_from(h).ok().filter(|_| digits <= 2)?;
            let sep = self.punct(j + 1).filter(|c| matches!(c, ':' | '.' | ','));
            if let Some(sep) = sep
                && self.tight(j, j + 2)
                && let Some((m, 2)) = self.num(j + 2)
            {
                let alone = at == ClockAt::Alone && !hour_word;
                if alone
                    && j > 0
                    && self
                        .word(j - 1)
                        .is_some_and(|w| NOT_TIME_BEFORE.contains(&w))
                {
                    return None;
                }
                let mut next = j + 3;
                // Seconds are read past, not kept.
                if self.punct(next) == Some(sep)
                    && self.tight(next - 1, next + 1)
                    && matches!(self.num(next + 1), Some((_, 2)))
                {
                    next += 2;
                }
                // 8.50 is a price as often as a time: after الساعة, or with a part or zone.
                let cue = if sep == ':' || hour_word {
                    Cue::None
                } else {
                    Cue::Any
                };
                return Some(read(h, m as i32, Grain::Minute, cue, next));
            }
            // A bare number is an hour only after الساعة, or with a part of the day after it.
            let cue = if hour_word { Cue::None } else { Cue::Any };
            return Some(read(h, 0, Grain::Hour, cue, j + 1));
        }
        if let Some(Lex::Ordinal(h)) = self.lx(j) {
            let feminine = self.word(j).is_some_and(|w| w.ends_with('ه'));
            if !hour_word && !feminine {
                return None;
            }
            let mut h = h as i32;
            let mut next = j + 1;
            if self.lx(next) == Some(Lex::NumWord(10)) && h <= 2 {
                h += 10;
                next += 1;
            }
            let cue = if hour_word { Cue::None } else { Cue::Any };
            return Some(read(h, 0, Grain::Hour, cue, next));
        }
        self.midnight_at(j)
    }

    /// منتصف الليل، منتصف الليلة (الماضية)، منتصف ليل الأحد، منتصف النهار.
    fn midnight_at(&self, j: usize) -> Option<HourRead> {
        if self.lx(j) != Some(Lex::Third(Third::Mid)) {
            return None;
        }
        let noon = HourRead {
            hour: 12,
            minute: 0,
            grain: Grain::Hour,
            cue: Cue::None,
            next: j + 2,
            part: Some(DayPart::Noon),
            midnight: None,
        };
        if self.kw(j + 1, Kw::Noon) {
            return Some(noon);
        }
        let word = self.word(j + 1)?;
        let (midnight, next) = match (self.lx(j + 1), word) {
            (Some(Lex::Kw(Kw::Night)), _) => (Midnight::TheNight, j + 2),
            (_, "الليله") if self.lx(j + 2) == Some(Lex::Mod(super::lexicon::Dir::Past)) => {
                (Midnight::LastNight, self.after(j + 2))
            }
            (_, "الليله") => (Midnight::Tonight, j + 2),
            (Some(Lex::Part(DayPart::Night)), _) => (Midnight::OfTheDay, j + 2),
            _ => return None,
        };
        Some(HourRead {
            hour: 0,
            part: Some(DayPart::Night),
            midnight: Some(midnight),
            next,
            ..noon
        })
    }

    /// Minutes added or taken away after the hour: والنصف، وربع، والثلث، إلا ربع،
    /// و45 دقيقة، إلا خمس دقائق; (signed minutes, next token).
    fn minutes_after(&self, j: usize) -> Option<(i32, usize)> {
        if self.kw(j, Kw::Half) {
            return Some((30, j + 1));
        }
        if self.kw(j, Kw::Quarter) {
            return Some((15, j + 1));
        }
        if self.kw(j, Kw::ThirdHour) {
            return Some((20, j + 1));
        }
        if self.kw(j, Kw::Except) {
            if let Some(m) = self.word(j + 1).and_then(fraction_minutes) {
                return Some((-m, j + 2));
            }
            let (m, next) = self.minute_count(j + 1)?;
            return Some((-m, next));
        }
        // و45 دقيقة (و a token of its own) or وعشر دقائق (و on the number word).
        let after_and = if self.word(j) == Some("و") { j + 1 } else { j };
        let glued_and = after_and == j && self.clitic(j) > 0;
        if after_and > j || glued_and {
            let (m, next) = self.minute_count(after_and)?;
            return Some((m, next));
        }
        None
    }

    /// `45 دقيقة`, `خمس دقائق`, `عشر دقائق`: a count of minutes with its unit.
    fn minute_count(&self, j: usize) -> Option<(i32, usize)> {
        let (n, j) = match (self.num(j), self.lx(j)) {
            (Some((n, 1..=2)), _) => (n as i32, j),
            // وست وعشرين دقيقة: units, then و and the tens.
            (_, Some(Lex::NumWord(n))) if n < 10 => match self.tens_after(j + 1) {
                Some(tens) => (n as i32 + tens, j + 1),
                None => (n as i32, j),
            },
            (_, Some(Lex::NumWord(n))) if n < 60 => (n as i32, j),
            _ => return None,
        };
        let unit = matches!(
            self.lx(j + 1),
            Some(Lex::Unit {
                unit: Grain::Minute,
                count: Count::Singular | Count::Plural | Count::Accusative,
                ..
            })
        );
        (unit && (1..60).contains(&n)).then_some((n, j + 2))
    }

    /// `وعشرين`, `وثلاثين`…: tens joined by و after units.
    fn tens_after(&self, j: usize) -> Option<i32> {
        let tens = self.word(j)?.strip_prefix('و')?;
        match super::vocab::SINGLE.get(tens)? {
            Lex::NumWord(t) if (20..60).contains(t) && t % 10 == 0 => Some(*t as i32),
            _ => None,
        }
    }

    /// The part of the day after a clock time: (part, whether it means afternoon or evening,
    /// next token). `ص`/`م` are a.m./p.m.; بعد الظهر and بعد منتصف الليل count too.
    fn meridiem(&self, j: usize, hour: i32) -> Option<(Option<DayPart>, bool, usize)> {
        match self.lx(j)? {
            Lex::Kw(Kw::Am) => Some((None, false, j + 1)),
            Lex::Kw(Kw::GregorianMark) => Some((None, true, j + 1)),
            Lex::Part(p) => Some((Some(p), part_is_pm(p, hour), j + 1)),
            Lex::Kw(Kw::After) => match self.lx(j + 1)? {
                Lex::Kw(Kw::Noon) | Lex::Part(DayPart::Noon) => {
                    Some((Some(DayPart::Afternoon), true, j + 2))
                }
                Lex::Third(Third::Mid)
                    if self.kw(j + 2, Kw::Night)
                        || self.lx(j + 2) == Some(Lex::Part(DayPart::Night)) =>
                {
                    Some((Some(DayPart::Night), false, j + 3))
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// True when `من` and a part of the day with its date follow (`التاسعة من صباح اليوم`).
    fn part_construct_follows(&self, j: usize) -> bool {
        self.kw(j, Kw::From) && matches!(self.lx(j + 1), Some(Lex::Part(_)))
    }
}

/// True when a part of the day puts `hour` (as written, 1–12) after noon.
pub(crate) fn part_is_pm(part: DayPart, hour: i32) -> bool {
    match part {
        DayPart::Dawn | DayPart::Morning => false,
        DayPart::Afternoon | DayPart::Evening => true,
        // 11 ليلا is 23:00, 2 ليلا is 02:00.
        DayPart::Night => hour >= 6,
        // 12 ظهرا is noon, 2 ظهرا is 14:00, 11 ظهرا stays 11:00.
        DayPart::Noon => hour < 11,
    }
}

/// The 24-hour reading of `hour` as settled by a part of the day (`pm`) or left as written.
pub(crate) fn settle_hour(hour: i32, part: Option<DayPart>, pm: bool) -> i32 {
    if hour > 12 {
        return hour;
    }
    if part == Some(DayPart::Night) && hour == 12 {
        return 0;
    }
    if pm && hour < 12 {
        hour + 12
    } else if !pm && hour == 12 && part != Some(DayPart::Noon) {
        0
    } else {
        hour
    }
}
