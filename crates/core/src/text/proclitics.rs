//! The proclitic chains Arabic writes in front of a word (conjunctions و ف,
//! prepositions ب ك ل, the article ال, and their combinations), and the one splitter
//! every matcher uses to take them off a folded word: the search, the tagger's
//! normalization, the resolution of names. What it takes off and how long a stem must
//! stay are its options.

/// A chain of proclitics, as written in a folded word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chain {
    /// The chain, folded (`لل` is ل + ال with the alef dropped).
    pub text: &'static str,
    /// The chain ends in the article.
    pub article: bool,
}

const fn chain(text: &'static str, article: bool) -> Chain {
    Chain { text, article }
}

/// Every chain, those ending in the article first, longest first within each kind.
/// The tagger numbers chains by their place here, so a new one goes at the end.
pub const CHAINS: [Chain; 22] = [
    chain("وبال", true),
    chain("وكال", true),
    chain("فبال", true),
    chain("ولل", true),
    chain("فلل", true),
    chain("وال", true),
    chain("فال", true),
    chain("بال", true),
    chain("كال", true),
    chain("لل", true),
    chain("ال", true),
    chain("وب", false),
    chain("ول", false),
    chain("فب", false),
    chain("فل", false),
    chain("وك", false),
    chain("و", false),
    chain("ف", false),
    chain("ب", false),
    chain("ل", false),
    chain("ك", false),
    chain("فكال", true),
];

/// What a split takes off, and what it must leave.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ProcliticOptions {
    /// Only chains that end in the article: a bare و ب ل … is too often the word's
    /// own letter (وزير, بلجيكا) for a split without a word list to ask.
    pub article_only: bool,
    /// The fewest letters the stem keeps.
    pub min_stem: usize,
}

impl ProcliticOptions {
    /// Every chain, two letters left at least.
    pub const ALL: Self = Self {
        article_only: false,
        min_stem: 2,
    };
    /// Chains ending in the article, two letters left at least.
    pub const ARTICLE: Self = Self {
        article_only: true,
        min_stem: 2,
    };
}

/// One way to read a folded word as a chain and a stem.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The chain's place in [`CHAINS`].
    pub index: usize,
    /// The chain taken off.
    pub chain: Chain,
    /// What is left.
    pub stem: &'a str,
}

/// Every chain `folded_word` starts with that `options` allow, in [`CHAINS`] order.
pub fn splits(folded_word: &str, options: ProcliticOptions) -> impl Iterator<Item = Split<'_>> {
    CHAINS
        .iter()
        .enumerate()
        .filter(move |(_, chain)| chain.article || !options.article_only)
        .filter_map(move |(index, &chain)| {
            let stem = folded_word.strip_prefix(chain.text)?;
            (stem.chars().count() >= options.min_stem).then_some(Split { index, chain, stem })
        })
}

/// The word without the first chain `options` allow; the word itself when none.
pub fn strip(folded_word: &str, options: ProcliticOptions) -> &str {
    splits(folded_word, options)
        .next()
        .map_or(folded_word, |split| split.stem)
}

/// The word and every stem `options` allow, least stripped first.
pub fn stems(folded_word: &str, options: ProcliticOptions) -> Vec<&str> {
    let mut out: Vec<&str> = std::iter::once(folded_word)
        .chain(splits(folded_word, options).map(|split| split.stem))
        .collect();
    out.sort_by_key(|stem| std::cmp::Reverse(stem.len()));
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_splits_at_every_chain_the_options_allow() {
        let search = ProcliticOptions {
            article_only: false,
            min_stem: 3,
        };
        for (word, options, expected) in [
            (
                "وبالولايات",
                search,
                &["وبالولايات", "بالولايات", "الولايات", "ولايات"][..],
            ),
            ("للحكومه", search, &["للحكومه", "لحكومه", "حكومه"]),
            (
                "وللحكومه",
                search,
                &["وللحكومه", "للحكومه", "لحكومه", "حكومه"],
            ),
            ("فكالعاده", search, &["فكالعاده", "كالعاده", "عاده"]),
            ("وزير", ProcliticOptions::ARTICLE, &["وزير"]),
            ("بلجيكا", ProcliticOptions::ALL, &["بلجيكا", "لجيكا"]),
            ("ال", ProcliticOptions::ALL, &["ال"]),
        ] {
            assert_eq!(stems(word, options), expected, "{word}");
        }
    }

    #[test]
    fn stripping_takes_the_article_chain_and_leaves_bare_prepositions() {
        for (word, expected) in [
            ("والرييس", "رييس"),
            ("بالحكومه", "حكومه"),
            ("للبنان", "بنان"),
            ("الجزاير", "جزاير"),
            ("فكالعاده", "عاده"),
            ("بلجيكا", "بلجيكا"),
            ("وزير", "وزير"),
            ("ال", "ال"),
        ] {
            assert_eq!(strip(word, ProcliticOptions::ARTICLE), expected, "{word}");
        }
        let split = splits("والرييس", ProcliticOptions::ALL).next().unwrap();
        assert_eq!((split.index, split.chain.text), (5, "وال"));
    }
}
