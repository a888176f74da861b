//! The daemon against a real nats-server: delivery, replicas, crashes,
//! restarts, poison pages, metrics and shutdown. Every test owns its server
//! (free loopback port, JetStream in a temp dir) and its replicas.

mod common;

use common::*;
use std::collections::HashMap;
use std::path::Path;
use std::time::Duration;

/// A config with a short ack_wait, so a killed replica's pages come back
/// within the test's time, and a small page cap for the poison test.
fn test_config(dir: &Path) -> String {
    let path = dir.join("test.toml");
    std::fs::write(
        &path,
        "[input]\nack_wait_secs = 3\nretry_backoff_ms = [100, 500]\n\n[pipeline]\nmax_bytes = 200000\n\n\
         [workers]\nshutdown_grace_secs = 10\n",
    )
    .unwrap();
    path.to_string_lossy().into_owned()
}

fn seed_pages() -> Vec<(String, String, serde_json::Value)> {
    let dir = repo().join("tests/data/vi-seeds");
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    names.sort();
    for p in names.iter().filter(|p| p.extension().is_some_and(|x| x == "txt")) {
        let id = p.file_stem().unwrap().to_string_lossy().into_owned();
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join(format!("{id}.gold.json"))).unwrap()).unwrap();
        out.push((id, std::fs::read_to_string(p).unwrap(), gold));
    }
    out
}

fn generated(n: usize, from: usize) -> Vec<(String, Vec<u8>)> {
    (from..from + n)
        .map(|i| {
            let id = format!("gen-{i}");
            (format!("pages.raw.en.gen{}", i % 3), envelope(&id, &format!("https://news.example.com/{i}"), &generated_page(i)))
        })
        .collect()
}

fn assert_each_once(ids: &HashMap<String, usize>, expected: impl Iterator<Item = String>) {
    let mut missing = Vec::new();
    let mut n = 0;
    for id in expected {
        n += 1;
        match ids.get(&id) {
            Some(1) => {}
            Some(k) => panic!("{id} has {k} records"),
            None => missing.push(id),
        }
    }
    assert!(missing.is_empty(), "{} of {n} pages have no record, e.g. {:?}", missing.len(), &missing[..missing.len().min(5)]);
    assert_eq!(ids.len(), n, "records for pages never sent");
}

#[tokio::test(flavor = "multi_thread")]
async fn end_to_end_seeds_and_generated_pages() {
    let (server, js) = server_with_input().await;
    let _daemon = Daemon::start(&server.url(), server.dir.path(), &[]);

    let seeds = seed_pages();
    let mut pages: Vec<(String, Vec<u8>)> =
        seeds.iter().map(|(id, text, _)| ("pages.raw.vi.seed".to_string(), envelope(id, "https://baomoi.example.vn/a", text))).collect();
    pages.extend(generated(1000, 0));
    let total = pages.len() as u64;
    publish_all(&js, pages).await;

    let got = wait_stream_len(&js, "PAGES_CLEAN", total, Duration::from_secs(90)).await;
    assert_eq!(got, total, "records on PAGES_CLEAN");
    assert_eq!(wait_stream_len_zero(&js).await, 0, "PAGES_RAW must be empty when done");

    let records = read_all(&js, "PAGES_CLEAN").await;
    let mut by_id: HashMap<String, serde_json::Value> = HashMap::new();
    for (subject, headers, payload) in &records {
        let v: serde_json::Value = serde_json::from_slice(payload).unwrap();
        let id = v["id"].as_str().unwrap().to_string();
        assert_eq!(headers.get("Nats-Msg-Id"), Some(&id), "record header names its id");
        assert!(subject.starts_with("pages.clean."), "{subject}");
        assert!(by_id.insert(id, v).is_none(), "duplicate record");
    }
    for (id, _, gold) in &seeds {
        let r = &by_id[id];
        assert_eq!(r["title"], gold["title"], "{id} title");
        assert_eq!(r["authors"], gold["authors"], "{id} authors");
        assert_eq!(r["lang"], "vi", "{id} lang");
        let text = squash(r["text"].as_str().unwrap());
        for line in gold["body"].as_array().unwrap() {
            assert!(text.contains(&squash(line.as_str().unwrap())), "{id}: body line lost");
        }
    }
    let r = &by_id["gen-7"];
    assert_eq!(r["url"], "https://news.example.com/7");
    assert!(!r["text"].as_str().unwrap().contains("All rights reserved"), "footer leaked: {r}");
    assert!(r["text"].as_str().unwrap().contains("Paragraph 0 of page 7."));
}

async fn wait_stream_len_zero(js: &async_nats::jetstream::Context) -> u64 {
    for _ in 0..50 {
        let n = stream_len(js, "PAGES_RAW").await;
        if n == 0 {
            return 0;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    stream_len(js, "PAGES_RAW").await
}

#[tokio::test(flavor = "multi_thread")]
async fn three_replicas_share_the_work_without_duplicates() {
    let (server, js) = server_with_input().await;
    let replicas: Vec<Daemon> = (0..3).map(|_| Daemon::start(&server.url(), server.dir.path(), &[])).collect();
    publish_all(&js, generated(1500, 0)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 1500, Duration::from_secs(90)).await, 1500);
    for (i, r) in replicas.iter().enumerate() {
        let cleaned = metric(&r.get("/metrics").1, "boilerstrip_pages_total", &["outcome=\"clean\""]);
        assert!(cleaned > 0.0, "replica {i} cleaned nothing");
    }
    assert_each_once(&record_ids(&js).await, (0..1500).map(|i| format!("gen-{i}")));
}

#[tokio::test(flavor = "multi_thread")]
async fn killed_replica_loses_nothing_and_duplicates_are_suppressed() {
    let (server, js) = server_with_input().await;
    let config = test_config(server.dir.path());
    let mut victim = Daemon::start(&server.url(), server.dir.path(), &["--config", &config]);
    publish_all(&js, generated(5000, 0)).await;
    wait_stream_len(&js, "PAGES_CLEAN", 300, Duration::from_secs(60)).await;
    victim.kill9();
    let at_kill = stream_len(&js, "PAGES_CLEAN").await;
    assert!(at_kill < 5000, "the replica finished before it could be killed ({at_kill})");
    let _restarted = Daemon::start(&server.url(), server.dir.path(), &["--config", &config]);
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 5000, Duration::from_secs(120)).await, 5000);
    tokio::time::sleep(Duration::from_secs(4)).await; // past ack_wait: any redelivery would have landed
    assert_eq!(stream_len(&js, "PAGES_CLEAN").await, 5000, "a redelivered page produced a second record");
    assert_each_once(&record_ids(&js).await, (0..5000).map(|i| format!("gen-{i}")));
}

#[tokio::test(flavor = "multi_thread")]
async fn server_restart_pauses_work_and_loses_nothing() {
    let mut server = NatsServer::start();
    let url = server.url();
    {
        let js = jetstream(&url).await;
        create_input_stream(&js).await;
        publish_all(&js, generated(2000, 0)).await;
    }
    let config = test_config(server.dir.path());
    let daemon = Daemon::start(&url, server.dir.path(), &["--config", &config]);
    {
        let js = jetstream(&url).await;
        wait_stream_len(&js, "PAGES_CLEAN", 300, Duration::from_secs(60)).await;
    }
    server.restart(Duration::from_secs(1));
    let js = jetstream(&url).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 2000, Duration::from_secs(120)).await, 2000, "log:\n{}", daemon.log_text());
    assert_each_once(&record_ids(&js).await, (0..2000).map(|i| format!("gen-{i}")));
    assert!(metric(&daemon.get("/metrics").1, "boilerstrip_nats_reconnects_total", &[]) >= 1.0);
}

#[tokio::test(flavor = "multi_thread")]
async fn poison_pages_land_on_the_dlq_with_their_code() {
    let (server, js) = server_with_input().await;
    let config = test_config(server.dir.path());
    let daemon = Daemon::start(&server.url(), server.dir.path(), &["--config", &config]);

    let raw = |content_type: &str, url: Option<&str>| {
        let mut h = async_nats::HeaderMap::new();
        h.insert("Content-Type", content_type);
        if let Some(u) = url {
            h.insert("Url", u);
        }
        h
    };
    let cases: Vec<(&str, async_nats::HeaderMap, Vec<u8>)> = vec![
        ("invalid_json", async_nats::HeaderMap::new(), b"{not json".to_vec()),
        ("missing_field", async_nats::HeaderMap::new(), br#"{"text": "no url here"}"#.to_vec()),
        ("undecodable", raw("text/plain", Some("https://x.example/bin")), b"\x00\x01\x02\x03ELF\x00binary".repeat(50)),
        ("too_large", async_nats::HeaderMap::new(), envelope("big", "https://x.example/big", &"word ".repeat(60_000))),
        ("undecodable", raw("text/plain", Some("https://x.example/utf8")), vec![0xff; 4000]),
        ("invalid_json", async_nats::HeaderMap::new(), b"{\"url\": \"https://x.example/u\", \"text\": \"caf\xe9\"}".to_vec()),
        ("missing_field", raw("text/html", None), b"<p>no url header</p>".to_vec()),
    ];
    for (i, (_, headers, body)) in cases.iter().enumerate() {
        js.publish_with_headers(format!("pages.raw.poison.p{i}"), headers.clone(), body.clone().into()).await.unwrap().await.unwrap();
    }
    // The daemon keeps serving: a good page after the poison gets its record.
    publish_all(&js, generated(1, 0)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_DLQ", cases.len() as u64, Duration::from_secs(30)).await, cases.len() as u64);
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 1, Duration::from_secs(30)).await, 1);

    let mut dlq = read_all(&js, "PAGES_DLQ").await;
    dlq.sort_by(|a, b| a.0.cmp(&b.0));
    for (i, (want, _, body)) in cases.iter().enumerate() {
        let (subject, headers, payload) = &dlq[i];
        assert_eq!(subject, &format!("pages.dlq.poison.p{i}"));
        assert_eq!(headers.get("Boilerstrip-Error").map(String::as_str), Some(*want), "case {i}");
        assert!(!headers.get("Boilerstrip-Reason").unwrap().is_empty());
        assert_eq!(payload, body, "case {i}: the original payload is kept");
    }
    assert_eq!(wait_stream_len_zero(&js).await, 0, "poison pages are terminated, not redelivered forever");
    let scrape = daemon.get("/metrics").1;
    assert_eq!(metric(&scrape, "boilerstrip_dead_letters_total", &["code=\"undecodable\""]), 2.0);
    assert_eq!(metric(&scrape, "boilerstrip_pages_total", &["outcome=\"dlq\""]), cases.len() as f64);
}

#[tokio::test(flavor = "multi_thread")]
async fn metrics_match_what_was_sent_and_readyz_follows_the_connection() {
    let (mut server, js) = server_with_input().await;
    let url = server.url();
    let daemon = Daemon::start(&url, server.dir.path(), &[]);
    assert_eq!(daemon.get("/healthz").0, 200);
    assert_eq!(daemon.get("/readyz").0, 200);
    publish_all(&js, generated(200, 0)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 200, Duration::from_secs(60)).await, 200);
    let scrape = daemon.get("/metrics").1;
    assert_eq!(metric(&scrape, "boilerstrip_pages_total", &["outcome=\"clean\""]), 200.0);
    assert!(metric(&scrape, "boilerstrip_bytes_in_total", &[]) > 200.0 * 500.0);
    assert!(metric(&scrape, "boilerstrip_lines_removed_total", &[]) > 200.0);
    assert_eq!(metric(&scrape, "boilerstrip_clean_duration_seconds_count", &[]), 200.0);
    assert_eq!(metric(&scrape, "boilerstrip_messages_in_flight", &[]), 0.0);
    assert_eq!(metric(&scrape, "boilerstrip_ready", &[]), 1.0);

    server.stop();
    let mut status = 200;
    for _ in 0..100 {
        status = daemon.get("/readyz").0;
        if status == 503 {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert_eq!(status, 503, "/readyz while NATS is down");
    assert_eq!(daemon.get("/healthz").0, 200, "alive all the same");
    server.restart(Duration::from_millis(100));
    daemon.wait_ready(Duration::from_secs(30));
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_exits_zero_and_loses_nothing() {
    let (server, js) = server_with_input().await;
    let config = test_config(server.dir.path());
    let mut daemon = Daemon::start(&server.url(), server.dir.path(), &["--config", &config]);
    publish_all(&js, generated(3000, 0)).await;
    wait_stream_len(&js, "PAGES_CLEAN", 500, Duration::from_secs(60)).await;
    let code = daemon.sigterm(Duration::from_secs(20));
    assert_eq!(code, Some(0), "log:\n{}", daemon.log_text());
    let done = stream_len(&js, "PAGES_CLEAN").await;
    assert!(done < 3000, "stopped before the end of the stream ({done})");
    let _next = Daemon::start(&server.url(), server.dir.path(), &["--config", &config]);
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 3000, Duration::from_secs(90)).await, 3000);
    assert_each_once(&record_ids(&js).await, (0..3000).map(|i| format!("gen-{i}")));
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_stops_a_replica_whose_server_is_gone() {
    let (mut server, js) = server_with_input().await;
    let config = test_config(server.dir.path());
    let mut daemon = Daemon::start(&server.url(), server.dir.path(), &["--config", &config]);
    daemon.wait_ready(Duration::from_secs(30));
    publish_all(&js, generated(200, 0)).await;
    wait_stream_len(&js, "PAGES_CLEAN", 200, Duration::from_secs(60)).await;
    // The replica is idle, waiting on a pull, when the server goes away.
    server.stop();
    tokio::time::sleep(Duration::from_secs(1)).await;
    let code = daemon.sigterm(Duration::from_secs(30));
    assert_eq!(code, Some(0), "log:\n{}", daemon.log_text());
}

fn page_with_marker(i: usize) -> String {
    format!(
        "Paragraph one of page {i}. The council met on Monday and agreed to extend the harbour wall after a long debate.\n\n\
         Zebra marker line\n\n\
         Paragraph two of page {i}. Residents said they were relieved, although some worried about the fishing season."
    )
}

fn marker_pages(prefix: &str, n: usize) -> Vec<(String, Vec<u8>)> {
    (0..n)
        .map(|i| ("pages.raw.en.reload".to_string(), envelope(&format!("{prefix}-{i}"), &format!("https://x.example/{prefix}/{i}"), &page_with_marker(i))))
        .collect()
}

async fn records_by_id(js: &async_nats::jetstream::Context) -> HashMap<String, String> {
    read_all(js, "PAGES_CLEAN")
        .await
        .into_iter()
        .map(|(_, _, p)| {
            let v: serde_json::Value = serde_json::from_slice(&p).unwrap();
            (v["id"].as_str().unwrap().to_string(), v["text"].as_str().unwrap().to_string())
        })
        .collect()
}

async fn wait_metric(daemon: &Daemon, name: &str, labels: &[&str], at_least: f64) -> f64 {
    for _ in 0..150 {
        let v = metric(&daemon.get("/metrics").1, name, labels);
        if v >= at_least {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    metric(&daemon.get("/metrics").1, name, labels)
}

#[tokio::test(flavor = "multi_thread")]
async fn pattern_files_reload_under_load_without_losing_pages() {
    let (server, js) = server_with_input().await;
    let patterns = server.dir.path().join("patterns");
    copy_tree(&repo().join("config/patterns"), &patterns);
    let daemon = Daemon::start_with_patterns(&server.url(), server.dir.path(), &patterns, &[]);

    publish_all(&js, marker_pages("before", 100)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 100, Duration::from_secs(30)).await, 100);

    // Load keeps flowing while the rule changes.
    let load_js = js.clone();
    let load = tokio::spawn(async move {
        for chunk in 0..20 {
            publish_all(&load_js, marker_pages(&format!("during{chunk}"), 50)).await;
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let common = patterns.join("common.pat");
    let mut text = std::fs::read_to_string(&common).unwrap();
    text.push_str("\n[drop]\nzebra marker line\n");
    std::fs::write(&common, text).unwrap();
    assert!(wait_metric(&daemon, "boilerstrip_config_reloads_total", &["result=\"ok\""], 1.0).await >= 1.0, "no reload");
    load.await.unwrap();

    publish_all(&js, marker_pages("after", 100)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 1200, Duration::from_secs(60)).await, 1200, "a page was lost");
    let records = records_by_id(&js).await;
    for i in 0..100 {
        assert!(records[&format!("before-{i}")].contains("Zebra marker line"), "the old rule kept the line");
        assert!(!records[&format!("after-{i}")].contains("Zebra marker line"), "the new rule must drop the line");
    }

    // A broken set is refused; the running one stays.
    let en = patterns.join("lang/en.pat");
    let mut broken = std::fs::read_to_string(&en).unwrap();
    broken.push_str("\n[bogus]\n");
    std::fs::write(&en, broken).unwrap();
    assert!(wait_metric(&daemon, "boilerstrip_config_reloads_total", &["result=\"error\""], 1.0).await >= 1.0, "bad set not reported");
    assert!(daemon.log_text().contains("en.pat:") && daemon.log_text().contains("unknown section [bogus]"), "log names file and line");
    publish_all(&js, marker_pages("broken", 50)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 1250, Duration::from_secs(30)).await, 1250);
    let records = records_by_id(&js).await;
    assert!((0..50).all(|i| !records[&format!("broken-{i}")].contains("Zebra marker line")), "the running set stays in force");
}

#[tokio::test(flavor = "multi_thread")]
async fn credentials_authenticate_and_a_wrong_password_is_reported() {
    let opts = async_nats::ConnectOptions::with_user_and_password("scraper".into(), "s3cret".into());
    let (server, js) = server_with_input_as(&["--user", "scraper", "--pass", "s3cret"], opts).await;
    let patterns = repo().join("config/patterns");
    let log_dir = server.dir.path();

    let wrong = Daemon::spawn(&server.url(), log_dir, &patterns, &[], &[("BOILERSTRIP_NATS_USER", "scraper"), ("BOILERSTRIP_NATS_PASSWORD", "wrong")]);
    let right = Daemon::spawn(&server.url(), log_dir, &patterns, &[], &[("BOILERSTRIP_NATS_USER", "scraper"), ("BOILERSTRIP_NATS_PASSWORD", "s3cret")]);
    right.wait_ready(Duration::from_secs(30));
    publish_all(&js, generated(5, 0)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 5, Duration::from_secs(30)).await, 5, "records from the replica with the right password");

    // The refused replica may lag the other one: its refusal is waited for.
    wrong.wait_for("/metrics", Duration::from_secs(30), |_, scrape| metric(scrape, "boilerstrip_errors_total", &["kind=\"auth\""]) >= 1.0);
    let (status, _) = wrong.get("/readyz");
    assert_ne!(status, 200, "a replica NATS refuses must not report ready");
    let log = wrong.log_text();
    assert!(log.contains("authorization violation"), "the log names the refusal; log:\n{log}");
}

#[tokio::test(flavor = "multi_thread")]
async fn a_token_authenticates() {
    let (server, js) = server_with_input_as(&["--auth", "t0ken"], async_nats::ConnectOptions::with_token("t0ken".into())).await;
    let patterns = repo().join("config/patterns");
    let daemon = Daemon::spawn(&server.url(), server.dir.path(), &patterns, &[], &[("BOILERSTRIP_NATS_TOKEN", "t0ken")]);
    daemon.wait_ready(Duration::from_secs(30));
    publish_all(&js, generated(3, 0)).await;
    assert_eq!(wait_stream_len(&js, "PAGES_CLEAN", 3, Duration::from_secs(30)).await, 3, "records from the replica with the token");
}
