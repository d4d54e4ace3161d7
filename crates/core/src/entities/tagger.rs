//! The statistical tagger: features, weights and decoding behind one type.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};

use super::confidence::TypeMarginals;
use super::conll::Sentence;
use super::consistency;
use super::context::{self, DocumentContext, Occurrence};
use super::eval::Evaluation;
use super::features::{FeatureExtractor, Scratch, SentenceFeatures, WordLists};
use super::lexicon::Lexicon;
use super::model_file::{self, ModelError, lexicon_fingerprint};
use super::names::NameWord;
use super::perceptron::{self, DecodeScratch, TrainConfig, Weights};
use super::stacking::{self, FirstPass};
use super::tags::Tag;
use crate::EntityType;

/// Reusable buffers for [`Tagger::tag_with`].
#[derive(Default)]
pub struct TagScratch {
    /// The [`Tagger::id`] whose word infos the cache holds.
    owner: u64,
    features: SentenceFeatures,
    extract: Scratch,
    decode: DecodeScratch,
}

/// A trained BIO tagger for whitespace tokens (clitics attached, as in ANERcorp).
#[derive(Clone)]
pub struct Tagger {
    weights: Arc<Weights>,
    lexicon: Arc<Lexicon>,
    lexicon_fingerprint: u64,
    lists: Option<Arc<dyn WordLists>>,
    /// Distinguishes taggers so a scratch never mixes their cached word infos.
    id: u64,
}

fn next_id() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl std::fmt::Debug for Tagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tagger")
            .field("features", &self.weights.index.len())
            .field("lexicon_words", &self.lexicon.len())
            .field("lists", &self.lists.is_some())
            .finish_non_exhaustive()
    }
}

/// Sentences each way that count as the same document when a CoNLL file
/// (which has no document boundaries) is tagged.
pub const CONLL_WINDOW: usize = 10;

/// The shipped model and the word table it was trained with.
const BUNDLED_MODEL: &[u8] = include_bytes!("../../../../assets/models/ner.bin");
const BUNDLED_LEXICON: &str = include_str!("../../../../assets/models/clusters.tsv");

impl Tagger {
    /// The model shipped in `assets/models/`, with the bundled gazetteer lists;
    /// loaded once per process, then shared.
    pub fn bundled() -> Result<Tagger, ModelError> {
        static BUNDLED: OnceLock<Tagger> = OnceLock::new();
        if let Some(tagger) = BUNDLED.get() {
            return Ok(tagger.clone());
        }
        let tagger = Self::from_bytes(BUNDLED_MODEL, BUNDLED_LEXICON, super::bundled_lists())?;
        Ok(BUNDLED.get_or_init(|| tagger).clone())
    }

    /// Loads a model written by [`Tagger::to_bytes`] with the lexicon table it was trained with.
    pub fn from_bytes(
        model: &[u8],
        lexicon_table: &str,
        lists: Option<Arc<dyn WordLists>>,
    ) -> Result<Self, ModelError> {
        let fingerprint = lexicon_fingerprint(lexicon_table);
        let weights = model_file::read(model, fingerprint)?;
        let lexicon = Lexicon::parse(lexicon_table)?;
        Ok(Self {
            weights: Arc::new(weights),
            lexicon: Arc::new(lexicon),
            lexicon_fingerprint: fingerprint,
            lists,
            id: next_id(),
        })
    }

    /// The model file bytes (deterministic for the same weights).
    pub fn to_bytes(&self) -> Vec<u8> {
        model_file::write(&self.weights, self.lexicon_fingerprint)
    }

    /// The word statistics the features use.
    /// What the person-name list says about a folded word.
    pub(crate) fn name_word(&self, folded: &str) -> NameWord {
        self.lists
            .as_ref()
            .map_or_else(NameWord::default, |lists| lists.name_word(folded))
    }

    pub(crate) fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// This tagger with `bias` added to the score of opening an entity of
    /// `entity_type` (a recall-leaning decision when `bias > 0`).
    #[must_use]
    pub fn with_entry_bias(&self, entity_type: EntityType, bias: f32) -> Tagger {
        let mut weights = (*self.weights).clone();
        weights.add_entry_bias(entity_type, bias);
        Self {
            weights: Arc::new(weights),
            id: next_id(),
            ..self.clone()
        }
    }

    /// Whether the model makes a second pass over each document.
    #[cfg(test)]
    pub(crate) fn second_pass(&self) -> bool {
        self.weights.second_pass
    }

    /// Number of weighted features in the model.
    pub fn feature_count(&self) -> usize {
        self.weights.index.len()
    }

    fn extractor(&self) -> FeatureExtractor<'_> {
        FeatureExtractor::new(&self.lexicon, self.lists.as_deref())
    }

    /// Tags one sentence of tokens on its own, without document context.
    pub fn tag<S: AsRef<str>>(&self, tokens: &[S]) -> Vec<Tag> {
        self.tag_with(tokens, &mut TagScratch::default())
    }

    /// Tags one sentence, reusing `scratch` between calls.
    pub fn tag_with<S: AsRef<str>>(&self, tokens: &[S], scratch: &mut TagScratch) -> Vec<Tag> {
        let owner = self.id;
        if scratch.owner != owner {
            // Cached word infos belong to one model's lexicon and lists.
            *scratch = TagScratch {
                owner,
                ..TagScratch::default()
            };
        }
        self.extractor()
            .extract(tokens, None, &mut scratch.features, &mut scratch.extract);
        self.weights.decode(&scratch.features, &mut scratch.decode)
    }

    /// Tags one sentence of a document whose context has been pooled, and
    /// writes its words' type marginals to `marginals` when asked.
    fn tag_in_context<S: AsRef<str>>(
        &self,
        tokens: &[S],
        context: &DocumentContext,
        scratch: &mut TagScratch,
        marginals: Option<&mut Vec<TypeMarginals>>,
    ) -> Vec<Tag> {
        self.extractor().extract(
            tokens,
            Some(context),
            &mut scratch.features,
            &mut scratch.extract,
        );
        match marginals {
            Some(out) => {
                self.weights
                    .decode_with_marginals(&scratch.features, &mut scratch.decode, out)
            }
            None => self.weights.decode(&scratch.features, &mut scratch.decode),
        }
    }

    /// Tags the sentences of one document, each with the pooled cues of the
    /// words it shares with the sentences within `window` of it, then makes
    /// the types of repeated names consistent across those sentences.
    pub fn tag_document<S: AsRef<str>>(
        &self,
        sentences: &[Vec<S>],
        window: usize,
    ) -> Vec<Vec<Tag>> {
        self.tag_document_with(sentences, window, &mut TagScratch::default())
    }

    /// [`Tagger::tag_document`], reusing `scratch` between calls.
    pub fn tag_document_with<S: AsRef<str>>(
        &self,
        sentences: &[Vec<S>],
        window: usize,
        scratch: &mut TagScratch,
    ) -> Vec<Vec<Tag>> {
        self.tag_document_inner(sentences, window, scratch, None, true)
    }

    /// The first pass alone over a document, before the second pass and
    /// before the consistency relabeling: what the second pass learns from.
    pub(crate) fn first_pass<S: AsRef<str>>(
        &self,
        sentences: &[Vec<S>],
        window: usize,
    ) -> Vec<Vec<Tag>> {
        let one_pass = Self {
            weights: Arc::new(Weights {
                second_pass: false,
                ..(*self.weights).clone()
            }),
            id: next_id(),
            ..self.clone()
        };
        one_pass.tag_document_inner(sentences, window, &mut TagScratch::default(), None, false)
    }

    /// [`Tagger::tag_document_with`], also giving each word's type marginals
    /// (how sure the model is that it is outside, or inside an entity of each
    /// type), from which mentions take their confidence.
    pub(crate) fn tag_document_scored_with<S: AsRef<str>>(
        &self,
        sentences: &[Vec<S>],
        window: usize,
        scratch: &mut TagScratch,
    ) -> (Vec<Vec<Tag>>, Vec<Vec<TypeMarginals>>) {
        let mut marginals = Vec::with_capacity(sentences.len());
        let tags = self.tag_document_inner(sentences, window, scratch, Some(&mut marginals), true);
        (tags, marginals)
    }

    fn tag_document_inner<S: AsRef<str>>(
        &self,
        sentences: &[Vec<S>],
        window: usize,
        scratch: &mut TagScratch,
        mut marginals: Option<&mut Vec<Vec<TypeMarginals>>>,
        relabel: bool,
    ) -> Vec<Vec<Tag>> {
        if scratch.owner != self.id {
            *scratch = TagScratch {
                owner: self.id,
                ..TagScratch::default()
            };
        }
        let extractor = self.extractor();
        let occurrences: Vec<Vec<Occurrence>> = sentences
            .iter()
            .map(|sentence| {
                let mut out = Vec::new();
                extractor.observe(sentence, &mut out, &mut scratch.extract);
                out
            })
            .collect();
        let contexts = context::per_sentence(&occurrences, window);
        let second = self.weights.second_pass;
        let mut tags = Vec::with_capacity(sentences.len());
        let mut keys: Vec<consistency::Keys> = Vec::with_capacity(sentences.len());
        let mut first = Vec::with_capacity(if second { sentences.len() } else { 0 });
        for (sentence, context) in sentences.iter().zip(&contexts) {
            let mut sentence_marginals = Vec::new();
            let wanted = (marginals.is_some() && !second).then_some(&mut sentence_marginals);
            tags.push(self.tag_in_context(sentence, context, scratch, wanted));
            if second {
                first.push(FirstPass {
                    emissions: scratch.decode.emissions.clone(),
                    stems: scratch.features.stems.clone(),
                });
            } else if let Some(all) = marginals.as_deref_mut() {
                all.push(sentence_marginals);
            }
            keys.push(scratch.features.consistency.clone());
        }
        if second {
            tags = stacking::second_pass(
                &self.weights,
                &first,
                &tags,
                window,
                &mut scratch.decode,
                marginals,
            );
        }
        if !relabel {
            return tags;
        }
        let n = sentences.len();
        if window >= n {
            let evidence = consistency::evidence(&keys, &tags, 0..n);
            return keys
                .iter()
                .zip(&tags)
                .map(|(k, t)| consistency::relabel(k, t, &evidence))
                .collect();
        }
        (0..n)
            .map(|i| {
                let evidence = consistency::evidence(
                    &keys,
                    &tags,
                    i.saturating_sub(window)..(i + window + 1).min(n),
                );
                consistency::relabel(&keys[i], &tags[i], &evidence)
            })
            .collect()
    }

    /// Tags `sentences` (read as one running text, [`CONLL_WINDOW`] sentences
    /// of context each way) and scores the result against their gold tags.
    pub fn evaluate(&self, sentences: &[Sentence]) -> Evaluation {
        let tokens: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let predicted = self.tag_document(&tokens, CONLL_WINDOW);
        let mut evaluation = Evaluation::default();
        for (sentence, predicted) in sentences.iter().zip(&predicted) {
            evaluation.add(&sentence.tags, predicted);
        }
        evaluation
    }

    /// Trains a tagger on `sentences` (leading `I-` tags are read as `B-`).
    /// `after_epoch` receives each pass's averaged tagger, e.g. to score a
    /// held-out set. The same inputs always give the same model bytes.
    pub fn train(
        sentences: &[Sentence],
        lexicon_table: &str,
        lists: Option<Arc<dyn WordLists>>,
        config: TrainConfig,
        mut after_epoch: impl FnMut(usize, &Tagger),
    ) -> Result<Self, ModelError> {
        let lexicon = Arc::new(Lexicon::parse(lexicon_table)?);
        let fingerprint = lexicon_fingerprint(lexicon_table);
        let extractor = FeatureExtractor::new(&lexicon, lists.as_deref());
        let mut scratch = Scratch::default();
        // Training sentences see the same document context as CoNLL
        // evaluation does: CONLL_WINDOW sentences each way.
        let occurrences: Vec<Vec<Occurrence>> = sentences
            .iter()
            .map(|sentence| {
                let mut out = Vec::new();
                extractor.observe(&sentence.tokens, &mut out, &mut scratch);
                out
            })
            .collect();
        let contexts = context::per_sentence(&occurrences, CONLL_WINDOW);
        let mut prepared: Vec<(SentenceFeatures, Vec<Tag>)> = sentences
            .iter()
            .zip(&contexts)
            .map(|(sentence, context)| {
                let mut features = SentenceFeatures::default();
                extractor.extract(&sentence.tokens, Some(context), &mut features, &mut scratch);
                (features, sentence.tags.clone())
            })
            .collect();
        if config.doc_label_folds > 0 {
            let first_pass = stacking::jackknife(sentences, lexicon_table, lists.as_ref(), config)?;
            stacking::add_second_pass_features(&mut prepared, &first_pass, config.seed);
        }
        let make = |weights: Weights| Self {
            weights: Arc::new(weights),
            lexicon: Arc::clone(&lexicon),
            lexicon_fingerprint: fingerprint,
            lists: lists.clone(),
            id: next_id(),
        };
        let second_pass = config.doc_label_folds > 0;
        let mut weights = perceptron::train(&prepared, config, |epoch, weights| {
            let mut weights = weights.clone();
            weights.second_pass = second_pass;
            after_epoch(epoch, &make(weights));
        });
        weights.second_pass = second_pass;
        // Round-trip through the file format so the trained tagger scores
        // exactly like the shipped, quantized one.
        let trained = make(weights);
        Self::from_bytes(&trained.to_bytes(), lexicon_table, lists)
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;
    use crate::entities::Learner;
    use crate::entities::conll;

    /// A tiny synthetic corpus: people after قال, places after في.
    fn corpus() -> Vec<Sentence> {
        let mut text = String::new();
        let people = ["سمير", "هالة", "كريم", "ليلى", "منير"];
        let places = ["قابس", "توزر", "نابل", "بنزرت", "القصرين"];
        for (i, person) in people.iter().enumerate() {
            let place = places[(i + 2) % places.len()];
            let _ = write!(
                text,
                "قال\tO\n{person}\tB-PERS\nبن\tI-PERS\nعلي\tI-PERS\nفي\tO\n{place}\tB-LOC\nامس\tO\n\n"
            );
            let _ = write!(text, "وصل\tO\nالوفد\tO\nالى\tO\n{place}\tB-LOC\n\n");
        }
        conll::parse(&text).unwrap()
    }

    const LEXICON: &str = "قال\t10\t1\t1\t1\nفي\t10\t2\t2\t2\n";

    #[test]
    fn training_is_reproducible_and_learns_the_corpus() {
        let learners = [
            Learner::Perceptron,
            Learner::Crf {
                rate: 0.3,
                l2: 1.0e-3,
            },
        ];
        for learner in learners {
            let config = TrainConfig {
                epochs: 5,
                seed: 7,
                identity_dropout_permille: 0,
                runs: 2,
                learner,
                ..TrainConfig::default()
            };
            let first = Tagger::train(&corpus(), LEXICON, None, config, |_, _| {}).unwrap();
            let second = Tagger::train(&corpus(), LEXICON, None, config, |_, _| {}).unwrap();
            assert_eq!(
                first.to_bytes(),
                second.to_bytes(),
                "{learner:?}: same data and seed, same bytes"
            );
            let evaluation = first.evaluate(&corpus());
            assert_eq!(
                (evaluation.micro().correct, evaluation.micro().predicted),
                (15, 15),
                "{learner:?}: all 15 entities found, nothing else"
            );
            let tags: Vec<String> = first
                .tag(&["قال", "منير", "بن", "علي", "في", "نابل"])
                .iter()
                .map(ToString::to_string)
                .collect();
            assert_eq!(
                tags,
                ["O", "B-PERS", "I-PERS", "I-PERS", "O", "B-LOC"],
                "{learner:?}"
            );
        }
    }

    #[test]
    fn model_bytes_round_trip_and_check_the_lexicon() {
        let tagger = Tagger::train(
            &corpus(),
            LEXICON,
            None,
            TrainConfig {
                epochs: 2,
                seed: 1,
                identity_dropout_permille: 0,
                runs: 1,
                ..TrainConfig::default()
            },
            |_, _| {},
        )
        .unwrap();
        let bytes = tagger.to_bytes();
        let loaded = Tagger::from_bytes(&bytes, LEXICON, None).unwrap();
        assert_eq!(loaded.to_bytes(), bytes);
        assert_eq!(loaded.evaluate(&corpus()), tagger.evaluate(&corpus()));
        let other = Tagger::from_bytes(&bytes, "قال\t11\t1\t1\t1\n", None);
        assert!(matches!(other, Err(ModelError::LexiconMismatch)));
    }
}
