//! Document context for the tagger: what the occurrences of a word in the
//! same document say about it (Ratinov & Roth's context aggregation).
//!
//! A name is often introduced once with telling context (الرئيس الفرنسي
//! جاك شيراك, شركة فولكسفاغن) and repeated bare later on. Each occurrence
//! of a rare word records a few cues from its neighbours; every occurrence
//! then gets the pooled cues of all of them as features, so the bare
//! mentions see the introduction. Unlike relabeling after the fact, the
//! model learns from training data how much to trust the pooled cues.

use super::hashing::HashKeyMap;

/// What one occurrence of a word contributes to its document context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Occurrence {
    /// The word's consistency key (its folded stem).
    pub(crate) key: u64,
    /// Bit set of cues seen around this occurrence (see `features.rs`).
    pub(crate) cues: u32,
}

/// The pooled cues of every occurrence of one word in a document.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Aggregate {
    /// Occurrences pooled.
    pub(crate) count: u32,
    /// Union of the occurrences' cue bits.
    pub(crate) cues: u32,
}

/// Pooled occurrences by word key, for one document (or window of sentences).
#[derive(Clone, Debug, Default)]
pub(crate) struct DocumentContext {
    words: HashKeyMap<Aggregate>,
}

impl DocumentContext {
    /// Pools the occurrences of the given sentences.
    pub(crate) fn of<'a>(sentences: impl IntoIterator<Item = &'a Vec<Occurrence>>) -> Self {
        let mut context = Self::default();
        for sentence in sentences {
            for occurrence in sentence {
                let pooled = context.words.entry(occurrence.key).or_default();
                pooled.count += 1;
                pooled.cues |= occurrence.cues;
            }
        }
        context
    }

    /// The pooled cues of a word, when it occurs more than once.
    pub(crate) fn repeated(&self, key: u64) -> Option<&Aggregate> {
        self.words.get(&key).filter(|a| a.count > 1)
    }
}

/// One document context per sentence: the sentences within `window` of it
/// (all of them, shared, when the window spans the document).
pub(crate) fn per_sentence(occurrences: &[Vec<Occurrence>], window: usize) -> Vec<DocumentContext> {
    let n = occurrences.len();
    if window >= n {
        let whole = DocumentContext::of(occurrences);
        return vec![whole; n];
    }
    (0..n)
        .map(|i| {
            DocumentContext::of(&occurrences[i.saturating_sub(window)..(i + window + 1).min(n)])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occurrence(key: u64, cues: u32) -> Occurrence {
        Occurrence { key, cues }
    }

    #[test]
    fn repeated_words_pool_their_cues() {
        let sentences = vec![
            vec![occurrence(7, 0b01), occurrence(8, 0b10)],
            vec![occurrence(7, 0b100)],
            vec![occurrence(7, 0b01)],
        ];
        let context = DocumentContext::of(&sentences);
        let seven = context.repeated(7).copied().unwrap_or_default();
        assert_eq!(seven.count, 3);
        assert_eq!(seven.cues, 0b101);
        assert!(
            context.repeated(8).is_none(),
            "a single occurrence pools nothing"
        );
    }

    #[test]
    fn windows_only_see_nearby_sentences() {
        let sentences = vec![
            vec![occurrence(1, 1)],
            vec![],
            vec![],
            vec![occurrence(1, 2)],
        ];
        let narrow = per_sentence(&sentences, 1);
        assert!(narrow[0].repeated(1).is_none());
        let wide = per_sentence(&sentences, 3);
        assert_eq!(wide[0].repeated(1).map(|a| a.cues), Some(3));
    }
}
