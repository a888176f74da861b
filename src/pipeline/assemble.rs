//! Stage 5, assemble: kept lines to article text.
//!
//! In: the lines and their final verdicts. Out: the text (paragraphs in input
//! order, separated by a blank line) and the verdicts updated for repeats: a
//! paragraph printed twice (a lead repeated under the title, a pull quote)
//! stays once, at its first place.

use super::classify::{Reason, Verdict};
use super::segment::Line;
use std::collections::HashSet;

pub struct Assembled {
    pub text: String,
    pub lines_out: usize,
}

pub fn assemble(lines: &[Line], verdicts: &mut [Verdict]) -> Assembled {
    let mut seen: HashSet<&str> = HashSet::new();
    let mut text = String::new();
    let mut lines_out = 0;
    for (l, v) in lines.iter().zip(verdicts.iter_mut()) {
        if *v != Verdict::Keep {
            continue;
        }
        if !seen.insert(l.text.as_str()) {
            *v = Verdict::Drop(Reason::Duplicate);
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&l.text);
        lines_out += 1;
    }
    Assembled { text, lines_out }
}
