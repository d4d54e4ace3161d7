//! The date axis: tick steps that follow the calendar (days, months, years,
//! Gregorian or Umm al-Qura Hijri) and their labels.
//!
//! Tick values are days since 1970-01-01, the timeline's x unit. The same steps
//! place the grid lines, the labels under the plot and the bins of a zoomed-out view.

use marsad_core::time::month_names::{GREGORIAN_MONTHS, HIJRI_MONTHS};
use marsad_core::time::{CivilDate, gregorian_to_hijri, hijri_to_gregorian};

use crate::i18n::Language;

/// Which calendar the axis counts in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AxisCalendar {
    #[default]
    Gregorian,
    Hijri,
}

/// A tick step: every `n` days, months or years of the axis calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Days(i64),
    Months(i64),
    Years(i64),
}

impl Step {
    /// The steps from finest to coarsest.
    pub const ALL: [Step; 11] = [
        Step::Days(1),
        Step::Days(2),
        Step::Days(7),
        Step::Days(14),
        Step::Months(1),
        Step::Months(3),
        Step::Years(1),
        Step::Years(2),
        Step::Years(5),
        Step::Years(10),
        Step::Years(50),
    ];

    /// The step's rough length in days (months of 30.4, years of 365.2 days).
    pub fn approx_days(self) -> f64 {
        match self {
            Step::Days(n) => n as f64,
            Step::Months(n) => n as f64 * 30.44,
            Step::Years(n) => n as f64 * 365.25,
        }
    }

    /// Room (points) a label of this step needs: a full date is wider than a year.
    fn label_width(self) -> f32 {
        match self {
            Step::Days(_) => 120.0,
            Step::Months(_) => 100.0,
            Step::Years(_) => 48.0,
        }
    }

    /// The finest step whose labels fit at `points_per_day`.
    pub fn for_labels(points_per_day: f64) -> Step {
        Self::finest(|s| s.approx_days() * points_per_day >= f64::from(s.label_width()))
    }

    /// The finest step whose bins are at least `min_points` wide at `points_per_day`.
    pub fn for_bins(points_per_day: f64, min_points: f64) -> Step {
        Self::finest(|s| s.approx_days() * points_per_day >= min_points)
    }

    fn finest(fits: impl Fn(Step) -> bool) -> Step {
        Self::ALL
            .into_iter()
            .find(|&s| fits(s))
            .unwrap_or(Step::Years(100))
    }
}

/// The tick days from `from` to `to` (inclusive, days since 1970), on calendar
/// boundaries of `step`; at most `limit` of them.
pub fn ticks(from: f64, to: f64, step: Step, calendar: AxisCalendar, limit: usize) -> Vec<i64> {
    if !from.is_finite() || !to.is_finite() || to < from {
        return Vec::new();
    }
    let (first, last) = (from.floor() as i64, to.ceil() as i64);
    let mut out = Vec::new();
    match (step, calendar) {
        (Step::Days(n), _) => {
            let mut day = first.div_euclid(n) * n;
            while day <= last && out.len() < limit {
                if day >= first {
                    out.push(day);
                }
                day += n;
            }
        }
        (Step::Months(n), AxisCalendar::Gregorian) => {
            let start = CivilDate::from_days(first);
            let mut index = month_index(start.year, start.month).div_euclid(n) * n;
            while out.len() < limit {
                let (year, month) = from_month_index(index);
                let Some(day) = CivilDate::new(year, month, 1).map(CivilDate::to_days) else {
                    break;
                };
                if day > last {
                    break;
                }
                if day >= first {
                    out.push(day);
                }
                index += n;
            }
        }
        (Step::Years(n), AxisCalendar::Gregorian) => {
            let start = CivilDate::from_days(first).year;
            let mut year = i64::from(start).div_euclid(n) * n;
            while out.len() < limit {
                let Some(day) = CivilDate::new(year as i32, 1, 1).map(CivilDate::to_days) else {
                    break;
                };
                if day > last {
                    break;
                }
                if day >= first {
                    out.push(day);
                }
                year += n;
            }
        }
        (Step::Months(_) | Step::Years(_), AxisCalendar::Hijri) => {
            let Some((hy, hm, _)) = gregorian_to_hijri(CivilDate::from_days(first)) else {
                return out;
            };
            let per = match step {
                Step::Months(n) => n,
                Step::Years(n) => n * 12,
                Step::Days(_) => 1,
            };
            let mut index = month_index(hy, hm).div_euclid(per) * per;
            while out.len() < limit {
                let (year, month) = from_month_index(index);
                let Some(day) = hijri_to_gregorian(year, month, 1).map(CivilDate::to_days) else {
                    break;
                };
                if day > last {
                    break;
                }
                if day >= first {
                    out.push(day);
                }
                index += per;
            }
        }
    }
    out
}

fn month_index(year: i32, month: u8) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

fn from_month_index(index: i64) -> (i32, u8) {
    (
        index.div_euclid(12) as i32,
        (index.rem_euclid(12) + 1) as u8,
    )
}

const ENGLISH_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The label of the tick at `day` for a step: the whole date for day steps, the
/// month and year for month steps, the year for year steps. Hijri labels are
/// Arabic whatever the interface language (١٠ ربيع الأول 1447 is how it is written).
pub fn tick_label(day: i64, step: Step, calendar: AxisCalendar, language: Language) -> String {
    let grain = match step {
        Step::Days(_) => Grain::Day,
        Step::Months(_) => Grain::Month,
        Step::Years(_) => Grain::Year,
    };
    date_label(day, grain, calendar, language)
}

/// How much of a date a label shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grain {
    Day,
    Month,
    Year,
}

/// A date in the axis calendar: `2 Sep 2025`, `2 سبتمبر 2025` or `10 ربيع الأول 1447`.
pub fn date_label(day: i64, grain: Grain, calendar: AxisCalendar, language: Language) -> String {
    let date = CivilDate::from_days(day);
    let (year, month, dom, names) = match calendar {
        AxisCalendar::Hijri => match gregorian_to_hijri(date) {
            Some((y, m, d)) => (y, m, d, &HIJRI_MONTHS),
            None => return date.iso(),
        },
        AxisCalendar::Gregorian if language.is_rtl() => {
            (date.year, date.month, date.day, &GREGORIAN_MONTHS)
        }
        AxisCalendar::Gregorian => (date.year, date.month, date.day, &ENGLISH_MONTHS),
    };
    let name = names
        .get(usize::from(month).saturating_sub(1))
        .copied()
        .unwrap_or("?");
    match grain {
        Grain::Day => format!("{dom} {name} {year}"),
        Grain::Month => format!("{name} {year}"),
        Grain::Year => year.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(y: i32, m: u8, d: u8) -> i64 {
        CivilDate::new(y, m, d).unwrap().to_days()
    }

    #[test]
    fn labels_in_both_calendars() {
        let sep2 = days(2025, 9, 2);
        let cases = [
            (
                Grain::Day,
                AxisCalendar::Hijri,
                Language::English,
                "10 ربيع الأول 1447",
            ),
            (
                Grain::Month,
                AxisCalendar::Hijri,
                Language::Arabic,
                "ربيع الأول 1447",
            ),
            (Grain::Year, AxisCalendar::Hijri, Language::English, "1447"),
            (
                Grain::Day,
                AxisCalendar::Gregorian,
                Language::English,
                "2 Sep 2025",
            ),
            (
                Grain::Day,
                AxisCalendar::Gregorian,
                Language::Arabic,
                "2 سبتمبر 2025",
            ),
            (
                Grain::Month,
                AxisCalendar::Gregorian,
                Language::English,
                "Sep 2025",
            ),
            (
                Grain::Year,
                AxisCalendar::Gregorian,
                Language::Arabic,
                "2025",
            ),
        ];
        for (grain, calendar, language, expected) in cases {
            assert_eq!(date_label(sep2, grain, calendar, language), expected);
        }
        // 1442-10-09 = 2021-05-21: Shawwal.
        assert_eq!(
            date_label(
                days(2021, 5, 21),
                Grain::Day,
                AxisCalendar::Hijri,
                Language::Arabic
            ),
            "9 شوال 1442"
        );
    }

    #[test]
    fn ticks_fall_on_calendar_boundaries() {
        let from = days(2024, 11, 20) as f64;
        let to = days(2025, 3, 10) as f64;
        let months = ticks(from, to, Step::Months(1), AxisCalendar::Gregorian, 100);
        let expected: Vec<i64> = [(2024, 12), (2025, 1), (2025, 2), (2025, 3)]
            .iter()
            .map(|&(y, m)| days(y, m, 1))
            .collect();
        assert_eq!(months, expected);
        let years = ticks(from, to, Step::Years(1), AxisCalendar::Gregorian, 100);
        assert_eq!(years, vec![days(2025, 1, 1)]);
        // Every Hijri month tick is the first of a Hijri month.
        let hijri = ticks(from, to, Step::Months(1), AxisCalendar::Hijri, 100);
        assert_eq!(hijri.len(), 4, "{hijri:?}");
        for day in &hijri {
            let (_, _, d) = gregorian_to_hijri(CivilDate::from_days(*day)).unwrap();
            assert_eq!(d, 1);
        }
        let weeks = ticks(from, to, Step::Days(7), AxisCalendar::Gregorian, 100);
        assert!(weeks.windows(2).all(|w| w[1] - w[0] == 7));
        assert_eq!(
            ticks(from, to, Step::Days(1), AxisCalendar::Hijri, 5).len(),
            5
        );
    }

    #[test]
    fn steps_coarsen_as_the_axis_zooms_out() {
        assert_eq!(Step::for_labels(200.0), Step::Days(1));
        assert_eq!(Step::for_labels(5.0), Step::Months(1));
        assert_eq!(Step::for_labels(0.2), Step::Years(1));
        assert_eq!(Step::for_bins(0.01, 4.0), Step::Years(2));
    }
}
