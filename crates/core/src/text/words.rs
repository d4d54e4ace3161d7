//! Fixed sets of (folded) words, looked up with one cheap hash.
//!
//! Stages that test every word of an article against a word list (verbs of
//! saying, function words, date vocabulary) would otherwise compare each word
//! with every entry in turn.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the keys are short fixed words, so a cheap hash beats the default one's flood protection.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// The hasher builder for maps and sets keyed by short words.
pub type FnvBuild = BuildHasherDefault<Fnv>;

/// A fixed set of words.
#[derive(Clone, Debug, Default)]
pub struct WordSet(HashSet<&'static str, FnvBuild>);

impl WordSet {
    /// The set of `words`.
    pub fn new(words: &[&'static str]) -> Self {
        Self(words.iter().copied().collect())
    }

    /// True when `word` is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
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
}
