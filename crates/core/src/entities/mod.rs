//! Named-entity recognition: gazetteer and statistical tagger.
