//! Quotations of speech and who said them, from the claims around them.

use crate::Span;

use super::phrase::Words;
use super::quotes::{MIN_SPEECH_WORDS, MIN_UNATTRIBUTED_WORDS, Quote};
use super::scan::{Claim, Subject};

/// Adds a passage's quotations of speech to `quotes` (speakers are named later):
/// short quotations are names or scare quotes unless a report holds them.
pub(super) fn add_quotes(text: &str, words: &Words<'_>, claims: &[Claim], quotes: &mut Vec<Quote>) {
    for &span in &words.quotes {
        let count = span.slice(text).map_or(0, |s| s.split_whitespace().count());
        let reported = claims.iter().any(|c| c.statement.contains(span));
        if count < MIN_SPEECH_WORDS || (!reported && count < MIN_UNATTRIBUTED_WORDS) {
            continue;
        }
        quotes.push(Quote {
            span,
            speaker: None,
            speaker_span: None,
        });
    }
}

/// Names each quotation's speaker: the subject of the report whose statement
/// holds it, or, for a pronoun or a participle (وأضاف، مضيفا), the last
/// speaker a verb named.
pub(super) fn name_speakers(text: &str, claims: &[Claim], quotes: &mut [Quote]) {
    let mut last_named: Option<String> = None;
    let mut speakers: Vec<(Span, Option<String>, Option<Span>)> = Vec::with_capacity(claims.len());
    for claim in claims {
        let speaker = match claim.subject {
            Subject::Named(span) if !claim.frame => {
                let name = span.slice(text).map(str::to_owned);
                last_named.clone_from(&name);
                (name, Some(span))
            }
            Subject::Named(span) => (span.slice(text).map(str::to_owned), Some(span)),
            Subject::Implicit | Subject::Continues => (last_named.clone(), None),
        };
        speakers.push((claim.statement, speaker.0, speaker.1));
    }
    // Statements come in text order: the holder of a quotation starts at or before it,
    // among the last few that do.
    speakers.sort_by_key(|(statement, _, _)| statement.start);
    for quote in quotes {
        let before =
            speakers.partition_point(|(statement, _, _)| statement.start <= quote.span.start);
        let holder = speakers[..before]
            .iter()
            .rev()
            .take(8)
            .filter(|(statement, _, _)| statement.contains(quote.span))
            .min_by_key(|(statement, _, _)| statement.len());
        if let Some((_, name, span)) = holder {
            quote.speaker.clone_from(name);
            quote.speaker_span = *span;
        }
    }
}
