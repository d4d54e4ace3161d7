//! Word-boundary and clitic-aware scanning of folded text with the automaton.

use aho_corasick::{AhoCorasick, Anchored, Input};

use super::build::Pattern;

/// Proclitic sequences that may precede an entry inside the same word.
/// Entries that begin with ال take no bare ل (that spelling is the لل
/// contraction, matched through the `after_lam` patterns instead).
const PROCLITICS: [&str; 12] = [
    "", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل",
];

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The folded text with whitespace runs squashed to one space, and where each
/// byte of it came from in the folded text (`None` when nothing was squashed).
pub(super) struct Squashed<'a> {
    pub(super) text: std::borrow::Cow<'a, str>,
    map: Option<Vec<u32>>,
}

impl<'a> Squashed<'a> {
    pub(super) fn new(folded: &'a str) -> Self {
        let needs = folded.char_indices().any(|(i, c)| {
            (c.is_whitespace() && c != ' ') || (c == ' ' && folded[i + 1..].starts_with(' '))
        });
        if !needs {
            return Self {
                text: folded.into(),
                map: None,
            };
        }
        let mut text = String::with_capacity(folded.len());
        let mut map = Vec::with_capacity(folded.len() + 1);
        let mut in_space = false;
        for (i, c) in folded.char_indices() {
            if c.is_whitespace() {
                if !in_space {
                    text.push(' ');
                    map.push(i as u32);
                }
                in_space = true;
                continue;
            }
            in_space = false;
            text.push(c);
            map.extend(std::iter::repeat_n(i as u32, c.len_utf8()));
        }
        map.push(folded.len() as u32);
        Self {
            text: text.into(),
            map: Some(map),
        }
    }

    /// Folded byte offset of squashed byte `at` (which starts a character or is the end).
    pub(super) fn folded_offset(&self, at: usize) -> usize {
        match &self.map {
            None => at,
            Some(map) => map.get(at).map_or(at, |&v| v as usize),
        }
    }

    /// Folded end offset of a match ending at squashed byte `end` on a non-space character.
    pub(super) fn folded_end(&self, end: usize) -> usize {
        let Some(last) = self.text[..end].chars().next_back() else {
            return self.folded_offset(end);
        };
        let n = last.len_utf8();
        self.folded_offset(end - n) + n
    }
}

/// One accepted automaton hit: its byte range in the squashed text and pattern.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) pattern: usize,
}

fn ends_word(text: &str, end: usize) -> bool {
    let next_is_word = text[end..].chars().next().is_some_and(is_word_char);
    let last_is_word = text[..end].chars().next_back().is_some_and(is_word_char);
    !next_is_word || !last_is_word
}

/// The longest pattern anchored at `at` that ends at a word end, if any.
fn anchored_hit(automaton: &AhoCorasick, text: &str, at: usize) -> Option<Hit> {
    let mut limit = text.len();
    loop {
        let input = Input::new(text).range(at..limit).anchored(Anchored::Yes);
        let found = automaton.try_find(input).ok().flatten()?;
        if ends_word(text, found.end()) {
            return Some(Hit {
                start: at,
                end: found.end(),
                pattern: found.pattern().as_usize(),
            });
        }
        // Retry within the last word end before this hit, for a shorter entry.
        limit = last_word_end_before(text, at, found.end())?;
    }
}

fn last_word_end_before(text: &str, from: usize, before: usize) -> Option<usize> {
    let mut candidate = None;
    for (i, c) in text[from..before].char_indices() {
        let abs = from + i;
        if !is_word_char(c)
            && abs > from
            && text[..abs].chars().next_back().is_some_and(is_word_char)
        {
            candidate = Some(abs);
        }
    }
    candidate
}

fn prefix_allows(prefix: &str, pattern: Pattern) -> bool {
    if pattern.after_lam {
        return prefix.ends_with('ل');
    }
    !(pattern.has_article && prefix.ends_with('ل'))
}

/// Scans `text` word by word and returns accepted, non-overlapping hits.
///
pub(super) fn scan(automaton: &AhoCorasick, patterns: &[Pattern], text: &str) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut pos = 0;
    let mut prev_word = false;
    while pos < text.len() {
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        let is_word = is_word_char(c);
        if !is_word || prev_word {
            prev_word = is_word;
            pos += c.len_utf8();
            continue;
        }
        let word_end = text[pos..]
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
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
            let Some(&pattern) = patterns.get(hit.pattern) else {
                continue;
            };
            if !prefix_allows(prefix, pattern) {
                continue;
            }
            let better = best.is_none_or(|(b, plen)| {
                hit.end > b.end || (hit.end == b.end && prefix.len() < plen)
            });
            if better {
                best = Some((hit, prefix.len()));
            }
        }
        if let Some((hit, _)) = best {
            hits.push(hit);
            pos = hit.end;
            prev_word = text[..pos].chars().next_back().is_some_and(is_word_char);
        } else {
            pos = word_end;
            prev_word = true;
        }
    }
    hits
}
