//! The metric of `shared/tools/score.py`, reproduced exactly.
//!
//! In: gold documents and predicted texts. Out: [`Scores`], whose
//! [`Scores::to_json`] prints the very line `score.py` prints for the same
//! predictions. Each piece mirrors Python: `norm` is NFC + `str.lower` +
//! `str.split`, tokens are `\w+` runs (Unicode letters, numbers and `_`),
//! counters subtract to positive counts, and floats go through `round(x, 4)`
//! and `repr`. A test compares the two on the vi-seeds when `shared/` exists.

use std::collections::{HashMap, HashSet};
use unicode_general_category::{GeneralCategory, get_general_category};
use unicode_normalization::UnicodeNormalization;

/// Python's `str.isspace`.
fn py_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{1C}'..='\u{1F}')
}

/// Python's `re` `\w` for `str` patterns.
fn py_word(c: char) -> bool {
    use GeneralCategory::*;
    c == '_'
        || matches!(
            get_general_category(c),
            UppercaseLetter | LowercaseLetter | TitlecaseLetter | ModifierLetter | OtherLetter | DecimalNumber | LetterNumber | OtherNumber
        )
}

/// `" ".join(unicodedata.normalize("NFC", s).lower().split())`
pub fn norm(s: &str) -> String {
    let lower = s.nfc().collect::<String>().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for w in lower.split(py_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `WORD.findall(norm(s))`
pub fn toks(s: &str) -> Vec<String> {
    let n = norm(s);
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in n.chars() {
        if py_word(c) {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

type Counter<K> = HashMap<K, i64>;

fn counter<K: std::hash::Hash + Eq>(items: impl IntoIterator<Item = K>) -> Counter<K> {
    let mut c = HashMap::new();
    for k in items {
        *c.entry(k).or_insert(0) += 1;
    }
    c
}

fn overlap<K: std::hash::Hash + Eq>(a: &Counter<K>, b: &Counter<K>) -> i64 {
    a.iter().map(|(k, &n)| n.min(*b.get(k).unwrap_or(&0))).filter(|&n| n > 0).sum()
}

fn total<K>(c: &Counter<K>) -> i64 {
    c.values().filter(|&&n| n > 0).sum()
}

fn prf(tp: i64, np: i64, ng: i64) -> (f64, f64, f64) {
    let (tp, np_, ng_) = (tp as f64, np as f64, ng as f64);
    let p = if np != 0 {
        tp / np_
    } else if ng == 0 {
        1.0
    } else {
        0.0
    };
    let r = if ng != 0 { tp / ng_ } else { 1.0 };
    let f = if p + r != 0.0 { 2.0 * p * r / (p + r) } else { 0.0 };
    (p, r, f)
}

fn shingles(t: &[String]) -> Counter<Vec<String>> {
    const K: usize = 4;
    if t.len() < K {
        return if t.is_empty() { HashMap::new() } else { counter([t.to_vec()]) };
    }
    counter(t.windows(K).map(<[String]>::to_vec))
}

/// One gold document, as `score.py` reads it.
#[derive(Clone, Debug, Default)]
pub struct Gold {
    pub id: String,
    pub body: Option<Vec<String>>,
    pub optional: Vec<String>,
    pub must_keep: Option<Vec<String>>,
    pub must_drop: Vec<String>,
    pub title: Option<String>,
    pub line_gold: bool,
    /// The raw `<id>.txt`, read with universal newlines, when it exists.
    pub raw: Option<String>,
}

/// Per-document results, for `--per-doc`.
#[derive(Clone, Debug)]
pub enum DocScore {
    Body { id: String, p: f64, r: f64, f: f64, lost: usize, leaked: usize },
    Snippets { id: String, keep_hit: usize, keep_n: usize, drop_hit: usize, drop_n: usize },
}

#[derive(Clone, Debug, Default)]
pub struct Scores {
    docs: usize,
    tp: i64,
    np: i64,
    ng: i64,
    f1s: Vec<f64>,
    sf1s: Vec<f64>,
    content: usize,
    lost: usize,
    boiler: usize,
    leaked: usize,
    keep_hit: usize,
    keep_n: usize,
    drop_hit: usize,
    drop_n: usize,
    pub per_doc: Vec<DocScore>,
}

/// Scores predictions against gold documents, in `ids` order (sorted, as
/// `score.py` sorts them). A missing prediction is the empty string.
pub fn score(golds: &[Gold], pred_of: impl Fn(&str) -> String) -> Scores {
    let mut s = Scores { docs: golds.len(), ..Scores::default() };
    for g in golds {
        let pred = pred_of(&g.id);
        let npred = norm(&pred);
        if let (Some(keep), None) = (&g.must_keep, &g.body) {
            let kh = keep.iter().filter(|k| npred.contains(&norm(k))).count();
            let dh = g.must_drop.iter().filter(|d| !npred.contains(&norm(d))).count();
            s.keep_hit += kh;
            s.keep_n += keep.len();
            s.drop_hit += dh;
            s.drop_n += g.must_drop.len();
            s.per_doc.push(DocScore::Snippets { id: g.id.clone(), keep_hit: kh, keep_n: keep.len(), drop_hit: dh, drop_n: g.must_drop.len() });
            continue;
        }
        let body = g.body.clone().unwrap_or_default();
        let gold_toks = toks(&body.join("\n"));
        let pred_toks = toks(&pred);
        let gt = counter(gold_toks.iter().cloned());
        let mut pt = counter(pred_toks.iter().cloned());
        for o in &g.optional {
            for t in toks(o) {
                if let Some(n) = pt.get_mut(&t) {
                    *n -= 1;
                }
            }
            pt.retain(|_, n| *n > 0);
        }
        let tp = overlap(&gt, &pt);
        let (np, ng) = (total(&pt), total(&gt));
        s.tp += tp;
        s.np += np;
        s.ng += ng;
        let (p, r, f) = prf(tp, np, ng);
        s.f1s.push(f);
        let (gs, ps) = (shingles(&gold_toks), shingles(&pred_toks));
        s.sf1s.push(prf(overlap(&gs, &ps), total(&ps), total(&gs)).2);
        let (mut dl, mut dk) = (0, 0);
        if let (true, Some(raw)) = (g.line_gold, &g.raw) {
            let gbody: Vec<String> = body.iter().map(|b| norm(b)).collect();
            let gopt: HashSet<String> = g.optional.iter().map(|o| norm(o)).collect();
            let gtitle = norm(g.title.as_deref().unwrap_or(""));
            let plines: HashSet<String> = pred.split('\n').filter(|x| !x.trim_matches(py_space).is_empty()).map(norm).collect();
            for line in raw.split('\n') {
                let n = norm(line);
                if toks(&n).is_empty() {
                    continue;
                }
                if gbody.contains(&n) {
                    s.content += 1;
                    if !npred.contains(&n) {
                        s.lost += 1;
                        dl += 1;
                    }
                } else if gopt.contains(&n) || n == gtitle {
                    continue;
                } else {
                    s.boiler += 1;
                    let inside = n.chars().count() > 20 && npred.contains(&n) && !gbody.iter().any(|b| b.contains(&n));
                    if plines.contains(&n) || inside {
                        s.leaked += 1;
                        dk += 1;
                    }
                }
            }
        }
        s.per_doc.push(DocScore::Body { id: g.id.clone(), p, r, f, lost: dl, leaked: dk });
    }
    s
}

impl Scores {
    /// The JSON line `score.py` prints.
    pub fn to_json(&self) -> String {
        let mut parts = vec![format!("\"docs\": {}", self.docs)];
        if self.ng != 0 || self.np != 0 {
            let (p, r, f) = prf(self.tp, self.np, self.ng);
            let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
            parts.push(format!("\"token_precision\": {}", py_round4(p)));
            parts.push(format!("\"token_recall\": {}", py_round4(r)));
            parts.push(format!("\"token_f1\": {}", py_round4(f)));
            parts.push(format!("\"mean_doc_f1\": {}", py_round4(mean(&self.f1s))));
            parts.push(format!("\"mean_shingle_f1\": {}", py_round4(mean(&self.sf1s))));
        }
        if self.content != 0 || self.boiler != 0 {
            parts.push(format!("\"content_lines\": {}", self.content));
            parts.push(format!("\"content_lines_lost\": {}", self.lost));
            parts.push(format!("\"boilerplate_lines\": {}", self.boiler));
            parts.push(format!("\"boilerplate_lines_leaked\": {}", self.leaked));
        }
        if self.keep_n != 0 || self.drop_n != 0 {
            let acc = (self.keep_hit + self.drop_hit) as f64 / (self.keep_n + self.drop_n).max(1) as f64;
            parts.push(format!("\"must_keep\": \"{}/{}\"", self.keep_hit, self.keep_n));
            parts.push(format!("\"must_drop\": \"{}/{}\"", self.drop_hit, self.drop_n));
            parts.push(format!("\"snippet_accuracy\": {}", py_round4(acc)));
        }
        format!("{{{}}}", parts.join(", "))
    }

    pub fn mean_doc_f1(&self) -> Option<f64> {
        (!self.f1s.is_empty()).then(|| self.f1s.iter().sum::<f64>() / self.f1s.len() as f64)
    }
}

/// `repr(round(x, 4))`: round half to even on the exact binary value, then
/// the shortest representation that reads back, always with a `.`.
pub fn py_round4(x: f64) -> String {
    let exact = format!("{:.1100}", x.abs());
    let (int_part, frac) = exact.split_once('.').expect("fixed precision has a point");
    let keep = &frac[..4];
    let rest = &frac[4..];
    let mut digits: Vec<u8> = format!("{int_part}{keep}").into_bytes();
    let first = rest.as_bytes()[0];
    let beyond_half = rest[1..].bytes().any(|b| b != b'0');
    let last_odd = (digits.last().copied().unwrap_or(b'0') - b'0') % 2 == 1;
    if first > b'5' || first == b'5' && (beyond_half || last_odd) {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    let s = String::from_utf8(digits).expect("ascii digits");
    let (ip, fp) = s.split_at(s.len() - 4);
    let value: f64 = format!("{ip}.{fp}").parse().expect("a decimal number");
    let value = if x.is_sign_negative() && value != 0.0 { -value } else { value };
    let mut out = format!("{value}");
    if !out.contains('.') {
        out.push_str(".0");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_rounding_and_repr() {
        let cases = [
            (0.03125, "0.0312"),
            (0.09375, "0.0938"),
            (1.0, "1.0"),
            (0.0, "0.0"),
            (0.87654321, "0.8765"),
            (0.99996, "1.0"),
            (0.5, "0.5"),
            (2.0 / 3.0, "0.6667"),
        ];
        for (x, want) in cases {
            assert_eq!(py_round4(x), want, "{x}");
        }
    }

    #[test]
    fn python_tokens() {
        assert_eq!(toks("Hello,  WORLD_x 3.5 Đảng-bộ"), vec!["hello", "world_x", "3", "5", "đảng", "bộ"]);
        assert_eq!(norm(" a\u{a0}b\u{1f}c "), "a b c");
        // Combining marks are not \w in Python: "e\u0301" is NFC-composed first.
        assert_eq!(toks("cafe\u{301}"), vec!["café"]);
    }

    #[test]
    fn counters_subtract_optional_to_positive() {
        let g = Gold { id: "x".into(), body: Some(vec!["a b c".into()]), optional: vec!["z z z".into()], ..Gold::default() };
        let s = score(&[g], |_| "a b z".into());
        assert_eq!((s.tp, s.np, s.ng), (2, 2, 3));
    }
}
