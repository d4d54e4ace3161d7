//! A reference inferred from an article's content when it states no date of its
//! own. A full date written after اليوم، أمس or غدا (أمس الخميس 14 جانفي 2017) says
//! the writing day outright; failing that, the latest full explicit date (day,
//! month and year), checked against the weekday written with it, leaving out
//! dates that look forward (an announced event, the end of a period: حتى 30 جوان)
//! or back (a birth, an anniversary).

use super::civil::CivilDate;
use super::lexicon::Kw;
use super::resolve::{Prefer, Reference};
use super::scan::{Ctx, Hit};
use super::value::{Grain, Resolution, TimeValue};

impl Ctx<'_> {
    /// The reference the hits of a text without a date suggest, read in `prefer`'s direction.
    pub(crate) fn inferred_reference(&self, hits: &[Hit], prefer: Prefer) -> Option<Reference> {
        let full_date = |h: &Hit| match h.value {
            Some(TimeValue::Point(p))
                if p.grain >= Grain::Day && h.resolution == Resolution::Stated =>
            {
                h.weekday
                    .is_none_or(|w| p.date.weekday() == w)
                    .then_some(p.date)
            }
            _ => None,
        };
        let anchored = hits
            .iter()
            .filter_map(|h| Some(full_date(h)?.add_days(-h.anchor?)))
            .max();
        let latest = || {
            hits.iter()
                .filter(|h| h.anchor.is_none() && !self.forward(h.start) && !self.until(h.start))
                .filter(|h| !self.role_of(h).is_background())
                .filter_map(full_date)
                .max()
        };
        anchored.or_else(latest).map(|date: CivilDate| Reference {
            inferred: true,
            ..Reference::from_date(date).with_prefer(prefer)
        })
    }

    /// True when حتى، إلى or غاية comes just before `i`: the end of a period, often ahead.
    fn until(&self, i: usize) -> bool {
        (i.saturating_sub(2)..i).any(|k| self.kw(k, Kw::Until) || self.kw(k, Kw::To))
    }
}
