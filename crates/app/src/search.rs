//! Arabic-aware article search: folded text and clitic-stripped query words.
//!
//! A query word matches when its stem (conjunction, preposition and article
//! stripped) occurs in the article's folded text, so بالولايات finds الولايات.

pub use marsad_core::text::fold::fold_key;

use crate::analysis::Span;

/// A parsed search query: one set of stems per typed word.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<Vec<String>>,
}

impl Query {
    /// Splits, folds and strips the typed query.
    pub fn parse(typed: &str) -> Self {
        let words = fold_key(typed)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(stem_candidates)
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
        for (start, word) in words_with_offsets(text) {
            let candidates = stem_candidates(&fold_key(word));
            let matched = self.words.iter().any(|stems| {
                stems.iter().any(|q| {
                    candidates
                        .iter()
                        .any(|c| c == q || (q.chars().count() >= 3 && c.starts_with(q.as_str())))
                })
            });
            if matched {
                spans.push(Span::new(start, start + word.len()));
            }
        }
        spans
    }
}

/// The words of `text` with their byte offsets (letters, digits and marks).
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let in_word = c.is_alphanumeric() || is_arabic_mark(c);
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, &text[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, &text[s..]));
    }
    out.into_iter()
}

fn is_arabic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | '\u{200D}'
    )
}

/// The word and its progressively stripped forms, least stripped first.
fn stem_candidates(folded_word: &str) -> Vec<String> {
    let mut out = vec![folded_word.to_owned()];
    let mut rest = folded_word;
    let min_len = 3;
    let strip = |rest: &str, prefix: &str| -> Option<String> {
        let stripped = rest.strip_prefix(prefix)?;
        (stripped.chars().count() >= min_len).then(|| stripped.to_owned())
    };
    for prefixes in [&["و", "ف"][..], &["ب", "ك", "ل"][..], &["ال"][..]] {
        if let Some(stripped) = prefixes.iter().find_map(|p| strip(rest, p)) {
            out.push(stripped);
            rest = out.last().map_or("", String::as_str);
        }
    }
    // لل is ل + ال with the alef dropped (للولايات).
    if let Some(stripped) = strip(folded_word, "لل").or_else(|| strip(folded_word, "ولل")) {
        out.push(stripped);
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|w| seen.insert(w.clone()));
    out
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
