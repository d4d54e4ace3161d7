//! The scanner: token helpers and the left-to-right longest-match loop over
//! every kind of expression.

use super::civil::{CivilDate, Weekday};
use super::clock::Clock;
use super::lexicon::{Dir, Kw, Lex, Lexed, Tok, TokKind, lex_at};
use super::resolve::{self, Lean, Reference};
use super::starts::Starts;
use super::value::{Calendar, Grain, Kind, Resolution, TimeValue};
use crate::text::fold::Folded;

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
    /// The weekday written with a full date (الجمعة 21 مايو 2021), to check a date against.
    pub(crate) weekday: Option<Weekday>,
    /// A holiday: its date is when the holiday is kept, even after ذكرى.
    pub(crate) holiday: bool,
    /// A full date written after اليوم (0), أمس (-1) or غدا (1): days from the writing day.
    pub(crate) anchor: Option<i64>,
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
            weekday: None,
            holiday: false,
            anchor: None,
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
    /// The original text and its fold, for the few words folding makes ambiguous (هلأ/هلا).
    origin: Option<(&'a str, &'a Folded)>,
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
    pub(crate) time: Option<Clock>,
    /// A Hijri month with the Gregorian year it falls in (رمضان 2019).
    pub(crate) gregorian_year: bool,
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
            origin: None,
        }
    }

    /// The same context, able to look at the original spelling of a word.
    pub(crate) fn with_origin(self, original: &'a str, folded: &'a Folded) -> Self {
        Self {
            origin: Some((original, folded)),
            ..self
        }
    }

    /// The word at `i` as the original text spells it (hamza, alef forms and all).
    pub(crate) fn original_word(&self, i: usize) -> Option<&'a str> {
        let (original, folded) = self.origin?;
        let t = self.toks.get(i)?;
        folded
            .original_span(crate::model::Span::new(t.start, t.end))
            .slice(original)
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

    /// True when a verb in the past sits within a few words before `i`, in its sentence.
    /// A verb of saying in the past does not reach into what it reports: قالوا إن المعرض
    /// يفتتح في 3 ديسمبر looks ahead.
    pub(crate) fn past_cue(&self, i: usize) -> bool {
        const BEFORE: usize = 6;
        let sentence = self.sentences.get(i).copied();
        for k in (i.saturating_sub(BEFORE)..i).rev() {
            if self.sentences.get(k).copied() != sentence
                || matches!(
                    self.word(k),
                    Some("ان" | "بان" | "لان" | "انه" | "انها" | "اذ")
                )
            {
                return false;
            }
            if self.word(k).is_some_and(resolve::is_past_verb) {
                return true;
            }
        }
        false
    }

    /// True when tokens `a` and `b` are in the same sentence.
    pub(crate) fn same_sentence(&self, a: usize, b: usize) -> bool {
        self.sentences.get(a).is_some() && self.sentences.get(a) == self.sentences.get(b)
    }

    pub(crate) fn ref_date(&self) -> Option<CivilDate> {
        self.reference.map(|r| r.date)
    }

    /// The reading direction at `i`: forward after a forward cue; back, whatever is ahead,
    /// after a verb in the past when reading as news; else the reference's.
    pub(crate) fn direction(&self, i: usize) -> Lean {
        if self.forward(i) {
            return Lean::Future;
        }
        let lean = self.reference.map_or(Lean::Past, |r| r.prefer.into());
        if lean == Lean::Past && self.past_cue(i) {
            Lean::PastOnly
        } else {
            lean
        }
    }

    /// The same text and tokens read against another reference (no second lookup pass).
    pub(crate) fn with_reference(self, reference: Option<Reference>) -> Self {
        Self { reference, ..self }
    }

    /// Every expression, left to right, longest match first, no overlaps.
    pub(crate) fn scan(&self) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // Every expression starts on a vocabulary word, a number or فصل.
            let starts = self.starts(i);
            if starts.is_empty() {
                i += 1;
                continue;
            }
            let try_kind = |kind: u16, read: &dyn Fn() -> Option<Hit>| {
                if starts.has(kind) { read() } else { None }
            };
            let candidates = [
                try_kind(Starts::NTH_WEEKDAY, &|| self.nth_weekday(i)),
                try_kind(Starts::INTERVAL, &|| self.interval(i)),
                try_kind(Starts::ABSOLUTE, &|| {
                    self.absolute(i).and_then(|a| self.resolve_abs(a))
                }),
                try_kind(Starts::YEAR, &|| self.year_expr(i)),
                try_kind(Starts::RELATIVE, &|| self.relative(i)),
                try_kind(Starts::PART_OF_DAY, &|| self.part_of_day(i)),
                try_kind(Starts::CLOCK, &|| self.clock_expr(i)),
                try_kind(Starts::HOLIDAY, &|| self.holiday(i)),
                try_kind(Starts::SEASON, &|| self.season(i)),
                try_kind(Starts::THIRD, &|| self.third(i)),
                try_kind(Starts::QUANTITY, &|| self.quantity(i)),
                try_kind(Starts::WEEK, &|| self.week_of_month(i)),
                try_kind(Starts::YEARS, &|| self.span_of_years(i)),
                try_kind(Starts::DAY_PART, &|| self.day_part_alone(i)),
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
}
