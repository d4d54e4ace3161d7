//! Mentions in context: keyword-in-context lines and co-occurring entities.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::Span;

use super::{EntityId, Resolution};

fn is_mark(c: char) -> bool {
    matches!(c, '\u{64b}'..='\u{65f}' | '\u{670}' | '\u{6d6}'..='\u{6ed}' | '\u{640}' | '\u{200c}' | '\u{200d}')
        || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Start of the left context: at most `width` characters before `end`, moved
/// forward to a word start when the cut would fall inside a word.
fn left_start(text: &str, end: usize, width: usize) -> usize {
    let before = &text[..end];
    let mut start = end;
    let mut count = 0;
    for (i, c) in before.char_indices().rev() {
        if count == width {
            break;
        }
        start = i;
        if !is_mark(c) {
            count += 1;
        }
    }
    if start == 0 {
        return 0;
    }
    let cut_in_word = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
        && text[start..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace());
    if cut_in_word && let Some(space) = text[start..end].find(char::is_whitespace) {
        return start + space;
    }
    start
}

/// End of the right context: at most `width` characters after `start`, moved
/// back to a word end when the cut would fall inside a word, and never
/// between a letter and its marks.
fn right_end(text: &str, start: usize, width: usize) -> usize {
    let mut end = start;
    let mut count = 0;
    for (i, c) in text[start..].char_indices() {
        if !is_mark(c) {
            if count == width {
                break;
            }
            count += 1;
        }
        end = start + i + c.len_utf8();
    }
    if end >= text.len() {
        return text.len();
    }
    let cut_in_word = text[..end]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace())
        && text[end..]
            .chars()
            .next()
            .is_some_and(|c| !c.is_whitespace());
    if cut_in_word && let Some(space) = text[start..end].rfind(char::is_whitespace) {
        return start + space;
    }
    end
}

/// Keyword in context: up to `width_chars` characters each side of `span`
/// (diacritics do not count), cut at word boundaries when possible and never
/// inside a character or between a letter and its diacritics. Returns
/// `(left, hit, right)` as slices of `text`; a span that is out of range or
/// not on character boundaries gives three empty strings.
pub fn kwic(text: &str, span: Span, width_chars: usize) -> (&str, &str, &str) {
    let Some(hit) = span.slice(text) else {
        return ("", "", "");
    };
    let left_from = left_start(text, span.start, width_chars);
    let right_to = right_end(text, span.end, width_chars);
    let left = text.get(left_from..span.start).unwrap_or_default();
    let right = text.get(span.end..right_to).unwrap_or_default();
    (left, hit, right)
}

/// Entities that share a sentence with `entity`, with the number of
/// sentences they share, most first (ties by id). Hidden entities are left
/// out. An article without sentence spans counts as one sentence.
pub fn cooccurrence(resolution: &Resolution, entity: &EntityId) -> Vec<(EntityId, usize)> {
    let hidden: BTreeSet<&EntityId> = resolution
        .entities
        .iter()
        .filter(|e| e.hidden)
        .map(|e| &e.id)
        .collect();
    let mut counts: BTreeMap<&EntityId, usize> = BTreeMap::new();
    for (a, mentions) in resolution.articles.iter().enumerate() {
        if !mentions.iter().any(|m| &m.entity == entity) {
            continue;
        }
        let whole = [Span::new(0, usize::MAX)];
        let sentences = match resolution.sentences.get(a) {
            Some(list) if !list.is_empty() => list.as_slice(),
            _ => &whole,
        };
        for sentence in sentences {
            let inside: BTreeSet<&EntityId> = mentions
                .iter()
                .filter(|m| sentence.contains(m.mention.span))
                .map(|m| &m.entity)
                .collect();
            if !inside.contains(entity) {
                continue;
            }
            for other in inside {
                if other != entity && !hidden.contains(other) {
                    *counts.entry(other).or_default() += 1;
                }
            }
        }
    }
    let mut ranked: Vec<(EntityId, usize)> =
        counts.into_iter().map(|(id, n)| (id.clone(), n)).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    ranked
}
