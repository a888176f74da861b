//! Reading title, date, authors and source from the lines around the article.
//!
//! In: the lines, the classifier's verdicts and core, the page's lexicons.
//! Out: [`Meta`] and the indexes of the lines it consumed, which the
//! assembler then keeps out of the text (a byline or date line never stays
//! in the article body).
//!
//! Every reader looks only near the core: above it (the header zone), the
//! lines down to a few past its first paragraph, and the few lines after it.
//! Down to ten lines past that paragraph (a standfirst may pass for it), only
//! lines that say what they are count: `By Jane Doe`, a date alone. A date
//! in the middle of a paragraph is never a publication date. The one
//! exception is an author box (a name, then a bio opening with that name),
//! which is looked for anywhere from the core's last line down.
//!
//! Authors, strongest signal first: a byline the lexicons name (`By`, `Tác
//! giả`, `(Thực hiện)`, `Name (Theo Reuters)`, or a prefix after a date:
//! `March 3, 2021 by Jane Doe`), the page's byline markup
//! (HTML), a bare line of names at the article's edge (below the title
//! before above it, where it is usually the masthead; each name opening with
//! a `[given_names]` name or holding an `[author_teams]` word, and not one
//! whose words the page mostly writes in lowercase), then an author box.
//!
//! The title is the most heading-like line above the first paragraph; with
//! no declared title (text input), a line printing most of the URL slug's
//! words wins, and what was kept above that line is the page's header.

use super::classify::{Classified, Reason, Verdict};
use super::date::{find_date, month_of};
use super::names::{BIO_MIN_WORDS, NAME_MAX_WORDS, before_byte, bio_name, is_capital, is_initials, is_name, lists_people, trim_name_end};
use super::normalize::{fold, is_combining};
use super::segment::{Line, is_numbered};
use crate::fxhash::FxHashSet;
use crate::patterns::{Active, Patterns};
use unicode_normalization::UnicodeNormalization;

/// Header zone: how many lines above the core are read.
const ABOVE: usize = 12;
/// How many lines at the top of the core may hold a byline or date.
const CORE_TOP: usize = 4;
/// How many lines after the core may hold a byline.
const BELOW: usize = 4;
/// How many lines past the core's first paragraph a byline or a date alone
/// that says what it is may stand.
const DEEP: usize = 10;
/// How many lines above a date alone the headline is looked for.
const TITLE_ABOVE_DATE: usize = 3;
/// A metadata line has at most this many words.
const META_MAX_WORDS: usize = 14;
/// A date line above the article's zone has at most this many words.
const HEADER_DATE_MAX_WORDS: usize = 6;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Meta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub source: Option<String>,
}

/// What the page says of itself besides its lines.
#[derive(Clone, Copy, Debug, Default)]
pub struct Hints<'a> {
    /// The page's language.
    pub lang: Option<&'a str>,
    /// The title the page declares (HTML `<title>`, `og:title`): when given,
    /// only a line that prints it can be the title line.
    pub page_title: Option<&'a str>,
    /// The text of the page's byline elements (HTML).
    pub bylines: &'a [String],
    /// The words of the URL's slug ([`crate::envelope::slug_words`]): a line
    /// printing most of them is the headline.
    pub slug: &'a [String],
    /// The date the URL's path spells ([`crate::envelope::url_date`]): the
    /// date when the article's lines print none.
    pub url_date: Option<&'a str>,
}

/// Reads the metadata and marks the lines it came from.
pub fn read(lines: &[Line], c: &mut Classified, hints: &Hints, patterns: &Patterns, active: &Active) -> Meta {
    let Hints { lang, page_title, bylines, slug, url_date } = *hints;
    let mut meta = Meta::default();
    let Some((start, end)) = c.core else { return Meta { published: url_date.map(str::to_string), ..meta } };
    let top = start.saturating_sub(ABOVE);
    let start = (start..=end).find(|&i| c.verdicts[i] == Verdict::Keep).unwrap_or(start);
    // The core may open with the title and a kicker: the byline and date
    // lines are counted from its first paragraph.
    let first_prose = (start..=end).find(|&i| is_prose(&lines[i], c.verdicts[i])).unwrap_or(start);
    let zone: Vec<usize> = (top..(first_prose + CORE_TOP).min(end + 1)).chain(end + 1..(end + 1 + BELOW).min(lines.len())).collect();
    // Below the zone, down to `DEEP` lines past the first paragraph, only
    // lines that say what they are: `By Jane Doe …` and a date alone. A
    // standfirst long enough to pass for the first paragraph, and an author
    // box under it, push them there.
    let deep = (first_prose + CORE_TOP).min(end + 1)..(first_prose + DEEP).min(end + 1);

    // The line a date alone was read from.
    let mut dated_at = None;
    for (i, deep) in zone.iter().map(|&i| (i, false)).chain(deep.map(|i| (i, true))) {
        let l = &lines[i];
        if l.f.words > META_MAX_WORDS || (deep && l.f.terminal) {
            continue;
        }
        if !deep
            && meta.source.is_none()
            && let Some(s) = source_line(&l.text, patterns, active)
        {
            meta.source = Some(s);
            mark(c, i, Reason::Source);
            continue;
        }
        if !deep
            && meta.authors.is_empty()
            && let Some((names, outlet)) = credited_byline(&l.text, patterns, active)
        {
            meta.authors = names;
            meta.source = meta.source.take().or(Some(outlet));
            mark(c, i, Reason::Byline);
            continue;
        }
        // What follows `By` (or another byline prefix), when the line opens with one.
        let after_by = if meta.authors.is_empty() { after_prefix(&l.text, patterns.byline_prefixes(active)) } else { None };
        // `By` alone on a line, the names on the next.
        if after_by.is_some_and(str::is_empty)
            && let Some(names) = lines.get(i + 1).and_then(|next| labelled_names(next, patterns, active))
        {
            meta.authors = names;
            mark(c, i, Reason::Byline);
            mark(c, i + 1, Reason::Byline);
            continue;
        }
        // Deep in, only a prefixed byline counts, and every name must have a
        // name's shape: `By Jane Doe, Senior Director, Content & Marketing`
        // is a name and a job.
        if meta.authors.is_empty()
            && (!deep || after_by.is_some_and(|r| !r.is_empty()))
            && let Some(names) = explicit_byline(l, after_by, patterns, active).filter(|names| !deep || names.iter().all(|n| is_name(n)))
        {
            meta.authors = without_titles(names, patterns, active);
            mark(c, i, Reason::Byline);
            // `By Jane Doe, March 3, 2021`: one line, both fields.
            if meta.published.is_none() {
                meta.published = find_date(&l.text, lang, patterns, active);
            }
            continue;
        }
        if !deep
            && meta.authors.is_empty()
            && let Some((names, date)) = dated_byline(l, lang, patterns, active)
        {
            meta.authors = without_titles(names, patterns, active);
            meta.published = meta.published.take().or(Some(date));
            mark(c, i, Reason::Byline);
            continue;
        }
        // A dated listing's dates are other articles'. Deep in, only a date
        // alone counts.
        let may_date = if deep { l.f.dated } else { !(l.f.terminal && l.f.words > 8) };
        if meta.published.is_none()
            && may_date
            && c.verdicts[i] != Verdict::Drop(Reason::DatedListing)
            && let Some(d) = find_date(&l.text, lang, patterns, active)
        {
            meta.published = Some(d);
            mark(c, i, Reason::Date);
            // Only a date alone stands under a headline.
            dated_at = (l.f.dated && i <= end).then_some(i);
        }
    }
    // Then the URL's date; then, on a page whose header runs long (a menu,
    // a table of contents), the nearest short date line above the zone. A
    // time of day there is a comment's or a feed's.
    meta.published = meta.published.take().or_else(|| url_date.map(str::to_string));
    if meta.published.is_none()
        && let Some((i, d)) = (0..top).rev().find_map(|i| {
            let l = &lines[i];
            let short = l.f.dated || (l.f.words <= HEADER_DATE_MAX_WORDS && !l.f.terminal);
            let listed = c.verdicts[i] == Verdict::Drop(Reason::DatedListing);
            (short && !listed).then(|| find_date(&l.text, lang, patterns, active)).flatten().filter(|d| !d.contains('T')).map(|d| (i, d))
        })
    {
        meta.published = Some(d);
        mark(c, i, Reason::Date);
        dated_at = lines[i].f.dated.then_some(i);
    }
    if meta.authors.is_empty() {
        meta.authors = bylines.iter().find_map(|b| markup_byline(b, patterns, active)).unwrap_or_default();
    }
    if meta.source.is_none() {
        meta.source = lines[top..=end].iter().find_map(|l| parenthesized_source(&l.text));
    }
    // A byline label alone (`By`, `Written by:`, `Author`), or date labels
    // alone (`Updated on`), label a name or a date printed elsewhere or lost
    // with its markup: they are no article text, and no headline either
    // (`Veröffentlicht am von` above a blog post), so they go before the
    // title is chosen, also outside the core. The page's labels are
    // gathered once: walking the active sets per line cost more than the
    // comparisons.
    let labels: Vec<&str> = patterns.byline_prefixes(active).collect();
    let date_labels: FxHashSet<&str> = patterns.date_labels(active).collect();
    for (i, l) in lines.iter().enumerate() {
        let open = matches!(c.verdicts[i], Verdict::Keep | Verdict::Drop(Reason::OutsideCore));
        let Some(f) = l.folded.as_deref().filter(|_| open) else { continue };
        let byline_label = l.f.words <= patterns.byline_prefix_words() && labels.contains(&f);
        if byline_label || is_date_label_line(l, f, &date_labels, patterns, active) {
            mark(c, i, Reason::Byline);
        }
    }
    let page_title = page_title.map(fold);
    let paragraph = first_paragraph(lines, c, start);
    // A headline stands right above a date alone, also where the core
    // opened on a promotion above both.
    let title_line = best_title(lines, c, top..paragraph, page_title.as_deref(), patterns, active).or_else(|| {
        dated_at
            .and_then(|d| best_title(lines, c, d.saturating_sub(TITLE_ABOVE_DATE)..d, page_title.as_deref(), patterns, active))
            .filter(|&t| !lines[t].text.contains(". "))
    });
    // Without a declared title, the URL's slug names the headline: a line
    // printing most of its words wins over one that does not, wherever
    // above the first paragraph it stands. With a declared title that no
    // line prints, the slug still picks the line (not named by it, though).
    let (title_line, named_by_slug) = match title_line {
        Some(t) if page_title.is_some() || slug.is_empty() || prints_slug(&lines[t], slug) => (Some(t), page_title.is_none() && !slug.is_empty()),
        _ => match slug_title(lines, c, 0..paragraph, slug, patterns, active) {
            Some(t) => (Some(t), page_title.is_none()),
            None => (title_line, false),
        },
    };
    // A page that prints its standfirst above the headline (`(PLVN) - Chiều
    // 24/11, Quốc hội …` over `Quốc hội thông qua …`) has no headline
    // above its first paragraph: the line right under it that restates
    // it is the headline.
    let title_line = title_line.or_else(|| page_title.is_none().then(|| echoed_lead(lines, c, paragraph, patterns, active)).flatten());
    // A headline the URL names is where the article starts: what is kept
    // above it is the page's header (a promotion, a menu's last items), as
    // is a kicker above any headline (see KICKER_MAX_WORDS). Text
    // wcxb 0.8953 -> 0.8957 with token recall unchanged, trafilatura-eval
    // 0.9067 -> 0.9074; where the headline is only the likeliest line (no
    // slug), dropping above it cost snippets.
    if let Some(t) = title_line {
        for (i, l) in lines.iter().enumerate().take(t) {
            let kicker = l.f.words <= KICKER_MAX_WORDS && !l.f.terminal;
            if c.verdicts[i] == Verdict::Keep && (named_by_slug || kicker) {
                mark(c, i, Reason::AboveTitle);
            }
        }
    }
    if meta.authors.is_empty() {
        // A bare line of names above the title is more often a masthead
        // (`Tuổi Trẻ Online`) than a byline, which sits under the headline
        // or after the article: those lines are tried first.
        let below_title = |i: &usize| title_line.is_none_or(|t| *i > t);
        let unmatched = |i: &usize| !matches!(c.verdicts[*i], Verdict::Drop(Reason::Pattern(_) | Reason::Labels(_)));
        let candidates = zone.iter().copied().filter(|i| below_title(i)).chain(zone.iter().copied().filter(|i| !below_title(i)));
        let found = candidates
            .filter(unmatched)
            .find_map(|i| name_line(&lines[i], i, start, end).filter(|names| people(names, patterns, active) && !common_words(names, lines)).map(|n| (i, n)));
        if let Some((i, names)) = found {
            meta.authors = names;
            mark(c, i, Reason::Byline);
        }
    }
    // An author box after the article (or closing it) is not article,
    // whoever the byline named.
    // More boxes than a page has authors are a list of people (speakers,
    // actors), not the article's author box.
    let boxes: Vec<usize> = (0..lines.len().saturating_sub(1)).filter(|&i| heads_a_bio(&lines[i], &lines[i + 1], lines, patterns, active)).collect();
    let people = || lists_people(boxes.iter().map(|&i| lines[i].text.as_str()));
    if let Some(&i) = boxes.iter().find(|&&i| i + 1 >= end).filter(|_| !people()) {
        if meta.authors.is_empty() {
            meta.authors = vec![lines[i].text.clone()];
        }
        mark(c, i, Reason::Byline);
        mark(c, i + 1, Reason::Byline);
    }
    if meta.authors.is_empty() {
        meta.authors = (end.saturating_sub(BIO_ABOVE_END)..lines.len())
            .find_map(|i| bio_name(&lines[i].text, lines[i].f.words, patterns, active))
            .map(str::to_string)
            .into_iter()
            .collect();
    }
    if let Some(t) = title_line {
        let title = trail_headline(&lines[t].text).unwrap_or(&lines[t].text);
        let key = fold(title);
        meta.title = Some(title.to_string());
        mark(c, t, Reason::Title);
        for (i, l) in lines.iter().enumerate() {
            if l.f.words <= 40 && l.folded.as_deref() == Some(key.as_str()) {
                mark(c, i, Reason::Title);
            }
        }
    }
    meta
}

/// A date label line has at most this many words.
const DATE_LABEL_LINE_WORDS: usize = 4;

/// Whether a short line is date labels whose dates were lost with their
/// markup (`Updated on`, `Published: | Updated:`, `Veröffentlicht am`): it
/// opens with a `[date_labels]` word, its other words are date labels or
/// stopwords, and it ends in a stopword or holds a colon, as a label does.
/// A bare `Updated` may head a paragraph, and `Saturday and Sunday` (the
/// weekdays are date labels too) a schedule.
fn is_date_label_line(l: &Line, folded: &str, date_labels: &FxHashSet<&str>, patterns: &Patterns, active: &Active) -> bool {
    if l.f.words > DATE_LABEL_LINE_WORDS {
        return false;
    }
    fn tokens(s: &str) -> impl DoubleEndedIterator<Item = &str> {
        s.split(' ').map(|w| w.trim_end_matches(':')).filter(|w| w.chars().any(char::is_alphanumeric))
    }
    // Labels are looked up folded, stopwords as written: folding moves a
    // tone mark to the word's end, so `às` would miss the table. Folding
    // keeps the spaces, so the two token lists pair up.
    let label = |w: &str| date_labels.contains(w);
    let stopword = |w: &str| patterns.is_stopword_any_case(w, active);
    tokens(folded).next().is_some_and(label)
        && tokens(folded).zip(tokens(&l.text)).all(|(f, w)| label(f) || stopword(w))
        && (l.text.contains(':') || tokens(&l.text).next_back().is_some_and(stopword))
}

/// A kept paragraph: a long line that ends like a sentence. Long is 100
/// characters, or 20 words where words are short: in Chinese and Japanese
/// two characters make a word, and a paragraph of 40 is already long.
fn is_prose(l: &Line, v: Verdict) -> bool {
    v == Verdict::Keep && l.f.terminal && (l.f.chars >= 100 || (l.f.words >= 20 && l.f.words * 3 > l.f.chars))
}

/// Metadata consumes the line whatever the classifier said of it.
fn mark(c: &mut Classified, i: usize, reason: Reason) {
    c.verdicts[i] = Verdict::Drop(reason);
}

/// What closes a prefixed value (`By Jane Doe.`, `Source: AP |`).
fn value_closer(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | '|' | ' ')
}

/// The line with the lexicon prefix stripped, if it starts with one; the
/// longest prefix first (`Nguồn tin: Bộ Y tế` is no `Nguồn` with the value
/// `tin: Bộ Y tế`). A line in parentheses loses its closing one
/// (`(Theo VnExpress)`).
fn after_prefix<'a>(text: &'a str, prefixes: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    after_longest_prefix(text, prefixes).map(|v| match v.strip_suffix(')') {
        Some(inner) if !inner.contains('(') => inner.trim_end(),
        _ => v,
    })
}

fn after_longest_prefix<'a>(text: &'a str, prefixes: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let body = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let folded = fold(body);
    let mut prefixes: Vec<&str> = prefixes.filter(|p| folded.starts_with(p)).collect();
    prefixes.sort_unstable_by_key(|p| std::cmp::Reverse(p.len()));
    for p in prefixes {
        let rest = &folded[p.len()..];
        if rest.chars().next().is_some_and(char::is_alphanumeric) {
            if let Some(glued) = glued_rest(body, p) {
                return Some(trim_name_end(glued, value_closer));
            }
            continue;
        }
        // A colon glued to the prefix and the value (`来源：新华社`, `Source:Reuters`):
        // the value starts inside the prefix's last word.
        // The colon is found in `body` itself: folding moves Vietnamese tone
        // marks into characters of their own, so the folded prefix is longer
        // in characters than the words it matched (`Bài và ảnh:`).
        if rest.starts_with([':', '：']) {
            let after = body.find([':', '：']).map_or("", |at| &body[at..]);
            return Some(trim_name_end(after.trim_start_matches(|c: char| !c.is_alphanumeric()), value_closer));
        }
        let skip = p.split_whitespace().count();
        let mut it = body.splitn(skip + 1, char::is_whitespace);
        for _ in 0..skip {
            it.next();
        }
        let rest = it.next().unwrap_or("");
        // `von | Eingetragen bei: …`, `by | Dec 30, 2025`: the field is
        // empty (its value left to a script), and the line is no byline.
        if rest.trim_start().starts_with('|') {
            return None;
        }
        return Some(trim_name_end(rest.trim_start_matches(|c: char| !c.is_alphanumeric()), value_closer));
    }
    None
}

/// What follows a one-word prefix glued to a capitalized word, where the
/// markup between them was lost: `ByTrevor Jones` -> `Trevor Jones`.
fn glued_rest<'a>(body: &'a str, prefix: &str) -> Option<&'a str> {
    let (head, rest) = body.split_at_checked(prefix.len())?;
    let glued = prefix.is_ascii()
        && !prefix.contains(' ')
        && head.eq_ignore_ascii_case(prefix)
        && head.ends_with(|c: char| c.is_ascii_lowercase())
        && rest.starts_with(|c: char| c.is_uppercase());
    glued.then_some(rest)
}

fn source_line(text: &str, patterns: &Patterns, active: &Active) -> Option<String> {
    // `Theo kế hoạch, cầu sẽ khởi công.` opens with a source prefix too: a
    // sentence is not a credit line.
    let sentence = text.ends_with(['.', '!', '?']) && text.split_whitespace().count() > 5;
    if sentence {
        return None;
    }
    after_prefix(text, patterns.source_prefixes(active)).filter(|s| is_outlet(s)).map(str::to_string)
}

/// A publisher's name: a few words opening with a capital or a digit
/// (`Reuters`, `Báo Sóc Trăng`, `24h`), or a domain (`baothanhhoa.vn`).
fn is_outlet(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let domain = words == 1 && s.contains('.');
    (1..=6).contains(&words) && (domain || s.chars().next().is_some_and(|c| is_capital(c) || c.is_ascii_digit()))
}

/// Names credited with their outlet: `Hoài Thu (Theo Reuters)`, `Jane Doe
/// (Source: AP)`, `Minh Đức (TTXVN)`, `Thu Trang/VOV.VN`.
fn credited_byline(text: &str, patterns: &Patterns, active: &Active) -> Option<(Vec<String>, String)> {
    // `© Dieter Mayr (KNA)` credits a photo.
    if text.contains('©') {
        return None;
    }
    // An acronym in parentheses more often spells out the words before it
    // (`Artificial Intelligence (AI)`): without a prefix, the names must be
    // people's.
    let (names, outlet, unlabelled) = match text.strip_suffix(')').and_then(|t| t.rsplit_once('(')) {
        Some((names, credit)) => match after_prefix(credit, patterns.source_prefixes(active)) {
            Some(outlet) => (names, outlet, false),
            None => (names, agency(credit)?, true),
        },
        None => text.split_once('/').filter(|(_, outlet)| !outlet.contains('/')).map(|(n, o)| (n, o, false))?,
    };
    let names = split_names(names);
    let outlet = outlet.trim();
    let named = !names.is_empty() && names.iter().all(|n| is_name(n)) && (!unlabelled || people(&names, patterns, active));
    (named && is_outlet(outlet)).then(|| (names, outlet.to_string()))
}

/// A lead opening with its publisher's tag: `(PLVN) - Chiều 24/11, …`,
/// `TTO - Công an …`, `LSO-Đó là …`, as news agencies and newspapers
/// print their standfirst.
fn opens_wire_lead(text: &str) -> bool {
    let tag = text.split([' ', '-']).next().unwrap_or("");
    let after = text[tag.len()..].trim_start();
    let abbreviation = (2..=6).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_uppercase());
    parenthesized_source(text).is_some() || (abbreviation && after.starts_with(['-', '–', '—']))
}

/// A credit that names its outlet without a prefix: an acronym (`TTXVN`,
/// `AP`, `CNN`) or a domain (`VOV.VN`). `(Thực hiện)` and `(tổng hợp)` are
/// byline suffixes, not outlets.
fn agency(credit: &str) -> Option<&str> {
    let credit = credit.trim();
    let acronym = (2..=8).contains(&credit.chars().count()) && credit.chars().all(char::is_uppercase);
    let domain = !credit.contains([' ', '@']) && credit.contains('.') && !credit.ends_with('.');
    (acronym || domain).then_some(credit)
}

/// `(Baothanhhoa.vn) - ...`, `(Reuters) - ...`: a parenthesized publisher
/// opening the lead.
fn parenthesized_source(text: &str) -> Option<String> {
    let inner = text.strip_prefix('(')?;
    let (name, rest) = inner.split_once(')')?;
    let rest = rest.trim_start();
    let dash = rest.starts_with(['-', '–', '—']);
    let words = name.split_whitespace().count();
    (dash && (1..=4).contains(&words) && name.chars().next()?.is_uppercase()).then(|| name.trim().to_string())
}

/// A byline the lexicons name: `By Jane Doe` (`after_by` is what follows the
/// prefix), `Quốc Kiên (Thực hiện)`.
fn explicit_byline(l: &Line, after_by: Option<&str>, patterns: &Patterns, active: &Active) -> Option<Vec<String>> {
    if let Some(rest) = after_by {
        let names = split_names(names_part(rest, patterns, active));
        // A name does not open with a function word: `von Ein Kommentar`
        // is a prefix whose name was lost, then a comment counter.
        let opens_with_stopword = |n: &str| {
            let first = before_byte(n, b' ');
            first.len() < n.len() && !first.contains('.') && patterns.is_stopword_any_case(first, active)
        };
        let plausible = names.iter().all(|n| n.chars().next().is_some_and(is_capital) && !n.chars().any(|c| c.is_ascii_digit()) && !opens_with_stopword(n));
        return (!names.is_empty() && plausible).then_some(names);
    }
    let folded = l.folded.as_deref()?;
    for suffix in patterns.byline_suffixes(active) {
        if folded.strip_suffix(suffix).is_some_and(|head| head.ends_with([' ', '('])) {
            let words: Vec<&str> = l.text.split_whitespace().collect();
            let names = split_names(&words[..words.len().saturating_sub(suffix.split_whitespace().count())].join(" "));
            let possessive = |n: &String| n.ends_with("'s") || n.ends_with("’s");
            if !names.is_empty() && names.iter().all(|n| is_name(n) && !possessive(n)) && people(&names, patterns, active) {
                return Some(names);
            }
        }
    }
    None
}

/// A byline's names without the job titles and outlet listed among them
/// (`By Jane Doe, Managing Editor`, `By Rob Picheta, CNN`): the parts with an
/// `[author_roles]` word, and a one-word part after a lone name. A byline of
/// titles only (`By Staff Writer`) keeps them.
fn without_titles(names: Vec<String>, patterns: &Patterns, active: &Active) -> Vec<String> {
    let role = |n: &String| holds_role(n, patterns, active);
    let mut kept: Vec<String> = names.iter().filter(|n| !role(n)).cloned().collect();
    if let [name, outlet] = kept.as_slice()
        && name.contains(' ')
        && !outlet.contains(' ')
    {
        kept.pop();
    }
    if kept.is_empty() { names } else { kept }
}

/// A byline prefix inside a line, after the date: `Published August 7,
/// 2023 by Nicole Burke`, `March 15, 2022 · 3 min read · By ASU Online`,
/// `12. März 2021 von Max Muster`. Without a date before it, `by` inside a
/// line is a credit or a sentence (`Photo by …`, `Rated 5 by 30 readers`).
fn dated_byline(l: &Line, lang: Option<&str>, patterns: &Patterns, active: &Active) -> Option<(Vec<String>, String)> {
    let text = l.text.as_str();
    // A date has digits: most lines are out before any date reading.
    if l.f.digit_ratio == 0.0 {
        return None;
    }
    find_date(text, lang, patterns, active)?;
    let starts = text.match_indices(' ').map(|(at, _)| at + 1);
    starts.filter(|&at| text[at..].starts_with(char::is_alphabetic)).find_map(|at| {
        let rest = after_prefix(&text[at..], patterns.byline_prefixes(active)).filter(|r| !r.is_empty())?;
        let date = find_date(&text[..at], lang, patterns, active)?;
        explicit_byline(l, Some(rest), patterns, active).map(|names| (names, date))
    })
}

/// What of a byline's rest names people: up to a `|`, `·`, `⋅`, `•`, `—` or
/// a spaced `–` (`Jane Doe | SEO | 8 min read`, `Jane Doe ⋅ Editor ⋅
/// Updated …`), a sentence's end, a date (`Jane Doe on December 2, 2025`)
/// or a `[date_labels]` word (`Jane Doe Updated`, the date on the next
/// line), without the lowercase words that end it (`on`, `from the …
/// dept`). Empty when the rest opens with a date. Always a prefix of `rest`.
fn names_part<'a>(rest: &'a str, patterns: &Patterns, active: &Active) -> &'a str {
    let rest = rest.split(['|', '·', '⋅', '∙', '•', '—']).next().unwrap_or(rest);
    let rest = rest.split(" – ").next().unwrap_or(rest);
    let mut end = rest.len();
    for (at, word) in rest.split_whitespace().map(|w| (w.as_ptr() as usize - rest.as_ptr() as usize, w)) {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let dated = bare.chars().next().is_some_and(|c| c.is_ascii_digit())
            || month_of(bare, patterns, active).is_some()
            || patterns.is_date_label(&fold(bare), active);
        // `Jane Doe in News`, `Tobi in Allgemein`: blog bylines name the
        // post's category after `in` (English, German, Dutch, Italian).
        // A label (`Lesezeit: 4 Min.`, `Kategorien: Mode`) ends them too.
        if dated || (at > 0 && bare.eq_ignore_ascii_case("in")) || word.ends_with(':') {
            end = at;
            break;
        }
        // `Jeff Cobb. Last updated`: a period after a word longer than an
        // initial ends the names.
        if word.ends_with('.') && bare.chars().count() > 2 && !is_initials(bare) {
            end = at + word.len();
            break;
        }
    }
    let mut names = trim_name_end(&rest[..end], |c| matches!(c, ' ' | ',' | ';' | '-' | '.'));
    // After a user name only a stopword: `crazy lennys` is one name, `lupa am` is not.
    let capitalized = names.chars().next().is_some_and(is_capital);
    while let Some((head, last)) = names.rsplit_once(' ')
        && last.chars().next().is_some_and(char::is_lowercase)
        && (capitalized || patterns.is_stopword_any_case(last, active))
    {
        names = head.trim_end_matches([' ', ',', ';', '-']);
    }
    names
}

/// The authors a page declares (JSON-LD, `<meta name=author>`, their
/// entities decoded by the HTML reader) as a byline prints them: quotes
/// and stray punctuation trimmed (`"David Kim"`, `, USA TODAY`), a byline
/// prefix cut (`By Jane Doe`), empty ones dropped.
pub fn tidy_declared(authors: &[String], patterns: &Patterns, active: &Active) -> Vec<String> {
    let edge = |c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '„' | '\'' | '‘' | '’' | ',' | ';' | ':' | '|' | '-' | '–' | '—');
    authors
        .iter()
        .filter_map(|a| {
            let trimmed = a.trim_matches(edge);
            let name = after_prefix(trimmed, patterns.template_byline_prefixes(active)).filter(|rest| !rest.is_empty()).unwrap_or(trimmed);
            (!name.is_empty()).then(|| name.to_string())
        })
        .collect()
}

/// The names in a byline element's text: `By Jane Doe`, `Jane Doe`, `Jane
/// Doe | 3. März 2021` (the names end as in a text byline, see
/// [`names_part`]). Longer text (a bio) is not a byline.
fn markup_byline(text: &str, patterns: &Patterns, active: &Active) -> Option<Vec<String>> {
    let stripped = after_prefix(text, patterns.template_byline_prefixes(active)).unwrap_or(text);
    let rest = names_part(stripped, patterns, active);
    // Where the names were cut from more (`Jane Doe | 3. März 2021`), one
    // capitalized word left alone must be a given name or a team
    // (`Ulrike`, `Redaktion`): `Sat`, `Personal` are labels. And a word
    // printed twice is a name beside its avatar's alt text and a bio
    // (`Jane Doe Jane`), not one name.
    let cut = stripped[rest.len()..].chars().any(char::is_alphanumeric);
    let lone_label = || !rest.contains(' ') && rest.chars().next().is_some_and(char::is_uppercase) && !people(&[rest.to_string()], patterns, active);
    if cut && (lone_label() || repeats_a_word(rest)) {
        return None;
    }
    let words = rest.split_whitespace().count();
    let plausible = (1..=6).contains(&words) && rest.chars().count() <= 60 && !rest.chars().any(|c| c.is_ascii_digit());
    let names: Vec<String> = split_names(rest).into_iter().map(once).collect();
    (plausible && !names.is_empty()).then_some(names)
}

/// Whether a word of `names` stands twice in it.
fn repeats_a_word(names: &str) -> bool {
    let words: Vec<&str> = names.split_whitespace().collect();
    words.iter().enumerate().any(|(i, w)| words[..i].contains(w))
}

/// Whether most words of a bare line of names are words the page also
/// writes in lowercase (`Cloud Computing`, `Key Takeaways`, `Previous Post`):
/// a heading or a button, capitalized like names. One such word may be a
/// name (`Sara Brown` on a page about brown sugar).
fn common_words(names: &[String], lines: &[Line]) -> bool {
    let words: Vec<String> = names.iter().flat_map(|n| n.split_whitespace()).map(str::to_lowercase).collect();
    words.iter().filter(|w| written_in_lowercase(w, lines)).count() * 2 > words.len()
}

/// Whether `word` (lowercase) stands as a whole word in some line. A
/// vectorized search per word: the few candidate words of a page cost less
/// than a set of all its words.
fn written_in_lowercase(word: &str, lines: &[Line]) -> bool {
    let finder = memchr::memmem::Finder::new(word.as_bytes());
    // A word in prose, not part of an address (`ben.silverman@…`, `/cloud-computing`).
    let opens = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '\''));
    let closes = |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | ')' | '"' | '”' | '’' | '\''));
    lines.iter().any(|l| {
        let text = l.text.as_str();
        finder.find_iter(text.as_bytes()).any(|at| opens(text[..at].chars().next_back()) && closes(text[at + word.len()..].chars().next()))
    })
}

/// The names on the line under a byline label alone (`Written by` / `Jane
/// Doe`): the label says what the line is, so only its shape is checked,
/// and that it is not a job title (`By` / `Senior Life and Trends Reporter`,
/// the name printed above the label).
fn labelled_names(l: &Line, patterns: &Patterns, active: &Active) -> Option<Vec<String>> {
    if holds_role(&l.text, patterns, active) {
        return None;
    }
    names_of(l)
}

/// A line of names right after the article or at its top.
fn name_line(l: &Line, i: usize, start: usize, end: usize) -> Option<Vec<String>> {
    let near_edge = i + 1 >= end || (start..start + CORE_TOP).contains(&i) || i < start;
    // Names are not made of function words: `More Articles`, `Join Now`
    // and `Written By` are capitalized like names, but they are chrome.
    if !near_edge || l.f.stop_ratio > 0.0 {
        return None;
    }
    names_of(l)
}

/// Whether a bare line's names are people or a team: each opens with a
/// given name of the `[given_names]` lexicons (after a title, `Dr.`, or
/// initials, `J.R. Stone`, which are a person's already), or holds an
/// `[author_teams]` word (`Podium Staff`). A line capitalized like names but
/// made of other words is a heading or a button (`Key Takeaways`, `Neueste
/// Beiträge`, `Social Share`). Without given names in the active sets (a
/// user's own pattern directory), every name passes.
fn people(names: &[String], patterns: &Patterns, active: &Active) -> bool {
    if !patterns.has_given_names(active) {
        return true;
    }
    names.iter().all(|name| {
        if name.split_whitespace().any(|w| patterns.is_author_team(&fold(w), active)) {
            return true;
        }
        let titles: Vec<&str> = name.split_whitespace().take_while(|w| w.ends_with('.')).collect();
        let given = |w: &str| patterns.is_given_name(w, active);
        let first = name.split_whitespace().nth(titles.len()).map(fold).unwrap_or_default();
        titles.iter().any(|w| is_initials(w)) || given(&first) || first.split_once('-').is_some_and(|(head, _)| given(head))
    })
}

/// The names a short line holds, when it holds nothing else: no list item,
/// no sentence, no digits, every part a name's shape.
fn names_of(l: &Line) -> Option<Vec<String>> {
    if l.f.item || l.f.terminal || l.f.words > META_MAX_WORDS || l.f.digit_ratio > 0.0 {
        return None;
    }
    let names: Vec<String> = split_names(&l.text).into_iter().map(once).collect();
    (!names.is_empty() && names.iter().all(|n| is_name(n))).then_some(names)
}

/// A name printed twice in a row (`Jane Doe Jane Doe`: an avatar's alt
/// text glued to the name beside it), once.
fn once(name: String) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let half = words.len() / 2;
    if half > 0 && words.len().is_multiple_of(2) && words[..half] == words[half..] { words[..half].join(" ") } else { name }
}

/// Whether a word of `text` is a job title of the `[author_roles]` lexicons.
fn holds_role(text: &str, patterns: &Patterns, active: &Active) -> bool {
    text.split_whitespace().any(|w| patterns.is_author_role(&fold(w), active))
}

/// An author box after the article: a name, then a bio that opens with the
/// name or its first word (`Jane Doe` / `Jane Doe is a reporter who ...`,
/// `Jane is a reporter ...`, `Rebecca (Bec) is a copywriter ...`). A first
/// word that is a stopword, or that the page also writes in lowercase, is
/// no first name (`We Care About Your Privacy` / `We and our partners ...`).
fn heads_a_bio(name: &Line, next: &Line, lines: &[Line], patterns: &Patterns, active: &Active) -> bool {
    // Every line is tried: the word counts and byte comparisons go first,
    // `is_name` (which splits the line) only for the rare line they pass.
    if name.f.words > NAME_MAX_WORDS || next.f.words < BIO_MIN_WORDS {
        return false;
    }
    let opens_bio = |n: &str| {
        next.text.strip_prefix(n).and_then(|rest| rest.strip_prefix(' ')).and_then(|rest| rest.chars().next()).is_some_and(|c| c.is_lowercase() || c == '(')
    };
    if opens_bio(&name.text) {
        return is_name(&name.text);
    }
    let first = before_byte(&name.text, b' ');
    let first_name = || !patterns.is_stopword_any_case(first, active) && !written_in_lowercase(&first.to_lowercase(), lines);
    opens_bio(first) && is_name(&name.text) && first_name()
}

/// Bios are looked for from this many lines above the core's end down.
const BIO_ABOVE_END: usize = 2;

/// The names of a byline, split at commas, dashes and `and`. Empty when a
/// part runs past a name's length: then the line is a sentence (`By
/// submitting your email you agree to our Privacy Policy and Terms of Use`),
/// and its short last part is no name.
fn split_names(s: &str) -> Vec<String> {
    let names: Vec<String> = s
        .split([',', '–', '—', '&', '/', '|'])
        .flat_map(|part| part.split(" - ").flat_map(|p| p.split(" and ")).flat_map(|p| p.split(" và ")))
        .map(|n| trim_name_end(n.trim_start_matches(|c: char| !c.is_alphanumeric()), |c| !c.is_alphanumeric()).to_string())
        .filter(|n| !n.is_empty())
        .collect();
    if names.iter().any(|n| n.split_whitespace().count() > NAME_MAX_WORDS) { Vec::new() } else { names }
}

/// Whether a (folded) line prints the page's (folded) title: the same text,
/// or the title's head before a separator (`Headline | Site`).
fn prints_title(page: &str, line: &str) -> bool {
    match page.strip_prefix(line) {
        Some(rest) => rest.trim_start().chars().next().is_none_or(|c| !c.is_alphanumeric()),
        None => false,
    }
}

/// A headline has at most this share of digits (`Top 10 tips of 2025` has
/// 0.15; a phone number, most).
const TITLE_MAX_DIGIT_RATIO: f32 = 0.3;
/// A headline is at most this long. A longer line above the article's first
/// paragraph is its lead or a kicker sentence, which stays in the text.
const TITLE_MAX_CHARS: usize = 150;
/// Words up to this count make a line more title-like; past it, a longer
/// line is no more a headline than a shorter one (a lead sentence is long).
/// From 12 to 6, once nearness stopped counting: text titles right, wcxb
/// 392 -> 401 of 711, trafilatura-eval 423 -> 440 of 845, readability
/// 32 -> 36 of 96; text trafilatura-eval 0.9042 -> 0.9050. Caps from 5 to 8
/// all score alike.
const TITLE_FULL_WORDS: usize = 6;
/// A line of up to this many words above the headline, not a sentence, is
/// its kicker or its section's name (`Kinh tế`, `Opinion`): the page's
/// header, dropped as such (text dev sets: mean doc F1 within ±0.00002).
const KICKER_MAX_WORDS: usize = 3;
/// A line printed again under the article is the site's name, repeated in
/// its footer (`CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN …` over the masthead's
/// contacts): it loses a tie with a headline of as many words. A larger
/// penalty also loses headlines that a "most read" list prints again.
const FOOTER_COPY_PENALTY: f32 = 1.0;

/// Segments a breadcrumb trail has at least (`Home > Blog > Headline`).
const TRAIL_MIN_SEGMENTS: usize = 3;
/// Words a trail's step has at most (`Consulting Vs Other Careers`).
const TRAIL_STEP_MAX_WORDS: usize = 4;

/// The headline a breadcrumb trail ends with, when its steps are short and
/// its last segment is a headline's length (`Home >Marketing >7 Plumbing
/// Industry Trends …`, `Forum>iPhone>kein App Store mehr …`): trails glue
/// the page's headline to the site's sections.
fn trail_headline(text: &str) -> Option<&str> {
    // Every headline candidate is asked: most hold no `>`, nor the last
    // byte of `»` or `›`.
    memchr::memchr3(b'>', 0xBB, 0xBA, text.as_bytes())?;
    let steps: Vec<&str> = text.split(['>', '»', '›']).map(str::trim).collect();
    let (last, path) = steps.split_last()?;
    let short_steps = path.iter().all(|s| !s.is_empty() && s.split_whitespace().count() <= TRAIL_STEP_MAX_WORDS);
    (steps.len() >= TRAIL_MIN_SEGMENTS && short_steps && last.split_whitespace().count() >= 3).then_some(*last)
}

/// The article's first paragraph, looked for down to `ABOVE` lines past the
/// core's first kept line (`start` itself when there is none).
fn first_paragraph(lines: &[Line], c: &Classified, start: usize) -> usize {
    let limit = (start + ABOVE).min(lines.len());
    (start..limit).find(|&i| is_prose(&lines[i], c.verdicts[i])).unwrap_or(start)
}

/// Whether line `i` may be a headline: a short line, not a sentence, not
/// taken for other metadata, not chrome, and printing the page's declared
/// (folded) title when there is one.
fn may_be_title(lines: &[Line], c: &Classified, i: usize, page_title: Option<&str>, patterns: &Patterns, active: &Active) -> bool {
    let l = &lines[i];
    let f = &l.f;
    let taken = matches!(c.verdicts[i], Verdict::Drop(Reason::Byline | Reason::Date | Reason::Source));
    // Above a header marker (`Bạn đang ở:`, `You are here:`) is the page's
    // menu, whose items can be as long as a headline.
    let pattern = matches!(c.verdicts[i], Verdict::Drop(Reason::Pattern(_) | Reason::Labels(_) | Reason::BeforeHeader(_)));
    // A date alone or a phone number is no headline, consumed or not.
    // `Metasploit Wrap-Up 12/19/2025` is a date line and a headline.
    let date_only = f.dated
        && l.text.split_whitespace().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            bare.contains(|c: char| c.is_ascii_digit()) || month_of(bare, patterns, active).is_some()
        });
    let numeric = date_only || f.digit_ratio > TITLE_MAX_DIGIT_RATIO;
    if let Some(headline) = trail_headline(&l.text) {
        let printed = page_title.is_none_or(|page| prints_title(page, &fold(headline)));
        return !taken && !pattern && printed && headline.chars().count() <= TITLE_MAX_CHARS && !headline.ends_with('.');
    }
    // An ordered list's item (`3. Getting started`) is a table of contents' entry.
    let item = f.item || is_numbered(&l.text);
    if taken || pattern || numeric || item || !(2..=40).contains(&f.words) || f.separators > 0 || f.link_ratio > 0.0 {
        return false;
    }
    // A line opening with a lowercase word is an image's alt text or a
    // sentence's tail (`woman meditating on her bed`); `iPhone` and `n8n`
    // are names.
    let first = l.text.split_whitespace().next().unwrap_or("");
    if page_title.is_none() && first.starts_with(char::is_lowercase) && !first.contains(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    if let Some(page) = page_title
        && !l.folded.as_deref().is_some_and(|line| prints_title(page, line))
    {
        return false;
    }
    // A headline ends neither like a sentence nor, unless the page says
    // so, like a line that leads into the next one (`Here is why:`, `Dear
    // visitor,`).
    let ends_with_period = l.text.ends_with('.') && !l.text.ends_with("...");
    let leads_on = page_title.is_none() && l.text.ends_with([':', ',', ';']);
    !ends_with_period && !leads_on && f.chars <= TITLE_MAX_CHARS
}

/// A headline is printed under the standfirst when this share of its words
/// stand in the standfirst.
const ECHO_MIN_SHARE: f32 = 0.6;
/// Lines looked at under the first paragraph for a headline that echoes it.
const ECHO_BELOW: usize = 2;

/// The headline-like line of at least three words just under the first
/// paragraph `p`, when that paragraph is a wire lead (see [`opens_wire_lead`])
/// and holds most of the line's words. Without the wire tag, a line like
/// that is more often the article's first subheading (`What is Zero
/// Waste?` under an introduction about zero waste).
fn echoed_lead(lines: &[Line], c: &Classified, p: usize, patterns: &Patterns, active: &Active) -> Option<usize> {
    let lead = lines.get(p).filter(|l| is_prose(l, c.verdicts[p]) && opens_wire_lead(&l.text))?.folded.as_deref()?;
    let lead_words = words_of(lead);
    (p + 1..(p + 1 + ECHO_BELOW).min(lines.len())).find(|&i| {
        let Some(folded) = lines[i].folded.as_deref().filter(|_| lines[i].f.words >= 3) else { return false };
        let words = words_of(folded);
        let echoed = words.iter().filter(|w| lead_words.contains(w)).count();
        echoed as f32 >= ECHO_MIN_SHARE * words.len() as f32 && may_be_title(lines, c, i, None, patterns, active)
    })
}

/// The line of `range` that prints the most of the slug's words, the
/// earliest of equals (see [`prints_slug`]).
fn slug_title(lines: &[Line], c: &Classified, range: std::ops::Range<usize>, slug: &[String], patterns: &Patterns, active: &Active) -> Option<usize> {
    let mut best: Option<((usize, bool), usize)> = None;
    // The cheap tests first: most header lines are chrome, and counting the
    // slug's words splits and respells the line.
    for i in range.filter(|&i| may_be_title(lines, c, i, None, patterns, active)) {
        let hits = slug_hits(&lines[i], slug);
        // The headline on its own line wins a tie with a trail ending in it.
        let rank = (hits, trail_headline(&lines[i].text).is_none());
        if qualifies(hits, slug) && best.is_none_or(|(b, _)| rank > b) {
            best = Some((rank, i));
        }
    }
    best.map(|(_, i)| i)
}

/// Whether a line prints the slug: at least two of its words, and half.
fn prints_slug(l: &Line, slug: &[String]) -> bool {
    qualifies(slug_hits(l, slug), slug)
}

fn qualifies(hits: usize, slug: &[String]) -> bool {
    hits >= 2 && hits * 2 >= slug.len()
}

/// The alphanumeric runs of a folded line: its words for matching a slug or
/// a lead.
fn words_of(folded: &str) -> Vec<&str> {
    folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// How many of the slug's words the line prints, spelled as they are or as
/// slugs spell them (`Mündigkeit`: `mundigkeit`, `muendigkeit`).
fn slug_hits(l: &Line, slug: &[String]) -> usize {
    let Some(folded) = l.folded.as_deref() else { return 0 };
    let words = words_of(folded);
    let spelled: Vec<String> = words.iter().filter(|w| !w.is_ascii()).flat_map(|w| slug_spellings(w)).collect();
    slug.iter().filter(|s| words.contains(&s.as_str()) || spelled.contains(s)).count()
}

/// A word as URL slugs write it: without its accents, and with German
/// umlauts as two letters.
fn slug_spellings(word: &str) -> [String; 2] {
    let plain = |umlauts: bool| {
        let mut out = String::with_capacity(word.len());
        for c in word.nfd() {
            match c {
                _ if is_combining(c) => {
                    if umlauts && c == '\u{0308}' {
                        out.push('e');
                    }
                }
                'đ' => out.push('d'),
                'ß' => out.push_str("ss"),
                'ø' => out.push('o'),
                'ł' => out.push('l'),
                'æ' => out.push_str("ae"),
                'œ' => out.push_str("oe"),
                _ => out.push(c),
            }
        }
        out
    };
    [plain(false), plain(true)]
}

/// The title among `range` (above the article's first paragraph): a
/// heading-like line, preferring a longer line, one that is printed twice
/// above the article's end, and the earliest. With the page's own (folded)
/// title, only a line that prints it qualifies.
fn best_title(lines: &[Line], c: &Classified, range: std::ops::Range<usize>, page_title: Option<&str>, patterns: &Patterns, active: &Active) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    let above_footer = c.core.map_or(lines.len(), |(_, end)| end + 1);
    for i in range {
        if !may_be_title(lines, c, i, page_title, patterns, active) {
            continue;
        }
        let l = &lines[i];
        let f = &l.f;
        // A copy written all in lowercase is a keyword (an image's alt text
        // stuffed with the page's search phrase), not the headline again;
        // so are lowercase lines printed over and over (`virtual classroom`).
        // A blog that writes its headlines in lowercase loses the bonus too
        // (text titles right: wcxb 403 -> 408, trafilatura-eval 440 -> 439).
        let lowercase = |t: &str| t.chars().any(char::is_lowercase) && !t.chars().any(char::is_uppercase);
        // Copies under the article do not count (see FOOTER_COPY_PENALTY).
        let same = |o: &Line| o.folded.is_some() && o.folded == l.folded && !lowercase(&o.text);
        let repeats = lines[..above_footer].iter().filter(|o| same(o)).count();
        let in_footer = lines[above_footer..].iter().any(same);
        // Nearness to the first paragraph does not count, and the earliest
        // line wins a tie. A penalty of 0.6 a line, dropped, had picked
        // standfirsts and captions under the headline (text titles right:
        // wcxb 361 -> 392 of 711, readability 28 -> 32, trafilatura-eval
        // 422 -> 423).
        // A trail's headline loses a tie with the headline on its own line,
        // which says where the article starts.
        let trail = trail_headline(&l.text);
        let words = trail.map_or(f.words, |h| h.split_whitespace().count());
        let mut score = words.min(TITLE_FULL_WORDS) as f32 - if trail.is_some() { 0.5 } else { 0.0 };
        if repeats > 1 {
            score += 8.0;
        }
        if is_name(&l.text) && f.words <= 3 {
            score -= 6.0;
        }
        if in_footer {
            score -= FOOTER_COPY_PENALTY;
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trail_headline_table() {
        let cases = [
            ("Home >Marketing >7 Plumbing Industry Trends You Need To Know in 2025", Some("7 Plumbing Industry Trends You Need To Know in 2025")),
            ("Forum>iPhone>kein App Store mehr über Mobile Daten", Some("kein App Store mehr über Mobile Daten")),
            ("Trang chủ » Tin tức » Hội nghị tổng kết công tác khuyến nông", Some("Hội nghị tổng kết công tác khuyến nông")),
            // A menu's trail ends in a section, not a headline.
            ("Home > About > Contact us", None),
            // Two segments are a comparison or a quote, not a trail.
            ("Home > Harbour wall to be extended", None),
            // A step of a sentence's length is no step.
            ("The council voted to extend the wall > a decade of debate > what comes next", None),
            ("Harbour wall to be extended after long debate", None),
        ];
        for (text, want) in cases {
            assert_eq!(trail_headline(text), want, "{text}");
        }
    }
}
