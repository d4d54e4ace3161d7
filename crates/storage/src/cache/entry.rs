//! One cache entry: what the file was (size, modification time, content hash), which
//! analyzer made it, and the file's articles, checksummed as a whole.
//!
//! Layout: CRC-32 of the rest (4 bytes, little-endian), then the postcard-encoded
//! [`Stamp`], then the postcard-encoded results. The checksum is checked before
//! anything is decoded, so a damaged entry is told apart from a stale one.

use std::sync::Arc;

use marsad_core::corpus::Resolution;
use marsad_core::ingest::Problem;
use marsad_core::pipeline::{ArticleAnalysis, ArticleResult};
use serde::{Deserialize, Serialize};

/// What a file was when its analysis was cached; an entry is used only when all of it
/// matches the file as it is now.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    /// `marsad_core::pipeline::ANALYZER_VERSION` of the build that analysed it.
    pub analyzer: String,
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 when unknown).
    pub mtime_ns: i128,
    /// SHA-256 of the file's bytes.
    pub sha256: [u8; 32],
}

impl Stamp {
    /// True when the entry's file has the same content and the same analyzer.
    ///
    /// The modification time is kept but not required to match: a copied or checked-out
    /// file gets a new one with the same bytes, and a time can stay the same across an
    /// edit on coarse clocks, so the content hash decides.
    pub fn matches(&self, now: &Stamp) -> bool {
        self.analyzer == now.analyzer && self.size == now.size && self.sha256 == now.sha256
    }
}

/// Why an entry could not be used.
#[derive(Debug, PartialEq, Eq)]
pub enum Unusable {
    /// The bytes are not what was written (checksum or decoding failed).
    Damaged,
    /// The entry is sound but made from other bytes or by another analyzer.
    Stale,
}

/// What a folder's cached resolution was made from: the analyzer and a hash of its
/// articles' paths and content hashes, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FolderStamp {
    pub analyzer: String,
    pub articles_sha256: [u8; 32],
}

/// Encodes a folder's resolution with what it was made from.
pub fn encode_resolution(
    stamp: &FolderStamp,
    resolution: &Resolution,
) -> Result<Vec<u8>, postcard::Error> {
    let mut body = postcard::to_allocvec(stamp)?;
    body.extend(postcard::to_allocvec(resolution)?);
    Ok(checksummed(body))
}

/// The resolution an entry holds, when it is intact and made from the same articles.
pub fn decode_resolution(bytes: &[u8], now: &FolderStamp) -> Result<Resolution, Unusable> {
    let body = verified(bytes)?;
    let (stamp, rest) =
        postcard::take_from_bytes::<FolderStamp>(body).map_err(|_| Unusable::Damaged)?;
    if stamp != *now {
        return Err(Unusable::Stale);
    }
    postcard::from_bytes(rest).map_err(|_| Unusable::Damaged)
}

/// The CRC-32 of `body`, then `body`.
fn checksummed(body: Vec<u8>) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + 4);
    out.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
    out.extend(body);
    out
}

/// The body of a checksummed value, when its checksum holds.
fn verified(bytes: &[u8]) -> Result<&[u8], Unusable> {
    let (crc, body) = bytes.split_first_chunk::<4>().ok_or(Unusable::Damaged)?;
    if u32::from_le_bytes(*crc) == crc32fast::hash(body) {
        Ok(body)
    } else {
        Err(Unusable::Damaged)
    }
}

/// Encodes a file's stamp and results as an entry.
pub fn encode(stamp: &Stamp, results: &[ArticleResult]) -> Result<Vec<u8>, postcard::Error> {
    let borrowed: Vec<Result<&ArticleAnalysis, &Problem>> = results
        .iter()
        .map(|result| result.as_ref().map(AsRef::as_ref))
        .collect();
    let mut body = postcard::to_allocvec(stamp)?;
    body.extend(postcard::to_allocvec(&borrowed)?);
    Ok(checksummed(body))
}

/// The results an entry holds, when it is intact and matches `now`.
pub fn decode(bytes: &[u8], now: &Stamp) -> Result<Vec<ArticleResult>, Unusable> {
    let body = verified(bytes)?;
    let (stamp, rest) = postcard::take_from_bytes::<Stamp>(body).map_err(|_| Unusable::Damaged)?;
    if !stamp.matches(now) {
        return Err(Unusable::Stale);
    }
    let results: Vec<Result<ArticleAnalysis, Problem>> =
        postcard::from_bytes(rest).map_err(|_| Unusable::Damaged)?;
    Ok(results
        .into_iter()
        .map(|result| result.map(Arc::new))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stamp(analyzer: &str, byte: u8) -> Stamp {
        Stamp {
            analyzer: analyzer.to_owned(),
            size: 42,
            mtime_ns: 1_700_000_000_000_000_000,
            sha256: [byte; 32],
        }
    }

    fn problem() -> Vec<ArticleResult> {
        vec![Err(Problem {
            path: "بيان.txt".to_owned(),
            error: "الملف فارغ".to_owned(),
        })]
    }

    #[test]
    fn an_entry_is_used_only_for_the_same_bytes_and_analyzer() {
        let bytes = encode(&stamp("1", 7), &problem()).unwrap();
        assert_eq!(decode(&bytes, &stamp("1", 7)).unwrap().len(), 1);
        let cases = [
            ("another analyzer", stamp("2", 7)),
            ("other bytes", stamp("1", 8)),
            (
                "another size",
                Stamp {
                    size: 43,
                    ..stamp("1", 7)
                },
            ),
        ];
        for (why, now) in cases {
            assert_eq!(decode(&bytes, &now).err(), Some(Unusable::Stale), "{why}");
        }
        let touched = Stamp {
            mtime_ns: 5,
            ..stamp("1", 7)
        };
        assert!(
            decode(&bytes, &touched).is_ok(),
            "a new time with the same bytes"
        );
    }

    #[test]
    fn every_damaged_byte_and_every_cut_is_caught() {
        let now = stamp("1", 7);
        let bytes = encode(&now, &problem()).unwrap();
        for at in 0..bytes.len() {
            let mut damaged = bytes.clone();
            damaged[at] ^= 0x5a;
            assert_eq!(
                decode(&damaged, &now).err(),
                Some(Unusable::Damaged),
                "byte {at}"
            );
            assert_eq!(
                decode(&bytes[..at], &now).err(),
                Some(Unusable::Damaged),
                "cut at {at}"
            );
        }
    }
}
