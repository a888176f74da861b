//! HTML to block lines, in one forward pass.
//!
//! In: a decoded HTML document (any quality: unclosed tags, truncation).
//! Out: text with one block per line (paragraphs, list items as `• item`,
//! headings, table cells) in document order, and the page's own metadata
//! (`<title>`, Open Graph, `article:published_time`, `<meta name=author>`,
//! `<html lang>`). The text then takes the same classifier as text mode.
//!
//! Dropped with their content: `script`, `style`, `noscript`, `template`,
//! `svg`, `iframe`, `head` (after metadata is read), elements marked `hidden`
//! or `aria-hidden=true`, and the page chrome containers `nav`, `aside`,
//! `footer` and `form`. The scanner keeps an explicit stack capped at
//! [`MAX_DEPTH`], so no input can overflow the call stack.

use std::collections::HashMap;

/// Deeper nesting is flattened: tags past this depth are not tracked.
pub const MAX_DEPTH: usize = 512;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct HtmlMeta {
    pub title: Option<String>,
    pub published: Option<String>,
    pub authors: Vec<String>,
    pub site_name: Option<String>,
    pub lang: Option<String>,
}

#[derive(Debug, Default)]
pub struct HtmlDoc {
    pub text: String,
    pub meta: HtmlMeta,
}

const SKIP: &[&str] = &["script", "style", "noscript", "template", "svg", "iframe", "nav", "aside", "footer", "form", "select", "button", "head"];
const BLOCK: &[&str] = &[
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "section", "article", "header", "main",
    "blockquote", "pre", "ul", "ol", "table", "figure", "figcaption", "dd", "dt", "dl", "hr", "address", "caption", "center",
];
const VOID: &[&str] = &["br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr", "param"];

pub fn to_text(html: &str) -> HtmlDoc {
    let mut doc = HtmlDoc::default();
    let mut metas: HashMap<String, String> = HashMap::new();
    let mut stack: Vec<(String, bool)> = Vec::new(); // (tag, skipping)
    let mut out = String::with_capacity(html.len() / 3);
    let mut title_buf: Option<String> = None;
    let bytes = html.as_bytes();
    let mut i = 0;
    let skipping = |stack: &Vec<(String, bool)>| stack.last().is_some_and(|(_, s)| *s);
    while i < bytes.len() {
        if bytes[i] != b'<' {
            let end = html[i..].find('<').map_or(html.len(), |j| i + j);
            let chunk = &html[i..end];
            if let Some(t) = title_buf.as_mut() {
                t.push_str(chunk);
            } else if !skipping(&stack) {
                push_text(&mut out, chunk);
            }
            i = end;
            continue;
        }
        if html[i..].starts_with("<!--") {
            i = html[i..].find("-->").map_or(html.len(), |j| i + j + 3);
            continue;
        }
        let Some(close) = html[i..].find('>') else { break };
        let tag_src = &html[i + 1..i + close];
        i += close + 1;
        if tag_src.starts_with('!') || tag_src.starts_with('?') {
            continue;
        }
        let (closing, body) = match tag_src.strip_prefix('/') {
            Some(b) => (true, b),
            None => (false, tag_src),
        };
        let name_end = body.find(|c: char| c.is_whitespace() || c == '/').unwrap_or(body.len());
        let name = body[..name_end].to_ascii_lowercase();
        if name.is_empty() {
            continue;
        }
        if closing {
            if name == "title" {
                if let Some(t) = title_buf.take() {
                    doc.meta.title.get_or_insert_with(|| decode_entities(t.trim()));
                }
            }
            if let Some(pos) = stack.iter().rposition(|(t, _)| *t == name) {
                stack.truncate(pos);
            }
            if BLOCK.contains(&name.as_str()) {
                out.push('\n');
            }
            continue;
        }
        let attrs = &body[name_end..];
        match name.as_str() {
            "html" => doc.meta.lang = attr(attrs, "lang"),
            "meta" => read_meta(attrs, &mut metas),
            "title" if title_buf.is_none() && doc.meta.title.is_none() => {
                title_buf = Some(String::new());
                continue;
            }
            _ => {}
        }
        if matches!(name.as_str(), "script" | "style") {
            // Raw text elements: jump to the matching close tag.
            let close_tag = format!("</{name}");
            i = find_ci(html, i, &close_tag).unwrap_or(html.len());
            continue;
        }
        if BLOCK.contains(&name.as_str()) {
            out.push('\n');
            if name == "li" && !skipping(&stack) {
                out.push_str("• ");
            }
        }
        if VOID.contains(&name.as_str()) || body.ends_with('/') {
            continue;
        }
        let hidden = attr(attrs, "hidden").is_some()
            || attr(attrs, "aria-hidden").is_some_and(|v| v == "true")
            || attr(attrs, "style").is_some_and(|s| s.replace(' ', "").contains("display:none"));
        let skip = skipping(&stack) || SKIP.contains(&name.as_str()) || hidden;
        if stack.len() < MAX_DEPTH {
            stack.push((name, skip));
        }
    }
    let get = |k: &str| metas.get(k).filter(|v| !v.is_empty()).cloned();
    if let Some(t) = get("og:title") {
        doc.meta.title = Some(t);
    }
    doc.meta.site_name = get("og:site_name");
    doc.meta.published = get("article:published_time").and_then(|d| iso_prefix(&d));
    if let Some(a) = get("author") {
        doc.meta.authors = vec![a];
    }
    doc.text = out;
    doc
}

fn push_text(out: &mut String, chunk: &str) {
    let text = decode_entities(chunk);
    for (k, piece) in text.split_whitespace().enumerate() {
        let at_line_start = out.is_empty() || out.ends_with('\n') || out.ends_with("• ");
        if k == 0 && chunk.starts_with(char::is_whitespace) && !at_line_start || k > 0 {
            out.push(' ');
        }
        out.push_str(piece);
    }
    if chunk.ends_with(char::is_whitespace) && !text.trim().is_empty() {
        out.push(' ');
    }
}

fn find_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let n = needle.as_bytes();
    hay.as_bytes()[from..].windows(n.len()).position(|w| w.eq_ignore_ascii_case(n)).map(|p| {
        let start = from + p;
        hay[start..].find('>').map_or(hay.len(), |e| start + e + 1)
    })
}

/// The value of attribute `name` in a tag's attribute text.
fn attr(attrs: &str, name: &str) -> Option<String> {
    let lower = attrs.to_ascii_lowercase();
    let mut from = 0;
    while let Some(p) = lower[from..].find(name) {
        let at = from + p;
        from = at + name.len();
        let before_ok = at == 0 || lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = &attrs[from..];
        let after = rest.trim_start();
        if !before_ok || !(after.is_empty() || after.starts_with('=') || after.starts_with(char::is_whitespace) || rest.starts_with(char::is_whitespace)) {
            continue;
        }
        let Some(v) = after.strip_prefix('=') else { return Some(String::new()) };
        let v = v.trim_start();
        let value = match v.chars().next() {
            Some(q @ ('"' | '\'')) => v[1..].split(q).next().unwrap_or(""),
            _ => v.split(|c: char| c.is_whitespace() || c == '>').next().unwrap_or(""),
        };
        return Some(decode_entities(value).trim().to_string());
    }
    None
}

fn read_meta(attrs: &str, metas: &mut HashMap<String, String>) {
    let key = attr(attrs, "property").or_else(|| attr(attrs, "name")).map(|k| k.to_ascii_lowercase());
    if let (Some(k), Some(v)) = (key, attr(attrs, "content")) {
        metas.entry(k).or_insert(v);
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

/// Decodes the common named entities and all numeric ones.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
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
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|c| *c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "laquo" => '«',
        "raquo" => '»',
        "copy" => '©',
        "reg" => '®',
        "bull" => '•',
        "middot" => '·',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_lists_and_skipped_chrome() {
        let html = r#"<html lang="vi"><head><title>T &amp; T</title>
            <meta property="article:published_time" content="2021-10-25T08:00:00+07:00"></head>
            <body><nav><a>Home</a></nav><h1>Head</h1><p>One <b>bold</b> para.</p>
            <script>var x = "<p>no</p>";</script><ul><li>a</li><li>b</li></ul>
            <div hidden>gone</div><footer>© 2021</footer></body></html>"#;
        let doc = to_text(html);
        let lines: Vec<&str> = doc.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        assert_eq!(lines, vec!["Head", "One bold para.", "• a", "• b"]);
        assert_eq!(doc.meta.title.as_deref(), Some("T & T"));
        assert_eq!(doc.meta.published.as_deref(), Some("2021-10-25T08:00"));
        assert_eq!(doc.meta.lang.as_deref(), Some("vi"));
    }

    #[test]
    fn hostile_html_terminates() {
        let deep = "<div>".repeat(10_000) + "x" + &"</div>".repeat(10_000);
        assert_eq!(to_text(&deep).text.trim(), "x");
        for s in ["<", "<p", "<!--", "&#xFFFFFFFF;", "<script>never closed", "<p>a<p>b</div></span>", "&"] {
            let _ = to_text(s);
        }
        assert_eq!(decode_entities("a &amp; b &#233; &bogus; &"), "a & b é &bogus; &");
    }
}
