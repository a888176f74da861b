//! One message, start to finish: read the page, clean it off the async
//! runtime, publish the record or the dead letter, then ack.
//!
//! Invariant: a message is acked (or terminated) only after its record or
//! its dead-letter entry has a PubAck. Every other path NAKs it: a failed
//! publish after a backoff delay, a shutdown at once (so another replica
//! takes it). A panic while cleaning becomes an `internal` dead letter.
//! While a slow page is cleaned, in-progress acks keep `ack_wait` from
//! firing.

use super::config::{EmptyPolicy, Settings};
use super::metrics;
use super::sink::Sink;
use super::source;
use crate::error::Error;
use crate::pipeline::Pipeline;
use async_nats::jetstream::{AckKind, Message};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant, SystemTime};
use tokio::sync::{Semaphore, watch};

pub struct Worker {
    pub settings: Arc<Settings>,
    /// Swapped whole on a pattern reload; a page keeps the one it started with.
    pub pipeline: Arc<RwLock<Arc<Pipeline>>>,
    pub sink: Sink,
    /// Bounds CPU work to the configured thread count.
    pub cpu: Arc<Semaphore>,
}

/// How a message ended.
enum Decision {
    /// Acked with this `pages_total` outcome.
    Done(&'static str),
    /// Stored on the DLQ; terminate the message.
    DeadLettered(&'static str),
    /// Transient failure: NAK with a delay.
    Retry(String),
}

impl Worker {
    pub async fn handle(self: Arc<Self>, msg: Message, mut cancel: watch::Receiver<bool>) {
        let delivered = msg.info().map(|i| i.delivered).unwrap_or(1);
        if delivered > 1 {
            metrics::redelivered();
        }
        let ticker = self.keep_alive(msg.clone());
        let decision = tokio::select! {
            d = self.process(&msg) => Some(d),
            _ = super::stopped(&mut cancel) => None,
        };
        ticker.abort();
        let ack = match decision {
            Some(Decision::Done(outcome)) => {
                metrics::page(outcome);
                msg.ack().await
            }
            Some(Decision::DeadLettered(code)) => {
                metrics::page("dlq");
                metrics::dead_letter(code);
                msg.ack_with(AckKind::Term).await
            }
            Some(Decision::Retry(why)) => {
                metrics::page("retried");
                let delay = self.backoff(delivered);
                tracing::warn!(subject = %msg.subject, delivered, ?delay, error = %why, "page will be retried");
                msg.ack_with(AckKind::Nak(Some(delay))).await
            }
            None => msg.ack_with(AckKind::Nak(None)).await,
        };
        if let Err(e) = ack {
            // The page will be redelivered; its record id makes that harmless.
            metrics::error("ack");
            tracing::warn!(error = %e, "ack failed");
        }
    }

    fn backoff(&self, delivered: i64) -> Duration {
        let steps = &self.settings.input.retry_backoff_ms;
        let i = (delivered.max(1) as usize - 1).min(steps.len() - 1);
        Duration::from_millis(steps[i])
    }

    /// Sends in-progress acks every third of `ack_wait` until aborted.
    fn keep_alive(&self, msg: Message) -> tokio::task::JoinHandle<()> {
        let every = (self.settings.ack_wait / 3).max(Duration::from_millis(200));
        tokio::spawn(async move {
            loop {
                tokio::time::sleep(every).await;
                if msg.ack_with(AckKind::Progress).await.is_err() {
                    return;
                }
            }
        })
    }

    async fn process(&self, msg: &Message) -> Decision {
        let suffix = source::suffix(&msg.subject, &self.settings.input_prefix).to_string();
        let page = match source::page_of(msg, self.settings.pipeline.max_bytes) {
            Ok(page) => page,
            Err(e) => return self.dead_letter(msg, &suffix, e).await,
        };
        let pipeline = self.pipeline.read().expect("pipeline lock is never poisoned").clone();
        let Ok(permit) = self.cpu.clone().acquire_owned().await else {
            return Decision::Retry("worker pool closed".into());
        };
        let started = Instant::now();
        let pass_through = self.settings.pipeline.pass_through;
        let cleaned = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            if pass_through { pipeline.keep_all(page) } else { pipeline.clean(page, false) }
        })
        .await;
        let outcome = match cleaned {
            Ok(Ok(outcome)) => outcome,
            Ok(Err(e)) => return self.dead_letter(msg, &suffix, e).await,
            Err(join) => return self.dead_letter(msg, &suffix, Error::internal(format!("cleaning panicked: {join}"))).await,
        };
        let record = outcome.record;
        metrics::cleaned(record.stats.bytes_in, record.stats.bytes_out, started.elapsed().as_secs_f64(), &outcome.removals);
        if record.empty && self.settings.empty == EmptyPolicy::Drop {
            return Decision::Done("dropped_empty");
        }
        let json = match serde_json::to_vec(&record) {
            Ok(json) => json,
            Err(e) => return self.dead_letter(msg, &suffix, Error::internal(format!("serializing record: {e}"))).await,
        };
        match self.sink.record(&suffix, &record.id, json).await {
            Ok(()) => {
                if let Ok(info) = msg.info() {
                    metrics::age(age_seconds(info.published.unix_timestamp_nanos()));
                }
                Decision::Done(if record.empty { "empty" } else { "clean" })
            }
            Err(e) => {
                metrics::error("publish");
                Decision::Retry(e.0)
            }
        }
    }

    async fn dead_letter(&self, msg: &Message, suffix: &str, err: Error) -> Decision {
        let msg_id = match msg.info() {
            Ok(info) => format!("dlq-{}-{}", info.stream, info.stream_sequence),
            Err(_) => format!("dlq-{}", msg.subject),
        };
        tracing::info!(subject = %msg.subject, code = err.code().as_str(), error = %err, "dead-lettering page");
        match self.sink.dead_letter(suffix, &msg_id, msg, &err).await {
            Ok(()) => Decision::DeadLettered(err.code().as_str()),
            Err(e) => {
                metrics::error("publish");
                Decision::Retry(format!("dead letter not stored: {}", e.0))
            }
        }
    }
}

fn age_seconds(published_nanos: i128) -> f64 {
    let now = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128);
    (now - published_nanos) as f64 / 1e9
}
