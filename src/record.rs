//! The clean article record: boilerstrip's output, one JSON object per page.
//!
//! The schema is documented in the README ("Record schema"); bump
//! [`SCHEMA_VERSION`] on any change that is not a pure addition.

use serde::Serialize;

/// The version of the record schema.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Record {
    pub schema_version: u32,
    /// The envelope's id, or a hash of the url and content.
    pub id: String,
    pub url: Option<String>,
    pub domain: Option<String>,
    /// ISO 639-1 code, given by the envelope or detected.
    pub lang: Option<String>,
    pub title: Option<String>,
    /// ISO 8601: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` when the page gives a time.
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub source: Option<String>,
    /// The article paragraphs, in order, separated by a blank line.
    pub text: String,
    /// True when no article text was found.
    pub empty: bool,
    /// Notes on the input, such as `invalid_utf8`, `mojibake_repaired` or `html`.
    pub flags: Vec<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fetched_at: Option<String>,
    pub stats: Stats,
    /// Every removed line and why; only with `--explain`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub removed: Option<Vec<Removed>>,
}

#[derive(Clone, Copy, Debug, Default, Serialize, PartialEq)]
pub struct Stats {
    pub bytes_in: usize,
    pub bytes_out: usize,
    pub lines_in: usize,
    pub lines_out: usize,
}

/// One removed line, for `--explain`.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Removed {
    /// 1-based line number in the decoded input.
    pub line: usize,
    pub text: String,
    /// The pattern set (`vi/footer`, `common/drop`) or `heuristic`/`metadata`.
    pub set: String,
    /// Why: the pattern that matched, or the heuristic's name.
    pub reason: String,
}
