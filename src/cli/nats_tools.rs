//! `boilerstrip publish` and `boilerstrip read`: small NATS tools for demos,
//! smoke tests and the load generator. Not part of the pipeline.

use crate::error::{Error, Result};
use async_nats::jetstream;
use futures::StreamExt;
use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

#[derive(clap::Args, Debug)]
pub struct PublishArgs {
    /// Files to publish: one page each (`.html`/`.htm` as HTML, else text),
    /// or JSON envelopes one per line with --jsonl.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long = "nats-url", default_value = "nats://127.0.0.1:4222")]
    pub nats_url: String,
    /// The subject to publish to.
    #[arg(long, default_value = "pages.raw.demo")]
    pub subject: String,
    /// Each file holds JSON envelopes, one per line.
    #[arg(long)]
    pub jsonl: bool,
}

#[derive(clap::Args, Debug)]
pub struct ReadArgs {
    #[arg(long = "nats-url", default_value = "nats://127.0.0.1:4222")]
    pub nats_url: String,
    /// The stream to read from the start.
    #[arg(long, default_value = "PAGES_CLEAN")]
    pub stream: String,
    /// Stop after this many messages.
    #[arg(long)]
    pub count: usize,
    /// Give up after this many seconds.
    #[arg(long, default_value_t = 30)]
    pub timeout: u64,
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| Error::internal(e.to_string()))
}

async fn connect(url: &str) -> Result<jetstream::Context> {
    let client = async_nats::connect(url).await.map_err(|e| Error::config(format!("cannot connect to {url}: {e}")))?;
    Ok(jetstream::new(client))
}

pub fn publish(args: PublishArgs) -> Result<i32> {
    let mut payloads = Vec::new();
    for path in &args.files {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        if args.jsonl {
            payloads.extend(bytes.split(|&b| b == b'\n').filter(|l| !l.is_empty()).map(<[u8]>::to_vec));
        } else {
            let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let field = if name.ends_with(".html") || name.ends_with(".htm") { "html" } else { "text" };
            let id = path.file_stem().map_or_else(String::new, |s| s.to_string_lossy().into_owned());
            let envelope = serde_json::json!({"id": id, "url": format!("file:///{name}"), field: text});
            payloads.push(serde_json::to_vec(&envelope).map_err(|e| Error::internal(e.to_string()))?);
        }
    }
    let n = payloads.len();
    runtime()?.block_on(async {
        let js = connect(&args.nats_url).await?;
        for p in payloads {
            let ack = js.publish(args.subject.clone(), p.into()).await.map_err(|e| Error::internal(format!("publish: {e}")))?;
            ack.await.map_err(|e| Error::internal(format!("no PubAck: {e}")))?;
        }
        eprintln!("published {n} pages to {}", args.subject);
        Ok(0)
    })
}

pub fn read(args: ReadArgs) -> Result<i32> {
    runtime()?.block_on(async {
        let js = connect(&args.nats_url).await?;
        let stream = js.get_stream(&args.stream).await.map_err(|e| Error::config(format!("stream {}: {e}", args.stream)))?;
        let consumer = stream.create_consumer(jetstream::consumer::pull::Config::default()).await.map_err(|e| Error::internal(format!("consumer: {e}")))?;
        let mut messages = consumer.messages().await.map_err(|e| Error::internal(format!("pull: {e}")))?;
        let mut out = std::io::stdout().lock();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(args.timeout);
        let mut seen = 0;
        while seen < args.count {
            let next = tokio::time::timeout_at(deadline, messages.next()).await;
            let Ok(Some(Ok(msg))) = next else { break };
            let _ = msg.ack().await;
            out.write_all(&msg.payload).and_then(|_| out.write_all(b"\n")).map_err(|e| Error::io("<stdout>", e))?;
            seen += 1;
        }
        if seen < args.count {
            eprintln!("read {seen} of {} messages before the timeout", args.count);
            return Ok(1);
        }
        Ok(0)
    })
}
