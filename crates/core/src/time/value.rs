//! The values date expressions normalize to.

use serde::{Deserialize, Serialize};

use super::civil::CivilDate;

/// How precise a value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Year,
    Month,
    Week,
    Day,
    Hour,
    Minute,
}

impl Grain {
    /// The name used in JSON output (`year`, `month`, `week`, `day`, `hour`, `minute`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Year => "year",
            Self::Month => "month",
            Self::Week => "week",
            Self::Day => "day",
            Self::Hour => "hour",
            Self::Minute => "minute",
        }
    }
}

/// The calendar an expression was written in (values are always Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calendar {
    Gregorian,
    Hijri,
}

impl Calendar {
    /// `gregorian` or `hijri`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Gregorian => "gregorian",
            Self::Hijri => "hijri",
        }
    }
}

/// A part of the day named next to a date (صباح، مساء…).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DayPart {
    Dawn,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// `dawn`, `morning`, `noon`, `afternoon`, `evening` or `night`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Dawn => "dawn",
            Self::Morning => "morning",
            Self::Noon => "noon",
            Self::Afternoon => "afternoon",
            Self::Evening => "evening",
            Self::Night => "night",
        }
    }
}

/// What sort of expression was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A day, month, year or week.
    Date,
    /// A date with a clock time.
    DateTime,
    /// A stretch between two points (ranges, seasons, "the coming weeks").
    Interval,
    /// A length of time (لمدة 11 يومًا), not a position in time.
    Duration,
    /// A day with a part of it (صباح اليوم، مساء الجمعة).
    PartOfDay(DayPart),
    /// A recurrence (كل يوم، سنويًا); the value holds its period.
    Set,
}

/// How a value was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Everything was written out.
    Stated,
    /// Day and month were written, the year came from the reference date.
    InferredYear,
    /// A weekday name was placed relative to the reference date.
    FromWeekday,
    /// Counted from the reference date (أمس، الشهر الماضي، قبل ثلاثة أيام).
    Relative,
    /// Needs a reference date that was not given.
    Unresolved,
}

impl Resolution {
    /// `stated`, `inferred_year`, `from_weekday`, `relative` or `unresolved`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Stated => "stated",
            Self::InferredYear => "inferred_year",
            Self::FromWeekday => "from_weekday",
            Self::Relative => "relative",
            Self::Unresolved => "unresolved",
        }
    }
}

/// Whether a date places what the article reports, or gives background to it
/// (a distant year, منذ عام…، a birth date, the year an anniversary looks back to).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    #[default]
    Reported,
    Background,
}

impl Role {
    /// `reported` or `background`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reported => "reported",
            Self::Background => "background",
        }
    }

    /// True for background dates.
    pub fn is_background(self) -> bool {
        self == Self::Background
    }
}

impl Kind {
    /// `date`, `datetime`, `interval`, `duration`, `part_of_day` or `set`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Date => "date",
            Self::DateTime => "datetime",
            Self::Interval => "interval",
            Self::Duration => "duration",
            Self::PartOfDay(_) => "part_of_day",
            Self::Set => "set",
        }
    }
}

/// A clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClockTime {
    /// 0–23.
    pub hour: u8,
    /// 0–59.
    pub minute: u8,
}

/// A position in time at some grain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TimePoint {
    /// The (first) day; for year grain only the year counts, for month grain year and month.
    pub date: CivilDate,
    /// The clock time, for hour and minute grains.
    pub time: Option<ClockTime>,
    pub grain: Grain,
    /// Minutes east of UTC when the text names a time zone (بتوقيت غرينتش، GMT+3).
    #[serde(default)]
    pub offset: Option<i16>,
}

impl TimePoint {
    /// A point at day grain.
    pub fn day(date: CivilDate) -> Self {
        Self {
            date,
            time: None,
            grain: Grain::Day,
            offset: None,
        }
    }

    /// A point at a clock time of `date` (hour or minute grain).
    pub fn at(date: CivilDate, time: ClockTime, grain: Grain, offset: Option<i16>) -> Self {
        Self {
            date,
            time: Some(time),
            grain,
            offset,
        }
    }

    /// The first day of a month.
    pub fn month(year: i32, month: u8) -> Option<Self> {
        Some(Self {
            date: CivilDate::new(year, month, 1)?,
            time: None,
            grain: Grain::Month,
            offset: None,
        })
    }

    /// The first day of a year.
    pub fn year(year: i32) -> Option<Self> {
        Some(Self {
            date: CivilDate::new(year, 1, 1)?,
            time: None,
            grain: Grain::Year,
            offset: None,
        })
    }

    /// ISO 8601 text at this point's grain, with the offset when one was named (`+03:00`).
    pub fn iso(&self) -> String {
        let d = self.date;
        match (self.grain, self.time) {
            (Grain::Year, _) => format!("{:04}", d.year),
            (Grain::Month, _) => format!("{:04}-{:02}", d.year, d.month),
            (Grain::Hour | Grain::Minute, Some(t)) => {
                let clock = format!("{}T{:02}:{:02}", d.iso(), t.hour, t.minute);
                match self.offset {
                    Some(minutes) => {
                        let sign = if minutes < 0 { '-' } else { '+' };
                        let m = minutes.unsigned_abs();
                        format!("{clock}{sign}{:02}:{:02}", m / 60, m % 60)
                    }
                    None => clock,
                }
            }
            _ => d.iso(),
        }
    }

    /// The first day this point covers.
    pub fn first_day(&self) -> CivilDate {
        self.date
    }

    /// The last day this point covers.
    pub fn last_day(&self) -> CivilDate {
        match self.grain {
            Grain::Year => CivilDate {
                month: 12,
                day: 31,
                ..self.date
            },
            Grain::Month => self.date.month_end(),
            Grain::Week => self.date.add_days(6),
            Grain::Day | Grain::Hour | Grain::Minute => self.date,
        }
    }
}

/// A normalized value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeValue {
    /// One day, month, year or moment.
    Point(TimePoint),
    /// From the first point to the second, both included.
    Interval(TimePoint, TimePoint),
    /// A length of time.
    Duration { amount: u32, unit: Grain },
}

impl TimeValue {
    /// ISO 8601 text: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-MM-DDTHH:MM`, `start/end`, `P11D`.
    pub fn iso(&self) -> String {
        match self {
            Self::Point(p) => p.iso(),
            Self::Interval(a, b) => format!("{}/{}", a.iso(), b.iso()),
            Self::Duration { amount, unit } => match unit {
                Grain::Year => format!("P{amount}Y"),
                Grain::Month => format!("P{amount}M"),
                Grain::Week => format!("P{amount}W"),
                Grain::Day => format!("P{amount}D"),
                Grain::Hour => format!("PT{amount}H"),
                Grain::Minute => format!("PT{amount}M"),
            },
        }
    }

    /// First and last day covered; `None` for durations.
    pub fn bounds(&self) -> Option<(CivilDate, CivilDate)> {
        match self {
            Self::Point(p) => Some((p.first_day(), p.last_day())),
            Self::Interval(a, b) => Some((a.first_day(), b.last_day())),
            Self::Duration { .. } => None,
        }
    }
}
