//! Stage 1b, repair: undo UTF-8 that was decoded as windows-1252 upstream.
//!
//! In: decoded text. Out: the same text with every mojibake sequence put
//! back (`isnâ€™t` -> `isn’t`, `communiquÃ©` -> `communiqué`, `Â ` -> a
//! no-break space), or nothing when there is none. Scrapers that guess a
//! page's charset wrong hand on text like this, and no pattern or stopword
//! matches it.
//!
//! A sequence is repaired only when its characters are exactly what a
//! windows-1252 (or Latin-1) decoder makes of one valid multi-byte UTF-8
//! character: a lead byte (`Â`..`ô`) followed by the right number of
//! continuation bytes (`€`, `™`, `©`, `¼`...). And only in text that holds
//! one unmistakable sequence: `Â` or `Ã` before a continuation, or `â€`,
//! `â‚`, `â„` (quotes, dashes, `€`, `™`). Real text almost never does, while
//! the other sequences (`é` then `…` then `»`) can occur in French or
//! Spanish that is right. Text that is right is not copied.

/// The byte that a windows-1252 decoder (or, for its five undefined
/// bytes, a Latin-1 one) turns into `c`.
fn cp1252_byte(c: char) -> Option<u8> {
    let b = match c {
        '\u{80}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‚' => 0x82,
        'ƒ' => 0x83,
        '„' => 0x84,
        '…' => 0x85,
        '†' => 0x86,
        '‡' => 0x87,
        'ˆ' => 0x88,
        '‰' => 0x89,
        'Š' => 0x8A,
        '‹' => 0x8B,
        'Œ' => 0x8C,
        'Ž' => 0x8E,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        '˜' => 0x98,
        '™' => 0x99,
        'š' => 0x9A,
        '›' => 0x9B,
        'œ' => 0x9C,
        'ž' => 0x9E,
        'Ÿ' => 0x9F,
        _ => return None,
    };
    Some(b)
}

/// Continuation bytes that follow a UTF-8 lead byte, if `b` is one.
fn continuation_count(b: u8) -> Option<usize> {
    match b {
        0xC2..=0xDF => Some(1),
        0xE0..=0xEF => Some(2),
        0xF0..=0xF4 => Some(3),
        _ => None,
    }
}

/// Whether the text may hold an unmistakable sequence: `Â` or `Ã` (UTF-8
/// `C3 82`, `C3 83`) before a character that is not ASCII, or `â` (`C3 A2`)
/// before `€`, `‚` or `„` (`E2 82`, `E2 80`). Text in Latin scripts is full
/// of `C3`, so this byte test keeps the character pass off right text.
fn may_hold_mojibake(b: &[u8]) -> bool {
    memchr::memchr_iter(0xC3, b).any(|i| match b.get(i + 1..(i + 4).min(b.len())) {
        Some([0x82 | 0x83, next, ..]) => *next >= 0x80,
        Some([0xA2, 0xE2, next]) => matches!(next, 0x80 | 0x82),
        _ => false,
    })
}

/// The text with mojibake sequences repaired (see the module docs), or
/// `None` when it has none.
pub fn repair(text: &str) -> Option<String> {
    if !may_hold_mojibake(text.as_bytes()) {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut unmistakable = false;
    let mut rest = text;
    // A sequence opens with a lead byte's character, U+00C2..=U+00F4, whose
    // UTF-8 form starts 0xC3: the text between two such bytes is copied whole.
    while let Some(at) = memchr::memchr(0xC3, rest.as_bytes()) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let c = rest.chars().next().expect("0xC3 starts a character");
        match sequence_at(rest) {
            Some(seq) => {
                out.push(seq.fixed);
                rest = &rest[seq.used..];
                // The sequences `may_hold_mojibake` looks for, as bytes.
                unmistakable |= matches!(seq.bytes, [0xC2 | 0xC3, ..] | [0xE2, 0x80 | 0x82 | 0x84, ..]);
            }
            None => {
                out.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    out.push_str(rest);
    unmistakable.then_some(out)
}

/// One mojibake sequence: the UTF-8 bytes it was made of, the character
/// they encode, and the bytes of the text it takes up.
struct Sequence {
    bytes: [u8; 4],
    fixed: char,
    used: usize,
}

/// The mojibake sequence at the start of `s`, if there is one.
fn sequence_at(s: &str) -> Option<Sequence> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let lead = cp1252_byte(first)?;
    let n = continuation_count(lead)?;
    let mut bytes = [lead, 0, 0, 0];
    let mut used = first.len_utf8();
    for slot in bytes.iter_mut().skip(1).take(n) {
        let c = chars.next()?;
        *slot = cp1252_byte(c).filter(|b| (0x80..=0xBF).contains(b))?;
        used += c.len_utf8();
    }
    let fixed = std::str::from_utf8(&bytes[..=n]).ok()?.chars().next()?;
    Some(Sequence { bytes, fixed, used })
}

#[cfg(test)]
mod tests {
    use super::repair;

    #[test]
    fn repair_table() {
        let cases = [
            ("right_quote", "isnâ€™t", "isn’t"),
            ("em_dash", "numbersâ€”itâ€™s", "numbers—it’s"),
            ("latin_letter", "communiquÃ©", "communiqué"),
            ("german_umlauts", "VerÃ¶ffentlichung prÃ¼fen", "Veröffentlichung prüfen"),
            ("no_break_space", "chipsetÂ\u{A0}–", "chipset\u{A0}–"),
            ("clean_latin_is_untouched", "São Paulo, Ärger, déjà vu", "São Paulo, Ärger, déjà vu"),
            ("capital_before_ascii_is_untouched", "SÃO PAULO", "SÃO PAULO"),
            ("lone_lead_is_untouched", "Ã la carte", "Ã la carte"),
            ("cut_off_sequence_is_kept", "end â€", "end â€"),
            ("vietnamese_is_untouched", "Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
            ("french_spacing_is_untouched", "l\u{2019}été\u{A0}» et café…»", "l\u{2019}été\u{A0}» et café…»"),
            ("other_sequences_follow_an_unmistakable_one", "Ã© and æ—¥æœ¬", "é and 日本"),
        ];
        for (name, input, want) in cases {
            assert_eq!(repair(input).as_deref().unwrap_or(input), want, "{name}");
        }
    }
}
