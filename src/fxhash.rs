//! A small, fast, non-cryptographic hasher (the FxHash mix) for hash maps
//! keyed by our own data: pattern lexicons and a page's own lines. Neither is
//! attacker-chosen in a way that matters (a flooded bucket costs one page).
//!
//! Most keys are short words, so the tail of a key (under eight bytes) is
//! read with at most three loads rather than copied into a buffer.

use std::hash::{BuildHasherDefault, Hasher};

#[derive(Default)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            self.add(u64::from_le_bytes(chunk.try_into().expect("8 bytes")));
        }
        let mut rest = chunks.remainder();
        if rest.is_empty() {
            return;
        }
        let (mut word, mut shift) = (0u64, 0);
        if let Some((four, tail)) = rest.split_first_chunk::<4>() {
            word = u64::from(u32::from_le_bytes(*four));
            (rest, shift) = (tail, 32);
        }
        if let Some((two, tail)) = rest.split_first_chunk::<2>() {
            word |= u64::from(u16::from_le_bytes(*two)) << shift;
            (rest, shift) = (tail, shift + 16);
        }
        if let Some(&one) = rest.first() {
            word |= u64::from(one) << shift;
        }
        self.add(word);
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

pub type FxBuildHasher = BuildHasherDefault<FxHasher>;
pub type FxHashMap<K, V> = std::collections::HashMap<K, V, FxBuildHasher>;
pub type FxHashSet<K> = std::collections::HashSet<K, FxBuildHasher>;
