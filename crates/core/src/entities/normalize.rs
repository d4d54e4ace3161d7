//! Word folding and proclitic splitting for the tagger's features.
//!
//! Folding follows the project contract (`text::fold`): hamza-alef forms to
//! alef, alef maqsura to yeh, ta marbuta to heh, no diacritics or tatweel,
//! ASCII digits, lowercase Latin. It is a private, allocation-free copy tuned
//! for per-token use; the trained model depends on it, so a change here means
//! retraining.

use unicode_normalization::UnicodeNormalization as _;

use crate::text::proclitics::{self, ProcliticOptions};

/// Appends the folded form of `word` to `out`.
pub(crate) fn fold_into(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ئ' => out.push('ي'),
            'ة' => out.push('ه'),
            'ؤ' => out.push('و'),
            '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{06D6}'..='\u{06ED}'
            | '\u{0640}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{061C}' => {}
            '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => {
                out.extend(crate::text::chars::ascii_digit(c));
            }
            '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
                let mut base = String::new();
                base.extend(std::iter::once(c).nfkc());
                fold_into(&base, out);
            }
            _ => out.push(c.to_ascii_lowercase()),
        }
    }
}

/// The folded form of `word`.
pub(crate) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// How a folded word splits into proclitics and the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Split {
    /// Bytes of the folded word taken by proclitics (and the article).
    pub(crate) prefix_len: usize,
    /// Index into `text::proclitics::CHAINS` plus one; 0 when nothing was split off.
    pub(crate) class: u8,
    /// True when the split-off part ends in the article ال.
    pub(crate) article: bool,
}

/// Splits the proclitics off a folded word. Sequences ending in the article are
/// always split when at least two letters remain; a bare و/ف/ب/ل/ك only when
/// `frequency` says the rest is a more common word than the whole (so بغداد
/// and لبنان stay whole while وإسرائيل loses its و).
pub(crate) fn split_proclitics(folded: &str, frequency: impl Fn(&str) -> u32) -> Split {
    let none = Split {
        prefix_len: 0,
        class: 0,
        article: false,
    };
    for split in proclitics::splits(folded, ProcliticOptions::ALL) {
        let article = split.chain.article;
        let found = Split {
            prefix_len: split.chain.text.len(),
            class: split.index as u8 + 1,
            article,
        };
        if article {
            return found;
        }
        // The rest may itself start with the article (و + العراق is covered
        // above); otherwise ask the word counts.
        if frequency(split.stem) > frequency(folded).saturating_mul(2).max(2) {
            return found;
        }
    }
    none
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_like_the_project_contract() {
        let cases = [
            ("أحمد", "احمد"),
            ("إسرائيل", "اسراييل"),
            ("مصطفى", "مصطفي"),
            ("الجامعةُ", "الجامعه"),
            ("مؤتمر", "موتمر"),
            ("بـإسرائيل", "باسراييل"),
            ("٢٠٢٥", "2025"),
            ("NATO", "nato"),
            ("\u{FEF7}", "لا"),
        ];
        for (input, expected) in cases {
            assert_eq!(fold(input), expected, "{input}");
        }
    }

    #[test]
    fn splits_proclitics_when_the_rest_is_a_known_word() {
        let counts = |w: &str| match w {
            "اسرايل" => 100,
            "بنان" => 1,
            "لبنان" => 80,
            "بغداد" => 50,
            _ => 0,
        };
        // (folded word, expected rest, article)
        let cases = [
            ("وباسرايل", "اسرايل", false),
            ("واسرايل", "اسرايل", false),
            ("لبنان", "لبنان", false),
            ("بغداد", "بغداد", false),
            ("والولايات", "ولايات", true),
            ("للعراق", "عراق", true),
            ("ال", "ال", false),
        ];
        for (word, rest, article) in cases {
            let split = split_proclitics(word, counts);
            assert_eq!(
                (&word[split.prefix_len..], split.article),
                (rest, article),
                "{word}"
            );
        }
    }
}
