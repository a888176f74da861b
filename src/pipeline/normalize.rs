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

use crate::swar;
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
#[derive(Default)]
struct Form {
    /// Has spaces or zero-width characters to fix.
    fix_spacing: bool,
    /// Holds a character that may change under NFC (a combining mark or a
    /// composition singleton), so the NFC check must run.
    check_nfc: bool,
}

/// Whether eight bytes are all printable ASCII (no byte at or above 0x80 or
/// below 0x20).
fn printable_ascii8(w: u64) -> bool {
    w & swar::HIGH == 0 && swar::at_least(w, 0x20) == swar::HIGH
}

/// One pass over the bytes of a line trimmed of ASCII spaces. Every space and
/// zero-width character that [`normalize`] rewrites is recognized by its
/// UTF-8 bytes, so the common path decodes no characters, and runs of
/// printable ASCII are read eight bytes at a time.
fn scan(line: &str) -> Form {
    let b = line.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut form = Form::default();
    let mut prev_space = false;
    let mut i = 0;
    while i < b.len() {
        if let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            if printable_ascii8(w) {
                let spaces = swar::eq(w, b' ');
                // Two spaces side by side, within the chunk or across its start.
                form.fix_spacing |= spaces & (spaces << 8) != 0 || (prev_space && spaces & 0x80 != 0);
                prev_space = spaces >> 63 != 0;
                i += 8;
                continue;
            }
        }
        let c = b[i];
        if c < 0x80 {
            form.fix_spacing |= c < 0x20 || (c == b' ' && prev_space);
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
        form.fix_spacing |= fix;
        form.check_nfc |= may_change_under_nfc(c, n1);
        i += if c >= 0xF0 {
            4
        } else if c >= 0xE0 {
            3
        } else {
            2
        };
    }
    form
}

/// Whether the character whose UTF-8 form starts `lead, next` may be a
/// combining mark or change under NFC. False only for blocks where no
/// character does (the test `nfc_safe_blocks_are_stable` checks each):
/// everything below U+0300, Greek and Cyrillic letters, precomposed
/// Vietnamese letters, general punctuation and currency, CJK ideographs,
/// Hangul syllables and fullwidth forms.
fn may_change_under_nfc(lead: u8, next: u8) -> bool {
    match lead {
        ..0xCC => false,
        // U+0380..=U+03FF except U+0387, U+0400..=U+047F
        0xCE => next == 0x87,
        0xCF..=0xD1 => false,
        // U+1E00..=U+1EFF
        0xE1 => !(0xB8..=0xBB).contains(&next),
        // U+2000..=U+20BF (U+2000 and U+2001 are spaces, fixed before)
        0xE2 => !(0x80..=0x82).contains(&next),
        // U+4000..=U+9FFF, U+B000..=U+CFFF
        0xE4..=0xE9 | 0xEB | 0xEC => false,
        // U+FF00..=U+FFBF
        0xEF => !(0xBC..=0xBE).contains(&next),
        _ => true,
    }
}

/// The output form of a line: NFC, clean spaces, trimmed.
pub fn normalize(line: &str) -> Cow<'_, str> {
    // Edge spaces are common and need no rebuild: the line is sliced.
    let line = line.trim_matches(' ');
    let form = scan(line);
    let composed = !form.check_nfc || is_nfc_quick(line.chars()) == IsNormalized::Yes;
    if composed && !form.fix_spacing {
        return Cow::Borrowed(line);
    }
    let nfc: Cow<str> = if composed { Cow::Borrowed(line) } else { Cow::Owned(line.nfc().collect()) };
    let mut out = String::with_capacity(nfc.len());
    let mut pending_space = false;
    let mut rest = nfc.as_ref();
    while !rest.is_empty() {
        // Printable ASCII other than the space is copied a run at a time.
        let run = rest.bytes().position(|c| !(0x21..0x7F).contains(&c)).unwrap_or(rest.len());
        if run > 0 {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            continue;
        }
        let c = rest.chars().next().expect("a char boundary");
        rest = &rest[c.len_utf8()..];
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
    let table = fold_table();
    let b = trimmed.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // A run of ASCII is copied and lowercased whole; held tone marks go
        // out at its first non-alphanumeric byte.
        let run_end = b[i..].iter().position(|&c| c >= 0x80).map_or(b.len(), |n| i + n);
        if run_end > i {
            let mut run = &trimmed[i..run_end];
            if !tones.is_empty() {
                let word_end = run.bytes().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(run.len());
                push_lowercase(&mut out, &run[..word_end]);
                if word_end < run.len() {
                    out.extend(tones.drain(..));
                }
                run = &run[word_end..];
            }
            push_lowercase(&mut out, run);
            i = run_end;
            continue;
        }
        let c = trimmed[i..].chars().next().expect("a char boundary");
        i += c.len_utf8();
        match table.get(c).filter(|r| r[0] != 0) {
            Some(steps) => steps.iter().take_while(|&&s| s != 0).for_each(|&s| Step::apply(s, &mut out, &mut tones)),
            None => fold_char(c, |s| Step::apply(s, &mut out, &mut tones)),
        }
    }
    out.extend(tones.drain(..));
    out
}

/// Appends ASCII text, lowercased.
pub fn push_lowercase(out: &mut String, ascii: &str) {
    let start = out.len();
    out.push_str(ascii);
    out[start..].make_ascii_lowercase();
}

/// `char::is_alphanumeric`, looked up in a bit table for Latin, Greek,
/// Cyrillic and Vietnamese letters and for typographic punctuation (curly
/// quotes, dashes): the standard library searches its Unicode tables for
/// every character past ASCII, which made trimming Vietnamese words a
/// tenth of their cleaning.
#[inline]
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    alnum_table().get(c).copied().unwrap_or_else(|| c.is_alphanumeric())
}

fn alnum_table() -> &'static CharTable<bool, 3> {
    static TABLE: std::sync::OnceLock<CharTable<bool, 3>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| CharTable::build([(0x0080, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070)], |cp| char::from_u32(cp).is_some_and(char::is_alphanumeric)))
}

/// A value for every code point of a few ranges, worked out once at first
/// use: the character tables of this module and of segmentation, for the
/// blocks where most non-ASCII text lies (Latin, Vietnamese, Greek,
/// Cyrillic, general punctuation), where the standard library would search
/// its Unicode tables or decompose per character.
pub(crate) struct CharTable<T, const N: usize> {
    /// Half-open code point ranges, each with its rows in turn.
    ranges: [(u32, u32); N],
    rows: Vec<T>,
}

impl<T, const N: usize> CharTable<T, N> {
    pub(crate) fn build(ranges: [(u32, u32); N], row: impl FnMut(u32) -> T) -> Self {
        let rows = ranges.iter().flat_map(|&(lo, hi)| lo..hi).map(row).collect();
        CharTable { ranges, rows }
    }

    /// The row of `c`, or `None` when it lies outside the ranges.
    pub(crate) fn get(&self, c: char) -> Option<&T> {
        let (cp, mut base) = (c as u32, 0);
        for (lo, hi) in self.ranges {
            if (lo..hi).contains(&cp) {
                return self.rows.get(base + (cp - lo) as usize);
            }
            base += (hi - lo) as usize;
        }
        None
    }
}

/// What folding does with one character of a lowercased, decomposed
/// character, packed as `char << 2 | kind` so a table row is four `u32`s.
struct Step;

impl Step {
    const PUSH: u32 = 0;
    /// A tone mark: held back until the word ends.
    const TONE: u32 = 1;
    /// Not part of a word: the held tone marks go out first.
    const BREAK: u32 = 2;

    fn apply(step: u32, out: &mut String, tones: &mut Vec<char>) {
        let c = char::from_u32(step >> 2).expect("packed from a char");
        match step & 3 {
            Step::TONE => tones.push(c),
            Step::BREAK => {
                out.extend(tones.drain(..));
                out.push(c);
            }
            _ => out.push(c),
        }
    }
}

/// The steps of folding `c`: lowercase it, decompose what lowercasing gave,
/// and sort each part into a word character, a tone mark or a break.
fn fold_char(c: char, mut emit: impl FnMut(u32)) {
    let mut step = |d: char| {
        let kind = if is_tone_mark(d) {
            Step::TONE
        } else if is_alnum(d) || is_combining(d) {
            Step::PUSH
        } else {
            Step::BREAK
        };
        emit((d as u32) << 2 | kind);
    };
    for lower in c.to_lowercase() {
        // Nothing below U+00C0 (ASCII included) decomposes.
        if lower < '\u{C0}' {
            step(lower);
        } else {
            decompose_canonical(lower, &mut step);
        }
    }
}

/// [`fold_char`]'s steps, worked out once for the blocks where most
/// non-ASCII text lies: ASCII, Latin (Vietnamese letters included), Greek,
/// Cyrillic, Latin Extended Additional and general punctuation. A row is
/// zero-terminated; an empty one (more than four steps) is not used.
fn fold_table() -> &'static CharTable<[u32; 4], 3> {
    static TABLE: std::sync::OnceLock<CharTable<[u32; 4], 3>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        CharTable::build([(0x0000, 0x0530), (0x1E00, 0x1F00), (0x2000, 0x2070)], |cp| {
            let mut row = [0u32; 4];
            let mut n = 0;
            if let Some(c) = char::from_u32(cp) {
                fold_char(c, |s| {
                    // A fifth step (none occurs in these blocks) marks the row as unusable.
                    if n < 4 {
                        row[n] = s;
                    } else {
                        row = [0; 4];
                    }
                    n += 1;
                });
            }
            row
        })
    })
}

/// `line` without leading and trailing characters that are neither
/// alphanumeric, combining marks nor legal signs. ASCII ends are checked as bytes.
fn trim_to_word(line: &str) -> &str {
    let keep = |c: char| is_alnum(c) || is_combining(c) || is_legal_sign(c);
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

/// What [`fold`] trims from the end of `s`: its closing punctuation and
/// spaces (`:` of `photo:`); nothing when `s` ends in a word or holds none.
pub fn trimmed_end(s: &str) -> &str {
    let word = trim_to_word(s);
    // `word` is a slice of `s`: it ends where the trimmed tail starts.
    let end = word.as_ptr() as usize - s.as_ptr() as usize + word.len();
    &s[end..]
}

/// Signs that carry meaning on their own and so survive folding: `©`
/// opens a photo credit or a copyright line.
pub fn is_legal_sign(c: char) -> bool {
    matches!(c, '©' | '®' | '™' | '℗')
}

/// A combining diacritic (U+0300–U+036F): part of the word it follows.
pub fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// Han, kana, Thai, Lao, Myanmar and Khmer: scripts written without spaces
/// between words. Segment weighs their words by characters; pattern matching
/// finds a word edge between any two of them.
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_alnum_agrees_with_char_is_alphanumeric() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "U+{:04X}", c as u32);
        }
    }

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

    /// A double space is found at every offset, inside an eight-byte chunk
    /// and across two.
    #[test]
    fn double_spaces_at_every_offset() {
        for n in 1..20 {
            for tail in ["yyyyyyyyyyyy", "y", "yé"] {
                let (head, want) = ("x".repeat(n), format!("{} {tail}", "x".repeat(n)));
                assert_eq!(normalize(&format!("{head}  {tail}")), want, "offset {n}");
                assert_eq!(normalize(&want), want, "offset {n}");
            }
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

    /// Every character that the scan lets skip the NFC check is NFC-stable
    /// on its own and never reorders: quick check "yes", combining class 0.
    #[test]
    fn nfc_safe_blocks_are_stable() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut utf8 = [0u8; 4];
            let b = c.encode_utf8(&mut utf8).as_bytes();
            if !may_change_under_nfc(b[0], b.get(1).copied().unwrap_or(0)) {
                let stable = is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes && canonical_combining_class(c) == 0;
                assert!(stable || is_space(c), "U+{:04X}", c as u32);
            }
        }
    }

    /// The table gives what folding each character by itself gives.
    #[test]
    fn fold_table_agrees_with_fold_char() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let line = format!("a{c}b");
            let (mut out, mut tones) = (String::new(), Vec::new());
            for c in line.chars() {
                fold_char(c, |s| Step::apply(s, &mut out, &mut tones));
            }
            out.extend(tones.drain(..));
            assert_eq!(fold(&line), out, "U+{:04X}", c as u32);
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
        for s in ["• Related:", "  Tin mới  ", "Tắt [X]", "Ñandú!", "hoà bình", "(© Getty)"] {
            let once = fold(s);
            assert_eq!(fold(&once), once, "{s}");
        }
        assert_eq!(fold("• Related:"), "related");
        // A legal sign is kept: `©` opens a credit that a pattern names.
        assert_eq!(fold("(© Getty)"), "© getty");
        // What folding trims from the end; a combining mark (decomposed
        // `hòa`) belongs to its word.
        let cases = [("photo:", ":"), ("photo : ", " : "), ("fot.", "."), ("hoa\u{300}", ""), ("©", ""), ("—", "")];
        for (s, tail) in cases {
            assert_eq!(trimmed_end(s), tail, "{s:?}");
        }
    }
}
