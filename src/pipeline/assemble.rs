//! Stage 5, assemble: kept lines to article text.
//!
//! In: the lines and their verdicts. [`mark_repeats`] runs first (before the
//! metadata reader, so a repeated lead does not hide the title above it) and
//! drops repeats: a paragraph printed twice stays once, at its first place,
//! and a lead printed twice with a prefix (`(Site.vn) - Lead`, then `Lead`)
//! keeps its clean copy. Short lines may repeat: an article can have two
//! "Pros" headings. But a line of three words or more kept right after a
//! copy of itself is dropped: an image's alt text printed again as its
//! caption, a gallery's label once per photo. Out: [`assemble`] joins what
//! is kept, in input order, separated by a blank line.

use super::classify::{Reason, Verdict};
use super::segment::Line;
use crate::fxhash::FxHashSet;

/// Only lines of at least this many words count as repeats.
const REPEAT_MIN_WORDS: usize = 10;
/// A line this long may not follow a copy of itself.
const STUTTER_MIN_WORDS: usize = 3;
/// How long a prefix before a repeated lead may be (`(Baothanhhoa.vn) - `).
const PREFIX_MAX_BYTES: usize = 80;

pub struct Assembled {
    pub text: String,
    pub lines_out: usize,
}

pub fn mark_repeats(lines: &[Line], verdicts: &mut [Verdict]) {
    let long: Vec<usize> = (0..lines.len()).filter(|&i| verdicts[i] == Verdict::Keep && lines[i].f.words >= REPEAT_MIN_WORDS).collect();
    let mut seen: FxHashSet<&str> = FxHashSet::with_capacity_and_hasher(long.len(), Default::default());
    for &i in &long {
        if !seen.insert(lines[i].text.as_str()) {
            verdicts[i] = Verdict::Drop(Reason::Duplicate);
        }
    }
    // A prefixed copy: some word boundary near the start leaves a kept line.
    // Lengths are compared before any suffix is hashed, in a bit set over
    // the byte lengths up to the longest kept line's.
    let mut lengths = vec![0u64; seen.iter().map(|t| t.len()).max().unwrap_or(0) / 64 + 1];
    for t in &seen {
        lengths[t.len() / 64] |= 1 << (t.len() % 64);
    }
    let has_length = |n: usize| lengths.get(n / 64).is_some_and(|w| w >> (n % 64) & 1 != 0);
    for &i in &long {
        let text = lines[i].text.as_str();
        // A space is one byte, so its offset is a char boundary.
        let head = &text.as_bytes()[..text.len().min(PREFIX_MAX_BYTES)];
        let prefixed = (0..head.len()).filter(|&at| head[at] == b' ' && has_length(text.len() - at - 1)).any(|at| seen.contains(&text[at + 1..]));
        if prefixed {
            verdicts[i] = Verdict::Drop(Reason::Duplicate);
        }
    }
    drop_stutters(lines, verdicts);
}

/// Drops a kept line equal to the kept line before it. Lines of fewer than
/// [`STUTTER_MIN_WORDS`] words or without a letter may repeat: table cells
/// (`Yes`, `Yes`; `60%`, `60%`) and code (`}`) do.
// Out of line: inlined, it made `mark_repeats` dearer by 2.5M
// instructions on the wcxb pages (callgrind), for a loop of 1.8M.
#[inline(never)]
fn drop_stutters(lines: &[Line], verdicts: &mut [Verdict]) {
    let mut prev: Option<&str> = None;
    for (line, verdict) in lines.iter().zip(verdicts.iter_mut()) {
        if *verdict != Verdict::Keep {
            continue;
        }
        let text = line.text.as_str();
        if prev == Some(text) && line.f.words >= STUTTER_MIN_WORDS && text.chars().any(char::is_alphabetic) {
            *verdict = Verdict::Drop(Reason::Duplicate);
        } else {
            prev = Some(text);
        }
    }
}

pub fn assemble(lines: &[Line], verdicts: &[Verdict]) -> Assembled {
    let mut text = String::new();
    let mut lines_out = 0;
    for (l, _) in lines.iter().zip(verdicts).filter(|(_, v)| **v == Verdict::Keep) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&l.text);
        lines_out += 1;
    }
    Assembled { text, lines_out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns::PatternsBuilder;
    use crate::pipeline::segment::segment;

    /// The texts `mark_repeats` keeps of a page whose lines all start kept.
    fn kept(page: &str) -> Vec<String> {
        let p = PatternsBuilder::new().build().unwrap();
        let (lines, _) = segment(page, &p, &p.activate(None, None));
        let mut verdicts = vec![Verdict::Keep; lines.len()];
        mark_repeats(&lines, &mut verdicts);
        lines.iter().zip(&verdicts).filter(|(_, v)| **v == Verdict::Keep).map(|(l, _)| l.text.clone()).collect()
    }

    #[test]
    fn repeats_table() {
        const LEAD: &str = "The council voted on Tuesday to extend the harbour wall by forty metres.";
        let cases: &[(&str, &str, &[&str])] = &[
            ("a_paragraph_printed_twice_stays_at_its_first_place", &format!("{LEAD}\nMore text here.\n{LEAD}"), &[LEAD, "More text here."]),
            ("a_prefixed_lead_keeps_its_clean_copy", &format!("(Site.vn) - {LEAD}\n{LEAD}"), &[LEAD]),
            ("short_headings_may_repeat_apart", "Pros\nGood.\nPros", &["Pros", "Good.", "Pros"]),
            (
                "a_caption_printed_twice_in_a_row_stays_once",
                "A dog on a beach at dawn\n\nA dog on a beach at dawn\nA dog on a beach at dawn",
                &["A dog on a beach at dawn"],
            ),
            (
                "table_cells_may_stutter",
                "Yes\nYes\nVery large\nVery large\n60 % 70 %\n60 % 70 %",
                &["Yes", "Yes", "Very large", "Very large", "60 % 70 %", "60 % 70 %"],
            ),
        ];
        for (name, page, want) in cases {
            assert_eq!(kept(page), *want, "{name}");
        }
    }
}
