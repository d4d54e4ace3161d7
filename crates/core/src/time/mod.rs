//! Date and time expressions: finding, normalizing and resolving them.
//!
//! [`extract`] scans a folded copy of the text (alef/yeh/ta-marbuta folded,
//! diacritics dropped, Eastern digits made ASCII), matches Gregorian month
//! names of all three naming systems, Hijri months, weekdays, relative words,
//! ranges and durations, and maps every match back to byte offsets in the
//! original text. Values are Gregorian; `calendar` says what was written.
//! Year-less and relative expressions resolve against a [`Reference`] (the
//! publication date) and say how they were resolved.

mod civil;
mod clock;
mod lexicon;
pub mod month_names;
mod periods;
mod relative;
mod resolve;
mod scan;
mod value;
mod vocab;
mod years;

use serde::{Deserialize, Serialize};

use crate::model::Span;
use crate::text::fold::{Folded, fold};

pub use civil::{CivilDate, Weekday, days_in_month, gregorian_to_hijri, hijri_to_gregorian};
pub use resolve::Reference;
pub use value::{Calendar, ClockTime, DayPart, Grain, Kind, Resolution, TimePoint, TimeValue};

/// One date or time expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateExpr {
    /// Byte span in the original text.
    pub span: Span,
    /// The text under `span`, as written.
    pub text: String,
    /// The normalized value; `None` when it needs a reference date that was not given.
    pub value: Option<TimeValue>,
    pub grain: Grain,
    pub calendar: Calendar,
    pub kind: Kind,
    pub resolution: Resolution,
}

impl DateExpr {
    /// ISO 8601 text of the value (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-MM-DDTHH:MM`, `start/end`, `P11D`).
    pub fn value_iso(&self) -> Option<String> {
        self.value.map(|v| v.iso())
    }

    /// True for a value that places something in time (not a duration or recurrence).
    pub fn is_dated(&self) -> bool {
        self.value.is_some() && !matches!(self.kind, Kind::Duration | Kind::Set)
    }
}

/// Finds every date and time expression in `text`, in order, without overlaps.
pub fn extract(text: &str, reference: Option<Reference>) -> Vec<DateExpr> {
    extract_folded(text, &fold(text), reference)
}

/// [`extract`] over a text already folded with [`fold`] (`folded` must be
/// `fold(text)`), for callers that fold once for several stages.
pub fn extract_folded(text: &str, folded: &Folded, reference: Option<Reference>) -> Vec<DateExpr> {
    let toks = lexicon::tokenize(&folded.text);
    let ctx = scan::Ctx::new(&folded.text, &toks, reference);
    ctx.scan()
        .into_iter()
        .filter_map(|hit| {
            let first = toks.get(hit.start)?;
            let last = toks.get(hit.end.checked_sub(1)?)?;
            let span =
                folded.original_span(Span::new(first.start + ctx.clitic(hit.start), last.end));
            Some(DateExpr {
                span,
                text: span.slice(text)?.to_owned(),
                value: hit.value,
                grain: hit.grain,
                calendar: hit.calendar,
                kind: hit.kind,
                resolution: hit.resolution,
            })
        })
        .collect()
}
