//! Character classes the tokenizer, sentence splitter and clitic analysis share.

use unicode_normalization::char::is_combining_mark;

/// An Arabic-script letter, presentation forms included (not digits, marks or punctuation).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(
        c,
        '\u{620}'..='\u{63f}'
            | '\u{641}'..='\u{64a}'
            | '\u{66e}'..='\u{66f}'
            | '\u{671}'..='\u{6d3}'
            | '\u{6d5}'
            | '\u{6ee}'..='\u{6ef}'
            | '\u{6fa}'..='\u{6fc}'
            | '\u{6ff}'
            | '\u{750}'..='\u{77f}'
            | '\u{870}'..='\u{887}'
            | '\u{889}'..='\u{88e}'
            | '\u{8a0}'..='\u{8c9}'
            | '\u{fb50}'..='\u{fbb1}'
            | '\u{fbd3}'..='\u{fd3d}'
            | '\u{fd50}'..='\u{fdc7}'
            | '\u{fdf0}'..='\u{fdfb}'
            | '\u{fe80}'..='\u{fefc}'
    )
}

/// A character of the Arabic Unicode block, U+0600–U+06FF (letters, digits, marks and
/// punctuation): enough to tell that a string holds Arabic at all.
pub fn is_arabic_block(c: char) -> bool {
    matches!(c, '\u{600}'..='\u{6ff}')
}

/// A letter of standard Arabic, hamza (U+0621) to yeh (U+064A), tatweel (U+0640)
/// included: the letters word lists and gazetteers are written in.
pub fn is_standard_arabic(c: char) -> bool {
    matches!(c, '\u{621}'..='\u{64a}')
}

/// An Arabic-Indic digit, U+0660–U+0669 (not the Persian forms).
pub fn is_arabic_indic_digit(c: char) -> bool {
    matches!(c, '\u{660}'..='\u{669}')
}

/// Any character of the Arabic script's blocks, presentation forms included.
pub fn is_arabic_script(c: char) -> bool {
    matches!(
        c,
        '\u{600}'..='\u{6ff}' | '\u{750}'..='\u{77f}' | '\u{fb50}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}'
    )
}

/// The short vowels and other harakat (U+064B–U+065F), the superscript alef (U+0670)
/// and tatweel (U+0640): what a word keeps when only its vocalization is dropped.
pub fn is_harakah_or_tatweel(c: char) -> bool {
    matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{640}')
}

/// The ASCII digit of a decimal digit in ASCII, Arabic-Indic or Persian form.
pub fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{660}'..='\u{669}' => char::from_digit(c as u32 - 0x660, 10),
        '\u{6f0}'..='\u{6f9}' => char::from_digit(c as u32 - 0x6f0, 10),
        _ => None,
    }
}

/// A character that continues an Arabic word without being a letter:
/// diacritics, Quranic marks, tatweel and the isolated mark forms.
pub fn is_arabic_mark(c: char) -> bool {
    matches!(
        c,
        '\u{610}'..='\u{61a}'
            | '\u{640}'
            | '\u{64b}'..='\u{65f}'
            | '\u{670}'
            | '\u{6d6}'..='\u{6dc}'
            | '\u{6df}'..='\u{6e8}'
            | '\u{6ea}'..='\u{6ed}'
            | '\u{8ca}'..='\u{8e1}'
            | '\u{8e3}'..='\u{8ff}'
            | '\u{fe70}'..='\u{fe7f}'
    )
}

/// `char::is_alphanumeric`, answered without the Unicode tables for ASCII,
/// Arabic letters and digits and the punctuation news text is full of (the
/// tables cost a binary search per non-ASCII character).
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphanumeric(),
        '\u{621}'..='\u{64a}' | '\u{660}'..='\u{669}' => true,
        '\u{a0}'
        | '\u{ab}'
        | '\u{bb}'
        | '\u{60c}'
        | '\u{61b}'
        | '\u{61f}'
        | '\u{2010}'..='\u{2027}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphabetic`, with the same fast answers as [`is_alphanumeric`].
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match c {
        '\0'..='\u{7f}' => c.is_ascii_alphabetic(),
        '\u{621}'..='\u{64a}' => true,
        '\u{660}'..='\u{669}'
        | '\u{a0}'
        | '\u{ab}'
        | '\u{bb}'
        | '\u{60c}'
        | '\u{61b}'
        | '\u{61f}'
        | '\u{2010}'..='\u{2027}' => false,
        _ => c.is_alphabetic(),
    }
}

/// A combining mark of any script (it belongs to the character before it).
pub fn is_mark(c: char) -> bool {
    if c.is_ascii() {
        return false;
    }
    is_arabic_mark(c) || is_combining_mark(c) || matches!(c, '\u{fe00}'..='\u{fe0f}')
}

/// A decimal digit in ASCII, Arabic-Indic or Persian (Eastern Arabic-Indic) form.
pub fn is_digit(c: char) -> bool {
    matches!(c, '0'..='9' | '\u{660}'..='\u{669}' | '\u{6f0}'..='\u{6f9}')
}

/// Any numeric character: the three digit sets, other scripts' digits, fractions.
pub fn is_number_char(c: char) -> bool {
    is_digit(c) || (!c.is_ascii() && !is_arabic_letter(c) && c.is_numeric())
}

/// Punctuation (as opposed to symbols such as `$`, `+`, `©` or emoji).
pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation()
            && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    !matches!(c, '\u{2044}' | '\u{2052}')
        && matches!(
            c,
            '\u{a1}'
                | '\u{a7}'
                | '\u{ab}'
                | '\u{b6}'
                | '\u{b7}'
                | '\u{bb}'
                | '\u{bf}'
                | '\u{60c}'
                | '\u{60d}'
                | '\u{61b}'
                | '\u{61d}'..='\u{61f}'
                | '\u{66a}'..='\u{66d}'
                | '\u{6d4}'
                | '\u{fd3e}'
                | '\u{fd3f}'
                | '\u{2010}'..='\u{2027}'
                | '\u{2030}'..='\u{205e}'
                | '\u{2e00}'..='\u{2e4f}'
                | '\u{3001}'..='\u{3003}'
                | '\u{3008}'..='\u{3011}'
                | '\u{fe10}'..='\u{fe19}'
                | '\u{fe30}'..='\u{fe6b}'
                | '\u{ff01}'..='\u{ff0f}'
        )
}

/// A sentence-final mark: `.` `!` `?` `؟` `؛` `…` and the Urdu full stop `۔`.
pub fn is_sentence_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '؟' | '؛' | '…' | '۔' | '‼' | '⁇' | '⁈' | '⁉'
    )
}

/// A closing quote or bracket that stays with the sentence it ends.
pub fn is_closer(c: char) -> bool {
    matches!(
        c,
        '»' | '”' | '’' | '"' | '\'' | ')' | ']' | '}' | '›' | '\u{fd3e}'
    )
}

/// A line break of any convention (LF, CR, NEL, LS, PS).
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_classes_agree_with_std_on_every_character() {
        for c in (0..=0x10_ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
        }
    }
}
