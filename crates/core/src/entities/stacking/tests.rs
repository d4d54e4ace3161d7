use std::fmt::Write as _;

use super::*;
use crate::EntityType;
use crate::entities::conll;
use crate::entities::hashing::hash_str;

fn stems_of(words: &str) -> Vec<u64> {
    words.split_whitespace().map(hash_str).collect()
}

fn tags_of(text: &str) -> Vec<Tag> {
    text.split_whitespace().filter_map(Tag::parse).collect()
}

#[test]
fn extra_keys_go_after_each_positions_own() {
    let features = SentenceFeatures {
        keys: vec![1, 2, 3],
        starts: vec![0, 2, 3],
        consistency: vec![None, Some(9)],
        stems: vec![5, 6],
    };
    let joined = features.with_extra(&[vec![], vec![7, 8]]);
    assert_eq!(joined.at(0), [1, 2]);
    assert_eq!(joined.at(1), [3, 7, 8]);
    assert_eq!(
        (joined.consistency, joined.stems),
        (features.consistency, features.stems)
    );
}

/// Weights that score every word outside, plus `bonus` on one tag for
/// every key the given second-pass keys hold.
fn outside_unless_told(keys: &[Vec<Vec<u64>>], tag: Tag, bonus: f32) -> Weights {
    let mut weights = Weights {
        second_pass: true,
        ..Weights::default()
    };
    for key in keys.iter().flatten().flatten() {
        let next = weights.index.len() as u32;
        weights.index.entry(*key).or_insert(next);
    }
    let mut row = [0.0; TAG_COUNT];
    row[tag.index()] = bonus;
    weights.rows = vec![row; weights.index.len()];
    weights
}

#[test]
fn the_second_pass_tags_a_bare_mention_the_first_pass_left_out() {
    // الراجحي was tagged once (after مصرف) and left outside twice.
    let document = [
        ("أعلن مصرف الراجحي نتائجه", "O O B-ORG O"),
        ("وأكد الراجحي أن الأرباح زادت", "O O O O O"),
        ("ويملك الراجحي فروعا كثيرة", "O O O O"),
    ];
    let stems: Vec<Vec<u64>> = document.iter().map(|(w, _)| stems_of(w)).collect();
    let first_tags: Vec<Vec<Tag>> = document.iter().map(|(_, t)| tags_of(t)).collect();
    let keys = doc_label_keys(&stems, &first_tags, 10);
    // Table: the weight of each second-pass key, and the tags the second
    // pass then gives the second sentence (الراجحي gets two vote keys and
    // two name keys, 4 × the weight against 0.5 for outside).
    let cases = [
        (0.0, "O O O O O"),
        (0.1, "O O O O O"),
        (0.4, "O B-ORG O O O"),
    ];
    for (bonus, expected) in cases {
        let weights = outside_unless_told(&keys, Tag::single(EntityType::Org), bonus);
        let first: Vec<FirstPass> = stems
            .iter()
            .map(|s| FirstPass {
                emissions: s
                    .iter()
                    .map(|_| {
                        let mut scores = [0.0; TAG_COUNT];
                        scores[Tag::O.index()] = 0.5;
                        scores
                    })
                    .collect(),
                stems: s.clone(),
            })
            .collect();
        let tagged = second_pass(
            &weights,
            &first,
            &first_tags,
            10,
            &mut DecodeScratch::default(),
            None,
        );
        let shown: Vec<String> = tagged[1].iter().map(ToString::to_string).collect();
        assert_eq!(shown.join(" "), expected, "bonus {bonus}");
    }
}

/// Organizations named after a head (مصرف، شركة) then bare, people after قال.
fn corpus() -> Vec<Sentence> {
    let mut text = String::new();
    let banks = ["الراجحي", "الأهلي", "البلاد", "الجزيرة"];
    let people = ["سمير", "هالة", "كريم", "ليلى"];
    for (bank, person) in banks.iter().zip(people) {
        let _ = write!(text, "أعلن\tO\nمصرف\tO\n{bank}\tB-ORG\nأرباحه\tO\n\n");
        let _ = write!(
            text,
            "قال\tO\n{person}\tB-PERS\nإن\tO\n{bank}\tB-ORG\nنما\tO\n\n"
        );
    }
    conll::parse(&text).unwrap()
}

#[test]
fn a_two_pass_model_is_reproducible_and_keeps_its_flag() {
    let config = TrainConfig {
        epochs: 4,
        seed: 3,
        identity_dropout_permille: 0,
        runs: 1,
        doc_label_folds: 2,
        ..TrainConfig::default()
    };
    let lexicon = "قال\t10\t1\t1\t1\n";
    let first = Tagger::train(&corpus(), lexicon, None, config, |_, _| {}).unwrap();
    let second = Tagger::train(&corpus(), lexicon, None, config, |_, _| {}).unwrap();
    let bytes = first.to_bytes();
    assert_eq!(bytes, second.to_bytes(), "same data and seed, same bytes");
    let loaded = Tagger::from_bytes(&bytes, lexicon, None).unwrap();
    assert!(loaded.second_pass(), "the flag survives the file");
    let evaluation = loaded.evaluate(&corpus());
    assert_eq!(
        (evaluation.micro().correct, evaluation.micro().predicted),
        (12, 12),
        "all 12 entities found, nothing else"
    );
}
