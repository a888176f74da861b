//! `boilerstrip run` and `boilerstrip check-config`.
//!
//! Both read the same config chain (file < `BOILERSTRIP_*` env < flags);
//! `check-config` stops after validating it and compiling the patterns, for
//! CI and init containers.

use crate::daemon::config::{LogFormat, Overrides, RawConfig, Settings};
use crate::error::{Error, Result};
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct DaemonArgs {
    /// The TOML config file (all keys optional).
    #[arg(long, env = "BOILERSTRIP_CONFIG")]
    pub config: Option<PathBuf>,
    /// A NATS server URL; repeat for a cluster.
    #[arg(long = "nats-url", value_name = "URL")]
    pub nats_urls: Vec<String>,
    /// Create missing streams and the consumer.
    #[arg(long)]
    pub create_streams: bool,
    /// Where /metrics, /healthz and /readyz listen.
    #[arg(long, value_name = "HOST:PORT")]
    pub metrics_addr: Option<String>,
    /// Log format: text or json.
    #[arg(long, value_name = "FORMAT")]
    pub log_format: Option<String>,
    /// The pattern directory.
    #[arg(long)]
    pub patterns: Option<PathBuf>,
    /// Benchmark ceiling: publish pages uncleaned through the same path.
    #[arg(long, hide = true)]
    pub pass_through: bool,
}

impl DaemonArgs {
    fn settings(&self) -> Result<Settings> {
        let mut raw = match &self.config {
            Some(path) => RawConfig::from_file(path)?,
            None => RawConfig::default(),
        };
        raw.apply_env(|k| std::env::var(k).ok())?;
        raw.apply_overrides(&Overrides {
            nats_urls: self.nats_urls.clone(),
            create_streams: self.create_streams,
            metrics_addr: self.metrics_addr.clone(),
            log_format: self.log_format.clone(),
            patterns: self.patterns.clone(),
            pass_through: self.pass_through,
        });
        raw.validate()
    }
}

pub fn check(args: DaemonArgs) -> Result<i32> {
    let settings = args.settings()?;
    let pipeline = crate::PipelineBuilder::new().patterns_dir(&settings.pipeline.patterns).build()?;
    let langs: Vec<&str> = pipeline.patterns().languages().collect();
    println!(
        "ok: config valid; {} patterns compiled from {} (languages: {})",
        pipeline.patterns().pattern_count(),
        settings.pipeline.patterns.display(),
        langs.join(", ")
    );
    Ok(0)
}

pub fn run(args: DaemonArgs) -> Result<i32> {
    let settings = args.settings()?;
    init_logging(&settings);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("boilerstrip-io")
        .build()
        .map_err(|e| Error::internal(format!("cannot start the runtime: {e}")))?;
    runtime.block_on(crate::daemon::run(settings, shutdown_signal()))?;
    Ok(0)
}

fn init_logging(s: &Settings) {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(&s.log_level));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match s.log_format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
}

async fn shutdown_signal() {
    use tokio::signal::unix::{SignalKind, signal};
    let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
        tracing::error!("cannot install signal handlers; stop with SIGKILL");
        return std::future::pending().await;
    };
    tokio::select! {
        _ = term.recv() => tracing::info!("SIGTERM received"),
        _ = int.recv() => tracing::info!("SIGINT received"),
    }
}

#[derive(clap::Args, Debug)]
pub struct HealthcheckArgs {
    /// The daemon's metrics address.
    #[arg(long, default_value = "127.0.0.1:9464")]
    pub addr: String,
    /// The path to probe.
    #[arg(long, default_value = "/healthz")]
    pub path: String,
}

/// For container HEALTHCHECKs in images without curl: exit 0 on HTTP 200.
pub fn healthcheck(args: HealthcheckArgs) -> Result<i32> {
    use std::io::{Read, Write};
    let probe = || -> std::io::Result<bool> {
        let addr: std::net::SocketAddr = args.addr.parse().map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidInput, "bad address"))?;
        let mut s = std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_secs(2))?;
        s.set_read_timeout(Some(std::time::Duration::from_secs(2)))?;
        write!(s, "GET {} HTTP/1.1\r\nHost: localhost\r\n\r\n", args.path)?;
        let mut head = [0u8; 12];
        s.read_exact(&mut head)?;
        Ok(head.starts_with(b"HTTP/1.1 200"))
    };
    match probe() {
        Ok(true) => Ok(0),
        Ok(false) => {
            eprintln!("{}{}: not healthy", args.addr, args.path);
            Ok(1)
        }
        Err(e) => Err(Error::io(format!("{}{}", args.addr, args.path), e)),
    }
}
