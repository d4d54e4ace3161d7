//! Placing expressions against the reference date: year inference, weekdays,
//! and the cues that say whether a sentence looks forward.

use serde::{Deserialize, Serialize};

use super::civil::{CivilDate, Weekday};
use super::lexicon::{Dir, Tok, TokKind};
use super::value::{ClockTime, Grain, TimePoint, TimeValue};

/// Which way a bare weekday, month or year-less date is read from the reference when
/// nothing in the sentence says (a forward cue such as المقبل or سوف still reads forward).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Prefer {
    /// News: what is reported has happened (a day-month date a few days ahead still reads ahead).
    #[default]
    Past,
    /// Schedules and previews: what is named is coming.
    Future,
    /// Whichever reading is closer to the reference.
    Nearest,
}

impl Prefer {
    /// `past`, `future` or `nearest`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Past => "past",
            Self::Future => "future",
            Self::Nearest => "nearest",
        }
    }

    /// Parses `past`, `future` or `nearest`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.trim() {
            "past" => Some(Self::Past),
            "future" => Some(Self::Future),
            "nearest" => Some(Self::Nearest),
            _ => None,
        }
    }
}

/// How one expression leans: the reference's direction, made stricter by its sentence
/// (a forward cue reads forward; a verb in the past keeps a year-less date in the past).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lean {
    /// News: back, unless a day-month date is only a little ahead.
    Past,
    /// Back, whatever is ahead: the sentence speaks of the past (ارتفعت الأسعار في يناير).
    PastOnly,
    Future,
    Nearest,
}

impl From<Prefer> for Lean {
    fn from(prefer: Prefer) -> Self {
        match prefer {
            Prefer::Past => Self::Past,
            Prefer::Future => Self::Future,
            Prefer::Nearest => Self::Nearest,
        }
    }
}

/// The date (and time) an article was published, against which relative expressions
/// resolve, with the reading direction and whether the date was inferred from the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reference {
    pub date: CivilDate,
    pub time: Option<ClockTime>,
    /// The reading direction for bare weekdays, months and year-less dates.
    pub prefer: Prefer,
    /// True when the article states no date and this one was inferred from its content.
    pub inferred: bool,
}

impl Reference {
    /// A reference day without a time, read in the news direction (past).
    pub fn from_date(date: CivilDate) -> Self {
        Self {
            date,
            time: None,
            prefer: Prefer::Past,
            inferred: false,
        }
    }

    /// The same reference read in another direction.
    #[must_use]
    pub fn with_prefer(self, prefer: Prefer) -> Self {
        Self { prefer, ..self }
    }

    /// A reference from parts that are already valid (a parsed publication date); a
    /// missing minute with a known hour counts as minute 0, an impossible day is clamped.
    pub fn from_ymd_hm(
        year: i32,
        month: u8,
        day: u8,
        hour: Option<u8>,
        minute: Option<u8>,
    ) -> Self {
        let month = month.clamp(1, 12);
        let day = day.clamp(1, super::civil::days_in_month(year, month));
        let date = CivilDate { year, month, day };
        let time = hour.filter(|h| *h < 24).map(|hour| ClockTime {
            hour,
            minute: minute.filter(|m| *m < 60).unwrap_or(0),
        });
        Self {
            time,
            ..Self::from_date(date)
        }
    }

    /// Parses `YYYY-MM-DD` or an RFC 3339 date-time (`2024-11-27T20:51:00+03:00`);
    /// the local date and time are kept, the offset is ignored.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        let date = CivilDate::parse_iso(s.get(..10)?)?;
        let rest = s.get(10..).unwrap_or("");
        if rest.is_empty() {
            return Some(Self::from_date(date));
        }
        let clock = rest.strip_prefix(['T', 't', ' '])?;
        let hour: u8 = clock.get(..2)?.parse().ok()?;
        let minute: u8 = clock.get(3..5)?.parse().ok()?;
        (hour < 24 && minute < 60).then_some(Self {
            time: Some(ClockTime { hour, minute }),
            ..Self::from_date(date)
        })
    }
}

/// How far (in days) a past reading may lie before a nearer future reading wins, when the
/// sentence gives no direction: news mostly reports the past, but "يوم 29 نوفمبر" in an
/// article of 27 November is two days ahead, not a year back.
const PAST_PREFERENCE_DAYS: i64 = 200;

/// How close ahead a year-less day may be and still be read ahead after a verb in the past.
const NEAR_AHEAD_DAYS: i64 = 7;

/// Picks the year for a day and month written without one.
pub(crate) fn infer_year(
    reference: CivilDate,
    month: u8,
    day: u8,
    lean: Lean,
    weekday: Option<Weekday>,
) -> Option<CivilDate> {
    let r = reference.to_days();
    let candidates: Vec<CivilDate> = (reference.year - 1..=reference.year + 1)
        .filter_map(|y| CivilDate::new(y, month, day))
        .collect();
    if let Some(wd) = weekday {
        let matching = candidates
            .iter()
            .filter(|c| c.weekday() == wd)
            .min_by_key(|c| (c.to_days() - r).abs());
        if let Some(&m) = matching {
            return Some(m);
        }
    }
    let past = candidates
        .iter()
        .filter(|c| c.to_days() <= r)
        .max()
        .copied();
    let future = candidates
        .iter()
        .filter(|c| c.to_days() >= r)
        .min()
        .copied();
    choose(past, future, r, lean, |c| c.to_days())
}

/// Picks the year for a month written without one (month grain).
pub(crate) fn infer_month_year(reference: CivilDate, month: u8, lean: Lean) -> Option<i32> {
    let r = i64::from(reference.year) * 12 + i64::from(reference.month);
    let past = reference.year - i32::from(month > reference.month);
    let future = reference.year + i32::from(month < reference.month);
    choose(Some(past), Some(future), r * 30, lean, |y| {
        (i64::from(*y) * 12 + i64::from(month)) * 30
    })
}

/// Chooses between the past and the future reading of a year-less date (`days` places a
/// candidate on the same scale as `r`).
pub(crate) fn choose<T: Copy>(
    past: Option<T>,
    future: Option<T>,
    r: i64,
    lean: Lean,
    days: impl Fn(&T) -> i64,
) -> Option<T> {
    match (past, future) {
        (Some(p), Some(f)) => {
            let dp = r - days(&p);
            let df = days(&f) - r;
            let past_wins = match lean {
                Lean::Future => false,
                // Even after a verb in the past, a day a few days ahead is that day:
                // زينت المحلات واجهاتها بمناسبة الكريسماس, written on 20 December.
                Lean::PastOnly => df > NEAR_AHEAD_DAYS,
                Lean::Nearest => dp <= df,
                Lean::Past => dp <= PAST_PREFERENCE_DAYS || dp <= df,
            };
            Some(if past_wins { p } else { f })
        }
        (p, f) => p.or(f),
    }
}

/// A bare weekday: on or before the reference when reading back, on or after it when
/// reading forward, the closer of the two when reading nearest; الماضي/المقبل/الجاري
/// name the last, next or current week's day.
pub(crate) fn place_weekday(
    reference: CivilDate,
    wd: Weekday,
    dir: Option<Dir>,
    lean: Lean,
) -> CivilDate {
    let diff = (wd.index() - reference.weekday().index()).rem_euclid(7);
    let back = (7 - diff) % 7;
    match (dir, lean) {
        (Some(Dir::Past), _) => reference.add_days(-(if back == 0 { 7 } else { back })),
        (Some(Dir::Next), _) => reference.add_days(if diff == 0 { 7 } else { diff }),
        (Some(Dir::Current), _) | (None, Lean::Nearest) => {
            reference.add_days(if diff <= 3 { diff } else { -back })
        }
        (None, Lean::Future) => reference.add_days(diff),
        (None, Lean::Past | Lean::PastOnly) => reference.add_days(-back),
    }
}

/// The day with weekday `wd` closest to `near` (used for "اليوم الاثنين", "أمس الخميس").
pub(crate) fn nearest_weekday(near: CivilDate, wd: Weekday) -> CivilDate {
    let diff = (wd.index() - near.weekday().index()).rem_euclid(7);
    if diff <= 3 {
        near.add_days(diff)
    } else {
        near.add_days(diff - 7)
    }
}

/// The unit-long span `offset` units away from the reference (الشهر الماضي = offset -1).
pub(crate) fn shifted_unit(reference: CivilDate, unit: Grain, offset: i64) -> Option<TimeValue> {
    Some(match unit {
        Grain::Year => TimeValue::Point(TimePoint::year(reference.year + offset as i32)?),
        Grain::Month => {
            let d = reference.add_months(offset);
            TimeValue::Point(TimePoint::month(d.year, d.month)?)
        }
        Grain::Week => {
            let monday = reference.add_days(-(reference.weekday().index() + 6) % 7 + offset * 7);
            week_interval(monday)
        }
        Grain::Day | Grain::Hour | Grain::Minute => {
            TimeValue::Point(TimePoint::day(reference.add_days(offset)))
        }
    })
}

/// A Monday-to-Sunday week as an interval of days (the expression's grain says week).
pub(crate) fn week_interval(monday: CivilDate) -> TimeValue {
    TimeValue::Interval(TimePoint::day(monday), TimePoint::day(monday.add_days(6)))
}

/// The point `amount` units away from the reference, at the unit's grain.
pub(crate) fn shifted_point(reference: CivilDate, unit: Grain, amount: i64) -> Option<TimePoint> {
    Some(match unit {
        Grain::Year => TimePoint::year(reference.year + amount as i32)?,
        Grain::Month => {
            let d = reference.add_months(amount);
            TimePoint::month(d.year, d.month)?
        }
        Grain::Week => TimePoint::day(reference.add_days(amount * 7)),
        Grain::Day | Grain::Hour | Grain::Minute => TimePoint::day(reference.add_days(amount)),
    })
}

/// Words that make a sentence point forward (announcements, schedules).
const FORWARD_WORDS: &[&str] = &[
    "المقبل",
    "المقبله",
    "القادم",
    "القادمه",
    "المرتقب",
    "المرتقبه",
    "سوف",
    "المنتظر",
    "المقرر",
    "المتوقع",
    "المزمع",
    "مقرر",
    "مقرره",
    "تقرر",
    "يرتقب",
    "ترتقب",
    "موعد",
    "تنطلق",
    "ينطلق",
    "تنتظم",
    "ينتظم",
    "يلتيم",
    "تلتيم",
    "تقام",
    "يقام",
    "تجري",
    "يجري",
    "يعتزم",
    "تعتزم",
    "يحتضن",
    "تحتضن",
    "ارجي",
    "ارجا",
    "تاجيل",
    "تاجل",
    "يوجل",
    "يستضيف",
    "تستضيف",
    "غدا",
    "ستكون",
    "سيكون",
    "المبرمج",
    "المبرمجه",
    "مبرمج",
    "مبرمجه",
    "موعدا",
    "يتم",
    "ويتم",
];

static FORWARD_SET: std::sync::LazyLock<crate::text::words::WordSet> =
    std::sync::LazyLock::new(|| crate::text::words::WordSet::new(FORWARD_WORDS));

/// Nouns starting with س that are not future verbs (سياسة، سيارة، ستة…).
const SIN_NOUNS: &[&str] = &[
    "سيا", "سيد", "سيط", "سين", "سيو", "سيف", "سير", "سيل", "سيت", "ستا", "ستي", "ستو", "ستر",
    "سته", "نو", "سنه", "سنت", "سنغ", "سنو", "سني", "سنا",
];

fn is_future_verb(word: &str) -> bool {
    let w = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .unwrap_or(word);
    let Some(rest) = w.strip_prefix('س') else {
        return false;
    };
    let starts_imperfect = rest.starts_with(['ي', 'ت', 'ن']);
    starts_imperfect && rest.chars().count() >= 3 && !SIN_NOUNS.iter().any(|n| w.starts_with(n))
}

/// Nouns ending in ت that look like a verb in the past (وقت، صوت، بيروت).
const T_NOUNS: &[&str] = &[
    "وقت",
    "صوت",
    "بيت",
    "زيت",
    "ميت",
    "ثابت",
    "موقت",
    "بيروت",
    "تابوت",
    "ياقوت",
    "كبريت",
    "انترنت",
    "سكوت",
    "نبات",
    "حانوت",
    "ملكوت",
    "جبروت",
    "الكويت",
    "تكريت",
    "حضرموت",
];

/// True for a verb in the past of clear shape: كان، لقد، and perfect verbs ending in ت
/// (ارتفعت، تراجعت، شهدت) or وا (قالوا، أعلنوا).
pub(crate) fn is_past_verb(word: &str) -> bool {
    // وصلت is وصل + ت, وقالت is و + قالت: try the word with and without its و or ف.
    past_shape(word)
        || word
            .strip_prefix(['و', 'ف'])
            .filter(|r| r.chars().count() >= 3)
            .is_some_and(past_shape)
}

fn past_shape(w: &str) -> bool {
    if matches!(w, "كان" | "كانت" | "كانوا" | "لقد") {
        return true;
    }
    let n = w.chars().count();
    let imperfect = w.starts_with(['ي', 'ن']) || w.starts_with('ت') && n < 5;
    if imperfect || w.starts_with("ال") || T_NOUNS.contains(&w) {
        return false;
    }
    (4..=7).contains(&n) && w.ends_with('ت') && !w.ends_with("ات")
        || (4..=7).contains(&n) && w.ends_with("وا") && !w.starts_with('ت')
}

/// Per token: is it a forward cue, and which sentence (split at . ! ? ؟ ؛ and newlines)
/// holds it.
pub(crate) fn cue_flags(text: &str, toks: &[Tok]) -> (Vec<bool>, Vec<u32>) {
    let mut cues = Vec::with_capacity(toks.len());
    let mut sentences = Vec::with_capacity(toks.len());
    let mut sentence = 0u32;
    let word_at = |t: &Tok| {
        (t.kind == TokKind::Word)
            .then(|| text.get(t.start..t.end))
            .flatten()
    };
    for (i, t) in toks.iter().enumerate() {
        sentences.push(sentence);
        let word = word_at(t);
        // إن شاء الله (also misspelt إنشاء الله) speaks of what is to come.
        let god_willing = matches!(word, Some("شاء" | "انشاء"))
            && toks.get(i + 1).and_then(word_at) == Some("الله")
            || matches!(word, Some("انشالله" | "انشاالله"));
        cues.push(
            god_willing
                || word.is_some_and(|w| {
                    let bare = w
                        .strip_prefix('و')
                        .filter(|r| r.chars().count() > 3)
                        .unwrap_or(w);
                    FORWARD_SET.contains(bare) || is_future_verb(w)
                }),
        );
        if t.kind == TokKind::Punct
            && matches!(
                text.get(t.start..t.end),
                Some("." | "!" | "?" | "؟" | "؛" | "\n")
            )
        {
            sentence += 1;
        }
    }
    (cues, sentences)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> CivilDate {
        CivilDate::new(y, m, day).unwrap()
    }

    #[test]
    fn year_inference() {
        let r = d(2018, 5, 6);
        let (past, future, nearest) = (Lean::Past, Lean::Future, Lean::Nearest);
        assert_eq!(infer_year(r, 6, 24, future, None), Some(d(2018, 6, 24)));
        assert_eq!(infer_year(r, 4, 2, past, None), Some(d(2018, 4, 2)));
        assert_eq!(infer_year(r, 12, 20, past, None), Some(d(2017, 12, 20)));
        assert_eq!(infer_year(r, 12, 20, nearest, None), Some(d(2017, 12, 20)));
        assert_eq!(infer_year(r, 10, 20, nearest, None), Some(d(2018, 10, 20)));
        assert_eq!(infer_year(r, 4, 2, future, None), Some(d(2019, 4, 2)));
        assert_eq!(
            infer_year(d(2024, 11, 27), 11, 29, past, None),
            Some(d(2024, 11, 29))
        );
        assert_eq!(
            infer_year(d(2025, 1, 3), 12, 30, past, None),
            Some(d(2024, 12, 30))
        );
        assert_eq!(infer_month_year(r, 3, past), Some(2018));
        assert_eq!(infer_month_year(r, 9, future), Some(2018));
        assert_eq!(infer_month_year(r, 9, past), Some(2018));
        assert_eq!(infer_month_year(r, 11, past), Some(2017));
        assert_eq!(infer_month_year(r, 3, future), Some(2019));
    }

    #[test]
    fn weekdays() {
        let wed = d(2024, 11, 27);
        let (past, future, nearest) = (Lean::Past, Lean::Future, Lean::Nearest);
        let cases = [
            (Weekday::Tuesday, None, past, d(2024, 11, 26)),
            (Weekday::Tuesday, None, future, d(2024, 12, 3)),
            (Weekday::Tuesday, None, nearest, d(2024, 11, 26)),
            (Weekday::Saturday, None, nearest, d(2024, 11, 30)),
            (Weekday::Wednesday, None, future, d(2024, 11, 27)),
            (Weekday::Wednesday, Some(Dir::Past), past, d(2024, 11, 20)),
            (Weekday::Monday, Some(Dir::Next), past, d(2024, 12, 2)),
            (Weekday::Sunday, Some(Dir::Past), future, d(2024, 11, 24)),
        ];
        for (wd, dir, prefer, want) in cases {
            assert_eq!(
                place_weekday(wed, wd, dir, prefer),
                want,
                "{wd:?} {dir:?} {prefer:?}"
            );
        }
        assert_eq!(nearest_weekday(wed, Weekday::Tuesday), d(2024, 11, 26));
    }

    #[test]
    fn past_verbs() {
        for w in ["ارتفعت", "وتراجعت", "شهدت", "قالوا", "كان", "لقد", "أعلنوا"]
        {
            let folded = w.replace('أ', "ا");
            assert!(is_past_verb(&folded), "{w}");
        }
        for w in [
            "وقت",
            "بيروت",
            "يموت",
            "تموت",
            "الكويت",
            "سنوات",
            "يقولوا",
            "تقولوا",
            "حالات",
        ] {
            assert!(!is_past_verb(w), "{w}");
        }
    }

    #[test]
    fn future_verbs() {
        for w in ["ستجري", "سيعقد", "وسننطلق", "ستنطلق"] {
            assert!(is_future_verb(w), "{w}");
        }
        for w in ["سياسه", "سياره", "سته", "سنه", "سيدي", "ستين"] {
            assert!(!is_future_verb(w), "{w}");
        }
    }

    #[test]
    fn parse_reference() {
        let r = Reference::parse("2024-11-27T20:51:00+03:00").unwrap();
        assert_eq!(r.date, d(2024, 11, 27));
        assert_eq!(
            r.time,
            Some(ClockTime {
                hour: 20,
                minute: 51
            })
        );
        assert_eq!(Reference::parse("2016-05-02").unwrap().time, None);
        assert!(Reference::parse("2016-13-02").is_none());
    }
}
