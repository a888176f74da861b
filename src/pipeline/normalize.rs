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

/// What one byte scan tells about a line's output form.
enum Form {
    /// Already normalized.
    Output,
    /// Spacing is clean, but a character at or above U+0300 (other than a
    /// precomposed Vietnamese letter) needs the NFC check.
    CheckNfc,
    /// Has spaces or zero-width characters to fix.
    FixSpacing,
}

/// One pass over the bytes. Every space and zero-width character that
/// [`normalize`] rewrites is recognized by its UTF-8 bytes, so the common
/// path decodes no characters.
fn scan(line: &str) -> Form {
    let b = line.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return Form::FixSpacing;
    }
    if is_plain_ascii(b) {
        return if memchr::memmem::find(b, b"  ").is_some() { Form::FixSpacing } else { Form::Output };
    }
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut prev_space = false;
    let mut nfc = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c < 0x20 || (c == b' ' && prev_space) {
                return Form::FixSpacing;
            }
            prev_space = c == b' ';
            i += 1;
            continue;
        }
        prev_space = false;
        let (n1, n2) = (at(i + 1), at(i + 2));
        let fix = match c {
            // U+0085, U+00A0, U+00AD
            0xC2 => matches!(n1, 0x85 | 0xA0 | 0xAD),
            // U+1680
            0xE1 => n1 == 0x9A && n2 == 0x80,
            // U+2000..=U+200B, U+2028, U+2029, U+202F, U+205F, U+2060
            0xE2 => (n1 == 0x80 && matches!(n2, 0x80..=0x8B | 0xA8 | 0xA9 | 0xAF)) || (n1 == 0x81 && matches!(n2, 0x9F | 0xA0)),
            // U+3000
            0xE3 => n1 == 0x80 && n2 == 0x80,
            // U+FEFF
            0xEF => n1 == 0xBB && n2 == 0xBF,
            _ => false,
        };
        if fix {
            return Form::FixSpacing;
        }
        // Characters below U+0300, and precomposed Vietnamese letters
        // (U+1E00..=U+1EFF), are NFC whatever surrounds them.
        nfc |= c >= 0xCC && !(c == 0xE1 && (0xB8..=0xBB).contains(&n1));
        i += if c >= 0xF0 {
            4
        } else if c >= 0xE0 {
            3
        } else {
            2
        };
    }
    if nfc { Form::CheckNfc } else { Form::Output }
}

/// Printable ASCII only (no control bytes): such a line is NFC and its only
/// possible spacing fault is a double space. Branch-free over the bytes, so
/// the compiler vectorizes it.
fn is_plain_ascii(b: &[u8]) -> bool {
    b.iter().fold(true, |ok, &c| ok & (0x20..0x80).contains(&c))
}

/// The output form of a line: NFC, clean spaces, trimmed.
pub fn normalize(line: &str) -> Cow<'_, str> {
    let composed = match scan(line) {
        Form::Output => return Cow::Borrowed(line),
        Form::CheckNfc if is_nfc_quick(line.chars()) == IsNormalized::Yes => return Cow::Borrowed(line),
        Form::CheckNfc => false,
        Form::FixSpacing => is_nfc_quick(line.chars()) == IsNormalized::Yes,
    };
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
    let trimmed = trim_to_word(line);
    if trimmed.is_ascii() {
        return trimmed.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(trimmed.len() + 8);
    let mut tones: Vec<char> = Vec::new();
    for c in trimmed.chars().flat_map(char::to_lowercase) {
        // Nothing below U+00C0 (ASCII included) decomposes, so it cannot
        // carry a tone mark.
        if c < '\u{C0}' {
            if !c.is_alphanumeric() {
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

/// `line` without leading and trailing characters that are neither
/// alphanumeric nor combining marks. ASCII ends are checked as bytes.
fn trim_to_word(line: &str) -> &str {
    let keep = |c: char| c.is_alphanumeric() || is_combining(c);
    let b = line.as_bytes();
    let mut start = 0;
    while start < b.len() {
        if b[start] < 0x80 {
            if b[start].is_ascii_alphanumeric() {
                break;
            }
            start += 1;
        } else {
            let c = line[start..].chars().next().expect("a char boundary");
            if keep(c) {
                break;
            }
            start += c.len_utf8();
        }
    }
    let mut end = b.len();
    while end > start {
        if b[end - 1] < 0x80 {
            if b[end - 1].is_ascii_alphanumeric() {
                break;
            }
            end -= 1;
        } else {
            let c = line[..end].chars().next_back().expect("a char boundary");
            if keep(c) {
                break;
            }
            end -= c.len_utf8();
        }
    }
    &line[start..end]
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

    /// The byte scan must agree with the character-level definition on every
    /// space, zero-width and combining character it claims to recognize.
    #[test]
    fn byte_scan_agrees_with_char_definition() {
        let slow = |s: &str| -> String {
            let visible: String = s.nfc().filter(|&c| !is_zero_width(c)).collect();
            visible.split(is_space).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
        };
        let specials = [
            '\u{85}', '\u{A0}', '\u{AD}', '\u{1680}', '\u{180E}', '\u{2000}', '\u{2007}', '\u{200A}', '\u{200B}', '\u{200C}', '\u{2028}', '\u{2029}',
            '\u{202F}', '\u{205F}', '\u{2060}', '\u{3000}', '\u{3001}', '\u{FEFF}', '\u{0301}', '\u{1EA1}', '\u{1F00}', '\u{2013}', '\u{201C}', '\u{0410}',
            '\u{1C}', '\t',
        ];
        for c in specials {
            for s in [format!("a{c}b"), format!("{c}a"), format!("a {c} b"), format!("e{c}"), format!("hoa{c}")] {
                assert_eq!(normalize(&s), slow(&s), "{s:?}");
            }
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
