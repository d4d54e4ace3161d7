//! An averaged structured perceptron over BIOES tags with first-order Viterbi
//! decoding that only produces well-formed sequences (see [`Tag::may_follow`]).

use super::confidence::{self, MarginalScratch, TypeMarginals};
use super::crf;
use super::features::SentenceFeatures;
use super::hashing::{HashKeyMap, XorShift};
use super::tags::{TAG_COUNT, Tag, normalize_bio, to_bio, to_bioes};
use crate::EntityType;

/// Score added to transitions that break BIOES, so Viterbi never picks them.
const FORBIDDEN: f32 = -1.0e9;

/// The learned weights: one score row per feature, tag-to-tag transitions and
/// sentence-start scores.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Weights {
    pub(crate) index: HashKeyMap<u32>,
    pub(crate) rows: Vec<[f32; TAG_COUNT]>,
    /// `transitions[previous][current]`.
    pub(crate) transitions: [[f32; TAG_COUNT]; TAG_COUNT],
    pub(crate) start: [f32; TAG_COUNT],
    /// Whether the weights include second-pass features (see `stacking.rs`).
    pub(crate) second_pass: bool,
}

/// Reusable buffers for decoding.
#[derive(Default)]
pub(crate) struct DecodeScratch {
    pub(crate) emissions: Vec<[f32; TAG_COUNT]>,
    back: Vec<[u8; TAG_COUNT]>,
    marginals: MarginalScratch,
}

impl Weights {
    /// Per-position tag scores of a sentence.
    pub(crate) fn emissions(&self, features: &SentenceFeatures, out: &mut Vec<[f32; TAG_COUNT]>) {
        out.clear();
        for i in 0..features.len() {
            let mut scores = [0f32; TAG_COUNT];
            self.add_rows(features.at(i), &mut scores);
            out.push(scores);
        }
    }

    /// Adds the rows of `keys` to one position's tag scores.
    pub(crate) fn add_rows(&self, keys: &[u64], scores: &mut [f32; TAG_COUNT]) {
        for key in keys {
            if let Some(&row) = self.index.get(key) {
                for (s, w) in scores.iter_mut().zip(&self.rows[row as usize]) {
                    *s += w;
                }
            }
        }
    }

    /// The best well-formed tag sequence for a sentence, in BIO.
    pub(crate) fn decode(
        &self,
        features: &SentenceFeatures,
        scratch: &mut DecodeScratch,
    ) -> Vec<Tag> {
        self.emissions(features, &mut scratch.emissions);
        self.decode_scored(scratch, None)
    }

    /// [`Weights::decode`], with each word's type marginals written to `marginals`.
    pub(crate) fn decode_with_marginals(
        &self,
        features: &SentenceFeatures,
        scratch: &mut DecodeScratch,
        marginals: &mut Vec<TypeMarginals>,
    ) -> Vec<Tag> {
        self.emissions(features, &mut scratch.emissions);
        self.decode_scored(scratch, Some(marginals))
    }

    /// Decodes the tag scores already in `scratch.emissions` (see `stacking.rs`).
    pub(crate) fn decode_scored(
        &self,
        scratch: &mut DecodeScratch,
        marginals: Option<&mut Vec<TypeMarginals>>,
    ) -> Vec<Tag> {
        let mut tags = viterbi(
            &scratch.emissions,
            &self.transitions,
            &self.start,
            &mut scratch.back,
        );
        to_bio(&mut tags);
        if let Some(marginals) = marginals {
            confidence::type_marginals(
                &scratch.emissions,
                &self.transitions,
                &self.start,
                &mut scratch.marginals,
                marginals,
            );
        }
        tags
    }
}

pub(crate) fn allowed(previous: Option<usize>, current: usize) -> bool {
    Tag::from_index(current).is_some_and(|tag| tag.may_follow(previous.and_then(Tag::from_index)))
}

/// Whether the tag at index `tag` may close a sentence.
pub(crate) fn may_end(tag: usize) -> bool {
    Tag::from_index(tag).is_some_and(Tag::may_end)
}

/// First-order Viterbi with BIOES constraints (an entity opened is closed,
/// within the sentence too).
pub(crate) fn viterbi(
    emissions: &[[f32; TAG_COUNT]],
    transitions: &[[f32; TAG_COUNT]; TAG_COUNT],
    start: &[f32; TAG_COUNT],
    back: &mut Vec<[u8; TAG_COUNT]>,
) -> Vec<Tag> {
    let Some(first) = emissions.first() else {
        return Vec::new();
    };
    let mut masked = *transitions;
    for (p, row) in masked.iter_mut().enumerate() {
        for (t, score) in row.iter_mut().enumerate() {
            if !allowed(Some(p), t) {
                *score = FORBIDDEN;
            }
        }
    }
    let mut score = [0f32; TAG_COUNT];
    for t in 0..TAG_COUNT {
        score[t] = if allowed(None, t) {
            start[t] + first[t]
        } else {
            FORBIDDEN
        };
    }
    back.clear();
    back.push([0; TAG_COUNT]);
    for emission in &emissions[1..] {
        let mut next = [0f32; TAG_COUNT];
        let mut pointers = [0u8; TAG_COUNT];
        for t in 0..TAG_COUNT {
            let mut best = f32::NEG_INFINITY;
            let mut best_prev = 0;
            for p in 0..TAG_COUNT {
                let candidate = score[p] + masked[p][t];
                if candidate > best {
                    best = candidate;
                    best_prev = p;
                }
            }
            next[t] = best + emission[t];
            pointers[t] = best_prev as u8;
        }
        score = next;
        back.push(pointers);
    }
    let mut best = 0;
    for t in 1..TAG_COUNT {
        if score[t] > score[best] && may_end(t) {
            best = t;
        }
    }
    let mut path = vec![Tag::O; emissions.len()];
    for i in (0..emissions.len()).rev() {
        path[i] = Tag::from_index(best).unwrap_or(Tag::O);
        best = usize::from(back[i][best]);
    }
    path
}

/// Training settings.
#[derive(Clone, Copy, Debug)]
pub struct TrainConfig {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the shuffle before each pass.
    pub seed: u64,
    /// Chance (per thousand) that a token's own form and stem are hidden in a training step.
    pub identity_dropout_permille: u64,
    /// Training runs with different shuffles whose weights are summed.
    pub runs: usize,
    /// How the weights are learned.
    pub learner: Learner,
    /// Score added to opening an entity of each type (in [`EntityType::ALL`]
    /// order) once training is done: a recall-leaning decision for the types
    /// the model marks too rarely (see [`Weights::add_entry_bias`]).
    pub entry_bias: [f32; 4],
    /// CRF only: softmax-margin cost per type (in [`EntityType::ALL`] order)
    /// of missing a word of an entity of that type, added to every wrong
    /// tag's score while training: the model learns to win those words by a
    /// margin, which trades a little precision for recall.
    pub recall_cost: [f32; 4],
    /// Cross-validation slices for a second pass's labels (0: one pass).
    pub doc_label_folds: usize,
}

/// The learning algorithm behind the weights.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Learner {
    /// Averaged structured perceptron.
    Perceptron,
    /// Conditional random field by SGD: initial learning rate and L2 strength per sentence.
    Crf { rate: f32, l2: f32 },
}

impl Learner {
    /// Default initial learning rate of the CRF (chosen on held-out training data).
    pub const CRF_RATE: f32 = 0.3;
    /// Default L2 strength per training sentence of the CRF.
    pub const CRF_L2: f32 = 1.0e-3;
}

impl TrainConfig {
    /// Default softmax-margin costs: organizations and MISC, the types the
    /// model found least of (chosen on held-out slices of the training data).
    pub const RECALL_COST: [f32; 4] = [0.0, 1.0, 0.0, 1.0];
}

impl Default for TrainConfig {
    fn default() -> Self {
        Self {
            epochs: 20,
            seed: 42,
            identity_dropout_permille: 200,
            runs: 3,
            learner: Learner::Crf {
                rate: Learner::CRF_RATE,
                l2: Learner::CRF_L2,
            },
            entry_bias: [0.0; 4],
            recall_cost: Self::RECALL_COST,
            doc_label_folds: 0,
        }
    }
}

/// A training sentence with its features interned to row ids.
pub(crate) struct Instance {
    pub(crate) rows: Vec<u32>,
    pub(crate) starts: Vec<usize>,
    pub(crate) gold: Vec<Tag>,
}

/// Perceptron state with the running sums needed for averaging: after `c`
/// updates the average is `w - u / c` (Daumé's trick, no per-step copies).
struct Trainer {
    w: Vec<[f32; TAG_COUNT]>,
    u: Vec<[f32; TAG_COUNT]>,
    tw: [[f32; TAG_COUNT]; TAG_COUNT],
    tu: [[f32; TAG_COUNT]; TAG_COUNT],
    sw: [f32; TAG_COUNT],
    su: [f32; TAG_COUNT],
    step: f32,
}

impl Trainer {
    fn averaged(&self, index: &HashKeyMap<u32>) -> Weights {
        let c = self.step.max(1.0);
        let avg = |w: f32, u: f32| w - u / c;
        let mut transitions = [[0f32; TAG_COUNT]; TAG_COUNT];
        let mut start = [0f32; TAG_COUNT];
        for (p, row) in transitions.iter_mut().enumerate() {
            start[p] = avg(self.sw[p], self.su[p]);
            for (t, slot) in row.iter_mut().enumerate() {
                *slot = avg(self.tw[p][t], self.tu[p][t]);
            }
        }
        let rows = self
            .w
            .iter()
            .zip(&self.u)
            .map(|(w, u)| std::array::from_fn(|t| avg(w[t], u[t])))
            .collect();
        Weights {
            index: index.clone(),
            rows,
            transitions,
            start,
            second_pass: false,
        }
    }

    fn current(
        &self,
        instance: &Instance,
        dropped: &[bool],
        scratch: &mut DecodeScratch,
    ) -> Vec<Tag> {
        scratch.emissions.clear();
        for i in 0..instance.gold.len() {
            let mut scores = [0f32; TAG_COUNT];
            for &row in rows_of(instance, dropped, i) {
                for (s, w) in scores.iter_mut().zip(&self.w[row as usize]) {
                    *s += w;
                }
            }
            scratch.emissions.push(scores);
        }
        viterbi(&scratch.emissions, &self.tw, &self.sw, &mut scratch.back)
    }

    fn update(&mut self, instance: &Instance, dropped: &[bool], predicted: &[Tag]) {
        let c = self.step;
        for (i, (&gold, &guess)) in instance.gold.iter().zip(predicted).enumerate() {
            let previous = i
                .checked_sub(1)
                .map(|j| (instance.gold[j].index(), predicted[j].index()));
            let same_transition = match previous {
                Some((pg, pp)) => pg == pp && gold == guess,
                None => gold == guess,
            };
            if !same_transition {
                let (w, u) = if let Some((pg, pp)) = previous {
                    self.tw[pg][gold.index()] += 1.0;
                    self.tu[pg][gold.index()] += c;
                    (&mut self.tw[pp], &mut self.tu[pp])
                } else {
                    self.sw[gold.index()] += 1.0;
                    self.su[gold.index()] += c;
                    (&mut self.sw, &mut self.su)
                };
                w[guess.index()] -= 1.0;
                u[guess.index()] -= c;
            }
            if gold == guess {
                continue;
            }
            for &row in rows_of(instance, dropped, i) {
                let (w, u) = (&mut self.w[row as usize], &mut self.u[row as usize]);
                w[gold.index()] += 1.0;
                u[gold.index()] += c;
                w[guess.index()] -= 1.0;
                u[guess.index()] -= c;
            }
        }
    }
}

/// Draws which of `len` tokens have their identity hidden in this training
/// step. Hiding a word's identity now and then makes the model learn the
/// context and shape cues it needs for names it has never seen.
pub(crate) fn draw_dropout(rng: &mut XorShift, len: usize, permille: u64, out: &mut Vec<bool>) {
    out.clear();
    out.extend((0..len).map(|_| rng.next_u64() % 1000 < permille));
}

/// Positions of the word's own form and stem in its feature list (see `features.rs`).
const IDENTITY_FEATURES: std::ops::Range<usize> = 1..3;

/// The feature rows of token `i`, without its form and stem when `dropped[i]`.
pub(crate) fn rows_of<'a>(
    instance: &'a Instance,
    dropped: &[bool],
    i: usize,
) -> impl Iterator<Item = &'a u32> {
    let rows = &instance.rows[instance.starts[i]..instance.starts[i + 1]];
    let skip = dropped[i];
    rows.iter()
        .enumerate()
        .filter(move |(j, _)| !(skip && IDENTITY_FEATURES.contains(j)))
        .map(|(_, row)| row)
}

/// Trains averaged perceptron weights. `sentences` yields each training
/// sentence's features and gold tags in BIO as the data has them (a leading
/// `I-` is read as `B-`); `after_epoch` sees the averaged weights
/// of the current run after every pass (for progress reports on held-out data).
pub(crate) fn train(
    sentences: &[(SentenceFeatures, Vec<Tag>)],
    config: TrainConfig,
    mut after_epoch: impl FnMut(usize, &Weights),
) -> Weights {
    let mut index: HashKeyMap<u32> = HashKeyMap::default();
    let instances: Vec<Instance> = sentences
        .iter()
        .map(|(features, gold)| {
            let rows = features
                .keys
                .iter()
                .map(|&key| {
                    let next = index.len() as u32;
                    *index.entry(key).or_insert(next)
                })
                .collect();
            // The model learns BIOES from the BIO of the data.
            let mut gold = gold.clone();
            normalize_bio(&mut gold);
            to_bioes(&mut gold);
            Instance {
                rows,
                starts: features.starts.clone(),
                gold,
            }
        })
        .collect();
    // Runs differ only in their shuffles and dropout draws; summing their
    // averaged weights is an ensemble that costs nothing at tagging time.
    let mut total = Weights::default();
    for run in 0..config.runs.max(1) {
        let seed = config.seed.wrapping_add(run as u64 * RUN_SEED_STRIDE);
        let weights = match config.learner {
            Learner::Perceptron => train_once(&instances, &index, seed, config, &mut after_epoch),
            Learner::Crf { rate, l2 } => {
                let settings = crf::CrfSettings {
                    epochs: config.epochs,
                    seed,
                    rate,
                    l2,
                    identity_dropout_permille: config.identity_dropout_permille,
                    recall_cost: config.recall_cost,
                };
                let (mut weights, _) = crf::train(&instances, index.len(), settings);
                weights.index.clone_from(&index);
                after_epoch(config.epochs, &weights);
                weights
            }
        };
        if run == 0 {
            total = weights;
        } else {
            total.add(&weights);
        }
    }
    for (&entity_type, &bias) in EntityType::ALL.iter().zip(&config.entry_bias) {
        total.add_entry_bias(entity_type, bias);
    }
    total
}

/// Distance between the seeds of successive training runs.
const RUN_SEED_STRIDE: u64 = 1_000_003;

impl Weights {
    /// Adds `bias` to the score of opening an entity of `entity_type` (its
    /// `B-` and `S-` tags, at a sentence start or after any tag), so the
    /// decoder marks that type more readily (`bias > 0`) or less. Folded
    /// into the start and transition scores: tagging costs nothing more.
    pub(crate) fn add_entry_bias(&mut self, entity_type: EntityType, bias: f32) {
        for tag in [Tag::begin(entity_type), Tag::single(entity_type)] {
            let t = tag.index();
            self.start[t] += bias;
            for row in &mut self.transitions {
                row[t] += bias;
            }
        }
    }

    /// Adds `other`'s scores to these (same feature index).
    fn add(&mut self, other: &Weights) {
        for (row, more) in self.rows.iter_mut().zip(&other.rows) {
            for (w, m) in row.iter_mut().zip(more) {
                *w += m;
            }
        }
        for (row, more) in self.transitions.iter_mut().zip(&other.transitions) {
            for (w, m) in row.iter_mut().zip(more) {
                *w += m;
            }
        }
        for (w, m) in self.start.iter_mut().zip(&other.start) {
            *w += m;
        }
    }
}

/// One training run: averaged perceptron weights after `config.epochs` passes.
fn train_once(
    instances: &[Instance],
    index: &HashKeyMap<u32>,
    seed: u64,
    config: TrainConfig,
    after_epoch: &mut impl FnMut(usize, &Weights),
) -> Weights {
    let n = index.len();
    let mut trainer = Trainer {
        w: vec![[0.0; TAG_COUNT]; n],
        u: vec![[0.0; TAG_COUNT]; n],
        tw: [[0.0; TAG_COUNT]; TAG_COUNT],
        tu: [[0.0; TAG_COUNT]; TAG_COUNT],
        sw: [0.0; TAG_COUNT],
        su: [0.0; TAG_COUNT],
        step: 1.0,
    };
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut rng = XorShift::new(seed);
    let mut scratch = DecodeScratch::default();
    let mut dropped = Vec::new();
    for epoch in 1..=config.epochs {
        rng.shuffle(&mut order);
        for &s in &order {
            let instance = &instances[s];
            draw_dropout(
                &mut rng,
                instance.gold.len(),
                config.identity_dropout_permille,
                &mut dropped,
            );
            let predicted = trainer.current(instance, &dropped, &mut scratch);
            if predicted != instance.gold {
                trainer.update(instance, &dropped, &predicted);
            }
            trainer.step += 1.0;
        }
        after_epoch(epoch, &trainer.averaged(index));
    }
    trainer.averaged(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path_of(
        emissions: &[[f32; TAG_COUNT]],
        transitions: &[[f32; TAG_COUNT]; TAG_COUNT],
    ) -> Vec<String> {
        viterbi(emissions, transitions, &[0.0; TAG_COUNT], &mut Vec::new())
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    fn index(tag: &str) -> usize {
        Tag::parse(tag).unwrap().index()
    }

    #[test]
    fn viterbi_never_opens_with_inside_nor_leaves_an_entity_open() {
        let mut emissions = vec![[0f32; TAG_COUNT]; 2];
        emissions[0][index("I-PERS")] = 5.0;
        emissions[1][index("I-PERS")] = 5.0;
        emissions[1][index("E-PERS")] = 1.0;
        assert_eq!(
            path_of(&emissions, &[[0.0; TAG_COUNT]; TAG_COUNT]),
            ["B-PERS", "E-PERS"]
        );
    }

    #[test]
    fn an_entry_bias_opens_entities_of_its_type_only() {
        // One word that the emissions call outside, with organization a close second.
        let mut weights = Weights::default();
        let emissions = {
            let mut e = [[0f32; TAG_COUNT]; 1];
            e[0][Tag::O.index()] = 1.0;
            e[0][index("S-ORG")] = 0.6;
            e[0][index("S-MISC")] = 0.5;
            e
        };
        let decode = |weights: &Weights| {
            viterbi(
                &emissions,
                &weights.transitions,
                &weights.start,
                &mut Vec::new(),
            )[0]
            .to_string()
        };
        // (type, bias, tag chosen)
        let cases = [
            (EntityType::Org, 0.3, "O"),
            (EntityType::Org, 0.5, "S-ORG"),
            (EntityType::Misc, 0.3, "O"),
            (EntityType::Pers, 2.0, "S-PERS"),
        ];
        for (entity_type, bias, expected) in cases {
            weights.transitions = [[0.0; TAG_COUNT]; TAG_COUNT];
            weights.start = [0.0; TAG_COUNT];
            weights.add_entry_bias(entity_type, bias);
            assert_eq!(decode(&weights), expected, "{entity_type} {bias}");
        }
        // Inside an entity nothing changes: the bias is on opening one.
        weights.add_entry_bias(EntityType::Org, 5.0);
        for p in Tag::all() {
            for t in ["I-ORG", "E-ORG"] {
                let score = weights.transitions[p.index()][index(t)];
                assert!(score.abs() < 1e-9, "{p} → {t}: {score}");
            }
        }
    }

    #[test]
    fn viterbi_follows_transitions() {
        // Emissions alone prefer two one-word places; a strong B-LOC → E-LOC
        // transition makes them one place.
        let mut emissions = vec![[0f32; TAG_COUNT]; 2];
        emissions[0][index("S-LOC")] = 2.0;
        emissions[1][index("S-LOC")] = 1.0;
        emissions[0][index("B-LOC")] = 1.5;
        emissions[1][index("E-LOC")] = 0.5;
        let mut transitions = [[0f32; TAG_COUNT]; TAG_COUNT];
        assert_eq!(path_of(&emissions, &transitions), ["S-LOC", "S-LOC"]);
        transitions[index("B-LOC")][index("E-LOC")] = 2.0;
        assert_eq!(path_of(&emissions, &transitions), ["B-LOC", "E-LOC"]);
    }
}
