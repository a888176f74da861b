//! Pattern sets: plain files under `config/patterns/`, compiled once into
//! Aho-Corasick automata.
//!
//! In: a directory laid out as
//! `common.pat` and any other `.pat` file at the top (every page; `names.pat`
//! holds the given names), `lang/<code>.pat` (pages in that language) and
//! `sites/<domain>.pat` (pages from that domain or its subdomains).
//! Out: [`Patterns`], immutable and shared by every worker. A malformed file
//! fails [`PatternsBuilder::build`] with its path and line.
//!
//! Matching works on folded text (see [`crate::pipeline::normalize::fold`])
//! in which every number reads as `0` and a colon has no space before it
//! (`matching_form`), and every match must fall on word
//! boundaries, so `share` never fires inside `shareholders` (in scripts
//! written without spaces, any two characters have one between them). A page
//! activates a subset of the scopes ([`Patterns::activate`]); matches from
//! inactive scopes are ignored.

mod parse;
mod stopwords;

pub use parse::{Kind, Mode, SUFFIX_TAIL_WORDS};

use crate::error::{Error, Result};
use crate::pipeline::normalize::{fold, is_alnum, is_combining, is_unspaced_script, trimmed_end};
use aho_corasick::automaton::Automaton;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, MatchKind, StartKind, dfa::DFA};
use std::borrow::Cow;
use std::path::{Path, PathBuf};
use stopwords::{StopTable, StopTableBuilder};
use unicode_normalization::UnicodeNormalization;

/// Where a set of patterns applies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Scope {
    Common,
    Lang(String),
    Site(String),
}

impl Scope {
    /// The set's name in `--explain` output: `common`, `vi`, `site:example.com`.
    pub fn name(&self) -> String {
        match self {
            Scope::Common => "common".to_string(),
            Scope::Lang(l) => l.clone(),
            Scope::Site(d) => format!("site:{d}"),
        }
    }

    /// A low-cardinality label for metrics: the domain never appears.
    pub fn metric_label(&self) -> &str {
        match self {
            Scope::Common => "common",
            Scope::Lang(l) => l,
            Scope::Site(_) => "site",
        }
    }
}

/// One matching pattern, as compiled.
#[derive(Debug)]
pub struct Entry {
    pub scope: usize,
    pub kind: Kind,
    pub max_words: usize,
    pub mode: Mode,
    /// Matches list items only (`only=items`).
    pub items_only: bool,
    /// An `html_chrome` token whose elements name other people
    /// (`names=others`: comments, related articles).
    pub names_others: bool,
    pub pattern: String,
    pub file: PathBuf,
    pub line: usize,
}

/// Words of its own a language needs in a sample to win the stopword vote.
const VOTE_MIN_OWN: usize = 3;

/// `html_chrome` tokens by name, to mark elements by their tag name.
type ChromeNames = crate::fxhash::FxHashMap<String, usize>;

/// The lexicon data of one scope.
#[derive(Debug, Default)]
struct Lexicon {
    has_stopwords: bool,
    /// A `[stopwords vote=no]` section: the set takes no part in
    /// [`Patterns::vote_language`].
    no_vote: bool,
    /// The `share=N` of its `[stopwords]` section (percent).
    vote_share: usize,
    byline_prefix: Vec<String>,
    byline_suffix: Vec<String>,
    source_prefix: Vec<String>,
    /// Folded job titles, one word each.
    author_roles: Vec<String>,
    /// Folded given names: thousands of them, so hashed.
    given_names: crate::fxhash::FxHashSet<String>,
    /// Folded words naming an editorial team.
    author_teams: Vec<String>,
    /// Folded words labelling a date.
    date_labels: Vec<String>,
    months: Vec<(String, u8)>,
}

/// The `.pat` files directly in `dir`, sorted by name.
fn pat_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "pat"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// Collects pattern files; [`build`](Self::build) compiles them.
#[derive(Default)]
pub struct PatternsBuilder {
    files: Vec<(Scope, PathBuf)>,
}

impl PatternsBuilder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds the standard layout under `dir`. A missing `lang/` or `sites/` is
    /// fine; a missing `dir` is an error.
    pub fn dir(mut self, dir: impl AsRef<Path>) -> Result<Self> {
        let dir = dir.as_ref();
        if !dir.is_dir() {
            return Err(Error::config(format!("pattern directory {} does not exist", dir.display())));
        }
        // Every file at the top applies to every page: `common.pat` first,
        // then the others (`names.pat`) by name.
        let mut top = pat_files(dir)?;
        top.sort_by_key(|p| p.file_name() != Some("common.pat".as_ref()));
        self.files.extend(top.into_iter().map(|p| (Scope::Common, p)));
        for (sub, make) in [("lang", Scope::Lang as fn(String) -> Scope), ("sites", Scope::Site)] {
            let sub_dir = dir.join(sub);
            if !sub_dir.is_dir() {
                continue;
            }
            for path in pat_files(&sub_dir)? {
                let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_lowercase();
                self.files.push((make(stem), path));
            }
        }
        Ok(self)
    }

    /// Adds one file under an explicit scope.
    pub fn file(mut self, scope: Scope, path: impl Into<PathBuf>) -> Self {
        self.files.push((scope, path.into()));
        self
    }

    /// Reads, validates and compiles every file.
    pub fn build(self) -> Result<Patterns> {
        let mut scopes: Vec<Scope> = Vec::new();
        let mut lexicons: Vec<Lexicon> = Vec::new();
        let mut entries: Vec<Entry> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        let mut residue: Vec<String> = Vec::new();
        let mut stopwords = StopTableBuilder::default();
        let mut chrome_keys: Vec<String> = Vec::new();
        let mut chrome_entries: Vec<Entry> = Vec::new();
        let mut byline_keys: Vec<String> = Vec::new();
        let mut not_chrome = NotChrome::default();
        for (scope, path) in self.files {
            let src = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            let scope_id = match scopes.iter().position(|s| *s == scope) {
                Some(i) => i,
                None => {
                    scopes.push(scope);
                    lexicons.push(Lexicon::default());
                    scopes.len() - 1
                }
            };
            let lex = &mut lexicons[scope_id];
            for raw in parse::parse(&path, &src)? {
                match raw.kind {
                    Kind::Drop | Kind::DropContains | Kind::Footer | Kind::Header | Kind::Section => {
                        keys.push(line_key(&raw.text, raw.mode));
                        entries.push(Entry {
                            scope: scope_id,
                            kind: raw.kind,
                            max_words: raw.max_words,
                            mode: raw.mode,
                            items_only: raw.items_only,
                            names_others: false,
                            pattern: raw.text,
                            file: path.clone(),
                            line: raw.line,
                        });
                    }
                    Kind::Residue => residue.push(raw.text),
                    Kind::HtmlChrome => {
                        chrome_keys.push(raw.text.to_ascii_lowercase());
                        chrome_entries.push(Entry {
                            scope: scope_id,
                            kind: raw.kind,
                            max_words: raw.max_words,
                            mode: Mode::Contains,
                            items_only: false,
                            names_others: raw.names_others,
                            pattern: raw.text,
                            file: path.clone(),
                            line: raw.line,
                        });
                    }
                    Kind::HtmlByline => byline_keys.push(raw.text.to_ascii_lowercase()),
                    Kind::HtmlNotChrome => not_chrome.add(&raw.text),
                    Kind::Stopwords => {
                        lex.has_stopwords = true;
                        lex.no_vote |= !raw.votes;
                        lex.vote_share = raw.vote_share;
                        for w in raw.text.split_whitespace() {
                            let key: String = w.nfc().collect::<String>().to_lowercase();
                            stopwords.insert(key, scope_id).map_err(|e| Error::pattern(&path, raw.line, e))?;
                        }
                    }
                    Kind::BylinePrefix => lex.byline_prefix.push(fold(&raw.text)),
                    Kind::BylineSuffix => lex.byline_suffix.push(fold(&raw.text)),
                    Kind::SourcePrefix => lex.source_prefix.push(fold(&raw.text)),
                    Kind::AuthorRoles => lex.author_roles.extend(raw.text.split_whitespace().map(fold)),
                    Kind::GivenNames => lex.given_names.extend(raw.text.split_whitespace().map(fold)),
                    Kind::AuthorTeams => lex.author_teams.extend(raw.text.split_whitespace().map(fold)),
                    Kind::DateLabels => lex.date_labels.extend(raw.text.split_whitespace().map(fold)),
                    Kind::Months => {
                        let (n, names) = raw.text.split_once('=').expect("checked by the parser");
                        let n: u8 = n.trim().parse().expect("checked by the parser");
                        lex.months.extend(names.split_whitespace().map(|w| (fold(w), n)));
                    }
                }
            }
        }
        // Chrome entries are appended after the line entries; their ids never reach these automata.
        let lines = LineAutomata::build(&scopes, &entries, &keys)?;
        let residue_ac = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .build(&residue)
            .map_err(|e| Error::config(format!("cannot compile residue patterns: {e}")))?;
        // One automaton reads both kinds off an attribute value in one pass:
        // chrome tokens first, byline fragments after them.
        let chrome_count = chrome_keys.len();
        let has_byline = !byline_keys.is_empty();
        let element = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .match_kind(MatchKind::Standard)
            .build(chrome_keys.iter().chain(&byline_keys))
            .map_err(|e| Error::config(format!("cannot compile html_chrome and html_byline patterns: {e}")))?;
        // Chrome entries follow the line entries, so one id space serves both.
        let chrome_base = entries.len();
        // A token listed twice keeps its first entry.
        let mut chrome_names = ChromeNames::default();
        for (i, k) in chrome_keys.iter().enumerate() {
            chrome_names.entry(k.clone()).or_insert(chrome_base + i);
        }
        entries.extend(chrome_entries);
        let stopwords = stopwords.build();
        let longest_stopword = stopwords.longest();
        let byline_prefix_words = lexicons.iter().flat_map(|l| &l.byline_prefix).map(|p| p.split_whitespace().count()).max().unwrap_or(0);
        let line_entries = &entries[..chrome_base];
        let line_keys = line_entries.iter().zip(&keys).filter(|(e, _)| e.mode == Mode::Line);
        let longest_line_key = line_keys.map(|(_, k)| k.len()).max().unwrap_or(0);
        let most_open_words = line_entries.iter().filter(|e| e.mode != Mode::Line).map(|e| e.max_words).max().unwrap_or(0);
        Ok(Patterns {
            scopes,
            lexicons,
            entries,
            lines,
            residue: residue_ac,
            residue_count: residue.len(),
            residue_first: first_bytes(&residue),
            stopwords,
            longest_stopword,
            byline_prefix_words,
            longest_line_key,
            most_open_words,
            element,
            chrome_base,
            chrome_count,
            chrome_names,
            has_byline,
            not_chrome,
        })
    }
}

/// The compiled pattern sets. Cheap to share behind an `Arc`.
#[derive(Debug)]
pub struct Patterns {
    scopes: Vec<Scope>,
    lexicons: Vec<Lexicon>,
    entries: Vec<Entry>,
    lines: LineAutomata,
    residue: AhoCorasick,
    residue_count: usize,
    /// The first bytes of the residue patterns, in both ASCII cases.
    residue_first: Vec<u8>,
    stopwords: StopTable,
    longest_stopword: usize,
    /// Word count of the longest byline prefix of any set.
    byline_prefix_words: usize,
    /// The longest folded `match=line` pattern, in bytes.
    longest_line_key: usize,
    /// The largest `max_words` of the `prefix` and `contains` patterns.
    most_open_words: usize,
    /// `html_chrome` tokens (ids below `chrome_count`), then `html_byline`
    /// fragments.
    element: AhoCorasick,
    chrome_base: usize,
    chrome_count: usize,
    /// The `html_chrome` tokens, for element names (`form`).
    chrome_names: ChromeNames,
    has_byline: bool,
    not_chrome: NotChrome,
}

/// The `[html_not_chrome]` affixes, lowercase.
#[derive(Debug, Default)]
struct NotChrome {
    prefixes: Vec<String>,
    suffixes: Vec<String>,
}

impl NotChrome {
    fn add(&mut self, affix: &str) {
        let affix = affix.to_ascii_lowercase();
        if affix.ends_with('-') { self.prefixes.push(affix) } else { self.suffixes.push(affix) }
    }

    /// Whether the whitespace-separated token of `value` around
    /// `start..end` starts or ends with one of the affixes.
    fn holds(&self, value: &str, start: usize, end: usize) -> bool {
        let from = value[..start].rfind(|c: char| c.is_ascii_whitespace()).map_or(0, |i| i + 1);
        let to = value[end..].find(|c: char| c.is_ascii_whitespace()).map_or(value.len(), |i| end + i);
        let token = &value[from..to];
        self.prefixes.iter().any(|p| token.starts_with(p.as_str())) || self.suffixes.iter().any(|s| token.ends_with(s.as_str()))
    }
}

/// The line patterns, compiled for each set of scopes a page activates
/// without a site file (the common set alone, or with one language and
/// [`CHROME_LANG`]), and once whole for pages whose site file adds patterns. All patterns of all
/// languages make a DFA of megabytes, past the CPU's cache; one language's
/// share is a fraction of it. Each automaton keeps the patterns' order, so
/// a line's first hit of each kind is the same whichever one reads it.
#[derive(Debug)]
struct LineAutomata {
    /// `[0]` holds every pattern.
    sets: Vec<LineAutomaton>,
}

#[derive(Debug)]
struct LineAutomaton {
    /// The scopes whose patterns it holds, among those that have any.
    scopes: Vec<usize>,
    /// A bare DFA rather than an `AhoCorasick`, walked by
    /// [`LineAutomaton::for_each_match`]: the library's overlapping iterator
    /// keeps its position in memory and checks bounds on every byte, and it
    /// cost 20 instructions a byte, the largest single cost of text pages.
    dfa: DFA,
    /// Entry id of each of its patterns.
    entry_ids: Vec<usize>,
}

impl LineAutomata {
    fn build(scopes: &[Scope], entries: &[Entry], keys: &[String]) -> Result<LineAutomata> {
        let with_lines: Vec<usize> = (0..scopes.len()).filter(|&s| entries.iter().any(|e| e.scope == s)).collect();
        let common: Vec<usize> = with_lines.iter().copied().filter(|&s| scopes[s] == Scope::Common).collect();
        let mut sets = vec![LineAutomaton::build(with_lines.clone(), entries, keys)?];
        if with_lines.len() > 1 {
            let chrome: Vec<usize> = with_lines.iter().copied().filter(|&s| is_chrome_lang(&scopes[s])).collect();
            for &lang in with_lines.iter().filter(|&&s| matches!(scopes[s], Scope::Lang(_))) {
                let mut set = [common.as_slice(), &[lang], &chrome].concat();
                set.sort_unstable();
                set.dedup();
                sets.push(LineAutomaton::build(set, entries, keys)?);
            }
            sets.push(LineAutomaton::build(common, entries, keys)?);
        }
        Ok(LineAutomata { sets })
    }

    /// The automaton for a page whose active scopes are `on`.
    fn pick(&self, on: &[bool]) -> usize {
        let all = &self.sets[0].scopes;
        self.sets.iter().position(|a| all.iter().all(|&s| on[s] == a.scopes.contains(&s))).unwrap_or(0)
    }
}

impl LineAutomaton {
    fn build(scopes: Vec<usize>, entries: &[Entry], keys: &[String]) -> Result<LineAutomaton> {
        let entry_ids: Vec<usize> = (0..keys.len()).filter(|&i| scopes.contains(&entries[i].scope)).collect();
        let dfa = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .prefilter(false)
            .build(entry_ids.iter().map(|&i| &keys[i]))
            .map_err(|e| Error::config(format!("cannot compile line patterns: {e}")))?;
        Ok(LineAutomaton { scopes, dfa, entry_ids })
    }

    /// Calls `visit(entry id, start, end)` for every occurrence of every
    /// pattern in `hay`, overlapping ones included, in order of their end
    /// and then of pattern id: the order of `find_overlapping_iter`.
    fn for_each_match(&self, hay: &[u8], visit: &mut dyn FnMut(usize, usize, usize)) {
        let dfa = &self.dfa;
        // Cannot fail: the DFA was built for unanchored searches.
        let Ok(mut sid) = dfa.start_state(Anchored::No) else { return };
        // The loop carries only the state and the position, so that they
        // stay in registers; matches are rare and handled out of line.
        for (at, &b) in hay.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) && dfa.is_match(sid) {
                self.report(sid, at + 1, visit);
            }
        }
    }

    #[inline(never)]
    fn report(&self, sid: aho_corasick::automaton::StateID, end: usize, visit: &mut dyn FnMut(usize, usize, usize)) {
        for i in 0..self.dfa.match_len(sid) {
            let p = self.dfa.match_pattern(sid, i);
            visit(self.entry_ids[p.as_usize()], end - self.dfa.pattern_len(p), end);
        }
    }
}

/// The language of the web's page chrome. WordPress themes and plugins print
/// "Leave a comment", "You may also like" and "This entry was posted in" on
/// pages in every language, so the line patterns of this language apply to
/// every page whose language is known (text trafilatura-eval 0.8989 ->
/// 0.8996, other sets unchanged or better).
pub const CHROME_LANG: &str = "en";

fn is_chrome_lang(scope: &Scope) -> bool {
    matches!(scope, Scope::Lang(l) if l == CHROME_LANG)
}

/// The scopes one page uses.
#[derive(Clone, Debug)]
pub struct Active {
    /// Scopes whose lexicons (stopwords, months, byline words) apply.
    on: Vec<bool>,
    /// The [`CHROME_LANG`] scope, when the page's language is known: its
    /// line patterns apply too (see [`Active::lines_on`]).
    chrome: Option<usize>,
    /// The [`LineAutomata`] set that holds exactly the active line patterns.
    lines: usize,
    /// The active sets with stopwords, as the stopword table's bit set.
    stop_sets: u64,
}

impl Active {
    fn ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.on.iter().enumerate().filter(|(_, on)| **on).map(|(i, _)| i)
    }

    /// Whether the line patterns of `scope` apply.
    fn lines_on(&self, scope: usize) -> bool {
        self.on[scope] || self.chrome == Some(scope)
    }
}

/// What the line patterns say about one line: the first hit of each kind.
#[derive(Clone, Copy, Debug, Default)]
pub struct LineHits {
    pub drop: Option<usize>,
    pub footer: Option<usize>,
    pub header: Option<usize>,
    pub section: Option<usize>,
    /// A row of `drop` labels that covers the line (`Share Tweet Email`):
    /// the entry of its label listed first in the pattern files (see
    /// `labels_cover`).
    pub labels: Option<usize>,
}

impl Patterns {
    /// The sets that apply to a page in `lang` from `domain`.
    pub fn activate(&self, lang: Option<&str>, domain: Option<&str>) -> Active {
        let on: Vec<bool> = self
            .scopes
            .iter()
            .map(|s| match s {
                Scope::Common => true,
                Scope::Lang(l) => lang == Some(l.as_str()),
                Scope::Site(d) => domain.is_some_and(|dom| dom == d || (dom.ends_with(d.as_str()) && dom[..dom.len() - d.len()].ends_with('.'))),
            })
            .collect();
        let stop_sets = self.stopwords.sets_mask(|s| on[s]);
        let chrome = lang.and_then(|_| self.scopes.iter().position(is_chrome_lang));
        let mut active = Active { on, chrome, lines: 0, stop_sets };
        let lines_on: Vec<bool> = (0..self.scopes.len()).map(|s| active.lines_on(s)).collect();
        active.lines = self.lines.pick(&lines_on);
        active
    }

    pub fn entry(&self, id: usize) -> &Entry {
        &self.entries[id]
    }

    pub fn scope(&self, id: usize) -> &Scope {
        &self.scopes[id]
    }

    /// Languages that have a pattern file, so callers can tell whether a page
    /// is covered by one.
    pub fn languages(&self) -> impl Iterator<Item = &str> {
        self.scopes.iter().filter_map(|s| match s {
            Scope::Lang(l) => Some(l.as_str()),
            _ => None,
        })
    }

    pub fn pattern_count(&self) -> usize {
        self.entries.len() + self.residue_count
    }

    /// Matches a folded line of `words` words against the line patterns;
    /// `item` says whether the line is a list item (for `only=items`).
    pub fn match_line(&self, folded: &str, words: usize, item: bool, active: &Active) -> LineHits {
        let mut hits = LineHits::default();
        let folded = &*matching_form(folded);
        // A line longer than every whole-line pattern, with more words than
        // any prefix or contains pattern allows, can match nothing.
        if self.entries.is_empty() || (folded.len() > self.longest_line_key && words > self.most_open_words) {
            return hits;
        }
        let mut labels: Vec<(usize, usize, usize)> = Vec::new();
        self.lines.sets[active.lines].for_each_match(folded.as_bytes(), &mut |id, start, end| {
            let e = &self.entries[id];
            if !active.lines_on(e.scope) || !on_word_boundaries(folded, start, end) {
                return;
            }
            if e.kind == Kind::Drop && e.mode == Mode::Line && words <= LABELS_MAX_WORDS && !e.items_only {
                labels.push((start, end, id));
            }
            let placed = match e.mode {
                Mode::Line => start == 0 && end == folded.len(),
                Mode::Prefix => start == 0,
                Mode::Contains => true,
                Mode::Suffix => word_count(&folded[end..]) <= SUFFIX_TAIL_WORDS,
            };
            if !placed || words > e.max_words || (e.items_only && !item) {
                return;
            }
            let slot = match e.kind {
                Kind::Drop | Kind::DropContains => &mut hits.drop,
                Kind::Footer => &mut hits.footer,
                Kind::Header => &mut hits.header,
                Kind::Section => &mut hits.section,
                _ => return,
            };
            slot.get_or_insert(id);
        });
        if labels.len() >= 2 {
            hits.labels = labels_cover(folded, &mut labels);
        }
        hits
    }

    /// What a class, id, `rel` or `itemprop` value (ASCII-lowercased)
    /// marks: the `html_chrome` entry whose token stands in it as a whole
    /// token (not inside an `[html_not_chrome]` token), and whether an
    /// `html_byline` fragment (`author`, `byline`) stands anywhere in it.
    pub fn match_element_value(&self, value: &str) -> (Option<usize>, bool) {
        let (mut chrome, mut byline) = (None, false);
        for m in self.element.find_overlapping_iter(value) {
            let id = m.pattern().as_usize();
            if id >= self.chrome_count {
                byline = true;
            } else if chrome.is_none() && on_word_boundaries(value, m.start(), m.end()) && !self.not_chrome.holds(value, m.start(), m.end()) {
                chrome = Some(self.chrome_base + id);
            }
            if chrome.is_some() && (byline || !self.has_byline) {
                break;
            }
        }
        (chrome, byline)
    }

    /// The `html_chrome` entry that is exactly this (lowercase) element name.
    pub fn match_chrome_element(&self, name: &str) -> Option<usize> {
        self.chrome_names.get(name).copied()
    }

    /// Cuts template residue (`{name}`, `{time}`) out of a line. Returns `None`
    /// when there was none.
    pub fn strip_residue(&self, line: &str) -> Option<String> {
        // A memchr for the patterns' first bytes (`{`) turns away nearly
        // every line for a fraction of the automaton's per-call cost.
        let b = line.as_bytes();
        let may_hold = match self.residue_first[..] {
            [] => false,
            [x] => memchr::memchr(x, b).is_some(),
            [x, y] => memchr::memchr2(x, y, b).is_some(),
            [x, y, z] => memchr::memchr3(x, y, z, b).is_some(),
            _ => true,
        };
        if !may_hold || !self.residue.is_match(line) {
            return None;
        }
        let mut out = String::with_capacity(line.len());
        self.residue.replace_all_with(line, &mut out, |_, _, dst| {
            dst.push(' ');
            true
        });
        Some(out)
    }

    /// Whether a lowercase word is a stopword of an active set.
    pub fn is_stopword(&self, lower_word: &str, active: &Active) -> bool {
        self.stopwords.sets(lower_word) & active.stop_sets != 0
    }

    /// [`Patterns::is_stopword`] for an ASCII word in any case.
    pub fn is_stopword_ascii(&self, ascii_word: &str, active: &Active) -> bool {
        self.stopwords.lists_ascii_any_case(ascii_word, active.stop_sets)
    }

    /// [`Patterns::is_stopword`] for a word in any case (`Ein`, `AM`): ASCII
    /// words are lowercased inside the table's key, others copied.
    pub fn is_stopword_any_case(&self, word: &str, active: &Active) -> bool {
        if word.is_ascii() { self.is_stopword_ascii(word, active) } else { self.is_stopword(&word.to_lowercase(), active) }
    }

    /// Byte length of the longest stopword of any set.
    pub fn longest_stopword(&self) -> usize {
        self.longest_stopword
    }

    /// Word count of the longest byline prefix of any set (`last updated on by`: 4).
    pub fn byline_prefix_words(&self) -> usize {
        self.byline_prefix_words
    }

    /// Whether any active set has stopwords at all.
    pub fn has_stopwords(&self, active: &Active) -> bool {
        active.ids().any(|i| self.lexicons[i].has_stopwords)
    }

    /// The language whose stopwords dominate `words` (lowercase), if one
    /// clearly does: the cheap detector for languages with a pattern set.
    /// Sets marked `vote=no` do not run: their words are shared with
    /// languages that have no set (Russian with Ukrainian and Bulgarian),
    /// which only the trigram model tells apart.
    pub fn vote_language<'a>(&self, words: impl Iterator<Item = &'a str>) -> Option<&str> {
        let mut hits = vec![0usize; self.scopes.len()];
        // Words that one set alone lists: they tell apart languages whose
        // commonest words are shared (`de`, `la`, `que` in Spanish and
        // French), and a set marked `vote=no` still claims its own.
        let mut own = vec![0usize; self.scopes.len()];
        let mut total = 0usize;
        for w in words {
            total += 1;
            let sets = self.stopwords.sets(w);
            for s in self.stopwords.scopes_of(sets) {
                hits[s] += 1;
                own[s] += usize::from(sets.count_ones() == 1);
            }
        }
        let mut ranked: Vec<(usize, usize)> =
            hits.iter().enumerate().filter(|(i, _)| matches!(self.scopes[*i], Scope::Lang(_)) && !self.lexicons[*i].no_vote).map(|(i, h)| (*h, i)).collect();
        ranked.sort_unstable_by(|a, b| b.cmp(a));
        let (best, scope) = *ranked.first()?;
        let rival = own.iter().enumerate().filter(|&(i, _)| i != scope).map(|(_, n)| *n).max().unwrap_or(0);
        // Clear: enough hits, a real share of the words (20% unless the set
        // says otherwise), and well ahead of any other set in words of its
        // own. Prose whose share is under 30% (English samples often hold
        // 25%) must lead three to one instead of two.
        let ahead = if best * 10 >= total * 3 { 2 * rival } else { 3 * rival };
        let share = best * 100 >= total * self.lexicons[scope].vote_share;
        let clear = best >= 12 && share && own[scope] >= VOTE_MIN_OWN.max(ahead);
        match (&self.scopes[scope], clear) {
            (Scope::Lang(l), true) => Some(l.as_str()),
            _ => None,
        }
    }

    pub fn byline_prefixes<'a>(&'a self, active: &'a Active) -> impl Iterator<Item = &'a str> + 'a {
        active.ids().flat_map(|i| self.lexicons[i].byline_prefix.iter().map(String::as_str))
    }

    /// The `[date_labels]` words (folded) of the active sets.
    pub fn date_labels<'a>(&'a self, active: &'a Active) -> impl Iterator<Item = &'a str> + 'a {
        active.ids().flat_map(|i| self.lexicons[i].date_labels.iter().map(String::as_str))
    }

    /// The byline prefixes of the active sets, then those of [`CHROME_LANG`]:
    /// a byline element or a declared author is labelled in the theme's
    /// language (`by DT`, `Author Jane Doe` on a German blog).
    pub fn template_byline_prefixes<'a>(&'a self, active: &'a Active) -> impl Iterator<Item = &'a str> + 'a {
        let chrome = active.chrome.filter(|&c| !active.on[c]);
        self.byline_prefixes(active).chain(chrome.into_iter().flat_map(|i| self.lexicons[i].byline_prefix.iter().map(String::as_str)))
    }

    pub fn byline_suffixes<'a>(&'a self, active: &'a Active) -> impl Iterator<Item = &'a str> + 'a {
        active.ids().flat_map(|i| self.lexicons[i].byline_suffix.iter().map(String::as_str))
    }

    pub fn source_prefixes<'a>(&'a self, active: &'a Active) -> impl Iterator<Item = &'a str> + 'a {
        active.ids().flat_map(|i| self.lexicons[i].source_prefix.iter().map(String::as_str))
    }

    /// Whether a folded word is a job title of an active set's `[author_roles]`.
    pub fn is_author_role(&self, folded_word: &str, active: &Active) -> bool {
        active.ids().any(|i| self.lexicons[i].author_roles.iter().any(|r| r == folded_word))
    }

    /// Whether an active set lists given names.
    pub fn has_given_names(&self, active: &Active) -> bool {
        active.ids().any(|i| !self.lexicons[i].given_names.is_empty())
    }

    /// Whether a folded word is a given name of an active set's `[given_names]`.
    pub fn is_given_name(&self, folded_word: &str, active: &Active) -> bool {
        active.ids().any(|i| self.lexicons[i].given_names.contains(folded_word))
    }

    /// Whether a folded word names an editorial team in an active set's `[author_teams]`.
    pub fn is_author_team(&self, folded_word: &str, active: &Active) -> bool {
        active.ids().any(|i| self.lexicons[i].author_teams.iter().any(|t| t == folded_word))
    }

    /// Whether a folded word labels a date in an active set's `[date_labels]`.
    pub fn is_date_label(&self, folded_word: &str, active: &Active) -> bool {
        self.date_labels(active).any(|t| t == folded_word)
    }

    /// The month number of a folded word, from any active set.
    pub fn month(&self, folded_word: &str, active: &Active) -> Option<u8> {
        active.ids().find_map(|i| self.lexicons[i].months.iter().find(|(w, _)| w == folded_word).map(|(_, n)| *n))
    }
}

/// A line of at most this many words may be a row of button labels.
const LABELS_MAX_WORDS: usize = 8;

/// The entry listed first among `labels` (whole-line `drop` patterns found
/// inside the line) when together they cover the line, with nothing between them but
/// spaces and list punctuation: a row of buttons or links printed as one
/// line (`Rezept drucken Bei Pinterest speichern`, `Share Tweet Email`,
/// `Facebook, Instagram`). Quotes, brackets and operators between them
/// are code (`"email": email,`), which stays.
fn labels_cover(line: &str, labels: &mut [(usize, usize, usize)]) -> Option<usize> {
    let between = |gap: &str| {
        gap.chars().all(|c| c.is_whitespace() || matches!(c, ',' | '&' | '|' | '·' | '/' | '•' | '-' | '–' | '—' | '+' | ':' | '.' | '…' | '!' | '?'))
    };
    labels.sort_unstable();
    let mut at = 0;
    for &(start, end, _) in labels.iter() {
        if start > at && !between(&line[at..start]) {
            return None;
        }
        at = at.max(end);
    }
    between(&line[at..]).then(|| labels.iter().map(|l| l.2).min()).flatten()
}

/// The distinct first bytes of `patterns`, in both ASCII cases.
fn first_bytes(patterns: &[String]) -> Vec<u8> {
    let mut out: Vec<u8> = patterns.iter().filter_map(|p| p.bytes().next()).flat_map(|b| [b.to_ascii_lowercase(), b.to_ascii_uppercase()]).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The form that line patterns and lines alike are matched in:
/// - every number is one `0`, so a pattern `0 comments on` matches
///   `59 Comments on "…"` and `1,204 comments on`. A number is a run of
///   ASCII digits, with `,` or `.` allowed between two digits. Counts are
///   never what tells chrome from content.
/// - a colon has no space before it, as French typography puts one there
///   (`photo:` matches `Photo : AFP`).
fn matching_form(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    // Branch-free, so it vectorizes: most lines have no digit, and few a
    // space before a colon.
    let digit = b.iter().fold(false, |any, c| any | c.is_ascii_digit());
    if !digit && !memchr::memchr_iter(b':', b).any(|at| at > 0 && b[at - 1] == b' ') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(b.len());
    let mut rest = s;
    while let Some(at) = rest.bytes().position(|c| c.is_ascii_digit() || c == b':') {
        out.push_str(&rest[..at]);
        let r = rest.as_bytes();
        if r[at] == b':' {
            if out.ends_with(' ') {
                out.pop();
            }
            out.push(':');
            rest = &rest[at + 1..];
            continue;
        }
        out.push('0');
        let mut end = at;
        while end < r.len() && (r[end].is_ascii_digit() || (matches!(r[end], b',' | b'.') && r.get(end + 1).is_some_and(u8::is_ascii_digit))) {
            end += 1;
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The automaton key of a line pattern: folded like the lines it matches.
/// A `prefix` or `suffix` pattern keeps its closing punctuation, which
/// folding trims: `photo:` labels a credit, `photo` is a word of a sentence.
/// (A line is trimmed too, so a line of just `Photo:` needs a `[drop]`.)
fn line_key(pattern: &str, mode: Mode) -> String {
    let mut key = fold(pattern);
    if matches!(mode, Mode::Prefix | Mode::Suffix) {
        key.push_str(trimmed_end(pattern).trim_end());
    }
    matching_form(&key).into_owned()
}

/// Runs of letters and digits: the words a `suffix` pattern leaves after it.
fn word_count(s: &str) -> usize {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count()
}

fn on_word_boundaries(s: &str, start: usize, end: usize) -> bool {
    // Scripts written without spaces have a word edge between any two
    // characters: `版权所有` is found in `某某新闻网版权所有`.
    let word = |c: char| {
        if c.is_ascii() { c.is_ascii_alphanumeric() } else { (is_alnum(c) || is_combining(c)) && !is_unspaced_script(c) }
    };
    let before_ok = s[..start].chars().next_back().is_none_or(|c| !word(c)) || s[start..].chars().next().is_some_and(|c| !word(c));
    let after_ok = s[end..].chars().next().is_none_or(|c| !word(c)) || s[..end].chars().next_back().is_some_and(|c| !word(c));
    before_ok && after_ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn build(files: &[(&str, &str)]) -> Result<Patterns> {
        let dir = tempfile::tempdir().unwrap();
        for (name, body) in files {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::File::create(path).unwrap().write_all(body.as_bytes()).unwrap();
        }
        PatternsBuilder::new().dir(dir.path())?.build()
    }

    #[test]
    fn scopes_and_kinds_match_as_documented() {
        let p = build(&[
            ("common.pat", "[drop]\nshare\n[residue]\n{name}\n"),
            ("lang/vi.pat", "[drop_contains max_words=4]\nbình luận\n[footer]\ntổng biên tập\n[footer match=contains]\ngiữ bản quyền\n"),
            ("lang/en.pat", "[footer]\n0 comments on\n"),
            ("sites/example.com.pat", "[drop]\nsite only\n"),
        ])
        .unwrap();
        let vi = p.activate(Some("vi"), Some("news.example.com"));
        let en = p.activate(Some("en"), Some("example.org"));
        let hit = |line: &str, active: &Active| {
            let f = fold(line);
            let words = line.split_whitespace().count();
            p.match_line(&f, words, false, active)
        };
        let cases: [(&str, &Active, bool, bool); 13] = [
            ("Báo Sóc Trăng giữ bản quyền nội dung", &vi, false, true),
            ("Phó Tổng Biên tập: Nguyễn Thành Nam", &vi, false, false),
            ("Share", &en, true, false),
            ("Shareholders", &en, false, false),
            ("0 Bình luận", &vi, true, false),
            ("0 Bình luận", &en, false, false),
            ("có năm mươi bình luận mới hôm nay", &vi, false, false),
            ("Tổng Biên tập: Đỗ Tấn Hậu", &vi, false, true),
            ("site only", &vi, true, false),
            ("site only", &en, false, false),
            ("59 Comments on “Starship Troopers”", &en, false, true),
            ("1,204 comments on the draft", &en, false, true),
            ("Comments on the draft", &en, false, false),
        ];
        for (line, active, drop, footer) in cases {
            let h = hit(line, active);
            assert_eq!((h.drop.is_some(), h.footer.is_some()), (drop, footer), "{line}");
        }
        assert_eq!(p.strip_residue("{Name} - 10:00").as_deref(), Some("  - 10:00"));
        assert_eq!(p.strip_residue("no residue"), None);
    }

    #[test]
    fn french_colons_match_alike() {
        let p = build(&[("common.pat", "[drop match=prefix max_words=8]\nphoto:\n[drop]\nsource : afp\n")]).unwrap();
        let active = p.activate(None, None);
        let cases = [("Photo : AFP", true), ("Photo: AFP", true), ("Photo AFP", false), ("Source: AFP", true), ("Source : AFP", true), ("Photo 2: AFP", false)];
        for (line, drop) in cases {
            let hits = p.match_line(&fold(line), line.split_whitespace().count(), false, &active);
            assert_eq!(hits.drop.is_some(), drop, "{line}");
        }
    }

    #[test]
    fn rows_of_drop_labels_table() {
        let p =
            build(&[("common.pat", "[drop]\nshare\ntweet\nemail\nfacebook\ninstagram\nprint recipe\npin recipe\n[drop match=prefix]\nshare this\n")]).unwrap();
        let active = p.activate(None, None);
        // (line, a row of labels, dropped by one pattern)
        let cases = [
            ("Share Tweet Email", true, false),
            ("Facebook, Instagram", true, false),
            ("Print Recipe Pin Recipe", true, false),
            ("Share | Tweet", true, false),
            ("Share", false, true),
            // A word no label covers, or code between the labels, stays.
            ("Share the recipe by email", false, false),
            ("\"email\": email,", false, false),
            ("Email: share", true, false),
        ];
        for (line, row, drop) in cases {
            let hits = p.match_line(&fold(line), line.split_whitespace().count(), false, &active);
            assert_eq!((hits.labels.is_some(), hits.drop.is_some()), (row, drop), "{line}");
        }
        // Long lines are sentences, whatever their words.
        let long = "share tweet email share tweet email share tweet email";
        assert!(p.match_line(long, 9, false, &active).labels.is_none());
    }

    #[test]
    fn residue_is_found_whatever_its_first_bytes() {
        // One first byte, two (a letter's two cases), and four (no memchr).
        let sets = ["[residue]\n{name}\n", "[residue]\nlorem ipsum\n", "[residue]\n{name}\n%date%\nlorem ipsum\n"];
        let cases = [
            ("{Name} - 10:00", 0, Some("  - 10:00")),
            ("{Name}{name}", 0, Some("  ")),
            ("Plain words", 0, None),
            ("LOREM IPSUM dolor", 1, Some("  dolor")),
            ("dolor sit amet", 1, None),
            ("Lorem Ipsum %DATE% {name}", 2, Some("     ")),
            ("100% not residue", 2, None),
        ];
        for (line, set, want) in cases {
            let p = build(&[("common.pat", sets[set])]).unwrap();
            assert_eq!(p.strip_residue(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn each_page_reads_the_automaton_of_its_own_scopes() {
        let p = build(&[
            ("common.pat", "[drop]\nshare\n[footer match=contains]\nall rights reserved\n"),
            ("lang/en.pat", "[drop_contains max_words=4]\nshare this\n[footer match=line]\ncomments\n"),
            ("lang/vi.pat", "[drop]\nchia sẻ\n"),
            ("lang/de.pat", "[drop]\nteilen\n"),
            ("sites/example.com.pat", "[drop]\nsite only\n"),
        ])
        .unwrap();
        // (lang, domain, whether the page gets the automaton of every pattern)
        let pages =
            [(Some("en"), None, false), (Some("vi"), None, false), (Some("fr"), None, false), (None, None, false), (Some("de"), Some("example.com"), true)];
        let lines = ["Share", "Share this story", "Chia sẻ", "Teilen", "Site only", "Comments", "© 2024 All rights reserved"];
        for (lang, domain, whole) in pages {
            let active = p.activate(lang, domain);
            assert_eq!(active.lines == 0, whole, "{lang:?} {domain:?}");
            let every = Active { lines: 0, ..active.clone() };
            for line in lines {
                let (f, words) = (fold(line), line.split_whitespace().count());
                let key = |h: LineHits| (h.drop, h.footer, h.header, h.section);
                assert_eq!(key(p.match_line(&f, words, false, &active)), key(p.match_line(&f, words, false, &every)), "{line} on {lang:?} {domain:?}");
            }
        }
        let en = p.activate(Some("en"), None);
        let hits = |line: &str| p.match_line(&fold(line), line.split_whitespace().count(), false, &en);
        assert!(hits("Share this story").drop.is_some() && hits("Comments").footer.is_some());
        assert!(hits("Teilen").drop.is_none() && hits("Chia sẻ").drop.is_none() && hits("Site only").drop.is_none());
        // English chrome counts on a page in another language, but not on a
        // page whose language is unknown.
        let on = |lang| p.match_line(&fold("Share this story"), 3, false, &p.activate(lang, None)).drop.is_some();
        assert!(on(Some("de")) && on(Some("vi")) && on(Some("fr")) && !on(None));
    }

    #[test]
    fn prefix_and_suffix_patterns_keep_their_closing_punctuation() {
        let p = build(&[
            ("lang/en.pat", "[drop match=suffix max_words=40]\nphoto:\nphoto :\n©\n"),
            ("lang/de.pat", "[drop match=prefix max_words=40]\nabbildung 0:\n"),
        ])
        .unwrap();
        let cases = [
            ("en", "The Brooks Cascadia is goat-approved. Photo: iRunFar/Annie Behrend", true),
            ("en", "Roman Prymula, photo : Archives du Gouvernement tchèque", true),
            ("en", "Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO", true),
            ("en", "© Bundesrat | Frank Bräuer", true),
            // A suffix must close the line: nine words after it are a sentence.
            ("en", "Photo: the team celebrates the title in front of their home crowd tonight", false),
            // Without its colon the word is prose, not a label.
            ("en", "We took a photo of the whole team", false),
            ("en", "A photographer: Jane Doe", false),
            ("de", "Abbildung 4: klassische Schwachschicht", true),
            ("de", "Abbildung 12: Vorgehensweise für grosse Ereignisse", true),
            ("de", "Abbildung 4 zeigt die Verteilung der Werte", false),
        ];
        for (lang, line, drop) in cases {
            let h = p.match_line(&fold(line), line.split_whitespace().count(), false, &p.activate(Some(lang), None));
            assert_eq!(h.drop.is_some(), drop, "{line}");
        }
    }

    #[test]
    fn chrome_tokens_inside_state_and_taxonomy_tokens_do_not_count() {
        let p = build(&[("common.pat", "[html_chrome]\nsidebar\nsocial\n[html_not_chrome]\nhas-\ncategory-\n-enabled\n")]).unwrap();
        let cases = [
            ("sidebar", true),
            ("widget-area sidebar-left", true),
            ("has-sidebar", false),
            ("page has-sidebar", false),
            ("sidebar-enabled", false),
            ("post category-social-media", false),
            ("post category-news social-links", true),
            ("sidebars", false),
        ];
        for (value, chrome) in cases {
            assert_eq!(p.match_element_value(value).0.is_some(), chrome, "{value}");
        }
    }

    #[test]
    fn stopwords_are_active_per_set_and_any_case_for_ascii() {
        let p = build(&[("lang/en.pat", "[stopwords]\nthe of\n"), ("lang/vi.pat", "[stopwords]\ncủa the\n")]).unwrap();
        let (en, vi, none) = (p.activate(Some("en"), None), p.activate(Some("vi"), None), p.activate(Some("fr"), None));
        assert!(p.is_stopword("of", &en) && !p.is_stopword("of", &vi));
        assert!(p.is_stopword("của", &vi) && !p.is_stopword("của", &en));
        assert!(p.is_stopword_ascii("THE", &en) && p.is_stopword_ascii("The", &vi));
        assert!(!p.is_stopword_ascii("the", &none) && !p.has_stopwords(&none));
    }

    #[test]
    fn every_file_beside_common_applies_to_every_page() {
        let p = build(&[("common.pat", "[drop]\nshare\n"), ("names.pat", "[given_names]\nJane Nguyễn\n"), ("lang/en.pat", "[author_teams]\nstaff\n")]).unwrap();
        let (en, fr) = (p.activate(Some("en"), None), p.activate(Some("fr"), None));
        for active in [&en, &fr] {
            assert!(p.has_given_names(active) && p.is_given_name("jane", active) && p.is_given_name(&fold("NGUYỄN"), active));
            assert!(!p.is_given_name("doe", active));
        }
        assert!(p.is_author_team("staff", &en) && !p.is_author_team("staff", &fr));
    }

    #[test]
    fn word_boundaries_table() {
        // (line, pattern, whether the pattern stands on word edges there)
        let cases = [
            ("share this", "share", true),
            ("shareholders", "share", false),
            ("our shareholders", "holders", false),
            ("某某新闻网版权所有", "版权所有", true),
            ("京icp备12345678号", "icp", true),
            ("版权所有者", "版权所有", true),
        ];
        for (line, pattern, want) in cases {
            let start = line.find(pattern).expect("pattern in line");
            assert_eq!(on_word_boundaries(line, start, start + pattern.len()), want, "{pattern:?} in {line:?}");
        }
    }

    #[test]
    fn a_set_marked_vote_no_measures_prose_but_names_no_language() {
        let ru = "[stopwords vote=no]\nи в на что\n";
        let p = build(&[("lang/ru.pat", ru), ("lang/en.pat", "[stopwords]\nthe of\n")]).unwrap();
        let words = ["и", "в", "что", "на", "город"].repeat(10);
        assert_eq!(p.vote_language(words.iter().copied()), None);
        assert!(p.is_stopword("что", &p.activate(Some("ru"), None)));
        let voting = build(&[("lang/ru.pat", "[stopwords]\nи в на что\n")]).unwrap();
        assert_eq!(voting.vote_language(words.iter().copied()), Some("ru"));
    }

    #[test]
    fn a_sixty_fifth_stopword_set_fails_the_build_with_its_path() {
        let names: Vec<String> = (0..=stopwords::MAX_SETS).map(|i| format!("sites/s{i:02}.example.pat")).collect();
        let files: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "[drop]\nx\n[stopwords]\nthe\n")).collect();
        let err = build(&files).unwrap_err().to_string();
        assert!(err.contains(".example.pat:4: more than 64 pattern sets"), "{err}");
    }

    #[test]
    fn a_bad_file_fails_the_build_with_its_path() {
        let err = build(&[("lang/en.pat", "[drop]\nok\n[bogus]\n")]).unwrap_err().to_string();
        assert!(err.contains("en.pat:3: unknown section"), "{err}");
    }

    #[test]
    fn shipped_patterns_compile() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/patterns");
        let p = PatternsBuilder::new().dir(dir).unwrap().build().unwrap();
        for lang in ["vi", "en", "de", "es", "fr", "pl"] {
            assert!(p.languages().any(|l| l == lang), "no pattern set for {lang}");
        }
    }
}
