//! Evaluation on a labelled corpus set (the `shared/corpus` format).
//!
//! In: a folder of `<id>.txt` / `<id>.html.gz` inputs and `<id>.gold.json`
//! labels. Out: the records (optionally written as `<id>.json` predictions
//! that `score.py` reads), the [`score::Scores`] of `score.py`, and the share
//! of metadata fields exactly right ([`MetaScores`]).
//!
//! Pages are cleaned on all cores with the same [`Pipeline`] the daemon uses.
//! The envelope carries the page's id and url (a scraper always knows the
//! url) but never the gold language: language is detected as in production.

pub mod score;

use crate::envelope::{Format, Page};
use crate::error::{Error, Result};
use crate::pipeline::Pipeline;
use crate::record::Record;
use score::{Gold, Scores, norm, score};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One labelled document.
pub struct Doc {
    pub gold: Gold,
    pub json: Value,
    pub input: Option<Vec<u8>>,
}

/// Reads a set. `format` picks `.txt` or `.html.gz` as the input.
pub fn load_set(dir: &Path, format: Format) -> Result<Vec<Doc>> {
    let mut ids: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".gold.json").map(str::to_string))
        .collect();
    ids.sort();
    if ids.is_empty() {
        return Err(Error::config(format!("{} holds no <id>.gold.json files", dir.display())));
    }
    ids.into_iter()
        .map(|id| {
            let gold_path = dir.join(format!("{id}.gold.json"));
            let text = std::fs::read_to_string(&gold_path).map_err(|e| Error::io(&gold_path, e))?;
            let json: Value = serde_json::from_str(&text).map_err(|e| Error::config(format!("{}: not valid JSON: {e}", gold_path.display())))?;
            let raw_path = dir.join(format!("{id}.txt"));
            let raw = std::fs::read(&raw_path).ok();
            let input = match format {
                Format::Text => raw.clone(),
                Format::Html => read_gz(&dir.join(format!("{id}.html.gz"))),
            };
            let raw_text = raw.map(|b| universal_newlines(&String::from_utf8_lossy(&b)));
            Ok(Doc { gold: gold_of(&id, &json, raw_text), json, input })
        })
        .collect()
}

fn read_gz(path: &Path) -> Option<Vec<u8>> {
    let file = std::fs::File::open(path).ok()?;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(file).read_to_end(&mut out).ok()?;
    Some(out)
}

/// Python's text-mode reading: `\r\n` and lone `\r` become `\n`.
fn universal_newlines(s: &str) -> String {
    s.replace("\r\n", "\n").replace('\r', "\n")
}

fn strings(v: Option<&Value>) -> Option<Vec<String>> {
    v?.as_array().map(|a| a.iter().map(|x| x.as_str().map(str::to_string).unwrap_or_default()).collect())
}

fn gold_of(id: &str, j: &Value, raw: Option<String>) -> Gold {
    Gold {
        id: id.to_string(),
        body: strings(j.get("body")),
        optional: strings(j.get("optional")).unwrap_or_default(),
        must_keep: strings(j.get("must_keep")),
        must_drop: strings(j.get("must_drop")).unwrap_or_default(),
        title: j.get("title").and_then(Value::as_str).map(str::to_string),
        line_gold: j.get("line_gold").and_then(Value::as_bool).unwrap_or(false),
        raw,
    }
}

/// Cleans every document; a page error leaves its prediction empty.
pub fn run(pipeline: &Pipeline, docs: &[Doc], format: Format, progress: &(dyn Fn(usize) + Sync)) -> Vec<Option<Record>> {
    let results: Mutex<Vec<Option<Record>>> = Mutex::new(vec![None; docs.len()]);
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(doc) = docs.get(i) else { break };
                    let record = doc.input.clone().and_then(|bytes| {
                        let page = Page {
                            id: Some(doc.gold.id.clone()),
                            url: doc.json.get("url").and_then(Value::as_str).map(str::to_string),
                            format,
                            ..Page::text(bytes)
                        };
                        pipeline.clean(page, false).ok().map(|o| o.record)
                    });
                    results.lock().expect("no worker panics")[i] = record;
                    progress(i + 1);
                }
            });
        }
    });
    results.into_inner().expect("no worker panics")
}

/// Scores records against their documents.
pub fn score_records(docs: &[Doc], records: &[Option<Record>]) -> Scores {
    let golds: Vec<Gold> = docs.iter().map(|d| d.gold.clone()).collect();
    let by_id: std::collections::HashMap<&str, &str> =
        docs.iter().zip(records).filter_map(|(d, r)| r.as_ref().map(|r| (d.gold.id.as_str(), r.text.as_str()))).collect();
    score(&golds, |id| by_id.get(id).map(|t| t.to_string()).unwrap_or_default())
}

/// Writes `<id>.json` predictions for `score.py`.
pub fn write_predictions(dir: &Path, docs: &[Doc], records: &[Option<Record>]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    for (d, r) in docs.iter().zip(records) {
        let path: PathBuf = dir.join(format!("{}.json", d.gold.id));
        let body = match r {
            Some(r) => serde_json::to_string(r).map_err(|e| Error::internal(e.to_string()))?,
            None => "{\"text\": \"\"}".to_string(),
        };
        std::fs::write(&path, body).map_err(|e| Error::io(&path, e))?;
    }
    Ok(())
}

/// Share of metadata fields exactly right, over documents whose gold has
/// the field (a gold `null` counts: the record must say null too).
#[derive(Debug, Default)]
pub struct MetaScores {
    pub fields: Vec<FieldScore>,
}

/// One metadata field's counts.
#[derive(Debug)]
pub struct FieldScore {
    pub field: &'static str,
    /// Records exactly right.
    pub right: usize,
    /// Documents whose gold has the field.
    pub n: usize,
    /// Records giving a value that is not the gold's. An empty field is a
    /// miss, not an error; a wrong author is worse than none.
    pub wrong: usize,
}

pub fn score_meta(docs: &[Doc], records: &[Option<Record>]) -> MetaScores {
    let mut m = MetaScores::default();
    for field in ["title", "published", "authors", "source"] {
        let (mut right, mut wrong, mut n) = (0, 0, 0);
        for (d, r) in docs.iter().zip(records) {
            let Some(g) = d.json.get(field) else { continue };
            n += 1;
            let ok = match (field, r) {
                (_, None) => g.is_null() || g.as_array().is_some_and(Vec::is_empty),
                ("title", Some(r)) => same_text(g, r.title.as_deref()),
                ("source", Some(r)) => same_text(g, r.source.as_deref()),
                ("published", Some(r)) => match (g.as_str(), r.published.as_deref()) {
                    (None, None) => true,
                    (Some(g), Some(p)) => g.get(..10) == p.get(..10) && (g.len() <= 10 || g == p),
                    _ => false,
                },
                (_, Some(r)) => {
                    let mut want: Vec<String> = strings(Some(g)).unwrap_or_default().iter().map(|a| norm(a)).collect();
                    let mut got: Vec<String> = r.authors.iter().map(|a| norm(a)).collect();
                    want.sort();
                    got.sort();
                    want == got
                }
            };
            let given = r.as_ref().is_some_and(|r| match field {
                "title" => r.title.is_some(),
                "source" => r.source.is_some(),
                "published" => r.published.is_some(),
                _ => !r.authors.is_empty(),
            });
            right += usize::from(ok);
            wrong += usize::from(given && !ok);
        }
        if n > 0 {
            m.fields.push(FieldScore { field, right, n, wrong });
        }
    }
    m
}

fn same_text(gold: &Value, got: Option<&str>) -> bool {
    match (gold.as_str(), got) {
        (None, None) => gold.is_null(),
        (Some(g), Some(p)) => norm(g) == norm(p),
        _ => false,
    }
}

impl MetaScores {
    /// `{"title": "5/5", ...}` on one line.
    pub fn to_json(&self) -> String {
        let parts: Vec<String> = self.fields.iter().map(|f| format!("\"{}\": \"{}/{}\"", f.field, f.right, f.n)).collect();
        format!("{{{}}}", parts.join(", "))
    }

    /// `{"title": 2, ...}`: how many records gave a wrong value.
    pub fn wrong_json(&self) -> String {
        let parts: Vec<String> = self.fields.iter().map(|f| format!("\"{}\": {}", f.field, f.wrong)).collect();
        format!("{{{}}}", parts.join(", "))
    }
}
