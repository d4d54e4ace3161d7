//! The folded copy of a text that date matching runs on, with its way back.
//!
//! Follows the folding contract of `text::fold` (hamza-alef → ا, ى → ي,
//! ة → ه, diacritics and tatweel dropped, Eastern digits → ASCII) and keeps
//! a byte map so every match maps to the original text.

use unicode_normalization::UnicodeNormalization;

/// A folded text and the original byte offset of each folded byte.
pub(crate) struct FoldedText {
    pub(crate) text: String,
    /// `starts[i]` is the original offset of the character that produced folded byte `i`;
    /// one extra entry holds the original length.
    starts: Vec<usize>,
}

impl FoldedText {
    /// The original byte offset where the folded byte `folded` starts.
    pub(crate) fn original_start(&self, folded: usize) -> usize {
        self.starts
            .get(folded)
            .copied()
            .unwrap_or_else(|| self.starts.last().copied().unwrap_or(0))
    }
}

fn is_dropped(c: char) -> bool {
    matches!(c,
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' | '\u{061C}')
}

fn fold_char(c: char, out: &mut String) {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
        'ى' | 'ئ' | 'ی' | 'ے' => out.push('ي'),
        'ة' => out.push('ه'),
        'ؤ' => out.push('و'),
        'ک' => out.push('ك'),
        '\u{0660}'..='\u{0669}' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '\u{06F0}'..='\u{06F9}' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}' => {
            for n in std::iter::once(c).nfkc() {
                if !is_dropped(n) && n != ' ' {
                    fold_char(n, out);
                }
            }
        }
        c if c.is_ascii_uppercase() => out.push(c.to_ascii_lowercase()),
        c => out.push(c),
    }
}

/// Folds `text` for matching.
pub(crate) fn fold(text: &str) -> FoldedText {
    let mut out = String::with_capacity(text.len());
    let mut starts = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        if is_dropped(c) {
            continue;
        }
        let before = out.len();
        fold_char(c, &mut out);
        starts.extend(std::iter::repeat_n(i, out.len() - before));
    }
    starts.push(text.len());
    FoldedText { text: out, starts }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_maps_back() {
        let f = fold("غداً إلى ٢٠٢١");
        assert_eq!(f.text, "غدا الي 2021");
        let at = f.text.find("2021").unwrap();
        assert_eq!(f.original_start(at), "غداً إلى ".len());
    }
}
