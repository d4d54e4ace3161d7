//! Feature extraction for the sequence tagger.
//!
//! Every token first gets a [`WordInfo`] (hashes of its folded form, stem,
//! affixes, shape, clusters…), computed once; the features of a position are
//! then cheap combinations of the infos of the token and its neighbours, each
//! hashed into a 64-bit key. Changing anything here changes the keys, so the
//! model must be retrained (bump [`FEATURE_VERSION`]).

pub(crate) mod doc_labels;
mod heads;
mod known_runs;
mod templates;

use super::consistency;
use super::context::{DocumentContext, Occurrence};
use super::gazetteer::WordRoles;
use super::hashing::{HashKeyMap, hash_bytes, hash_str};
use super::lexicon::{GRANULARITIES, Lexicon};
use super::names::{FULL_NAME_MAX_WORDS, MINED_MAX_WORDS, NameWord, PLACE_MAX_WORDS};
use super::normalize::{fold_into, split_proclitics};
use crate::text::chars::{is_alphanumeric, is_arabic_script};
use crate::{EntityType, Span};
use heads::Punct;
use known_runs::KnownRuns;
use templates::{
    Keys, Marks, Reach, Window, bag_features, mark_features, reach_features, window_features,
    word_features,
};

/// Version of the feature set, stored in the model file to refuse a stale model.
pub(crate) const FEATURE_VERSION: u32 = 8;

/// Word lists (gazetteer) the tagger may consult for membership features.
pub trait WordLists: Send + Sync {
    /// The entity type a folded word names on its own (a country, a known organization…).
    fn word_type(&self, folded: &str) -> Option<EntityType>;
    /// True when a folded word is a title that introduces a person (الرئيس، وزير…).
    fn is_title(&self, folded: &str) -> bool;
    /// Where a folded word occurs in list entries: alone, first or later word.
    fn roles(&self, folded: &str) -> WordRoles {
        WordRoles {
            single: self.word_type(folded),
            ..WordRoles::default()
        }
    }
    /// What a person-name list says about a folded word.
    fn name_word(&self, _folded: &str) -> NameWord {
        NameWord::default()
    }
    /// True when `folded` (words joined by single spaces) is a known person's full name.
    fn is_full_name(&self, _folded: &str) -> bool {
        false
    }
    /// True when `folded` (words joined by single spaces) is a known place's name.
    fn is_place(&self, _folded: &str) -> bool {
        false
    }
    /// [`super::names::MinedNames`]' code of `folded` (words joined by
    /// single spaces): 1 a mined organization, 2 a mined MISC name, 0 neither.
    fn mined(&self, _folded: &str) -> u8 {
        0
    }
    /// True when some mined name starts with the folded word `first`.
    fn mined_may_start(&self, _first: &str) -> bool {
        false
    }
    /// True when a folded word is a nisba adjective of a country or place (الأمريكية).
    fn is_demonym(&self, _folded: &str) -> bool {
        false
    }
    /// Whole list entries found in a sentence's text: byte span, type, and
    /// whether the entry is a title rather than a name.
    fn phrases(&self, _text: &str) -> Vec<(Span, EntityType, bool)> {
        Vec::new()
    }
}

/// What a token contributes to the features of itself and its neighbours.
#[derive(Clone, Copy, Debug, Default)]
struct WordInfo {
    form: u64,
    stem: u64,
    clitic: u8,
    shape: u64,
    prefixes: [u64; 3],
    suffixes: [u64; 3],
    stem_prefixes: [u64; 2],
    length: u8,
    frequency: u8,
    clusters: [u16; GRANULARITIES],
    list_type: u8,
    title: bool,
    /// Types of multi-word list entries the word begins (low bits) or continues.
    list_roles: u8,
    /// [`NameWord::code`] of the word (or its stem).
    name: u8,
    demonym: bool,
    /// Clusters of the clitic-free stem when it differs from the word.
    stem_clusters: [u16; GRANULARITIES],
    /// Hashes of the stem's character trigrams (the first `MAX_NGRAMS`).
    ngrams: [u64; MAX_NGRAMS],
    ngram_count: u8,
    /// Bytes of the folded word taken by the proclitics the lexicon found.
    stem_start: u8,
    /// Key for document-level consistency, when the word may be relabeled.
    consistency: Option<u64>,
    /// The stem's corpus cue profile (see [`super::context::CueProfile`]).
    corpus_cues: u64,
    /// [`heads::head_code`] of the stem: the kind of name it introduces.
    head: u8,
    /// What the token is as punctuation.
    punct: Punct,
}

/// Padding infos on each side of a sentence (the features look two words away).
const PAD: usize = 2;

/// Cue bits of one occurrence for its document context: titles and name
/// words around it, list types of its neighbours, a demonym after it, and
/// which proclitic it carries.
fn cues(p2: &WordInfo, p1: &WordInfo, w: &WordInfo, n1: &WordInfo) -> u32 {
    let mut bits = u32::from(p1.title)
        | (u32::from(p2.title) << 1)
        | (u32::from(p1.name != 0) << 2)
        | (u32::from(n1.name != 0) << 3)
        | (u32::from(n1.demonym) << 4);
    if p1.list_type > 0 {
        bits |= 1 << (4 + p1.list_type);
    }
    if n1.list_type > 0 {
        bits |= 1 << (8 + n1.list_type);
    }
    bits | (1 << (13 + w.clitic.min(18)))
}

/// Feature code of a token covered by a list phrase: entity type (or 5 for
/// a title), plus 8 when the token continues the phrase.
fn phrase_code(entity_type: EntityType, is_title: bool, inside: bool) -> u8 {
    let base = if is_title {
        5
    } else {
        list_code(Some(entity_type))
    };
    base + if inside { 8 } else { 0 }
}

/// Trigrams kept per word; longer words are rare and their first trigrams suffice.
const MAX_NGRAMS: usize = 12;

/// Distinct words remembered by a [`Scratch`] before it starts over.
const CACHE_LIMIT: usize = 100_000;

impl WordInfo {
    fn padding(marker: &str) -> Self {
        let h = hash_str(marker);
        Self {
            form: h,
            stem: h,
            shape: h,
            prefixes: [h; 3],
            suffixes: [h; 3],
            stem_prefixes: [h; 2],
            clusters: [u16::MAX; GRANULARITIES],
            stem_clusters: [u16::MAX; GRANULARITIES],
            ..Self::default()
        }
    }
}

/// Hashed feature keys of every position of a sentence.
#[derive(Clone, Debug, Default)]
pub(crate) struct SentenceFeatures {
    /// All keys, position after position.
    pub(crate) keys: Vec<u64>,
    /// `keys[starts[i]..starts[i + 1]]` are the keys of token `i`.
    pub(crate) starts: Vec<usize>,
    /// Per token, the key under which document-level consistency groups it.
    pub(crate) consistency: Vec<Option<u64>>,
    /// Per token, the hash of its clitic-free stem (for the second pass).
    pub(crate) stems: Vec<u64>,
}

impl SentenceFeatures {
    /// Number of positions.
    pub(crate) fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The keys of position `i`.
    pub(crate) fn at(&self, i: usize) -> &[u64] {
        &self.keys[self.starts[i]..self.starts[i + 1]]
    }
}

/// Turns token sequences into feature keys.
#[derive(Clone, Copy)]
pub(crate) struct FeatureExtractor<'a> {
    lexicon: &'a Lexicon,
    lists: Option<&'a dyn WordLists>,
}

/// Reusable buffers, so tagging allocates nothing per token.
#[derive(Default)]
pub(crate) struct Scratch {
    infos: Vec<WordInfo>,
    folded: String,
    /// Word infos by hash of the token as written: news text repeats its
    /// words, and an info costs a fold and a dozen lookups.
    cache: HashKeyMap<WordInfo>,
    /// Per padded position, the list phrase code (see [`phrase_code`]).
    phrases: Vec<u8>,
    /// Per padded position: 1 when a known full name starts here, 2 inside one.
    full_names: Vec<u8>,
    /// Per padded position, like `full_names` for place names (3: a one-word place).
    places: Vec<u8>,
    /// Per padded position, like `places` for mined names, plus 4 × their code.
    mined: Vec<u8>,
    /// Per padded position, the reach of a head before it (see [`heads::fill_reach`]).
    head_reach: Vec<u8>,
    /// Per padded position, the reach of an opening quote before it.
    quote_reach: Vec<u8>,
    /// Folded words of the sentence, for the full-name lookup.
    words: Vec<Span>,
    joined: String,
    text: String,
    offsets: Vec<Span>,
}

fn shape_class(c: char) -> u8 {
    match c {
        c if is_arabic_script(c) => b'a',
        'a'..='z' => b'x',
        'A'..='Z' => b'X',
        '0'..='9' => b'd',
        c if c.is_alphabetic() => b'o',
        c if c.is_numeric() => b'd',
        _ => b'.',
    }
}

fn frequency_bucket(count: u32) -> u8 {
    match count {
        0 => 0,
        1..5 => 1,
        5..20 => 2,
        20..100 => 3,
        100..1000 => 4,
        _ => 5,
    }
}

fn list_code(entity_type: Option<EntityType>) -> u8 {
    match entity_type {
        None => 0,
        Some(EntityType::Pers) => 1,
        Some(EntityType::Org) => 2,
        Some(EntityType::Loc) => 3,
        Some(EntityType::Misc) => 4,
    }
}

/// Hashes of the first (or last) 1..=N characters of `text`.
fn affixes<const N: usize>(text: &str, from_end: bool) -> [u64; N] {
    let mut out = [0u64; N];
    let mut bounds = [text.len(); N];
    let mut found = 0;
    if from_end {
        for (slot, (i, _)) in bounds.iter_mut().zip(text.char_indices().rev()) {
            *slot = i;
            found += 1;
        }
    } else {
        let ends = text
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()));
        for (slot, i) in bounds.iter_mut().zip(ends) {
            *slot = i;
            found += 1;
        }
    }
    for (n, slot) in out.iter_mut().enumerate() {
        let piece = match bounds[n] {
            _ if n >= found => text,
            b if from_end => &text[b..],
            b => &text[..b],
        };
        *slot = hash_bytes(piece.as_bytes()) ^ (n as u64 + 1);
    }
    out
}

impl<'a> FeatureExtractor<'a> {
    /// An extractor over the given lexicon and, optionally, gazetteer lists.
    pub(crate) fn new(lexicon: &'a Lexicon, lists: Option<&'a dyn WordLists>) -> Self {
        Self { lexicon, lists }
    }

    fn word_info(&self, token: &str, folded: &mut String) -> WordInfo {
        folded.clear();
        fold_into(token, folded);
        let core = folded.trim_matches(|c: char| !is_alphanumeric(c));
        let stats = self.lexicon.stats(core);
        let split = split_proclitics(core, |w| self.lexicon.count(w));
        let stem = &core[split.prefix_len..];

        let mut shape = [0u8; 6];
        let mut shape_len = 0;
        for c in token.chars() {
            let class = shape_class(c);
            if shape_len == 0 || shape[shape_len - 1] != class {
                if shape_len == shape.len() {
                    break;
                }
                shape[shape_len] = class;
                shape_len += 1;
            }
        }
        let ends_in_ta_marbuta = token.ends_with('ة');

        let (mut list_type, mut title, mut list_roles, mut name, mut demonym) =
            (0, false, 0, 0, false);
        if let Some(lists) = self.lists {
            let (whole, bare) = (lists.roles(core), lists.roles(stem));
            let roles = |r: WordRoles| list_code(r.begin) | (list_code(r.inside) << 3);
            list_type = list_code(whole.single).max(list_code(bare.single));
            list_roles = match roles(whole) {
                0 => roles(bare),
                code => code,
            };
            title = lists.is_title(core) || lists.is_title(stem);
            name = match lists.name_word(core).code() {
                0 => lists.name_word(stem).code(),
                code => code,
            };
            demonym = lists.is_demonym(core);
        }
        let stem_clusters = if split.prefix_len > 0 {
            self.lexicon.stats(stem).clusters
        } else {
            stats.clusters
        };
        // Character trigrams of the stem catch the letter patterns of
        // transliterated foreign names.
        let mut ngrams = [0u64; MAX_NGRAMS];
        let mut ngram_count = 0;
        let mut bounds = stem
            .char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(stem.len()));
        let mut window = [0usize; 4];
        for (n, b) in bounds.by_ref().enumerate() {
            window.rotate_left(1);
            window[3] = b;
            if n >= 3 && ngram_count < MAX_NGRAMS {
                ngrams[ngram_count] = hash_bytes(&stem.as_bytes()[window[0]..window[3]]);
                ngram_count += 1;
            }
        }
        let stem_stats = self.lexicon.stats(stem);
        let consistency = consistency::eligible(stem, stem_stats.count).then(|| hash_str(stem));
        WordInfo {
            form: hash_str(folded),
            stem: hash_str(stem),
            clitic: split.class,
            shape: hash_bytes(&shape[..shape_len]) ^ u64::from(ends_in_ta_marbuta),
            prefixes: affixes::<3>(core, false),
            suffixes: affixes::<3>(core, true),
            stem_prefixes: affixes::<2>(stem, false),
            length: core.chars().count().min(12) as u8,
            frequency: frequency_bucket(stats.count),
            clusters: stats.clusters,
            list_type,
            title,
            list_roles,
            name,
            demonym,
            stem_clusters,
            ngrams,
            ngram_count: ngram_count as u8,
            stem_start: split.prefix_len as u8,
            consistency,
            corpus_cues: if consistency.is_some() {
                stem_stats.cues
            } else {
                0
            },
            head: heads::head_code(stem, split.article),
            punct: heads::punct_of(token),
        }
    }

    /// Fills `scratch.infos` with the padded word infos of a sentence.
    fn fill_infos<S: AsRef<str>>(&self, tokens: &[S], scratch: &mut Scratch) {
        scratch.infos.clear();
        let start_pad = WordInfo::padding("<s>");
        let end_pad = WordInfo::padding("</s>");
        scratch.infos.extend([start_pad; PAD]);
        for token in tokens {
            let token = token.as_ref();
            let key = hash_str(token);
            let info = if let Some(info) = scratch.cache.get(&key) {
                *info
            } else {
                let info = self.word_info(token, &mut scratch.folded);
                if scratch.cache.len() >= CACHE_LIMIT {
                    scratch.cache.clear();
                }
                scratch.cache.insert(key, info);
                info
            };
            scratch.infos.push(info);
        }
        scratch.infos.extend([end_pad; PAD]);
    }

    /// Fills `scratch.phrases` with the list phrase code of each padded position.
    fn fill_phrases<S: AsRef<str>>(&self, tokens: &[S], scratch: &mut Scratch) {
        scratch.phrases.clear();
        scratch.phrases.resize(tokens.len() + 2 * PAD, 0);
        let Some(lists) = self.lists else {
            return;
        };
        scratch.text.clear();
        scratch.offsets.clear();
        for token in tokens {
            if !scratch.text.is_empty() {
                scratch.text.push(' ');
            }
            let start = scratch.text.len();
            scratch.text.push_str(token.as_ref());
            scratch.offsets.push(Span::new(start, scratch.text.len()));
        }
        for (span, entity_type, is_title) in lists.phrases(&scratch.text) {
            let mut inside = false;
            for (i, token) in scratch.offsets.iter().enumerate() {
                if token.overlaps(span) {
                    scratch.phrases[PAD + i] = phrase_code(entity_type, is_title, inside);
                    inside = true;
                }
            }
        }
    }

    /// Fills `scratch.full_names` and `scratch.places`: runs of words that
    /// are a listed person's whole name (two to four words; 1 where one
    /// starts, 2 inside) or a listed place's name (one to three words; 1 and
    /// 2 as before, 3 for a one-word place), the first word also without its
    /// proclitic (وأسامة حسني، وبلنسية). Reads the word infos, so
    /// [`Self::fill_infos`] comes first.
    fn fill_known_names<S: AsRef<str>>(&self, tokens: &[S], scratch: &mut Scratch) {
        for marks in [
            &mut scratch.full_names,
            &mut scratch.places,
            &mut scratch.mined,
        ] {
            marks.clear();
            marks.resize(tokens.len() + 2 * PAD, 0);
        }
        let Some(lists) = self.lists else {
            return;
        };
        scratch.folded.clear();
        scratch.words.clear();
        for token in tokens {
            let start = scratch.folded.len();
            fold_into(token.as_ref(), &mut scratch.folded);
            scratch.words.push(Span::new(start, scratch.folded.len()));
        }
        let runs = KnownRuns {
            folded: &scratch.folded,
            words: &scratch.words,
            infos: &scratch.infos,
        };
        runs.mark(
            2..=FULL_NAME_MAX_WORDS,
            |name| lists.is_full_name(name),
            &mut scratch.full_names,
            &mut scratch.joined,
        );
        runs.mark(
            1..=PLACE_MAX_WORDS,
            |name| lists.is_place(name),
            &mut scratch.places,
            &mut scratch.joined,
        );
        runs.mark_typed(
            1..=MINED_MAX_WORDS,
            |first| lists.mined_may_start(first),
            |name| lists.mined(name),
            &mut scratch.mined,
            &mut scratch.joined,
        );
    }

    /// What the repeatable words of a sentence contribute to its document
    /// context, appended to `out`.
    pub(crate) fn observe<S: AsRef<str>>(
        &self,
        tokens: &[S],
        out: &mut Vec<Occurrence>,
        scratch: &mut Scratch,
    ) {
        self.fill_infos(tokens, scratch);
        let infos = &scratch.infos;
        for i in PAD..PAD + tokens.len() {
            let (p2, p1, w, n1) = (&infos[i - 2], &infos[i - 1], &infos[i], &infos[i + 1]);
            if let Some(key) = w.consistency {
                out.push(Occurrence {
                    key,
                    cues: cues(p2, p1, w, n1),
                });
            }
        }
    }

    /// Computes the features of every token of a sentence into `out`, with
    /// the pooled cues of `context` for words repeated in the document.
    pub(crate) fn extract<S: AsRef<str>>(
        &self,
        tokens: &[S],
        context: Option<&DocumentContext>,
        out: &mut SentenceFeatures,
        scratch: &mut Scratch,
    ) {
        out.keys.clear();
        out.starts.clear();
        out.consistency.clear();
        out.stems.clear();
        self.fill_infos(tokens, scratch);
        self.fill_phrases(tokens, scratch);
        self.fill_known_names(tokens, scratch);
        heads::fill_reach(
            &scratch.infos,
            &mut scratch.head_reach,
            &mut scratch.quote_reach,
        );
        let infos = &scratch.infos;
        out.consistency
            .extend(infos[PAD..PAD + tokens.len()].iter().map(|w| w.consistency));
        out.stems
            .extend(infos[PAD..PAD + tokens.len()].iter().map(|w| w.stem));
        for i in PAD..PAD + tokens.len() {
            out.starts.push(out.keys.len());
            let window = Window {
                p2: &infos[i - 2],
                p1: &infos[i - 1],
                w: &infos[i],
                n1: &infos[i + 1],
                n2: &infos[i + 2],
            };
            let around = |marks: &[u8]| [marks[i - 1], marks[i], marks[i + 1]];
            let marks = Marks {
                phrases: around(&scratch.phrases),
                full_names: around(&scratch.full_names),
                places: around(&scratch.places),
                mined: around(&scratch.mined),
            };
            let mut keys = Keys {
                template: 0,
                out: &mut out.keys,
            };
            word_features(&mut keys, window.w);
            window_features(&mut keys, &window);
            mark_features(&mut keys, window.w, &marks);
            bag_features(&mut keys, window.w, context);
            let reach = Reach {
                head: scratch.head_reach[i],
                quote: scratch.quote_reach[i],
            };
            reach_features(&mut keys, &window, &reach);
        }
        out.starts.push(out.keys.len());
    }
}

#[cfg(test)]
mod tests;
