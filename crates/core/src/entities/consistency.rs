//! One name, one type per document: after tagging, a word the tagger left
//! outside any entity takes the type it was given elsewhere in the same
//! document (كلينتون alone, after بيل كلينتون was tagged a person).
//!
//! Only entity evidence counts (a surname is usually untagged more often
//! than tagged, so majority votes would undo the point), and only words rare
//! enough in the lexicon not to be common vocabulary.

use super::hashing::HashKeyMap;
use super::tags::{Chunk, Tag, chunks};
use crate::EntityType;
use crate::text::chars::is_alphanumeric as is_word_char;

/// Words this frequent in the lexicon are never relabeled (common vocabulary).
const MAX_COUNT: u32 = 2000;

/// A sentence's tokens reduced to comparison keys (`None`: never relabel).
pub(crate) type Keys = Vec<Option<u64>>;

/// Entity votes per key: how often it was part of a PERS, ORG, LOC, MISC entity.
pub(crate) type Evidence = HashKeyMap<[u32; 4]>;

/// Collects the entity evidence of the sentences in `window`.
pub(crate) fn evidence(
    keys: &[Keys],
    tags: &[Vec<Tag>],
    window: std::ops::Range<usize>,
) -> Evidence {
    let mut evidence = Evidence::default();
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
                evidence.entry(*key).or_default()[slot] += 1;
            }
        }
    }
    evidence
}

/// Relabels the `O` tokens of one sentence whose key was part of a person
/// name elsewhere (and never of another type). Only persons: for places and
/// organizations the held-out data showed more harm than good.
pub(crate) fn relabel(keys: &Keys, tags: &[Tag], evidence: &Evidence) -> Vec<Tag> {
    let mut out = tags.to_vec();
    for i in 0..out.len() {
        let relabel = (out[i] == Tag::O)
            .then_some(keys[i])
            .flatten()
            .and_then(|key| evidence.get(&key))
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
        && folded_stem
            .chars()
            .all(|c| is_word_char(c) && !c.is_numeric())
}
