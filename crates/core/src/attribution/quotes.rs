//! Quotation marks: where quoted words start and end.

use serde::{Deserialize, Serialize};

use crate::Span;

/// A quotation: the quoted words and, when the text says so, who said them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quotation marks.
    pub span: Span,
    pub speaker: Option<String>,
    /// Where the speaker is named, when named in the same sentence.
    pub speaker_span: Option<Span>,
}

/// Opening and closing quotation marks, straight quotes pairing with themselves.
const QUOTE_PAIRS: &[(char, char)] = &[('“', '”'), ('«', '»'), ('"', '"'), ('„', '“')];

/// The contents of the quotations in `text[span]` (marks excluded), in order.
pub(super) fn quotation_spans(text: &str, span: Span) -> Vec<Span> {
    let Some(body) = span.slice(text) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < body.len() {
        let Some((at, open, close)) = body[pos..].char_indices().find_map(|(i, c)| {
            QUOTE_PAIRS
                .iter()
                .find(|(o, _)| *o == c)
                .map(|&(o, cl)| (pos + i, o, cl))
        }) else {
            break;
        };
        let content_start = at + open.len_utf8();
        let Some(rel_close) = body[content_start..].find(close) else {
            pos = content_start;
            continue;
        };
        let content_end = content_start + rel_close;
        if content_end > content_start {
            out.push(Span::new(
                span.start + content_start,
                span.start + content_end,
            ));
        }
        pos = content_end + close.len_utf8();
    }
    out
}

/// Words in a quotation: below three it is a name or a scare quote
/// (“أكسيوس”, "حسم المعركة"), not speech.
pub(super) const MIN_SPEECH_WORDS: usize = 3;

/// Words an unattributed quotation needs to count as speech.
pub(super) const MIN_UNATTRIBUTED_WORDS: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_of_marks_of_every_kind() {
        let text = "قال: «أولا» ثم “ثانيا” و\"ثالثا\" و„رابعا“ و«بلا إغلاق";
        let found: Vec<&str> = quotation_spans(text, Span::new(0, text.len()))
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect();
        assert_eq!(found, vec!["أولا", "ثانيا", "ثالثا", "رابعا"]);
    }
}
