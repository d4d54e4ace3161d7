//! Named-entity recognition: gazetteer and statistical tagger.

// ANERcorp, CoNLL and conlleval are names of corpora and formats, not code.
#![allow(clippy::doc_markdown)]

pub mod clusters;
mod confidence;
pub mod conll;
mod consistency;
mod context;
mod crf;
pub mod eval;
mod features;
pub mod gazetteer;
mod hashing;
pub mod institutions;
pub mod lexicon;
mod lists;
mod model_file;
pub mod names;
mod normalize;
mod not_names;
mod perceptron;
mod recognizer;
mod stacking;
pub mod tagger;
pub mod tags;
mod trim;

use std::sync::Arc;

pub use features::WordLists;
pub use lists::TaggerLists;
pub use model_file::ModelError;
pub use perceptron::{Learner, TrainConfig};
pub use recognizer::Recognizer;
pub use tagger::{TagScratch, Tagger};

/// The word lists the bundled tagger was trained with (the bundled gazetteer
/// and person-name words).
pub fn bundled_lists() -> Option<Arc<dyn WordLists>> {
    Some(Arc::new(TaggerLists::bundled()))
}
