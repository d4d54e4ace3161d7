use super::*;

#[test]
fn folds_spelling_variants_to_one_key() {
    let cases = [
        ("أحمد", "احمد"),
        ("إسرائيل", "اسراييل"),
        ("آمنة", "امنه"),
        ("ٱلله", "الله"),
        ("مصطفى", "مصطفي"),
        ("مؤتمر", "موتمر"),
        ("رئيس", "رييس"),
        ("مُحَمَّدٌ", "محمد"),
        ("جمـــيل", "جميل"),
        ("عام ٢٠٢٤", "عام 2024"),
        ("۱۴۰۳", "1403"),
        ("ﻻ", "لا"),
        ("ﺍﻟﺴﻼﻡ", "السلام"),
        ("UNESCO و Paris", "unesco و paris"),
        ("تو\u{200f}نس\u{200b}", "تونس"),
        ("\u{202e}مرصد\u{202c}", "مرصد"),
        ("کی", "كي"),
        ("😀 مرحبا", "😀 مرحبا"),
        ("\u{fe76}", ""),
        ("قُرْآنٌ ﷺ", "قران صلي الله عليه وسلم"),
    ];
    for (input, expected) in cases {
        assert_eq!(fold_key(input), expected, "fold_key({input:?})");
        assert_eq!(fold(input).text, expected, "fold({input:?}).text");
    }
}

/// Folded span of `needle` in the folded text of `text`, mapped back.
fn map_back<'a>(text: &'a str, needle: &str) -> &'a str {
    let folded = fold(text);
    let start = folded.text.find(needle).expect("needle in folded text");
    let span = folded.original_span(Span::new(start, start + needle.len()));
    span.slice(text).expect("span on char boundaries")
}

#[test]
fn folded_spans_map_back_to_the_text_they_came_from() {
    let cases = [
        // Diacritics inside a word and on its last letter belong to the word.
        ("قال مُحَمَّدٌ أمس", "محمد", "مُحَمَّدٌ"),
        ("وصل الرئيسُ إلى تونس", "الرييس", "الرئيسُ"),
        ("جمـــيل جدا", "جميل", "جمـــيل"),
        ("في عام ٢٠٢٤ م", "2024", "٢٠٢٤"),
        ("في عام ٢٠٢٤ م", "0", "٠"),
        ("ﻻ أحد", "لا", "ﻻ"),
        // Half of a lam-alef ligature maps to the whole ligature, never to half a character.
        ("ﻻ أحد", "ل", "ﻻ"),
        ("ﻻ أحد", "ا ", "ﻻ "),
        ("زار Paris أمس", "paris", "Paris"),
        ("🇹🇳 تونس", "تونس", "تونس"),
        // A bidi control between letters is inside the span, one after the word is not.
        ("تو\u{200f}نس\u{200f} اليوم", "تونس", "تو\u{200f}نس"),
        ("اﻟﺴﻼﻡ عليكم", "السلام", "اﻟﺴﻼﻡ"),
    ];
    for (text, needle, expected) in cases {
        assert_eq!(map_back(text, needle), expected, "{needle:?} in {text:?}");
    }
}

#[test]
fn offsets_at_the_edges() {
    let text = "\u{64b}أحمد\u{651}";
    let folded = fold(text);
    assert_eq!(folded.text, "احمد");
    assert_eq!(folded.original_offset(0), 2);
    assert_eq!(folded.original_offset(folded.text.len()), text.len());
    assert_eq!(
        folded.original_offset(1),
        2,
        "mid-character offsets move to the character start"
    );
    assert_eq!(folded.original_span(Span::new(2, 2)), Span::new(4, 4));
    assert_eq!(folded.original_len(), text.len());
    let empty = fold("");
    assert_eq!(empty.original_offset(0), 0);
    assert_eq!(empty.original_span(Span::new(0, 0)), Span::new(0, 0));
}

/// A small deterministic generator: no test depends on an outside seed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % bound
    }
}

const ALPHABET: &[&str] = &[
    "ا", "أ", "إ", "آ", "ب", "ت", "ة", "ى", "ي", "ئ", "ؤ", "و", "ل", "م", "ن", "\u{64e}",
    "\u{651}", "\u{652}", "\u{670}", "ـ", "ﻻ", "ﺍ", "ﷺ", "٢", "٠", "۴", "3", "A", "b", " ", ".",
    "،", "😀", "\u{200c}", "\u{200f}", "\u{202e}", "\u{feff}", "\u{fe76}", "ש", "é",
];

#[test]
fn every_folded_span_maps_back_to_the_original_it_came_from() {
    let mut rng = Lcg(7);
    for _ in 0..400 {
        let len = rng.next(12);
        let text: String = (0..len)
            .map(|_| ALPHABET[rng.next(ALPHABET.len())])
            .collect();
        let folded = fold(&text);
        assert_eq!(folded.text, fold_key(&text));
        let bounds: Vec<usize> = folded
            .text
            .char_indices()
            .map(|(i, _)| i)
            .chain([folded.text.len()])
            .collect();
        let mut previous_forward = 0;
        for o in text.char_indices().map(|(i, _)| i).chain([text.len()]) {
            let forward = folded.folded_offset(o);
            assert!(forward >= previous_forward && forward <= folded.text.len());
            assert!(folded.text.is_char_boundary(forward));
            previous_forward = forward;
        }
        let mut previous_start = 0;
        for (a, &start) in bounds.iter().enumerate() {
            let mapped_start = folded.original_offset(start);
            assert!(
                mapped_start >= previous_start,
                "offsets are monotone in {text:?}"
            );
            previous_start = mapped_start;
            for &end in &bounds[a + 1..] {
                let span = folded.original_span(Span::new(start, end));
                let original = span
                    .slice(&text)
                    .unwrap_or_else(|| panic!("span {span:?} cuts a character of {text:?}"));
                let piece = &folded.text[start..end];
                let refolded = fold_key(original);
                assert!(
                    refolded.contains(piece),
                    "{piece:?} from {text:?} maps to {original:?}, which folds to {refolded:?}"
                );
                // Only a ligature that the span splits may add characters.
                let is_ligature =
                    |c: Option<char>| c.is_some_and(|c| fold_char(c) == CharFold::Compat);
                if !is_ligature(original.chars().next())
                    && !is_ligature(original.chars().next_back())
                {
                    assert_eq!(
                        refolded, piece,
                        "{piece:?} from {text:?} maps to {original:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_long_text_keeps_few_segments() {
    let text = "قال وزير الخارجية إن المحادثات ستستمر. ".repeat(1000);
    let folded = fold(&text);
    assert_eq!(folded.text.len(), text.len());
    assert!(
        folded.segments.len() <= 2,
        "got {} segments",
        folded.segments.len()
    );
    let needle = "المحادثات";
    let at = folded.text.rfind(needle).expect("present");
    let span = folded.original_span(Span::new(at, at + needle.len()));
    assert_eq!(span.slice(&text), Some(needle));
}

#[test]
fn original_offsets_map_forward_to_the_folded_text() {
    let text = "قال مُحَمَّدٌ ﻻ ٢٠٢٤ Paris";
    let folded = fold(text);
    assert_eq!(folded.text, "قال محمد لا 2024 paris");
    let cases = [
        ("قال", "قال"),
        ("مُحَمَّدٌ", "محمد"),
        ("ﻻ", "لا"),
        ("٢٠٢٤", "2024"),
        ("Paris", "paris"),
    ];
    for (original, expected) in cases {
        let start = text.find(original).expect("present");
        let span = Span::new(
            folded.folded_offset(start),
            folded.folded_offset(start + original.len()),
        );
        assert_eq!(&folded.text[span.start..span.end], expected, "{original}");
    }
    assert_eq!(folded.folded_offset(text.len()), folded.text.len());
    // Inside a removed diacritic: the next folded character.
    let in_marks = text.find('\u{64f}').expect("damma");
    assert_eq!(&folded.text[folded.folded_offset(in_marks)..][..2], "ح");
}
