//! Throughput measurements, each against a ceiling measured in the same run.
//!
//! - [`kernel`]: the pipeline alone on one thread, against the keep-all pass
//!   (decode, split and serialize only). Reports MB/s and pages/s per core.
//! - [`loadgen`]: publishes pages to a live nats-server as fast as JetStream
//!   accepts them and reads the records back, timing each page from publish
//!   to the record's arrival in JetStream. Run it once against the daemon
//!   and once against `run --pass-through` (same ack and publish path, no
//!   cleaning): the ratio of the two is the figure that survives a noisy
//!   machine. It can also sample a replica's RSS as records pass checkpoints.
//!
//! `scripts/bench` drives both and writes `target/bench/results.json`.

use crate::envelope::{Format, Page};
use crate::error::{Error, Result};
use crate::pipeline::Pipeline;
use async_nats::jetstream;
use futures::StreamExt;
use serde::Serialize;
use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::time::{Duration, Instant, SystemTime};

/// Corpus texts (`<set>/*.txt`), or generated pages when there are none.
/// Each page carries the URL its `<id>.gold.json` records, as a scraper's
/// envelope would, so the URL's slug and date take part in the timing.
pub fn load_pages(sets: &[PathBuf]) -> Vec<Page> {
    let mut pages = corpus_pages(sets, ".txt", Format::Text, Some);
    if pages.is_empty() {
        pages = (0..500).map(|i| Page::text(generated_page(i))).collect();
    }
    pages
}

/// Corpus HTML pages (`<set>/*.html.gz`), decompressed, with their URLs.
pub fn load_html_pages(sets: &[PathBuf]) -> Vec<Page> {
    use std::io::Read;
    corpus_pages(sets, ".html.gz", Format::Html, |gz| {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(gz.as_slice()).read_to_end(&mut out).ok().map(|_| out)
    })
}

fn corpus_pages(sets: &[PathBuf], suffix: &str, format: Format, read: impl Fn(Vec<u8>) -> Option<Vec<u8>>) -> Vec<Page> {
    let mut pages = Vec::new();
    for set in sets {
        let Ok(entries) = std::fs::read_dir(set) else { continue };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.to_str().is_some_and(|s| s.ends_with(suffix))).collect();
        paths.sort();
        for path in paths {
            let Some(content) = std::fs::read(&path).ok().and_then(&read).filter(|b| !b.is_empty()) else { continue };
            let gold = path.to_str().and_then(|p| p.strip_suffix(suffix)).map(|stem| format!("{stem}.gold.json"));
            pages.push(Page { url: gold.and_then(|g| gold_url(&g)), format, ..Page::text(content) });
        }
    }
    pages
}

/// The `url` field of a gold file.
fn gold_url(path: &str) -> Option<String> {
    let gold: serde_json::Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    gold.get("url")?.as_str().filter(|u| !u.is_empty()).map(str::to_string)
}

/// A synthetic page with chrome around prose, for runs without a corpus.
pub fn generated_page(i: usize) -> String {
    let mut lines = vec!["Home | News | Sport | Weather | Contact".to_string(), "Search".to_string(), format!("Headline number {i} about the town")];
    lines.push(format!("By Reporter {}", i % 13));
    for p in 0..(4 + i % 8) {
        lines.push(format!(
            "Paragraph {p}: the council met on Monday and agreed, after a long debate about budgets and schools, \
             that the work on item {i} would go ahead in spring, while residents asked for clearer notice of closures."
        ));
    }
    lines.extend(["Related articles", "Council approves budget", "Share", "Copyright 2024 Example News. All rights reserved."].map(String::from));
    lines.join("\n\n")
}

#[derive(Debug, Serialize)]
pub struct Throughput {
    pub pages: usize,
    pub bytes: usize,
    pub seconds: f64,
    pub mb_per_sec: f64,
    pub pages_per_sec: f64,
}

impl Throughput {
    fn new(pages: usize, bytes: usize, seconds: f64) -> Throughput {
        Throughput { pages, bytes, seconds, mb_per_sec: bytes as f64 / 1e6 / seconds, pages_per_sec: pages as f64 / seconds }
    }
}

#[derive(Debug, Serialize)]
pub struct KernelReport {
    pub corpus_pages: usize,
    pub corpus_bytes: usize,
    pub clean: Throughput,
    pub keep_all: Throughput,
    /// keep_all seconds per byte over clean seconds per byte: how many times
    /// slower than the ceiling cleaning is.
    pub slowdown_vs_keep_all: f64,
}

/// Runs each pass over the whole corpus, repeatedly, for at least
/// `min_seconds`, on the calling thread.
pub fn kernel(pipeline: &Pipeline, pages: &[Page], min_seconds: f64) -> Result<KernelReport> {
    let bytes: usize = pages.iter().map(|p| p.content.len()).sum();
    let pass = |keep_all: bool| -> Result<Throughput> {
        let started = Instant::now();
        let mut rounds = 0;
        while rounds == 0 || started.elapsed().as_secs_f64() < min_seconds {
            for p in pages {
                let page = p.clone();
                let outcome = if keep_all { pipeline.keep_all(page) } else { pipeline.clean(page, false) };
                if let Ok(o) = outcome {
                    std::hint::black_box(serde_json::to_vec(&o.record).map_err(|e| Error::internal(e.to_string()))?);
                }
            }
            rounds += 1;
        }
        Ok(Throughput::new(pages.len() * rounds, bytes * rounds, started.elapsed().as_secs_f64()))
    };
    let keep_all = pass(true)?;
    let clean = pass(false)?;
    let slowdown = keep_all.mb_per_sec / clean.mb_per_sec;
    Ok(KernelReport { corpus_pages: pages.len(), corpus_bytes: bytes, clean, keep_all, slowdown_vs_keep_all: slowdown })
}

#[derive(Debug, Serialize)]
pub struct LoadReport {
    pub pages: usize,
    pub bytes: usize,
    pub publish_seconds: f64,
    pub throughput: Throughput,
    pub latency_p50_ms: f64,
    pub latency_p99_ms: f64,
    /// (records seen, RSS in MiB) of the watched process.
    pub rss_mib: Vec<(usize, f64)>,
}

/// Options of one load run.
pub struct LoadOptions {
    pub url: String,
    pub subject: String,
    pub pages: usize,
    pub timeout: Duration,
    pub rss_pid: Option<u32>,
    pub rss_at: Vec<usize>,
}

fn rss_mib(pid: u32) -> Option<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb: f64 = status.lines().find_map(|l| l.strip_prefix("VmRSS:"))?.split_whitespace().next()?.parse().ok()?;
    Some(kb / 1024.0)
}

fn unix_nanos(t: SystemTime) -> i128 {
    t.duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128)
}

/// Publishes `pages` envelopes cycled from `corpus` and waits for every
/// record on `PAGES_CLEAN` (read from a consumer created before publishing).
pub async fn loadgen(opts: &LoadOptions, corpus: &[Page]) -> Result<LoadReport> {
    let client = async_nats::connect(&opts.url).await.map_err(|e| Error::config(format!("cannot connect to {}: {e}", opts.url)))?;
    let js = jetstream::new(client);
    let stream = js.get_stream("PAGES_CLEAN").await.map_err(|e| Error::config(format!("PAGES_CLEAN: {e} (start the daemon with --create-streams first)")))?;
    let consumer = stream
        .create_consumer(jetstream::consumer::pull::Config {
            deliver_policy: jetstream::consumer::DeliverPolicy::New,
            ack_policy: jetstream::consumer::AckPolicy::None,
            ..Default::default()
        })
        .await
        .map_err(|e| Error::internal(format!("record consumer: {e}")))?;

    let total = opts.pages;
    let rss_pid = opts.rss_pid;
    let mut rss_at = opts.rss_at.clone();
    rss_at.sort();
    let timeout = opts.timeout;
    let reader = tokio::spawn(async move {
        let mut seen: HashMap<String, i128> = HashMap::with_capacity(total);
        let mut rss = Vec::new();
        let mut checkpoints: VecDeque<usize> = rss_at.into();
        let deadline = tokio::time::Instant::now() + timeout;
        let Ok(mut messages) = consumer.stream().max_messages_per_batch(1000).messages().await else { return (seen, rss) };
        while seen.len() < total {
            let Ok(Some(Ok(msg))) = tokio::time::timeout_at(deadline, messages.next()).await else { break };
            let id = msg.headers.as_ref().and_then(|h| h.get("Nats-Msg-Id")).map(|v| v.to_string()).unwrap_or_default();
            let at = msg.info().map(|i| i.published.unix_timestamp_nanos()).unwrap_or(0);
            seen.entry(id).or_insert(at);
            if checkpoints.front().is_some_and(|c| seen.len() >= *c) {
                checkpoints.pop_front();
                if let Some(r) = rss_pid.and_then(rss_mib) {
                    rss.push((seen.len(), r));
                }
            }
        }
        (seen, rss)
    });

    let mut sent_at: HashMap<String, i128> = HashMap::with_capacity(total);
    let mut acks = VecDeque::new();
    let mut bytes = 0;
    let started = Instant::now();
    let start_wall = SystemTime::now();
    for i in 0..total {
        let id = format!("bench-{i}");
        let page = &corpus[i % corpus.len()];
        let text = String::from_utf8_lossy(&page.content);
        let payload = serde_json::to_vec(&serde_json::json!({"id": id, "url": format!("https://bench.example/{i}"), "text": text}))
            .map_err(|e| Error::internal(e.to_string()))?;
        bytes += page.content.len();
        sent_at.insert(id, unix_nanos(SystemTime::now()));
        acks.push_back(js.publish(opts.subject.clone(), payload.into()).await.map_err(|e| Error::internal(format!("publish: {e}")))?);
        if acks.len() >= 1024 {
            acks.pop_front().expect("non-empty").await.map_err(|e| Error::internal(format!("PubAck: {e}")))?;
        }
    }
    for a in acks {
        a.await.map_err(|e| Error::internal(format!("PubAck: {e}")))?;
    }
    let publish_seconds = started.elapsed().as_secs_f64();
    let (seen, rss_mib) = reader.await.map_err(|e| Error::internal(e.to_string()))?;
    if seen.len() < total {
        return Err(Error::internal(format!("only {} of {total} records arrived within {:?}", seen.len(), opts.timeout)));
    }
    let last = seen.values().copied().max().unwrap_or(0);
    let seconds = (last - unix_nanos(start_wall)) as f64 / 1e9;
    let mut latencies: Vec<f64> = seen.iter().filter_map(|(id, at)| sent_at.get(id).map(|s| (at - s) as f64 / 1e6)).collect();
    latencies.sort_by(f64::total_cmp);
    let pct = |q: f64| latencies.get(((latencies.len() as f64 - 1.0) * q).round() as usize).copied().unwrap_or(0.0);
    Ok(LoadReport {
        pages: total,
        bytes,
        publish_seconds,
        throughput: Throughput::new(total, bytes, seconds),
        latency_p50_ms: pct(0.50),
        latency_p99_ms: pct(0.99),
        rss_mib,
    })
}
