//! Splitting text into words, numbers, punctuation and symbols, with byte spans.
//!
//! Whitespace and invisible controls between tokens are skipped; every other
//! character of the input lies in exactly one token. Runs in one pass, linear
//! in the input, whatever the input holds.

use crate::model::Span;
use crate::text::chars::{
    is_alphabetic, is_arabic_letter, is_arabic_mark, is_digit, is_mark, is_number_char, is_punct,
};
use crate::text::fold::is_invisible_control;

/// What kind of text a token holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An Arabic-script word, with its diacritics, tatweel and inner ZWNJ.
    Arabic,
    /// A word in any other alphabetic script (Latin, but also Hebrew, Cyrillic …).
    Latin,
    /// Digits in any script, with inner decimal or thousands separators (`3.5`, `٣٫٥`).
    Number,
    /// One punctuation character (`،`, `«`, `#`, `_` …).
    Punct,
    /// Anything else visible: currency, math, emoji (with its modifiers and joiners).
    Symbol,
}

/// One token: where it is in the text and what it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// UTF-8 byte offsets into the tokenized text.
    pub span: Span,
    /// What the token holds.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text, given the text it was cut from.
    pub fn text(self, source: &str) -> &str {
        source.get(self.span.start..self.span.end).unwrap_or("")
    }

    /// True for Arabic and Latin words.
    pub fn is_word(self) -> bool {
        matches!(self.kind, TokenKind::Arabic | TokenKind::Latin)
    }
}

/// Splits `text` into tokens (see the module docs).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    for_each_token(text, |token| tokens.push(token));
    tokens
}

/// Calls `sink` with each token of `text` in order, without collecting them.
pub fn for_each_token(text: &str, mut sink: impl FnMut(Token)) {
    let mut chars = Cursor { text, pos: 0 };
    while let Some(c) = chars.peek() {
        let start = chars.pos;
        let kind = if c.is_whitespace() || is_invisible_control(c) || c.is_control() {
            chars.bump(c);
            continue;
        } else if is_arabic_letter(c) {
            chars.bump(c);
            chars.eat_arabic_word();
            TokenKind::Arabic
        } else if is_arabic_mark(c) {
            // Marks or tatweel with no letter before them (a decorative line,
            // a stray harakah) are a symbol unless letters follow.
            chars.bump(c);
            chars.eat_arabic_word();
            if text[start..chars.pos].chars().any(is_arabic_letter) {
                TokenKind::Arabic
            } else {
                TokenKind::Symbol
            }
        } else if is_number_char(c) {
            chars.bump(c);
            chars.eat_number();
            TokenKind::Number
        } else if is_alphabetic(c) {
            chars.bump(c);
            chars.eat_while(|c| (is_alphabetic(c) && !is_arabic_letter(c)) || is_mark(c));
            TokenKind::Latin
        } else if is_punct(c) {
            chars.bump(c);
            TokenKind::Punct
        } else {
            chars.bump(c);
            if is_regional_indicator(c) && chars.peek().is_some_and(is_regional_indicator) {
                chars.pos += 4;
            }
            chars.eat_symbol_extenders();
            TokenKind::Symbol
        };
        sink(Token {
            span: Span::new(start, chars.pos),
            kind,
        });
    }
}

/// Flags are written as two regional indicator letters (🇹🇳 = T N).
fn is_regional_indicator(c: char) -> bool {
    matches!(c, '\u{1f1e6}'..='\u{1f1ff}')
}

struct Cursor<'a> {
    text: &'a str,
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn peek_second(&self) -> Option<char> {
        let mut it = self.text[self.pos..].chars();
        it.next();
        it.next()
    }

    fn bump(&mut self, c: char) {
        self.pos += c.len_utf8();
    }

    fn eat_while(&mut self, keep: impl Fn(char) -> bool) {
        while let Some(c) = self.peek() {
            if !keep(c) {
                break;
            }
            self.bump(c);
        }
    }

    fn eat_arabic_word(&mut self) {
        loop {
            // U+0620–U+065F, letters and marks all, are most of a word: no decoding needed.
            let bytes = self.text.as_bytes();
            if let (Some(&lead), Some(&next)) = (bytes.get(self.pos), bytes.get(self.pos + 1))
                && ((lead == 0xd8 && next >= 0xa0) || (lead == 0xd9 && next <= 0x9f))
            {
                self.pos += 2;
                continue;
            }
            let Some(c) = self.peek() else {
                break;
            };
            let joiner_inside = matches!(c, '\u{200c}' | '\u{200d}')
                && self
                    .peek_second()
                    .is_some_and(|n| is_arabic_letter(n) || is_mark(n));
            if is_arabic_letter(c) || is_mark(c) || joiner_inside {
                self.bump(c);
            } else {
                break;
            }
        }
    }

    fn eat_number(&mut self) {
        while let Some(c) = self.peek() {
            let separator_inside = matches!(c, '.' | ',' | '\u{66b}' | '\u{66c}')
                && self.peek_second().is_some_and(is_digit);
            if is_number_char(c) || separator_inside {
                self.bump(c);
            } else {
                break;
            }
        }
    }

    /// Emoji modifiers, variation selectors and ZWJ sequences stay with their base.
    fn eat_symbol_extenders(&mut self) {
        while let Some(c) = self.peek() {
            if is_mark(c) || matches!(c, '\u{1f3fb}'..='\u{1f3ff}' | '\u{e0020}'..='\u{e007f}') {
                self.bump(c);
            } else if c == '\u{200d}'
                && self
                    .peek_second()
                    .is_some_and(|n| !n.is_whitespace() && !n.is_alphanumeric() && !is_punct(n))
            {
                self.bump(c);
                if let Some(n) = self.peek() {
                    self.bump(n);
                }
            } else {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests;
