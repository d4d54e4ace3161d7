//! The Arabic text toolkit: folding with offset maps, tokens, sentences, clitics.
