//! The page envelope: what a scraper hands boilerstrip, in the CLI's `--jsonl`
//! lines and in the daemon's NATS messages alike.
//!
//! In: JSON bytes `{"id"?, "url"?, "text" | "html", "lang"?, "fetched_at"?, ...}`
//! (unknown fields are ignored), or a raw body plus what its headers said.
//! Out: a [`Page`], or an error whose code says what was wrong
//! (`invalid_json`, `missing_field`). A page's content stays bytes until the
//! decode stage, so raw bodies and JSON strings take the same path.

use crate::error::{Error, Result};
use crate::pipeline::date::Ymd;
use serde::Deserialize;

/// How the content should be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Extracted text, one block per line (DCLM / Resiliparse style).
    Text,
    /// A whole HTML document.
    Html,
}

/// One page to clean.
#[derive(Clone, Debug)]
pub struct Page {
    pub id: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    pub fetched_at: Option<String>,
    pub format: Format,
    /// A charset named by the transport (an HTTP `Content-Type` header).
    pub charset: Option<String>,
    pub content: Vec<u8>,
}

impl Page {
    /// A page from raw text bytes with nothing else known.
    pub fn text(content: impl Into<Vec<u8>>) -> Page {
        Page { id: None, url: None, lang: None, fetched_at: None, format: Format::Text, charset: None, content: content.into() }
    }

    /// Parses a JSON envelope. With `require_url`, a missing or empty `url` is
    /// an error (the daemon needs it to key its output).
    pub fn from_json(bytes: &[u8], require_url: bool) -> Result<Page> {
        #[derive(Deserialize)]
        struct Raw {
            id: Option<serde_json::Value>,
            url: Option<String>,
            text: Option<String>,
            html: Option<String>,
            lang: Option<String>,
            fetched_at: Option<serde_json::Value>,
        }
        let raw: Raw = serde_json::from_slice(bytes).map_err(|e| Error::invalid_json(e.to_string()))?;
        let url = raw.url.filter(|u| !u.trim().is_empty());
        if require_url && url.is_none() {
            return Err(Error::missing_field("url"));
        }
        let (format, content) = match (raw.html, raw.text) {
            (Some(html), _) => (Format::Html, html.into_bytes()),
            (None, Some(text)) => (Format::Text, text.into_bytes()),
            (None, None) => return Err(Error::missing_field("text")),
        };
        Ok(Page {
            id: raw.id.and_then(scalar_string),
            url,
            lang: raw.lang.filter(|l| !l.trim().is_empty()),
            fetched_at: raw.fetched_at.and_then(scalar_string),
            format,
            charset: None,
            content,
        })
    }
}

/// Ids and timestamps may arrive as strings or numbers; keep either as text.
fn scalar_string(v: serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) if !s.is_empty() => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The host of a URL, lowercased, without `www.`; `None` if it has none.
pub fn domain_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next()?.trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host).to_string();
    (!host.is_empty() && host.contains('.')).then_some(host)
}

/// The words of a URL's slug, lowercase: the path segment with the most
/// words (`/2024/05/harbour-wall-to-be-extended.html` -> `harbour wall to be
/// extended`), percent-decoded, split at `-`, `_`, `+` and `.`, without the
/// file extension, without words holding a digit (dates, ids), each word
/// once. Empty when no segment has two words: the URL names no headline.
pub fn slug_words(url: &str) -> Vec<String> {
    let words = |segment: &str| -> Vec<String> {
        let decoded = percent_decode(segment).to_lowercase();
        let stem = ["html", "htm", "shtml", "php", "aspx", "asp", "jsp"]
            .iter()
            .find_map(|ext| decoded.strip_suffix(ext).and_then(|s| s.strip_suffix('.')))
            .unwrap_or(&decoded);
        stem.split(['-', '_', '+', '.']).filter(|w| !w.is_empty() && !w.contains(|c: char| c.is_ascii_digit())).map(str::to_string).collect()
    };
    let best = path_segments(url).map(words).max_by_key(Vec::len).unwrap_or_default();
    // A slug has a handful of words: a scan beats hashing them.
    let mut unique: Vec<String> = Vec::with_capacity(best.len());
    for w in best {
        if !unique.contains(&w) {
            unique.push(w);
        }
    }
    if unique.len() >= 2 { unique } else { Vec::new() }
}

/// The date a URL's path spells, as `YYYY-MM-DD`: three segments
/// (`/2019/10/21/slug/`), a segment opening with the date
/// (`/2020-10-18-slug/`) or made of it (`/20160214/`, `/20011019.html`).
/// Blogs and news sites print their posts' publication date there.
pub fn url_date(url: &str) -> Option<String> {
    let segments: Vec<&str> = path_segments(url).collect();
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let date = |y: Option<u32>, m: Option<u32>, d: Option<u32>| Ymd::new(y?, m?, d?).map(|d| d.to_string());
    let three = segments.windows(3).find_map(|w| date(number(w[0], 4..=4), number(w[1], 1..=2), number(w[2], 1..=2)));
    three.or_else(|| {
        segments.iter().find_map(|s| {
            let compact = s.split('.').next().unwrap_or(s);
            if compact.len() == 8 && number(compact, 8..=8).is_some() {
                return date(number(&compact[..4], 4..=4), number(&compact[4..6], 2..=2), number(&compact[6..], 2..=2));
            }
            let (head, tail) = (s.get(..10)?, &s[10..]);
            let parts: Vec<&str> = head.split('-').collect();
            let opens = parts.len() == 3 && (tail.is_empty() || tail.starts_with(['-', '_', '.']));
            opens.then(|| date(number(parts[0], 4..=4), number(parts[1], 2..=2), number(parts[2], 2..=2))).flatten()
        })
    })
}

/// The segments of a URL's path, without the host, the query and the fragment.
fn path_segments(url: &str) -> impl Iterator<Item = &str> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.split(['?', '#']).next().unwrap_or("").split('/').skip(1)
}

/// `%C3%BC` -> `ü`; a malformed escape stays as it is.
fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        match (b[i], b.get(i + 1).copied().and_then(hex), b.get(i + 2).copied().and_then(hex)) {
            (b'%', Some(hi), Some(lo)) => {
                out.push((hi * 16 + lo) as u8);
                i += 3;
            }
            (c, _, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn url_date_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("https://blog.example.com/2019/10/21/interning-small-integers/", Some("2019-10-21")),
            ("https://example.com/news/2022/5/6/vote", Some("2022-05-06")),
            ("https://example.com/blog/2020-10-18-cdpath-replacement/", Some("2020-10-18")),
            ("https://example.com/articles/35030/20160214/need-know.htm", Some("2016-02-14")),
            ("http://ask.example.com/ask/20011019.html", Some("2001-10-19")),
            // A month without a day, a day that does not exist, an id.
            ("https://example.com/2019/10/slug/", None),
            ("https://example.com/2019/02/30/slug/", None),
            ("https://example.com/posts/12345678/", None),
            ("https://example.com/2024-02-29-leap-day", Some("2024-02-29")),
            ("https://example.com/2023-02-29-no-leap-day", None),
            ("https://example.com/", None),
        ];
        for (url, want) in cases {
            assert_eq!(url_date(url).as_deref(), *want, "{url}");
        }
    }

    #[test]
    fn slug_words_table() {
        let cases: &[(&str, &[&str])] = &[
            ("https://example.com/2024/05/harbour-wall-to-be-extended.html", &["harbour", "wall", "to", "be", "extended"]),
            ("https://example.com/news/harbour_wall/?utm=1#top", &["harbour", "wall"]),
            ("https://example.de/blog/m%C3%BCndigkeit-digital", &["mündigkeit", "digital"]),
            // Ids and dates are not words of the headline.
            ("https://example.com/a/harbour-wall-8n6xe-2024", &["harbour", "wall"]),
            // One word, or none: the URL names no headline.
            ("https://example.com/news/12345", &[]),
            ("https://example.com/harbour", &[]),
            ("https://example.com", &[]),
            ("not a url %zz", &[]),
        ];
        for (url, want) in cases {
            assert_eq!(slug_words(url), *want, "{url}");
        }
    }

    #[test]
    fn envelopes_parse_or_name_the_problem() {
        let cases: [(&str, bool, Result<Format>); 7] = [
            (r#"{"url":"https://a.vn/x","text":"hi"}"#, true, Ok(Format::Text)),
            (r#"{"url":"https://a.vn/x","html":"<p>hi</p>","text":"ignored"}"#, true, Ok(Format::Html)),
            (r#"{"text":"no url is fine offline"}"#, false, Ok(Format::Text)),
            (r#"{"text":"but not in the daemon"}"#, true, Err(Error::missing_field("url"))),
            (r#"{"url":"https://a.vn/x"}"#, true, Err(Error::missing_field("text"))),
            (r#"{"url": 3, "text": "x"}"#, false, Err(Error::invalid_json(""))),
            ("not json", false, Err(Error::invalid_json(""))),
        ];
        for (json, require_url, want) in cases {
            let got = Page::from_json(json.as_bytes(), require_url);
            match (got, want) {
                (Ok(p), Ok(f)) => assert_eq!(p.format, f, "{json}"),
                (Err(e), Err(w)) => assert_eq!(e.code(), w.code(), "{json}"),
                (got, want) => panic!("{json}: got {got:?}, want {want:?}"),
            }
        }
        let p = Page::from_json(br#"{"id": 42, "text": "x", "fetched_at": "2024-01-01T00:00:00Z"}"#, false).unwrap();
        assert_eq!(p.id.as_deref(), Some("42"));
        assert_eq!(Error::missing_field("url").code(), ErrorCode::MissingField);
    }

    #[test]
    fn domains() {
        let cases = [
            ("https://www.BaoSocTrang.org.vn/path?q=1", Some("baosoctrang.org.vn")),
            ("http://user@news.example.com:8080/", Some("news.example.com")),
            ("example.com/a", Some("example.com")),
            ("not a url", None),
            ("", None),
        ];
        for (url, want) in cases {
            assert_eq!(domain_of(url).as_deref(), want, "{url}");
        }
    }
}
