//! Shared harness for the integration tests: a real nats-server on a free
//! loopback port with JetStream in a temp dir, the real `boilerstrip`
//! binary as daemon replicas, and helpers to publish pages and read records.
//!
//! nats-server is found at `$BOILERSTRIP_NATS_SERVER`, then
//! `.tools/bin/nats-server` (installed by `scripts/install-nats-server`),
//! then `PATH`.

#![allow(dead_code)]

use async_nats::jetstream::{self, consumer::pull, stream};
use futures::StreamExt;
use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn nats_binary() -> PathBuf {
    if let Ok(p) = std::env::var("BOILERSTRIP_NATS_SERVER") {
        return PathBuf::from(p);
    }
    let local = repo().join(".tools/bin/nats-server");
    if local.exists() {
        return local;
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|d| d.join("nats-server")).find(|p| p.exists()));
    on_path.expect("nats-server not found: run scripts/install-nats-server (or set BOILERSTRIP_NATS_SERVER)")
}

pub fn wait_for_port(port: u16, within: Duration) {
    let deadline = Instant::now() + within;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "nothing listens on port {port} after {within:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A nats-server owned by one test; killed on drop.
pub struct NatsServer {
    child: Option<Child>,
    pub port: u16,
    pub dir: tempfile::TempDir,
    /// Extra flags, such as `--user u --pass p`.
    args: Vec<String>,
}

impl NatsServer {
    pub fn start() -> NatsServer {
        NatsServer::start_with(&[])
    }

    pub fn start_with(args: &[&str]) -> NatsServer {
        let args = args.iter().map(|a| a.to_string()).collect();
        let mut s = NatsServer { child: None, port: free_port(), dir: tempfile::tempdir().unwrap(), args };
        s.spawn();
        s
    }

    fn spawn(&mut self) {
        let child = Command::new(nats_binary())
            .args(["-a", "127.0.0.1", "-p", &self.port.to_string(), "-js"])
            .args(&self.args)
            .arg("-sd")
            .arg(self.dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start nats-server");
        self.child = Some(child);
        wait_for_port(self.port, Duration::from_secs(10));
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Stops and starts again on the same port and store.
    pub fn restart(&mut self, down_for: Duration) {
        self.stop();
        std::thread::sleep(down_for);
        self.spawn();
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        self.stop();
    }
}

/// One daemon replica, the real binary; killed on drop.
pub struct Daemon {
    child: Option<Child>,
    pub metrics_port: u16,
    pub log: PathBuf,
}

impl Daemon {
    pub fn start(nats_url: &str, log_dir: &Path, extra: &[&str]) -> Daemon {
        Daemon::start_with_patterns(nats_url, log_dir, &repo().join("config/patterns"), extra)
    }

    pub fn start_with_patterns(nats_url: &str, log_dir: &Path, patterns: &Path, extra: &[&str]) -> Daemon {
        let d = Daemon::spawn(nats_url, log_dir, patterns, extra, &[]);
        d.wait_ready(Duration::from_secs(30));
        d
    }

    /// Starts a replica with extra environment variables and does not wait
    /// for it to be ready.
    pub fn spawn(nats_url: &str, log_dir: &Path, patterns: &Path, extra: &[&str], env: &[(&str, &str)]) -> Daemon {
        let metrics_port = free_port();
        let log = log_dir.join(format!("daemon-{metrics_port}.log"));
        let child = Command::new(env!("CARGO_BIN_EXE_boilerstrip"))
            .args(["run", "--nats-url", nats_url, "--create-streams", "--metrics-addr"])
            .arg(format!("127.0.0.1:{metrics_port}"))
            .arg("--patterns")
            .arg(patterns)
            .args(extra)
            .env("RUST_LOG", "warn")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .expect("start boilerstrip");
        Daemon { child: Some(child), metrics_port, log }
    }

    pub fn get(&self, path: &str) -> (u16, String) {
        http_get(self.metrics_port, path)
    }

    pub fn wait_ready(&self, within: Duration) {
        let deadline = Instant::now() + within;
        loop {
            if try_http_get(self.metrics_port, "/readyz").is_some_and(|(status, _)| status == 200) {
                return;
            }
            assert!(Instant::now() < deadline, "daemon not ready after {within:?}; log:\n{}", self.log_text());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Polls `path` until `done` holds for its answer. A replica started
    /// beside another may lag it on a loaded machine, so a test waits for
    /// what it asserts rather than reading it once.
    pub fn wait_for(&self, path: &str, within: Duration, done: impl Fn(u16, &str) -> bool) -> (u16, String) {
        let deadline = Instant::now() + within;
        loop {
            if let Some((status, body)) = try_http_get(self.metrics_port, path).filter(|(status, body)| done(*status, body)) {
                return (status, body);
            }
            assert!(Instant::now() < deadline, "GET {path}: not as expected after {within:?}; log:\n{}", self.log_text());
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn kill9(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Sends SIGTERM and waits for the exit code.
    pub fn sigterm(&mut self, within: Duration) -> Option<i32> {
        let mut c = self.child.take()?;
        let _ = Command::new("kill").args(["-TERM", &c.id().to_string()]).status();
        let deadline = Instant::now() + within;
        loop {
            if let Some(status) = c.try_wait().unwrap() {
                return status.code();
            }
            if Instant::now() > deadline {
                let _ = c.kill();
                return None;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        self.kill9();
    }
}

/// A minimal HTTP GET against 127.0.0.1: (status, body).
pub fn http_get(port: u16, path: &str) -> (u16, String) {
    try_http_get(port, path).unwrap_or_else(|| panic!("GET {path} on port {port} failed"))
}

pub fn try_http_get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut s = TcpStream::connect(("127.0.0.1", port)).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    let status = out.split_whitespace().nth(1).and_then(|c| c.parse().ok())?;
    let body = out.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    Some((status, body))
}

/// Whitespace-insensitive form, for comparing text across normalization.
pub fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The value of a metric line `name{labels} value` in a scrape (summed over
/// lines that contain every given fragment).
pub fn metric(scrape: &str, name: &str, fragments: &[&str]) -> f64 {
    scrape
        .lines()
        .filter(|l| !l.starts_with('#') && (l.starts_with(&format!("{name} ")) || l.starts_with(&format!("{name}{{"))))
        .filter(|l| fragments.iter().all(|f| l.contains(f)))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

pub async fn jetstream(url: &str) -> jetstream::Context {
    let client = async_nats::connect(url).await.expect("connect to nats");
    jetstream::new(client)
}

/// A fresh server with the input stream created, and a JetStream context.
pub async fn server_with_input() -> (NatsServer, jetstream::Context) {
    server_with_input_as(&[], async_nats::ConnectOptions::new()).await
}

/// As [`server_with_input`], for a server started with `args` (`--user u
/// --pass p`, `--auth token`) and a client that connects with `opts`.
pub async fn server_with_input_as(args: &[&str], opts: async_nats::ConnectOptions) -> (NatsServer, jetstream::Context) {
    let server = NatsServer::start_with(args);
    let client = opts.connect(server.url()).await.expect("connect to nats");
    let js = jetstream::new(client);
    create_input_stream(&js).await;
    (server, js)
}

/// Creates the input stream the way a scraper would, before any daemon.
pub async fn create_input_stream(js: &jetstream::Context) {
    js.get_or_create_stream(stream::Config {
        name: "PAGES_RAW".into(),
        subjects: vec!["pages.raw.>".into()],
        retention: stream::RetentionPolicy::WorkQueue,
        ..Default::default()
    })
    .await
    .expect("create PAGES_RAW");
}

/// A synthetic news page: chrome around `paras` paragraphs.
pub fn generated_page(i: usize) -> String {
    let topics = ["the harbour", "the city council", "the new rail line", "local schools", "the river"];
    let topic = topics[i % topics.len()];
    let mut lines = vec![
        "Home | News | Sport | Contact".to_string(),
        "Search".to_string(),
        format!("Report {i}: what changed for {topic} this week"),
        format!("By Reporter Number{}", i % 7),
    ];
    for p in 0..(3 + i % 4) {
        lines.push(format!(
            "Paragraph {p} of page {i}. Officials said on Monday that work on {topic} would continue through the winter, \
             and that residents should expect some changes to their daily routes while the work goes on."
        ));
    }
    lines.extend(["Related articles".to_string(), format!("Another story about {topic}"), "Share".to_string()]);
    lines.push("Copyright 2024 Example News. All rights reserved.".to_string());
    lines.join("\n\n")
}

pub fn envelope(id: &str, url: &str, text: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({"id": id, "url": url, "text": text})).unwrap()
}

/// Publishes and waits for each PubAck.
pub async fn publish_all(js: &jetstream::Context, pages: Vec<(String, Vec<u8>)>) {
    let mut acks = Vec::new();
    for (subject, payload) in pages {
        acks.push(js.publish(subject, payload.into()).await.expect("publish"));
        if acks.len() >= 256 {
            for a in acks.drain(..) {
                a.await.expect("puback");
            }
        }
    }
    for a in acks {
        a.await.expect("puback");
    }
}

pub async fn stream_len(js: &jetstream::Context, name: &str) -> u64 {
    match js.get_stream(name).await {
        Ok(mut s) => s.info().await.map(|i| i.state.messages).unwrap_or(0),
        Err(_) => 0,
    }
}

/// Waits until stream `name` holds `n` messages (or `within` passes).
pub async fn wait_stream_len(js: &jetstream::Context, name: &str, n: u64, within: Duration) -> u64 {
    let deadline = Instant::now() + within;
    loop {
        let len = stream_len(js, name).await;
        if len >= n || Instant::now() > deadline {
            return len;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Every message of a stream: (subject, headers, payload).
pub async fn read_all(js: &jetstream::Context, name: &str) -> Vec<(String, HashMap<String, String>, Vec<u8>)> {
    let total = stream_len(js, name).await as usize;
    let stream = js.get_stream(name).await.expect("stream");
    let consumer = stream.create_consumer(pull::Config { ..Default::default() }).await.expect("consumer");
    let mut out = Vec::new();
    while out.len() < total {
        let mut batch = consumer.fetch().max_messages(500).messages().await.expect("fetch");
        let mut got = 0;
        while let Some(Ok(m)) = batch.next().await {
            got += 1;
            let headers = m
                .headers
                .as_ref()
                .map(|h| h.iter().map(|(k, v)| (k.to_string(), v.first().map(|x| x.to_string()).unwrap_or_default())).collect())
                .unwrap_or_default();
            out.push((m.subject.to_string(), headers, m.payload.to_vec()));
            let _ = m.ack().await;
        }
        if got == 0 {
            break;
        }
    }
    out
}

/// Record ids on PAGES_CLEAN, counted.
pub async fn record_ids(js: &jetstream::Context) -> HashMap<String, usize> {
    let mut ids = HashMap::new();
    for (_, _, payload) in read_all(js, "PAGES_CLEAN").await {
        let v: serde_json::Value = serde_json::from_slice(&payload).expect("records are JSON");
        *ids.entry(v["id"].as_str().unwrap().to_string()).or_insert(0) += 1;
    }
    ids
}

/// Copies a directory tree (pattern sets into a test's temp dir).
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_tree(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), &target).unwrap();
        }
    }
}
