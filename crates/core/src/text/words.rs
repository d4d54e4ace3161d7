//! Words for the stages that go through an article word by word: fixed sets
//! of (folded) words looked up with one cheap hash, and whitespace-separated
//! words found byte by byte.
//!
//! Stages that test every word of an article against a word list (verbs of
//! saying, function words, date vocabulary) would otherwise compare each word
//! with every entry in turn.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for short keys, eight bytes at a time (the multiply-rotate step
/// of rustc's FxHash): the keys are short fixed words, so a cheap hash beats
/// the default one's flood protection. Not stable across versions; nothing
/// stores it.
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn finish(&self) -> u64 {
        // The multiply carries entropy upwards only; tables index by the low bits.
        self.0 ^ (self.0 >> 32)
    }

    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0xf135_7aea_2e62_a9c5;
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            h = (h.rotate_left(26) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            let tail = u64::from_le_bytes(word) ^ ((rest.len() as u64) << 59);
            h = (h.rotate_left(26) ^ tail).wrapping_mul(K);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, byte: u8) {
        self.write_u64(u64::from(byte));
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = (self.0.rotate_left(26) ^ value).wrapping_mul(0xf135_7aea_2e62_a9c5);
    }
}

/// The hasher builder for maps and sets keyed by short words.
pub type WordHashBuild = BuildHasherDefault<WordHasher>;

/// Byte length of the whitespace character (`char::is_whitespace`) starting
/// at byte `i` of `text`, 0 when there is none.
#[inline]
pub fn whitespace_len_at(text: &str, i: usize) -> usize {
    match text.as_bytes().get(i) {
        Some(b'\t'..=b'\r' | b' ') => 1,
        // Only these lead bytes start non-ASCII whitespace (U+0085 … U+3000).
        Some(0xc2 | 0xe1 | 0xe2 | 0xe3) => text
            .get(i..)
            .and_then(|rest| rest.chars().next())
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

/// True for the bytes a whitespace character can start with.
#[inline]
fn may_start_whitespace(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | 0xc2 | 0xe1 | 0xe2 | 0xe3)
}

/// Where the word starting at `from` ends: the next whitespace character or the end.
fn word_end(text: &str, mut from: usize) -> usize {
    let bytes = text.as_bytes();
    while let Some(offset) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| may_start_whitespace(b)))
    {
        if whitespace_len_at(text, from + offset) > 0 {
            return from + offset;
        }
        from += offset + 1;
    }
    bytes.len()
}

/// The whitespace-separated words of `text` with their byte offsets, as
/// `str::split_whitespace` cuts them, found byte by byte.
pub fn words_with_offsets(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::with_capacity(text.len() / 8);
    let mut i = 0;
    loop {
        loop {
            let width = whitespace_len_at(text, i);
            if width == 0 {
                break;
            }
            i += width;
        }
        if i >= text.len() {
            break;
        }
        let start = i;
        i = word_end(text, start);
        out.push((start, &text[start..i]));
    }
    out
}

/// A fixed set of words.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    words: HashSet<&'static str, WordHashBuild>,
    /// Byte length of the shortest word.
    shortest: usize,
}

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&'static str]) -> Self {
        Self {
            words: words.iter().copied().collect(),
            shortest: words.iter().map(|w| w.len()).min().unwrap_or(0),
        }
    }

    /// True when `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// False when the folded form of `raw` (or any part of it) is certainly
    /// shorter than every word of the set, so `raw` need not be folded to be
    /// looked up. Folding only removes characters or replaces them with ones
    /// of the same or smaller width, except presentation forms (U+FB50–U+FEFF,
    /// written with lead byte 0xEF), which may expand.
    #[inline]
    pub fn may_hold_fold_of(&self, raw: &str) -> bool {
        raw.len() >= self.shortest || raw.as_bytes().contains(&0xef)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_exactly_its_words() {
        let set = WordSet::new(&["قال", "اضاف", "في"]);
        for (word, expected) in [
            ("قال", true),
            ("اضاف", true),
            ("في", true),
            ("قالت", false),
            ("ق", false),
            ("", false),
        ] {
            assert_eq!(set.contains(word), expected, "{word}");
        }
    }

    #[test]
    fn words_are_cut_where_split_whitespace_cuts() {
        for text in [
            "قال الوزير  إن\tالمحادثات\n\nستستمر",
            "\u{a0}نص\u{2003}مع\u{3000}مسافات\u{85}غريبة\u{2028} ",
            "",
            "   ",
            "كلمة",
            "a–b “c” «د»",
        ] {
            let expected: Vec<(usize, &str)> = text
                .split_whitespace()
                .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
                .collect();
            assert_eq!(words_with_offsets(text), expected, "{text:?}");
        }
    }

    #[test]
    fn only_words_too_short_to_fold_into_the_set_are_passed_over() {
        use crate::text::fold::fold_key;
        let set = WordSet::new(&["قال", "لا", "الله"]);
        let cases = [
            ("قالَ", true),
            ("قال", true),
            ("لا", true),
            ("في", true),
            ("و", false),
            ("a", false),
            // Presentation forms grow when folded: ﻻ is لا, ﷲ is الله.
            ("\u{fefb}", true),
            ("\u{fdf2}", true),
        ];
        for (raw, expected) in cases {
            assert_eq!(set.may_hold_fold_of(raw), expected, "{raw}");
            if !expected {
                assert!(!set.contains(&fold_key(raw)), "{raw}");
            }
        }
        assert!(set.contains(&fold_key("\u{fefb}")), "ﻻ folds to لا");
    }
}
