//! Daemon configuration: the TOML file, `BOILERSTRIP_*` environment
//! variables and flags, in rising precedence.
//!
//! In: [`RawConfig`], deserialized as written; every field has a documented
//! default, so an empty file is a valid config. Out: [`Settings`], validated
//! once at start-up ([`RawConfig::validate`]); the daemon never reads raw
//! config. Secrets are wrapped in [`Secret`], whose `Debug` prints `***`, so
//! logging a config never leaks them.
//!
//! `config/boilerstrip.toml` is the annotated example; a test parses it.

use crate::error::{Error, Result};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// A value that must never be logged.
#[derive(Clone, Default, Deserialize, PartialEq)]
#[serde(transparent)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("***")
    }
}

/// The config file as written.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RawConfig {
    pub nats: NatsConfig,
    pub input: InputConfig,
    pub output: OutputConfig,
    pub pipeline: PipelineConfig,
    pub workers: WorkersConfig,
    pub http: HttpConfig,
    pub log: LogConfig,
}

/// How to reach NATS.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct NatsConfig {
    /// Server URLs; the client fails over between them.
    pub urls: Vec<String>,
    /// Create the streams and the consumer when they are missing. Without
    /// it, a missing stream is a start-up error.
    pub create_streams: bool,
    /// Connection name shown in the server's monitoring.
    pub name: String,
    pub user: Option<String>,
    pub password: Option<Secret>,
    pub token: Option<Secret>,
    /// An NKey seed (`SU...`).
    pub nkey_seed: Option<Secret>,
    /// A `.creds` file (JWT and NKey seed).
    pub creds_file: Option<PathBuf>,
    /// A CA certificate (PEM) to verify the server with; enables TLS.
    pub tls_ca_file: Option<PathBuf>,
    /// Client certificate and key (PEM) for mutual TLS.
    pub tls_cert_file: Option<PathBuf>,
    pub tls_key_file: Option<PathBuf>,
    /// Require TLS even without a CA file.
    pub tls_required: bool,
    /// Seconds to wait for a PubAck before the page is retried.
    pub publish_timeout_secs: u64,
}

impl Default for NatsConfig {
    fn default() -> Self {
        NatsConfig {
            urls: vec!["nats://127.0.0.1:4222".to_string()],
            create_streams: false,
            name: "boilerstrip".to_string(),
            user: None,
            password: None,
            token: None,
            nkey_seed: None,
            creds_file: None,
            tls_ca_file: None,
            tls_cert_file: None,
            tls_key_file: None,
            tls_required: false,
            publish_timeout_secs: 10,
        }
    }
}

/// Where raw pages come from.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct InputConfig {
    /// The JetStream stream holding raw pages.
    pub stream: String,
    /// Its subjects (used when creating it); the first one also fixes the
    /// prefix stripped to get a page's subject suffix.
    pub subjects: Vec<String>,
    /// The durable pull consumer every replica binds.
    pub consumer: String,
    /// `workqueue` (a page is deleted once acked) or `limits`.
    pub retention: String,
    /// Seconds the server waits for an ack before redelivering.
    pub ack_wait_secs: u64,
    /// Deliveries before the server gives up on a page.
    pub max_deliver: i64,
    /// Unacked pages the server lets all replicas hold at once.
    pub max_ack_pending: i64,
    /// Pages pulled per request.
    pub batch: usize,
    /// Delays, in milliseconds, for successive NAKs of a page that failed
    /// for a transient reason (the last one repeats).
    pub retry_backoff_ms: Vec<u64>,
}

impl Default for InputConfig {
    fn default() -> Self {
        InputConfig {
            stream: "PAGES_RAW".to_string(),
            subjects: vec!["pages.raw.>".to_string()],
            consumer: "boilerstrip".to_string(),
            retention: "workqueue".to_string(),
            ack_wait_secs: 60,
            max_deliver: 20,
            max_ack_pending: 1024,
            batch: 64,
            retry_backoff_ms: vec![500, 2_000, 10_000, 30_000],
        }
    }
}

/// Where records and dead letters go.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OutputConfig {
    /// Stream for clean records (`<subject_prefix>.>`).
    pub stream: String,
    pub subject_prefix: String,
    /// Stream for pages that can never be cleaned.
    pub dlq_stream: String,
    pub dlq_subject_prefix: String,
    /// The duplicate window of created output streams, in seconds: a page
    /// redelivered within it never yields a second record.
    pub duplicate_window_secs: u64,
    /// What to do with a page that has no article: `publish` its record
    /// (flagged `empty`) or `drop` it (counted, acked, not published).
    pub empty: String,
}

impl Default for OutputConfig {
    fn default() -> Self {
        OutputConfig {
            stream: "PAGES_CLEAN".to_string(),
            subject_prefix: "pages.clean".to_string(),
            dlq_stream: "PAGES_DLQ".to_string(),
            dlq_subject_prefix: "pages.dlq".to_string(),
            duplicate_window_secs: 600,
            empty: "publish".to_string(),
        }
    }
}

/// The cleaning pipeline.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct PipelineConfig {
    /// The pattern directory (`common.pat`, `lang/`, `sites/`).
    pub patterns: PathBuf,
    /// Pages larger than this many bytes go to the DLQ as `too_large`.
    pub max_bytes: usize,
    /// Benchmark ceiling only: publish every line, skipping the cleaning
    /// (same decode, ack and publish path). Never use in production.
    pub pass_through: bool,
}

impl Default for PipelineConfig {
    fn default() -> Self {
        PipelineConfig { patterns: PathBuf::from("config/patterns"), max_bytes: 8 << 20, pass_through: false }
    }
}

/// Concurrency.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WorkersConfig {
    /// Threads cleaning pages; 0 means one per core.
    pub cpu_threads: usize,
    /// Pages held at once (pulled, not yet acked); beyond it, pulling waits.
    pub max_in_flight: usize,
    /// Seconds given to in-flight pages on SIGTERM before they are NAKed.
    pub shutdown_grace_secs: u64,
}

impl Default for WorkersConfig {
    fn default() -> Self {
        WorkersConfig { cpu_threads: 0, max_in_flight: 128, shutdown_grace_secs: 20 }
    }
}

/// The metrics and health listener.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct HttpConfig {
    /// `/metrics`, `/healthz` and `/readyz` are served here.
    pub listen: String,
}

impl Default for HttpConfig {
    fn default() -> Self {
        HttpConfig { listen: "0.0.0.0:9464".to_string() }
    }
}

/// Logging.
#[derive(Clone, Debug, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LogConfig {
    /// `text` for people, `json` for log pipelines.
    pub format: String,
    /// A `tracing` filter; `RUST_LOG` overrides it.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig { format: "text".to_string(), level: "info".to_string() }
    }
}

/// Overrides from flags (highest precedence).
#[derive(Clone, Debug, Default)]
pub struct Overrides {
    pub nats_urls: Vec<String>,
    pub create_streams: bool,
    pub metrics_addr: Option<String>,
    pub log_format: Option<String>,
    pub patterns: Option<PathBuf>,
    pub pass_through: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Retention {
    WorkQueue,
    Limits,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmptyPolicy {
    Publish,
    Drop,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// Validated settings: what the daemon runs with.
#[derive(Clone, Debug)]
pub struct Settings {
    pub nats: NatsConfig,
    pub input: InputConfig,
    pub input_prefix: String,
    pub retention: Retention,
    pub ack_wait: Duration,
    pub output: OutputConfig,
    pub empty: EmptyPolicy,
    pub pipeline: PipelineConfig,
    pub cpu_threads: usize,
    pub max_in_flight: usize,
    pub shutdown_grace: Duration,
    pub publish_timeout: Duration,
    pub listen: SocketAddr,
    pub log_format: LogFormat,
    pub log_level: String,
}

impl RawConfig {
    /// Reads a TOML file; unknown keys are errors, so typos do not pass.
    pub fn from_file(path: &Path) -> Result<RawConfig> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        toml::from_str(&text).map_err(|e| Error::config(format!("{}: {e}", path.display())))
    }

    /// Applies `BOILERSTRIP_*` variables from `env` (a lookup, for tests).
    pub fn apply_env(&mut self, env: impl Fn(&str) -> Option<String>) -> Result<()> {
        let list = |v: String| v.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
        if let Some(v) = env("BOILERSTRIP_NATS_URLS") {
            self.nats.urls = list(v);
        }
        if let Some(v) = env("BOILERSTRIP_CREATE_STREAMS") {
            self.nats.create_streams = matches!(v.as_str(), "1" | "true" | "yes");
        }
        if let Some(v) = env("BOILERSTRIP_NATS_USER") {
            self.nats.user = Some(v);
        }
        if let Some(v) = env("BOILERSTRIP_NATS_PASSWORD") {
            self.nats.password = Some(Secret(v));
        }
        if let Some(v) = env("BOILERSTRIP_NATS_TOKEN") {
            self.nats.token = Some(Secret(v));
        }
        if let Some(v) = env("BOILERSTRIP_NATS_NKEY_SEED") {
            self.nats.nkey_seed = Some(Secret(v));
        }
        if let Some(v) = env("BOILERSTRIP_NATS_CREDS_FILE") {
            self.nats.creds_file = Some(PathBuf::from(v));
        }
        if let Some(v) = env("BOILERSTRIP_METRICS_ADDR") {
            self.http.listen = v;
        }
        if let Some(v) = env("BOILERSTRIP_LOG_FORMAT") {
            self.log.format = v;
        }
        if let Some(v) = env("BOILERSTRIP_PATTERNS") {
            self.pipeline.patterns = PathBuf::from(v);
        }
        if let Some(v) = env("BOILERSTRIP_MAX_IN_FLIGHT") {
            self.workers.max_in_flight = v.parse().map_err(|_| Error::config(format!("BOILERSTRIP_MAX_IN_FLIGHT must be a number, got {v:?}")))?;
        }
        Ok(())
    }

    pub fn apply_overrides(&mut self, o: &Overrides) {
        if !o.nats_urls.is_empty() {
            self.nats.urls = o.nats_urls.clone();
        }
        self.nats.create_streams |= o.create_streams;
        if let Some(a) = &o.metrics_addr {
            self.http.listen = a.clone();
        }
        if let Some(f) = &o.log_format {
            self.log.format = f.clone();
        }
        if let Some(p) = &o.patterns {
            self.pipeline.patterns = p.clone();
        }
        self.pipeline.pass_through |= o.pass_through;
    }

    /// Checks everything that can be checked without a network.
    pub fn validate(self) -> Result<Settings> {
        let bad = |msg: String| Err(Error::config(msg));
        if self.nats.urls.is_empty() {
            return bad("nats.urls is empty".into());
        }
        if self.nats.user.is_some() != self.nats.password.is_some() {
            return bad("nats.user and nats.password go together".into());
        }
        if self.nats.tls_cert_file.is_some() != self.nats.tls_key_file.is_some() {
            return bad("nats.tls_cert_file and nats.tls_key_file go together".into());
        }
        let Some(first) = self.input.subjects.first() else {
            return bad("input.subjects is empty".into());
        };
        let input_prefix = first.trim_end_matches('>').trim_end_matches('*').to_string();
        if !input_prefix.ends_with('.') || input_prefix.len() < 2 {
            return bad(format!("input.subjects[0] must end in `.>`, like `pages.raw.>`; got {first:?}"));
        }
        for (name, v) in [("input.stream", &self.input.stream), ("output.stream", &self.output.stream), ("output.dlq_stream", &self.output.dlq_stream)] {
            if v.is_empty() || v.contains(['.', ' ', '*', '>']) {
                return bad(format!("{name} must be a stream name without spaces, dots or wildcards; got {v:?}"));
            }
        }
        for (name, v) in [("output.subject_prefix", &self.output.subject_prefix), ("output.dlq_subject_prefix", &self.output.dlq_subject_prefix)] {
            if v.is_empty() || v.ends_with('.') || v.contains(['*', '>', ' ']) {
                return bad(format!("{name} must be a plain subject like `pages.clean`; got {v:?}"));
            }
        }
        let retention = match self.input.retention.as_str() {
            "workqueue" => Retention::WorkQueue,
            "limits" => Retention::Limits,
            r => return bad(format!("input.retention must be workqueue or limits; got {r:?}")),
        };
        let empty = match self.output.empty.as_str() {
            "publish" => EmptyPolicy::Publish,
            "drop" => EmptyPolicy::Drop,
            e => return bad(format!("output.empty must be publish or drop; got {e:?}")),
        };
        let log_format = match self.log.format.as_str() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            f => return bad(format!("log.format must be text or json; got {f:?}")),
        };
        if self.input.ack_wait_secs == 0 || self.input.batch == 0 || self.workers.max_in_flight == 0 {
            return bad("input.ack_wait_secs, input.batch and workers.max_in_flight must be positive".into());
        }
        if self.input.retry_backoff_ms.is_empty() {
            return bad("input.retry_backoff_ms needs at least one delay".into());
        }
        let listen: SocketAddr =
            self.http.listen.parse().map_err(|_| Error::config(format!("http.listen must be HOST:PORT with an IP host; got {:?}", self.http.listen)))?;
        let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
        Ok(Settings {
            input_prefix,
            retention,
            ack_wait: Duration::from_secs(self.input.ack_wait_secs),
            empty,
            cpu_threads: if self.workers.cpu_threads == 0 { cores } else { self.workers.cpu_threads },
            max_in_flight: self.workers.max_in_flight,
            shutdown_grace: Duration::from_secs(self.workers.shutdown_grace_secs),
            publish_timeout: Duration::from_secs(self.nats.publish_timeout_secs.max(1)),
            listen,
            log_format,
            log_level: self.log.level,
            nats: self.nats,
            input: self.input,
            output: self.output,
            pipeline: self.pipeline,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_config_parses_and_validates() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("config/boilerstrip.toml");
        let raw = RawConfig::from_file(&path).unwrap();
        let s = raw.validate().unwrap();
        assert_eq!(s.input_prefix, "pages.raw.");
        assert_eq!(s.input.stream, "PAGES_RAW");
        assert_eq!(s.listen.port(), 9464);
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let raw: RawConfig = toml::from_str("").unwrap();
        let s = raw.validate().unwrap();
        assert_eq!((s.retention, s.empty, s.log_format), (Retention::WorkQueue, EmptyPolicy::Publish, LogFormat::Text));
    }

    #[test]
    fn bad_configs_say_what_is_wrong() {
        let cases = [
            ("[input]\nretention = \"forever\"", "input.retention must be workqueue or limits"),
            ("[input]\nsubjects = [\"pages\"]", "input.subjects[0] must end in `.>`"),
            ("[http]\nlisten = \"localhost\"", "http.listen must be HOST:PORT"),
            ("[nats]\nuser = \"u\"", "nats.user and nats.password go together"),
            ("[output]\nempty = \"maybe\"", "output.empty must be publish or drop"),
            ("[nats]\nurl = \"typo\"", "unknown field `url`"),
        ];
        for (toml_src, want) in cases {
            let err = toml::from_str::<RawConfig>(toml_src).map_err(|e| Error::config(e.to_string())).and_then(RawConfig::validate).unwrap_err().to_string();
            assert!(err.contains(want), "{toml_src}: {err}");
        }
    }

    #[test]
    fn env_and_flags_override_the_file_and_secrets_never_print() {
        let mut raw = RawConfig::default();
        raw.apply_env(|k| match k {
            "BOILERSTRIP_NATS_URLS" => Some("nats://a:1, nats://b:2".into()),
            "BOILERSTRIP_NATS_TOKEN" => Some("s3cret".into()),
            _ => None,
        })
        .unwrap();
        assert_eq!(raw.nats.urls, vec!["nats://a:1", "nats://b:2"]);
        raw.apply_overrides(&Overrides { nats_urls: vec!["nats://c:3".into()], ..Overrides::default() });
        assert_eq!(raw.nats.urls, vec!["nats://c:3"]);
        let printed = format!("{:?}", raw.validate().unwrap());
        assert!(!printed.contains("s3cret") && printed.contains("***"), "{printed}");
    }
}
