//! Checks on deploy/: what can be checked without Docker or a cluster.
//! Every YAML and JSON file parses; the ConfigMap matches config/patterns
//! and passes check-config; ports, probe paths and grace periods agree with
//! the code; and every metric the dashboard and alerts query is exported by
//! a live daemon.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use yaml_rust2::{Yaml, YamlLoader};

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn yaml_docs(path: &Path) -> Vec<Yaml> {
    YamlLoader::load_from_str(&std::fs::read_to_string(path).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn deploy() -> PathBuf {
    common::repo().join("deploy")
}

#[test]
fn every_yaml_and_json_file_parses() {
    let mut files = Vec::new();
    files_under(&deploy(), &mut files);
    let mut checked = 0;
    for f in files {
        match f.extension().and_then(|e| e.to_str()) {
            Some("yaml" | "yml") => {
                assert!(!yaml_docs(&f).is_empty(), "{} is empty", f.display());
                checked += 1;
            }
            Some("json") => {
                serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&f).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", f.display()));
                checked += 1;
            }
            _ => {}
        }
    }
    assert!(checked >= 12, "only {checked} files checked");
}

fn configmaps() -> Vec<Yaml> {
    yaml_docs(&deploy().join("k8s/configmap.yaml"))
}

fn configmap_data(maps: &[Yaml], name: &str) -> Vec<(String, String)> {
    let map = maps.iter().find(|m| m["metadata"]["name"].as_str() == Some(name)).unwrap_or_else(|| panic!("no ConfigMap {name}"));
    match map["data"].as_hash() {
        Some(h) => h.iter().map(|(k, v)| (k.as_str().unwrap().to_string(), v.as_str().unwrap().to_string())).collect(),
        None => Vec::new(),
    }
}

#[test]
fn the_configmap_matches_config_patterns_and_passes_check_config() {
    let maps = configmaps();
    let dir = tempfile::tempdir().unwrap();
    let patterns = dir.path().join("patterns");
    for (name, sub) in [("boilerstrip-patterns", ""), ("boilerstrip-patterns-lang", "lang"), ("boilerstrip-patterns-sites", "sites")] {
        let target = patterns.join(sub);
        std::fs::create_dir_all(&target).unwrap();
        let data = configmap_data(&maps, name);
        let source_dir = common::repo().join("config/patterns").join(sub);
        let mut expected: Vec<String> =
            std::fs::read_dir(&source_dir).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|f| f.ends_with(".pat")).collect();
        expected.sort();
        let mut got: Vec<String> = data.iter().map(|(k, _)| k.clone()).collect();
        got.sort();
        assert_eq!(got, expected, "{name}: run scripts/gen-k8s-configmap");
        for (key, text) in data {
            let source = std::fs::read_to_string(source_dir.join(&key)).unwrap();
            assert_eq!(text.trim_end(), source.trim_end(), "{name}/{key} differs from config/patterns: run scripts/gen-k8s-configmap");
            std::fs::write(target.join(&key), text).unwrap();
        }
    }
    let config = configmap_data(&maps, "boilerstrip-config").into_iter().find(|(k, _)| k == "boilerstrip.toml").unwrap().1;
    let config_path = dir.path().join("boilerstrip.toml");
    std::fs::write(&config_path, config).unwrap();
    let out =
        Command::new(env!("CARGO_BIN_EXE_boilerstrip")).args(["check-config", "--config"]).arg(&config_path).arg("--patterns").arg(&patterns).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn ports_probes_and_grace_periods_agree_with_the_code() {
    let deployment = &yaml_docs(&deploy().join("k8s/deployment.yaml"))[0];
    let pod = &deployment["spec"]["template"]["spec"];
    let container = &pod["containers"][0];
    assert_eq!(container["ports"][0]["containerPort"].as_i64(), Some(9464));
    assert_eq!(container["livenessProbe"]["httpGet"]["path"].as_str(), Some("/healthz"));
    assert_eq!(container["readinessProbe"]["httpGet"]["path"].as_str(), Some("/readyz"));
    let k8s_config: toml::Value = toml::from_str(&std::fs::read_to_string(deploy().join("k8s/boilerstrip.toml")).unwrap()).unwrap();
    let listen = k8s_config["http"]["listen"].as_str().unwrap();
    assert!(listen.ends_with(":9464"), "{listen}");
    let grace = k8s_config["workers"]["shutdown_grace_secs"].as_integer().unwrap();
    assert!(pod["terminationGracePeriodSeconds"].as_i64().unwrap() > grace, "pod grace must exceed the daemon's");
    let service = &yaml_docs(&deploy().join("k8s/service.yaml"))[0];
    assert_eq!(service["spec"]["ports"][0]["targetPort"].as_str(), Some("metrics"));
    let dockerfile = std::fs::read_to_string(deploy().join("docker/Dockerfile")).unwrap();
    assert!(dockerfile.contains("EXPOSE 9464") && dockerfile.contains("\"healthcheck\""));
    assert!(dockerfile.contains("USER 10001"));
    let scaled = &yaml_docs(&deploy().join("k8s/scaledobject.yaml"))[0];
    let trigger = &scaled["spec"]["triggers"][0];
    assert_eq!(trigger["type"].as_str(), Some("nats-jetstream"));
    assert_eq!(trigger["metadata"]["consumer"].as_str(), Some("boilerstrip"));
    assert_eq!(trigger["metadata"]["stream"].as_str(), Some("PAGES_RAW"));
}

/// Metric names (without histogram suffixes) that a PromQL text uses.
fn boilerstrip_metrics(expr: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = expr;
    while let Some(at) = rest.find("boilerstrip_") {
        let tail = &rest[at..];
        let end = tail.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(tail.len());
        let name = &tail[..end];
        let base = ["_bucket", "_sum", "_count"].iter().find_map(|s| name.strip_suffix(s)).unwrap_or(name);
        out.push(base.to_string());
        rest = &tail[end..];
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn dashboard_and_alerts_use_only_exported_metrics() {
    let dashboard: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(deploy().join("grafana/boilerstrip.json")).unwrap()).unwrap();
    let mut wanted: Vec<String> = dashboard["panels"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|p| p["targets"].as_array().unwrap().iter().flat_map(|t| boilerstrip_metrics(t["expr"].as_str().unwrap())))
        .collect();
    let alerts = &yaml_docs(&deploy().join("prometheus/alerts.yaml"))[0];
    for rule in alerts["groups"][0]["rules"].as_vec().unwrap() {
        wanted.extend(boilerstrip_metrics(rule["expr"].as_str().unwrap()));
    }
    wanted.sort();
    wanted.dedup();
    assert!(wanted.len() >= 10, "{wanted:?}");

    let (server, js) = common::server_with_input().await;
    let daemon = common::Daemon::start(&server.url(), server.dir.path(), &[]);
    let pages = (0..20).map(|i| ("pages.raw.en.x".to_string(), common::envelope(&format!("m{i}"), "https://x.example/", &common::generated_page(i)))).collect();
    common::publish_all(&js, pages).await;
    common::wait_stream_len(&js, "PAGES_CLEAN", 20, std::time::Duration::from_secs(30)).await;
    let scrape = daemon.get("/metrics").1;
    for name in &wanted {
        assert!(scrape.contains(&format!("# TYPE {name} ")), "{name} is queried but not exported");
    }
}
