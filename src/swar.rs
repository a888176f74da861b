//! Byte tests eight at a time in a `u64` ("SIMD within a register"), for
//! the per-byte scans of the line path: portable, and no `unsafe`.
//!
//! A mask has the high bit (0x80) of each byte that passes a test and no
//! other bit. Every test here is exact: no carry crosses from one byte into
//! the next. The range tests assume bytes below 0x80 (check [`HIGH`] first).

/// The high bit of every byte.
pub const HIGH: u64 = 0x8080_8080_8080_8080;
/// Every bit but the high one of every byte.
pub const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
/// 0x01 in every byte: `ONES * b` repeats the byte `b`.
pub const ONES: u64 = 0x0101_0101_0101_0101;

/// The bytes of `b` from `at`, eight of them, little-endian; past the end
/// of `b` the missing bytes are `fill`.
#[inline(always)]
pub fn load(b: &[u8], at: usize, fill: u8) -> u64 {
    match b.get(at..at + 8) {
        Some(chunk) => u64::from_le_bytes(chunk.try_into().expect("8 bytes")),
        None => {
            let mut padded = [fill; 8];
            let rest = &b[at..];
            padded[..rest.len()].copy_from_slice(rest);
            u64::from_le_bytes(padded)
        }
    }
}

/// The bytes equal to `byte`: a byte is zero after the xor exactly when it
/// matched, and adding 0x7F to its low bits carries into its high bit
/// exactly when it is not zero.
#[inline(always)]
pub fn eq(w: u64, byte: u8) -> u64 {
    let x = w ^ (ONES * u64::from(byte));
    !(((x & LOW) + LOW) | x) & HIGH
}

/// The bytes at least `lo` (`lo <= 0x80`), of bytes below 0x80: adding
/// `0x80 - lo` reaches the high bit exactly then, and never overflows.
#[inline(always)]
pub fn at_least(w: u64, lo: u8) -> u64 {
    w.wrapping_add(ONES * u64::from(0x80 - lo)) & HIGH
}

/// The bytes from `lo` to `hi` (`hi < 0x80`), of bytes below 0x80.
#[inline(always)]
pub fn in_range(w: u64, lo: u8, hi: u8) -> u64 {
    at_least(w, lo) & !at_least(w, hi + 1)
}

/// The ASCII letters, of bytes below 0x80: setting bit 0x20 lowercases a
/// capital and moves no other byte into `a..=z`.
#[inline(always)]
pub fn letters(w: u64) -> u64 {
    in_range(w | (ONES * 0x20), b'a', b'z')
}

/// A mask widened to whole bytes: 0xFF for each byte that passed, else 0.
#[inline(always)]
pub fn widen(mask: u64) -> u64 {
    (mask >> 7) * 0xFF
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask_of(bytes: [u8; 8], test: impl Fn(u8) -> bool) -> u64 {
        let mut m = 0;
        for (i, &c) in bytes.iter().enumerate() {
            if test(c) {
                m |= 0x80 << (8 * i);
            }
        }
        m
    }

    #[test]
    fn tests_agree_with_byte_by_byte_on_every_ascii_byte() {
        for first in (0u8..0x80).step_by(8) {
            let bytes: [u8; 8] = std::array::from_fn(|i| first + i as u8);
            let w = u64::from_le_bytes(bytes);
            assert_eq!(eq(w, b' '), mask_of(bytes, |c| c == b' '), "{bytes:?}");
            assert_eq!(in_range(w, b'0', b'9'), mask_of(bytes, |c| c.is_ascii_digit()), "{bytes:?}");
            assert_eq!(letters(w), mask_of(bytes, |c| c.is_ascii_alphabetic()), "{bytes:?}");
            assert_eq!(at_least(w, 0x80), 0);
        }
        // `eq` holds for high bytes too.
        let w = u64::from_le_bytes([0x80, 0xA0, 0x20, 0xFF, 0x20, 0, 0xA0, 0x7F]);
        assert_eq!(eq(w, 0xA0), mask_of([0x80, 0xA0, 0x20, 0xFF, 0x20, 0, 0xA0, 0x7F], |c| c == 0xA0));
    }

    #[test]
    fn load_pads_past_the_end() {
        let b = b"abcdefghij";
        assert_eq!(load(b, 0, b' '), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(load(b, 8, b' '), u64::from_le_bytes(*b"ij      "));
        assert_eq!(widen(0x80 | 0x80 << 56), 0xFF | 0xFF << 56);
    }
}
