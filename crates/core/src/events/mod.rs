//! Dated events: sentences holding a resolved date, with their participants.
//!
//! An event is a clause (a sentence, or the part of it between commas when a
//! sentence holds several dates) with a resolved date expression that places
//! something in time (not a duration or a recurrence). Its participants are
//! the entity mentions of the sentence, its label the clause's predicate with
//! its subject or object (`label`), and its role the date's: what is reported,
//! or background. [`cluster`] merges events of different articles that share a
//! date and a participant or a label.

mod cluster;
mod label;

use serde::{Deserialize, Serialize};

pub use cluster::{EventCluster, cluster};

use crate::model::{Mention, Span};
use crate::text::fold::fold_key;
use crate::time::{Calendar, CivilDate, DateExpr, Grain, Role};

/// One dated event in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// ISO 8601 value of the date (`YYYY-MM-DD`, `YYYY-MM`, `start/end`…).
    pub date: String,
    pub grain: Grain,
    pub calendar: Calendar,
    /// First and last day the date covers, for plotting and clustering.
    pub first_day: CivilDate,
    pub last_day: CivilDate,
    /// The date expression's span.
    pub date_span: Span,
    /// The sentence holding the event.
    pub sentence: Span,
    /// Short label: the clause's main predicate with its subject or object (up to six words).
    pub label: String,
    /// Names of the participants (entity mentions in the sentence), as written, without repeats.
    pub entities: Vec<String>,
    /// The participants' mentions.
    pub mentions: Vec<Mention>,
    /// The date's role: the time of what is reported, or background (منذ عام 1948).
    #[serde(default)]
    pub role: Role,
    /// True when the date was resolved through a reference inferred from the text.
    #[serde(default)]
    pub inferred_from_content: bool,
}

/// Words that never head a label: particles, pronouns, auxiliaries, date words (folded).
#[rustfmt::skip]
pub(crate) const SKIP: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "ان", "قد", "لقد", "كما", "حيث", "التي", "الذي", "الذين", "هذا",
    "هذه", "ذلك", "تلك", "ما", "لا", "لم", "لن", "مع", "بين", "عند", "حتي", "منذ", "بعد", "قبل",
    "خلال", "يوم", "اليوم", "امس", "غدا", "او", "ثم", "بل", "كل", "اي", "هو", "هي", "هم", "انه",
    "انها", "الا", "اذا", "لدي", "وفق", "وفقا", "حسب", "بحسب", "نحو", "حوالي", "اكثر", "اقل", "عدد",
    "كان", "كانت", "يكون", "تكون", "ليس", "ايضا", "فقط", "الموافق", "اطار", "ظل", "اثر", "بشان",
    "شان", "جانب", "تم", "يتم", "جري", "بدا", "بدات", "تاتي", "ياتي", "سيكون", "ستكون",
    "سيصبح", "ستصبح", "سيتم", "ستتم",
];

/// Reporting verbs: the event is what they report, after أن.
#[rustfmt::skip]
pub(crate) const REPORTING: &[&str] = &[
    "قال", "قالت", "افاد", "افادت", "اكد", "اكدت", "اوضح", "اوضحت", "اشار", "اشارت", "ذكر", "ذكرت",
    "صرح", "صرحت", "كشف", "كشفت", "نقل", "نقلت", "اضاف", "اضافت", "افادت", "اعتبر", "اعتبرت", "راي",
    "رات", "يري", "تري", "يقول", "تقول", "اعلن", "اعلنت",
];

/// Builds the events of one article from its sentences, mentions and dates; mentions and
/// dates must be in text order, as `Recognizer::recognize` and `time::extract` return them.
pub fn extract(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    dates: &[DateExpr],
) -> Vec<Event> {
    let mut events = Vec::new();
    for &sentence in sentences {
        let Some(sentence_text) = sentence.slice(text) else {
            continue;
        };
        let inside: Vec<&DateExpr> = within(dates, sentence, |d| d.span)
            .iter()
            .filter(|d| sentence.contains(d.span) && d.is_dated() && d.value.is_some())
            .collect();
        if inside.is_empty() {
            continue;
        }
        let participants: Vec<Mention> = within(mentions, sentence, |m| m.span)
            .iter()
            .filter(|m| sentence.contains(m.span))
            .cloned()
            .collect();
        let entities = unique_names(&participants);
        for (clause, clause_dates) in clauses(text, sentence, sentence_text, &inside) {
            let Some(date) = most_precise(&clause_dates) else {
                continue;
            };
            let Some(value) = date.value else { continue };
            let Some((first_day, last_day)) = value.bounds() else {
                continue;
            };
            let Some(label) = label::label(text, clause, date.span, &inside, &participants) else {
                continue;
            };
            events.push(Event {
                date: value.iso(),
                grain: date.grain,
                calendar: date.calendar,
                first_day,
                last_day,
                date_span: date.span,
                sentence,
                label,
                entities: entities.clone(),
                mentions: participants.clone(),
                role: date.role,
                inferred_from_content: date.inferred_from_content,
            });
        }
    }
    events
}

/// The items (sorted by span start) that start inside `span`, found by binary search.
fn within<T>(items: &[T], span: Span, span_of: impl Fn(&T) -> Span) -> &[T] {
    let from = items.partition_point(|x| span_of(x).start < span.start);
    let to = items.partition_point(|x| span_of(x).start < span.end);
    items.get(from..to.max(from)).unwrap_or(&[])
}

fn unique_names(mentions: &[Mention]) -> Vec<String> {
    let mut seen = Vec::new();
    let mut names = Vec::new();
    for m in mentions {
        let key = fold_key(&m.text);
        if !seen.contains(&key) {
            seen.push(key);
            names.push(m.text.clone());
        }
    }
    names
}

/// The date a clause is placed at: a reported date before background, then the
/// finest-grained (a day beats a month), the first on ties.
fn most_precise<'a>(dates: &[&'a DateExpr]) -> Option<&'a DateExpr> {
    let rank = |d: &DateExpr| (!d.role.is_background(), d.grain);
    dates
        .iter()
        .copied()
        .fold(None, |best: Option<&DateExpr>, d| match best {
            Some(b) if rank(b) >= rank(d) => Some(b),
            _ => Some(d),
        })
}

/// Splits a sentence holding several dates at commas and semicolons, so each date gets
/// its own clause; a sentence with one date is one clause. Clauses without a date are
/// merged into the clause before them.
fn clauses<'a>(
    text: &str,
    sentence: Span,
    sentence_text: &str,
    dates: &[&'a DateExpr],
) -> Vec<(Span, Vec<&'a DateExpr>)> {
    if dates.len() <= 1 {
        return vec![(sentence, dates.to_vec())];
    }
    let mut cuts: Vec<usize> = sentence_text
        .char_indices()
        .filter(|&(_, c)| matches!(c, '،' | ',' | '؛' | ';'))
        .map(|(i, c)| sentence.start + i + c.len_utf8())
        .filter(|&cut| {
            !dates
                .iter()
                .any(|d| d.span.start < cut && cut <= d.span.end)
        })
        .collect();
    cuts.push(sentence.end);
    let mut out: Vec<(Span, Vec<&DateExpr>)> = Vec::new();
    let mut start = sentence.start;
    for cut in cuts {
        let span = Span::new(start, cut);
        let here: Vec<&DateExpr> = dates
            .iter()
            .copied()
            .filter(|d| span.contains(d.span))
            .collect();
        match out.last_mut() {
            Some(last) if here.is_empty() => last.0.end = cut,
            _ if here.is_empty() => {}
            _ => out.push((span, here)),
        }
        start = cut;
    }
    if let Some(first) = out.first_mut() {
        first.0.start = sentence.start;
    }
    debug_assert!(out.iter().all(|(s, _)| s.slice(text).is_some()));
    out
}
