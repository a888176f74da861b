//! HTML to block lines, in one forward pass.
//!
//! In: a decoded HTML document (any quality: unclosed tags, truncation).
//! Out: text with one block per line (paragraphs, list items as `• item`,
//! headings, table cells) in document order; for each line a [`Block`]
//! (chrome mark, link characters, heading, and its node in the block-element
//! tree, `parents`, that the classifier fits the article to); and the page's own metadata
//! (JSON-LD articles, `<title>`, Open Graph, the `<h1>` that is the headline,
//! publication-date `<meta>` tags, the first `<time datetime>`,
//! `<meta name=author>`, the text of byline elements, `<html lang>`). The
//! text then takes the same classifier as text mode.
//!
//! Dropped with their content: `script`, `style`, `noscript`, `template`,
//! `svg`, `iframe`, `select`, `button`, `figcaption` (captions and photo
//! credits), `rt`/`rp` (ruby readings printed above CJK text), `head` (after
//! metadata is read), elements marked `hidden`
//! or `aria-hidden=true`, the page chrome containers `nav`, `aside` and
//! `footer`, and `role=navigation|banner|contentinfo|complementary`. A page
//! that this leaves nearly empty is read again with its hidden elements and
//! chrome containers (streaming server rendering ships the page in
//! `<div hidden>`; an `<aside>` left open would take the page with it).
//! Lines inside an element whose name, class or id carries an
//! `[html_chrome]` token (`form`, `sidebar`, `share`, `related`) are marked
//! with the patterns of those elements ([`MarkChain`]), camelCase counting as
//! a word break and `[html_not_chrome]` tokens (`has-sidebar`) as no mark; the
//! pipeline drops them unless the mark names a wrapper (a
//! `content-sidebar-wrap`, or an ASP.NET `<form>` around the whole page, must
//! not take the article with it). Parts of a page streamed by React
//! are read at their placeholders (module `streamed`), and any element that has
//! no place in `<head>` closes a `<head>` left open. The scanner keeps an
//! explicit stack capped at [`MAX_DEPTH`], so no input can overflow the call
//! stack.

mod streamed;

use super::entities::NAMED;
use crate::fxhash::FxHashMap;
use crate::patterns::Patterns;
use std::borrow::Cow;
use std::collections::HashMap;

/// `<meta>` names (`property`, `name` or microdata `itemprop`) that give
/// the publication date, most specific first; only ISO 8601 values are read.
const PUBLISHED_META: [&str; 8] =
    ["article:published_time", "datepublished", "og:published_time", "parsely-pub-date", "dc.date.issued", "dcterms.date", "dc.date", "date"];

/// `<h1>` elements read per page: the first that is the headline wins.
const MAX_H1S: usize = 4;

/// Byline elements read per page: the first that reads as names wins.
const MAX_BYLINES: usize = 4;

/// Deeper nesting is flattened: tags past this depth are not tracked.
pub const MAX_DEPTH: usize = 512;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HtmlMeta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
    /// The first of the page's `<h1>`s that is its headline (see
    /// `is_headline`): the title as printed, which `<title>` and
    /// `og:title` often reword. With no declared title, only a page's one
    /// `<h1>` is taken.
    pub headline: Option<String>,
    /// The text of the first elements whose class, id, `rel` or `itemprop`
    /// names a byline (`[html_byline]`: `author-name`, `rel="author"`), in
    /// page order; the metadata reader takes the first that reads as names.
    pub bylines: Vec<Byline>,
}

/// A byline element's text, and the chrome marks around it: the pipeline
/// passes over one inside a comment list or a form (a commenter's name,
/// the comment form's `Name` field).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Byline {
    pub text: String,
    pub chrome: MarkChain,
}

#[derive(Debug, Default)]
pub struct HtmlDoc {
    /// One block per line, no blank lines.
    pub text: String,
    /// For each line of `text`, what the markup says about it.
    pub blocks: Vec<Block>,
    /// The block-element tree: `parents[node]` is the node's parent. Node 0
    /// is the document and its own parent; a parent's id is below its child's.
    pub parents: Vec<u32>,
    pub meta: HtmlMeta,
}

/// Distinct marks kept per line; deeper ones are not kept.
pub const CHAIN_LEN: usize = 3;

/// The `html_chrome` patterns of the elements around a line, outermost
/// first, each once. A page wrapper often carries a chrome token
/// (`content-sidebar-wrap`, Shopify's `under-menu`): the pipeline then
/// skips that mark and applies the next one in, so the wrapper does not hide
/// the comment list or author box it holds.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct MarkChain([Option<usize>; CHAIN_LEN]);

impl MarkChain {
    /// The chain with `mark` added innermost, unless it is already there or
    /// the chain is full.
    fn with(mut self, mark: Option<usize>) -> MarkChain {
        if let Some(m) = mark
            && !self.0.contains(&Some(m))
            && let Some(slot) = self.0.iter_mut().find(|s| s.is_none())
        {
            *slot = Some(m);
        }
        self
    }

    /// The outermost mark that `skip` does not reject.
    pub fn first(&self, mut skip: impl FnMut(usize) -> bool) -> Option<usize> {
        self.0.iter().map_while(|m| *m).find(|&m| !skip(m))
    }

    pub fn is_empty(&self) -> bool {
        self.0[0].is_none()
    }

    /// Whether some mark of the chain passes `test`.
    pub fn any(&self, test: impl FnMut(usize) -> bool) -> bool {
        self.0.iter().map_while(|m| *m).any(test)
    }
}

/// What the markup says about one line.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Block {
    /// The `html_chrome` patterns of the elements that hold the line.
    pub chrome: MarkChain,
    /// Characters of the line that are link text (inside `<a href>`).
    pub link_chars: usize,
    /// The innermost block element holding the line (see [`HtmlDoc::parents`]).
    pub node: u32,
    /// The line is (in) a heading, `h1` to `h6`.
    pub heading: bool,
}

/// Open element: its name, whether its content is skipped, and what it
/// passes to its text: the chrome patterns it and its ancestors carry,
/// whether it is in a link or a heading, and its innermost block element.
struct Open<'a> {
    name: Cow<'a, str>,
    skip: bool,
    /// A chrome container (`nav`, `aside`, `footer`, a landmark role).
    container: bool,
    chrome: MarkChain,
    link: bool,
    heading: bool,
    node: u32,
}

/// Lines being built, each with its markup facts: finished lines end in
/// `\n` in `text`, and the line being built runs from `start` to the end.
#[derive(Default)]
struct Lines {
    text: String,
    blocks: Vec<Block>,
    start: usize,
    block: Option<Block>,
}

impl Lines {
    /// Appends a text chunk; `entities` says whether it holds a `&`.
    fn push_text(&mut self, chunk: &str, entities: bool, open: Option<&Open>) {
        let text = if entities { decode_entities(chunk) } else { Cow::Borrowed(chunk) };
        if self.text.len() > self.start && chunk.starts_with(char::is_whitespace) && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
        if let Some(chars) = push_words(&mut self.text, &text) {
            if chunk.ends_with(char::is_whitespace) {
                self.text.push(' ');
            }
            let block = self.block.get_or_insert(Block { node: open.map_or(0, |o| o.node), heading: open.is_some_and(|o| o.heading), ..Block::default() });
            if block.chrome.is_empty()
                && let Some(o) = open
            {
                block.chrome = o.chrome;
            }
            if open.is_some_and(|o| o.link) {
                block.link_chars += chars;
            }
        }
    }

    fn prefix(&mut self, p: &str) {
        self.text.push_str(p);
    }

    /// Ends the line being built; a line with no letter or digit is dropped.
    /// Lines never start with a space: words are joined, not led, by one.
    fn end(&mut self) {
        if self.text.len() == self.start {
            self.block = None;
            return;
        }
        let kept = self.text[self.start..].trim_end().len();
        self.text.truncate(self.start + kept);
        if self.text[self.start..].chars().any(char::is_alphanumeric) {
            self.text.push('\n');
            self.blocks.push(self.block.unwrap_or_default());
        } else {
            self.text.truncate(self.start);
        }
        self.start = self.text.len();
        self.block = None;
    }
}

/// Raw markup text with its entities decoded and its words joined by single
/// spaces: the text of an element read on the side (a headline, a byline).
fn words_of(raw: &str) -> String {
    let mut out = String::new();
    push_words(&mut out, &decode_entities(raw));
    out
}

/// Appends the words of `text` (split on Unicode whitespace, as
/// `str::split_whitespace`) joined by single spaces, and returns their
/// characters, or `None` when there was no word. Words that `text` already
/// joins by one ASCII space are copied together, in one run.
fn push_words(out: &mut String, text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let (mut i, mut chars) = (0, 0);
    // Whether a run was copied, and the start of the one being read.
    let (mut any, mut run) = (false, None::<usize>);
    let mut flush = |out: &mut String, from: usize, to: usize| {
        if any {
            out.push(' ');
        }
        out.push_str(&text[from..to]);
        any = true;
    };
    // The end of the last word: where the trailing whitespace starts.
    let last_end = loop {
        let gap = i;
        while i < b.len() {
            match space_len(b, i) {
                0 => break,
                len => i += len,
            }
        }
        if i == b.len() {
            break gap;
        }
        match run {
            Some(_) if i - gap == 1 && b[gap] == b' ' => {}
            Some(from) => {
                flush(out, from, gap);
                run = Some(i);
            }
            None => run = Some(i),
        }
        i = word_end(b, i, &mut chars);
    };
    if let Some(from) = run {
        flush(out, from, last_end);
    }
    any.then_some(chars)
}

/// The length of the whitespace character at `b[i]` (as `char::is_whitespace`),
/// or 0. Only the lead bytes of U+0085, U+00A0, U+1680, U+2000..U+205F and
/// U+3000 can start a non-ASCII one; they are compared, not decoded.
#[inline(always)]
fn space_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b' ' | b'\t'..=b'\r' => 1,
        0xC2 | 0xE1..=0xE3 => wide_space_len(&b[i..]),
        _ => 0,
    }
}

fn wide_space_len(b: &[u8]) -> usize {
    match b {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] | [0xE3, 0x80, 0x80, ..] => 3,
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] => 3,
        _ => 0,
    }
}

/// The end of the word starting at `b[i]` (the next whitespace, or the end),
/// adding its characters to `chars`. Visible ASCII is read eight bytes at a
/// time: a word's bytes are mostly letters.
fn word_end(b: &[u8], mut i: usize, chars: &mut usize) -> usize {
    const LOW: u64 = u64::from_ne_bytes([0x21; 8]);
    const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
    loop {
        while let Some(chunk) = b.get(i..i + 8) {
            let w = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            // The high bit of each byte at or below b' ', or at or above
            // 0x80; the lowest one set is exact (a borrow only runs upward).
            let special = (w.wrapping_sub(LOW) | w) & HIGH;
            if special != 0 {
                let k = special.trailing_zeros() as usize / 8;
                (i, *chars) = (i + k, *chars + k);
                break;
            }
            (i, *chars) = (i + 8, *chars + 8);
        }
        if i == b.len() || space_len(b, i) > 0 {
            return i;
        }
        // A character that is not visible ASCII, and not a space: a control
        // character, or a multi-byte one (`i` is on its lead byte).
        *chars += 1;
        i += match b[i] {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        };
    }
}

/// Elements dropped with their content: never shown as text.
fn is_skipped(name: &str) -> bool {
    matches!(name, "script" | "style" | "noscript" | "template" | "svg" | "iframe" | "select" | "button" | "head" | "figcaption" | "rt" | "rp")
}

/// Chrome containers, dropped with their content unless the page is read
/// leniently.
fn is_chrome_container(name: &str) -> bool {
    matches!(name, "nav" | "aside" | "footer")
}

/// Elements that end a line (one block per line).
#[rustfmt::skip]
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "br" | "li" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "tr" | "td" | "th" | "section" | "article" | "header"
            | "main" | "blockquote" | "pre" | "ul" | "ol" | "table" | "figure" | "figcaption" | "dd" | "dt" | "dl" | "hr"
            | "address" | "caption" | "center"
    )
}

/// Elements that may stand in `<head>`; any other closes it.
fn is_head_content(name: &str) -> bool {
    matches!(name, "html" | "head" | "title" | "meta" | "link" | "base" | "script" | "style" | "noscript" | "template" | "basefont" | "bgsound" | "noframes")
}

/// Elements that have no content and no close tag.
fn is_void(name: &str) -> bool {
    matches!(name, "br" | "hr" | "img" | "meta" | "link" | "input" | "area" | "base" | "col" | "embed" | "source" | "track" | "wbr" | "param")
}

/// Pages whose text is shorter than this are read leniently too.
const LENIENT_PAGE_MAX_BYTES: usize = 2_000;

/// What the scanner drops with its content besides the elements that are
/// never shown: hidden elements, and the chrome containers (`nav`, `aside`,
/// `footer`, landmark roles).
#[derive(Clone, Copy)]
struct Reading {
    skip_hidden: bool,
    skip_chrome_containers: bool,
}

pub fn to_text(html: &str, patterns: &Patterns) -> HtmlDoc {
    // Class and id lookups depend on the value only, so both readings share them.
    let mut marks_seen = FxHashMap::default();
    let strict = Reading { skip_hidden: true, skip_chrome_containers: true };
    let (doc, container_left_open) = scan(html, patterns, strict, &mut marks_seen);
    if doc.text.len() >= LENIENT_PAGE_MAX_BYTES {
        return doc;
    }
    // A page that the strict reading leaves nearly empty may be shipped
    // hidden (streaming server rendering puts it in `<div hidden>` and shows
    // it from a script), or sit in a chrome container that is never closed
    // (`<aside>` without `</aside>`). When reading those finds several times
    // more text, that text is the page; the classifier sorts it.
    let lenient = Reading { skip_hidden: false, skip_chrome_containers: !container_left_open };
    let (all, _) = scan(html, patterns, lenient, &mut marks_seen);
    if all.text.len() > 4 * doc.text.len() { all } else { doc }
}

/// The page's text and markup facts, and whether a chrome container was
/// left open (closed only by an ancestor's end tag, or never): it then held
/// the rest of the page. `marks_seen` caches [`marks_of`]'s answers.
fn scan<'a>(html: &'a str, patterns: &Patterns, reading: Reading, marks_seen: &mut FxHashMap<&'a str, Marks>) -> (HtmlDoc, bool) {
    let mut doc = HtmlDoc { parents: vec![0], ..HtmlDoc::default() };
    let mut metas: HashMap<&'static str, String> = HashMap::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut lines = Lines::default();
    let mut title_buf: Option<String> = None;
    let mut first_time: Option<String> = None;
    // The `datePublished` of a JSON-LD object that is not an article (a `WebPage`).
    let mut page_published: Option<String> = None;
    let mut container_left_open = false;
    // Where `<head>` stands on the stack, while it may be open.
    let mut head_at: Option<usize> = None;
    // The `<h1>` being read (its place on the stack), the text of the first
    // few, and the count of them.
    let (mut h1_at, mut h1s, mut h1_count) = (None::<usize>, Vec::<String>::new(), 0usize);
    // The byline element being read: its place on the stack, its text and
    // the chrome marks around it.
    let (mut byline_at, mut byline_text, mut byline_chrome) = (None::<usize>, String::new(), MarkChain::default());
    let mut splicer = streamed::Splicer::new(html);
    let bytes = html.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if let Some(resume) = splicer.resume(i) {
            lines.end();
            i = resume;
            continue;
        }
        if !opens_tag(bytes, i) {
            // Text up to the next `<` that opens a tag; a `<` that does not
            // (`a < b`, `<<`) is text, as in the HTML tokenizer.
            let from = i + usize::from(bytes[i] == b'<');
            let (end, entities) = text_end(bytes, from);
            let chunk = &html[i..end];
            if let Some(t) = title_buf.as_mut() {
                t.push_str(chunk);
            } else if !stack.last().is_some_and(|o| o.skip) {
                lines.push_text(chunk, entities, stack.last());
                if h1_at.is_some_and(|h| stack.get(h).is_some_and(|o| o.name == "h1"))
                    && let Some(h1) = h1s.last_mut()
                {
                    h1.push_str(chunk);
                }
                if byline_at.is_some() {
                    // Bylines space their parts with CSS: `<span>By</span><a>Jane</a>`.
                    byline_text.push_str(chunk);
                    byline_text.push(' ');
                }
            }
            i = end;
            continue;
        }
        if html[i..].starts_with("<!--") {
            i = memchr::memmem::find(&bytes[i..], b"-->").map_or(html.len(), |j| i + j + 3);
            continue;
        }
        let tag_start = i;
        let Some(close) = tag_close(bytes, i) else { break };
        let tag_src = &html[i + 1..close];
        i = close + 1;
        if tag_src.starts_with('!') || tag_src.starts_with('?') {
            continue;
        }
        let (closing, body) = match tag_src.strip_prefix('/') {
            Some(b) => (true, b),
            None => (false, tag_src),
        };
        // The name, up to a space or `/`, noting on the way whether it needs lowercasing.
        let (mut name_end, mut upper) = (0, false);
        for &c in body.as_bytes().iter().take_while(|c| !c.is_ascii_whitespace() && **c != b'/') {
            upper |= c.is_ascii_uppercase();
            name_end += 1;
        }
        let raw_name = &body[..name_end];
        let name: Cow<str> = if upper { Cow::Owned(raw_name.to_ascii_lowercase()) } else { Cow::Borrowed(raw_name) };
        if name.is_empty() {
            continue;
        }
        let block = is_block(&name);
        if closing {
            if name == "title"
                && let Some(t) = title_buf.take()
            {
                doc.meta.title.get_or_insert_with(|| decode_entities(t.trim()).into_owned());
            }
            if let Some(pos) = stack.iter().rposition(|o| o.name == name) {
                container_left_open |= stack[pos + 1..].iter().any(|o| o.container);
                stack.truncate(pos);
            }
            if byline_at.is_some_and(|b| stack.len() <= b) {
                byline_at = None;
                let text = words_of(&byline_text);
                byline_text.clear();
                if !text.is_empty() {
                    doc.meta.bylines.push(Byline { text, chrome: byline_chrome });
                }
            } else if block && byline_at.is_some() {
                byline_text.push(' ');
            }
            if block {
                lines.end();
            }
            continue;
        }
        let attrs = &body[name_end..];
        // An element that has no place in `<head>` (`<body>`, `<div>`)
        // closes a `<head>` left open, as in a browser: pages that never
        // write `</head>` or `<body>` still have a body.
        if head_at.is_some_and(|h| stack.get(h).is_some_and(|o| o.name == "head")) && !is_head_content(&name) {
            stack.truncate(head_at.take().expect("checked above"));
        }
        if let Some(to) = splicer.jump(&name, || attr(attrs, "id"), tag_start, i) {
            lines.end();
            i = to;
            continue;
        }
        match &*name {
            "html" => doc.meta.lang = attr(attrs, "lang"),
            "meta" => read_meta(attrs, &mut metas),
            "time" if first_time.is_none() => first_time = attr(attrs, "datetime").and_then(|d| iso_prefix(&d)),
            "title" if title_buf.is_none() && doc.meta.title.is_none() => {
                title_buf = Some(String::new());
                continue;
            }
            _ => {}
        }
        if matches!(&*name, "script" | "style") {
            // Raw text elements: jump to the matching close tag, reading
            // JSON-LD on the way.
            let close_tag = format!("</{name}");
            let end = close_tag_end(html, i, &close_tag).unwrap_or(html.len());
            if name == "script" && attrs.to_ascii_lowercase().contains("ld+json") {
                let body = html[i..end].rsplit_once("</").map_or(&html[i..end], |(b, _)| b);
                read_json_ld(body, &mut doc.meta, &mut page_published);
            }
            i = end;
            continue;
        }
        if block {
            lines.end();
            if name == "li" && !stack.last().is_some_and(|o| o.skip) {
                lines.prefix("• ");
            }
        }
        if is_void(&name) || body.ends_with('/') {
            continue;
        }
        let parent = stack.last();
        let parent_skips = parent.is_some_and(|o| o.skip);
        let tag = if parent_skips { TagAttrs::default() } else { tag_attrs(attrs) };
        let container = is_chrome_container(&name) || tag.landmark;
        let skip = parent_skips || is_skipped(&name) || (reading.skip_chrome_containers && container) || (reading.skip_hidden && tag.hidden);
        let structural = matches!(&*name, "html" | "body" | "main" | "article");
        let own = if structural || skip { Marks::default() } else { marks_of(&name, &tag, patterns, marks_seen) };
        let chrome = parent.map_or(MarkChain::default(), |o| o.chrome).with(own.chrome);
        let link = (name == "a" && tag.href) || parent.is_some_and(|o| o.link);
        let heading = is_heading(&name) || parent.is_some_and(|o| o.heading);
        if stack.len() < MAX_DEPTH {
            let mut node = parent.map_or(0, |o| o.node);
            if block && !skip {
                doc.parents.push(node);
                node = (doc.parents.len() - 1) as u32;
            }
            if name == "head" {
                head_at = Some(stack.len());
            }
            if name == "h1" && !skip {
                h1_count += 1;
                h1_at = (h1s.len() < MAX_H1S).then_some(stack.len());
                if h1_at.is_some() {
                    h1s.push(String::new());
                }
            }
            if own.byline && byline_at.is_none() && doc.meta.bylines.len() < MAX_BYLINES {
                byline_at = Some(stack.len());
                byline_chrome = chrome;
            } else if block && byline_at.is_some() {
                byline_text.push(' ');
            }
            stack.push(Open { name, skip, container, link, heading, chrome, node });
        }
    }
    lines.end();
    container_left_open |= stack.iter().any(|o| o.container);
    let get = |k: &str| metas.get(k).filter(|v| !v.is_empty()).cloned();
    if let Some(t) = get("og:title") {
        doc.meta.title = Some(t);
    }
    doc.meta.site_name = doc.meta.site_name.take().or_else(|| get("og:site_name"));
    doc.meta.published =
        doc.meta.published.take().or_else(|| PUBLISHED_META.iter().find_map(|k| get(k).and_then(|d| iso_prefix(&d)))).or(page_published).or(first_time);
    if doc.meta.authors.is_empty()
        && let Some(a) = get("author").filter(|a| !a.contains("://"))
    {
        doc.meta.authors = vec![a];
    }
    // With no declared title to judge them by, only a page's one `<h1>` is taken.
    if h1_count == 1 || doc.meta.title.is_some() {
        doc.meta.headline = h1s
            .iter()
            // Documentation generators end headings with a `¶` permalink.
            .map(|h| words_of(h).trim_end_matches('¶').trim_end().to_string())
            .find(|h| is_headline(h, doc.meta.title.as_deref(), doc.meta.site_name.as_deref()));
    }
    doc.text = lines.text;
    doc.blocks = lines.blocks;
    (doc, container_left_open)
}

/// What parts a `Headline | Site` page title.
const TITLE_SEPARATORS: [&str; 8] = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "];

/// Whether an `<h1>` is the page's headline, judged against the title the
/// page declares: a site's logo or a section name is often an `<h1>`.
/// It must share a word of four letters or more with the declared title and
/// not be the site's name (`og:site_name`, or the title's last segment).
fn is_headline(h1: &str, title: Option<&str>, site_name: Option<&str>) -> bool {
    let Some(title) = title else { return !h1.is_empty() };
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    // `Headline :: Site ::` ends in a separator too.
    let is_site = site_name.is_some_and(|s| same(s, h1))
        || TITLE_SEPARATORS.iter().any(|sep| title.rsplit_once(sep).is_some_and(|(_, tail)| same(tail.trim_end_matches([':', '|', ' ']), h1)));
    let words = |s: &str| s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 4).map(str::to_string).collect::<Vec<_>>();
    let title_words = words(title);
    !is_site && words(h1).iter().any(|w| title_words.contains(w))
}

/// The article's title from the page's `<title>`/`og:title`: the headline
/// printed on the page when the title starts with it, else the title without
/// a trailing site name (`Headline | Site`, `Headline - Site`), which is
/// recognized as `og:site_name` or as a short last segment.
pub fn article_title(html_title: Option<String>, site_name: Option<&str>, headline: Option<&str>) -> Option<String> {
    let title = html_title?.trim().to_string();
    if let Some(h) = headline.filter(|h| !h.is_empty() && title.to_lowercase().starts_with(&h.to_lowercase())) {
        return Some(h.to_string());
    }
    for sep in TITLE_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail = tail.trim();
            let is_site = site_name.is_some_and(|s| s.trim().eq_ignore_ascii_case(tail))
                || (tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3);
            if is_site {
                return Some(head.trim().to_string());
            }
        }
    }
    Some(title)
}

/// Reads `Article`-like JSON-LD (also inside `@graph` or a list): the date
/// (`datePublished`), the authors (`author`: a string, an object with
/// `name`, or a list of either) and the publisher (`publisher.name`). The
/// first article object wins; malformed JSON is ignored. The first other
/// object with a `datePublished` (a `WebPage`) sets `page_published`.
fn read_json_ld(body: &str, meta: &mut HtmlMeta, page_published: &mut Option<String>) {
    use serde_json::Value;
    // Most JSON-LD describes the site, its breadcrumbs or its logo: parse
    // only a block that can name an article or a date, while no article
    // has been read.
    let has = |t: &str| memchr::memmem::find(body.as_bytes(), t.as_bytes()).is_some();
    let names_article = ["Article", "BlogPosting", "Report"].into_iter().any(has);
    if !(names_article || page_published.is_none() && has("datePublished")) || meta.published.is_some() || !meta.authors.is_empty() {
        return;
    }
    let Ok(root) = serde_json::from_str::<Value>(body.trim()) else { return };
    let mut queue = vec![&root];
    while let Some(v) = queue.pop() {
        match v {
            Value::Array(items) => queue.extend(items.iter().rev()),
            Value::Object(o) => {
                if let Some(graph) = o.get("@graph") {
                    queue.push(graph);
                }
                let kind = |t: &Value| t.as_str().is_some_and(|t| t.ends_with("Article") || t == "BlogPosting" || t == "Report");
                let is_article = o.get("@type").is_some_and(|t| kind(t) || t.as_array().is_some_and(|a| a.iter().any(kind)));
                if !is_article && page_published.is_none() {
                    *page_published = o.get("datePublished").and_then(Value::as_str).and_then(iso_prefix);
                }
                if !is_article || meta.published.is_some() || !meta.authors.is_empty() {
                    continue;
                }
                meta.published = o.get("datePublished").and_then(Value::as_str).and_then(iso_prefix);
                // JSON-LD is script text, which the scanner does not decode:
                // sites still write `Maria &amp; Katerina` there.
                let name = |a: &Value| a.as_str().or_else(|| a.get("name").and_then(Value::as_str)).map(|n| decode_entities(n).into_owned());
                meta.authors = match o.get("author") {
                    Some(Value::Array(list)) => list.iter().filter_map(name).collect(),
                    Some(a) => name(a).into_iter().collect(),
                    None => Vec::new(),
                };
                meta.authors.retain(|a| !a.trim().is_empty() && !a.contains("://"));
                if let Some(p) = o.get("publisher").and_then(|p| p.get("name")).and_then(Value::as_str) {
                    meta.site_name = Some(p.to_string());
                }
            }
            _ => {}
        }
    }
}

/// The end of the text from `from` (the next `<`, or the end of the page),
/// and whether it holds a `&`: one search finds both, so text without
/// entities is not searched again.
fn text_end(b: &[u8], from: usize) -> (usize, bool) {
    match memchr::memchr2(b'<', b'&', &b[from..]) {
        None => (b.len(), false),
        Some(j) if b[from + j] == b'<' => (from + j, false),
        Some(j) => (memchr::memchr(b'<', &b[from + j..]).map_or(b.len(), |k| from + j + k), true),
    }
}

/// Where the tag opening at `start` ends: its `>`, outside quoted attribute
/// values, as the HTML tokenizer reads them (`data-action="click->menu#open"`
/// holds a `>`, and ended the tag early: its rest became the headline's
/// text). A quote opens a value only after `=`; a value never closed ends at
/// the first `>` after its quote, so a broken page loses nothing more.
fn tag_close(b: &[u8], start: usize) -> Option<usize> {
    // Most tags (`<p>`, `</div>`) quote nothing before their first `>`.
    let first = start + memchr::memchr(b'>', &b[start..])?;
    if memchr::memchr2(b'"', b'\'', &b[start..first]).is_none() {
        return Some(first);
    }
    let mut i = start;
    loop {
        let j = i + memchr::memchr3(b'>', b'"', b'\'', &b[i..])?;
        if b[j] == b'>' {
            return Some(j);
        }
        let opens_value = b[start..j].iter().rev().find(|c| !c.is_ascii_whitespace()) == Some(&b'=');
        if !opens_value {
            i = j + 1;
            continue;
        }
        match memchr::memchr(b[j], &b[j + 1..]) {
            Some(k) => i = j + 1 + k + 1,
            None => return memchr::memchr(b'>', &b[j..]).map(|k| j + k),
        }
    }
}

/// Whether the `<` at `i` starts markup: a tag (`<p`, `</p`), a comment or
/// declaration (`<!`), or a processing instruction (`<?`).
fn opens_tag(b: &[u8], i: usize) -> bool {
    match b[i..] {
        [b'<', c, ..] if c.is_ascii_alphabetic() || c == b'!' || c == b'?' => true,
        [b'<', b'/', c, ..] => c.is_ascii_alphabetic(),
        _ => false,
    }
}

/// What the scanner reads from an element's attributes, in one pass: whether
/// it is hidden (the `hidden` attribute, `aria-hidden=true`, an inline
/// `display: none`), whether it is a chrome landmark (`role=navigation`...),
/// whether it has an `href` (an `<a name>` anchor is not a link), and its
/// first class and id.
#[derive(Default)]
struct TagAttrs<'a> {
    hidden: bool,
    landmark: bool,
    href: bool,
    class: Option<&'a str>,
    id: Option<&'a str>,
    rel: Option<&'a str>,
    itemprop: Option<&'a str>,
}

fn tag_attrs(attrs: &str) -> TagAttrs<'_> {
    let mut t = TagAttrs::default();
    for (name, raw) in attributes(attrs) {
        if name.eq_ignore_ascii_case("class") {
            t.class = t.class.or(Some(raw));
        } else if name.eq_ignore_ascii_case("id") {
            t.id = t.id.or(Some(raw));
        } else if name.eq_ignore_ascii_case("href") {
            t.href = true;
        } else if name.eq_ignore_ascii_case("rel") {
            t.rel = Some(raw);
        } else if name.eq_ignore_ascii_case("itemprop") {
            t.itemprop = Some(raw);
        } else if name.eq_ignore_ascii_case("hidden") {
            t.hidden = true;
        } else if name.eq_ignore_ascii_case("aria-hidden") {
            t.hidden |= attr_value(raw) == "true";
        } else if name.eq_ignore_ascii_case("style") {
            t.hidden |= display_none(raw);
        } else if name.eq_ignore_ascii_case("role") {
            t.landmark |= matches!(attr_value(raw).as_str(), "navigation" | "banner" | "contentinfo" | "complementary");
        }
    }
    t
}

/// An inline style that hides the element: `display:none`, spaces allowed.
fn display_none(style: &str) -> bool {
    memchr::memmem::find_iter(style.as_bytes(), b"display").any(|i| {
        let rest = style[i + "display".len()..].trim_start();
        rest.strip_prefix(':').is_some_and(|v| v.trim_start().starts_with("none"))
    })
}

/// What an element's name and attributes mark it as.
#[derive(Clone, Copy, Default)]
struct Marks {
    /// The `html_chrome` pattern named by the element's name (`form`), else
    /// by its class, else by its id.
    chrome: Option<usize>,
    /// An `html_byline` fragment stands in its class, id, `rel` or `itemprop`.
    byline: bool,
}

/// The element's [`Marks`]. `seen` holds the answers for attribute values
/// already matched on this page: templates repeat a few values on hundreds
/// of elements. `rel` and `itemprop` can only mark a byline.
fn marks_of<'a>(name: &str, tag: &TagAttrs<'a>, patterns: &Patterns, seen: &mut FxHashMap<&'a str, Marks>) -> Marks {
    let mut lookup = |raw: &'a str| {
        *seen.entry(raw).or_insert_with(|| {
            // As `attr_value`, decoded then trimmed, but borrowed when it can be.
            let decoded = decode_entities(raw);
            let value = decoded.trim();
            let lower = if value.bytes().any(|b| b.is_ascii_uppercase()) { Cow::Owned(lower_camel_case(value)) } else { Cow::Borrowed(value) };
            let (chrome, byline) = patterns.match_element_value(&lower);
            Marks { chrome, byline }
        })
    };
    let mut marks = Marks { chrome: patterns.match_chrome_element(name), byline: false };
    // A heading's id is its text as a slug (`h-why-use-social-shopping`).
    let id = tag.id.filter(|_| !is_heading(name));
    for raw in [tag.class, id].into_iter().flatten() {
        let value_marks = lookup(raw);
        marks.chrome = marks.chrome.or(value_marks.chrome);
        marks.byline |= value_marks.byline;
    }
    marks.byline |= [tag.rel, tag.itemprop].into_iter().flatten().any(|raw| lookup(raw).byline);
    marks
}

fn is_heading(name: &str) -> bool {
    matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// An attribute value in ASCII lowercase, with a `-` where camelCase starts
/// a word (`relatedArticles` -> `related-articles`, `AuthorBox` ->
/// `author-box`), so that chrome tokens are found on word boundaries there too.
fn lower_camel_case(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 4);
    let mut prev_lower = false;
    for c in value.chars() {
        if c.is_ascii_uppercase() && prev_lower {
            out.push('-');
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        out.push(c.to_ascii_lowercase());
    }
    out
}

fn close_tag_end(hay: &str, from: usize, close_tag: &str) -> Option<usize> {
    let n = close_tag.as_bytes();
    let b = hay.as_bytes();
    for start in memchr::memmem::find_iter(&b[from..], b"</").map(|p| from + p) {
        if b.len() - start >= n.len() && b[start..start + n.len()].eq_ignore_ascii_case(n) {
            return Some(memchr::memchr(b'>', &b[start..]).map_or(hay.len(), |e| start + e + 1));
        }
    }
    None
}

/// A tag's attributes in order, as (name, raw value); a bare attribute has
/// the value `""`. One pass, no allocation; callers compare names ASCII
/// case-insensitively and decode entities in the values they use.
fn attributes(attrs: &str) -> impl Iterator<Item = (&str, &str)> {
    // Every boundary is an ASCII byte, so every slice is on a char boundary.
    let b = attrs.as_bytes();
    let space = |i: usize| b[i].is_ascii_whitespace();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && (space(i) || b[i] == b'/') {
            i += 1;
        }
        if i == b.len() {
            return None;
        }
        let start = i;
        while i < b.len() && !space(i) && b[i] != b'=' {
            i += 1;
        }
        let name = &attrs[start..i];
        while i < b.len() && space(i) {
            i += 1;
        }
        if i == b.len() || b[i] != b'=' {
            return Some((name, ""));
        }
        i += 1;
        while i < b.len() && space(i) {
            i += 1;
        }
        let value = match b.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let from = i + 1;
                let end = memchr::memchr(q, &b[from..]).map_or(b.len(), |k| from + k);
                i = (end + 1).min(b.len());
                &attrs[from..end]
            }
            _ => {
                let from = i;
                while i < b.len() && !space(i) {
                    i += 1;
                }
                &attrs[from..i]
            }
        };
        Some((name, value))
    })
}

/// The value of attribute `name` in a tag's attribute text (see [`attr_value`]).
fn attr(attrs: &str, name: &str) -> Option<String> {
    attributes(attrs).find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, raw)| attr_value(raw))
}

/// An attribute's value as the page means it: entities decoded, trimmed.
fn attr_value(raw: &str) -> String {
    decode_entities(raw).trim().to_string()
}

/// `<meta>` keys read besides [`PUBLISHED_META`].
const OTHER_META: [&str; 3] = ["og:title", "og:site_name", "author"];

/// Records a `<meta>` whose key (its `property`, else its `name`, else its
/// `itemprop`) is one the scanner reads. The first of each key wins.
fn read_meta(attrs: &str, metas: &mut HashMap<&'static str, String>) {
    let (mut property, mut name, mut itemprop, mut content) = (None, None, None, None);
    for (n, raw) in attributes(attrs) {
        let slot = if n.eq_ignore_ascii_case("property") {
            &mut property
        } else if n.eq_ignore_ascii_case("name") {
            &mut name
        } else if n.eq_ignore_ascii_case("itemprop") {
            &mut itemprop
        } else if n.eq_ignore_ascii_case("content") {
            &mut content
        } else {
            continue;
        };
        slot.get_or_insert(raw);
    }
    let (Some(key), Some(content)) = (property.or(name).or(itemprop), content) else { return };
    let key = decode_entities(key);
    let key = key.trim();
    if let Some(&known) = OTHER_META.iter().chain(&PUBLISHED_META).find(|k| k.eq_ignore_ascii_case(key)) {
        metas.entry(known).or_insert_with(|| attr_value(content));
    }
}

/// `2021-03-04T08:15:00+07:00` -> `2021-03-04T08:15`; `2021-03-04` as is.
fn iso_prefix(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let date_ok = b.len() >= 10 && b[4] == b'-' && b[7] == b'-' && s[..4].bytes().all(|c| c.is_ascii_digit());
    if !date_ok {
        return None;
    }
    let time_ok = b.len() >= 16 && b[10] == b'T' && b[13] == b':';
    Some(s[..if time_ok { 16 } else { 10 }].to_string())
}

/// Decodes the HTML 4 named entities (and `&apos;`) and all numeric ones.
fn decode_entities(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = memchr::memchr(b'&', rest.as_bytes()) {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..].find(|c: char| c == ';' || c == '&' || c.is_whitespace()).map(|e| e + 1);
        let decoded = end.filter(|&e| rest.as_bytes().get(e) == Some(&b';')).and_then(|e| entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return match code {
            0 => None,
            // As browsers do: 128–159 are read as windows-1252 (`&#150;` is '–').
            0x80..=0x9f => encoding_rs::WINDOWS_1252.decode_without_bom_handling(&[code as u8]).0.chars().next(),
            _ => char::from_u32(code),
        };
    }
    match name {
        // XML's, not in HTML 4, but common.
        "apos" => Some('\''),
        _ => NAMED.binary_search_by(|(k, _)| k.cmp(&name)).ok().map(|i| NAMED[i].1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_end_at_a_greater_than_sign_outside_quoted_values() {
        // (tag source, what the tag spans)
        let cases = [
            ("<p>x", "<p>"),
            ("</div>x", "</div>"),
            (r#"<a href="/x">y"#, r#"<a href="/x">"#),
            (r#"<h1 data-action="click->menu#open" class=t>y"#, r#"<h1 data-action="click->menu#open" class=t>"#),
            (r#"<div data-props='{"a":"<b>"}'>y"#, r#"<div data-props='{"a":"<b>"}'>"#),
            // Quotes that open no value (after no `=`) are part of a name.
            (r#"<img alt="Jane's" title=x>y"#, r#"<img alt="Jane's" title=x>"#),
            // A value never closed ends at the first `>` after its quote.
            (r#"<a href="/x>y"#, r#"<a href="/x>"#),
        ];
        for (html, tag) in cases {
            let end = tag_close(html.as_bytes(), 0).expect("a tag end");
            assert_eq!(&html[..=end], tag, "{html}");
        }
        assert_eq!(tag_close(b"<p class=x", 0), None);
    }

    #[test]
    fn blocks_lists_and_skipped_chrome() {
        let html = r#"<html lang="vi"><head><title>T &amp; T</title>
            <meta property="article:published_time" content="2021-10-25T08:00:00+07:00"></head>
            <body><nav><a>Home</a></nav><h1>Head</h1><p>One <b>bold</b> para.</p>
            <script>var x = "<p>no</p>";</script><ul><li>a</li><li>b</li></ul>
            <div hidden>gone</div><footer>© 2021</footer></body></html>"#;
        let p = crate::patterns::PatternsBuilder::new().build().unwrap();
        let doc = to_text(html, &p);
        let lines: Vec<&str> = doc.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, vec!["Head", "One bold para.", "• a", "• b"]);
        assert_eq!(doc.meta.title.as_deref(), Some("T & T"));
        assert_eq!(doc.meta.published.as_deref(), Some("2021-10-25T08:00"));
        assert_eq!(doc.meta.lang.as_deref(), Some("vi"));
    }

    #[test]
    fn json_ld_articles_give_date_authors_and_publisher() {
        let p = crate::patterns::PatternsBuilder::new().build().unwrap();
        let html = r#"<head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"x"},
            {"@type":"NewsArticle","headline":"H","datePublished":"2021-10-25T08:00:00+07:00",
             "author":[{"@type":"Person","name":"Trí Dũng"},"Phương Vy"],"publisher":{"name":"Báo Lạng Sơn"}}]}
            </script></head><body><p>x</p></body>"#;
        let doc = to_text(html, &p);
        assert_eq!(doc.meta.published.as_deref(), Some("2021-10-25T08:00"));
        assert_eq!(doc.meta.authors, vec!["Trí Dũng", "Phương Vy"]);
        assert_eq!(doc.meta.site_name.as_deref(), Some("Báo Lạng Sơn"));
        assert_eq!(to_text("<script type=application/ld+json>{broken</script><p>ok</p>", &p).text.trim(), "ok");
        let timed = to_text(r#"<p>x</p><time datetime="2019-08-02T10:30:00Z">2 Aug</time><time datetime="2020-01-01">later</time>"#, &p);
        assert_eq!(timed.meta.published.as_deref(), Some("2019-08-02T10:30"));
    }

    #[test]
    fn publication_date_sources_in_order() {
        let p = crate::patterns::PatternsBuilder::new().build().unwrap();
        let web_page = r#"<script type="application/ld+json">{"@type":"WebPage","datePublished":"2020-02-02T10:00:00Z"}</script>"#;
        let article = r#"<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-01-01"}</script>"#;
        // Page, and the date read from it.
        let cases = [
            ("json_ld_article_first", format!(r#"{web_page}<meta property="article:published_time" content="2019-01-01">{article}"#), Some("2021-01-01")),
            (
                "open_graph_before_microdata",
                r#"<meta itemprop="datePublished" content="2018-05-05"><meta property="article:published_time" content="2019-01-01">"#.to_string(),
                Some("2019-01-01"),
            ),
            ("microdata_meta", r#"<meta itemprop="datePublished" content="2018-05-05T13:08:00-0500">"#.to_string(), Some("2018-05-05T13:08")),
            ("dublin_core", r#"<meta name="DC.Date" content="2019-06-25">"#.to_string(), Some("2019-06-25")),
            ("web_page_before_time_element", format!(r#"{web_page}<time datetime="2017-07-07">x</time>"#), Some("2020-02-02T10:00")),
            ("words_are_not_read_here", r#"<meta name="date" content="March 27, 2025">"#.to_string(), None),
        ];
        for (name, html, want) in cases {
            assert_eq!(to_text(&html, &p).meta.published.as_deref(), want, "{name}");
        }
    }

    #[test]
    fn titles_lose_their_site_suffix() {
        let cases = [
            (Some("Harbour wall extended | Harbour Times"), None, None, Some("Harbour wall extended")),
            (
                Some("Harbour wall extended - The Daily Harbour News Online Edition"),
                Some("The Daily Harbour News Online Edition"),
                None,
                Some("Harbour wall extended"),
            ),
            (Some("Harbour wall extended after debate - Times"), None, Some("Harbour wall extended after debate"), Some("Harbour wall extended after debate")),
            (Some("Q&A - Part 2"), None, None, Some("Q&A - Part 2")),
            (None, None, Some("Headline"), None),
        ];
        for (title, site, headline, want) in cases {
            assert_eq!(article_title(title.map(str::to_string), site, headline).as_deref(), want, "{title:?}");
        }
    }

    #[test]
    fn an_h1_is_the_headline_unless_it_names_the_site() {
        let p = crate::patterns::PatternsBuilder::new().build().unwrap();
        // Page, and the headline read from it.
        let cases = [
            (
                "reworded_for_search",
                "<title>Harbour Wall Guide 2025 | Times</title><h1>Why the harbour wall was extended</h1>",
                Some("Why the harbour wall was extended"),
            ),
            ("no_declared_title", "<h1>Harbour &amp; wall</h1><p>x</p>", Some("Harbour & wall")),
            ("logo_named_in_the_title", "<title>Harbour wall extended | Harbour Times</title><h1><a href=/>Harbour Times</a></h1>", None),
            ("logo_named_by_og_site_name", r#"<meta property="og:site_name" content="Harbour"><title>Harbour wall</title><h1>Harbour</h1>"#, None),
            ("section_name_shares_no_word", "<title>Harbour wall extended</title><h1>Our Blog</h1>", None),
            (
                "the_first_h1_that_is_not_the_logo",
                "<title>Harbour wall extended | Harbour Times</title><h1>Harbour Times</h1><h1>Harbour wall extended</h1>",
                Some("Harbour wall extended"),
            ),
            ("two_h1s_and_no_title_name_no_headline", "<h1>Harbour wall</h1><h1>Harbour news</h1>", None),
            ("a_permalink_mark_is_not_text", "<title>Harbour wall</title><h1>Harbour wall<a href=#h>¶</a>\n</h1>", Some("Harbour wall")),
            ("site_segment_closed_by_a_separator", "<title>Harbour wall :: Harbour Times ::</title><h1>Harbour Times</h1>", None),
            ("hidden_h1_is_not_counted", "<title>Harbour wall</title><h1 hidden>Harbour news</h1><h1>Harbour wall</h1>", Some("Harbour wall")),
        ];
        for (name, html, want) in cases {
            assert_eq!(to_text(html, &p).meta.headline.as_deref(), want, "{name}");
        }
    }

    #[test]
    fn byline_elements_are_read_in_page_order() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("common.pat"), "[html_byline]\nauthor\nbyline\n[html_chrome]\nauthor-box\n").unwrap();
        let p = crate::patterns::PatternsBuilder::new().dir(dir.path()).unwrap().build().unwrap();
        let html = r#"<p>Intro text.</p><div class="PostByline"><span>By</span><a href="/u/jd">Jane&nbsp;Doe</a></div>
            <p>Body.</p><a rel="author" href="/u/jr">John Roe</a><div class="author-box"><p>Jane writes.</p><p>About her.</p></div>
            <script class="author">x</script>"#;
        let doc = to_text(html, &p);
        let texts: Vec<&str> = doc.meta.bylines.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["By Jane Doe", "John Roe", "Jane writes. About her."]);
        assert!(doc.text.contains("Jane writes."), "a byline element is still text: {:?}", doc.text);
    }

    #[test]
    fn class_and_id_tokens_mark_chrome_lines() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("common.pat"), "[html_chrome]\nsidebar\nshare\n").unwrap();
        let p = crate::patterns::PatternsBuilder::new().dir(dir.path()).unwrap().build().unwrap();
        let html = r#"<body class="has-sidebar"><article><p>Body text.</p></article>
            <div class="share-buttons"><p>Share this</p></div><div id="sidebar_right"><p>Popular</p></div>
            <div class="shared-content"><p>Kept</p></div><div class="ShareButtons"><p>Tweet</p></div>
            <div class="sharedContent"><p>Kept too</p></div></body>"#;
        let doc = to_text(html, &p);
        let marked: Vec<(&str, bool)> = doc.text.lines().zip(&doc.blocks).map(|(l, b)| (l, !b.chrome.is_empty())).collect();
        let want = [("Body text.", false), ("Share this", true), ("Popular", true), ("Kept", false), ("Tweet", true), ("Kept too", false)];
        assert_eq!(marked, want);
    }

    #[test]
    fn camel_case_starts_a_word() {
        for (value, want) in [
            ("relatedArticles", "related-articles"),
            ("TestReport__AuthorBox", "test-report__author-box"),
            ("ndPLUS-Abowerbung", "nd-plus-abowerbung"),
            ("h2Title", "h2-title"),
            ("ALLCAPS", "allcaps"),
        ] {
            assert_eq!(lower_camel_case(value), want, "{value}");
        }
    }

    #[test]
    fn hostile_html_terminates() {
        let deep = "<div>".repeat(10_000) + "x" + &"</div>".repeat(10_000);
        let p = crate::patterns::PatternsBuilder::new().build().unwrap();
        assert_eq!(to_text(&deep, &p).text.trim(), "x");
        for s in ["<", "<p", "<!--", "&#xFFFFFFFF;", "<script>never closed", "<p>a<p>b</div></span>", "&"] {
            let _ = to_text(s, &p);
        }
        assert_eq!(decode_entities("a &amp; b &#233; &bogus; &"), "a & b é &bogus; &");
    }

    #[test]
    fn entities_table() {
        let cases = [
            ("cerr&oacute; d&oacute;lares", "cerró dólares"),
            ("&Uuml;ber &szlig; &euro;5 &apos;x&apos;", "Über ß €5 'x'"),
            ("&#150; &#x2019; &#0; &#xD800;", "– ’ &#0; &#xD800;"),
            ("&ouml &notanentity; &AMP;", "&ouml &notanentity; &AMP;"),
        ];
        for (raw, want) in cases {
            assert_eq!(decode_entities(raw), want, "{raw}");
        }
        assert!(NAMED.windows(2).all(|w| w[0].0 < w[1].0), "NAMED must stay sorted for binary search");
    }

    #[test]
    fn attributes_table() {
        let cases: [(&str, &[(&str, &str)]); 7] = [
            (r#" class="a b" id='x'"#, &[("class", "a b"), ("id", "x")]),
            (" hidden data-id=7", &[("hidden", ""), ("data-id", "7")]),
            (r#" title="has id=fake inside" ID=real"#, &[("title", "has id=fake inside"), ("ID", "real")]),
            (" a = 1 /", &[("a", "1")]),
            (r#" class="unterminated"#, &[("class", "unterminated")]),
            (" =x y", &[("", "x"), ("y", "")]),
            ("", &[]),
        ];
        for (attrs, want) in cases {
            assert_eq!(attributes(attrs).collect::<Vec<_>>(), want, "{attrs:?}");
        }
        assert_eq!(attr(r#" title="has id=fake inside" ID=real"#, "id").as_deref(), Some("real"));
        let hidden = |attrs| tag_attrs(attrs).hidden || tag_attrs(attrs).landmark;
        assert!(hidden(r#" style="display: none""#) && hidden(r#" style="color:red;display :none""#) && hidden(" role=navigation"));
        assert!(!hidden(r#" aria-hidden="false""#) && !hidden(r#" style="display:block""#));
    }

    #[test]
    fn only_anchors_with_href_are_link_text() {
        let p = crate::patterns::PatternsBuilder::new().build().unwrap();
        let doc = to_text(r#"<p><a name="top">Chapter one</a></p><p><a href="/2">Chapter two</a></p>"#, &p);
        let links: Vec<usize> = doc.blocks.iter().map(|b| b.link_chars).collect();
        assert_eq!(links, vec![0, 10]);
    }

    #[test]
    fn ruby_readings_are_not_text() {
        let p = crate::patterns::PatternsBuilder::new().build().unwrap();
        let doc = to_text("<p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくす</p>", &p);
        assert_eq!(doc.text.trim(), "子どもへの虐待をなくす");
    }

    #[test]
    fn push_words_splits_like_split_whitespace() {
        // Every kind of space and of character, around and inside words of
        // every length the eight-byte reader meets.
        let pieces = [
            " ",
            "  ",
            "\t",
            "\n",
            "\r\n",
            "\u{b}",
            "\u{c}",
            "\u{85}",
            "\u{a0}",
            "\u{1680}",
            "\u{2000}",
            "\u{200a}",
            "\u{200b}",
            "\u{2028}",
            "\u{2029}",
            "\u{202f}",
            "\u{205f}",
            "\u{3000}",
            "\u{1}",
            "\u{1f}",
            "a",
            "Zz",
            "word",
            "eightchr",
            "ninechars",
            "tiếng",
            "Việt",
            "ờ",
            "中文",
            "😀",
            "\u{e1}\u{9a}",
            "!",
            "~",
        ];
        let mut generated: Vec<String> = Vec::new();
        let mut seed = 7u64;
        for _ in 0..3000 {
            let mut t = String::new();
            for _ in 0..(seed % 12) {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                t.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            }
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            generated.push(t);
        }
        let table = ["", "   ", " a  b\tc\n", "x\u{a0}y\u{2009}z\u{3000}", "Việt\u{85}Nam  ", "\u{b}v\u{c}", "tiếng Việt có dấu"];
        for text in table.iter().copied().chain(generated.iter().map(String::as_str)) {
            let mut out = String::from("pre");
            let got = push_words(&mut out, text);
            let words: Vec<&str> = text.split_whitespace().collect();
            let want = format!("pre{}", words.join(" "));
            assert_eq!(out, want, "{text:?}");
            let chars: usize = words.iter().map(|w| w.chars().count()).sum();
            assert_eq!(got, (!words.is_empty()).then_some(chars), "{text:?}");
        }
    }

    #[test]
    fn script_end_is_found_case_insensitively() {
        let html = "<script>if (a</b) x = '</scr';</SCRIPT >after";
        assert_eq!(&html[close_tag_end(html, 8, "</script").unwrap()..], "after");
        assert_eq!(close_tag_end("<script>never", 8, "</script"), None);
    }
}
