//! Stage 3, segment: text to lines, each with the features the classifier
//! reads.
//!
//! In: decoded text and the page's active pattern sets. Out: one [`Line`] per
//! non-blank input line, in order, with its 1-based input line number, its
//! output form (normalized, template residue cut out) and its [`Features`].
//! Blank lines are not returned; they mark block breaks (`blank_before`).
//!
//! Features are computed in one pass over each line. Only lines short enough
//! to be chrome are folded and matched against the line patterns: a long
//! paragraph never equals a menu item, and skipping it keeps the hot path to
//! a byte scan.

use super::date::find_date;
use super::normalize::{CharTable, fold, is_alnum, is_unspaced_script, normalize, push_lowercase};
use crate::patterns::{Active, LineHits, Patterns};
use crate::swar;

/// Lines with more words than this are never folded or matched.
pub const MATCH_MAX_WORDS: usize = 40;
/// A date line has at most this many words.
const DATED_MAX_WORDS: usize = 4;
/// Stopword and link ratios are read off this many first words.
const SAMPLE_WORDS: usize = 16;

#[derive(Clone, Debug, Default)]
pub struct Features {
    pub chars: usize,
    pub words: usize,
    /// Share of the sampled words that are stopwords of the page's language.
    pub stop_ratio: f32,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, `。` (quotes and brackets aside).
    pub terminal: bool,
    /// A list item or a table row: starts with a bullet, or its raw line
    /// holds tab-separated cells (how Resiliparse prints a table row).
    pub item: bool,
    /// Share of words that look like URLs, e-mail addresses or handles.
    pub link_ratio: f32,
    /// Share of characters that are digits.
    pub digit_ratio: f32,
    /// A short date alone: no time of day, no `Field:` colon, a few words.
    pub dated: bool,
    /// Count of menu separators (` | `, ` · `, ` » `, ` > `, or pipes glued
    /// to their words).
    pub separators: usize,
    /// Whether the line's folded form was matched against the patterns.
    pub matched: bool,
    pub hits: LineHits,
}

#[derive(Clone, Debug)]
pub struct Line {
    /// 1-based line number in the decoded input.
    pub no: usize,
    /// The output form of the line.
    pub text: String,
    /// The folded form, when the line was short enough to match.
    pub folded: Option<String>,
    pub blank_before: bool,
    /// The `html_chrome` pattern of the element the line came from (HTML).
    pub chrome: Option<usize>,
    /// The block element the line came from (HTML; 0 for text).
    pub node: u32,
    /// Marked up as a heading (HTML `h1`–`h6`).
    pub heading: bool,
    /// Mostly link text (HTML).
    pub linked: bool,
    pub f: Features,
}

/// Splits and measures `text`. Returns the lines and the count of input lines.
pub fn segment(text: &str, patterns: &Patterns, active: &Active) -> (Vec<Line>, usize) {
    // Sized once: a `Line` is large, and growing the vector copied them all.
    let mut lines = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut blank_before = false;
    let mut count = 0;
    // Lowercased words for the stopword lookup, reused from line to line.
    let mut buf = String::new();
    for (i, raw) in split_lines(text).enumerate() {
        count = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if trim(raw).is_empty() {
            blank_before = true;
            continue;
        }
        let mut text = normalize(raw).into_owned();
        if let Some(stripped) = patterns.strip_residue(&text) {
            text = normalize(&stripped).into_owned();
        }
        let mut f = measure(&text, patterns, active, &mut buf);
        f.item |= is_table_row(raw);
        f.dated = is_dated(&text, &f, patterns, active);
        let folded = f.matched.then(|| fold(&text));
        let mut line = Line { no: i + 1, text, folded, blank_before, chrome: None, node: 0, heading: false, linked: false, f };
        if let Some(folded) = &line.folded {
            let item = line.f.item || is_numbered(&line.text);
            line.f.hits = patterns.match_line(folded, line.f.words, item, active);
        }
        lines.push(line);
        blank_before = false;
    }
    mark_quantity_lists(&mut lines);
    (lines, count)
}

/// A block holds a list of quantities when at least this many lines in a row open with one.
const QUANTITY_LIST_MIN_LINES: usize = 3;
/// A quantity line (`200 g Zucker`, `1/2 tsp salt`) has at most this many words.
const QUANTITY_LINE_MAX_WORDS: usize = 10;

/// Marks as list items the lines of a block where line after line opens
/// with a quantity and a word (`300 g Mehl` / `1 TL Backpulver` / `1 Ei`):
/// a recipe's ingredients or a spec list that a text extractor printed
/// without bullets. As items they may join the article next to them and
/// are not taken for its headline. Runs after pattern matching, so
/// `items_only` patterns still see only bullets and table rows.
fn mark_quantity_lists(lines: &mut [Line]) {
    let mut start = 0;
    while start < lines.len() {
        let mut end = start;
        while end < lines.len() && (end == start || !lines[end].blank_before) && opens_with_quantity(&lines[end]) {
            end += 1;
        }
        if end - start >= QUANTITY_LIST_MIN_LINES {
            lines[start..end].iter_mut().for_each(|l| l.f.item = true);
        }
        start = end.max(start + 1);
    }
}

/// Whether a short line opens with a number (`200`, `1/2`, `0,5`, `250g`, `½`)
/// and goes on with a word. An ordered list's number (`1. `) is not a quantity.
fn opens_with_quantity(l: &Line) -> bool {
    if l.f.words < 2 || l.f.words > QUANTITY_LINE_MAX_WORDS || is_numbered(&l.text) {
        return false;
    }
    let mut words = l.text.split(' ');
    let first = words.next().unwrap_or("");
    // One separator at most: `17.11.2022` opens a dated list, not a quantity.
    let numeric = first.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '½' | '¼' | '¾' | '⅓' | '⅔' | '⅛'))
        && first.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '-'))
        && first.matches(['.', ',', '/', '-']).count() <= 1;
    numeric && words.any(|w| w.starts_with(char::is_alphabetic))
}

/// `text.split('\n')`, with the crate `memchr`'s vectorized search: the
/// standard library's is a word-at-a-time loop, slow on short lines.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    ends.map(move |end| {
        let line = &text[start..end];
        start = end + 1;
        line
    })
}

/// Whether a line is a short date alone (`Dec 19, 2025`, `Updated
/// 03/09/2018`). A time of day makes it a timestamp (a comment's, a log
/// row's), and a colon a field (`Registered: June 2, 2004` in a forum
/// post's user box): neither is a publication date.
fn is_dated(text: &str, f: &Features, patterns: &Patterns, active: &Active) -> bool {
    f.words <= DATED_MAX_WORDS
        && f.digit_ratio > 0.0
        && !f.terminal
        && !text.contains(':')
        && find_date(text, None, patterns, active).is_some_and(|d| !d.contains('T'))
}

/// Whether a raw line is a row of table cells: Resiliparse separates cells
/// with a tab, where prose and menus have spaces. Normalizing turns the tab
/// into a space, so the raw line is read.
fn is_table_row(raw: &str) -> bool {
    memchr::memchr(b'\t', trim(raw).as_bytes()).is_some()
}

/// `raw.trim()`, with ASCII whitespace cut byte by byte: characters are
/// decoded only when a non-ASCII one, or a vertical tab, stands at an end.
/// Every raw line is trimmed, blank ones included.
fn trim(raw: &str) -> &str {
    let t = raw.trim_ascii();
    match (t.as_bytes().first(), t.as_bytes().last()) {
        (Some(&first), Some(&last)) if !first.is_ascii() || !last.is_ascii() || first == 0x0B || last == 0x0B => t.trim(),
        _ => t,
    }
}

/// Whether a line opens like an ordered list item: `1. `, `12) `.
pub fn is_numbered(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && matches!(text.as_bytes().get(digits..digits + 2), Some([b'.' | b')', b' ']))
}

/// Whether a line opens with a list bullet. The signs that also open
/// words (`»Zitat«`, `-5 °C`, `+49 30 …`, `*Note`) are bullets only with a
/// space after them.
fn opens_with_bullet(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some('•' | '▪' | '■' | '►' | '▶' | '→' | '✓' | '◦' | '○' | '●') => true,
        Some('·' | '*' | '-' | '–' | '—' | '»' | '›' | '+') => chars.next().is_none_or(char::is_whitespace),
        _ => false,
    }
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '*')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | ':' | ';')
}

/// Whether a word looks like a URL, an e-mail address or a handle. Only
/// called for words holding one of `.@/#:` (class [`LINK`]).
fn looks_like_link(word: &str) -> bool {
    word.contains("://")
        || word.starts_with("www.")
        || (word.contains('@') && word.contains('.'))
        || (word.starts_with('@') && word.len() > 1)
        || (word.starts_with('#') && word.len() > 1)
        || [".com", ".net", ".org", ".vn", ".html", ".php"].iter().any(|t| word.ends_with(t))
}

fn measure(text: &str, patterns: &Patterns, active: &Active, buf: &mut String) -> Features {
    let mut f = Features {
        chars: count_chars(text.as_bytes()),
        item: opens_with_bullet(text),
        terminal: text.trim_end_matches(is_closer).chars().next_back().is_some_and(is_terminal),
        ..Features::default()
    };
    let has_stopwords = patterns.has_stopwords(active);
    let (mut links, mut stops, mut sampled) = (0usize, 0usize, 0usize);
    // A separator opening the line is its list bullet, not a divider
    // between menu items: `• Provisionen - dafür …` has one separator.
    let mut prev_sep = true;
    // Ratios and separators are read off the first words only; the rest of
    // the line is only counted.
    let (head_digits, head_end) = for_each_word(text, |word, weight, acc| {
        f.words += weight;
        if weight > 0 {
            prev_sep = false;
            sampled += 1;
            links += usize::from(acc & LINK != 0 && looks_like_link(word));
            stops += usize::from(has_stopwords && is_stopword(word, buf, patterns, active));
        } else if is_separator(word) {
            f.separators += usize::from(!prev_sep);
            prev_sep = true;
        } else {
            prev_sep = false;
        }
        sampled < SAMPLE_WORDS
    });
    let (tail_words, tail_digits) = count_words(&text[head_end..]);
    f.words += tail_words;
    let digits = head_digits + tail_digits;
    if f.separators < 2 {
        // Pipes glued to their words (`Start|Magazin|Tipps`) separate menu items too.
        f.separators = f.separators.max(memchr::memchr_iter(b'|', text.as_bytes()).count());
    }
    f.digit_ratio = if f.chars == 0 { 0.0 } else { digits as f32 / f.chars as f32 };
    f.matched = f.words <= MATCH_MAX_WORDS;
    let sample = sampled.max(1) as f32;
    f.link_ratio = links as f32 / sample;
    f.stop_ratio = if has_stopwords { stops as f32 / sample } else { 0.0 };
    f
}

fn is_separator(word: &str) -> bool {
    matches!(word, "|" | "·" | "»" | ">" | "/" | "•" | "::" | "-")
}

// Byte classes for counting words without decoding characters.
const SPACE: u8 = 1;
const ALNUM: u8 = 2;
const HIGH: u8 = 4;
/// Lead byte of CJK (U+3000..=U+9FFF): the word needs [`word_weight`].
const CJK: u8 = 8;
/// Lead byte shared by unspaced and spaced scripts (Thai and Devanagari,
/// Khmer and Vietnamese): the word's bytes are checked with [`maybe_unspaced`].
const MIXED: u8 = 16;
const DIGIT: u8 = 32;
/// A byte of `.@/#:`, without which a word is no link.
const LINK: u8 = 64;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c == b' ' {
            SPACE
        } else if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'.' | b'@' | b'/' | b'#' | b':') {
            LINK
        } else if c >= 0xE3 && c <= 0xE9 {
            HIGH | CJK
        } else if c == 0xE0 || c == 0xE1 || c == 0xEF {
            HIGH | MIXED
        } else if c >= 0x80 {
            HIGH
        } else {
            0
        };
        i += 1;
    }
    t
};

/// [`word_weight`] of a word whose bytes' classes, or-ed, are `acc`: only
/// words with non-ASCII letters that may be unspaced, or with no ASCII letter
/// or digit, are decoded.
#[inline(always)]
fn weigh(word: &str, acc: u8) -> usize {
    if acc & HIGH == 0 {
        return usize::from(acc & ALNUM != 0);
    }
    weigh_non_ascii(word, acc)
}

/// [`weigh`] for a word holding a non-ASCII byte. Kept out of line, so the
/// ASCII case stays small enough to inline into the word scan.
#[inline(never)]
fn weigh_non_ascii(word: &str, acc: u8) -> usize {
    let b = word.as_bytes();
    let exact = acc & CJK != 0 || acc & ALNUM == 0 || (acc & MIXED != 0 && b.windows(2).any(|w| maybe_unspaced(w[0], w[1])));
    if exact { word_weight(word) } else { usize::from(acc & ALNUM != 0) }
}

/// Characters, eight bytes at a time: every byte that is not a UTF-8
/// continuation byte (`0b10xxxxxx`) starts one.
fn count_chars(b: &[u8]) -> usize {
    let mut chunks = b.chunks_exact(8);
    let mut continuation = 0;
    for chunk in &mut chunks {
        let w = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        continuation += (w & !(w << 1) & swar::HIGH).count_ones() as usize;
    }
    continuation += chunks.remainder().iter().filter(|&&c| c & 0xC0 == 0x80).count();
    b.len() - continuation
}

/// Calls `visit(word, weight, classes)` for each space-separated word, with
/// its [`word_weight`] and its bytes' classes or-ed, until `visit` returns
/// false: one byte scan. Returns the count of ASCII digits read and where
/// the scan stopped (at a space, or the end).
fn for_each_word(text: &str, mut visit: impl FnMut(&str, usize, u8) -> bool) -> (usize, usize) {
    let b = text.as_bytes();
    let (mut digits, mut start, mut acc) = (0usize, 0usize, 0u8);
    for (i, &c) in b.iter().enumerate() {
        let k = CLASS[usize::from(c)];
        digits += usize::from(k & DIGIT != 0);
        if k & SPACE != 0 {
            if i > start && !visit(&text[start..i], weigh(&text[start..i], acc), acc) {
                return (digits, i);
            }
            start = i + 1;
            acc = 0;
        } else {
            acc |= k;
        }
    }
    if b.len() > start {
        visit(&text[start..], weigh(&text[start..], acc), acc);
    }
    (digits, b.len())
}

/// The words (by [`word_weight`]) and ASCII digits of `text`, which starts
/// at a word boundary: what [`for_each_word`] counts, without the words.
/// Runs of ASCII are read eight bytes at a time (see [`count_ascii8`]); a
/// word holding a non-ASCII byte is weighed whole, as the byte scan does.
fn count_words(text: &str) -> (usize, usize) {
    let b = text.as_bytes();
    let (mut words, mut digits) = (0usize, 0usize);
    // Whether the last space or ASCII letter or digit read was a space (or
    // none was): the next letter or digit then opens a counted word.
    let mut boundary = true;
    let mut i = 0;
    while i < b.len() {
        // Past the end, spaces: they count nothing.
        let w = swar::load(b, i, b' ');
        let high = w & swar::HIGH;
        if high == 0 {
            let (n, d) = count_ascii8(w, &mut boundary);
            words += n;
            digits += d;
            i += 8;
            continue;
        }
        // The word holding the chunk's first non-ASCII byte, and the ASCII
        // words before it, read eight at a time (spaces from its start).
        let first_high = i + high.trailing_zeros() as usize / 8;
        let word_start = memchr::memrchr(b' ', &b[..first_high]).map_or(0, |s| s + 1);
        if word_start > i {
            let (n, d) = count_ascii8(swar::load(&b[..word_start], i, b' '), &mut boundary);
            words += n;
            digits += d;
        } else {
            // Begun in an earlier chunk, and counted there if it held a
            // letter or digit: it is weighed again below.
            words -= usize::from(!boundary);
        }
        let word_end = memchr::memchr(b' ', &b[first_high..]).map_or(b.len(), |s| first_high + s);
        let word = &text[word_start..word_end];
        let acc = word.bytes().fold(0, |acc, c| acc | CLASS[usize::from(c)]);
        words += weigh(word, acc);
        digits += b[word_start.max(i)..word_end].iter().filter(|c| c.is_ascii_digit()).count();
        boundary = true;
        i = word_end;
    }
    (words, digits)
}

/// The words opened and the ASCII digits in eight ASCII bytes, given and
/// updating whether a word boundary comes before them. A word is counted at
/// its first letter or digit that follows a boundary with nothing but
/// punctuation between: a boundary's mark (0x01 in the byte after each
/// space) is carried through the punctuation by an addition, and lands on
/// the first byte that is not punctuation.
fn count_ascii8(w: u64, boundary: &mut bool) -> (usize, usize) {
    let space = swar::eq(w, b' ');
    let digit = swar::in_range(w, b'0', b'9');
    let alnum = digit | swar::letters(w);
    let punct = !swar::widen(space | alnum);
    let after_space = (space >> 7) << 8 | u64::from(*boundary);
    let landed = (punct.wrapping_add(after_space & punct) | after_space) & !punct;
    let marks = space | alnum;
    if marks != 0 {
        *boundary = space >> (63 - marks.leading_zeros()) & 1 != 0;
    }
    ((landed & alnum >> 7).count_ones() as usize, digit.count_ones() as usize)
}

/// Whether a UTF-8 sequence starting `lead, next` may encode a character of
/// an unspaced script (never false for one; see [`is_unspaced_script`]).
fn maybe_unspaced(lead: u8, next: u8) -> bool {
    match lead {
        0xE3..=0xE9 => true,
        0xE0 => (0xB8..=0xBB).contains(&next),
        0xE1 => matches!(next, 0x80..=0x82 | 0x9E | 0x9F),
        0xEF => (0xA4..=0xAB).contains(&next),
        _ => false,
    }
}

/// Whether `word`, trimmed of punctuation and lowercased, is an active
/// stopword. A word with no uppercase ASCII and no non-ASCII byte is looked
/// up as it is; `buf` holds the lowercase form of the others. Words too long
/// to be a stopword are not looked up (lowercasing shrinks a word at most
/// threefold).
fn is_stopword(word: &str, buf: &mut String, patterns: &Patterns, active: &Active) -> bool {
    let b = word.as_bytes();
    let trimmed = if b.first().is_some_and(u8::is_ascii_alphanumeric) && b.last().is_some_and(u8::is_ascii_alphanumeric) {
        word
    } else {
        word.trim_matches(|c: char| !is_alnum(c))
    };
    let longest = patterns.longest_stopword();
    if trimmed.is_empty() || trimmed.len() > 3 * longest {
        return false;
    }
    if trimmed.is_ascii() {
        return trimmed.len() <= longest && patterns.is_stopword_ascii(trimmed, active);
    }
    buf.clear();
    lowercase_into(trimmed, buf);
    buf.len() <= longest && patterns.is_stopword(buf, active)
}

/// Lowercases into a reused buffer (no allocation for the common case).
/// Runs of ASCII are copied and lowercased whole.
pub fn lowercase_into(word: &str, buf: &mut String) {
    if word.is_ascii() {
        push_lowercase(buf, word);
        return;
    }
    let b = word.as_bytes();
    buf.reserve(b.len());
    let mut i = 0;
    while i < b.len() {
        let run_end = b[i..].iter().position(|&c| c >= 0x80).map_or(b.len(), |n| i + n);
        if run_end > i {
            push_lowercase(buf, &word[i..run_end]);
            i = run_end;
            continue;
        }
        let c = word[i..].chars().next().expect("a char boundary");
        i += c.len_utf8();
        match lower_table().get(c).copied().flatten() {
            Some(lower) => buf.push(lower),
            None => buf.extend(c.to_lowercase()),
        }
    }
}

/// The lowercase of every character from U+0080 to U+052F (Latin, Greek,
/// Cyrillic) and of Latin Extended Additional (Vietnamese), worked out once;
/// `None` where lowercasing gives more than one character.
fn lower_table() -> &'static CharTable<Option<char>, 2> {
    static TABLE: std::sync::OnceLock<CharTable<Option<char>, 2>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        let single = |c: char| {
            let mut lower = c.to_lowercase();
            lower.next().filter(|_| lower.next().is_none())
        };
        CharTable::build([(0x0080, 0x0530), (0x1E00, 0x1F00)], |cp| char::from_u32(cp).and_then(single))
    })
}

/// Words in scripts written without spaces count by characters (two a word).
/// The line scan calls it only for words with non-ASCII bytes (see
/// [`weigh`]); language detection, for lines with few spaces.
pub(crate) fn word_weight(word: &str) -> usize {
    if !word.chars().any(is_alnum) {
        return 0;
    }
    let unspaced = word.chars().filter(|&c| is_unspaced_script(c)).count();
    if unspaced > 2 { unspaced.div_ceil(2) } else { 1 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::PatternsBuilder;

    fn no_patterns() -> Patterns {
        PatternsBuilder::new().build().unwrap()
    }

    #[test]
    fn trim_trims_as_the_standard_library_does() {
        for raw in ["", " ", "\t a b \r", "\u{a0}x\u{a0}", "\x0Bx\x0B", "\u{3000}", "x\u{2003}", " \u{a0} ", "\u{feff}x", "é "] {
            assert_eq!(trim(raw), raw.trim(), "{raw:?}");
        }
    }

    #[test]
    fn split_lines_splits_as_the_standard_library_does() {
        for text in ["", "a", "a\n", "\n", "\n\n", "a\r\nb", "one\ntwo\n\nthree words"] {
            let ours: Vec<&str> = split_lines(text).collect();
            let std: Vec<&str> = text.split('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    /// Pieces that make every case of the eight-byte count: words split
    /// across chunks, punctuation-only words, doubled spaces, non-ASCII
    /// bytes of spaced and unspaced scripts, numbers.
    const PIECES: [&str; 24] = [
        " ",
        " ",
        "  ",
        "a",
        "Word",
        "x9",
        "2025",
        "-",
        "(",
        "--",
        ".",
        "“",
        "’s",
        "é",
        "—",
        "ở",
        "日本語",
        "ภาษา",
        "ạ",
        "x.com",
        "|",
        "»",
        "abcdefghijkl",
        "1,5",
    ];

    proptest::proptest! {
        #[test]
        fn count_words_agrees_with_the_byte_scan(pieces in proptest::collection::vec(proptest::sample::select(&PIECES[..]), 0..40)) {
            let text = pieces.concat();
            let mut words = 0;
            let (digits, end) = for_each_word(&text, |_, weight, _| {
                words += weight;
                true
            });
            proptest::prop_assert_eq!(end, text.len());
            // From the start, and from every space (where a head scan stops).
            proptest::prop_assert_eq!(count_words(&text), (words, digits), "{:?}", text);
            for (at, _) in text.match_indices(' ') {
                let (mut head_words, mut stopped) = (0, 0);
                let (head_digits, _) = for_each_word(&text, |_, weight, _| {
                    head_words += weight;
                    stopped += 1;
                    stopped < text[..at].split(' ').filter(|w| !w.is_empty()).count()
                });
                let (tail_words, tail_digits) = count_words(&text[at..]);
                let whole = (head_words + tail_words, head_digits + tail_digits);
                if text[..at].split(' ').any(|w| !w.is_empty()) {
                    proptest::prop_assert_eq!(whole, (words, digits), "{:?} at {}", text, at);
                }
            }
        }
    }

    #[test]
    fn count_words_table() {
        let cases = [
            ("", (0, 0)),
            ("one two  three", (3, 0)),
            ("- -- ( ) .", (0, 0)),
            ("(a) -b- c.", (3, 0)),
            ("abcdefgh ijklmnop qrstuvwx", (3, 0)),
            ("abcdefg- -hijklmn", (2, 0)),
            ("2025 1,5 x9", (3, 7)),
            ("don’t — café", (2, 0)),
            ("日本語の文章です", (4, 0)),
            (" a b c d e f g h i j k l m n o p q r s t u v w x y z", (26, 0)),
        ];
        for (text, want) in cases {
            assert_eq!(count_words(text), want, "{text:?}");
        }
    }

    #[test]
    fn lines_keep_numbers_and_blank_breaks() {
        let p = no_patterns();
        let active = p.activate(None, None);
        let (lines, n) = segment("One.\r\n\n  \nTwo words\nthree", &p, &active);
        assert_eq!(n, 5);
        let got: Vec<(usize, &str, bool)> = lines.iter().map(|l| (l.no, l.text.as_str(), l.blank_before)).collect();
        assert_eq!(got, vec![(1, "One.", false), (4, "Two words", true), (5, "three", false)]);
    }

    #[test]
    fn lowercase_table_agrees_with_char_lowercase() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut buf = String::new();
            lowercase_into(&c.to_string(), &mut buf);
            assert_eq!(buf, c.to_lowercase().collect::<String>(), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn tab_separated_cells_make_a_table_row_item() {
        let p = no_patterns();
        let active = p.activate(None, None);
        let (lines, _) = segment("Dekantierempfehlung:\t\tnicht notwendig\n\tIndented prose line\nPlain prose line", &p, &active);
        let items: Vec<bool> = lines.iter().map(|l| l.f.item).collect();
        assert_eq!(items, vec![true, false, false]);
        assert_eq!(lines[0].text, "Dekantierempfehlung: nicht notwendig");
    }

    #[test]
    fn quantity_lists_table() {
        let p = no_patterns();
        let active = p.activate(None, None);
        let cases: [(&str, &[bool]); 6] = [
            ("300 g Mehl\n1 TL Backpulver\n1 Ei", &[true, true, true]),
            ("2 cups flour\n1/2 tsp salt\n½ lemon\nMethod", &[true, true, true, false]),
            ("250g butter\n0,5 l Milch\n3 Eier (Größe M)", &[true, true, true]),
            // Two lines are no list; a blank line ends the block.
            ("300 g Mehl\n1 TL Backpulver", &[false, false]),
            ("300 g Mehl\n1 TL Backpulver\n\n1 Ei", &[false, false, false]),
            // An ordered list's numbers, dates and figures alone are no quantities.
            ("1. Mix\n2. Knead\n3. Bake", &[false, false, false]),
        ];
        for (text, want) in cases {
            let (lines, _) = segment(text, &p, &active);
            let got: Vec<bool> = lines.iter().map(|l| l.f.item).collect();
            assert_eq!(got, want, "{text:?}");
        }
        let (lines, _) = segment("17.11.2022 - Aymz\n18.11.2022 - Dives\n19.11.2022 - Becks\n4512\n53,82 g", &p, &active);
        assert!(lines.iter().all(|l| !l.f.item));
    }

    #[test]
    fn dated_lines_table() {
        let p = no_patterns();
        let active = p.activate(None, None);
        let cases = [
            ("19.12.2025", true),
            ("Updated 19/12/2025", true),
            ("2025-12-19", true),
            // A timestamp, a field, a sentence, a longer line, no date.
            ("19.12.2025 18:30", false),
            ("Registered: 19.12.2025", false),
            ("Opened on 19.12.2025.", false),
            ("Posted on 19.12.2025 by Jane Doe", false),
            ("Page 19 of 25", false),
        ];
        for (text, want) in cases {
            let (lines, _) = segment(text, &p, &active);
            assert_eq!(lines[0].f.dated, want, "{text:?}");
        }
    }

    #[test]
    fn features_table() {
        let p = no_patterns();
        let active = p.activate(None, None);
        let f = |s: &str| measure(s, &p, &active, &mut String::new());
        assert!(f("A sentence ends here.").terminal);
        assert!(f("He said “yes.”").terminal);
        assert!(!f("Related articles").terminal);
        // (line, whether it opens with a list bullet)
        let items = [
            ("• Home", true),
            ("•Home", true),
            ("- Home", true),
            ("» Archiv", true),
            ("-", true),
            ("»Zitat«", false),
            ("-5 °C", false),
            ("+49 30 1234567", false),
            ("*Note: prices vary", false),
            ("—Jane Doe", false),
        ];
        for (line, item) in items {
            assert_eq!(f(line).item, item, "{line}");
        }
        assert_eq!(f("Home | About | Contact").separators, 2);
        assert_eq!(f("Home | About | Contact").words, 3);
        assert_eq!(f("Start|Magazin|Coole Tipps").separators, 2);
        assert_eq!(f("• Wir wollen Provisionen - dafür ist das Fixum moderater").separators, 1);
        assert_eq!(f("• Home • About • Contact").separators, 2);
        assert!(f("see https://x.com now").link_ratio > 0.3);
        assert_eq!(f("日本語の文章です").words, 4);
        assert!(f("Call 0299 3 822499").digit_ratio > 0.5);
    }
}
