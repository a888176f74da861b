//! The cleaning pipeline: one [`Page`] in, one [`Record`] out.
//!
//! Data flows one way: decode -> mojibake repair -> (html -> lines) -> normalize + segment ->
//! classify -> metadata -> assemble. The stages are pure functions of their
//! input; the only shared state is the compiled [`Patterns`], read-only.
//! The offline CLI and the NATS daemon both call [`Pipeline::clean`].
//!
//! Errors are page errors (`too_large`, `undecodable`): the page can never be
//! cleaned and belongs on the dead-letter queue. A page with no article is
//! not an error: its record has `empty: true`.

pub mod assemble;
pub mod classify;
pub mod date;
pub mod decode;
mod entities;
pub mod html;
pub mod lang;
pub mod metadata;
pub mod mojibake;
mod names;
pub mod normalize;
pub mod segment;

use crate::envelope::{Format, Page, domain_of, slug_words, url_date};
use crate::error::Result;
use crate::fxhash::FxHashMap;
use crate::patterns::{Patterns, PatternsBuilder};
use crate::record::{Record, Removed, SCHEMA_VERSION, Stats};
use classify::{Heuristics, Reason, Verdict};
use std::path::Path;
use std::sync::Arc;

/// The default cap on a page's size.
pub const DEFAULT_MAX_BYTES: usize = 16 << 20;

/// Builds a [`Pipeline`]; patterns are compiled in [`build`](Self::build).
pub struct PipelineBuilder {
    patterns: Option<Arc<Patterns>>,
    patterns_dir: Option<std::path::PathBuf>,
    max_bytes: usize,
    heuristics: Heuristics,
}

impl Default for PipelineBuilder {
    fn default() -> Self {
        PipelineBuilder { patterns: None, patterns_dir: None, max_bytes: DEFAULT_MAX_BYTES, heuristics: Heuristics::default() }
    }
}

impl PipelineBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Loads pattern sets from a `config/patterns`-style directory.
    pub fn patterns_dir(mut self, dir: impl AsRef<Path>) -> Self {
        self.patterns_dir = Some(dir.as_ref().to_path_buf());
        self
    }

    /// Uses already-compiled patterns (hot reload swaps these).
    pub fn patterns(mut self, patterns: Arc<Patterns>) -> Self {
        self.patterns = Some(patterns);
        self
    }

    pub fn max_bytes(mut self, max_bytes: usize) -> Self {
        self.max_bytes = max_bytes;
        self
    }

    pub fn build(self) -> Result<Pipeline> {
        let patterns = match (self.patterns, self.patterns_dir) {
            (Some(p), _) => p,
            (None, Some(dir)) => Arc::new(PatternsBuilder::new().dir(dir)?.build()?),
            (None, None) => Arc::new(PatternsBuilder::new().build()?),
        };
        Ok(Pipeline { patterns, max_bytes: self.max_bytes, heuristics: self.heuristics })
    }
}

/// A ready pipeline. Cheap to clone; share one per worker pool.
#[derive(Clone)]
pub struct Pipeline {
    patterns: Arc<Patterns>,
    max_bytes: usize,
    heuristics: Heuristics,
}

/// Lines removed from one page, by pattern set and reason (for metrics).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Removal {
    /// `common/drop`, `vi/footer`, `site/drop`, `heuristic` or `metadata`.
    pub set: String,
    pub reason: &'static str,
    pub lines: u64,
}

/// A cleaned page.
#[derive(Debug)]
pub struct Outcome {
    pub record: Record,
    pub removals: Vec<Removal>,
}

impl Pipeline {
    pub fn patterns(&self) -> &Arc<Patterns> {
        &self.patterns
    }

    /// Cleans one page. With `explain`, the record lists every removed line.
    pub fn clean(&self, page: Page, explain: bool) -> Result<Outcome> {
        let bytes_in = page.content.len();
        let id = page.id.clone().unwrap_or_else(|| content_id(page.url.as_deref(), &page.content));
        let domain = page.url.as_deref().and_then(domain_of);
        let is_html = page.format == Format::Html;
        let decoded = decode::decode_with(page.content, self.max_bytes, page.charset.as_deref(), is_html)?;
        let mut flags = Vec::new();
        if decoded.invalid_utf8 {
            flags.push("invalid_utf8");
        }
        let decoded_text = match mojibake::repair(&decoded.text) {
            Some(repaired) => {
                flags.push("mojibake_repaired");
                repaired
            }
            None => decoded.text,
        };
        let (text, mut html_meta, blocks, parents) = match page.format {
            Format::Text => (decoded_text, html::HtmlMeta::default(), Vec::new(), Vec::new()),
            Format::Html => {
                flags.push("html");
                let doc = html::to_text(&decoded_text, &self.patterns);
                (doc.text, doc.meta, doc.blocks, doc.parents)
            }
        };
        let lang = page
            .lang
            .as_deref()
            .and_then(lang::from_tag)
            .or_else(|| html_meta.lang.as_deref().and_then(lang::from_tag))
            .or_else(|| lang::detect(text.split('\n'), &self.patterns));
        let active = self.patterns.activate(lang.as_deref(), domain.as_deref());
        let (mut lines, lines_in) = segment::segment(&text, &self.patterns, &active);
        let wrappers = apply_markup(&mut lines, &blocks, &self.patterns);
        let bylines = own_bylines(std::mem::take(&mut html_meta.bylines), &wrappers, &self.patterns);
        let mut classified = classify::classify(&lines, &parents, &self.patterns, &active, &self.heuristics);
        assemble::mark_repeats(&lines, &mut classified.verdicts);
        let slug = page.url.as_deref().map(slug_words).unwrap_or_default();
        let date_in_url = page.url.as_deref().and_then(url_date);
        let hints = metadata::Hints {
            lang: lang.as_deref(),
            page_title: html_meta.headline.as_deref().or(html_meta.title.as_deref()),
            bylines: &bylines,
            slug: &slug,
            url_date: date_in_url.as_deref(),
        };
        let meta = metadata::read(&lines, &mut classified, &hints, &self.patterns, &active);
        classify::require_article(&lines, &mut classified.verdicts, &self.heuristics);
        let assembled = assemble::assemble(&lines, &classified.verdicts);

        let declared = metadata::tidy_declared(&html_meta.authors, &self.patterns, &active);
        let authors = if declared.is_empty() { meta.authors } else { declared };
        let published = html_meta.published.or(meta.published);
        let removals = self.tally(&classified.verdicts);
        let removed = explain.then(|| self.explain(&lines, &classified.verdicts));
        let record = Record {
            schema_version: SCHEMA_VERSION,
            id,
            url: page.url,
            domain,
            lang,
            title: if is_html {
                html_meta.headline.or_else(|| html::article_title(html_meta.title, html_meta.site_name.as_deref(), meta.title.as_deref())).or(meta.title)
            } else {
                meta.title
            },
            published,
            authors,
            source: meta.source.or(html_meta.site_name),
            empty: assembled.text.is_empty(),
            stats: Stats { bytes_in, bytes_out: assembled.text.len(), lines_in, lines_out: assembled.lines_out },
            text: assembled.text,
            flags,
            fetched_at: page.fetched_at,
            removed,
        };
        Ok(Outcome { record, removals })
    }

    /// The ceiling for benchmarks: decode, split into lines and build the
    /// record with every line kept. No normalization, patterns or heuristics.
    pub fn keep_all(&self, page: Page) -> Result<Outcome> {
        let bytes_in = page.content.len();
        let id = page.id.clone().unwrap_or_else(|| content_id(page.url.as_deref(), &page.content));
        let decoded = decode::decode(page.content, self.max_bytes)?;
        let mut text = String::with_capacity(decoded.text.len());
        let mut lines_in = 0;
        let mut lines_out = 0;
        for line in decoded.text.split('\n') {
            lines_in += 1;
            let line = line.trim();
            if !line.is_empty() {
                if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(line);
                lines_out += 1;
            }
        }
        let record = Record {
            schema_version: SCHEMA_VERSION,
            id,
            domain: page.url.as_deref().and_then(domain_of),
            url: page.url,
            lang: page.lang,
            title: None,
            published: None,
            authors: Vec::new(),
            source: None,
            empty: text.is_empty(),
            stats: Stats { bytes_in, bytes_out: text.len(), lines_in, lines_out },
            text,
            flags: Vec::new(),
            fetched_at: page.fetched_at,
            removed: None,
        };
        Ok(Outcome { record, removals: Vec::new() })
    }

    /// The pattern set a dropped line is counted under: `vi/footer`,
    /// `common/drop`, `heuristic`, `metadata`. With `metric`, sites are
    /// `site` (no domain in metric labels).
    fn set_of(&self, reason: Reason, metric: bool) -> String {
        match reason.entry() {
            Some(e) => {
                let entry = self.patterns.entry(e);
                let scope = self.patterns.scope(entry.scope);
                let scope_name = if metric { scope.metric_label().to_string() } else { scope.name() };
                format!("{scope_name}/{}", entry.kind.name())
            }
            None => match reason {
                Reason::Title | Reason::Byline | Reason::Date | Reason::Source => "metadata".to_string(),
                _ => "heuristic".to_string(),
            },
        }
    }

    /// Why, for `--explain`: the rule, and for patterns the pattern, file and line.
    fn why(&self, reason: Reason) -> String {
        match reason.entry() {
            Some(e) => {
                let entry = self.patterns.entry(e);
                format!("{}: {:?} ({}:{})", reason.name(), entry.pattern, entry.file.display(), entry.line)
            }
            None => reason.name().to_string(),
        }
    }

    fn tally(&self, verdicts: &[Verdict]) -> Vec<Removal> {
        let mut counts: Vec<(Reason, u64)> = Vec::new();
        for v in verdicts {
            let Verdict::Drop(reason) = *v else { continue };
            match counts.iter_mut().find(|(r, _)| *r == reason) {
                Some((_, n)) => *n += 1,
                None => counts.push((reason, 1)),
            }
        }
        let mut out: Vec<Removal> = Vec::new();
        for (reason, lines) in counts {
            let set = self.set_of(reason, true);
            match out.iter_mut().find(|r| r.set == set && r.reason == reason.name()) {
                Some(r) => r.lines += lines,
                None => out.push(Removal { set, reason: reason.name(), lines }),
            }
        }
        out
    }

    fn explain(&self, lines: &[segment::Line], verdicts: &[Verdict]) -> Vec<Removed> {
        lines
            .iter()
            .zip(verdicts)
            .filter_map(|(l, v)| match *v {
                Verdict::Keep => None,
                Verdict::Drop(reason) => Some(Removed { line: l.no, text: l.text.clone(), set: self.set_of(reason, false), reason: self.why(reason) }),
            })
            .collect()
    }
}

/// A chrome mark applies unless its elements hold more than this share of
/// the page's text: see [`wrapper_marks`].
const CHROME_MAX_SHARE: f64 = 0.6;
/// Chrome marks must leave at least this share of the page's prose.
const ARTICLE_MIN_PROSE_SHARE: f64 = 0.25;

/// The chrome marks that do not drop their lines (see [`wrapper_marks`]).
#[derive(Debug, Default)]
struct Wrappers {
    /// Marks over most of the page's text: the page's frame
    /// (`content-sidebar-wrap`, an ASP.NET page-wide `<form>`). A line inside
    /// one takes the next mark of its chain.
    frames: Vec<usize>,
    /// Marks whose prose the article needs (Elementor's `widget` around every
    /// paragraph, a blog's comments that are its content): their lines stay,
    /// whatever marks lie further in.
    content: Vec<usize>,
}

impl Wrappers {
    /// The mark that applies to a line with this chain.
    fn mark_of(&self, chain: &html::MarkChain) -> Option<usize> {
        chain.first(|m| self.frames.contains(&m)).filter(|m| !self.content.contains(m))
    }

    fn is_empty(&self) -> bool {
        self.frames.is_empty() && self.content.is_empty()
    }
}

/// One level of [`Wrappers`], from each line's mark, characters and whether
/// it is prose. A mark is a frame when its elements hold most of the page's
/// text. It is content when the marks would leave too little prose for an
/// article: then the mark holding the most prose goes first, until enough
/// prose is left.
fn wrapper_marks(lines: impl Iterator<Item = (Option<usize>, usize, bool)>) -> Wrappers {
    let (mut total, mut total_prose) = (0, 0);
    let mut held: FxHashMap<usize, (usize, usize)> = FxHashMap::default();
    for (mark, chars, is_prose) in lines {
        let prose = if is_prose { chars } else { 0 };
        total += chars;
        total_prose += prose;
        if let Some(m) = mark {
            let h = held.entry(m).or_default();
            h.0 += chars;
            h.1 += prose;
        }
    }
    let mut found = Wrappers::default();
    let too_little = |prose: usize| (prose as f64) < ARTICLE_MIN_PROSE_SHARE * total_prose as f64;
    for (&m, h) in &held {
        if h.0 as f64 > CHROME_MAX_SHARE * total as f64 {
            // Enough prose outside it: the region is big but beside the
            // article (a long comment thread), and it stays whole.
            if too_little(total_prose - h.1) { found.frames.push(m) } else { found.content.push(m) }
        }
    }
    let open = |found: &Wrappers, m: &usize| !found.frames.contains(m) && !found.content.contains(m);
    let mut marked_prose: usize = held.iter().filter(|(m, _)| open(&found, m)).map(|(_, h)| h.1).sum();
    while too_little(total_prose - marked_prose) {
        let Some((&m, h)) = held.iter().filter(|(m, h)| h.1 > 0 && open(&found, m)).max_by_key(|(m, h)| (h.1, **m)) else { break };
        marked_prose -= h.1;
        found.content.push(m);
    }
    found
}

/// Link text marks link lists unless most of the page's prose is link text:
/// then the page is an index of teasers, and the teasers are its content.
const LINKED_PROSE_MAX_SHARE: f64 = 0.5;
/// A line of at least this many words that ends like a sentence counts as
/// prose, for that share and for the frame and content marks. A headline
/// does not end like one, so a long list of teasers is not prose.
const PROSE_MIN_WORDS: usize = 10;
/// Shorter link lines (a name, a "Read more") are left to their context.
const LINK_LIST_MIN_WORDS: usize = 7;

/// What the markup says about each line (HTML only): its chrome mark, and
/// its link text (a line of several words that is mostly `<a>` text is a
/// link list, whatever its words). Returns the page's wrapper marks.
fn apply_markup(lines: &mut [segment::Line], blocks: &[html::Block], patterns: &Patterns) -> Wrappers {
    let mut wrappers = Wrappers::default();
    if blocks.is_empty() {
        return wrappers;
    }
    // `blocks` is indexed by input line; `Line::no` is 1-based.
    let block = |l: &segment::Line| blocks.get(l.no - 1).copied().unwrap_or_default();
    let link_ratio = |l: &segment::Line| (block(l).link_chars as f32 / l.f.chars.max(1) as f32).min(1.0);
    let is_prose = |l: &segment::Line| l.f.words >= PROSE_MIN_WORDS && l.f.terminal;
    // A frame's mark gives way to the next mark in, which may be a frame or
    // content too, so this runs once for each link of the chain.
    for _ in 0..html::CHAIN_LEN {
        let found = wrapper_marks(lines.iter().map(|l| (wrappers.mark_of(&block(l).chrome), l.f.chars, is_prose(l))));
        if found.is_empty() {
            break;
        }
        wrappers.frames.extend(found.frames);
        wrappers.content.extend(found.content);
    }
    let prose = || lines.iter().filter(|l| is_prose(l));
    let linked_prose: usize = prose().filter(|l| link_ratio(l) > classify::LINK_LIST_RATIO).map(|l| l.f.chars).sum();
    let links_apply = linked_prose as f64 <= LINKED_PROSE_MAX_SHARE * prose().map(|l| l.f.chars).sum::<usize>() as f64;
    for l in lines.iter_mut() {
        let b = block(l);
        l.node = b.node;
        l.heading = b.heading;
        let ratio = link_ratio(l);
        l.linked = ratio > classify::LINK_LIST_RATIO;
        // An `[html_chrome max_words=N]` token marks only short lines (a caption).
        l.chrome = wrappers.mark_of(&b.chrome).filter(|&c| l.f.words <= patterns.entry(c).max_words);
        if links_apply && l.f.words >= LINK_LIST_MIN_WORDS {
            l.f.link_ratio = l.f.link_ratio.max(ratio);
        }
    }
    wrappers
}

/// The texts of the byline elements that name the page's authors: not one
/// inside an `[html_chrome names=others]` element (a commenter's name, a
/// comment form's `Name` field, a related article's byline), unless that
/// element is the page's frame (an ASP.NET `<form>` around the page).
fn own_bylines(bylines: Vec<html::Byline>, wrappers: &Wrappers, patterns: &Patterns) -> Vec<String> {
    let others = |m: usize| patterns.entry(m).names_others && !wrappers.frames.contains(&m);
    bylines.into_iter().filter(|b| !b.chrome.any(others)).map(|b| b.text).collect()
}

/// A stable id for a page that came without one: XXH3-128 of the url, a
/// NUL and the content, as 32 hex digits. Not cryptographic; it only has to
/// be stable across redeliveries and unlikely to collide.
fn content_id(url: Option<&str>, content: &[u8]) -> String {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    h.update(url.unwrap_or("").as_bytes());
    h.update(&[0u8]);
    h.update(content);
    format!("{:032x}", h.digest128())
}

#[cfg(test)]
mod tests {
    use super::wrapper_marks;

    /// A line as `wrapper_marks` sees it: its mark, characters, and whether it is prose.
    type MarkedLine = (Option<usize>, usize, bool);

    #[test]
    fn wrapper_marks_table() {
        // The lines, and the marks that are frames and content.
        type Case<'a> = (&'a str, &'a [MarkedLine], &'a [usize], &'a [usize]);
        let cases: &[Case] = &[
            ("a_small_sidebar_is_chrome", &[(None, 600, true), (Some(1), 100, false)], &[], &[]),
            ("a_mark_over_most_of_the_text_is_a_frame", &[(Some(1), 700, true), (None, 100, false)], &[1], &[]),
            ("a_long_comment_thread_beside_the_post_is_content", &[(None, 300, true), (Some(1), 800, true)], &[], &[1]),
            ("every_paragraph_in_a_widget_is_content", &[(Some(1), 300, true), (Some(1), 300, true), (Some(2), 300, false), (None, 100, false)], &[], &[1]),
            ("comments_longer_than_the_article_stay_chrome", &[(None, 300, true), (Some(2), 200, true), (Some(2), 200, true), (Some(3), 200, false)], &[], &[]),
            ("no_marks", &[(None, 300, true)], &[], &[]),
        ];
        for (name, lines, frames, content) in cases {
            let mut got = wrapper_marks(lines.iter().copied());
            got.frames.sort();
            got.content.sort();
            assert_eq!((got.frames.as_slice(), got.content.as_slice()), (*frames, *content), "{name}");
        }
    }
}
