//! Shapes of people's names, shared by the classifier (an author's bio ends
//! the article) and the metadata reader (bylines and author boxes).
//!
//! In: a line's normalized text (single spaces). Out: yes/no, or the name's
//! slice of the line. No allocation on the common path: a bio is looked into
//! only when a line opens with two capitalized words.

use super::normalize::fold;
use crate::patterns::{Active, Patterns};

/// A bio line has at least this many words.
pub const BIO_MIN_WORDS: usize = 8;
/// The job title stands within this many words after the name.
const BIO_ROLE_WORDS: usize = 8;

/// Whether `c` can open a name or an outlet: a capital, or a letter of a
/// script without case (Chinese, Arabic, Hebrew, Thai).
pub fn is_capital(c: char) -> bool {
    c.is_alphabetic() && !c.is_lowercase()
}

/// A name has at most this many words. The segmenter counts at most one
/// word per space-separated token in scripts with capitals (only unspaced
/// scripts weigh more), so a line it counts longer is no name: a cheap test
/// before [`is_name`].
pub const NAME_MAX_WORDS: usize = 5;

/// A page boxes at most this many authors.
const BOXED_AUTHORS_MAX: usize = 2;

/// Whether the names heading a page's author boxes are more than a page
/// has authors: a list of people (actors, speakers), not author boxes.
pub fn lists_people<'a>(box_names: impl IntoIterator<Item = &'a str>) -> bool {
    let mut distinct: Vec<&str> = box_names.into_iter().collect();
    distinct.sort_unstable();
    distinct.dedup();
    distinct.len() > BOXED_AUTHORS_MAX
}

/// Two to five capitalized words, no digits: a person's name.
pub fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=NAME_MAX_WORDS).contains(&words.len())
        && s.chars().count() <= 48
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '\''))
}

/// The name an author's bio opens with: a line of at least `BIO_MIN_WORDS`
/// words that starts with a name (and perhaps a handle) and, within its next
/// [`BIO_ROLE_WORDS`] words, gives a job title from `[author_roles]`
/// (`Eduard Kovacs (@EduardKovacs) is the managing editor at SecurityWeek`).
pub fn bio_name<'a>(text: &'a str, words: usize, patterns: &Patterns, active: &Active) -> Option<&'a str> {
    let (name, rest) = opening_name(text, words)?;
    let role = |w: &str| patterns.is_author_role(&fold(w.trim_matches(|c: char| !c.is_alphanumeric())), active);
    rest.split_whitespace().take(BIO_ROLE_WORDS).any(role).then_some(name)
}

/// The name a line of at least `BIO_MIN_WORDS` words opens with, when a
/// lowercase word follows it (perhaps after a handle): `Chen Zhao is the
/// head of …` gives `Chen Zhao`. Returns the name and the rest of the line.
pub fn opening_name(text: &str, words: usize) -> Option<(&str, &str)> {
    // A closing period keeps an initial or a suffix in the name (`Perry Bacon Jr. is …`).
    let capitalized = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && w.strip_suffix('.').unwrap_or(w).chars().all(char::is_alphabetic);
    // Most lines fail on their first two words: checked before any split.
    if words < BIO_MIN_WORDS || !text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let text = without_title(text);
    // A byte loop: first words are short, and `find` sets up a vector search.
    let first = text.bytes().position(|b| b == b' ')?;
    if !capitalized(&text[..first]) || !text[first + 1..].starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let name_words = text.split(' ').take(4).take_while(|w| capitalized(w)).count();
    let name_end = text.split(' ').take(name_words).map(|w| w.len() + 1).sum::<usize>() - 1;
    let name = &text[..name_end];
    let mut rest = text[name_end..].trim_start();
    if rest.starts_with("(@") {
        rest = rest.split_once(' ').map_or("", |(_, r)| r);
    }
    (is_name(name) && rest.starts_with(char::is_lowercase)).then_some((name, rest))
}

/// `s` up to its first `byte` (all of it when there is none): a plain loop,
/// as the lines cut are short and a vectorized search costs more to set up
/// than it saves (`Jane` from `Jane Doe`, `Jane Doe` from `Jane Doe, PhD`).
pub fn before_byte(s: &str, byte: u8) -> &str {
    &s[..s.bytes().position(|b| b == byte).unwrap_or(s.len())]
}

/// A title is a capital, then lowercase letters and a period, this long at most in bytes (`Prof.`).
const TITLE_MAX_BYTES: usize = 5;

/// `text` without the abbreviated title it opens with (`Dr. Jane Doe` gives
/// `Jane Doe`). Initials (`J. R. Stone`) are part of the name and stay.
pub fn without_title(text: &str) -> &str {
    // Bytes, not a split: every author-box candidate line passes through here.
    let b = text.as_bytes();
    let Some(dot) = b.iter().take(TITLE_MAX_BYTES).position(|&c| c == b'.') else { return text };
    let title = dot >= 2 && b[0].is_ascii_uppercase() && b[1..dot].iter().all(u8::is_ascii_lowercase) && b.get(dot + 1) == Some(&b' ');
    if title { &text[dot + 2..] } else { text }
}

/// `text` without the punctuation and spaces that `closer` says close it,
/// but with the period of a closing initial (`Joe S.`, `J.R.`), which is
/// part of the name.
pub fn trim_name_end(text: &str, closer: impl Fn(char) -> bool) -> &str {
    let end = text.trim_end_matches(closer).len();
    let last = text[..end].rsplit([' ', '.']).next().unwrap_or("");
    let mut chars = last.chars();
    let initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if initial && text[end..].starts_with('.') { &text[..end + 1] } else { &text[..end] }
}

/// `j.`, `J.R.`: one letter before each period.
pub fn is_initials(word: &str) -> bool {
    word.split_terminator('.').all(|part| part.chars().count() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::PatternsBuilder;

    #[test]
    fn bio_name_table() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("config/patterns");
        let p = PatternsBuilder::new().dir(dir).unwrap().build().unwrap();
        let active = p.activate(Some("en"), None);
        let cases: &[(&str, Option<&str>)] = &[
            ("Eduard Kovacs (@EduardKovacs) is the managing editor at SecurityWeek and covers industry news.", Some("Eduard Kovacs")),
            ("Sarah Schwartz is a reporter for Education Week who covers curriculum and instruction.", Some("Sarah Schwartz")),
            // No job title near the name: a sentence about a person, not a bio.
            ("Sarah Schwartz said the district would review its reading programme next year.", None),
            // The title comes too late.
            ("Sarah Schwartz grew up on a farm near the lake and only much later became a reporter.", None),
            // One capitalized word is not a name.
            ("Sarah is a reporter for Education Week who covers curriculum and instruction.", None),
            // Too short to be a bio.
            ("Jane Doe is a writer.", None),
        ];
        for (text, want) in cases {
            let words = text.split_whitespace().count();
            assert_eq!(bio_name(text, words, &p, &active), *want, "{text}");
        }
    }

    #[test]
    fn lists_people_counts_distinct_names() {
        // One author boxed twice (top and bottom of the page), two co-authors: author boxes.
        assert!(!lists_people(["Jane Doe", "Jane Doe"]));
        assert!(!lists_people(["Jane Doe", "John Roe", "Jane Doe"]));
        // A third name makes a list of people.
        assert!(lists_people(["Jane Doe", "John Roe", "Anna Berg"]));
    }

    #[test]
    fn without_title_table() {
        let cases = [
            ("Dr. Jane Doe", "Jane Doe"),
            ("Prof. Jane Doe", "Jane Doe"),
            ("Mrs. Jane Doe", "Jane Doe"),
            // Initials belong to the name.
            ("J. R. Stone", "J. R. Stone"),
            // Not abbreviated, or not a title's shape.
            ("Doctor Jane Doe", "Doctor Jane Doe"),
            ("DR. Jane Doe", "DR. Jane Doe"),
            ("Jane Doe", "Jane Doe"),
            ("Dr.", "Dr."),
        ];
        for (text, want) in cases {
            assert_eq!(without_title(text), want, "{text}");
        }
    }

    #[test]
    fn trim_name_end_table() {
        let punct = |c: char| !c.is_alphanumeric();
        let cases = [
            ("Jane Doe.", "Jane Doe"),
            ("Jane Doe, ", "Jane Doe"),
            // An initial's period is part of the name.
            ("Joe S.", "Joe S."),
            ("J.R.", "J.R."),
            ("R. R. ", "R. R."),
            ("Joe S.,", "Joe S."),
            // A lowercase letter is no initial.
            ("Joe s.", "Joe s"),
        ];
        for (text, want) in cases {
            assert_eq!(trim_name_end(text, punct), want, "{text}");
        }
    }

    #[test]
    fn opening_name_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Chen Zhao is the head of economics research at the company.", Some("Chen Zhao")),
            ("Eduard Kovacs (@EduardKovacs) covers industry news for the site.", Some("Eduard Kovacs")),
            // Only the shape is read: a place opening a sentence passes too,
            // and the callers ask for more (a job title, a box heading).
            ("New York City Council votes on the harbour plan this week.", Some("New York City Council")),
            // Five capitalized words are more than a name opens with.
            ("New York City Council Members voted on the harbour plan.", None),
            ("The council voted on Monday to extend the harbour wall.", None),
            ("Chen Zhao wrote it.", None),
            // A title is not part of the name; a suffix or an initial is.
            ("Dr. Chen Zhao is the head of economics research at the company.", Some("Chen Zhao")),
            ("Perry Bacon Jr. is a senior writer for the site.", Some("Perry Bacon Jr.")),
            ("Jane R. Doe covers the council for the paper.", Some("Jane R. Doe")),
        ];
        for (text, want) in cases {
            let words = text.split_whitespace().count();
            assert_eq!(opening_name(text, words).map(|(name, _)| name), *want, "{text}");
        }
    }
}
