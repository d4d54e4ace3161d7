//! Arabic text layers that store what the page shows rather than what was written.
//!
//! Older PDF producers (and some current ones) write Arabic glyphs in visual order,
//! left to right as drawn, and map them to presentation forms (ﻣ ﺮ ﺻ ﺪ) instead of
//! letters. Such a layer is detected by where word-initial and word-final shapes and
//! letters stand ([`is_visual_order`]); each of its lines is put back into logical order
//! ([`to_logical`]) and the presentation forms folded to letters ([`fold_presentation_forms`]).

use unicode_normalization::UnicodeNormalization;

/// The shape a presentation form draws a letter in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Isolated,
    Final,
    Initial,
    Medial,
}

/// Runs of Arabic Presentation Forms-B (U+FE80…U+FEFC): first code point and how many
/// shapes the letter has (1 hamza; 2 right-joining letters: isolated, final; 4
/// dual-joining letters: isolated, final, initial, medial).
const FORMS_B: &[(u32, u32)] = &[
    (0xFE80, 1),
    (0xFE81, 2),
    (0xFE83, 2),
    (0xFE85, 2),
    (0xFE87, 2),
    (0xFE89, 4),
    (0xFE8D, 2),
    (0xFE8F, 4),
    (0xFE93, 2),
    (0xFE95, 4),
    (0xFE99, 4),
    (0xFE9D, 4),
    (0xFEA1, 4),
    (0xFEA5, 4),
    (0xFEA9, 2),
    (0xFEAB, 2),
    (0xFEAD, 2),
    (0xFEAF, 2),
    (0xFEB1, 4),
    (0xFEB5, 4),
    (0xFEB9, 4),
    (0xFEBD, 4),
    (0xFEC1, 4),
    (0xFEC5, 4),
    (0xFEC9, 4),
    (0xFECD, 4),
    (0xFED1, 4),
    (0xFED5, 4),
    (0xFED9, 4),
    (0xFEDD, 4),
    (0xFEE1, 4),
    (0xFEE5, 4),
    (0xFEE9, 4),
    (0xFEED, 2),
    (0xFEEF, 2),
    (0xFEF1, 4),
    (0xFEF5, 2),
    (0xFEF7, 2),
    (0xFEF9, 2),
    (0xFEFB, 2),
];

fn shape(c: char) -> Option<Shape> {
    let cp = c as u32;
    let &(start, _) = FORMS_B
        .iter()
        .rev()
        .find(|(start, _)| *start <= cp)
        .filter(|(start, count)| cp < start + count)?;
    Some(match cp - start {
        0 => Shape::Isolated,
        1 => Shape::Final,
        2 => Shape::Initial,
        _ => Shape::Medial,
    })
}

fn is_presentation_form(c: char) -> bool {
    matches!(c as u32, 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

fn is_arabic(c: char) -> bool {
    crate::text::chars::is_arabic_letter(c) || is_presentation_form(c)
}

/// Letters that only ever end a word (ة, ى) or only ever start one here.
const WORD_FINAL_ONLY: &[char] = &['ة', 'ى'];

/// Evidence from one line: (logical, visual) votes.
fn votes(line: &str) -> (usize, usize) {
    let (mut logical, mut visual) = (0, 0);
    for word in line
        .split(|c: char| !is_arabic(c))
        .filter(|w| w.chars().count() >= 2)
    {
        let first = word.chars().next().unwrap_or_default();
        let last = word.chars().next_back().unwrap_or_default();
        match (shape(first), shape(last)) {
            (Some(Shape::Initial), _) | (_, Some(Shape::Final)) => logical += 1,
            (Some(Shape::Final), _) | (_, Some(Shape::Initial)) => visual += 1,
            _ => {}
        }
        if WORD_FINAL_ONLY.contains(&last) || word.starts_with("ال") {
            logical += 1;
        }
        if WORD_FINAL_ONLY.contains(&first) || (word.ends_with("لا") && word.chars().count() > 3)
        {
            visual += 1;
        }
    }
    (logical, visual)
}

/// True when the lines' Arabic reads in visual order: word-final shapes and letters
/// stand first in words more often than last.
pub fn is_visual_order<'a>(lines: impl IntoIterator<Item = &'a str>) -> bool {
    let (logical, visual) = lines
        .into_iter()
        .map(votes)
        .fold((0, 0), |(l, v), (a, b)| (l + a, v + b));
    visual >= 3 && visual > logical * 2
}

/// Characters that keep their left-to-right order inside a reversed line: Latin
/// letters, digits and the marks that sit inside numbers and times.
fn is_ltr(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

fn is_ltr_joiner(c: char) -> bool {
    matches!(c, '.' | ',' | ':' | '/' | '%' | '-' | ' ' | '+')
}

fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '«' => '»',
        '»' => '«',
        '<' => '>',
        '>' => '<',
        _ => c,
    }
}

/// A visually ordered line in logical order: characters reversed, brackets mirrored,
/// and runs of Latin letters and digits (`2018`, `10:30`, `BBC Arabic`) kept as written.
pub fn to_logical(line: &str) -> String {
    let reversed: Vec<char> = line.chars().rev().map(mirror).collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < reversed.len() {
        if !is_ltr(reversed[i]) {
            out.push(reversed[i]);
            i += 1;
            continue;
        }
        // The LTR run: LTR characters and joiners between them.
        let mut end = i + 1;
        let mut last_ltr = i;
        while end < reversed.len() && (is_ltr(reversed[end]) || is_ltr_joiner(reversed[end])) {
            if is_ltr(reversed[end]) {
                last_ltr = end;
            }
            end += 1;
        }
        out.extend(reversed[i..=last_ltr].iter().rev());
        i = last_ltr + 1;
    }
    out
}

/// Presentation forms folded to the letters they draw (ﻻ → لا, ﻣ → م); other text as is.
pub fn fold_presentation_forms(text: &str) -> String {
    if !text.chars().any(is_presentation_form) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_presentation_form(c) {
            out.extend(std::iter::once(c).nfkc());
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn presentation_forms_fold_to_letters() {
        let cases = [
            ("ﻣﺮﺻﺪ", "مرصد"),
            ("ﺍﻟﻘﺎﻫﺮﺓ", "القاهرة"),
            ("ﻻ", "لا"),
            ("ﺍﻷﻣﻢ", "الأمم"),
            ("القاهرة 2018", "القاهرة 2018"),
        ];
        for (forms, letters) in cases {
            assert_eq!(fold_presentation_forms(forms), letters, "{forms}");
        }
    }

    #[test]
    fn visual_lines_come_back_in_logical_order() {
        let cases = [
            // What a visual-order layer holds, read left to right, and what was written.
            ("ةرهاقلا ىلإ دفولا لصو", "وصل الوفد إلى القاهرة"),
            ("2018 سرام 1 سيمخلا", "الخميس 1 مارس 2018"),
            ("10:30 ةعاسلا يف", "في الساعة 10:30"),
            ("(BBC Arabic) يبرع يس يب يب", "بي بي سي عربي (BBC Arabic)"),
            ("«ةنده» نع ثدحت", "تحدث عن «هدنة»"),
        ];
        for (visual, logical) in cases {
            assert_eq!(to_logical(visual), logical, "{visual}");
        }
    }

    #[test]
    fn visual_order_is_told_from_logical_order() {
        let logical = [
            "وصل الوفد المصري إلى الدوحة مساء الخميس",
            "وأكدت الحكومة أن المحادثات مستمرة",
        ];
        let visual: Vec<String> = logical.iter().map(|l| l.chars().rev().collect()).collect();
        assert!(!is_visual_order(logical));
        assert!(is_visual_order(visual.iter().map(String::as_str)));
        // Presentation forms: in logical order each word ends in its final shape; in
        // visual order that shape comes first.
        let shaped_logical = ["ﻭﺻﻞ ﺍﻟﻮﻓﺪ ﺇﻟﻰ ﺍﻟﻘﺎﻫﺮﺓ", "ﻭﺃﻛﺪﺕ ﺍﻟﺤﻜﻮﻣﺔ"];
        let shaped_visual: Vec<String> = shaped_logical
            .iter()
            .map(|l| l.chars().rev().collect())
            .collect();
        assert!(!is_visual_order(shaped_logical));
        assert!(is_visual_order(shaped_visual.iter().map(String::as_str)));
    }
}
