//! The tagger's binary model format.
//!
//! Little-endian: magic `MRSDNER\0`, format version, feature version, tag
//! count, flags (from format 2 on; bit 0: the tagger makes a second pass), a
//! fingerprint of the lexicon the model was trained with, the quantization
//! scale, start and transition scores as `f32`, then the number
//! of features, their keys (`u64`, ascending) and one row of `i16` weights per
//! key. Rows below [`PRUNE_BELOW`] or all zero after quantization are
//! dropped. Sorting the keys makes the bytes depend only on the weights,
//! never on hash-map order.

use super::features::FEATURE_VERSION;
use super::hashing::hash_bytes;
use super::lexicon::LexiconError;
use super::perceptron::Weights;
use super::tags::TAG_COUNT;

const MAGIC: &[u8; 8] = b"MRSDNER\0";
const FORMAT_VERSION: u32 = 2;
/// Flag bit of a model whose tagger makes a second pass (format 2 on).
const SECOND_PASS: u32 = 1;

/// Why a model file could not be loaded.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModelError {
    /// The bytes do not start with the model magic.
    #[error("not a Marsad NER model (bad magic)")]
    BadMagic,
    /// The file was written by another format or feature version.
    #[error(
        "model version {found} does not match this build ({expected}); retrain with `marsad-cli train-ner`"
    )]
    Version {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        expected: u32,
    },
    /// The model was trained with another lexicon (cluster table).
    #[error("model was trained with a different lexicon; retrain with `marsad-cli train-ner`")]
    LexiconMismatch,
    /// The file ends early or has trailing bytes.
    #[error("model file is truncated or corrupt")]
    Corrupt,
    /// The lexicon (word-cluster table) the model needs is malformed.
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
}

/// Fingerprint of a lexicon table, stored in the model to catch mismatches.
pub(crate) fn lexicon_fingerprint(table: &str) -> u64 {
    hash_bytes(table.as_bytes())
}

/// Rows whose every score is smaller than this are left out of the file. A
/// CRF gives every feature seen in training some weight; most are a few
/// hundredths of a nat and change no decision (held-out F1 is the same with
/// or without them) while they would make the model five times bigger.
const PRUNE_BELOW: f32 = 0.05;

/// Serializes weights; `lexicon` is the fingerprint of the lexicon table used.
pub(crate) fn write(weights: &Weights, lexicon: u64) -> Vec<u8> {
    let max = weights
        .rows
        .iter()
        .flatten()
        .fold(0f32, |m, w| m.max(w.abs()))
        .max(1e-6);
    let scale = f32::from(i16::MAX) / max;
    let mut kept: Vec<(u64, [i16; TAG_COUNT])> = weights
        .index
        .iter()
        .filter_map(|(&key, &row)| {
            if weights.rows[row as usize]
                .iter()
                .all(|w| w.abs() < PRUNE_BELOW)
            {
                return None;
            }
            let quantized: [i16; TAG_COUNT] =
                std::array::from_fn(|t| (weights.rows[row as usize][t] * scale).round() as i16);
            quantized
                .iter()
                .any(|&q| q != 0)
                .then_some((key, quantized))
        })
        .collect();
    kept.sort_unstable_by_key(|&(key, _)| key);

    let mut out = Vec::with_capacity(64 + kept.len() * (8 + 2 * TAG_COUNT));
    out.extend_from_slice(MAGIC);
    let flags = if weights.second_pass { SECOND_PASS } else { 0 };
    for value in [FORMAT_VERSION, FEATURE_VERSION, TAG_COUNT as u32, flags] {
        out.extend_from_slice(&value.to_le_bytes());
    }
    out.extend_from_slice(&lexicon.to_le_bytes());
    out.extend_from_slice(&scale.to_le_bytes());
    for value in weights
        .start
        .iter()
        .chain(weights.transitions.iter().flatten())
    {
        out.extend_from_slice(&value.to_le_bytes());
    }
    out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
    for (key, _) in &kept {
        out.extend_from_slice(&key.to_le_bytes());
    }
    for (_, row) in &kept {
        for w in row {
            out.extend_from_slice(&w.to_le_bytes());
        }
    }
    out
}

struct Reader<'a> {
    bytes: &'a [u8],
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Result<[u8; N], ModelError> {
        let (head, rest) = self
            .bytes
            .split_first_chunk::<N>()
            .ok_or(ModelError::Corrupt)?;
        self.bytes = rest;
        Ok(*head)
    }

    fn u32(&mut self) -> Result<u32, ModelError> {
        self.take().map(u32::from_le_bytes)
    }

    fn f32(&mut self) -> Result<f32, ModelError> {
        self.take().map(f32::from_le_bytes)
    }
}

/// Loads weights, checking versions and the lexicon fingerprint.
pub(crate) fn read(bytes: &[u8], lexicon: u64) -> Result<Weights, ModelError> {
    let mut r = Reader { bytes };
    if &r.take::<8>()? != MAGIC {
        return Err(ModelError::BadMagic);
    }
    let format = r.u32()?;
    if format != FORMAT_VERSION && format != 1 {
        return Err(ModelError::Version {
            found: format,
            expected: FORMAT_VERSION,
        });
    }
    for expected in [FEATURE_VERSION, TAG_COUNT as u32] {
        let found = r.u32()?;
        if found != expected {
            return Err(ModelError::Version { found, expected });
        }
    }
    let flags = if format == 1 { 0 } else { r.u32()? };
    if u64::from_le_bytes(r.take()?) != lexicon {
        return Err(ModelError::LexiconMismatch);
    }
    let scale = r.f32()?;
    if !(scale.is_finite() && scale > 0.0) {
        return Err(ModelError::Corrupt);
    }
    let mut weights = Weights {
        second_pass: flags & SECOND_PASS != 0,
        ..Weights::default()
    };
    for slot in &mut weights.start {
        *slot = r.f32()?;
    }
    for slot in weights.transitions.iter_mut().flatten() {
        *slot = r.f32()?;
    }
    let n = r.u32()? as usize;
    if r.bytes.len() != n * (8 + 2 * TAG_COUNT) {
        return Err(ModelError::Corrupt);
    }
    let (keys, rows) = r.bytes.split_at(n * 8);
    weights.index.reserve(n);
    for (i, key) in keys.chunks_exact(8).enumerate() {
        let mut k = [0u8; 8];
        k.copy_from_slice(key);
        weights.index.insert(u64::from_le_bytes(k), i as u32);
    }
    weights.rows = rows
        .chunks_exact(2 * TAG_COUNT)
        .map(|row| {
            std::array::from_fn(|t| {
                f32::from(i16::from_le_bytes([row[2 * t], row[2 * t + 1]])) / scale
            })
        })
        .collect();
    Ok(weights)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Weights {
        let mut weights = Weights::default();
        weights.index.insert(7, 0);
        weights.index.insert(3, 1);
        weights.index.insert(11, 2);
        weights.rows = vec![
            std::array::from_fn(|t| match t {
                0 => 0.5,
                1 => -1.0,
                8 => 2.0,
                _ => 0.0,
            }),
            [0.0; TAG_COUNT],
            [1e-9; TAG_COUNT],
        ];
        weights.start[1] = 0.25;
        weights.transitions[0][2] = -3.0;
        weights.second_pass = true;
        weights
    }

    #[test]
    fn round_trip_keeps_weights_and_drops_zero_rows() {
        let bytes = write(&sample(), 99);
        let loaded = read(&bytes, 99).unwrap();
        assert_eq!(loaded.index.len(), 1, "all-zero rows are pruned");
        let row = loaded.rows[loaded.index[&7] as usize];
        assert!(
            (row[0] - 0.5).abs() < 1e-3
                && (row[1] + 1.0).abs() < 1e-3
                && (row[8] - 2.0).abs() < 1e-3
        );
        assert!((loaded.start[1] - 0.25).abs() < 1e-6);
        assert!((loaded.transitions[0][2] + 3.0).abs() < 1e-6);
        assert!(loaded.second_pass, "the second-pass flag survives");
        assert_eq!(
            write(&loaded, 99),
            bytes,
            "rewriting a loaded model gives the same bytes"
        );
    }

    #[test]
    fn rejects_foreign_or_damaged_files() {
        let bytes = write(&sample(), 99);
        assert_eq!(
            read(b"PK\x03\x04 not a model", 99),
            Err(ModelError::BadMagic)
        );
        assert_eq!(read(&bytes, 98), Err(ModelError::LexiconMismatch));
        assert_eq!(
            read(&bytes[..bytes.len() - 1], 99),
            Err(ModelError::Corrupt)
        );
    }
}
