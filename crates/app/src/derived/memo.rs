//! One small memo: a value and the key it was computed for.

/// A value computed from what its key names, recomputed only when the key changes.
#[derive(Debug)]
pub struct Memo<K, V> {
    key: Option<K>,
    /// The value as last computed.
    pub value: V,
    computations: u64,
}

impl<K, V: Default> Default for Memo<K, V> {
    fn default() -> Self {
        Self {
            key: None,
            value: V::default(),
            computations: 0,
        }
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// The value for `key`: the one held when it was computed for the same key, else
    /// `compute()`'s, which is then held.
    pub fn get(&mut self, key: K, compute: impl FnOnce() -> V) -> &V {
        if self.key.as_ref() != Some(&key) {
            self.value = compute();
            self.key = Some(key);
            self.computations += 1;
        }
        &self.value
    }

    /// True when the value was computed for `key`.
    pub fn is_for(&self, key: &K) -> bool {
        self.key.as_ref() == Some(key)
    }

    /// Forgets the key, so the next [`Memo::get`] computes again.
    pub fn invalidate(&mut self) {
        self.key = None;
    }

    /// How many times the value was computed (tests check it is not every frame).
    pub fn computations(&self) -> u64 {
        self.computations
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_computed_again_only_for_a_new_key() {
        let mut memo: Memo<(u64, String), usize> = Memo::default();
        for (key, expected, computations) in [
            ((1, "غزة".to_owned()), 6, 1),
            ((1, "غزة".to_owned()), 6, 1),
            ((2, "غزة".to_owned()), 6, 2),
            ((2, "القاهرة".to_owned()), 14, 3),
        ] {
            let text = key.1.clone();
            assert_eq!(*memo.get(key, || text.len()), expected);
            assert_eq!(memo.computations(), computations);
        }
        memo.invalidate();
        memo.get((2, "القاهرة".to_owned()), || 0);
        assert_eq!(memo.computations(), 4);
    }
}
