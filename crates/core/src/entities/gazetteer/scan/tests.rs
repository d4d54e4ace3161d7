//! The scanner against a plain reference: every proclitic tried at every word
//! start, every whitespace byte mapped one by one. The fast paths (openings,
//! proclitic readings, piecewise offsets) must find exactly the same hits.

use aho_corasick::{AhoCorasick, MatchKind, StartKind};

use super::*;
use crate::text::fold::fold;

const PROCLITICS: [&str; 12] = [
    "", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل",
];

/// The squashed text and, per byte of it, the folded byte it came from.
fn reference_squash(folded: &str) -> (String, Vec<usize>) {
    let mut text = String::new();
    let mut map = Vec::new();
    let mut in_space = false;
    for (i, c) in folded.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                text.push(' ');
                map.push(i);
            }
            in_space = true;
            continue;
        }
        in_space = false;
        text.push(c);
        map.extend(std::iter::repeat_n(i, c.len_utf8()));
    }
    map.push(folded.len());
    (text, map)
}

fn reference_scan(automaton: &AhoCorasick, patterns: &[Pattern], text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut pos = 0;
    let mut prev_word = false;
    while pos < text.len() {
        let c = text[pos..].chars().next().unwrap();
        let is_word = c.is_alphanumeric();
        if !is_word || prev_word {
            prev_word = is_word;
            pos += c.len_utf8();
            continue;
        }
        let word_end = text[pos..]
            .char_indices()
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(text.len(), |(i, _)| pos + i);
        let word = &text[pos..word_end];
        let mut best: Option<(Hit, usize)> = None;
        for prefix in PROCLITICS {
            if !word.starts_with(prefix) || prefix.len() >= word.len() {
                continue;
            }
            let Some(hit) = anchored_hit(automaton, text, pos + prefix.len()) else {
                continue;
            };
            if !prefix_allows(prefix.ends_with('ل'), patterns[hit.pattern]) {
                continue;
            }
            if best.is_none_or(|(b, plen)| {
                hit.end > b.end || (hit.end == b.end && prefix.len() < plen)
            }) {
                best = Some((hit, prefix.len()));
            }
        }
        if let Some((hit, _)) = best {
            hits.push(hit);
            pos = hit.end;
            prev_word = text[..pos]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        } else {
            pos = word_end;
            prev_word = true;
        }
    }
    hits
}

/// Patterns as the gazetteer builds them: each ال entry also in its لل form.
fn automaton(entries: &[&str]) -> (AhoCorasick, Vec<Pattern>, Openings) {
    let mut texts = Vec::new();
    let mut patterns = Vec::new();
    for (i, entry) in entries.iter().enumerate() {
        let has_article = entry.starts_with("ال");
        texts.push((*entry).to_owned());
        patterns.push(Pattern {
            entry: i as u32,
            after_lam: false,
            has_article,
        });
        if let Some(rest) = entry.strip_prefix("ال") {
            texts.push(format!("ل{rest}"));
            patterns.push(Pattern {
                entry: i as u32,
                after_lam: true,
                has_article,
            });
        }
    }
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(&texts)
        .unwrap();
    let openings = Openings::new(&texts);
    (automaton, patterns, openings)
}

const ENTRIES: &[&str] = &[
    "تونس",
    "تونس العاصمه",
    "الولايات المتحده",
    "المتحده",
    "مصر",
    "ا",
    "اب",
    "بي بي سي",
    "ا.ف.ب",
    "الامم المتحده",
    "غزه",
    "قطاع غزه",
    "لبنان",
    "البنان",
    "ل",
    "سي ان ان (cnn)",
];

const TEXTS: &[&str] = &[
    "زار الرئيس تونس العاصمة ثم عاد الى تونس.",
    "وبالولايات   المتحدة\tو\u{a0}للولايات\n\nالمتحدة وفلبنان ولبنان لبنانيون",
    "نقلت ا.ف.ب و بي  بي سي عن مصادر في قطاع\u{2003}غزة والامم المتحده، ومصر.",
    "ا اب ابا ل لل وا فل و ف وب",
    "سي ان ان (cnn) قالت سي ان ان (cnnx) وسي ان ان (cnn)، مصر",
    "  \u{3000}تونس\u{2028}مصر\u{85}غزه \r\n",
    "",
    "مصرمصر تونسي التونسي",
];

#[test]
fn fast_scan_finds_what_the_reference_finds() {
    let (automaton, patterns, openings) = automaton(ENTRIES);
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/../../assets/sample-corpus");
    let mut texts: Vec<String> = TEXTS.iter().map(|t| (*t).to_owned()).collect();
    for entry in std::fs::read_dir(corpus).unwrap() {
        texts.push(std::fs::read_to_string(entry.unwrap().path()).unwrap_or_default());
    }
    let mut found = 0;
    for text in &texts {
        let folded = fold(text).text;
        let squashed = Squashed::new(&folded);
        let (reference_text, map) = reference_squash(&folded);
        assert_eq!(squashed.text, reference_text);
        for (at, _) in reference_text.char_indices() {
            assert_eq!(
                squashed.folded_offset(at),
                map[at],
                "offset {at} of {text:?}"
            );
        }
        assert_eq!(squashed.folded_offset(reference_text.len()), folded.len());
        let hits = scan(&automaton, &openings, &patterns, &squashed.text);
        assert_eq!(
            hits,
            reference_scan(&automaton, &patterns, &reference_text),
            "{text:?}"
        );
        found += hits.len();
    }
    assert!(found > 30, "the cases exercise matching ({found} hits)");
}

#[test]
fn openings_only_rule_out_impossible_starts() {
    let openings = Openings::new(&["تونس", "اب", "ا"]);
    for (text, expected) in [
        ("تونس", true),
        // Three letters that open a pattern: the automaton decides.
        ("تون", true),
        ("تور", false),
        ("تونسي", true),
        ("ابو", true),
        ("ا", true),
        ("ب", false),
        ("", false),
        ("مصر", false),
    ] {
        assert_eq!(openings.may_match(text), expected, "{text}");
    }
}
