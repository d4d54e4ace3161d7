//! The words of a passage, with the punctuation that follows each one and
//! whether it sits inside a quotation.

use crate::Span;
use crate::text::chars::{is_alphanumeric, is_arabic_mark};
use crate::text::fold::fold_key_append;

/// Punctuation seen between a word and the next one.
pub(super) mod gap {
    pub const COMMA: u8 = 1;
    pub const COLON: u8 = 2;
    pub const STOP: u8 = 4;
    pub const DASH: u8 = 8;
    pub const PAREN: u8 = 16;
    pub const QUOTE: u8 = 32;
    /// Any mark that closes a phrase.
    pub const PAUSE: u8 = COMMA | COLON | STOP | DASH | PAREN;
}

/// One word of a passage.
#[derive(Clone, Debug)]
pub(super) struct Tok<'t> {
    /// Byte span in the article text (the word's letters and digits, no punctuation).
    pub span: Span,
    pub raw: &'t str,
    /// The folded form (`text::fold`).
    pub key: &'t str,
    /// [`gap`] flags for the punctuation right after the word.
    pub after: u8,
    /// The quotation (index into the passage's quotations) the word is inside.
    pub quote: Option<u16>,
}

impl Tok<'_> {
    pub fn has_after(&self, flags: u8) -> bool {
        self.after & flags != 0
    }
}

/// A character that belongs to a word.
fn is_word_char(c: char) -> bool {
    is_alphanumeric(c) || is_arabic_mark(c)
}

/// Characters that stay inside a word when letters stand on both sides (أ.ف.ب، مدني-عسكري، 3.5).
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '.' | '-' | '–' | '/' | '\'' | '’' | '_' | '&' | '\u{200c}' | '\u{200d}'
    )
}

/// The gap flags of one punctuation character.
fn gap_flags(c: char) -> u8 {
    match c {
        '،' | ',' | '٫' => gap::COMMA,
        ':' | '：' => gap::COLON,
        '.' | '!' | '?' | '؟' | '؛' | ';' | '…' | '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
            gap::STOP
        }
        '-' | '–' | '—' | '―' => gap::DASH,
        '(' | ')' | '[' | ']' | '{' | '}' => gap::PAREN,
        '"' | '“' | '”' | '«' | '»' | '„' | '‟' | '\'' | '‘' | '’' | '‹' | '›' => {
            gap::QUOTE
        }
        _ => 0,
    }
}

/// The words of `text[span]`; `quotes` are the passage's quotation contents,
/// and a word inside one records its index. The folded forms are written into
/// `keys` (one buffer for all the words, not one allocation each).
pub(super) fn tokenize<'t>(
    text: &'t str,
    span: Span,
    quotes: &[Span],
    keys: &'t mut String,
) -> Vec<Tok<'t>> {
    keys.clear();
    let Some(body) = span.slice(text) else {
        return Vec::new();
    };
    let mut found: Vec<(Span, u8, Option<u16>, usize, usize)> = Vec::with_capacity(body.len() / 7);
    let mut chars = body.char_indices().peekable();
    let mut pending_gap = 0u8;
    // Quotations are in order and do not overlap: one cursor walks them.
    let mut next_quote = 0;
    while let Some((i, c)) = chars.next() {
        if !is_word_char(c) {
            pending_gap |= gap_flags(c);
            continue;
        }
        if let Some(last) = found.last_mut() {
            last.1 |= pending_gap;
        }
        pending_gap = 0;
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = chars.peek() {
            if is_word_char(d) {
                end = j + d.len_utf8();
                chars.next();
            } else if is_joiner(d)
                && body[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(is_word_char)
            {
                chars.next();
            } else {
                break;
            }
        }
        let abs = Span::new(span.start + start, span.start + end);
        let key_start = keys.len();
        fold_key_append(&body[start..end], keys);
        while quotes.get(next_quote).is_some_and(|q| q.end < abs.end) {
            next_quote += 1;
        }
        let quote = quotes
            .get(next_quote)
            .filter(|q| q.start <= abs.start && abs.end <= q.end)
            .and_then(|_| u16::try_from(next_quote).ok());
        found.push((abs, 0, quote, key_start, keys.len()));
    }
    if let Some(last) = found.last_mut() {
        last.1 |= pending_gap | gap::STOP;
    }
    let keys: &'t String = keys;
    found
        .into_iter()
        .map(|(abs, after, quote, key_start, key_end)| Tok {
            span: abs,
            raw: &text[abs.start..abs.end],
            key: &keys[key_start..key_end],
            after,
            quote,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_carry_the_punctuation_after_them() {
        let text = "وقال الوزير، للموقع: «الخطة جاهزة». أ.ف.ب و\"أكسيوس\"";
        let quote_start = text.find('«').unwrap() + '«'.len_utf8();
        let quote_end = text.find('»').unwrap();
        let mut keys = String::new();
        let toks = tokenize(
            text,
            Span::new(0, text.len()),
            &[Span::new(quote_start, quote_end)],
            &mut keys,
        );
        let seen: Vec<(&str, u8, Option<u16>)> =
            toks.iter().map(|t| (t.raw, t.after, t.quote)).collect();
        assert_eq!(
            seen,
            vec![
                ("وقال", 0, None),
                ("الوزير", gap::COMMA, None),
                ("للموقع", gap::COLON | gap::QUOTE, None),
                ("الخطة", 0, Some(0)),
                ("جاهزة", gap::QUOTE | gap::STOP, Some(0)),
                ("أ.ف.ب", 0, None),
                ("و", gap::QUOTE, None),
                ("أكسيوس", gap::QUOTE | gap::STOP, None),
            ]
        );
        assert_eq!(toks[1].key, "الوزير");
        assert_eq!(&text[toks[1].span.start..toks[1].span.end], "الوزير");
    }
}
