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

use super::normalize::{fold, normalize};
use crate::patterns::{Active, LineHits, Patterns};

/// Lines with more words than this are never folded or matched.
pub const MATCH_MAX_WORDS: usize = 40;
/// Stopword and link ratios are read off this many first words.
const SAMPLE_WORDS: usize = 32;

#[derive(Clone, Debug, Default)]
pub struct Features {
    pub chars: usize,
    pub words: usize,
    /// Share of the sampled words that are stopwords of the page's language.
    pub stop_ratio: f32,
    /// Ends like a sentence: `.`, `!`, `?`, `…`, `。` (quotes and brackets aside).
    pub terminal: bool,
    /// Starts with a list bullet.
    pub bullet: bool,
    /// Share of words that look like URLs, e-mail addresses or handles.
    pub link_ratio: f32,
    /// Share of characters that are digits.
    pub digit_ratio: f32,
    /// Count of menu separators (` | `, ` · `, ` » `, ` > `).
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
    pub f: Features,
}

/// Splits and measures `text`. Returns the lines and the count of input lines.
pub fn segment(text: &str, patterns: &Patterns, active: &Active) -> (Vec<Line>, usize) {
    let mut lines = Vec::new();
    let mut blank_before = false;
    let mut count = 0;
    for (i, raw) in text.split('\n').enumerate() {
        count = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() {
            blank_before = true;
            continue;
        }
        let mut text = normalize(raw).into_owned();
        if let Some(stripped) = patterns.strip_residue(&text) {
            text = normalize(&stripped).into_owned();
        }
        let f = measure(&text, patterns, active);
        let folded = f.matched.then(|| fold(&text));
        let mut line = Line { no: i + 1, text, folded, blank_before, chrome: None, f };
        if let Some(folded) = &line.folded {
            line.f.hits = patterns.match_line(folded, line.f.words, active);
        }
        lines.push(line);
        blank_before = false;
    }
    (lines, count)
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '·' | '*' | '-' | '–' | '—' | '▪' | '■' | '►' | '▶' | '»' | '›' | '→' | '✓' | '◦' | '+' | '○' | '●')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '」' | '』' | '*')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '؟' | '।' | ':' | ';')
}

fn looks_like_link(word: &str) -> bool {
    let b = word.as_bytes();
    if !b.iter().any(|c| matches!(c, b'.' | b'@' | b'/' | b'#' | b':')) {
        return false;
    }
    word.contains("://")
        || word.starts_with("www.")
        || (word.contains('@') && word.contains('.'))
        || (word.starts_with('@') && word.len() > 1)
        || (word.starts_with('#') && word.len() > 1)
        || [".com", ".net", ".org", ".vn", ".html", ".php"].iter().any(|t| word.ends_with(t))
}

fn measure(text: &str, patterns: &Patterns, active: &Active) -> Features {
    let mut f = Features::default();
    // Bytes, not chars: a char starts at every byte that is not a UTF-8
    // continuation byte, and digits are ASCII.
    let mut digits = 0usize;
    for &b in text.as_bytes() {
        f.chars += usize::from(b & 0xC0 != 0x80);
        digits += usize::from(b.is_ascii_digit());
    }
    f.bullet = text.chars().next().is_some_and(is_bullet);
    f.terminal = text.trim_end_matches(is_closer).chars().next_back().is_some_and(is_terminal);
    f.digit_ratio = if f.chars == 0 { 0.0 } else { digits as f32 / f.chars as f32 };

    // Ratios are read off the first words; the rest of a long line is only
    // counted.
    let has_stopwords = patterns.has_stopwords(active);
    let (mut links, mut stops, mut sampled) = (0usize, 0usize, 0usize);
    let mut buf = String::new();
    let mut prev_sep = false;
    for word in text.split(' ') {
        if sampled >= SAMPLE_WORDS {
            f.words += word_weight(word);
            continue;
        }
        if matches!(word, "|" | "·" | "»" | ">" | "/" | "•" | "::" | "-") {
            if !prev_sep {
                f.separators += 1;
            }
            prev_sep = true;
            continue;
        }
        prev_sep = false;
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        f.words += word_weight(word);
        sampled += 1;
        links += usize::from(looks_like_link(word));
        if has_stopwords {
            buf.clear();
            lowercase_into(word.trim_matches(|c: char| !c.is_alphanumeric()), &mut buf);
            stops += usize::from(patterns.is_stopword(&buf, active));
        }
    }
    let sample = sampled.max(1) as f32;
    f.link_ratio = links as f32 / sample;
    f.stop_ratio = if has_stopwords { stops as f32 / sample } else { 0.0 };
    f.matched = f.words <= MATCH_MAX_WORDS;
    f
}

/// Lowercases into a reused buffer (no allocation for the common case).
pub fn lowercase_into(word: &str, buf: &mut String) {
    if word.is_ascii() {
        buf.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// Words in scripts written without spaces count by characters (two a word).
fn word_weight(word: &str) -> usize {
    if word.is_ascii() {
        return usize::from(word.bytes().any(|b| b.is_ascii_alphanumeric()));
    }
    if !word.chars().any(char::is_alphanumeric) {
        return 0;
    }
    let unspaced = word.chars().filter(|&c| is_unspaced_script(c)).count();
    if unspaced > 2 { unspaced.div_ceil(2) } else { 1 }
}

fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x0E00..=0x0E7F | 0x0E80..=0x0EFF | 0x1000..=0x109F | 0x1780..=0x17FF)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::PatternsBuilder;

    fn no_patterns() -> Patterns {
        PatternsBuilder::new().build().unwrap()
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
    fn features_table() {
        let p = no_patterns();
        let active = p.activate(None, None);
        let f = |s: &str| measure(s, &p, &active);
        assert!(f("A sentence ends here.").terminal);
        assert!(f("He said “yes.”").terminal);
        assert!(!f("Related articles").terminal);
        assert!(f("• Home").bullet);
        assert_eq!(f("Home | About | Contact").separators, 2);
        assert_eq!(f("Home | About | Contact").words, 3);
        assert!(f("see https://x.com now").link_ratio > 0.3);
        assert_eq!(f("日本語の文章です").words, 4);
        assert!(f("Call 0299 3 822499").digit_ratio > 0.5);
    }
}
