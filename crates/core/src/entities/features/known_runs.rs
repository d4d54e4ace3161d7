//! Runs of a sentence's words that make a listed name: a known person's full
//! name or a known place's name.

use std::ops::RangeInclusive;

use super::{PAD, WordInfo};
use crate::Span;
use crate::text::chars::is_alphanumeric as is_word_char;

/// The folded words of a sentence, for finding runs of them that are a
/// listed name.
pub(super) struct KnownRuns<'s> {
    pub(super) folded: &'s str,
    pub(super) words: &'s [Span],
    /// Padded word infos: their proclitic split serves the first word.
    pub(super) infos: &'s [WordInfo],
}

impl KnownRuns<'_> {
    fn word(&self, i: usize) -> &str {
        let span = self.words[i];
        self.folded[span.start..span.end].trim_matches(|c: char| !is_word_char(c))
    }

    /// Marks in `marks` (padded) the longest listed run starting at each word
    /// that no earlier run covers: 1 at its start and 2 inside it, or 3 for
    /// a listed single word.
    pub(super) fn mark(
        &self,
        lengths: RangeInclusive<usize>,
        listed: impl Fn(&str) -> bool,
        marks: &mut [u8],
        joined: &mut String,
    ) {
        self.mark_typed(
            lengths,
            |_| true,
            |name| u8::from(listed(name)),
            marks,
            joined,
        );
    }

    /// [`Self::mark`] for a list whose names carry a code (1 to 63): the
    /// marks are 1, 2 or 3 as there, plus 4 × (code − 1). `may_start` says
    /// whether a folded word can begin a listed name at all, which spares
    /// most words the joined lookups.
    pub(super) fn mark_typed(
        &self,
        lengths: RangeInclusive<usize>,
        may_start: impl Fn(&str) -> bool,
        listed: impl Fn(&str) -> u8,
        marks: &mut [u8],
        joined: &mut String,
    ) {
        let count = self.words.len();
        for i in 0..count {
            let first = self.word(i);
            if first.is_empty() || marks[PAD + i] != 0 {
                continue;
            }
            // The first word as written, without the proclitic the lexicon
            // found for its word info, and without a bare و ف ب ل (a name the
            // lexicon has never seen is still a name after وَ).
            let stem_start = usize::from(self.infos[PAD + i].stem_start);
            let bare = first
                .strip_prefix(['و', 'ف', 'ب', 'ل'])
                .filter(|rest| rest.chars().count() >= 3)
                .unwrap_or(first);
            let stems = [first, first.get(stem_start..).unwrap_or(first), bare];
            let longest = (*lengths.end()).min(count - i);
            'length: for n in (*lengths.start()..=longest).rev() {
                for (k, stem) in stems.iter().enumerate() {
                    if (k > 0 && stems[..k].contains(stem)) || !may_start(stem) {
                        continue;
                    }
                    joined.clear();
                    joined.push_str(stem);
                    for j in i + 1..i + n {
                        joined.push(' ');
                        joined.push_str(self.word(j));
                    }
                    let code = listed(joined);
                    if code != 0 {
                        let kind = 4 * (code - 1);
                        if n == 1 {
                            marks[PAD + i] = 3 + kind;
                        } else {
                            marks[PAD + i] = 1 + kind;
                            marks[PAD + i + 1..PAD + i + n].fill(2 + kind);
                        }
                        break 'length;
                    }
                }
            }
        }
    }
}
