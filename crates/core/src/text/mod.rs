//! The Arabic text toolkit: folding with offset maps, tokens, sentences, clitics.

pub mod chars;
pub mod clitics;
pub mod fold;
pub mod proclitics;
pub mod sentence;
pub mod tokenize;
pub mod words;

pub use clitics::{StemCandidate, analyze_word, strip_proclitics};
pub use fold::{Folded, fold, fold_key, fold_key_into};
pub use sentence::split_sentences;
pub use tokenize::{Token, TokenKind, tokenize};
