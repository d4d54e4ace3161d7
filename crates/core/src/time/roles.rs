//! The role of a date: the time of what is reported, or background to it — a
//! distant year, what something has lasted since (منذ عام 2010), a birth or death
//! date, the day an anniversary looks back to (الذكرى السنوية لحرب أكتوبر 1973).

use std::sync::LazyLock;

use super::civil::CivilDate;
use super::lexicon::{Kw, Lex};
use super::scan::{Ctx, Hit};
use super::value::{Kind, Role};
use crate::text::words::WordSet;

/// Words of birth and death before a date (ولد في، من مواليد، توفي في).
const LIFE: &[&str] = &[
    "ولد",
    "ولدت",
    "مواليد",
    "المولود",
    "المولوده",
    "مولود",
    "مولوده",
    "توفي",
    "توفيت",
    "وفاته",
    "وفاتها",
    "ولادته",
    "ولادتها",
    "رحيله",
    "رحيلها",
];

/// Words of anniversaries before a date (الذكرى السنوية، اليوبيل).
const ANNIVERSARY: &[&str] = &[
    "ذكري",
    "الذكري",
    "بذكري",
    "لذكري",
    "وذكري",
    "ذكراه",
    "ذكراها",
    "يوبيل",
    "اليوبيل",
    "باليوبيل",
    "بالذكري",
    "للذكري",
];

static LIFE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(LIFE));
static ANNIVERSARY_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ANNIVERSARY));

/// Days before the reference past which a date is background on its own (two years).
const DISTANT_PAST_DAYS: i64 = 730;
/// Days after the reference past which a date is a distant goal, not news (five years).
const DISTANT_FUTURE_DAYS: i64 = 5 * 365;
/// How far back منذ must reach before it gives background rather than news.
const SINCE_DAYS: i64 = 60;
/// A birth or death within this many days of the reference is news.
const LIFE_NEWS_DAYS: i64 = 30;
/// An anniversary date this close to the reference is the day it is kept.
const ANNIVERSARY_NEWS_DAYS: i64 = 7;

impl Ctx<'_> {
    /// Whether `hit` dates what the article reports or gives background.
    pub(crate) fn role_of(&self, hit: &Hit) -> Role {
        if matches!(hit.kind, Kind::Duration | Kind::Set) {
            return Role::Reported;
        }
        let Some((first, last)) = hit.value.and_then(|v| v.bounds()) else {
            return Role::Reported;
        };
        let reference = self.ref_date();
        let days_before = |d: CivilDate| reference.map(|r| r.to_days() - d.to_days());
        if days_before(last).is_some_and(|d| d > DISTANT_PAST_DAYS)
            || days_before(first).is_some_and(|d| -d > DISTANT_FUTURE_DAYS)
        {
            return Role::Background;
        }
        let since =
            self.kw(hit.start, Kw::Since) || hit.start > 0 && self.kw(hit.start - 1, Kw::Since);
        if since
            && days_before(last).map_or(hit.grain <= super::value::Grain::Year, |d| d > SINCE_DAYS)
        {
            return Role::Background;
        }
        if self.cue_before(hit.start, 4, &LIFE_SET)
            && days_before(last).is_none_or(|d| d > LIFE_NEWS_DAYS)
        {
            return Role::Background;
        }
        if !hit.holiday
            && self.cue_before(hit.start, 6, &ANNIVERSARY_SET)
            && days_before(first).is_none_or(|d| d.abs() > ANNIVERSARY_NEWS_DAYS)
        {
            return Role::Background;
        }
        Role::Reported
    }

    /// True when one of `words` sits within `window` tokens before `i` in its sentence.
    fn cue_before(&self, i: usize, window: usize, words: &WordSet) -> bool {
        (i.saturating_sub(window)..i).any(|k| {
            self.word(k).is_some_and(|w| words.contains(w))
                && self.same_sentence(k, i)
                && !matches!(self.lx(k), Some(Lex::Month { .. }))
        })
    }
}
