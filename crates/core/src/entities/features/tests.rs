//! Feature extraction on hand-made Arabic sentences.

use super::*;

#[test]
fn known_names_mark_whole_runs_of_words_with_or_without_a_proclitic() {
    use crate::entities::TaggerLists;
    use crate::entities::gazetteer::Gazetteer;
    use crate::entities::names::{KnownNames, NameWords};

    let lists = TaggerLists::new(Gazetteer::from_sources(&[]).unwrap(), NameWords::default())
        .with_full_names(KnownNames::parse(
            "أسامة حسني\nفايزة أبو النجا\n",
            2..=FULL_NAME_MAX_WORDS,
        ))
        .with_places(KnownNames::parse(
            "بلنسية\nهونغ كونغ\nأبو ظبي\n",
            1..=PLACE_MAX_WORDS,
        ));
    let lexicon = Lexicon::default();
    let extractor = FeatureExtractor::new(&lexicon, Some(&lists));
    let mut scratch = Scratch::default();
    // Tokens, then the full-name and the place marks.
    let cases: &[(&[&str], &[u8], &[u8])] = &[
        (
            &["قال", "وأسامة", "حسني", "و", "فايزة", "أبو", "النجا"],
            &[0, 1, 2, 0, 1, 2, 2],
            &[0; 7],
        ),
        (&["أبو", "النجا", "حسني"], &[0, 0, 0], &[0, 0, 0]),
        (&["أسامة", "أسامة", "حسني", "."], &[0, 1, 2, 0], &[0; 4]),
        (&["حسني"], &[0], &[0]),
        (
            &["وصل", "إلى", "بلنسية", "وهونغ", "كونغ"],
            &[0; 5],
            &[0, 0, 3, 1, 2],
        ),
        (
            &["من", "وبلنسية", "إلى", "أبو", "ظبي"],
            &[0; 5],
            &[0, 3, 0, 1, 2],
        ),
        (&["هونغ", "بلنسيات"], &[0, 0], &[0, 0]),
    ];
    for &(tokens, full_names, places) in cases {
        extractor.fill_infos(tokens, &mut scratch);
        extractor.fill_known_names(tokens, &mut scratch);
        assert_eq!(
            &scratch.full_names[PAD..PAD + tokens.len()],
            full_names,
            "{tokens:?}"
        );
        assert_eq!(
            &scratch.places[PAD..PAD + tokens.len()],
            places,
            "{tokens:?}"
        );
    }
}

#[test]
fn affixes_take_whole_characters() {
    let prefixes = affixes::<3>("تونس", false);
    assert_eq!(prefixes[0], hash_bytes("ت".as_bytes()) ^ 1);
    assert_eq!(prefixes[2], hash_bytes("تون".as_bytes()) ^ 3);
    let suffixes = affixes::<3>("ab", true);
    assert_eq!(suffixes[0], hash_bytes(b"b") ^ 1);
    assert_eq!(suffixes[1], hash_bytes(b"ab") ^ 2);
    assert_eq!(suffixes[2], hash_bytes(b"ab") ^ 3);
}

#[test]
fn every_position_gets_fixed_features_plus_its_trigrams() {
    let lexicon = Lexicon::default();
    let extractor = FeatureExtractor::new(&lexicon, None);
    let mut features = SentenceFeatures::default();
    // Stems: قال, رييس (article split off), قيس, سعيد → 1, 2, 1, 2 trigrams.
    extractor.extract(
        &["قال", "الرئيس", "قيس", "سعيد"],
        None,
        &mut features,
        &mut Scratch::default(),
    );
    assert_eq!(features.len(), 4);
    let fixed = features.at(0).len() - 1;
    let lengths: Vec<usize> = (0..4).map(|i| features.at(i).len() - fixed).collect();
    assert_eq!(lengths, [1, 2, 1, 2]);
    assert_ne!(features.at(1), features.at(2));
}

/// Lists that know one phrase, الأمم المتحدة, and nothing else.
struct OnePhrase;

impl WordLists for OnePhrase {
    fn word_type(&self, _folded: &str) -> Option<EntityType> {
        None
    }
    fn is_title(&self, _folded: &str) -> bool {
        false
    }
    fn phrases(&self, text: &str) -> Vec<(Span, EntityType, bool)> {
        let phrase = "الأمم المتحدة";
        text.match_indices(phrase)
            .map(|(at, _)| (Span::new(at, at + phrase.len()), EntityType::Org, false))
            .collect()
    }
}

fn features_of(tokens: &[&str], lists: Option<&dyn WordLists>) -> SentenceFeatures {
    let lexicon = Lexicon::default();
    let mut features = SentenceFeatures::default();
    FeatureExtractor::new(&lexicon, lists).extract(
        tokens,
        None,
        &mut features,
        &mut Scratch::default(),
    );
    features
}

#[test]
fn matched_list_phrases_mark_their_words_and_neighbours() {
    let sentence = ["رحبت", "الأمم", "المتحدة", "بالاتفاق"];
    let (with, without) = (
        features_of(&sentence, Some(&OnePhrase)),
        features_of(&sentence, None),
    );
    for i in 0..sentence.len() {
        assert_ne!(with.at(i), without.at(i), "position {i} sees the phrase");
    }
    // The first feature the phrase changes is its own code, which tells
    // the first word of the phrase from the later ones.
    let slot = (0..with.at(1).len())
        .find(|&k| with.at(1)[k] != without.at(1)[k])
        .unwrap();
    assert_ne!(with.at(1)[slot], with.at(2)[slot]);

    // The second word alone matches nothing: same features as without lists.
    let alone = ["الولايات", "المتحدة"];
    assert_eq!(
        features_of(&alone, Some(&OnePhrase)).keys,
        features_of(&alone, None).keys
    );
}

#[test]
fn repeated_rare_words_get_the_pooled_document_cues() {
    let lexicon = Lexicon::default();
    let extractor = FeatureExtractor::new(&lexicon, None);
    let mut scratch = Scratch::default();
    let first = ["قال", "الرئيس", "شيراك"];
    let second = ["وأضاف", "شيراك", "أمس"];
    let mut occurrences = vec![Vec::new(), Vec::new()];
    extractor.observe(&first, &mut occurrences[0], &mut scratch);
    extractor.observe(&second, &mut occurrences[1], &mut scratch);
    let pooled = DocumentContext::of(&occurrences);
    let alone = DocumentContext::of(&occurrences[1..]);
    let (mut with, mut without) = (SentenceFeatures::default(), SentenceFeatures::default());
    extractor.extract(&second, Some(&pooled), &mut with, &mut scratch);
    extractor.extract(&second, Some(&alone), &mut without, &mut scratch);
    assert!(
        with.at(1).len() > without.at(1).len(),
        "شيراك gains the cues of its first mention"
    );
    assert_eq!(with.at(0), without.at(0), "words said once gain nothing");
}

#[test]
fn spelling_variants_share_the_form_feature() {
    let lexicon = Lexicon::default();
    let extractor = FeatureExtractor::new(&lexicon, None);
    let (mut a, mut b) = (SentenceFeatures::default(), SentenceFeatures::default());
    extractor.extract(&["أمريكا"], None, &mut a, &mut Scratch::default());
    extractor.extract(&["امريكا"], None, &mut b, &mut Scratch::default());
    assert_eq!(a.at(0)[1], b.at(0)[1]);
}
