//! Arabic-aware article search: folded text and clitic-stripped query words, cut
//! into words by core's tokenizer and folded by core's folding.
//!
//! A query word matches when its stem (conjunction, preposition and article
//! stripped) occurs in the article's folded text, so بالولايات finds الولايات.

pub use marsad_core::text::fold::fold_key;
use marsad_core::text::proclitics::{self, ProcliticOptions};
use marsad_core::text::{TokenKind, tokenize};

use crate::analysis::Span;

/// A parsed search query: one set of stems per typed word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<Vec<String>>,
}

impl Query {
    /// Splits, folds and strips the typed query.
    pub fn parse(typed: &str) -> Self {
        let folded = fold_key(typed);
        let words = words(&folded)
            .map(|(_, word)| stem_candidates(word))
            .collect();
        Self { words }
    }

    /// True when nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// True when every query word occurs in `folded` (an article's folded text).
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.words.iter().all(|stems| {
            stems
                .last()
                .is_some_and(|stem| folded.contains(stem.as_str()))
        })
    }

    /// Byte spans of the words of `text` that match a query word.
    pub fn hits(&self, text: &str) -> Vec<Span> {
        if self.is_empty() {
            return Vec::new();
        }
        let mut spans = Vec::new();
        for (span, word) in words(text) {
            let candidates = stem_candidates(&fold_key(word));
            let matched = self.words.iter().any(|stems| {
                stems.iter().any(|q| {
                    candidates
                        .iter()
                        .any(|c| c == q || (q.chars().count() >= 3 && c.starts_with(q.as_str())))
                })
            });
            if matched {
                spans.push(span);
            }
        }
        spans
    }
}

/// The words and numbers of `text` as core's tokenizer cuts them, with their spans.
fn words(text: &str) -> impl Iterator<Item = (Span, &str)> {
    tokenize(text)
        .into_iter()
        .filter(|t| t.is_word() || t.kind == TokenKind::Number)
        .map(move |t| (t.span, t.text(text)))
}

/// How the search takes proclitics off a word: any chain, three letters left.
const SEARCH_STEMS: ProcliticOptions = ProcliticOptions {
    article_only: false,
    min_stem: 3,
};

/// The word and its stems without proclitics, least stripped first.
fn stem_candidates(folded_word: &str) -> Vec<String> {
    proclitics::stems(folded_word, SEARCH_STEMS)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitic_attached_query_words_match_the_bare_form() {
        let cases = [
            ("بالولايات", "وصل الوفد إلى الولايات المتحدة", true),
            ("وبإسرائيل", "اجتماع في إسرائيل أمس", true),
            ("للحكومة", "بيان الحكومة الجديد", true),
            ("القاهرة", "زار الوزير القاهره", true),
            ("مدريد", "وصل الوفد إلى الولايات المتحدة", false),
        ];
        for (query, text, expected) in cases {
            let query = Query::parse(query);
            assert_eq!(
                query.matches_folded(&fold_key(text)),
                expected,
                "{query:?} in {text}"
            );
        }
    }

    #[test]
    fn hits_point_at_whole_words_in_the_original_text() {
        let text = "قالت الحكومةُ إن الولايات المتحدة";
        let hits = Query::parse("بالولايات").hits(text);
        let words: Vec<&str> = hits.iter().filter_map(|s| s.slice(text)).collect();
        assert_eq!(words, ["الولايات"]);
    }
}
