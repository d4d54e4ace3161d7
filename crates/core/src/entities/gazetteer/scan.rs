//! Word-boundary and clitic-aware scanning of folded text with the automaton.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, Anchored, Input};

use super::build::Pattern;
use crate::text::words::{WordHashBuild, whitespace_len_at};

/// Proclitics that may precede an entry inside the same word: one letter, or
/// a conjunction (و ف) and a preposition (ب ك ل). Entries that begin with ال
/// take no bare ل (that spelling is the لل contraction, matched through the
/// `after_lam` patterns instead).
const SINGLE_PROCLITICS: [char; 5] = ['و', 'ف', 'ب', 'ك', 'ل'];
const PAIR_PROCLITICS: [[char; 2]; 6] = [
    ['و', 'ب'],
    ['ف', 'ب'],
    ['و', 'ك'],
    ['ف', 'ك'],
    ['و', 'ل'],
    ['ف', 'ل'],
];

use crate::text::chars::is_alphanumeric as is_word_char;

/// The folded text with whitespace runs squashed to one space, and where its
/// pieces came from in the folded text.
pub(super) struct Squashed<'a> {
    pub(super) text: std::borrow::Cow<'a, str>,
    /// `(squashed start, folded start)` of each piece: a run of non-space
    /// characters copied as is, or one space standing for a whitespace run.
    /// Empty when nothing was squashed.
    pieces: Vec<(u32, u32)>,
    folded_len: usize,
}

/// The next whitespace character at or after byte `from`: its start and length.
fn next_whitespace(text: &str, from: usize) -> Option<(usize, usize)> {
    (from..text.len()).find_map(|i| {
        let width = whitespace_len_at(text, i);
        (width > 0).then_some((i, width))
    })
}

impl<'a> Squashed<'a> {
    pub(super) fn new(folded: &'a str) -> Self {
        let needs = folded.char_indices().any(|(i, c)| {
            (c.is_whitespace() && c != ' ') || (c == ' ' && folded[i + 1..].starts_with(' '))
        });
        if !needs {
            return Self {
                text: folded.into(),
                pieces: Vec::new(),
                folded_len: folded.len(),
            };
        }
        let mut text = String::with_capacity(folded.len());
        let mut pieces = Vec::new();
        let mut pos = 0;
        while pos < folded.len() {
            let Some((space, width)) = next_whitespace(folded, pos) else {
                pieces.push((text.len() as u32, pos as u32));
                text.push_str(&folded[pos..]);
                break;
            };
            if space > pos {
                pieces.push((text.len() as u32, pos as u32));
                text.push_str(&folded[pos..space]);
            }
            pieces.push((text.len() as u32, space as u32));
            text.push(' ');
            pos = space + width;
            loop {
                let width = whitespace_len_at(folded, pos);
                if width == 0 {
                    break;
                }
                pos += width;
            }
        }
        Self {
            text: text.into(),
            pieces,
            folded_len: folded.len(),
        }
    }

    /// Folded byte offset of squashed byte `at` (which starts a character or is the end).
    pub(super) fn folded_offset(&self, at: usize) -> usize {
        if self.pieces.is_empty() || at > self.text.len() {
            return at;
        }
        if at == self.text.len() {
            return self.folded_len;
        }
        let index = self
            .pieces
            .partition_point(|&(s, _)| s as usize <= at)
            .saturating_sub(1);
        self.pieces
            .get(index)
            .map_or(at, |&(s, f)| f as usize + (at - s as usize))
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

/// The first characters of the patterns, so that most words are passed over
/// without running the automaton: keys of (up to) three characters, shorter
/// patterns padded with a value no character has.
#[derive(Debug, Default)]
pub(super) struct Openings(HashSet<u64, WordHashBuild>);

const NO_CHAR: u64 = 0x1f_ffff;

fn opening_key(chars: [u64; 3]) -> u64 {
    chars[0] | (chars[1] << 21) | (chars[2] << 42)
}

impl Openings {
    pub(super) fn new<S: AsRef<str>>(patterns: &[S]) -> Self {
        let mut set = HashSet::default();
        for pattern in patterns {
            let mut chars = [NO_CHAR; 3];
            for (slot, c) in chars.iter_mut().zip(pattern.as_ref().chars()) {
                *slot = u64::from(c);
            }
            set.insert(opening_key(chars));
        }
        Self(set)
    }

    /// False when no pattern can match at the start of `text`.
    fn may_match(&self, text: &str) -> bool {
        let mut chars = [NO_CHAR; 3];
        for (slot, c) in chars.iter_mut().zip(text.chars()) {
            *slot = u64::from(c);
        }
        let [a, b, c] = chars;
        self.0.contains(&opening_key([a, b, c]))
            || (c != NO_CHAR && self.0.contains(&opening_key([a, b, NO_CHAR])))
            || (b != NO_CHAR && self.0.contains(&opening_key([a, NO_CHAR, NO_CHAR])))
    }
}

/// One accepted automaton hit: its byte range in the squashed text and pattern.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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

fn prefix_allows(prefix_ends_with_lam: bool, pattern: Pattern) -> bool {
    if pattern.after_lam {
        return prefix_ends_with_lam;
    }
    !(pattern.has_article && prefix_ends_with_lam)
}

/// The proclitic readings of a word: byte lengths of the prefixes it may
/// carry (none first, then one letter, then a pair), shorter than the word.
fn proclitic_lengths(word: &str) -> ([usize; 3], usize) {
    let mut out = [0; 3];
    let mut n = 1;
    let mut chars = word.chars();
    let (Some(first), second) = (chars.next(), chars.next()) else {
        return (out, n);
    };
    let first_len = first.len_utf8();
    if SINGLE_PROCLITICS.contains(&first) && first_len < word.len() {
        out[n] = first_len;
        n += 1;
    }
    if let Some(second) = second
        && PAIR_PROCLITICS.contains(&[first, second])
        && first_len + second.len_utf8() < word.len()
    {
        out[n] = first_len + second.len_utf8();
        n += 1;
    }
    (out, n)
}

/// Scans `text` word by word and returns accepted, non-overlapping hits.
pub(super) fn scan(
    automaton: &AhoCorasick,
    openings: &Openings,
    patterns: &[Pattern],
    text: &str,
) -> Vec<Hit> {
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
        let (lengths, count) = proclitic_lengths(word);
        for &prefix_len in &lengths[..count] {
            let at = pos + prefix_len;
            if !openings.may_match(&text[at..]) {
                continue;
            }
            let Some(hit) = anchored_hit(automaton, text, at) else {
                continue;
            };
            let Some(&pattern) = patterns.get(hit.pattern) else {
                continue;
            };
            if !prefix_allows(word[..prefix_len].ends_with('ل'), pattern) {
                continue;
            }
            let better = best
                .is_none_or(|(b, plen)| hit.end > b.end || (hit.end == b.end && prefix_len < plen));
            if better {
                best = Some((hit, prefix_len));
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

#[cfg(test)]
mod tests;
