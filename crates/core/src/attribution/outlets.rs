//! News outlets by name: the gazetteer's `outlets.tsv`, folded, for telling
//! an outlet (أكسيوس، وكالة رويترز) from another organisation.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::entities::gazetteer::Gazetteer;
use crate::text::fold::fold_key;
use crate::text::words::WordHashBuild;

/// Longest outlet name, in words.
const MAX_WORDS: usize = 5;

/// Folded names of outlets (every listed surface form and canonical name).
pub(super) struct Outlets {
    names: HashSet<String, WordHashBuild>,
    /// Every word of every name, with and without the article, to rule words out fast.
    words: HashSet<String, WordHashBuild>,
}

impl Outlets {
    fn bundled() -> Self {
        let mut names = HashSet::default();
        for (file, contents) in Gazetteer::bundled_sources() {
            if *file != "outlets.tsv" {
                continue;
            }
            for line in contents.lines().filter(|l| !l.starts_with('#')) {
                for field in line.split('\t').filter(|f| !f.is_empty() && *f != "ORG") {
                    names.insert(squash(&fold_key(field)));
                }
            }
        }
        let mut words = HashSet::default();
        for name in &names {
            for word in name.split(' ') {
                words.insert(word.to_owned());
                words.insert(format!("ال{word}"));
                words.insert(format!("ل{word}"));
            }
        }
        Self { names, words }
    }

    /// False when no outlet's name has this folded word (most words).
    pub fn may_contain(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// True when a folded name (words separated by single spaces) is an outlet.
    pub fn is_outlet(&self, folded: &str) -> bool {
        self.names.contains(folded)
            // الجوهرة أف أم for جوهرة إف إم: the article in front of a listed name.
            || folded
                .strip_prefix("ال")
                .is_some_and(|rest| self.names.contains(rest))
            || folded
                .strip_prefix("ل")
                .is_some_and(|rest| self.names.contains(rest))
            || folded
                .strip_prefix("لل")
                .is_some_and(|rest| self.names.contains(&format!("ال{rest}")))
    }

    /// How many of `words` (folded) from the first form the longest outlet name.
    pub fn match_len<'a>(&self, words: impl Iterator<Item = &'a str>) -> Option<usize> {
        let mut joined = String::new();
        let mut best = None;
        for (i, word) in words.take(MAX_WORDS).enumerate() {
            if i > 0 {
                joined.push(' ');
            }
            joined.push_str(word);
            if self.is_outlet(&joined) {
                best = Some(i + 1);
            }
        }
        best
    }
}

/// Single spaces between words.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The bundled outlet names, read once.
pub(super) static OUTLETS: LazyLock<Outlets> = LazyLock::new(Outlets::bundled);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_by_any_listed_form() {
        for (words, expected) in [
            ("أكسيوس", Some(1)),
            ("لوكالة رويترز للأنباء قالت", Some(3)),
            ("جوهرة أف أم", Some(3)),
            ("للجزيرة", Some(1)),
            ("وزارة الدفاع", None),
        ] {
            let folded: Vec<String> = words.split(' ').map(fold_key).collect();
            assert_eq!(
                OUTLETS.match_len(folded.iter().map(String::as_str)),
                expected,
                "{words}"
            );
        }
    }
}
