//! One name, one type per document: after tagging, a word the tagger left
//! outside any entity takes the type it was given elsewhere in the same
//! document (كلينتون alone, after بيل كلينتون was tagged a person).
//!
//! Only entity evidence counts (a surname is usually untagged more often
//! than tagged, so majority votes would undo the point), and only words rare
//! enough in the lexicon not to be common vocabulary.

use std::collections::HashMap;

use super::tags::{Chunk, Tag, chunks};
use crate::EntityType;

/// Words this frequent in the lexicon are never relabeled (common vocabulary).
const MAX_COUNT: u32 = 2000;

/// A sentence's tokens reduced to comparison keys (`None`: never relabel).
pub(crate) type Keys = Vec<Option<String>>;

/// Entity votes per key: how often it was part of a PERS, ORG, LOC, MISC entity.
pub(crate) type Evidence<'a> = HashMap<&'a str, [u32; 4]>;

/// Collects the entity evidence of the sentences in `window`.
pub(crate) fn evidence<'a>(
    keys: &'a [Keys],
    tags: &[Vec<Tag>],
    window: std::ops::Range<usize>,
) -> Evidence<'a> {
    let mut evidence: Evidence<'a> = HashMap::new();
    for s in window {
        let (Some(sentence_keys), Some(sentence_tags)) = (keys.get(s), tags.get(s)) else {
            continue;
        };
        for Chunk {
            start,
            end,
            entity_type,
        } in chunks(sentence_tags)
        {
            for key in sentence_keys[start..end].iter().flatten() {
                let slot = EntityType::ALL
                    .iter()
                    .position(|&t| t == entity_type)
                    .unwrap_or(0);
                evidence.entry(key.as_str()).or_default()[slot] += 1;
            }
        }
    }
    evidence
}

/// Relabels the `O` tokens of one sentence whose key was part of a person
/// name elsewhere (and never of another type). Only persons: for places and
/// organizations the held-out data showed more harm than good.
pub(crate) fn relabel(keys: &Keys, tags: &[Tag], evidence: &Evidence<'_>) -> Vec<Tag> {
    let mut out = tags.to_vec();
    for i in 0..out.len() {
        let relabel = (out[i] == Tag::O)
            .then(|| keys[i].as_deref())
            .flatten()
            .and_then(|key| evidence.get(key))
            .and_then(|votes| {
                let persons_only = votes[0] > 0 && votes[1..].iter().all(|&v| v == 0);
                persons_only.then_some(EntityType::Pers)
            });
        if let Some(entity_type) = relabel {
            let continues = i
                .checked_sub(1)
                .is_some_and(|j| out[j].entity_type() == Some(entity_type));
            out[i] = if continues {
                Tag::inside(entity_type)
            } else {
                Tag::begin(entity_type)
            };
        }
    }
    out
}

/// Whether a folded word may be relabeled: three letters or more, not common vocabulary.
pub(crate) fn eligible(folded_stem: &str, count: u32) -> bool {
    folded_stem.chars().count() >= 3
        && count < MAX_COUNT
        && folded_stem.chars().all(char::is_alphabetic)
}
