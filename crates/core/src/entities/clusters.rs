//! Distributional word clusters from unlabeled text, for the tagger's features.
//!
//! Each word is described by the words seen immediately left and right of it
//! (restricted to the most frequent context words, square-root damped and
//! length-normalized); spherical k-means then groups words with similar
//! contexts. Words that name places end up together, as do given names,
//! nisba adjectives and so on, which lets the tagger generalize from the
//! names it saw in training to ones it did not. Three granularities are kept.
//! Everything is deterministic: ties break on word order, initial centroids
//! are chosen by frequency rank.

use std::collections::HashMap;

use rayon::prelude::*;

use super::context::CueProfile;
use super::features::{FeatureExtractor, Scratch, WordLists};
use super::lexicon::{GRANULARITIES, Lexicon, LexiconError};
use super::normalize::fold;
use crate::text::chars::is_harakah_or_tatweel;

/// The cluster `table` with each word's corpus cue profile: which context
/// cues (a title or a given name before it, a name word after it, the list
/// types of its neighbours…) surround it across all of `documents`. The same
/// cues the tagger pools within one document, pooled over the whole
/// unlabeled corpus, so a name that appears bare in its article still shows
/// how the press usually introduces it.
pub fn with_corpus_cues(
    table: &str,
    documents: &[Vec<String>],
    lists: &dyn WordLists,
) -> Result<String, LexiconError> {
    let lexicon = Lexicon::parse(table)?;
    let extractor = FeatureExtractor::new(&lexicon, Some(lists));
    let mut scratch = Scratch::default();
    let mut profile = CueProfile::default();
    let mut occurrences = Vec::new();
    for document in documents {
        for piece in document.chunks(CUE_PIECE) {
            occurrences.clear();
            extractor.observe(piece, &mut occurrences, &mut scratch);
            profile.add(&occurrences);
        }
    }
    Ok(Lexicon::with_cues(table, &profile.masks()))
}

/// Tokens observed at a time by [`with_corpus_cues`] (cues look one or two words away).
const CUE_PIECE: usize = 256;

/// Knobs of the cluster induction.
#[derive(Clone, Debug)]
pub struct ClusterConfig {
    /// Words seen fewer times are left out of the table.
    pub min_count: u32,
    /// Words seen fewer times are listed with their count but no cluster.
    pub cluster_min_count: u32,
    /// Number of most frequent tokens used as context dimensions (per side).
    pub contexts: usize,
    /// Number of clusters at each granularity.
    pub sizes: [usize; GRANULARITIES],
    /// k-means rounds.
    pub iterations: usize,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        Self {
            min_count: 3,
            cluster_min_count: 5,
            contexts: 1000,
            sizes: [128, 512, 2048],
            iterations: 12,
        }
    }
}

/// Splits raw text into folded tokens: runs of letters and digits, and single
/// punctuation characters (kept because they are telling contexts).
pub fn tokens_of_text(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if c.is_alphanumeric() || is_harakah_or_tatweel(c) {
            word.push(c);
            continue;
        }
        if !word.is_empty() {
            out.push(fold(&word));
            word.clear();
        }
        if !c.is_whitespace() && !c.is_control() {
            out.push(c.to_string());
        }
    }
    if !word.is_empty() {
        out.push(fold(&word));
    }
    out
}

fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// Counts and clusters the words of `documents` (token sequences, already
/// folded) and returns the lexicon table text, with `header` as its comment.
pub fn induce(documents: &[Vec<String>], config: &ClusterConfig, header: &str) -> String {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    let mut counts: Vec<u32> = Vec::new();
    let docs: Vec<Vec<u32>> = documents
        .iter()
        .map(|doc| {
            doc.iter()
                .map(|token| {
                    let id = *ids.entry(token.as_str()).or_insert_with(|| {
                        names.push(token.as_str());
                        counts.push(0);
                        (names.len() - 1) as u32
                    });
                    counts[id as usize] += 1;
                    id
                })
                .collect()
        })
        .collect();

    // Frequency rank, ties by spelling, so every later choice is reproducible.
    let mut by_rank: Vec<u32> = (0..names.len() as u32).collect();
    by_rank.sort_by(|&a, &b| {
        counts[b as usize]
            .cmp(&counts[a as usize])
            .then(names[a as usize].cmp(names[b as usize]))
    });

    let mut context_dim = vec![u32::MAX; names.len()];
    for (dim, &id) in by_rank.iter().take(config.contexts).enumerate() {
        context_dim[id as usize] = dim as u32;
    }
    let boundary_dim = config.contexts as u32;
    let side = config.contexts as u32 + 1;
    // Four blocks of dimensions: the word two left, one left, one right, two right.
    let dims = 4 * side as usize;

    let clustered: Vec<u32> = by_rank
        .iter()
        .copied()
        .filter(|&id| {
            counts[id as usize] >= config.cluster_min_count && is_word(names[id as usize])
        })
        .collect();
    let mut row_of = vec![u32::MAX; names.len()];
    for (row, &id) in clustered.iter().enumerate() {
        row_of[id as usize] = row as u32;
    }

    let mut pairs: Vec<u64> = Vec::new();
    for doc in &docs {
        for (i, &id) in doc.iter().enumerate() {
            let row = row_of[id as usize];
            if row == u32::MAX {
                continue;
            }
            let context = |offset: isize| {
                i.checked_add_signed(offset)
                    .and_then(|j| doc.get(j))
                    .map_or(boundary_dim, |&c| context_dim[c as usize])
            };
            for (block, offset) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                let dim = context(offset);
                if dim != u32::MAX {
                    pairs.push((u64::from(row) << 32) | u64::from(block as u32 * side + dim));
                }
            }
        }
    }
    pairs.sort_unstable();
    let vectors = sparse_vectors(&pairs, clustered.len());

    let mut assignments: Vec<[Option<u16>; GRANULARITIES]> =
        vec![[None; GRANULARITIES]; clustered.len()];
    for (level, &k) in config.sizes.iter().enumerate() {
        let labels = spherical_kmeans(&vectors, dims, k, config.iterations);
        for (row, label) in labels.into_iter().enumerate() {
            assignments[row][level] = Some(label);
        }
    }

    let mut rows: Vec<(String, u32, [Option<u16>; GRANULARITIES])> = by_rank
        .iter()
        .filter(|&&id| counts[id as usize] >= config.min_count && is_word(names[id as usize]))
        .map(|&id| {
            let clusters = match row_of[id as usize] {
                u32::MAX => [None; GRANULARITIES],
                row => assignments[row as usize],
            };
            (names[id as usize].to_owned(), counts[id as usize], clusters)
        })
        .collect();
    Lexicon::to_table(&mut rows, header)
}

type SparseVector = Vec<(u32, f32)>;

fn sparse_vectors(sorted_pairs: &[u64], rows: usize) -> Vec<SparseVector> {
    let mut vectors: Vec<SparseVector> = vec![Vec::new(); rows];
    let mut i = 0;
    while i < sorted_pairs.len() {
        let pair = sorted_pairs[i];
        let mut j = i;
        while j < sorted_pairs.len() && sorted_pairs[j] == pair {
            j += 1;
        }
        let row = (pair >> 32) as usize;
        vectors[row].push(((pair & 0xFFFF_FFFF) as u32, ((j - i) as f32).sqrt()));
        i = j;
    }
    for vector in &mut vectors {
        let norm = vector.iter().map(|(_, v)| v * v).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, v) in vector.iter_mut() {
                *v /= norm;
            }
        }
    }
    vectors
}

/// Spherical k-means over unit vectors; returns a cluster label per vector.
fn spherical_kmeans(
    vectors: &[SparseVector],
    dims: usize,
    k: usize,
    iterations: usize,
) -> Vec<u16> {
    let k = k.min(vectors.len()).max(1);
    // Centroids stored dimension-major so one sparse entry updates all k scores contiguously.
    let mut centroids = vec![0f32; dims * k];
    let seed_pool = vectors.len().min(k * 10).max(1);
    for c in 0..k {
        for &(dim, value) in &vectors[c * seed_pool / k] {
            centroids[dim as usize * k + c] = value;
        }
    }
    let mut labels = vec![0u16; vectors.len()];
    for _ in 0..iterations {
        labels = vectors
            .par_iter()
            .map(|vector| {
                let mut scores = vec![0f32; k];
                for &(dim, value) in vector {
                    let column = &centroids[dim as usize * k..dim as usize * k + k];
                    for (score, &weight) in scores.iter_mut().zip(column) {
                        *score += value * weight;
                    }
                }
                let mut best = 0;
                for (c, &score) in scores.iter().enumerate() {
                    if score > scores[best] {
                        best = c;
                    }
                }
                best as u16
            })
            .collect();
        let mut sums = vec![0f32; dims * k];
        let mut sizes = vec![0usize; k];
        for (vector, &label) in vectors.iter().zip(&labels) {
            sizes[usize::from(label)] += 1;
            for &(dim, value) in vector {
                sums[dim as usize * k + usize::from(label)] += value;
            }
        }
        let mut norms = vec![0f32; k];
        for dim in 0..dims {
            for c in 0..k {
                norms[c] += sums[dim * k + c] * sums[dim * k + c];
            }
        }
        for dim in 0..dims {
            for c in 0..k {
                // An emptied cluster keeps its old centroid instead of vanishing.
                if sizes[c] > 0 && norms[c] > 0.0 {
                    centroids[dim * k + c] = sums[dim * k + c] / norms[c].sqrt();
                }
            }
        }
    }
    labels
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizes_and_folds_raw_text() {
        assert_eq!(
            tokens_of_text("زار الرئيسُ تونسَ، ثم عاد."),
            ["زار", "الرييس", "تونس", "،", "ثم", "عاد", "."]
        );
    }

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut docs = Vec::new();
        for city in ["تونس", "صفاقس", "سوسه"] {
            for verb in ["زار", "غادر"] {
                docs.push(tokens_of_text(&format!("{verb} الوفد مدينه {city} امس")));
            }
        }
        for name in ["محمد", "علي", "احمد"] {
            for verb in ["قال", "اكد"] {
                docs.push(tokens_of_text(&format!("و {verb} السيد {name} ان")));
            }
        }
        let config = ClusterConfig {
            min_count: 1,
            cluster_min_count: 1,
            contexts: 50,
            sizes: [3, 3, 3],
            iterations: 10,
        };
        let table = induce(&docs, &config, "test");
        let lexicon = Lexicon::parse(&table).unwrap();
        let cluster = |w: &str| lexicon.stats(w).clusters[0];
        assert_eq!(cluster("تونس"), cluster("صفاقس"));
        assert_eq!(cluster("محمد"), cluster("علي"));
        assert_eq!(lexicon.count("الوفد"), 6);
        assert_eq!(
            induce(&docs, &config, "test"),
            table,
            "same input, same table"
        );
    }
}
