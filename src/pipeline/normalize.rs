//! Stage 2, normalize: make a line fit for output, and fold it for matching.
//!
//! In: one line of decoded text. Out: [`normalize`] gives the output form (NFC,
//! every Unicode space as one ASCII space, zero-width characters gone, runs of
//! spaces collapsed, trimmed); [`fold`] gives the matching form, which is never
//! shown to anyone.
//!
//! Folding lowercases and moves Vietnamese tone marks (grave, acute, tilde,
//! hook above, dot below) to the end of their word, so `hoà`/`hòa` and
//! `uỷ`/`ủy` fold to one key. Patterns are folded by the same function when
//! they are loaded, so a pattern matches every spelling the fold merges.
//! Invariant: `fold(fold(x)) == fold(x)`.

use std::borrow::Cow;
use unicode_normalization::char::decompose_canonical;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Characters removed outright: they carry no text and break matching.
fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}')
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1F}')
}

/// Whether the line is already in output form, spacing-wise. Bytes first:
/// only lead bytes of non-ASCII spaces and zero-width characters (0xC2,
/// 0xE1, 0xE2, 0xE3, 0xEF) need the character-level check.
fn spacing_is_clean(line: &str) -> bool {
    let b = line.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    let mut prev_space = false;
    let mut suspicious = false;
    for &c in b {
        if c < 0x20 || (c == b' ' && prev_space) {
            return false;
        }
        prev_space = c == b' ';
        suspicious |= matches!(c, 0xC2 | 0xE1 | 0xE2 | 0xE3 | 0xEF);
    }
    !suspicious || spacing_is_clean_chars(line)
}

fn spacing_is_clean_chars(line: &str) -> bool {
    let mut prev_space = true; // no leading space
    for c in line.chars() {
        if is_zero_width(c) {
            return false;
        }
        let space = is_space(c);
        if space && (c != ' ' || prev_space) {
            return false;
        }
        prev_space = space;
    }
    !prev_space || line.is_empty()
}

/// Whether `line` is surely NFC without consulting the tables: every
/// character below the combining marks (U+0300), or a precomposed
/// Vietnamese letter (Latin Extended Additional), is NFC on its own.
fn trivially_composed(line: &str) -> bool {
    line.chars().all(|c| (c as u32) < 0x300 || ('\u{1E00}'..='\u{1EFF}').contains(&c))
}

/// The output form of a line: NFC, clean spaces, trimmed.
pub fn normalize(line: &str) -> Cow<'_, str> {
    let composed = line.is_ascii() || trivially_composed(line) || is_nfc_quick(line.chars()) == IsNormalized::Yes;
    if composed && spacing_is_clean(line) {
        return Cow::Borrowed(line);
    }
    let nfc: Cow<str> = if composed { Cow::Borrowed(line) } else { Cow::Owned(line.nfc().collect()) };
    let mut out = String::with_capacity(nfc.len());
    let mut pending_space = false;
    for c in nfc.chars() {
        if is_zero_width(c) {
            continue;
        }
        if is_space(c) {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// Combining marks that Vietnamese uses for tones; their placement varies.
fn is_tone_mark(c: char) -> bool {
    matches!(c, '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}')
}

/// The matching form of a normalized line: lowercase, tone marks moved to the
/// end of each word, and leading and trailing non-alphanumerics trimmed.
pub fn fold(line: &str) -> String {
    let trimmed = line.trim_matches(|c: char| !(c.is_alphanumeric() || is_combining(c)));
    if trimmed.is_ascii() {
        return trimmed.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(trimmed.len() + 8);
    let mut tones: Vec<char> = Vec::new();
    for c in trimmed.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            if !c.is_ascii_alphanumeric() {
                out.extend(tones.drain(..));
            }
            out.push(c);
            continue;
        }
        decompose_canonical(c, |d| {
            if is_tone_mark(d) {
                tones.push(d);
            } else if d.is_alphanumeric() || is_combining(d) {
                out.push(d);
            } else {
                out.extend(tones.drain(..));
                out.push(d);
            }
        });
    }
    out.extend(tones.drain(..));
    out
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_cases() {
        let cases = [
            ("plain line", "plain line"),
            ("  padded\u{00A0}\u{00A0}line  ", "padded line"),
            ("zero\u{200B}width", "zerowidth"),
            ("e\u{0301}te\u{0301}", "\u{e9}t\u{e9}"),
            ("tab\there", "tab here"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(normalize(input), want, "input {input:?}");
        }
    }

    #[test]
    fn fold_merges_vietnamese_tone_placement() {
        let pairs = [("hoà", "hòa"), ("Uỷ ban", "ủy ban"), ("THUỶ", "thủy"), ("Bình Luận", "BÌNH LUẬN")];
        for (a, b) in pairs {
            assert_eq!(fold(a), fold(b), "{a} vs {b}");
        }
        assert_ne!(fold("hòa"), fold("hóa"), "different tones stay different");
    }

    #[test]
    fn fold_trims_and_is_idempotent() {
        for s in ["• Related:", "  Tin mới  ", "Tắt [X]", "Ñandú!", "hoà bình"] {
            let once = fold(s);
            assert_eq!(fold(&once), once, "{s}");
        }
        assert_eq!(fold("• Related:"), "related");
    }
}
