//! How sure the tagger is of each word's label: the CRF's marginal
//! probabilities, by forward-backward over the same scores Viterbi reads and
//! with the same BIOES constraints. A mention's confidence is the lowest
//! probability, over its words, that the word lies inside an entity of the
//! mention's type, so a word the tagger hesitated on pulls its mention down.

use super::perceptron::{allowed, may_end};
use super::tags::{TAG_COUNT, Tag};
use crate::EntityType;

/// Log of zero for forbidden transitions (finite, so sums stay finite).
const NEG: f32 = -1.0e30;

/// Per word: the probability of being outside any entity (index 0), then of
/// being inside an entity of each type, in [`EntityType::ALL`] order.
pub(crate) type TypeMarginals = [f32; 5];

fn log_sum_exp(values: &[f32; TAG_COUNT]) -> f32 {
    let max = values.iter().copied().fold(NEG, f32::max);
    if max <= NEG {
        return NEG;
    }
    max + values.iter().map(|v| (v - max).exp()).sum::<f32>().ln()
}

/// Reusable buffers of [`type_marginals`].
#[derive(Default)]
pub(crate) struct MarginalScratch {
    alpha: Vec<[f32; TAG_COUNT]>,
    beta: Vec<[f32; TAG_COUNT]>,
}

/// The marginals of each word of a sentence, from its emission scores, the
/// tag transitions and the sentence-start scores, into `out`.
pub(crate) fn type_marginals(
    emissions: &[[f32; TAG_COUNT]],
    transitions: &[[f32; TAG_COUNT]; TAG_COUNT],
    start: &[f32; TAG_COUNT],
    scratch: &mut MarginalScratch,
    out: &mut Vec<TypeMarginals>,
) {
    out.clear();
    let n = emissions.len();
    if n == 0 {
        return;
    }
    let masked: [[f32; TAG_COUNT]; TAG_COUNT] = std::array::from_fn(|p| {
        std::array::from_fn(|t| {
            if allowed(Some(p), t) {
                transitions[p][t]
            } else {
                NEG
            }
        })
    });
    let alpha = &mut scratch.alpha;
    alpha.clear();
    alpha.push(std::array::from_fn(|t| {
        if allowed(None, t) {
            start[t] + emissions[0][t]
        } else {
            NEG
        }
    }));
    for emission in &emissions[1..] {
        let previous = alpha[alpha.len() - 1];
        alpha.push(std::array::from_fn(|t| {
            emission[t] + log_sum_exp(&std::array::from_fn(|p| previous[p] + masked[p][t]))
        }));
    }
    let beta = &mut scratch.beta;
    beta.clear();
    beta.resize(
        n,
        std::array::from_fn(|t| if may_end(t) { 0.0 } else { NEG }),
    );
    for i in (0..n - 1).rev() {
        let after = beta[i + 1];
        beta[i] = std::array::from_fn(|p| {
            log_sum_exp(&std::array::from_fn(|t| {
                masked[p][t] + emissions[i + 1][t] + after[t]
            }))
        });
    }
    let log_z = log_sum_exp(&std::array::from_fn(|t| alpha[n - 1][t] + beta[n - 1][t]));
    for i in 0..n {
        let mut marginals = [0f32; 5];
        for t in 0..TAG_COUNT {
            let p = (alpha[i][t] + beta[i][t] - log_z).exp();
            let slot = Tag::from_index(t)
                .and_then(Tag::entity_type)
                .map_or(0, |entity_type| 1 + type_slot(entity_type));
            marginals[slot] += p;
        }
        out.push(marginals);
    }
}

fn type_slot(entity_type: EntityType) -> usize {
    EntityType::ALL
        .iter()
        .position(|&t| t == entity_type)
        .unwrap_or(0)
}

/// The confidence of a mention of `entity_type` over words with `marginals`:
/// the least probability among them of being inside such an entity.
pub(crate) fn mention_confidence(marginals: &[TypeMarginals], entity_type: EntityType) -> f32 {
    marginals
        .iter()
        .map(|m| m[1 + type_slot(entity_type)])
        .fold(1.0, f32::min)
        .clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(name: &str) -> usize {
        Tag::parse(name).map_or(0, Tag::index)
    }

    #[test]
    fn marginals_are_probabilities_that_follow_the_scores() {
        // Word 0 leans strongly to a one-word person, word 1 weakly to a place.
        let mut emissions = vec![[0f32; TAG_COUNT]; 2];
        emissions[0][tag("S-PERS")] = 6.0;
        emissions[1][tag("S-LOC")] = 0.8;
        let transitions = [[0f32; TAG_COUNT]; TAG_COUNT];
        let start = [0f32; TAG_COUNT];
        let mut out = Vec::new();
        type_marginals(
            &emissions,
            &transitions,
            &start,
            &mut MarginalScratch::default(),
            &mut out,
        );
        assert_eq!(out.len(), 2);
        for m in &out {
            let total: f32 = m.iter().sum();
            assert!((total - 1.0).abs() < 1e-4, "{m:?} sums to {total}");
        }
        let person = mention_confidence(&out[..1], EntityType::Pers);
        let place = mention_confidence(&out[1..], EntityType::Loc);
        assert!(person > 0.9, "a clear person: {person}");
        assert!(place < 0.5, "a doubtful place: {place}");
        assert!(mention_confidence(&out, EntityType::Pers) < person);
    }

    #[test]
    fn an_empty_sentence_has_no_marginals() {
        let mut out = vec![[1.0; 5]];
        type_marginals(
            &[],
            &[[0.0; TAG_COUNT]; TAG_COUNT],
            &[0.0; TAG_COUNT],
            &mut MarginalScratch::default(),
            &mut out,
        );
        assert!(out.is_empty());
    }
}
