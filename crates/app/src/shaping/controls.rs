//! Making invisible bidi and joining controls visible.
//!
//! Hostile or sloppy articles hide characters such as RIGHT-TO-LEFT OVERRIDE that reorder
//! what the reader sees without changing what the machine reads. When the analyst asks to
//! see them, each control is replaced in the *displayed* copy by a short visible mark such
//! as `‹RLO›`, so the text shows its true logical content. Everything else in the app speaks
//! in byte offsets of the original text, so the substitution keeps an offset map and every
//! offset that crosses the layout boundary is translated through it.

use std::ops::Range;

/// The controls that get a visible mark, with the mark's label.
const CONTROLS: &[(char, &str)] = &[
    ('\u{200E}', "LRM"),
    ('\u{200F}', "RLM"),
    ('\u{061C}', "ALM"),
    ('\u{202A}', "LRE"),
    ('\u{202B}', "RLE"),
    ('\u{202C}', "PDF"),
    ('\u{202D}', "LRO"),
    ('\u{202E}', "RLO"),
    ('\u{2066}', "LRI"),
    ('\u{2067}', "RLI"),
    ('\u{2068}', "FSI"),
    ('\u{2069}', "PDI"),
    ('\u{200D}', "ZWJ"),
    ('\u{200C}', "ZWNJ"),
];

/// Returns the short name (`"RLO"`, `"ZWJ"`…) of a control that gets a visible mark.
pub fn control_name(c: char) -> Option<&'static str> {
    CONTROLS
        .iter()
        .find_map(|&(control, name)| (control == c).then_some(name))
}

/// True when `text` contains a control that [`display_copy`] shows as a mark.
pub fn has_controls(text: &str) -> bool {
    text.chars().any(|c| control_name(c).is_some())
}

/// One replaced control: where it was in the original and where its mark is displayed.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Replacement {
    original: Range<usize>,
    display: Range<usize>,
}

/// A displayed copy of a text with its controls replaced by visible marks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Substituted {
    /// The text to lay out.
    pub display: String,
    replacements: Vec<Replacement>,
}

/// True when the first strong character of `text` is right-to-left (Arabic, Hebrew…),
/// the rule the Unicode bidi algorithm uses for a paragraph's direction.
pub fn first_strong_is_rtl(text: &str) -> bool {
    for c in text.chars() {
        match c {
            '\u{200F}' | '\u{061C}' => return true,
            '\u{200E}' => return false,
            _ if is_rtl_letter(c) => return true,
            _ if c.is_alphabetic() => return false,
            _ => {}
        }
    }
    false
}

/// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms. Arabic digits and marks are weak but harmless here: a paragraph
/// starting with them is Arabic in practice.
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
        && c != '\u{FEFF}'
}

/// The direction the bidi algorithm will give `line` once its controls are shown as
/// marks: each mark is an isolate, which the paragraph-direction rule skips.
fn shown_line_is_rtl(line: &str, show_controls: bool) -> bool {
    if !show_controls {
        return first_strong_is_rtl(line);
    }
    line.chars()
        .filter(|&c| control_name(c).is_none())
        .find_map(|c| {
            if is_rtl_letter(c) {
                Some(true)
            } else {
                c.is_alphabetic().then_some(false)
            }
        })
        .unwrap_or(false)
}

/// Builds the copy of `text` that is handed to the shaper: controls replaced by marks when
/// `show_controls`, and an RLM or LRM at the start of every line whose displayed text would
/// otherwise get the wrong base direction from the bidi algorithm. The wanted direction is
/// `force_rtl`, or when `None` the line's own (original) direction, so showing an RLM as a
/// Latin mark does not flip its paragraph.
pub fn display_copy(text: &str, show_controls: bool, force_rtl: Option<bool>) -> Substituted {
    let mut display = String::with_capacity(text.len() + 16);
    let mut replacements = Vec::new();
    let mut copied_to = 0;
    let mut line_start = Some(0);
    for (start, c) in text.char_indices() {
        if let Some(line) = line_start.take()
            && let line_text = text[line..].lines().next().unwrap_or_default()
            && let rtl = force_rtl.unwrap_or_else(|| first_strong_is_rtl(line_text))
            && shown_line_is_rtl(line_text, show_controls) != rtl
        {
            display.push_str(&text[copied_to..line]);
            let display_start = display.len();
            display.push(if rtl { '\u{200F}' } else { '\u{200E}' });
            replacements.push(Replacement {
                original: line..line,
                display: display_start..display.len(),
            });
            copied_to = line;
        }
        if c == '\n' {
            line_start = Some(start + 1);
        }
        let Some(name) = control_name(c).filter(|_| show_controls) else {
            continue;
        };
        display.push_str(&text[copied_to..start]);
        let display_start = display.len();
        // Inside a left-to-right isolate the mark reads the same in any paragraph and
        // its brackets are never mirrored or split around neighbouring words.
        display.push_str("\u{2066}‹");
        display.push_str(name);
        display.push_str("›\u{2069}");
        let end = start + c.len_utf8();
        replacements.push(Replacement {
            original: start..end,
            display: display_start..display.len(),
        });
        copied_to = end;
    }
    display.push_str(&text[copied_to..]);
    Substituted {
        display,
        replacements,
    }
}

impl Substituted {
    /// Display byte ranges of the visible marks (to colour them differently).
    pub fn mark_ranges(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        self.replacements
            .iter()
            .filter(|r| !r.original.is_empty())
            .map(|r| r.display.clone())
    }

    /// Maps an original byte offset to the displayed text. An offset at a control's start
    /// maps to its mark's start, so a span that begins with a control includes the mark.
    pub fn to_display(&self, original: usize) -> usize {
        let mut shift: isize = 0;
        for r in &self.replacements {
            if original <= r.original.start {
                break;
            }
            if original < r.original.end {
                return r.display.start;
            }
            shift += r.display.len() as isize - r.original.len() as isize;
        }
        (original as isize + shift).max(0) as usize
    }

    /// Maps a displayed byte offset back to the original text. An offset inside a mark
    /// maps to the start of the control it stands for; the mark's end maps to its end.
    pub fn to_original(&self, display: usize) -> usize {
        let mut shift: isize = 0;
        for r in &self.replacements {
            if display <= r.display.start {
                break;
            }
            if display < r.display.end {
                return r.original.start;
            }
            shift += r.original.len() as isize - r.display.len() as isize;
        }
        (display as isize + shift).max(0) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn substitute(text: &str) -> Substituted {
        display_copy(text, true, None)
    }

    #[test]
    fn replaces_controls_and_keeps_other_text() {
        let cases: &[(&str, &str)] = &[
            ("بلا علامات", "بلا علامات"),
            (
                "\u{202E}عكس\u{202C}",
                "\u{2066}‹RLO›\u{2069}عكس\u{2066}‹PDF›\u{2069}",
            ),
            ("Marsad\u{200F} مرصد", "Marsad\u{2066}‹RLM›\u{2069} مرصد"),
            ("لا\u{200C}ينضم", "لا\u{2066}‹ZWNJ›\u{2069}ينضم"),
        ];
        for (text, expected) in cases {
            assert_eq!(substitute(text).display, *expected, "{text:?}");
            assert_eq!(has_controls(text), text != expected, "{text:?}");
        }
    }

    #[test]
    fn offsets_round_trip_outside_marks() {
        let text = "قال\u{202B} الوزير\u{202C} أمس";
        let sub = substitute(text);
        for (original, c) in text.char_indices() {
            if control_name(c).is_some() {
                continue;
            }
            let display = sub.to_display(original);
            assert_eq!(sub.display[display..].chars().next(), Some(c));
            assert_eq!(sub.to_original(display), original);
        }
        assert_eq!(sub.to_display(text.len()), sub.display.len());
        assert_eq!(sub.to_original(sub.display.len()), text.len());
    }

    #[test]
    fn span_over_word_after_control_maps_to_that_word() {
        let text = "\u{202E}الوزير قال";
        let sub = substitute(text);
        let word = "\u{202E}".len().."\u{202E}الوزير".len();
        let shown = sub.to_display(word.start)..sub.to_display(word.end);
        assert_eq!(&sub.display[shown], "الوزير");
        let Some(mark) = sub.mark_ranges().next() else {
            panic!("no mark in {:?}", sub.display);
        };
        assert_eq!(&sub.display[mark.clone()], "\u{2066}‹RLO›\u{2069}");
        // Inside the mark maps to the control's start, its end to the control's end.
        assert_eq!(sub.to_original(mark.start + 3), 0);
        assert_eq!(sub.to_original(mark.end), "\u{202E}".len());
    }

    #[test]
    fn direction_marks_only_where_a_line_would_flip() {
        let cases: &[(&str, bool, Option<bool>, &str)] = &[
            ("CNN: قال", false, Some(true), "\u{200F}CNN: قال"),
            ("قال الوزير", false, Some(true), "قال الوزير"),
            ("قال\nCNN قال", false, Some(true), "قال\n\u{200F}CNN قال"),
            ("قال الوزير", false, Some(false), "\u{200E}قال الوزير"),
            ("\u{200F}قال", true, None, "\u{2066}‹RLM›\u{2069}قال"),
            // Shown as a mark the RLM no longer decides; a new one keeps the line RTL.
            (
                "\u{200F}CNN قال",
                true,
                None,
                "\u{200F}\u{2066}‹RLM›\u{2069}CNN قال",
            ),
            ("Reuters", false, None, "Reuters"),
        ];
        for &(text, show, force, expected) in cases {
            let copy = display_copy(text, show, force);
            assert_eq!(
                copy.display, expected,
                "{text:?} show={show} force={force:?}"
            );
            assert_eq!(copy.to_original(copy.display.len()), text.len());
        }
    }

    #[test]
    fn first_strong_character_decides_direction() {
        let cases: &[(&str, bool)] = &[
            ("قال", true),
            ("2021 قال", true),
            ("(CENTCOM) قالت", false),
            ("\u{200F}CNN", true),
            ("", false),
        ];
        for &(text, rtl) in cases {
            assert_eq!(first_strong_is_rtl(text), rtl, "{text:?}");
        }
    }
}
