//! Sentence boundaries: `.` `؟` `?` `!` `؛` `…` and line ends, with the usual exceptions.
//!
//! A full stop does not end a sentence inside a number (`3.5`), after a
//! one-letter abbreviation (`د. محمد`, `أ.د`, `J. Smith`) or a common Latin
//! one (`Dr.`), inside a domain name or before a digit. Nothing but a line
//! end splits inside a quotation that closes on the same line
//! (`«…. …»`, `“…”`, `"…"`).

use crate::model::Span;
use crate::text::chars::{
    is_alphabetic, is_arabic_letter, is_closer, is_digit, is_mark, is_sentence_terminator,
};
use crate::text::fold::is_invisible_control;

/// Latin abbreviations that end with a full stop without ending a sentence.
const LATIN_ABBREVIATIONS: &[&str] = &[
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "no", "inc", "ltd", "co",
    "gen", "col", "capt", "sgt", "lt", "gov", "sen", "rep", "fig", "vol", "pp",
];

/// Splits `text` into trimmed, non-empty sentence spans, in order.
pub fn split_sentences(text: &str) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut line_start = 0;
    while line_start < text.len() {
        let (line_end, break_len) = next_line_break(text.as_bytes(), line_start);
        split_line(text, line_start, line_end, &mut sentences);
        line_start = line_end + break_len;
    }
    sentences
}

/// Where the next line break at or after `from` starts, and its length in
/// bytes (LF, CR, NEL, LS, PS); `(len, 0)` when there is none.
fn next_line_break(bytes: &[u8], from: usize) -> (usize, usize) {
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\n' | b'\r' => return (i, 1),
            0xc2 if bytes.get(i + 1) == Some(&0x85) => return (i, 2),
            0xe2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9)) =>
            {
                return (i, 3);
            }
            _ => i += 1,
        }
    }
    (bytes.len(), 0)
}

/// True when byte `b` may start a sentence terminator: `.` `!` `?`, or the
/// lead byte of `؟` `؛` `۔` (U+06xx) or of `…` `‼` `⁇` `⁈` `⁉` (U+20xx).
fn may_start_terminator(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xd8 | 0xdb | 0xe2)
}

fn split_line(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let quotes = quoted_ranges(line);
    let mut sentence_start = 0;
    let mut i = 0;
    while let Some(&b) = line.as_bytes().get(i) {
        // Only ASCII and lead bytes pass the filter, so `i` is a character boundary.
        let Some(c) = may_start_terminator(b)
            .then(|| line[i..].chars().next())
            .flatten()
        else {
            i += 1;
            continue;
        };
        if !is_sentence_terminator(c) || in_ranges(&quotes, i) || !ends_sentence(line, i, c) {
            i += c.len_utf8();
            continue;
        }
        let mut cut = i + c.len_utf8();
        while let Some(next) = line[cut..].chars().next() {
            if is_sentence_terminator(next) || is_closer(next) && !in_ranges(&quotes, cut) {
                cut += next.len_utf8();
            } else {
                break;
            }
        }
        push_trimmed(text, start + sentence_start, start + cut, out);
        sentence_start = cut;
        i = cut;
    }
    push_trimmed(text, start + sentence_start, end, out);
}

/// Decides whether the terminator `c` at byte `i` of `line` ends a sentence.
fn ends_sentence(line: &str, i: usize, c: char) -> bool {
    if c != '.' {
        return true;
    }
    let before = &line[..i];
    let after = &line[i + 1..];
    let next = after.chars().next();
    let prev = before.chars().next_back();
    if next == Some('.') {
        // The first dots of "..." are part of one ellipsis, ended by the last.
        return true;
    }
    if prev.is_some_and(is_digit) && next.is_some_and(is_digit) {
        return false;
    }
    if next.is_some_and(|n| n.is_alphanumeric() && !is_arabic_letter(n)) {
        // Domain names, "U.S", version numbers.
        return false;
    }
    let word = last_word(before);
    if is_list_marker(before) {
        return false;
    }
    if word.is_empty() {
        return true;
    }
    let letters = word.chars().filter(|&c| !is_mark(c)).count();
    if letters == 1 && word.chars().next().is_some_and(is_alphabetic) {
        // "د." (doctor), "م." (engineer), "J." — but "١٩٩٠ م." ends a year.
        let after_number = before[..before.len() - word.len()]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(is_digit);
        return after_number;
    }
    LATIN_ABBREVIATIONS
        .iter()
        .all(|abbreviation| !word.eq_ignore_ascii_case(abbreviation))
}

/// The word just before a position; `أ.د` and `U.S` give their last letter.
fn last_word(before: &str) -> &str {
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_alphabetic(c) || is_mark(c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// "1." or "٢." opening a line numbers a list item; it ends nothing.
fn is_list_marker(before: &str) -> bool {
    let trimmed = before.trim_start_matches(|c: char| c.is_whitespace() || c == '-');
    !trimmed.is_empty() && trimmed.len() <= 9 && trimmed.chars().all(is_digit)
}

/// Byte ranges (inside the line) of quotations that close on the same line.
fn quoted_ranges(line: &str) -> Vec<(usize, usize)> {
    const PAIRS: [(char, char); 3] = [('«', '»'), ('“', '”'), ('„', '“')];
    let mut ranges = Vec::new();
    // `"`, and the lead bytes of « » (U+00Ax/Bx) and “ ” „ (U+201x): a line
    // without any has no quotation.
    if !line.bytes().any(|b| matches!(b, b'"' | 0xc2 | 0xe2)) {
        return ranges;
    }
    let mut depth = [0usize; 3];
    let mut opened_at = [0usize; 3];
    let mut straight_open: Option<usize> = None;
    for (i, c) in line.char_indices() {
        if c.is_ascii() && c != '"' {
            continue;
        }
        if c == '"' {
            match straight_open.take() {
                Some(a) => ranges.push((a, i)),
                None => straight_open = Some(i),
            }
            continue;
        }
        for (k, &(open, close)) in PAIRS.iter().enumerate() {
            // “ closes „ but opens a quotation of its own: closing wins when one is open.
            if c == close && depth[k] > 0 {
                depth[k] -= 1;
                if depth[k] == 0 {
                    ranges.push((opened_at[k], i));
                }
            } else if c == open {
                if depth[k] == 0 {
                    opened_at[k] = i;
                }
                depth[k] += 1;
            }
        }
    }
    ranges
}

fn in_ranges(ranges: &[(usize, usize)], i: usize) -> bool {
    ranges.iter().any(|&(a, b)| a < i && i < b)
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let piece = &text[start..end];
    let is_blank = |c: char| c.is_whitespace() || is_invisible_control(c);
    let trimmed_start = piece.trim_start_matches(is_blank);
    let trimmed = trimmed_start.trim_end_matches(is_blank);
    if trimmed.is_empty() {
        return;
    }
    let s = start + (piece.len() - trimmed_start.len());
    out.push(Span::new(s, s + trimmed.len()));
}

#[cfg(test)]
mod tests;
