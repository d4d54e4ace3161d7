//! Entity-level scoring with the CoNLL rules: an entity counts only when its
//! span and type both match exactly.

use std::fmt::Write as _;

use super::tags::{Tag, chunks};
use crate::EntityType;

/// Counts for one entity type (or for all, micro-averaged).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Entities in the gold standard.
    pub gold: usize,
    /// Entities the tagger predicted.
    pub predicted: usize,
    /// Predicted entities matching a gold one exactly.
    pub correct: usize,
}

impl Counts {
    /// Share of predicted entities that are right (0 when nothing was predicted).
    pub fn precision(self) -> f64 {
        ratio(self.correct, self.predicted)
    }

    /// Share of gold entities found (0 when there are none).
    pub fn recall(self) -> f64 {
        ratio(self.correct, self.gold)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.correct += other.correct;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Accumulated scores over many sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evaluation {
    per_type: [Counts; 4],
    /// Tokens scored.
    pub tokens: usize,
}

impl Evaluation {
    /// Scores one sentence; `gold` and `predicted` have one tag per token.
    pub fn add(&mut self, gold: &[Tag], predicted: &[Tag]) {
        debug_assert_eq!(gold.len(), predicted.len());
        self.tokens += gold.len();
        let gold_chunks = chunks(gold);
        let predicted_chunks = chunks(predicted);
        for chunk in &gold_chunks {
            self.slot(chunk.entity_type).gold += 1;
        }
        for chunk in &predicted_chunks {
            self.slot(chunk.entity_type).predicted += 1;
            if gold_chunks.contains(chunk) {
                self.slot(chunk.entity_type).correct += 1;
            }
        }
    }

    fn slot(&mut self, entity_type: EntityType) -> &mut Counts {
        let index = EntityType::ALL
            .iter()
            .position(|&t| t == entity_type)
            .unwrap_or(0);
        &mut self.per_type[index]
    }

    /// Counts for one type.
    pub fn of_type(&self, entity_type: EntityType) -> Counts {
        let index = EntityType::ALL
            .iter()
            .position(|&t| t == entity_type)
            .unwrap_or(0);
        self.per_type[index]
    }

    /// Counts over all types.
    pub fn micro(&self) -> Counts {
        let mut total = Counts::default();
        for counts in self.per_type {
            total.add(counts);
        }
        total
    }

    /// A table of P/R/F1 per type and micro-averaged, ending with the line `F1 0.xxxx`.
    pub fn report(&self) -> String {
        let mut out = String::from("type   gold  pred  correct  precision  recall  f1\n");
        let rows = EntityType::ALL
            .iter()
            .map(|&t| (t.as_str(), self.of_type(t)));
        for (name, c) in rows.chain(std::iter::once(("micro", self.micro()))) {
            let _ = writeln!(
                out,
                "{name:<5} {:>5} {:>5} {:>8} {:>10.4} {:>7.4} {:>7.4}",
                c.gold,
                c.predicted,
                c.correct,
                c.precision(),
                c.recall(),
                c.f1()
            );
        }
        let _ = write!(out, "F1 {:.4}", self.micro().f1());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(text: &str) -> Vec<Tag> {
        text.split_whitespace().filter_map(Tag::parse).collect()
    }

    #[test]
    fn scores_exact_span_and_type_only() {
        // (gold, predicted, gold count, predicted count, correct count)
        let cases = [
            ("B-PERS I-PERS O B-LOC", "B-PERS I-PERS O B-LOC", 2, 2, 2),
            ("B-PERS I-PERS O", "B-PERS O O", 1, 1, 0),
            ("B-LOC O", "B-ORG O", 1, 1, 0),
            ("O B-ORG I-ORG", "O I-ORG I-ORG", 1, 1, 1),
            ("B-LOC B-LOC", "B-LOC I-LOC", 2, 1, 0),
            ("O O", "B-MISC O", 0, 1, 0),
        ];
        for (gold, predicted, n_gold, n_pred, n_correct) in cases {
            let mut eval = Evaluation::default();
            eval.add(&tags(gold), &tags(predicted));
            let micro = eval.micro();
            assert_eq!(
                (micro.gold, micro.predicted, micro.correct),
                (n_gold, n_pred, n_correct),
                "{gold} / {predicted}"
            );
        }
    }

    #[test]
    fn micro_f1_combines_types_and_report_ends_with_f1() {
        let mut eval = Evaluation::default();
        eval.add(&tags("B-PERS O B-LOC O B-ORG"), &tags("B-PERS O B-LOC O O"));
        eval.add(&tags("B-MISC"), &tags("B-LOC"));
        let micro = eval.micro();
        assert_eq!((micro.gold, micro.predicted, micro.correct), (4, 3, 2));
        assert!((micro.precision() - 2.0 / 3.0).abs() < 1e-9);
        assert!((micro.recall() - 0.5).abs() < 1e-9);
        assert!((micro.f1() - 4.0 / 7.0).abs() < 1e-9);
        assert_eq!(eval.of_type(EntityType::Loc).predicted, 2);
        assert_eq!(eval.report().lines().last(), Some("F1 0.5714"));
    }
}
