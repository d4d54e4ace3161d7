//! A linear-chain conditional random field trained by stochastic gradient
//! ascent on the log-likelihood with L2 regularization (Bottou's SGD-CRF).
//!
//! It learns the same [`Weights`] the perceptron does (feature rows, tag
//! transitions, start scores), so decoding, the model file and the tagger do
//! not change. Where the perceptron only moves on mistakes, the CRF moves on
//! every token in proportion to its doubt, which gives better calibrated
//! weights for the rare cues a name often has only one of.

use super::hashing::{HashKeyMap, XorShift};
use super::perceptron::{Instance, Weights, allowed, draw_dropout, may_end, rows_of};
use super::tags::TAG_COUNT;
use crate::EntityType;

/// Log of zero for forbidden transitions (finite, so sums stay finite).
const NEG: f32 = -1.0e30;

/// SGD settings of a CRF run.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CrfSettings {
    pub(crate) epochs: usize,
    pub(crate) seed: u64,
    /// Initial learning rate; it decays as `rate / (1 + epoch)`.
    pub(crate) rate: f32,
    /// L2 strength per training sentence (the whole penalty is `l2 · N / 2 · ‖w‖²`).
    pub(crate) l2: f32,
    pub(crate) identity_dropout_permille: u64,
    /// Softmax-margin costs: a gold token inside an entity of type `t` (in
    /// `EntityType::ALL` order) adds `recall_cost[t]` to every other tag's
    /// score while training, so the model must win those tokens by a margin.
    pub(crate) recall_cost: [f32; 4],
}

fn log_sum_exp(values: impl Iterator<Item = f32>) -> f32 {
    let values: [f32; TAG_COUNT] = {
        let mut out = [NEG; TAG_COUNT];
        for (slot, v) in out.iter_mut().zip(values) {
            *slot = v;
        }
        out
    };
    let max = values.iter().copied().fold(NEG, f32::max);
    if max <= NEG {
        return NEG;
    }
    max + values.iter().map(|v| (v - max).exp()).sum::<f32>().ln()
}

/// Reusable buffers of forward-backward.
#[derive(Default)]
struct Lattice {
    emissions: Vec<[f32; TAG_COUNT]>,
    alpha: Vec<[f32; TAG_COUNT]>,
    beta: Vec<[f32; TAG_COUNT]>,
}

/// Weights as `scale · v`, so the L2 shrink of every step costs one multiply.
struct Model {
    v: Vec<[f32; TAG_COUNT]>,
    scale: f32,
    transitions: [[f32; TAG_COUNT]; TAG_COUNT],
    start: [f32; TAG_COUNT],
}

impl Model {
    fn masked_transitions(&self) -> [[f32; TAG_COUNT]; TAG_COUNT] {
        let mut out = self.transitions;
        for (p, row) in out.iter_mut().enumerate() {
            for (t, score) in row.iter_mut().enumerate() {
                if !allowed(Some(p), t) {
                    *score = NEG;
                }
            }
        }
        out
    }

    fn start_scores(&self) -> [f32; TAG_COUNT] {
        std::array::from_fn(|t| if allowed(None, t) { self.start[t] } else { NEG })
    }

    /// One stochastic step on `instance`; returns its log-likelihood.
    fn step(
        &mut self,
        instance: &Instance,
        dropped: &[bool],
        rate: f32,
        shrink: f32,
        cost_of: [f32; 4],
        lattice: &mut Lattice,
    ) -> f32 {
        let n = instance.gold.len();
        if n == 0 {
            return 0.0;
        }
        let transitions = self.masked_transitions();
        let start = self.start_scores();
        lattice.emissions.clear();
        for i in 0..n {
            let mut scores = [0f32; TAG_COUNT];
            for &row in rows_of(instance, dropped, i) {
                for (s, w) in scores.iter_mut().zip(&self.v[row as usize]) {
                    *s += w;
                }
            }
            for s in &mut scores {
                *s *= self.scale;
            }
            let gold = instance.gold[i];
            if let Some(cost) = gold
                .entity_type()
                .and_then(|t| EntityType::ALL.iter().position(|&u| u == t))
                .map(|k| cost_of[k])
                .filter(|&c| c != 0.0)
            {
                for (t, s) in scores.iter_mut().enumerate() {
                    if t != gold.index() {
                        *s += cost;
                    }
                }
            }
            lattice.emissions.push(scores);
        }
        let e = &lattice.emissions;
        lattice.alpha.clear();
        lattice
            .alpha
            .push(std::array::from_fn(|t| start[t] + e[0][t]));
        for emission in &e[1..] {
            let previous = lattice.alpha[lattice.alpha.len() - 1];
            let next = std::array::from_fn(|t| {
                emission[t] + log_sum_exp((0..TAG_COUNT).map(|p| previous[p] + transitions[p][t]))
            });
            lattice.alpha.push(next);
        }
        // A sentence ends only where an entity is closed.
        let end: [f32; TAG_COUNT] = std::array::from_fn(|t| if may_end(t) { 0.0 } else { NEG });
        lattice.beta.clear();
        lattice.beta.resize(n, end);
        for i in (0..n - 1).rev() {
            let after = lattice.beta[i + 1];
            lattice.beta[i] = std::array::from_fn(|p| {
                log_sum_exp((0..TAG_COUNT).map(|t| transitions[p][t] + e[i + 1][t] + after[t]))
            });
        }
        let log_z = log_sum_exp((0..TAG_COUNT).map(|t| lattice.alpha[n - 1][t] + end[t]));

        let gold_score = {
            let mut s = start[instance.gold[0].index()];
            for i in 0..n {
                let t = instance.gold[i].index();
                s += e[i][t];
                if i > 0 {
                    s += transitions[instance.gold[i - 1].index()][t];
                }
            }
            s
        };

        // Shrink first, then add the gradient of this sentence at the old weights.
        self.scale *= shrink;
        if self.scale < 1.0e-6 {
            for row in &mut self.v {
                for w in row.iter_mut() {
                    *w *= self.scale;
                }
            }
            self.scale = 1.0;
        }
        for row in &mut self.transitions {
            for w in row.iter_mut() {
                *w *= shrink;
            }
        }
        for w in &mut self.start {
            *w *= shrink;
        }
        let step = rate / self.scale;
        for (i, emission) in e.iter().enumerate() {
            let gold = instance.gold[i].index();
            let mut gradient: [f32; TAG_COUNT] =
                std::array::from_fn(|t| -(lattice.alpha[i][t] + lattice.beta[i][t] - log_z).exp());
            gradient[gold] += 1.0;
            for &row in rows_of(instance, dropped, i) {
                let weights = &mut self.v[row as usize];
                for (w, g) in weights.iter_mut().zip(&gradient) {
                    *w += step * g;
                }
            }
            if i == 0 {
                for (w, g) in self.start.iter_mut().zip(&gradient) {
                    *w += rate * g;
                }
            } else {
                let before = lattice.alpha[i - 1];
                for (p, row) in self.transitions.iter_mut().enumerate() {
                    for (t, w) in row.iter_mut().enumerate() {
                        if transitions[p][t] <= NEG {
                            continue;
                        }
                        let marginal =
                            (before[p] + transitions[p][t] + emission[t] + lattice.beta[i][t]
                                - log_z)
                                .exp();
                        *w -= rate * marginal;
                    }
                }
                self.transitions[instance.gold[i - 1].index()][gold] += rate;
            }
        }
        gold_score - log_z
    }
}

/// Trains CRF weights over interned instances with `rows` feature rows.
/// Also returns the training log-likelihood of each epoch.
pub(crate) fn train(
    instances: &[Instance],
    rows: usize,
    settings: CrfSettings,
) -> (Weights, Vec<f64>) {
    let mut model = Model {
        v: vec![[0.0; TAG_COUNT]; rows],
        scale: 1.0,
        transitions: [[0.0; TAG_COUNT]; TAG_COUNT],
        start: [0.0; TAG_COUNT],
    };
    let mut order: Vec<usize> = (0..instances.len()).collect();
    let mut rng = XorShift::new(settings.seed);
    let mut lattice = Lattice::default();
    let mut dropped = Vec::new();
    let average_from = settings.epochs / 2;
    let mut sum = vec![[0f32; TAG_COUNT]; rows];
    let mut sum_transitions = [[0f32; TAG_COUNT]; TAG_COUNT];
    let mut sum_start = [0f32; TAG_COUNT];
    let mut averaged = 0f32;
    let mut trace = Vec::with_capacity(settings.epochs);
    for epoch in 0..settings.epochs {
        rng.shuffle(&mut order);
        let rate = settings.rate / (1.0 + epoch as f32);
        let shrink = 1.0 - rate * settings.l2;
        let mut likelihood = 0f64;
        for &s in &order {
            let instance = &instances[s];
            draw_dropout(
                &mut rng,
                instance.gold.len(),
                settings.identity_dropout_permille,
                &mut dropped,
            );
            likelihood += f64::from(model.step(
                instance,
                &dropped,
                rate,
                shrink,
                settings.recall_cost,
                &mut lattice,
            ));
        }
        trace.push(likelihood);
        if epoch >= average_from {
            averaged += 1.0;
            for (total, row) in sum.iter_mut().zip(&model.v) {
                for (t, w) in total.iter_mut().zip(row) {
                    *t += w * model.scale;
                }
            }
            for (total, row) in sum_transitions.iter_mut().zip(&model.transitions) {
                for (t, w) in total.iter_mut().zip(row) {
                    *t += w;
                }
            }
            for (t, w) in sum_start.iter_mut().zip(&model.start) {
                *t += w;
            }
        }
    }
    let n = averaged.max(1.0);
    for row in &mut sum {
        for w in row.iter_mut() {
            *w /= n;
        }
    }
    for row in &mut sum_transitions {
        for w in row.iter_mut() {
            *w /= n;
        }
    }
    for w in &mut sum_start {
        *w /= n;
    }
    let weights = Weights {
        index: HashKeyMap::default(),
        rows: sum,
        transitions: sum_transitions,
        start: sum_start,
        second_pass: false,
    };
    (weights, trace)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::tags::Tag;

    fn tag(name: &str) -> Tag {
        Tag::parse(name).unwrap()
    }

    /// Two-token sentences over four feature rows: row 0 marks a person's
    /// first word, row 1 its second, row 2 a place, row 3 anything else.
    fn instances() -> Vec<Instance> {
        let sentence = |rows: [u32; 2], gold: [&str; 2]| Instance {
            rows: rows.to_vec(),
            starts: vec![0, 1, 2],
            gold: gold.iter().map(|g| tag(g)).collect(),
        };
        vec![
            sentence([0, 1], ["B-PERS", "E-PERS"]),
            sentence([3, 2], ["O", "S-LOC"]),
            sentence([2, 3], ["S-LOC", "O"]),
            sentence([3, 3], ["O", "O"]),
        ]
    }

    fn settings(epochs: usize) -> CrfSettings {
        CrfSettings {
            epochs,
            seed: 3,
            rate: 0.3,
            l2: 1.0e-3,
            identity_dropout_permille: 0,
            recall_cost: [0.0; 4],
        }
    }

    #[test]
    fn likelihood_rises_and_the_weights_decode_the_training_data() {
        let data = instances();
        let (mut weights, trace) = train(&data, 4, settings(12));
        assert!(trace[0] < trace[5] && trace[5] < trace[11], "{trace:?}");
        assert!(trace[11] > -4.0, "each sentence above e^-1: {trace:?}");
        for key in 0..4u32 {
            weights.index.insert(u64::from(key), key);
        }
        let mut back = Vec::new();
        for instance in &data {
            let emissions: Vec<[f32; TAG_COUNT]> = (0..instance.gold.len())
                .map(|i| weights.rows[instance.rows[i] as usize])
                .collect();
            let path = super::super::perceptron::viterbi(
                &emissions,
                &weights.transitions,
                &weights.start,
                &mut back,
            );
            assert_eq!(path, instance.gold);
        }
    }

    #[test]
    fn same_seed_same_weights() {
        let (a, _) = train(&instances(), 4, settings(4));
        let (b, _) = train(&instances(), 4, settings(4));
        assert_eq!(a, b);
    }

    #[test]
    fn log_sum_exp_is_stable_for_large_and_forbidden_scores() {
        let big = log_sum_exp([1000.0f32, 1000.0].into_iter());
        assert!((big - (1000.0 + 2f32.ln())).abs() < 1e-3, "{big}");
        assert!(
            log_sum_exp([NEG, NEG].into_iter()) <= NEG,
            "all forbidden stays forbidden"
        );
        let mixed = log_sum_exp([0.0f32, NEG].into_iter());
        assert!(mixed.abs() < 1e-6, "{mixed}");
    }
}
