//! Named-entity recognition: gazetteer and statistical tagger.

pub mod gazetteer;
