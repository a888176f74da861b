//! The pattern file format, parsed into raw entries with their origin.
//!
//! In: the text of one file. Out: [`RawEntry`]s, each naming its section and
//! 1-based line, or an error that names the file and line.
//!
//! ```text
//! # A comment. Blank lines are ignored.
//! [drop]                     # drop a line equal to a pattern
//! Tin mới
//! [drop_contains max_words=8]
//! bình luận                  # drop a line of at most 8 words containing this
//! [months]
//! 1 = january jan            # lexicon sections have their own line shapes
//! [footer match=suffix max_words=6 only=items]
//! says                       # only list items: `1. Jane says:` opens comments
//! ```
//!
//! A `#` starts a comment only at the start of a line (after spaces), so a
//! pattern may contain `#`.

use crate::error::{Error, Result};
use crate::pipeline::normalize::is_legal_sign;
use std::path::Path;

/// What a section's lines mean. Matching kinds become automata; lexicon kinds
/// feed the metadata readers and the stopword heuristic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Drop a line that equals the pattern.
    Drop,
    /// Drop a short line that contains the pattern (whole words).
    DropContains,
    /// A footer marker: ends the article when met after it.
    Footer,
    /// A header marker: everything before it, above the article, is chrome.
    Header,
    /// A list heading ("Related", "Most read"): drops it and the list below.
    Section,
    /// Inline template residue (`{name}`), cut out of any line.
    Residue,
    /// Function words, used to tell sentences from menus.
    Stopwords,
    /// Words that open a byline (`By`, `Tác giả:`).
    BylinePrefix,
    /// Words that close a byline (`(Thực hiện)`).
    BylineSuffix,
    /// Words that open a source line (`Nguồn:`).
    SourcePrefix,
    /// Job titles that make a line opening with a name an author's bio
    /// (`Jane Doe is a staff writer at …`).
    AuthorRoles,
    /// Given names, space separated: a bare line of names is a byline only
    /// when a name opens with one (`Jane Doe`, not `Key Takeaways`).
    GivenNames,
    /// Words naming an editorial team (`Staff`, `Redaktion`): a bare line of
    /// names holding one is a byline (`Podium Staff`).
    AuthorTeams,
    /// Words that label a date (`Updated`, `Published`): a byline's names
    /// end at one (`By Jane Doe Updated`, its date on the next line).
    DateLabels,
    /// Month names: `N = name name ...`.
    Months,
    /// HTML class/id tokens of page chrome (`sidebar`, `share`), whole
    /// tokens of the attribute value.
    HtmlChrome,
    /// HTML class, id, `rel` or `itemprop` fragments of a byline element
    /// (`author`, `byline`), anywhere in the attribute value.
    HtmlByline,
    /// Prefixes (`has-`) and suffixes (`-enabled`) of class and id tokens
    /// that name a state or a taxonomy term, not a region: chrome tokens
    /// inside such a token do not count.
    HtmlNotChrome,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Drop => "drop",
            Kind::DropContains => "drop_contains",
            Kind::Footer => "footer",
            Kind::Header => "header",
            Kind::Section => "section",
            Kind::Residue => "residue",
            Kind::Stopwords => "stopwords",
            Kind::BylinePrefix => "byline_prefix",
            Kind::BylineSuffix => "byline_suffix",
            Kind::SourcePrefix => "source_prefix",
            Kind::AuthorRoles => "author_roles",
            Kind::GivenNames => "given_names",
            Kind::AuthorTeams => "author_teams",
            Kind::DateLabels => "date_labels",
            Kind::Months => "months",
            Kind::HtmlChrome => "html_chrome",
            Kind::HtmlByline => "html_byline",
            Kind::HtmlNotChrome => "html_not_chrome",
        }
    }

    /// Every kind, in the order the format's documentation lists them.
    const ALL: [Kind; 18] = [
        Kind::Drop,
        Kind::DropContains,
        Kind::Footer,
        Kind::Header,
        Kind::Section,
        Kind::Residue,
        Kind::Stopwords,
        Kind::BylinePrefix,
        Kind::BylineSuffix,
        Kind::SourcePrefix,
        Kind::AuthorRoles,
        Kind::GivenNames,
        Kind::AuthorTeams,
        Kind::DateLabels,
        Kind::Months,
        Kind::HtmlChrome,
        Kind::HtmlByline,
        Kind::HtmlNotChrome,
    ];

    fn from_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// Whether the kind matches lines (and so takes `max_words` and `match`).
    fn matches_lines(self) -> bool {
        matches!(self, Kind::Drop | Kind::DropContains | Kind::Footer | Kind::Header | Kind::Section)
    }

    /// The defaults: `drop` is whole-line, `drop_contains` anywhere in a line
    /// of up to 10 words, markers a prefix of a line of up to 14 words.
    fn default_opts(self) -> SectionOpts {
        let (max_words, mode) = match self {
            Kind::DropContains => (10, Mode::Contains),
            Kind::Footer | Kind::Header | Kind::Section => (14, Mode::Prefix),
            _ => (usize::MAX, Mode::Line),
        };
        SectionOpts { kind: self, max_words, mode, items_only: false, votes: true, vote_share: DEFAULT_VOTE_SHARE, names_others: false }
    }
}

/// Where in a line a matching pattern must stand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// The pattern is the whole line.
    Line,
    /// The line starts with the pattern.
    Prefix,
    /// The pattern stands anywhere in the line.
    Contains,
    /// The pattern opens the line's last few words ([`SUFFIX_TAIL_WORDS`] at
    /// most): a photo credit closing a caption (`… Foto: dpa`).
    Suffix,
}

/// The share of a sample's words, in percent, that a set's stopwords must
/// make up to name the page's language, unless its section says `share=N`.
pub const DEFAULT_VOTE_SHARE: usize = 20;

/// Words a `match=suffix` pattern may leave after it: room for a credit
/// (`Photo: Jane Doe/Getty Images`), too little for the rest of a sentence.
pub const SUFFIX_TAIL_WORDS: usize = 8;

/// Options of a section header.
#[derive(Clone, Copy, Debug)]
pub struct SectionOpts {
    pub kind: Kind,
    pub max_words: usize,
    pub mode: Mode,
    /// `only=items`: the patterns match list items only (a line opening
    /// with a bullet or a number, `1. Jane says:`).
    pub items_only: bool,
    /// `vote=no` on `[stopwords]`: the words measure prose but do not name
    /// the page's language (see `Patterns::vote_language`).
    pub votes: bool,
    /// `share=N` on `[stopwords]`: the percentage of a sample's words the
    /// set's stopwords must make up to name its language.
    pub vote_share: usize,
    /// `names=others` on `[html_chrome]`: the marked elements name other
    /// people (commenters, other articles' authors), so a byline element
    /// inside one does not name the page's author.
    pub names_others: bool,
}

/// One pattern line as written, with where it came from.
#[derive(Clone, Debug)]
pub struct RawEntry {
    pub kind: Kind,
    pub max_words: usize,
    pub mode: Mode,
    pub items_only: bool,
    pub votes: bool,
    pub vote_share: usize,
    pub names_others: bool,
    pub text: String,
    pub line: usize,
}

/// The longest pattern accepted; longer lines are almost surely pasted text.
const MAX_PATTERN_CHARS: usize = 200;

pub fn parse(path: &Path, src: &str) -> Result<Vec<RawEntry>> {
    let mut out = Vec::new();
    let mut section: Option<SectionOpts> = None;
    for (i, raw) in src.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            section = Some(parse_header(path, line_no, line)?);
            continue;
        }
        let Some(SectionOpts { kind, max_words, mode, items_only, votes, vote_share, names_others }) = section else {
            return Err(Error::pattern(path, line_no, "pattern before any [section] header"));
        };
        if line.chars().count() > MAX_PATTERN_CHARS {
            return Err(Error::pattern(path, line_no, format!("pattern longer than {MAX_PATTERN_CHARS} characters")));
        }
        if line.chars().any(|c| c.is_control()) {
            return Err(Error::pattern(path, line_no, "pattern contains a control character"));
        }
        if kind == Kind::Months {
            check_month_line(path, line_no, line)?;
        } else if kind == Kind::HtmlNotChrome {
            check_affix(path, line_no, line)?;
        } else if kind != Kind::Residue && !line.chars().any(|c| c.is_alphanumeric() || is_legal_sign(c)) {
            return Err(Error::pattern(path, line_no, format!("pattern {line:?} has no letters, digits or legal signs (© ® ™) to match")));
        }
        out.push(RawEntry { kind, max_words, mode, items_only, votes, vote_share, names_others, text: line.to_string(), line: line_no });
    }
    Ok(out)
}

/// An `[html_not_chrome]` entry: one token part and a dash, either a prefix
/// (`has-`) or a suffix (`-enabled`).
fn check_affix(path: &Path, line_no: usize, line: &str) -> Result<()> {
    let part = line.strip_suffix('-').or_else(|| line.strip_prefix('-'));
    match part {
        Some(p) if !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') => Ok(()),
        _ => Err(Error::pattern(
            path,
            line_no,
            format!("{line:?} must be a prefix ending in '-' (has-) or a suffix starting with '-' (-enabled), in ASCII letters, digits, '-' and '_'"),
        )),
    }
}

fn parse_header(path: &Path, line_no: usize, line: &str) -> Result<SectionOpts> {
    let inner = line
        .strip_prefix('[')
        .and_then(|s| s.strip_suffix(']'))
        .ok_or_else(|| Error::pattern(path, line_no, "section header must look like [name] or [name key=value]"))?;
    let mut parts = inner.split_whitespace();
    let name = parts.next().unwrap_or("");
    let kind = Kind::from_name(name)
        .ok_or_else(|| Error::pattern(path, line_no, format!("unknown section [{name}]; known: {}", Kind::ALL.map(Kind::name).join(", "))))?;
    let mut opts = kind.default_opts();
    for opt in parts {
        let (key, value) = opt.split_once('=').ok_or_else(|| Error::pattern(path, line_no, format!("option {opt:?} must be key=value")))?;
        match key {
            "max_words" if kind.matches_lines() || kind == Kind::HtmlChrome => {
                opts.max_words = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n > 0)
                    .ok_or_else(|| Error::pattern(path, line_no, format!("max_words must be a positive integer, got {value:?}")))?;
            }
            "match" if kind.matches_lines() => {
                opts.mode = match value {
                    "line" => Mode::Line,
                    "prefix" => Mode::Prefix,
                    "contains" => Mode::Contains,
                    "suffix" => Mode::Suffix,
                    _ => return Err(Error::pattern(path, line_no, format!("match must be line, prefix, contains or suffix, got {value:?}"))),
                };
            }
            "only" if kind.matches_lines() => {
                if value != "items" {
                    return Err(Error::pattern(path, line_no, format!("only must be items, got {value:?}")));
                }
                opts.items_only = true;
            }
            "names" if kind == Kind::HtmlChrome => {
                if value != "others" {
                    return Err(Error::pattern(path, line_no, format!("names must be others, got {value:?}")));
                }
                opts.names_others = true;
            }
            "vote" if kind == Kind::Stopwords => {
                opts.votes = match value {
                    "yes" => true,
                    "no" => false,
                    _ => return Err(Error::pattern(path, line_no, format!("vote must be yes or no, got {value:?}"))),
                };
            }
            "share" if kind == Kind::Stopwords => {
                opts.vote_share = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=100).contains(n))
                    .ok_or_else(|| Error::pattern(path, line_no, format!("share must be a percentage from 1 to 100, got {value:?}")))?;
            }
            _ => {
                return Err(Error::pattern(path, line_no, format!("section [{name}] takes no option {key:?}")));
            }
        }
    }
    Ok(opts)
}

fn check_month_line(path: &Path, line_no: usize, line: &str) -> Result<()> {
    let bad = || Error::pattern(path, line_no, "a [months] line must look like `3 = march mar`");
    let (num, names) = line.split_once('=').ok_or_else(bad)?;
    let n: u8 = num.trim().parse().map_err(|_| bad())?;
    if !(1..=12).contains(&n) || names.split_whitespace().next().is_none() {
        return Err(bad());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_options_and_comments() {
        let src = "# head\n[drop]\nTin mới\n\n[drop_contains max_words=5]\n  # indented comment\nbình luận\n[footer match=contains]\ngiữ bản quyền\n\
                   [html_chrome max_words=20]\ncaption\n[footer match=suffix only=items]\nsays\n[html_chrome names=others]\ncomments\n";
        let got = parse(Path::new("x.pat"), src).unwrap();
        assert_eq!(got.len(), 6);
        assert_eq!((got[5].kind, got[5].names_others, got[3].names_others), (Kind::HtmlChrome, true, false));
        assert_eq!((got[4].mode, got[4].items_only, got[0].items_only), (Mode::Suffix, true, false));
        assert_eq!((got[3].kind, got[3].max_words), (Kind::HtmlChrome, 20));
        assert_eq!((got[2].kind, got[2].mode), (Kind::Footer, Mode::Contains));
        assert_eq!((got[0].kind, got[0].text.as_str(), got[0].line), (Kind::Drop, "Tin mới", 3));
        assert_eq!((got[1].kind, got[1].max_words, got[1].line), (Kind::DropContains, 5, 7));
    }

    #[test]
    fn malformed_files_name_file_and_line() {
        let cases = [
            ("orphan\n", "x.pat:1: pattern before any [section] header"),
            ("[drop]\nok\n[nope]\n", "x.pat:3: unknown section [nope]"),
            ("[stopwords max_words=3]\n", "x.pat:1: section [stopwords] takes no option \"max_words\""),
            ("[html_chrome match=line]\n", "x.pat:1: section [html_chrome] takes no option \"match\""),
            ("[footer match=middle]\n", "x.pat:1: match must be line, prefix, contains or suffix"),
            ("[footer max_words=zero]\n", "x.pat:1: max_words must be a positive integer"),
            ("[footer only=lines]\n", "x.pat:1: only must be items"),
            ("[stopwords only=items]\n", "x.pat:1: section [stopwords] takes no option \"only\""),
            ("[stopwords vote=maybe]\n", "x.pat:1: vote must be yes or no"),
            ("[stopwords share=0]\n", "x.pat:1: share must be a percentage from 1 to 100"),
            ("[drop share=10]\n", "x.pat:1: section [drop] takes no option \"share\""),
            ("[html_chrome names=mine]\n", "x.pat:1: names must be others"),
            ("[drop names=others]\n", "x.pat:1: section [drop] takes no option \"names\""),
            ("[drop vote=no]\n", "x.pat:1: section [drop] takes no option \"vote\""),
            ("[drop]\n---\n", "x.pat:2: pattern \"---\" has no letters, digits or legal signs"),
            ("[months]\n13 = smarch\n", "x.pat:2: a [months] line must look like"),
            ("[drop\n", "x.pat:1: section header must look like"),
            ("[html_not_chrome]\nhas\n", "x.pat:2: \"has\" must be a prefix ending in '-'"),
            ("[html_not_chrome]\n-\n", "x.pat:2: \"-\" must be a prefix"),
        ];
        for (src, want) in cases {
            let err = parse(Path::new("x.pat"), src).unwrap_err().to_string();
            assert!(err.starts_with(want), "{src:?}: got {err:?}, want prefix {want:?}");
        }
    }
}
