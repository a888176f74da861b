//! Pages sent by streaming server rendering (React Suspense, as Next.js
//! serves them), read in the order a browser shows them.
//!
//! Such a page arrives with placeholders: `<template id="B:0"></template>`
//! then a fallback (`Loading paragraph...`) for a Suspense boundary, or
//! `<template id="P:1"></template>` for a part inside one. Each finished
//! part follows near the end of the body as `<div hidden id="S:0">…</div>`,
//! and a script moves it into its placeholder. Read as sent, the article is
//! hidden, or sits after the footer. The parts are looked for only once a
//! placeholder is met, so other pages pay one name comparison per tag.
//!
//! In: the page's HTML. Out: a [`Splicer`] that tells the scanner where to
//! jump: from a placeholder into its part, back when the part ends, and past
//! the part where it was sent. A fallback wrapped in React's `<!--$?-->` …
//! `<!--/$-->` markers is skipped. Each part is read at most once, so a
//! malformed page cannot make the scanner loop.

use crate::fxhash::FxHashMap;

const PART: &[u8] = b"<div hidden id=\"S:";
const FALLBACK_OPEN: &str = "<!--$?-->";
const FALLBACK_CLOSE: &[u8] = b"<!--/$-->";

/// Where one streamed part lies.
#[derive(Clone, Copy)]
struct Part {
    /// Its content, after the opening `<div hidden id="S:n">`.
    content: usize,
    /// The start of its closing `</div>`.
    close: usize,
    /// Just past its closing `</div>`.
    end: usize,
}

pub(super) struct Splicer<'a> {
    html: &'a str,
    /// Parts by their number (`n` of `S:n`), looked for at the first
    /// placeholder: most pages have none, and pay nothing.
    parts: Option<FxHashMap<&'a str, Part>>,
    read: Vec<&'a str>,
    /// For each part being read: where it closes, and where to resume.
    returns: Vec<(usize, usize)>,
}

impl<'a> Splicer<'a> {
    pub(super) fn new(html: &'a str) -> Splicer<'a> {
        Splicer { html, parts: None, read: Vec::new(), returns: Vec::new() }
    }

    /// Where to go on when the scanner, at `i`, has come to the end of a
    /// part it jumped into.
    pub(super) fn resume(&mut self, i: usize) -> Option<usize> {
        let &(close, resume) = self.returns.last()?;
        (i >= close).then(|| {
            self.returns.pop();
            resume
        })
    }

    /// Where to go on after a start tag (`tag_start..after`), if not at
    /// `after`: into the part a placeholder names, or past a part already read.
    pub(super) fn jump(&mut self, name: &str, id: impl FnOnce() -> Option<String>, tag_start: usize, after: usize) -> Option<usize> {
        match name {
            "template" => {
                let id = id()?;
                let n = id.strip_prefix("B:").or_else(|| id.strip_prefix("P:"))?;
                let html = self.html;
                let (&key, &part) = self.parts.get_or_insert_with(|| find_parts(html)).get_key_value(n)?;
                if self.read.contains(&key) {
                    return None;
                }
                self.read.push(key);
                let resume = if html[..tag_start].ends_with(FALLBACK_OPEN) {
                    memchr::memmem::find(&html.as_bytes()[after..], FALLBACK_CLOSE).map_or(after, |j| after + j + FALLBACK_CLOSE.len())
                } else {
                    after
                };
                self.returns.push((part.close, resume));
                Some(part.content)
            }
            // Only a part already read is skipped where it was sent.
            "div" if !self.read.is_empty() => {
                let id = id()?;
                let n = id.strip_prefix("S:").filter(|n| self.read.contains(n))?;
                let part = self.parts.as_ref()?.get(n)?;
                (part.content == after).then_some(part.end)
            }
            _ => None,
        }
    }
}

/// Every `<div hidden id="S:n">` part of the page, by `n`.
fn find_parts(html: &str) -> FxHashMap<&str, Part> {
    let b = html.as_bytes();
    let mut parts = FxHashMap::default();
    for at in memchr::memmem::find_iter(b, PART) {
        let id_start = at + PART.len();
        let Some(id_len) = memchr::memchr(b'"', &b[id_start..]) else { continue };
        let Some(gt) = memchr::memchr(b'>', &b[id_start..]) else { continue };
        let content = id_start + gt + 1;
        if let Some((close, end)) = closing_div(b, content) {
            parts.entry(&html[id_start..id_start + id_len]).or_insert(Part { content, close, end });
        }
    }
    parts
}

/// The `</div>` that closes a `div` whose content starts at `from`: its
/// start and the byte after it.
fn closing_div(b: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut depth = 1usize;
    for at in memchr::memchr_iter(b'<', &b[from..]).map(|j| from + j) {
        let rest = &b[at..];
        if rest.starts_with(b"</div") {
            depth -= 1;
            if depth == 0 {
                let end = memchr::memchr(b'>', rest).map_or(b.len(), |j| at + j + 1);
                return Some((at, end));
            }
        } else if rest.starts_with(b"<div") && rest.get(4).is_some_and(|c| c.is_ascii_whitespace() || *c == b'>') {
            depth += 1;
        }
    }
    None
}
