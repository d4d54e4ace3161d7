//! The scanner: token helpers, the left-to-right longest-match loop, and
//! absolute dates (day–month–year in words or digits, Hijri, years, times).

use super::civil::{self, CivilDate, Weekday};
use super::lexicon::{Count, Dir, Kw, Lex, Lexed, MonthCal, Tok, TokKind, lex_at};
use super::resolve::{self, Reference};
use super::value::{Calendar, ClockTime, Grain, Kind, Resolution, TimePoint, TimeValue};

/// A match: token range and what it means.
#[derive(Clone, Debug)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) value: Option<TimeValue>,
    pub(crate) grain: Grain,
    pub(crate) calendar: Calendar,
    pub(crate) kind: Kind,
    pub(crate) resolution: Resolution,
}

impl Hit {
    /// A Gregorian hit; `value` `None` means it needs a reference.
    pub(crate) fn new(
        start: usize,
        end: usize,
        value: Option<TimeValue>,
        grain: Grain,
        kind: Kind,
        resolution: Resolution,
    ) -> Self {
        let resolution = if value.is_none() {
            Resolution::Unresolved
        } else {
            resolution
        };
        Self {
            start,
            end,
            value,
            grain,
            calendar: Calendar::Gregorian,
            kind,
            resolution,
        }
    }
}

/// The folded text, its tokens and their lookups, and the reference.
pub(crate) struct Ctx<'a> {
    pub(crate) text: &'a str,
    pub(crate) toks: &'a [Tok],
    lexed: Vec<Option<Lexed>>,
    cues: Vec<bool>,
    sentences: Vec<u32>,
    pub(crate) reference: Option<Reference>,
}

/// A day–month–year chain before resolution.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Abs {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) day: Option<u8>,
    pub(crate) month: Option<u8>,
    pub(crate) year: Option<i32>,
    pub(crate) hijri: bool,
    pub(crate) weekday: Option<Weekday>,
    pub(crate) dir: Option<Dir>,
    pub(crate) time: Option<(ClockTime, Grain)>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(text: &'a str, toks: &'a [Tok], reference: Option<Reference>) -> Self {
        let lexed = (0..toks.len()).map(|i| lex_at(text, toks, i)).collect();
        let (cues, sentences) = resolve::cue_flags(text, toks);
        Self {
            text,
            toks,
            lexed,
            cues,
            sentences,
            reference,
        }
    }

    pub(crate) fn lx(&self, i: usize) -> Option<Lex> {
        self.lexed.get(i).copied().flatten().map(|l| l.lex)
    }

    /// Index after the (possibly two-token) word at `i`.
    pub(crate) fn after(&self, i: usize) -> usize {
        i + self.lexed.get(i).copied().flatten().map_or(1, |l| l.width)
    }

    /// Proclitic bytes at the start of token `i`.
    pub(crate) fn clitic(&self, i: usize) -> usize {
        self.lexed.get(i).copied().flatten().map_or(0, |l| l.clitic)
    }

    pub(crate) fn kw(&self, i: usize, kw: Kw) -> bool {
        self.lx(i) == Some(Lex::Kw(kw))
    }

    pub(crate) fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.toks.get(i)?;
        (t.kind == TokKind::Word)
            .then(|| self.text.get(t.start..t.end))
            .flatten()
    }

    pub(crate) fn punct(&self, i: usize) -> Option<char> {
        let t = self.toks.get(i)?;
        if t.kind != TokKind::Punct {
            return None;
        }
        self.text.get(t.start..t.end)?.chars().next()
    }

    /// A digit run: value and digit count.
    pub(crate) fn num(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i)?;
        let s = self.text.get(t.start..t.end)?;
        (t.kind == TokKind::Num && s.len() <= 9)
            .then(|| s.parse().ok().map(|n| (n, s.len())))
            .flatten()
    }

    /// True when the digit runs at `a` and `b` are separated by nothing but the token between.
    pub(crate) fn tight(&self, a: usize, b: usize) -> bool {
        match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => y.start.saturating_sub(x.end) <= 3,
            _ => false,
        }
    }

    /// True when a forward cue (المقبل، سوف، a future verb…) sits within a few words before
    /// `i` or just after it, in the same sentence: "قال يوم الثلاثاء إن الانتخابات ستجرى"
    /// must not push Tuesday into the future.
    pub(crate) fn forward(&self, i: usize) -> bool {
        const BEFORE: usize = 6;
        const AFTER: usize = 1;
        let sentence = self.sentences.get(i).copied();
        (i.saturating_sub(BEFORE)..(i + AFTER).min(self.toks.len())).any(|k| {
            self.cues.get(k).copied().unwrap_or(false) && self.sentences.get(k).copied() == sentence
        })
    }

    pub(crate) fn ref_date(&self) -> Option<CivilDate> {
        self.reference.map(|r| r.date)
    }

    /// Every expression, left to right, longest match first, no overlaps.
    pub(crate) fn scan(&self) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // Every expression starts on a vocabulary word, a number or فصل.
            let can_start = self.lexed.get(i).is_some_and(Option::is_some)
                || self.toks.get(i).is_some_and(|t| t.kind == TokKind::Num)
                || matches!(self.word(i), Some("فصل" | "فاتح" | "غره"));
            if !can_start {
                i += 1;
                continue;
            }
            let candidates = [
                self.interval(i),
                self.absolute(i).and_then(|a| self.resolve_abs(a)),
                self.year_expr(i),
                self.relative(i),
                self.part_of_day(i),
                self.season(i),
                self.third(i),
                self.quantity(i),
                self.week_of_month(i),
            ];
            let best = candidates
                .into_iter()
                .flatten()
                .fold(None::<Hit>, |best, h| match best {
                    Some(b) if b.end >= h.end => Some(b),
                    _ => Some(h),
                });
            if let Some(hit) = best.filter(|h| h.end > i) {
                i = hit.end;
                hits.push(hit);
            } else {
                i += 1;
            }
        }
        hits
    }

    /// A plausible year at `i`: a 4-digit number (3–4 digits for Hijri).
    fn year_at(&self, i: usize, hijri: bool) -> Option<i32> {
        let (n, digits) = self.num(i)?;
        let n = n as i32;
        if hijri {
            ((3..=4).contains(&digits) && (1300..=1600).contains(&n)).then_some(n)
        } else {
            (digits == 4 && (1000..=2200).contains(&n)).then_some(n)
        }
    }

    /// Month name at `i` with an optional dual form (نوفمبر/تشرين الثاني, يونيو (حزيران)).
    fn month_at(&self, i: usize) -> Option<(u8, bool, bool, usize)> {
        let Some(Lex::Month { n, cal, ambiguous }) = self.lx(i) else {
            return None;
        };
        let hijri = cal == MonthCal::Hijri;
        let mut end = self.after(i);
        let same = |j: usize| matches!(self.lx(j), Some(Lex::Month { n: m, cal: c, .. }) if m == n && c == cal);
        match self.punct(end) {
            Some('/' | '-') if same(end + 1) => end = self.after(end + 1),
            Some('(') if same(end + 1) && self.punct(self.after(end + 1)) == Some(')') => {
                end = self.after(end + 1) + 1;
            }
            _ => {}
        }
        Some((n, hijri, ambiguous, end))
    }

    /// An ordinal day in words (الحادي والعشرين، الخامس عشر) followed by من.
    fn ordinal_day(&self, i: usize) -> Option<(u8, usize)> {
        let Some(Lex::Ordinal(n)) = self.lx(i) else {
            return None;
        };
        // «الأسبوع الأول من يناير» counts weeks, not days.
        if i > 0
            && matches!(
                self.lx(i - 1),
                Some(Lex::Unit {
                    unit: Grain::Week,
                    definite: true,
                    ..
                })
            )
        {
            return None;
        }
        let mut value = n;
        let mut j = i + 1;
        if n < 10 && self.lx(j) == Some(Lex::NumWord(10)) {
            value += 10;
            j += 1;
        } else if n < 10
            && let Some(w) = self.word(j)
        {
            let tens = match w {
                "والعشرين" => 20,
                "والثلاثين" => 30,
                _ => 0,
            };
            if tens > 0 {
                value += tens;
                j += 1;
            }
        }
        if self.kw(j, Kw::From) {
            j += 1;
        }
        (1..=31).contains(&value).then_some((value as u8, j))
    }

    /// Day, month, optional year and time starting at `i` (weekday and يوم prefixes included).
    pub(crate) fn absolute(&self, i: usize) -> Option<Abs> {
        let mut abs = Abs {
            start: i,
            ..Abs::default()
        };
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
        if let Some(Lex::Weekday(w)) = self.lx(j) {
            abs.weekday = Some(w);
            j += 1;
            if matches!(self.punct(j), Some('،' | ',')) {
                j += 1;
            }
        }
        if self.kw(j, Kw::Corresponding) {
            j += 1;
            if self.word(j) == Some("ل") {
                j += 1;
            }
            // Alone, الموافق introduces the date; it only belongs to it after a weekday.
            if abs.weekday.is_none() {
                abs.start = j;
            }
        }
        let body = self.numeric_date(j).or_else(|| self.worded_date(j, i))?;
        abs.day = body.day;
        abs.month = body.month;
        abs.year = body.year;
        abs.hijri = body.hijri;
        abs.dir = body.dir;
        abs.end = body.end;
        if abs.day.is_some()
            && let Some((t, grain, end)) = self.clock(abs.end, abs.year.is_some())
        {
            abs.time = Some((t, grain));
            abs.end = end;
        }
        Some(abs)
    }

    /// `2024-11-27`, `27/11/2024`, `2024/11/27`.
    fn numeric_date(&self, i: usize) -> Option<Abs> {
        let (first, first_len) = self.num(i)?;
        let sep = self.punct(i + 1).filter(|c| matches!(c, '-' | '/' | '.'))?;
        let (second, second_len) = self.num(i + 2)?;
        if self.punct(i + 3) != Some(sep) || !self.tight(i, i + 2) || !self.tight(i + 2, i + 4) {
            return None;
        }
        let (third, third_len) = self.num(i + 4)?;
        // Dates glued into a path or a longer number run (/images/2025/11/25/52912) are not dates.
        let glued = |a: usize, b: usize| match (self.toks.get(a), self.toks.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        };
        let before = i.checked_sub(1).filter(|&p| {
            self.punct(p)
                .is_some_and(|c| matches!(c, '/' | '-' | '.' | ':'))
                && glued(p, i)
        });
        let after = self.punct(i + 5) == Some(sep) && glued(i + 4, i + 5);
        if before.is_some() || after {
            return None;
        }
        let (year, month, day) = match (first_len, second_len, third_len) {
            (4, 1..=2, 1..=2) => (first, second, third),
            (1..=2, 1..=2, 4) => (third, second, first),
            _ => return None,
        };
        let date = CivilDate::new(
            year as i32,
            u8::try_from(month).ok()?,
            u8::try_from(day).ok()?,
        )?;
        if !(1900..=2100).contains(&date.year) {
            return None;
        }
        Some(Abs {
            day: Some(date.day),
            month: Some(date.month),
            year: Some(date.year),
            end: i + 5,
            ..Abs::default()
        })
    }

    /// `21 مايو 2021`, `الحادي والعشرين من مايو`, `مايو 2021`, `شهر رمضان`, `نوفمبر الماضي`.
    pub(crate) fn worded_date(&self, j: usize, start: usize) -> Option<Abs> {
        let mut abs = Abs::default();
        let mut k = j;
        if let Some((d, _)) = self
            .num(j)
            .filter(|&(d, digits)| digits <= 2 && (1..=31).contains(&d))
        {
            abs.day = Some(d as u8);
            k = j + 1;
            // `الـ15 من أكتوبر`
            if self.kw(k, Kw::From) && self.month_at(k + 1).is_some() {
                k += 1;
            }
        } else if let Some((d, next)) = self.ordinal_day(j) {
            abs.day = Some(d);
            k = next;
        } else if matches!(self.word(j), Some("فاتح" | "غره")) {
            // The first of the month: فاتح (Maghreb), غرة (above all for Hijri months).
            abs.day = Some(1);
            k = j + 1;
        }
        let after_shahr = matches!(
            self.lx(k),
            Some(Lex::Unit {
                unit: Grain::Month,
                count: Count::Singular,
                definite: false
            })
        );
        if after_shahr {
            k += 1;
        }
        let (n, hijri, ambiguous, mut end) = self.month_at(k)?;
        if abs.day.is_some() && self.clitic(k) > 0 {
            return None;
        }
        abs.month = Some(n);
        abs.hijri = hijri;
        if matches!(self.punct(end), Some('،' | ',')) && self.year_at(end + 1, hijri).is_some() {
            end += 1;
        }
        if let Some(y) = self.year_at(end, hijri) {
            let mark = self.lx(end + 1);
            let contradicts = (hijri && mark == Some(Lex::Kw(Kw::GregorianMark)))
                || (!hijri && mark == Some(Lex::Kw(Kw::HijriMark)));
            if !contradicts {
                abs.year = Some(y);
                end += 1;
                if matches!(mark, Some(Lex::Kw(Kw::HijriMark | Kw::GregorianMark))) {
                    end += 1;
                }
            }
        } else if let Some(Lex::Mod(d)) = self.lx(end) {
            abs.dir = Some(d);
            end += 1;
        }
        let anchored = abs.day.is_some() || abs.year.is_some() || abs.dir.is_some() || after_shahr;
        let prev_cue = j == start
            && j.checked_sub(1).and_then(|p| self.lx(p)).is_some_and(|l| {
                matches!(
                    l,
                    Lex::Kw(
                        Kw::In
                            | Kw::From
                            | Kw::Since
                            | Kw::During
                            | Kw::Until
                            | Kw::To
                            | Kw::Before
                            | Kw::After
                    ) | Lex::Third(_)
                )
            });
        if !anchored && (ambiguous || hijri || !prev_cue) {
            return None;
        }
        abs.end = end;
        Some(abs)
    }

    /// Turns a day–month–year chain into a value using the reference when the year is missing.
    pub(crate) fn resolve_abs(&self, abs: Abs) -> Option<Hit> {
        let calendar = if abs.hijri {
            Calendar::Hijri
        } else {
            Calendar::Gregorian
        };
        let mut hit = Hit {
            start: abs.start,
            end: abs.end,
            value: None,
            grain: Grain::Day,
            calendar,
            kind: Kind::Date,
            resolution: Resolution::Stated,
        };
        let month = abs.month?;
        let forward = self.forward(abs.start) || abs.dir == Some(Dir::Next);
        match (abs.day, abs.year, abs.hijri) {
            (Some(d), Some(y), false) => {
                hit.value =
                    CivilDate::new(y, month, d).map(|c| TimeValue::Point(TimePoint::day(c)));
            }
            (Some(d), Some(y), true) => {
                hit.value = civil::hijri_to_gregorian(y, month, d)
                    .map(|c| TimeValue::Point(TimePoint::day(c)));
            }
            (None, Some(y), false) => {
                hit.grain = Grain::Month;
                hit.value = TimePoint::month(y, month).map(TimeValue::Point);
            }
            (None, Some(y), true) => {
                hit.grain = Grain::Month;
                hit.value = civil::hijri_month_range(y, month)
                    .map(|(a, b)| TimeValue::Interval(TimePoint::day(a), TimePoint::day(b)));
            }
            (day, None, hijri) => {
                hit.resolution = Resolution::InferredYear;
                hit.grain = if day.is_some() {
                    Grain::Day
                } else {
                    Grain::Month
                };
                let Some(r) = self.ref_date() else {
                    return Some(Hit {
                        resolution: Resolution::Unresolved,
                        ..hit
                    });
                };
                hit.value = if hijri {
                    infer_hijri(r, month, day, forward)
                } else {
                    infer_gregorian(r, month, day, abs.dir, forward, abs.weekday)
                };
            }
        }
        if let (Some((t, grain)), Some(TimeValue::Point(p))) = (abs.time, hit.value) {
            hit.value = Some(TimeValue::Point(TimePoint {
                date: p.date,
                time: Some(t),
                grain,
            }));
            hit.grain = grain;
            hit.kind = Kind::DateTime;
        }
        // With everything known, no value means an impossible date (31 فبراير).
        hit.value.map(|_| hit)
    }
}

/// Year inference for a Gregorian day or month, honouring الماضي/المقبل/الجاري after the month.
fn infer_gregorian(
    r: CivilDate,
    month: u8,
    day: Option<u8>,
    dir: Option<Dir>,
    forward: bool,
    weekday: Option<Weekday>,
) -> Option<TimeValue> {
    let year = match (dir, day) {
        (Some(Dir::Current), _) => r.year,
        (Some(Dir::Past), Some(d)) => r.year - i32::from((month, d) >= (r.month, r.day)),
        (Some(Dir::Past), None) => r.year - i32::from(month >= r.month),
        (Some(Dir::Next), Some(d)) => r.year + i32::from((month, d) <= (r.month, r.day)),
        (Some(Dir::Next), None) => r.year + i32::from(month <= r.month),
        (None, Some(d)) => {
            return resolve::infer_year(r, month, d, forward, weekday)
                .map(|c| TimeValue::Point(TimePoint::day(c)));
        }
        (None, None) => resolve::infer_month_year(r, month, forward)?,
    };
    match day {
        Some(d) => CivilDate::new(year, month, d).map(|c| TimeValue::Point(TimePoint::day(c))),
        None => TimePoint::month(year, month).map(TimeValue::Point),
    }
}

/// Year inference for a Hijri day or month: the nearest occurrence, past unless forward.
fn infer_hijri(r: CivilDate, month: u8, day: Option<u8>, forward: bool) -> Option<TimeValue> {
    let (hy, _, _) = civil::gregorian_to_hijri(r)?;
    let span = |y: i32| -> Option<(CivilDate, CivilDate)> {
        match day {
            Some(d) => civil::hijri_to_gregorian(y, month, d).map(|c| (c, c)),
            None => civil::hijri_month_range(y, month),
        }
    };
    let spans: Vec<(CivilDate, CivilDate)> = (hy - 1..=hy + 1).filter_map(span).collect();
    let containing = spans.iter().find(|(a, b)| *a <= r && r <= *b);
    let past = spans.iter().filter(|(a, _)| *a <= r).max();
    let future = spans.iter().filter(|(a, _)| *a > r).min();
    let chosen = containing.or(if forward {
        future.or(past)
    } else {
        past.or(future)
    })?;
    Some(if day.is_some() {
        TimeValue::Point(TimePoint::day(chosen.0))
    } else {
        TimeValue::Interval(TimePoint::day(chosen.0), TimePoint::day(chosen.1))
    })
}
