//! The stopword table: which pattern sets list a lowercase word as a
//! stopword.
//!
//! In: `(word, set)` pairs from the `[stopwords]` sections. Out: for a
//! word, a bit set of the sets that list it; [`StopTable::sets_mask`] turns
//! a page's active sets into the same kind of bit set, so the question "is
//! this a stopword here" is one lookup and one AND.
//!
//! Segmentation asks about the first words of every line, which made this
//! lookup a sixth of the text pipeline's time with a string-keyed hash map.
//! Here a word of up to 16 bytes is packed into two machine words (loads that
//! may overlap, made unambiguous by the length) and found by open addressing,
//! with no string hashing and no `memcmp`. Longer words, rare in any
//! stopword list, use an ordinary map. Before that, a filter of the sets'
//! (first byte, length) pairs rules out about half the words of English
//! prose for the asking page's sets. At most [`MAX_SETS`] sets may list
//! stopwords; more fail at start-up.

use crate::fxhash::FxHashMap;
use crate::swar;

/// How many pattern sets may have a `[stopwords]` section.
pub const MAX_SETS: usize = 64;
/// Words up to this many bytes are packed.
const PACKED_MAX: usize = 16;
/// Rows of the shape filter: one per ASCII byte.
const SHAPE_ROWS: usize = 128;

/// Where the sets of words opening with the ASCII byte `first` and of
/// `len` bytes are or-ed in the shape filter.
fn shape_at(first: u8, len: usize) -> usize {
    usize::from(first & 0x7F) * (PACKED_MAX + 1) + len
}

/// A word's bytes, packed: with the length, the two words determine every
/// byte.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct Key {
    lo: u64,
    hi: u64,
    len: u64,
}

impl Key {
    fn new(b: &[u8]) -> Option<Key> {
        let n = b.len();
        let load4 = |s: &[u8]| u64::from(u32::from_le_bytes(s[..4].try_into().expect("4 bytes")));
        let load8 = |s: &[u8]| u64::from_le_bytes(s[..8].try_into().expect("8 bytes"));
        let (lo, hi) = match n {
            0 => (0, 0),
            // Bytes 0, n/2 and n-1 cover every byte of a word of 1 to 3.
            1..=3 => (u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16, 0),
            4..=7 => (load4(b) | load4(&b[n - 4..]) << 32, 0),
            8..=PACKED_MAX => (load8(b), load8(&b[n - 8..])),
            _ => return None,
        };
        Some(Key { lo, hi, len: n as u64 })
    }

    /// The key of an ASCII word's lowercase form.
    fn ascii_lowercase(b: &[u8]) -> Option<Key> {
        let key = Key::new(b)?;
        Some(Key { lo: ascii_lowercase8(key.lo), hi: ascii_lowercase8(key.hi), len: key.len })
    }

    fn hash(&self) -> u64 {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let h = (self.lo ^ self.len.rotate_left(32)).wrapping_mul(K);
        (h.rotate_left(5) ^ self.hi).wrapping_mul(K)
    }
}

/// Lowercases eight ASCII bytes at once: a byte from `A` to `Z` gains 0x20.
fn ascii_lowercase8(w: u64) -> u64 {
    let upper = swar::in_range(w, b'A', b'Z');
    w | upper >> 2
}

#[derive(Clone, Copy, Default)]
struct Slot {
    key: Key,
    /// Bit `i`: listed by the `i`-th set with stopwords. Zero: an empty slot.
    sets: u64,
}

/// Collects the stopwords while the pattern files are read.
#[derive(Debug, Default)]
pub struct StopTableBuilder {
    words: FxHashMap<String, u64>,
    /// The scope id of each bit.
    scopes: Vec<usize>,
}

impl StopTableBuilder {
    /// Lists `word` (lowercase) as a stopword of the set `scope`. Fails when
    /// `scope` would be the set past [`MAX_SETS`].
    pub fn insert(&mut self, word: String, scope: usize) -> Result<(), String> {
        let bit = match self.scopes.iter().position(|&s| s == scope) {
            Some(bit) => bit,
            None if self.scopes.len() < MAX_SETS => {
                self.scopes.push(scope);
                self.scopes.len() - 1
            }
            None => return Err(format!("more than {MAX_SETS} pattern sets have a [stopwords] section")),
        };
        *self.words.entry(word).or_default() |= 1 << bit;
        Ok(())
    }

    pub fn build(self) -> StopTable {
        let packed = self.words.iter().filter(|(w, _)| w.len() <= PACKED_MAX).count();
        // At most half full, so a probe sequence is short.
        let size = (2 * packed).next_power_of_two().max(16);
        let mut shapes = vec![0u64; SHAPE_ROWS * (PACKED_MAX + 1)];
        for (word, sets) in &self.words {
            if let Some(&first) = word.as_bytes().first().filter(|b| b.is_ascii())
                && word.len() <= PACKED_MAX
            {
                shapes[shape_at(first, word.len())] |= sets;
            }
        }
        let mut table = StopTable {
            shapes,
            slots: vec![Slot::default(); size],
            shift: 64 - size.trailing_zeros(),
            long: FxHashMap::default(),
            longest: self.words.keys().map(String::len).max().unwrap_or(0),
            scopes: self.scopes,
        };
        for (word, sets) in self.words {
            match Key::new(word.as_bytes()) {
                Some(key) => {
                    let at = table.probe(&key);
                    table.slots[at] = Slot { key, sets };
                }
                None => {
                    table.long.insert(word, sets);
                }
            }
        }
        table
    }
}

#[derive(Debug)]
pub struct StopTable {
    /// For an ASCII first byte and a length up to [`PACKED_MAX`], the sets
    /// listing a word that opens with that byte and has that length.
    shapes: Vec<u64>,
    /// At least 16, a power of two, at most half full: a probe always ends.
    slots: Vec<Slot>,
    /// 64 minus log2 of the slot count: the top bits of a hash pick a slot.
    shift: u32,
    long: FxHashMap<String, u64>,
    longest: usize,
    scopes: Vec<usize>,
}

impl std::fmt::Debug for Slot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Slot({:x})", self.sets)
    }
}

impl StopTable {
    /// The slot holding `key`, or the empty slot where it would go.
    fn probe(&self, key: &Key) -> usize {
        let mask = self.slots.len() - 1;
        let mut at = (key.hash() >> self.shift) as usize;
        while self.slots[at].sets != 0 && self.slots[at].key != *key {
            at = (at + 1) & mask;
        }
        at
    }

    /// The sets listing `word` (lowercase), as a bit set.
    pub fn sets(&self, word: &str) -> u64 {
        match Key::new(word.as_bytes()) {
            Some(key) => self.slots[self.probe(&key)].sets,
            None => self.long.get(word).copied().unwrap_or(0),
        }
    }

    /// [`StopTable::sets`] of an ASCII word's lowercase form.
    pub fn sets_ascii_any_case(&self, ascii_word: &str) -> u64 {
        match Key::ascii_lowercase(ascii_word.as_bytes()) {
            Some(key) => self.slots[self.probe(&key)].sets,
            None => self.long.get(&ascii_word.to_ascii_lowercase()).copied().unwrap_or(0),
        }
    }

    /// Whether a set of `mask` lists an ASCII word's lowercase form. About
    /// half the words of English prose are ruled out by their first letter
    /// and length, which no stopword of those sets has, before any hashing.
    pub fn lists_ascii_any_case(&self, ascii_word: &str, mask: u64) -> bool {
        let b = ascii_word.as_bytes();
        if let Some(&first) = b.first()
            && b.len() <= PACKED_MAX
            && self.shapes[shape_at(first.to_ascii_lowercase(), b.len())] & mask == 0
        {
            return false;
        }
        self.sets_ascii_any_case(ascii_word) & mask != 0
    }

    /// The bit set of the sets among `scopes` that list stopwords.
    pub fn sets_mask(&self, mut scope_on: impl FnMut(usize) -> bool) -> u64 {
        self.scopes.iter().enumerate().filter(|&(_, &s)| scope_on(s)).fold(0, |m, (bit, _)| m | 1 << bit)
    }

    /// The scope ids whose bits are set in `sets`, lowest bit first. Only
    /// the set bits are visited: most words are in no set, or in one.
    pub fn scopes_of(&self, mut sets: u64) -> impl Iterator<Item = usize> + '_ {
        std::iter::from_fn(move || {
            while sets != 0 {
                let bit = sets.trailing_zeros() as usize;
                sets &= sets - 1;
                if let Some(&s) = self.scopes.get(bit) {
                    return Some(s);
                }
            }
            None
        })
    }

    /// Byte length of the longest stopword.
    pub fn longest(&self) -> usize {
        self.longest
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_every_length_are_found_by_their_whole_bytes() {
        let mut b = StopTableBuilder::default();
        let words: Vec<String> = (1..=PACKED_MAX + 4).map(|n| "abcdefghijklmnopqrstuvwxyz"[..n].to_string()).collect();
        for w in &words {
            b.insert(w.clone(), 7).unwrap();
        }
        b.insert("của".to_string(), 3).unwrap();
        b.insert("abc".to_string(), 3).unwrap();
        let t = b.build();
        for w in &words {
            assert_eq!(t.sets(w), if w == "abc" { 0b11 } else { 0b1 }, "{w}");
            // Same length, one byte changed at each end and in the middle.
            for at in [0, w.len() / 2, w.len() - 1] {
                let mut other = w.clone().into_bytes();
                other[at] = b'Z';
                assert_eq!(t.sets(std::str::from_utf8(&other).unwrap()), 0, "{w} changed at {at}");
            }
        }
        assert_eq!(t.sets("của"), 0b10);
        for w in &words {
            assert_eq!(t.sets_ascii_any_case(&w.to_ascii_uppercase()), t.sets(w), "{w}");
        }
        assert_eq!(t.sets_ascii_any_case("ABC"), 0b11);
        // The shape filter rules words out, never in, and only for the sets asked.
        for w in &words {
            let upper = w.to_ascii_uppercase();
            assert!(t.lists_ascii_any_case(&upper, 0b1), "{w}");
            assert_eq!(t.lists_ascii_any_case(&upper, 0b10), w == "abc", "{w}");
        }
        assert!(t.lists_ascii_any_case("Abc", 0b10));
        assert!(!t.lists_ascii_any_case("abd", 0b11), "same shape as abc, another word");
        assert!(!t.lists_ascii_any_case("zzz", u64::MAX) && !t.lists_ascii_any_case("", u64::MAX));
        assert_eq!(t.sets_ascii_any_case("AB["), 0, "[ is not a lowercased Z");
        assert_eq!(t.sets(""), 0);
        assert_eq!(t.scopes_of(0b11).collect::<Vec<_>>(), vec![7, 3]);
        assert_eq!(t.sets_mask(|s| s == 3), 0b10);
        assert_eq!(t.longest(), PACKED_MAX + 4);
    }

    #[test]
    fn ascii_lowercase8_changes_only_capitals() {
        for c in 0u8..0x80 {
            let w = u64::from_le_bytes([c; 8]);
            assert_eq!(ascii_lowercase8(w), u64::from_le_bytes([c.to_ascii_lowercase(); 8]), "{c:#x}");
        }
    }

    #[test]
    fn a_set_past_the_limit_fails() {
        let mut b = StopTableBuilder::default();
        for scope in 0..MAX_SETS {
            b.insert("the".to_string(), scope).unwrap();
        }
        assert!(b.insert("le".to_string(), MAX_SETS).is_err());
        assert!(b.insert("le".to_string(), 0).is_ok(), "a known set still takes words");
    }
}
