//! The tagger's feature templates: what of a token and its neighbours becomes a
//! feature key, in the order the model numbers them.

use super::super::context::DocumentContext;
use super::super::hashing::combine;
use super::WordInfo;

/// A token's infos and those of the two words on each side.
pub(super) struct Window<'a> {
    pub(super) p2: &'a WordInfo,
    pub(super) p1: &'a WordInfo,
    pub(super) w: &'a WordInfo,
    pub(super) n1: &'a WordInfo,
    pub(super) n2: &'a WordInfo,
}

/// The sentence's marks (list phrase, known full name, known place) before, at and
/// after a token.
pub(super) struct Marks {
    pub(super) phrases: [u8; 3],
    pub(super) full_names: [u8; 3],
    pub(super) places: [u8; 3],
    pub(super) mined: [u8; 3],
}

/// A token's feature keys, each combined with the number of its template. Templates
/// are numbered in the order they are pushed, and the model's weights are keyed by
/// those numbers: a new template goes after the others, never between them.
pub(super) struct Keys<'a> {
    pub(super) template: u64,
    pub(super) out: &'a mut Vec<u64>,
}

impl Keys<'_> {
    /// One value of the next template.
    fn push(&mut self, value: u64) {
        self.template += 1;
        self.out.push(combine(self.template, value));
    }

    /// Any number of values (a bag) of the next template.
    fn push_bag(&mut self, values: impl IntoIterator<Item = u64>) {
        self.template += 1;
        for value in values {
            self.out.push(combine(self.template, value));
        }
    }
}

/// The set bits of `bits`, as their positions.
fn bit_positions(mut bits: u64) -> impl Iterator<Item = u64> {
    std::iter::from_fn(move || {
        (bits != 0).then(|| {
            let position = u64::from(bits.trailing_zeros());
            bits &= bits - 1;
            position
        })
    })
}

/// What the word is on its own: form, stem, clitics, shape, affixes, length,
/// frequency and clusters.
pub(super) fn word_features(keys: &mut Keys<'_>, w: &WordInfo) {
    keys.push(0);
    keys.push(w.form);
    keys.push(w.stem);
    keys.push(u64::from(w.clitic));
    keys.push(w.shape);
    for &h in w.prefixes.iter().chain(&w.suffixes).chain(&w.stem_prefixes) {
        keys.push(h);
    }
    keys.push(u64::from(w.length));
    keys.push(u64::from(w.frequency) | (u64::from(w.clitic) << 8));
    for &c in &w.clusters {
        keys.push(u64::from(c));
    }
}

/// The word with its neighbours: their forms, stems, clusters, shapes, list roles,
/// titles and name-word codes.
pub(super) fn window_features(keys: &mut Keys<'_>, window: &Window<'_>) {
    let Window { p2, p1, w, n1, n2 } = *window;
    keys.push(p1.form);
    keys.push(n1.form);
    keys.push(p2.form);
    keys.push(n2.form);
    keys.push(p1.stem);
    keys.push(n1.stem);
    keys.push(combine(p1.form, w.form));
    keys.push(combine(w.form, n1.form));
    keys.push(u64::from(p1.clusters[1]) | (u64::from(w.clusters[1]) << 16));
    keys.push(u64::from(w.clusters[1]) | (u64::from(n1.clusters[1]) << 16));
    keys.push(u64::from(p1.clusters[2]));
    keys.push(u64::from(n1.clusters[2]));
    keys.push(combine(combine(p1.shape, w.shape), n1.shape));
    keys.push(u64::from(n1.clitic));
    keys.push(combine(p1.suffixes[1], w.suffixes[1]));
    keys.push(u64::from(w.list_type) | (u64::from(w.title) << 8));
    keys.push(u64::from(p1.list_type) | (u64::from(p1.title) << 8) | (u64::from(p2.title) << 9));
    keys.push(u64::from(n1.list_type) | (u64::from(n1.title) << 8));
    keys.push(u64::from(p1.clusters[0]));
    keys.push(u64::from(n1.clusters[0]));
    keys.push(u64::from(p2.clusters[1]));
    keys.push(u64::from(n2.clusters[1]));
    keys.push(p1.suffixes[1]);
    keys.push(n1.suffixes[1]);
    keys.push(combine(p1.form, w.stem));
    keys.push(u64::from(w.name));
    keys.push(u64::from(w.name) | (u64::from(w.frequency) << 8));
    keys.push(u64::from(p1.name) | (u64::from(w.name) << 8));
    keys.push(u64::from(w.name) | (u64::from(n1.name) << 8));
    keys.push(u64::from(w.list_roles) | (u64::from(w.demonym) << 8));
    keys.push(u64::from(p1.list_roles) | (u64::from(w.list_roles) << 8));
    keys.push(u64::from(w.list_roles) | (u64::from(n1.list_roles) << 8));
    keys.push(u64::from(n1.demonym) | (u64::from(p1.demonym) << 1));
    for &c in &w.stem_clusters {
        keys.push(u64::from(c));
    }
    keys.push(u64::from(p1.name) | (u64::from(w.name) << 8) | (u64::from(n1.name) << 16));
    keys.push(u64::from(p1.title) | (u64::from(w.name) << 8));
}

/// Whole list entries matched over the sentence: a word that is part of a matched
/// phrase, a known full name or a known place, and where, says more than the roles
/// the word has in some entry.
pub(super) fn mark_features(keys: &mut Keys<'_>, w: &WordInfo, marks: &Marks) {
    let [p_phrase, phrase, n_phrase] = marks.phrases.map(u64::from);
    let [p_name, name, n_name] = marks.full_names.map(u64::from);
    let [p_place, place, n_place] = marks.places.map(u64::from);
    keys.push(phrase);
    keys.push(p_phrase | (phrase << 8) | (n_phrase << 16));
    keys.push(p_name | (name << 4) | (n_name << 8));
    keys.push(name | (u64::from(w.name) << 4));
    keys.push(p_place | (place << 4) | (n_place << 8));
    keys.push(place | (u64::from(w.list_type) << 4));
    let [p_mined, mined, n_mined] = marks.mined.map(u64::from);
    keys.push(p_mined | (mined << 8) | (n_mined << 16));
    keys.push(mined | (u64::from(w.list_type) << 8));
}

/// Bags of values: the word's character n-grams, its cues across the unlabeled
/// corpus, and the pooled cues of its other occurrences in the document.
pub(super) fn bag_features(keys: &mut Keys<'_>, w: &WordInfo, context: Option<&DocumentContext>) {
    keys.push_bag(w.ngrams[..usize::from(w.ngram_count)].iter().copied());
    keys.push_bag(bit_positions(w.corpus_cues));
    let pooled = context
        .zip(w.consistency)
        .and_then(|(context, key)| context.repeated(key))
        .map_or(0, |pooled| u64::from(pooled.cues));
    keys.push_bag(bit_positions(pooled));
}

/// The reach of heads and quotes over a token.
pub(super) struct Reach {
    /// See [`super::heads::fill_reach`]: head class and article bit, 16 × distance.
    pub(super) head: u8,
    /// The same for an opening quote, with the head code of the word before it.
    pub(super) quote: u8,
}

/// Heads and quotes before the token: a name's kind told a few words ahead.
pub(super) fn reach_features(keys: &mut Keys<'_>, window: &Window<'_>, reach: &Reach) {
    let Window { p1, w, n1, .. } = *window;
    // Most words have no head or quote before them: those get no key at all.
    let when = |value: u64| (value != 0).then_some(value);
    let head = u64::from(reach.head);
    let quote = u64::from(reach.quote);
    let clitic = u64::from(w.clitic);
    // Heads: the word's own class, with what follows; the reach over it.
    keys.push_bag(when(u64::from(w.head)));
    keys.push_bag(when(u64::from(w.head)).map(|h| h | u64::from(n1.clitic) << 8));
    keys.push_bag(when(u64::from(p1.head)).map(|h| h | clitic << 8));
    keys.push_bag(when(head));
    keys.push_bag(when(head).map(|h| h | clitic << 8));
    keys.push_bag(when(head & 0x0f).map(|h| h | u64::from(w.clusters[0]) << 8));
    keys.push_bag(
        when(head & 0x0f).map(|h| h | u64::from(w.list_type) << 8 | u64::from(w.name) << 16),
    );
    // Quotes.
    keys.push_bag(when(quote));
    keys.push_bag(when(quote).map(|q| q | clitic << 8));
    keys.push_bag(when(quote & 0x0f).map(|q| q | u64::from(w.clusters[0]) << 8));
    keys.push_bag(when(quote).map(|q| q | u64::from(n1.punct as u8) << 8));
}
