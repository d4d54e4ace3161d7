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

/// Cue counts of every occurrence of each word across a whole corpus: the
/// corpus-wide version of [`DocumentContext`], for words whose own document
/// holds no telling context.
#[derive(Clone, Debug, Default)]
pub(crate) struct CueProfile {
    words: HashKeyMap<(u32, [u32; 32])>,
}

/// Share of a word's occurrences a cue needs for the low and the high bit.
const LOW_SHARE: u32 = 20;
const HIGH_SHARE: u32 = 4;
/// Occurrences a cue needs before it counts at all.
const MIN_CUE_COUNT: u32 = 2;

impl CueProfile {
    /// Counts the cues of one sentence's occurrences.
    pub(crate) fn add(&mut self, occurrences: &[Occurrence]) {
        for occurrence in occurrences {
            let (count, bits) = self.words.entry(occurrence.key).or_insert((0, [0; 32]));
            *count += 1;
            let mut cues = occurrence.cues;
            while cues != 0 {
                bits[cues.trailing_zeros() as usize] += 1;
                cues &= cues - 1;
            }
        }
    }

    /// Per word key: cue bits seen around at least 1/20 of its occurrences
    /// (low 32 bits) and at least 1/4 (high 32 bits), each at least twice.
    pub(crate) fn masks(&self) -> HashKeyMap<u64> {
        self.words
            .iter()
            .filter_map(|(&key, &(count, bits))| {
                let mut mask = 0u64;
                for (bit, &n) in bits.iter().enumerate() {
                    if n >= MIN_CUE_COUNT && n * LOW_SHARE >= count {
                        mask |= 1 << bit;
                    }
                    if n >= MIN_CUE_COUNT && n * HIGH_SHARE >= count {
                        mask |= 1 << (32 + bit);
                    }
                }
                (mask != 0).then_some((key, mask))
            })
            .collect()
    }
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
    fn corpus_profiles_keep_cues_by_their_share() {
        let mut profile = CueProfile::default();
        // Word 5: twenty occurrences, cue bit 0 on ten, bit 1 on two, bit 2 on one.
        for i in 0..20u32 {
            let cues = u32::from(i < 10) | (u32::from(i < 2) << 1) | (u32::from(i == 0) << 2);
            profile.add(&[occurrence(5, cues)]);
        }
        let masks = profile.masks();
        let five = masks.get(&5).copied().unwrap_or_default();
        assert_eq!(
            five & 0xffff_ffff,
            0b011,
            "bits 0 and 1 reach 1/20, bit 2 is seen once"
        );
        assert_eq!(five >> 32, 0b001, "only bit 0 reaches 1/4");
        profile.add(&[occurrence(6, 0)]);
        assert!(!profile.masks().contains_key(&6), "no cues, no entry");
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
