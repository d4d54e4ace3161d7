//! Bidi control characters that can make text read differently than it is stored.
//!
//! An override (RLO, LRO) or an embedding or isolate left open can reverse a
//! name or a date on screen ("Trojan Source"-style spoofing). Every line is its
//! own bidi paragraph, so a control still open at the line's end is reported.

use serde::{Deserialize, Serialize};

use crate::Span;

/// A suspicious use of bidi controls, located in the text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BidiWarning {
    /// The control character (or the line) concerned.
    pub span: Span,
    /// A sentence a person understands.
    pub message: String,
}

/// The name of a bidi control character, or `None` for any other character.
pub fn control_name(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{200E}' => "LRM",
        '\u{200F}' => "RLM",
        '\u{061C}' => "ALM",
        '\u{202A}' => "LRE",
        '\u{202B}' => "RLE",
        '\u{202C}' => "PDF",
        '\u{202D}' => "LRO",
        '\u{202E}' => "RLO",
        '\u{2066}' => "LRI",
        '\u{2067}' => "RLI",
        '\u{2068}' => "FSI",
        '\u{2069}' => "PDI",
        _ => return None,
    })
}

/// Overrides anywhere, and embeddings or isolates that a line leaves unbalanced.
pub fn check(text: &str) -> Vec<BidiWarning> {
    let mut warnings = Vec::new();
    if !has_embedding_controls(text) {
        return warnings;
    }
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        check_line(line, line_start, &mut warnings);
        line_start += line.len();
    }
    warnings
}

/// True when `text` holds an embedding, override or isolate control
/// (U+202A–U+202E, U+2066–U+2069: bytes E2 80 AA–AE, E2 81 A6–A9); most
/// texts hold none and need no line-by-line pass.
fn has_embedding_controls(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(at) = bytes
        .get(from..)
        .and_then(|rest| rest.iter().position(|&b| b == 0xe2))
    {
        let i = from + at;
        if matches!(
            (bytes.get(i + 1), bytes.get(i + 2)),
            (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ) {
            return true;
        }
        from = i + 1;
    }
    false
}

fn check_line(line: &str, offset: usize, warnings: &mut Vec<BidiWarning>) {
    // Open embeddings/overrides (closed by PDF) and isolates (closed by PDI).
    let mut embeddings: Vec<(usize, char)> = Vec::new();
    let mut isolates: Vec<(usize, char)> = Vec::new();
    for (i, c) in line.char_indices() {
        let at = Span::new(offset + i, offset + i + c.len_utf8());
        match c {
            '\u{202D}' | '\u{202E}' => {
                let name = control_name(c).unwrap_or_default();
                warnings.push(BidiWarning {
                    span: at,
                    message: format!("a {name} override at byte {} forces the display order of the text after it", at.start),
                });
                embeddings.push((at.start, c));
            }
            '\u{202A}' | '\u{202B}' => embeddings.push((at.start, c)),
            '\u{202C}' if embeddings.pop().is_none() => {
                warnings.push(unbalanced(at, "a PDF closes no embedding or override"));
            }
            '\u{2066}'..='\u{2068}' => isolates.push((at.start, c)),
            '\u{2069}' if isolates.pop().is_none() => {
                warnings.push(unbalanced(at, "a PDI closes no isolate"));
            }
            _ => {}
        }
    }
    for (start, c) in embeddings.into_iter().chain(isolates) {
        let name = control_name(c).unwrap_or_default();
        let span = Span::new(start, start + c.len_utf8());
        warnings.push(unbalanced(
            span,
            &format!("a {name} at byte {start} is never closed on its line"),
        ));
    }
}

fn unbalanced(span: Span, what: &str) -> BidiWarning {
    BidiWarning {
        span,
        message: format!("unbalanced bidi controls: {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overrides_and_unbalanced_controls_are_flagged() {
        let cases: &[(&str, usize)] = &[
            ("قال الوزير ماركو روبيو", 0),
            ("اسم \u{2067}Rubio\u{2069} بين عازلين", 0),
            ("نص \u{202B}مضمن\u{202C} متوازن", 0),
            ("علامة \u{200F} اتجاه فقط", 0),
            ("تاريخ \u{202E}1202 ويام 12\u{202C}", 1),
            ("مفتوح \u{2067}بلا إغلاق", 1),
            ("إغلاق \u{2069} بلا فتح", 1),
            ("\u{202E}معكوس بلا إغلاق", 2),
            ("سطر \u{202B}أول\nسطر\u{202C} ثان", 2),
        ];
        for (text, expected) in cases {
            assert_eq!(check(text).len(), *expected, "{text:?}: {:?}", check(text));
        }
    }

    #[test]
    fn warnings_point_at_the_control_character() {
        let text = "الموعد \u{202E}2025";
        let warning = &check(text)[0];
        assert_eq!(warning.span.slice(text), Some("\u{202E}"));
        assert!(warning.message.contains("RLO"));
    }
}
