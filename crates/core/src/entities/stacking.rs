//! The tagger's second pass (stacking, Krishnan and Manning 2006): a first
//! pass tags the document; the second adds, at each word, what the first
//! pass said about the same words and names elsewhere in it
//! ([`DocLabels`]), and decodes again.
//!
//! One weight table serves both passes: its second-pass rows are learned on
//! half of the training sentences, which carry the features, from labels a
//! cross-validated first pass gave them (each slice tagged by a model
//! trained on the others, so the features carry realistic first-pass
//! errors); the other half teaches the first pass to do without. At tagging
//! time the second pass adds its few rows to the first pass's tag scores,
//! so it costs a lookup or two per word and a Viterbi.

use std::sync::Arc;

use super::confidence::TypeMarginals;
use super::conll::Sentence;
use super::features::doc_labels::DocLabels;
use super::features::{SentenceFeatures, WordLists};
use super::hashing::XorShift;
use super::model_file::ModelError;
use super::perceptron::{DecodeScratch, TrainConfig, Weights};
use super::tagger::{CONLL_WINDOW, Tagger};
use super::tags::{TAG_COUNT, Tag};

/// Share (per thousand) of training sentences given second-pass features.
const SECOND_PASS_PERMILLE: u64 = 500;

impl SentenceFeatures {
    /// These features with `extra[i]` appended to the keys of position `i`.
    pub(crate) fn with_extra(&self, extra: &[Vec<u64>]) -> SentenceFeatures {
        let mut out = SentenceFeatures {
            consistency: self.consistency.clone(),
            stems: self.stems.clone(),
            ..SentenceFeatures::default()
        };
        for i in 0..self.len() {
            out.starts.push(out.keys.len());
            out.keys.extend_from_slice(self.at(i));
            out.keys
                .extend_from_slice(extra.get(i).map_or(&[][..], Vec::as_slice));
        }
        out.starts.push(out.keys.len());
        out
    }
}

/// The second-pass keys of every word of every sentence, from the
/// first-pass `tags` of the sentences within `window` of each (all of them
/// when the window spans the document).
pub(crate) fn doc_label_keys(
    stems: &[Vec<u64>],
    tags: &[Vec<Tag>],
    window: usize,
) -> Vec<Vec<Vec<u64>>> {
    let n = stems.len();
    let mut own = DocLabels::default();
    let mut whole = DocLabels::default();
    if window >= n {
        for (s, t) in stems.iter().zip(tags) {
            whole.add(s, t);
        }
    }
    (0..n)
        .map(|i| {
            if window < n {
                whole.clear();
                for j in i.saturating_sub(window)..(i + window + 1).min(n) {
                    whole.add(&stems[j], &tags[j]);
                }
            }
            own.clear();
            own.add(&stems[i], &tags[i]);
            let mut keys = Vec::new();
            whole.features(&own, &stems[i], &mut keys);
            keys
        })
        .collect()
}

/// The first pass's tag scores and stems of one sentence, kept for the second.
pub(crate) struct FirstPass {
    pub(crate) emissions: Vec<[f32; TAG_COUNT]>,
    pub(crate) stems: Vec<u64>,
}

/// Decodes every sentence again with the second-pass rows added to its
/// first-pass scores; writes type marginals when asked.
pub(crate) fn second_pass(
    weights: &Weights,
    first: &[FirstPass],
    tags: &[Vec<Tag>],
    window: usize,
    scratch: &mut DecodeScratch,
    mut marginals: Option<&mut Vec<Vec<TypeMarginals>>>,
) -> Vec<Vec<Tag>> {
    let stems: Vec<Vec<u64>> = first.iter().map(|f| f.stems.clone()).collect();
    let keys = doc_label_keys(&stems, tags, window);
    first
        .iter()
        .zip(&keys)
        .map(|(pass, keys)| {
            scratch.emissions.clone_from(&pass.emissions);
            for (scores, word_keys) in scratch.emissions.iter_mut().zip(keys) {
                weights.add_rows(word_keys, scores);
            }
            match marginals.as_deref_mut() {
                Some(all) => {
                    let mut sentence = Vec::new();
                    let tags = weights.decode_scored(scratch, Some(&mut sentence));
                    all.push(sentence);
                    tags
                }
                None => weights.decode_scored(scratch, None),
            }
        })
        .collect()
}

/// First-pass labels of the training sentences by cross-validation: each of
/// `config.doc_label_folds` contiguous slices is tagged by a one-pass model
/// (one run) trained on the others.
pub(crate) fn jackknife(
    sentences: &[Sentence],
    lexicon_table: &str,
    lists: Option<&Arc<dyn WordLists>>,
    config: TrainConfig,
) -> Result<Vec<Vec<Tag>>, ModelError> {
    let folds = config.doc_label_folds.max(2);
    let n = sentences.len();
    let one_pass = TrainConfig {
        doc_label_folds: 0,
        runs: 1,
        ..config
    };
    let mut tags = Vec::with_capacity(n);
    for k in 0..folds {
        let (first, last) = (k * n / folds, (k + 1) * n / folds);
        let rest: Vec<Sentence> = sentences[..first]
            .iter()
            .chain(&sentences[last..])
            .cloned()
            .collect();
        let model = Tagger::train(&rest, lexicon_table, lists.cloned(), one_pass, |_, _| {})?;
        let tokens: Vec<Vec<&str>> = sentences[first..last]
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        tags.extend(model.first_pass(&tokens, CONLL_WINDOW));
    }
    Ok(tags)
}

/// Gives half of the training sentences (a seeded draw) the second-pass
/// keys of their jackknifed first-pass labels.
pub(crate) fn add_second_pass_features(
    prepared: &mut [(SentenceFeatures, Vec<Tag>)],
    first_pass_tags: &[Vec<Tag>],
    seed: u64,
) {
    let stems: Vec<Vec<u64>> = prepared.iter().map(|(f, _)| f.stems.clone()).collect();
    let keys = doc_label_keys(&stems, first_pass_tags, CONLL_WINDOW);
    let mut rng = XorShift::new(seed ^ 0x0005_eed2);
    for ((features, _), keys) in prepared.iter_mut().zip(&keys) {
        if rng.next_u64() % 1000 < SECOND_PASS_PERMILLE {
            *features = features.with_extra(keys);
        }
    }
}

#[cfg(test)]
mod tests;
