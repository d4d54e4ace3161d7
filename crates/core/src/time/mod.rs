//! Date and time expressions: finding, normalizing and resolving them.
//!
//! [`extract`] scans a folded copy of the text (alef/yeh/ta-marbuta folded,
//! diacritics dropped, Eastern digits made ASCII), matches Gregorian month
//! names of all three naming systems, Hijri months, weekdays, relative words,
//! ranges and durations, and maps every match back to byte offsets in the
//! original text. Values are Gregorian; `calendar` says what was written.
//! Year-less and relative expressions resolve against a [`Reference`] (the
//! publication date, or one inferred from the text) in a reading direction
//! ([`Prefer`]), and say how they were resolved and whether they date what is
//! reported or give background ([`Role`]).

mod absolute;
mod calendar_parts;
mod civil;
mod clock;
mod holidays;
mod infer;
mod lexicon;
pub mod month_names;
mod periods;
mod ranges;
mod relative;
mod resolve;
mod roles;
mod scan;
mod shifts;
mod starts;
mod times;
mod value;
mod vocab;
mod years;
mod zones;

use serde::{Deserialize, Serialize};

use crate::model::Span;
use crate::text::fold::{Folded, fold};

pub use civil::{CivilDate, Weekday, days_in_month, gregorian_to_hijri, hijri_to_gregorian};
pub use resolve::{Prefer, Reference};
pub use value::{
    Calendar, ClockTime, DayPart, Grain, Kind, Resolution, Role, TimePoint, TimeValue,
};

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
    /// Whether it dates what is reported or gives background (a distant year, منذ…).
    #[serde(default)]
    pub role: Role,
    /// True when the value was resolved through a reference inferred from the text
    /// (the article states no date of its own).
    #[serde(default)]
    pub inferred_from_content: bool,
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
    let ctx = scan::Ctx::new(&folded.text, &toks, reference).with_origin(text, folded);
    let hits = ctx.scan();
    exprs(text, folded, &ctx, hits)
}

/// [`extract_folded`] for an article that may state no date: without a `reference`,
/// one is inferred from the text's latest full date ([`infer_reference`]) and the
/// expressions that need it are resolved through it and marked `inferred_from_content`.
/// Returns the expressions and the reference used, if any.
pub fn extract_inferring(
    text: &str,
    folded: &Folded,
    reference: Option<Reference>,
    prefer: Prefer,
) -> (Vec<DateExpr>, Option<Reference>) {
    let toks = lexicon::tokenize(&folded.text);
    let ctx = scan::Ctx::new(&folded.text, &toks, reference).with_origin(text, folded);
    let hits = ctx.scan();
    if reference.is_some() {
        return (exprs(text, folded, &ctx, hits), reference);
    }
    let inferred = ctx.inferred_reference(&hits, prefer);
    let needs_it = hits.iter().any(|h| h.resolution == Resolution::Unresolved);
    match inferred {
        Some(r) if needs_it => {
            let ctx = ctx.with_reference(Some(r));
            let hits = ctx.scan();
            (exprs(text, folded, &ctx, hits), inferred)
        }
        _ => (exprs(text, folded, &ctx, hits), inferred),
    }
}

/// The reference a text without a date suggests: its latest full explicit date that
/// neither looks forward nor back, checked against the weekday written with it.
pub fn infer_reference(text: &str, prefer: Prefer) -> Option<Reference> {
    let folded = fold(text);
    let toks = lexicon::tokenize(&folded.text);
    let ctx = scan::Ctx::new(&folded.text, &toks, None);
    let hits = ctx.scan();
    ctx.inferred_reference(&hits, prefer)
}

/// The scanner's hits as expressions on the original text.
fn exprs(text: &str, folded: &Folded, ctx: &scan::Ctx<'_>, hits: Vec<scan::Hit>) -> Vec<DateExpr> {
    let inferred = ctx.reference.is_some_and(|r| r.inferred);
    hits.into_iter()
        .filter_map(|hit| {
            let first = ctx.toks.get(hit.start)?;
            let last = ctx.toks.get(hit.end.checked_sub(1)?)?;
            let span =
                folded.original_span(Span::new(first.start + ctx.clitic(hit.start), last.end));
            let through_reference = matches!(
                hit.resolution,
                Resolution::InferredYear | Resolution::FromWeekday | Resolution::Relative
            );
            Some(DateExpr {
                span,
                text: span.slice(text)?.to_owned(),
                role: ctx.role_of(&hit),
                inferred_from_content: inferred && through_reference && hit.value.is_some(),
                value: hit.value,
                grain: hit.grain,
                calendar: hit.calendar,
                kind: hit.kind,
                resolution: hit.resolution,
            })
        })
        .collect()
}
