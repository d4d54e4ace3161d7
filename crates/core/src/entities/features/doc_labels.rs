//! Features of the tagger's second pass: what a first pass said about the
//! same words and names elsewhere in the document (stacking, Krishnan and
//! Manning 2006).
//!
//! A bank introduced once with its head noun (بنك الاستثمار العربي) and then
//! named bare (الاستثمار العربي) sixteen times is found by the first pass
//! where the head helps; the second pass sees, at every bare mention, that
//! the same words were an organization elsewhere. The weights of these
//! features are learned from first-pass labels produced by cross-validation
//! (see `stacking.rs`), so they trust the first pass only as much as it
//! deserves.

use super::super::hashing::{HashKeyMap, combine, hash_str};
use super::super::tags::{Tag, chunks};
use crate::EntityType;

/// Longest run of words matched against the names of the first pass.
const MAX_RUN: usize = 5;

/// What a first pass said about the words and names of a document window.
#[derive(Clone, Debug, Default)]
pub(crate) struct DocLabels {
    /// Per stem: occurrences tagged outside, PERS, ORG, LOC, MISC.
    words: HashKeyMap<[u16; 5]>,
    /// Per hash of a run of stems: how often it was a whole entity of each
    /// type (slots 0 to 3) or a part of one (4 to 7).
    names: HashKeyMap<[u16; 8]>,
}

fn type_slot(entity_type: EntityType) -> usize {
    EntityType::ALL
        .iter()
        .position(|&t| t == entity_type)
        .unwrap_or(0)
}

fn run_hash(stems: &[u64]) -> u64 {
    stems
        .iter()
        .fold(stems.len() as u64, |h, &stem| combine(h, stem))
}

impl DocLabels {
    /// Forgets everything, keeping the allocations.
    pub(crate) fn clear(&mut self) {
        self.words.clear();
        self.names.clear();
    }

    /// Counts one sentence: its words' stem hashes and first-pass tags.
    pub(crate) fn add(&mut self, stems: &[u64], tags: &[Tag]) {
        for (stem, tag) in stems.iter().zip(tags) {
            let slot = tag.entity_type().map_or(0, |t| type_slot(t) + 1);
            let counts = self.words.entry(*stem).or_default();
            counts[slot] = counts[slot].saturating_add(1);
        }
        for chunk in chunks(tags) {
            let end = chunk.end.min(stems.len());
            let slot = type_slot(chunk.entity_type);
            for a in chunk.start..end {
                for b in a + 1..=end.min(a + MAX_RUN) {
                    let part = usize::from(a > chunk.start || b < end);
                    let counts = self.names.entry(run_hash(&stems[a..b])).or_default();
                    counts[slot + 4 * part] = counts[slot + 4 * part].saturating_add(1);
                }
            }
        }
    }

    fn word_others(&self, own: &DocLabels, stem: u64) -> [u16; 5] {
        let mut counts = self.words.get(&stem).copied().unwrap_or_default();
        if let Some(mine) = own.words.get(&stem) {
            for (c, m) in counts.iter_mut().zip(mine) {
                *c = c.saturating_sub(*m);
            }
        }
        counts
    }

    fn name_others(&self, own: &DocLabels, key: u64) -> Option<[u16; 8]> {
        let mut counts = *self.names.get(&key)?;
        if let Some(mine) = own.names.get(&key) {
            for (c, m) in counts.iter_mut().zip(mine) {
                *c = c.saturating_sub(*m);
            }
        }
        counts.iter().any(|&c| c > 0).then_some(counts)
    }

    /// What the other sentences' first-pass labels say about every word of
    /// one sentence (`self` holds the whole window, `own` this sentence
    /// alone, whose own labels must not vote).
    pub(crate) fn marks(&self, own: &DocLabels, stems: &[u64], out: &mut Vec<Mark>) {
        out.clear();
        out.extend(stems.iter().map(|&stem| Mark {
            votes: Votes::of(&self.word_others(own, stem)),
            name: None,
        }));
        // Per word, the longest run here that was (part of) a first-pass
        // name elsewhere.
        for start in 0..stems.len() {
            for len in (1..=MAX_RUN.min(stems.len() - start)).rev() {
                let Some(counts) = self.name_others(own, run_hash(&stems[start..start + len]))
                else {
                    continue;
                };
                let slot = majority(&counts);
                for (offset, mark) in out[start..start + len].iter_mut().enumerate() {
                    if mark.name.is_none_or(|m| usize::from(m.len) < len) {
                        mark.name = Some(NameMatch {
                            entity_type: EntityType::ALL[slot % 4],
                            whole: slot < 4,
                            role: match (offset, len) {
                                (_, 1) => Role::Single,
                                (0, _) => Role::Begin,
                                (o, l) if o + 1 == l => Role::End,
                                _ => Role::Inside,
                            },
                            len: len as u8,
                        });
                    }
                }
                break;
            }
        }
    }

    /// The second-pass feature keys of every word of one sentence (see
    /// [`DocLabels::marks`]): `out[i]` gets the keys of word `i`.
    pub(crate) fn features(&self, own: &DocLabels, stems: &[u64], out: &mut Vec<Vec<u64>>) {
        let mut marks = Vec::with_capacity(stems.len());
        self.marks(own, stems, &mut marks);
        out.clear();
        out.extend(marks.iter().map(|mark| {
            let mut keys = Vec::new();
            mark.keys(&mut keys);
            keys
        }));
    }
}

/// What the other occurrences of a word were.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Votes {
    /// Their most frequent entity type, when any was inside an entity.
    pub(crate) entity_type: Option<EntityType>,
    /// Share of them inside an entity: 0 none, 1 under half, 2 half or more, 3 all.
    pub(crate) share: u8,
    /// How many there were (3 for three or more).
    pub(crate) others: u8,
}

/// A word's place in a run of words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    Single,
    Begin,
    Inside,
    End,
}

/// The longest run of words around a word that the first pass tagged as
/// (part of) a name elsewhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct NameMatch {
    /// The type the run had most often.
    pub(crate) entity_type: EntityType,
    /// Whether it was most often a whole name rather than a part of one.
    pub(crate) whole: bool,
    pub(crate) role: Role,
    /// Words in the run.
    pub(crate) len: u8,
}

/// What the second pass knows of one word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Mark {
    pub(crate) votes: Option<Votes>,
    pub(crate) name: Option<NameMatch>,
}

impl Votes {
    /// The votes of a word's other occurrences (counts outside, PERS, ORG,
    /// LOC, MISC); `None` when there were none.
    fn of(counts: &[u16; 5]) -> Option<Votes> {
        let total: u32 = counts.iter().map(|&c| u32::from(c)).sum();
        if total == 0 {
            return None;
        }
        let entity: u32 = counts[1..].iter().map(|&c| u32::from(c)).sum();
        let share = match entity {
            0 => 0,
            e if e == total => 3,
            e if 2 * e >= total => 2,
            _ => 1,
        };
        Some(Votes {
            entity_type: (entity > 0).then(|| EntityType::ALL[majority(&counts[1..])]),
            share,
            others: total.min(3) as u8,
        })
    }
}

impl Mark {
    /// Feature keys: the votes' type and share, then with the number of
    /// occurrences; the name's type, whole or part and role, then with its
    /// length.
    fn keys(self, out: &mut Vec<u64>) {
        if let Some(votes) = self.votes {
            let slot = votes.entity_type.map_or(0, |t| type_slot(t) as u64 + 1);
            let code = slot << 2 | u64::from(votes.share);
            out.push(combine(*WORD_TEMPLATE, code));
            out.push(combine(
                *WORD_TEMPLATE,
                code | u64::from(votes.others) << 4 | 0x100,
            ));
        }
        if let Some(name) = self.name {
            let slot = type_slot(name.entity_type) as u64 + if name.whole { 0 } else { 4 };
            let code = slot << 2 | name.role as u64;
            out.push(combine(*NAME_TEMPLATE, code));
            out.push(combine(
                *NAME_TEMPLATE,
                code | u64::from(name.len.min(4)) << 8,
            ));
        }
    }
}

static WORD_TEMPLATE: std::sync::LazyLock<u64> =
    std::sync::LazyLock::new(|| hash_str("second pass: word votes"));
static NAME_TEMPLATE: std::sync::LazyLock<u64> =
    std::sync::LazyLock::new(|| hash_str("second pass: longest name"));

/// The index of the largest count (the first on ties).
fn majority(counts: &[u16]) -> usize {
    let mut best = 0;
    for (i, &c) in counts.iter().enumerate() {
        if c > counts[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests;
