//! Stage 4, classify: decide for every line whether it is article or chrome.
//!
//! In: the segmented [`Line`]s of one page and its active pattern sets (their
//! stopwords and job titles). Out: one [`Verdict`] per line and the article
//! core (the index range of the densest run of content).
//!
//! Three signals combine, strongest first:
//! 1. Pattern hits (data from `config/patterns/`): a `drop` hit always drops,
//!    and so does a short line that whole-line `drop` patterns cover end to
//!    end (a row of buttons, `Share Tweet`);
//!    `footer`, `header` and `section` markers cut the page into zones. A
//!    footer marker needs half of the prose above it, or 400 characters on
//!    a long page; one matched inside a line (`match=contains`) always half.
//! 2. Per-line content class, jusText style: sentence-like lines (long, with
//!    stopwords or sentence punctuation) are *good*; menus, link lists and
//!    keyword runs are *bad*; short lines take the class of their neighbours.
//!    A page with no good line at all (a timeline, a fact sheet) promotes
//!    its near-good lines: they are the best content it has. Excerpts cut
//!    off with an ellipsis, several close together, are teasers
//!    (`apply_teasers`). Below the article, date line after date line,
//!    each over a headline and a summary, is a feed of other articles and
//!    ends the article as a footer marker does (`dated_listing_starts`):
//!    with most of the page's prose above it, or under a section marker
//!    (`Latest News`), whose summaries may outweigh a short article; and
//!    so does an author's bio with two thirds of the prose above it. In text
//!    input, a lowercase phrase between two sentences is an image's alt text.
//! 3. Position: the article core is the maximum-sum run of line weights
//!    (good lines weigh their length, chrome weighs against), widened over
//!    runs beyond it that weigh a tenth as much: an article split by a long
//!    code listing or table is one article. Content far from
//!    the core is chrome unless it is unmistakably prose. For HTML, the core
//!    is then fitted to the element that holds its prose (`fit_to_container`).
//!    Plain list items and table rows right next to the core join it
//!    (`extend_over_lists`).
//!
//! Invariant: verdicts only ever drop lines; no text is invented or reordered.

use super::names::{BIO_MIN_WORDS, before_byte, bio_name, is_name, lists_people, opening_name, without_title};
use super::normalize::fold;
use super::segment::Line;
use crate::patterns::{Active, Mode, Patterns};

/// Why a line was dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// A `drop`/`drop_contains` pattern, or a marker line itself (entry id).
    Pattern(usize),
    /// A row of `drop` labels printed as one line (the entry of its label listed first in the pattern files).
    Labels(usize),
    /// After a footer marker that follows the article (entry id).
    AfterFooter(usize),
    /// Above a header marker (entry id).
    BeforeHeader(usize),
    /// Inside a related/most-read list under a section marker (entry id).
    InSection(usize),
    /// Nothing but punctuation, or only template residue.
    NoWords,
    /// A menu: separators or links.
    LinkList,
    /// One of several nearby excerpts cut off with an ellipsis: teasers of
    /// other articles.
    Teasers,
    /// At or after the start of a dated listing below the article: other
    /// articles' dates, headlines and summaries.
    DatedListing,
    /// At or after an author's bio below the article: the author box and
    /// what the page puts under it.
    AuthorBio,
    /// A lowercase phrase between two sentences: an image's alt text.
    AltText,
    /// Short, low-content line with no article context.
    Boilerplate,
    /// Away from the article core.
    OutsideCore,
    /// Above the headline that the URL names: the page's header.
    AboveTitle,
    /// The same text already stands in the article.
    Duplicate,
    /// All that is left of the page is too short to be an article.
    NoArticle,
    /// Metadata lines, read into the record's fields.
    Title,
    Byline,
    Date,
    Source,
}

impl Reason {
    /// The heuristic's name for `--explain` and metrics; patterns name
    /// themselves through their entry.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Pattern(_) => "pattern",
            Reason::Labels(_) => "labels",
            Reason::AfterFooter(_) => "after_footer",
            Reason::BeforeHeader(_) => "before_header",
            Reason::InSection(_) => "in_section",
            Reason::NoWords => "no_words",
            Reason::LinkList => "link_list",
            Reason::Teasers => "teasers",
            Reason::DatedListing => "dated_listing",
            Reason::AuthorBio => "author_bio",
            Reason::AltText => "alt_text",
            Reason::Boilerplate => "boilerplate",
            Reason::OutsideCore => "outside_core",
            Reason::AboveTitle => "above_title",
            Reason::Duplicate => "duplicate",
            Reason::NoArticle => "no_article",
            Reason::Title => "title",
            Reason::Byline => "byline",
            Reason::Date => "date",
            Reason::Source => "source",
        }
    }

    /// The pattern entry behind this reason, if any.
    pub fn entry(self) -> Option<usize> {
        match self {
            Reason::Pattern(e) | Reason::Labels(e) | Reason::AfterFooter(e) | Reason::BeforeHeader(e) | Reason::InSection(e) => Some(e),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Keep,
    Drop(Reason),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Good,
    Near,
    Short,
    Bad,
}

/// The classifier's output for one page.
#[derive(Debug)]
pub struct Classified {
    pub verdicts: Vec<Verdict>,
    /// First and last line index of the article core, if there is content.
    pub core: Option<(usize, usize)>,
}

/// Date lines this close (in lines) make a dated listing.
const DATED_LISTING_GAP: usize = 12;
/// An entry of a dated listing has at most this many words: a headline
/// and a summary. A blog's front page, whose entries are whole posts, is
/// content (cleaneval keeps it; 120 cut one such page).
const DATED_ITEM_MAX_WORDS: usize = 80;
/// A longer entry is still one of a listing when it holds a headline (a
/// line of 2 to [`DATED_HEADLINE_MAX_WORDS`] words that ends no sentence)
/// and at most this many summaries (lines of [`DATED_SUMMARY_MIN_WORDS`]
/// words or more), each of at most [`DATED_SUMMARY_MAX_WORDS`]: a news grid
/// puts one or two teasers under a date, a blog's front page a post's
/// paragraphs, and a chronology a paragraph with no headline.
const DATED_ITEM_MAX_SUMMARIES: usize = 2;
const DATED_HEADLINE_MAX_WORDS: usize = 20;
const DATED_SUMMARY_MIN_WORDS: usize = 10;
const DATED_SUMMARY_MAX_WORDS: usize = 120;
/// An author box's name line stands at most this many lines above its bio
/// (a job title or a photo's alt text may stand between).
const BOX_GAP: usize = 3;
/// An author box's heading line has at most this many words: a label, the
/// name and a credential or job title.
const BOX_HEADING_MAX_WORDS: usize = 10;
/// A label before an author box's name (`Written by:`) has at most this many words.
const BOX_LABEL_MAX_WORDS: usize = 3;

/// Alt text has this many words at least and at most, and the sentence
/// above it at least `ALT_TEXT_PROSE_WORDS`.
const ALT_TEXT_MIN_WORDS: usize = 2;
const ALT_TEXT_MAX_WORDS: usize = 10;
const ALT_TEXT_PROSE_WORDS: usize = 8;
/// Excerpts this close (in lines) are teasers.
const TEASER_GAP: usize = 3;
/// Shorter lines ending in an ellipsis are headings or menu items, not excerpts.
const TEASER_MIN_WORDS: usize = 8;

/// A line whose link ratio is above this is a link list (a menu, related links).
pub const LINK_LIST_RATIO: f32 = 0.5;

/// The article's container holds at least this share of the core's prose.
const CONTAINER_SHARE: f64 = 0.85;

/// Tunables of the content heuristics. The defaults are measured on the dev
/// sets (see the README's quality table); they are not per-site knobs.
#[derive(Clone, Debug)]
pub struct Heuristics {
    /// A line of at least this many words with sentence punctuation is prose.
    pub good_min_words: usize,
    /// A line this long is prose whatever its punctuation.
    pub good_min_chars: usize,
    /// Minimum stopword share for prose, when the language has a stopword list.
    pub min_stop_ratio: f32,
    /// Lines shorter than this many words are "short": context decides.
    pub short_max_words: usize,
    /// Prose outside the core is kept when at least this long.
    pub outside_core_min_chars: usize,
    /// A page whose kept text has fewer words than this has no article (an
    /// archive index, a login page): one leftover line is not a document.
    pub article_min_words: usize,
}

impl Default for Heuristics {
    fn default() -> Self {
        Heuristics { good_min_words: 10, good_min_chars: 220, min_stop_ratio: 0.15, short_max_words: 6, outside_core_min_chars: 200, article_min_words: 10 }
    }
}

/// Drops what is kept when it is too short to be an article (see
/// [`Heuristics::article_min_words`]). Runs last, once the metadata reader
/// has taken the title, byline and date lines out.
pub fn require_article(lines: &[Line], verdicts: &mut [Verdict], h: &Heuristics) {
    let kept_words: usize = lines.iter().zip(verdicts.iter()).filter(|(_, v)| **v == Verdict::Keep).map(|(l, _)| l.f.words).sum();
    if kept_words >= h.article_min_words {
        return;
    }
    for v in verdicts.iter_mut().filter(|v| **v == Verdict::Keep) {
        *v = Verdict::Drop(Reason::NoArticle);
    }
}

pub fn classify(lines: &[Line], parents: &[u32], patterns: &Patterns, active: &Active, h: &Heuristics) -> Classified {
    let has_stopwords = patterns.has_stopwords(active);
    let n = lines.len();
    let mut class: Vec<Class> = lines.iter().map(|l| initial_class(l, has_stopwords, h)).collect();
    let mut verdicts: Vec<Verdict> = lines.iter().map(hard_verdict).collect();
    for (c, v) in class.iter_mut().zip(&verdicts) {
        if *v != Verdict::Keep {
            *c = Class::Bad;
        }
    }
    apply_sections(lines, &class, &mut verdicts);
    apply_teasers(lines, &mut verdicts);
    for (c, v) in class.iter_mut().zip(&verdicts) {
        if *v != Verdict::Keep {
            *c = Class::Bad;
        }
    }
    revise_by_context(&mut class);
    if !class.contains(&Class::Good) {
        // No prose at all (a timeline, a fact sheet): the near-good lines
        // are the best content the page has.
        for c in class.iter_mut().filter(|c| **c == Class::Near) {
            *c = Class::Good;
        }
        revise_by_context(&mut class);
    }

    let good_total: usize = (0..n).filter(|&i| class[i] == Class::Good).map(|i| lines[i].f.chars).sum();
    apply_footer(lines, &class, good_total, &mut verdicts, patterns, active);
    apply_header(lines, &class, good_total, &mut verdicts);

    let core = find_core(lines, &class, &verdicts)
        .map(|(s, e)| fit_to_container(lines, parents, &class, &verdicts, s, e))
        .map(|(s, e)| extend_over_lists(lines, &class, &verdicts, s, e))
        .map(|(s, e)| (include_heading(lines, &class, &verdicts, s), e));
    for i in 0..n {
        if verdicts[i] != Verdict::Keep {
            continue;
        }
        let in_core = core.is_some_and(|(s, e)| s <= i && i <= e);
        verdicts[i] = match class[i] {
            Class::Good if in_core => Verdict::Keep,
            Class::Good if is_strong_prose(&lines[i], h) => Verdict::Keep,
            Class::Good => Verdict::Drop(Reason::OutsideCore),
            _ if lines[i].f.separators >= 2 || lines[i].f.link_ratio > LINK_LIST_RATIO => Verdict::Drop(Reason::LinkList),
            Class::Short | Class::Near if in_core => Verdict::Keep,
            _ if in_core => Verdict::Drop(Reason::Boilerplate),
            _ => Verdict::Drop(Reason::OutsideCore),
        };
    }
    // Text only: the HTML scanner prints no alt text, and a line like it
    // there is a code block's or a link's.
    let text_input = parents.is_empty();
    for i in 1..n.saturating_sub(1) {
        if text_input && verdicts[i] == Verdict::Keep && is_alt_text(&lines[i - 1], &lines[i], &lines[i + 1]) {
            verdicts[i] = Verdict::Drop(Reason::AltText);
        }
    }
    Classified { verdicts, core }
}

/// Whether `l` is an image's alt text, as text extractors print it between
/// paragraphs (`woman lifting hand weights`): a few words, letters only, in
/// lowercase from the first, after a sentence and before a capital. A
/// heading starts with a capital; a line-wrapped paragraph's next line
/// follows a line that does not end a sentence.
fn is_alt_text(prev: &Line, l: &Line, next: &Line) -> bool {
    (ALT_TEXT_MIN_WORDS..=ALT_TEXT_MAX_WORDS).contains(&l.f.words)
        && l.text.chars().next().is_some_and(char::is_lowercase)
        && l.text.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’'))
        && prev.f.terminal
        && prev.f.words >= ALT_TEXT_PROSE_WORDS
        && next.text.chars().next().is_some_and(char::is_uppercase)
}

/// Drops that need no context: pattern hits and wordless lines.
fn hard_verdict(l: &Line) -> Verdict {
    let hits = &l.f.hits;
    if l.f.words == 0 {
        return Verdict::Drop(Reason::NoWords);
    }
    if let Some(e) = l.chrome.or(hits.drop).or(hits.footer).or(hits.header).or(hits.section) {
        return Verdict::Drop(Reason::Pattern(e));
    }
    if let Some(e) = hits.labels {
        return Verdict::Drop(Reason::Labels(e));
    }
    Verdict::Keep
}

fn initial_class(l: &Line, has_stopwords: bool, h: &Heuristics) -> Class {
    let f = &l.f;
    let menu = f.separators >= 2 && !(f.terminal && f.words > 20);
    if menu || f.link_ratio > LINK_LIST_RATIO {
        return Class::Bad;
    }
    let stop_ok = !has_stopwords || f.stop_ratio >= h.min_stop_ratio;
    if f.chars >= h.good_min_chars && (stop_ok || f.terminal) {
        return Class::Good;
    }
    if f.words >= h.good_min_words && f.terminal && stop_ok {
        return Class::Good;
    }
    if f.words <= h.short_max_words || f.item && !f.terminal {
        return Class::Short;
    }
    if has_stopwords && f.stop_ratio < 0.05 && !f.terminal && !is_field(&l.text) {
        return Class::Bad;
    }
    Class::Near
}

/// A label before a colon opens this many words at most (`Best budget tent:`).
const FIELD_LABEL_MAX_WORDS: usize = 6;

/// Whether a line is a field and its value (`Key services: SEO, paid social`,
/// `Best budget tent: Nemo Aurora ($200)`): a listicle's or a spec sheet's
/// line, whose words are names and figures rather than stopwords.
fn is_field(text: &str) -> bool {
    label_colon(text, FIELD_LABEL_MAX_WORDS).is_some_and(|at| at + 2 < text.len())
}

/// Where the colon of a label (`Written by: `, `Key services: `) stands: the
/// first `: ` among the line's first `max_words` words. A byte loop: the
/// lines asked about are short, and a string search costs more to set up.
fn label_colon(text: &str, max_words: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut spaces = 0;
    for (at, &c) in b.iter().enumerate() {
        if c == b':' && b.get(at + 1) == Some(&b' ') {
            return Some(at);
        }
        spaces += usize::from(c == b' ');
        if spaces == max_words {
            return None;
        }
    }
    None
}

/// jusText-style context: short and near-good lines take their class from
/// the nearest decided neighbours. A short line between two good lines is part
/// of the article (a heading, a one-line paragraph); a near-good line next to
/// prose is prose.
fn revise_by_context(class: &mut [Class]) {
    // The nearest decided class before and after each line, in two linear
    // passes: a page of thousands of short lines must not cost n².
    let before = nearest_decided(class, 0..class.len());
    let after = nearest_decided(class, (0..class.len()).rev());
    for ((c, p), q) in class.iter_mut().zip(before).zip(after) {
        let good = match *c {
            Class::Short => p == Class::Good && q == Class::Good,
            Class::Near => p == Class::Good || q == Class::Good,
            _ => false,
        };
        if good {
            *c = Class::Good;
        }
    }
}

/// For each line, the last good or bad class met before it, walking the
/// lines in `order`; the page's edge counts as bad.
fn nearest_decided(class: &[Class], order: impl Iterator<Item = usize>) -> Vec<Class> {
    let mut nearest = vec![Class::Bad; class.len()];
    let mut last = Class::Bad;
    for i in order {
        nearest[i] = last;
        if matches!(class[i], Class::Good | Class::Bad) {
            last = class[i];
        }
    }
    nearest
}

/// Prose strong enough to keep even outside the core.
fn is_strong_prose(l: &Line, h: &Heuristics) -> bool {
    l.f.chars >= h.outside_core_min_chars && l.f.terminal && l.f.link_ratio < 0.1
}

/// A section marker ("Related", "Most read") drops the list below it: every
/// line up to the next sentence-like paragraph.
fn apply_sections(lines: &[Line], class: &[Class], verdicts: &mut [Verdict]) {
    let mut open: Option<usize> = None;
    for i in 0..lines.len() {
        if let Some(e) = lines[i].f.hits.section {
            open = Some(e);
            continue;
        }
        let Some(e) = open else { continue };
        if class[i] == Class::Good && lines[i].f.terminal {
            open = None;
        } else if verdicts[i] == Verdict::Keep {
            verdicts[i] = Verdict::Drop(Reason::InSection(e));
        }
    }
}

/// An excerpt: a paragraph cut off with an ellipsis (`…`, `...`, `[…]`).
fn is_excerpt(l: &Line) -> bool {
    l.f.words >= TEASER_MIN_WORDS && ["...", "…", "[…]", "[...]"].iter().any(|e| l.text.trim_end().ends_with(e))
}

/// Excerpts within a few lines of each other are a list of teasers; one
/// excerpt alone is the article's own ellipsis. When excerpts are most of
/// the page's prose, the page is an index (classified ads, a review digest)
/// and the excerpts are its content.
fn apply_teasers(lines: &[Line], verdicts: &mut [Verdict]) {
    let excerpts: Vec<usize> = (0..lines.len()).filter(|&i| verdicts[i] == Verdict::Keep && is_excerpt(&lines[i])).collect();
    let prose = |i: &usize| if lines[*i].f.words >= TEASER_MIN_WORDS { lines[*i].f.chars } else { 0 };
    if excerpts.iter().map(prose).sum::<usize>() * 2 > (0..lines.len()).map(|i| prose(&i)).sum::<usize>() {
        return;
    }
    for (k, &i) in excerpts.iter().enumerate() {
        let near = |j: Option<&usize>| j.is_some_and(|&j| j.abs_diff(i) <= TEASER_GAP);
        if near(k.checked_sub(1).and_then(|p| excerpts.get(p))) || near(excerpts.get(k + 1)) {
            verdicts[i] = Verdict::Drop(Reason::Teasers);
        }
    }
}

/// A footer marker met after enough of the article ends it, and so do the
/// start of a dated listing (see [`dated_listing_starts`]) and an author's
/// bio (`Jane Doe is a staff writer at …`, [`bio_name`], or an author box's,
/// [`boxed_bios`]).
fn apply_footer(lines: &[Line], class: &[Class], good_total: usize, verdicts: &mut [Verdict], patterns: &Patterns, active: &Active) {
    let listing = dated_listing_starts(lines);
    let boxed = boxed_bios(lines, patterns, active);
    let mut good_before = 0usize;
    let mut cut: Option<Reason> = None;
    for i in 0..lines.len() {
        // A listing needs most of the page's prose above it: one above the
        // article (a site's news column) must not cut the article off. One
        // under a section marker (`Latest News`) says what it is, and its
        // summaries may outweigh a short article.
        let in_section = matches!(verdicts[i], Verdict::Drop(Reason::InSection(_)));
        let listing_here = listing.binary_search(&i).is_ok() && (in_section || good_before * 2 >= good_total);
        // A bio needs two thirds: some sites box the author between the
        // article and its FAQ, which the gold keeps (half cut two such pages).
        // The bio test, the dearest, runs last and only until the article is cut.
        let bio_here = cut.is_none()
            && verdicts[i] == Verdict::Keep
            && good_before * 3 >= good_total * 2
            && (bio_name(&lines[i].text, lines[i].f.words, patterns, active).is_some() || boxed.binary_search(&i).is_ok());
        let marker = lines[i].f.hits.footer.map(Reason::AfterFooter).or(listing_here.then_some(Reason::DatedListing)).or(bio_here.then_some(Reason::AuthorBio));
        // A marker inside a line (`… All rights reserved.` in a photo credit
        // or a wrapped notice) is weaker than a line of its own: it must
        // come after half of the prose, whatever the page's length.
        let inside = matches!(marker, Some(Reason::AfterFooter(id)) if patterns.entry(id).mode == Mode::Contains);
        let needed = if inside { good_total } else { good_total.min(800) };
        // Under a comment heading, a thread (`Trả lời`, `Reply` under every
        // comment) ends the article however long its comments run.
        let thread = || !inside && matches!(marker, Some(Reason::AfterFooter(_))) && opens_thread(i, verdicts);
        if let (Some(reason), None) = (marker, cut)
            && good_before > 0
            && (good_before * 2 >= needed || thread())
        {
            cut = Some(reason);
            // A footer marker line is dropped by its own pattern already.
            if matches!(reason, Reason::AfterFooter(_)) {
                continue;
            }
            if reason == Reason::DatedListing {
                listing_head(i, verdicts);
            }
        }
        if let Some(reason) = cut {
            if verdicts[i] == Verdict::Keep {
                verdicts[i] = Verdict::Drop(reason);
            }
        } else if class[i] == Class::Good {
            good_before += lines[i].f.chars;
        }
    }
}

/// Lines looked at under a footer marker for a comment thread's buttons.
const THREAD_WINDOW: usize = 40;

/// Whether the lines under `marker` repeat one button pattern, with text
/// between the copies (`Trả lời` / `Thích` under each comment): a thread.
fn opens_thread(marker: usize, verdicts: &[Verdict]) -> bool {
    let window = &verdicts[marker + 1..(marker + 1 + THREAD_WINDOW).min(verdicts.len())];
    window.iter().enumerate().any(|(k, v)| {
        let Verdict::Drop(Reason::Pattern(id)) = *v else { return false };
        let next = window[k + 1..].iter().position(|w| *w == Verdict::Drop(Reason::Pattern(id)));
        next.is_some_and(|d| window[k + 1..k + 1 + d].contains(&Verdict::Keep))
    })
}

/// Lines an entry of a listing may hold above its date (headline, summary).
const ENTRY_ABOVE_DATE: usize = 3;

/// A listing whose entries print the date last (headline, summary, date)
/// starts above its first date: when a section's list took the first
/// entry's headline (`Tin cùng chuyên mục` / headline / summary / date), the
/// summary between it and the date is the listing's too.
fn listing_head(date: usize, verdicts: &mut [Verdict]) {
    let above = (date.saturating_sub(ENTRY_ABOVE_DATE)..date).rev().find(|&k| verdicts[k] != Verdict::Keep);
    if let Some(k) = above
        && matches!(verdicts[k], Verdict::Drop(Reason::InSection(_)))
    {
        for v in &mut verdicts[k + 1..date] {
            *v = Verdict::Drop(Reason::DatedListing);
        }
    }
}

/// The bios of author boxes: the name alone on a line, and within the next
/// lines a paragraph that opens with that name, or its given name alone, and
/// a lowercase word (`Chen Zhao` / `Chen Zhao is the head of economics
/// research …`, `Chen is the head of …`). The box heading
/// is what tells a bio from a sentence about a person, so no job title is
/// needed; the name must open with a given name (products and places take
/// the same shape in listicles). None when the names are a list of people
/// ([`lists_people`]).
fn boxed_bios(lines: &[Line], patterns: &Patterns, active: &Active) -> Vec<usize> {
    let mut boxes: Vec<(usize, &str)> = Vec::new();
    // Name lines are short and bios open with their bytes: both tested
    // before the name's shape, which most pages never reach.
    for (h, heading) in lines.iter().enumerate().filter(|(_, l)| (2..=BOX_HEADING_MAX_WORDS).contains(&l.f.words)) {
        // Bios are long: most short lines have none below them.
        if !lines[h + 1..].iter().take(BOX_GAP).any(|l| l.f.words >= BIO_MIN_WORDS) {
            continue;
        }
        let name = box_heading_name(&heading.text);
        let given = before_byte(name, b' ');
        if given.is_empty() {
            continue;
        }
        for (i, bio) in lines.iter().enumerate().skip(h + 1).take(BOX_GAP).filter(|(_, l)| l.f.words >= BIO_MIN_WORDS) {
            let text = without_title(&bio.text);
            let Some(rest) = text.strip_prefix(given).and_then(|rest| rest.strip_prefix(' ')) else { continue };
            // The whole name (`Chen Zhao is …`) or the given name alone (`Chen is …`).
            let opens = if rest.starts_with(char::is_lowercase) {
                is_name(name)
            } else {
                text.strip_prefix(name).is_some_and(|rest| rest.starts_with(' ')) && opening_name(&bio.text, bio.f.words).is_some_and(|(n, _)| n == name)
            };
            if opens && patterns.is_given_name(&fold(given), active) {
                boxes.push((i, name));
            }
        }
    }
    if lists_people(boxes.iter().map(|&(_, name)| name)) {
        return Vec::new();
    }
    let mut bios: Vec<usize> = boxes.into_iter().map(|(i, _)| i).collect();
    bios.sort_unstable();
    bios.dedup();
    bios
}

/// The name an author box's heading line gives: the line, less a label
/// (`Written by: `) and a credential or job title after a comma (`Brian
/// Stormont, CFP®`, `Sean Peek, Senior Analyst`).
fn box_heading_name(heading: &str) -> &str {
    let named = without_title(label_colon(heading, BOX_LABEL_MAX_WORDS).map_or(heading, |at| &heading[at + 2..]));
    before_byte(named, b',').trim_end()
}

/// The lines that can open a dated listing, in order: a date line with two
/// more after it, each within [`DATED_LISTING_GAP`] lines and
/// [`DATED_ITEM_MAX_WORDS`] words (or a headline and
/// [`DATED_ITEM_MAX_SUMMARIES`] summaries) of the last. An article prints
/// its date once; date after date, each over a headline and a summary, is a
/// feed of other articles.
fn dated_listing_starts(lines: &[Line]) -> Vec<usize> {
    let dated: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].f.dated && !lines[i].f.item).collect();
    let close = |a: usize, b: usize| {
        let entry = &lines[a..b];
        let summaries = || entry.iter().filter(|l| l.f.words >= DATED_SUMMARY_MIN_WORDS);
        // A chronology prints a paragraph under each date; a feed, a headline.
        let headline = entry[1..].iter().any(|l| !l.f.terminal && !l.f.dated && (2..=DATED_HEADLINE_MAX_WORDS).contains(&l.f.words));
        b - a <= DATED_LISTING_GAP
            && (entry.iter().map(|l| l.f.words).sum::<usize>() <= DATED_ITEM_MAX_WORDS
                || (headline && summaries().count() <= DATED_ITEM_MAX_SUMMARIES && summaries().all(|l| l.f.words <= DATED_SUMMARY_MAX_WORDS)))
    };
    dated.windows(3).filter(|w| close(w[0], w[1]) && close(w[1], w[2])).map(|w| w[0]).collect()
}

/// A header marker met before most of the article: what is above it is chrome.
fn apply_header(lines: &[Line], class: &[Class], good_total: usize, verdicts: &mut [Verdict]) {
    let mut good_before = 0usize;
    let mut last: Option<(usize, usize)> = None;
    for (i, l) in lines.iter().enumerate() {
        if let Some(e) = l.f.hits.header
            && good_before * 3 < good_total
        {
            last = Some((i, e));
        }
        if class[i] == Class::Good {
            good_before += l.f.chars;
        }
    }
    if let Some((m, e)) = last {
        for v in verdicts[..m].iter_mut().filter(|v| **v == Verdict::Keep) {
            *v = Verdict::Drop(Reason::BeforeHeader(e));
        }
    }
}

/// List items and table rows that are not links (HTML link text, or
/// URL-like words in text), next to the core, belong to it: a recipe's
/// ingredients above its steps, a product's specs below its description. A few short plain lines
/// may stand between (`Zutaten`, `Preparation: 20 min`) when a list of at
/// least [`LIST_MIN_ITEMS`] items lies beyond them. Other plain lines stay
/// out: taking them too let bylines, ratings and teasers in.
fn extend_over_lists(lines: &[Line], class: &[Class], verdicts: &[Verdict], s: usize, e: usize) -> (usize, usize) {
    let usable = |i: usize| verdicts[i] == Verdict::Keep && class[i] != Class::Bad && !lines[i].linked;
    let item = |i: usize| usable(i) && lines[i].f.item;
    let gap = |i: usize| usable(i) && !lines[i].f.item && class[i] != Class::Good;
    // From the core's edge `from` outward by `step` (+1 or -1): the last line
    // of the lists met, or `from`.
    let reach = |from: usize, step: isize| {
        let at = |k: usize| from.checked_add_signed(step * k as isize).filter(|&i| i < lines.len());
        let (mut edge, mut k) = (from, 1);
        loop {
            let mut gaps = 0;
            while gaps < LIST_MAX_GAP && at(k).is_some_and(gap) {
                gaps += 1;
                k += 1;
            }
            let mut items = 0;
            while at(k).is_some_and(item) {
                items += 1;
                k += 1;
            }
            // Items right at the edge need no count; across a gap they need a list.
            if items == 0 || (gaps > 0 && items < LIST_MIN_ITEMS) {
                return edge;
            }
            edge = at(k - 1).expect("an item was read there");
        }
    };
    (reach(s, -1), reach(e, 1))
}

/// Short plain lines that may stand between the core and a list.
const LIST_MAX_GAP: usize = 4;
/// Items a list needs to be taken across a gap.
const LIST_MIN_ITEMS: usize = 3;

/// A heading directly above the core belongs to it (the title, if it is
/// one, is taken out later by the metadata reader). A heading stands alone:
/// the last line of a block of short lines is a menu item, not a heading.
fn include_heading(lines: &[Line], class: &[Class], verdicts: &[Verdict], start: usize) -> usize {
    let Some(prev) = start.checked_sub(1) else { return start };
    let l = &lines[prev];
    let alone = prev == 0 || l.blank_before || l.heading;
    let heading = alone && matches!(class[prev], Class::Short | Class::Near) && !l.f.terminal && !l.f.item;
    if heading && verdicts[prev] == Verdict::Keep { prev } else { start }
}

/// HTML: the core shrinks to the smallest element that holds nearly all its
/// prose (the article's container): what the run picked up around that
/// element (teasers, comments, a bio box) is chrome.
fn fit_to_container(lines: &[Line], parents: &[u32], class: &[Class], verdicts: &[Verdict], s: usize, e: usize) -> (usize, usize) {
    if parents.is_empty() {
        return (s, e);
    }
    let up = |n: u32| parents.get(n as usize).copied().unwrap_or(0);
    // Prose characters per node, summed up the tree (parents precede children).
    let mut prose = vec![0usize; parents.len()];
    let mut total = 0;
    for i in s..=e {
        if class[i] == Class::Good {
            prose[lines[i].node as usize] += lines[i].f.chars;
            total += lines[i].f.chars;
        }
    }
    for n in (1..parents.len()).rev() {
        prose[up(n as u32) as usize] += prose[n];
    }
    let want = (total as f64 * CONTAINER_SHARE).ceil() as usize;
    // The deepest node holding `want`: the last in preorder with enough.
    let Some(container) = (1..parents.len()).rev().find(|&n| prose[n] >= want.max(1)) else { return (s, e) };
    let inside = |i: usize| {
        let mut n = lines[i].node as usize;
        while n > container {
            n = up(n as u32) as usize;
        }
        n == container
    };
    let Some(mut first) = (s..=e).find(|&i| inside(i)) else { return (s, e) };
    let last = (s..=e).rev().find(|&i| inside(i)).unwrap_or(e);
    // The run's lines right above the container stay while nothing bad
    // separates them: a lead or a subtitle printed in the page header.
    while first > s && class[first - 1] != Class::Bad && verdicts[first - 1] == Verdict::Keep {
        first -= 1;
    }
    // Prose of the same container beyond the run (past an embedded box) is
    // article too.
    let prose_inside = |i: &usize| class[*i] == Class::Good && verdicts[*i] == Verdict::Keep && inside(*i);
    let first = (0..first).find(prose_inside).unwrap_or(first);
    let last = (last + 1..lines.len()).rev().find(prose_inside).unwrap_or(last);
    (first, last)
}

/// The maximum-sum run of line weights (the densest stretch of prose),
/// widened over the runs beyond it that weigh a tenth as much.
fn find_core(lines: &[Line], class: &[Class], verdicts: &[Verdict]) -> Option<(usize, usize)> {
    let weight = |i: usize| -> f32 {
        let l = &lines[i];
        match (verdicts[i], class[i]) {
            (Verdict::Drop(Reason::AfterFooter(_) | Reason::BeforeHeader(_)), _) => -400.0,
            // A line a drop pattern names is removed on its own; inline
            // (`Xem thêm: <headline>`), its length says nothing about
            // where the article ends.
            (Verdict::Drop(Reason::Pattern(id)), _) if l.f.hits.drop == Some(id) => -15.0,
            (Verdict::Drop(Reason::Labels(_)), _) => -15.0,
            (Verdict::Drop(_), _) => -(l.f.chars.clamp(15, 120) as f32),
            (_, Class::Good) => l.f.chars.min(1500) as f32,
            (_, Class::Near) => -10.0,
            (_, Class::Short) => -20.0,
            (_, Class::Bad) => -(l.f.chars.clamp(20, 200) as f32),
        }
    };
    let w: Vec<f32> = (0..lines.len()).map(weight).collect();
    let (sum, mut s, mut e) = max_run(&w, 0, lines.len())?;
    // An article split by a long block that is not prose (source code, a
    // table of figures, an embedded gallery) has a second dense run beyond
    // it. Every run worth a tenth of the core joins it, with what lies
    // between (text cleaneval +0.0010, readability +0.0039,
    // trafilatura-eval +0.0007, wcxb +0.0005; HTML cleaneval +0.0081,
    // readability +0.0044, trafilatura-eval +0.0015, wcxb -0.0009).
    let worth = |r: &(f32, usize, usize)| r.0 >= sum * SECOND_RUN_SHARE;
    while let Some((_, _, last)) = max_run(&w, e + 1, lines.len()).filter(worth) {
        e = last;
    }
    while let Some((_, first, _)) = max_run(&w, 0, s).filter(worth) {
        s = first;
    }
    Some((s, e))
}

/// A run of content beyond the core joins it when it weighs at least this
/// share of the core (see `find_core`).
const SECOND_RUN_SHARE: f32 = 0.1;

/// The maximum-sum run of `w[from..to]`: (sum, first, last).
fn max_run(w: &[f32], from: usize, to: usize) -> Option<(f32, usize, usize)> {
    let mut best: Option<(f32, usize, usize)> = None;
    let mut sum = 0.0f32;
    let mut start = from;
    for (i, &wi) in w.iter().enumerate().take(to).skip(from) {
        if sum <= 0.0 {
            sum = wi;
            start = i;
        } else {
            sum += wi;
        }
        if sum > 0.0 && best.is_none_or(|(b, _, _)| sum > b) {
            best = Some((sum, start, i));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::segment::Features;

    fn line(words: usize) -> Line {
        Line {
            no: 1,
            text: String::new(),
            folded: None,
            blank_before: false,
            chrome: None,
            node: 0,
            heading: false,
            linked: false,
            f: Features { words, ..Features::default() },
        }
    }

    /// A page written one letter per line, each letter made into a line and
    /// its class by `make`; every verdict is `Keep`.
    fn page(spec: &str, make: impl Fn(char) -> (Line, Class)) -> (Vec<Line>, Vec<Class>, Vec<Verdict>) {
        let (lines, class): (Vec<Line>, Vec<Class>) = spec.chars().map(make).unzip();
        let verdicts = vec![Verdict::Keep; lines.len()];
        (lines, class, verdicts)
    }

    /// A line as `require_article` sees it: its words and its verdict so far.
    type WordsAndVerdict = (usize, Verdict);

    #[test]
    fn is_field_table() {
        let cases = [
            ("Best budget tent: Nemo Aurora 2P ($200)", true),
            ("Key services: SEO, paid social, conversion optimization", true),
            // The colon comes too late for a label, or nothing follows it.
            ("The three tents we liked best in this year's long test: Nemo, REI, MSR", false),
            ("Key services:", false),
            ("Nemo Aurora 2P ($200)", false),
        ];
        for (text, want) in cases {
            assert_eq!(is_field(text), want, "{text}");
        }
    }

    #[test]
    fn box_heading_name_table() {
        let cases = [
            ("Jane Doe", "Jane Doe"),
            ("Brian Stormont, CFP®", "Brian Stormont"),
            ("Written by: Sean Peek, Senior Analyst", "Sean Peek"),
            ("Dr. Ehsan Jazini", "Ehsan Jazini"),
            // A colon after a long opening is a sentence's, not a label's.
            ("What the council said next: Jane Doe", "What the council said next: Jane Doe"),
        ];
        for (heading, want) in cases {
            assert_eq!(box_heading_name(heading), want, "{heading}");
        }
    }

    #[test]
    fn require_article_table() {
        let dropped = Verdict::Drop(Reason::OutsideCore);
        // Lines' words and verdicts, and whether an article is left.
        let cases: &[(&str, &[WordsAndVerdict], bool)] = &[
            ("one_short_leftover_line_is_no_article", &[(7, Verdict::Keep), (40, dropped)], false),
            ("short_lines_that_add_up_are_an_article", &[(5, Verdict::Keep), (5, Verdict::Keep)], true),
            ("one_paragraph_is_an_article", &[(12, Verdict::Keep)], true),
            ("nothing_kept_stays_empty", &[(30, dropped)], false),
        ];
        for (name, page, article) in cases {
            let lines: Vec<Line> = page.iter().map(|&(w, _)| line(w)).collect();
            let mut verdicts: Vec<Verdict> = page.iter().map(|&(_, v)| v).collect();
            require_article(&lines, &mut verdicts, &Heuristics::default());
            assert_eq!(verdicts.contains(&Verdict::Keep), *article, "{name}");
            assert_eq!(verdicts[page.len() - 1] == dropped, page[page.len() - 1].1 == dropped, "{name}: other drops keep their reason");
        }
    }

    #[test]
    fn revise_by_context_table() {
        // One letter per line: `G` good, `B` bad, `s` short, `n` near-good.
        // Undecided lines look past each other to the nearest decided line.
        let cases: &[(&str, &str, &str)] = &[
            ("a_short_line_between_good_ones_is_good", "GsG", "GGG"),
            ("short_lines_look_past_each_other", "GsssG", "GGGGG"),
            ("a_short_line_after_a_bad_one_stays_short", "BsG", "BsG"),
            ("a_short_line_before_a_bad_one_stays_short", "GsB", "GsB"),
            ("the_page_edge_counts_as_bad", "sGs", "sGs"),
            ("a_near_line_by_good_prose_is_good", "nG", "GG"),
            ("a_near_line_looks_past_undecided_ones", "GsnB", "GsGB"),
            ("a_near_line_between_bad_ones_stays", "BnsB", "BnsB"),
            ("nothing_decided", "sns", "sns"),
        ];
        let class_of = |c: char| match c {
            'G' => Class::Good,
            'B' => Class::Bad,
            's' => Class::Short,
            _ => Class::Near,
        };
        for (name, page, want) in cases {
            let mut class: Vec<Class> = page.chars().map(class_of).collect();
            revise_by_context(&mut class);
            let want: Vec<Class> = want.chars().map(class_of).collect();
            assert_eq!(class, want, "{name}");
        }
    }

    #[test]
    fn find_core_table() {
        // One letter per line: `C` prose of 500 characters, `c` prose of 40,
        // `B` a bad line of 200 (weighing -200). Want: the core's span.
        let cases: &[(&str, &str, (usize, usize))] = &[
            ("one_run_is_the_core", "BCCCB", (1, 3)),
            ("code_between_two_halves_joins_them", "CCCBBBBBBBBCC", (0, 12)),
            ("a_run_before_the_core_joins_it", "CBBBBBBBCCCB", (0, 10)),
            ("every_run_worth_a_tenth_joins", "CCCCBBBBBBCBBBBBBC", (0, 17)),
            ("a_lone_short_paragraph_far_off_stays_out", "CCCCBBBBBBc", (0, 3)),
        ];
        for (name, spec, want) in cases {
            let (lines, class, verdicts) = page(spec, |c| {
                let mut l = line(10);
                l.f.chars = match c {
                    'C' => 500,
                    'c' => 40,
                    _ => 200,
                };
                (l, if c == 'B' { Class::Bad } else { Class::Good })
            });
            assert_eq!(find_core(&lines, &class, &verdicts), Some(*want), "{name}");
        }
    }

    #[test]
    fn extend_over_lists_table() {
        // A page as a string, one letter per line: `C` core prose, `i` a plain
        // list item, `l` a linked item, `s` a short plain line, `B` a bad
        // line. The core is the `C` run; want is the extended span.
        let cases: &[(&str, &str, (usize, usize))] = &[
            ("items_next_to_the_core_join_it", "iiCCi", (0, 4)),
            ("a_heading_between_joins_with_a_list_beyond", "BiiisCC", (1, 6)),
            ("a_short_list_beyond_a_gap_stays_out", "iisCC", (3, 4)),
            ("linked_items_stay_out", "lllsCC", (4, 5)),
            ("a_bad_line_stops_the_reach", "iiiBCC", (4, 5)),
            ("too_long_a_gap_stays_out", "iiissssssCC", (9, 10)),
            ("steps_then_details_then_nutrition", "CCsssiiii", (0, 8)),
        ];
        for (name, spec, want) in cases {
            let (lines, class, verdicts) = page(spec, |c| {
                let mut l = line(if c == 'C' { 30 } else { 3 });
                l.f.item = matches!(c, 'i' | 'l');
                l.linked = c == 'l';
                let class = match c {
                    'C' => Class::Good,
                    'B' => Class::Bad,
                    _ => Class::Short,
                };
                (l, class)
            });
            let (s, e) = (spec.find('C').unwrap(), spec.rfind('C').unwrap());
            assert_eq!(extend_over_lists(&lines, &class, &verdicts, s, e), *want, "{name}");
        }
    }
}
