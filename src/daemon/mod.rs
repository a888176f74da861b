//! The daemon: raw pages from a JetStream pull consumer in, clean records
//! (and dead letters) out, any number of replicas side by side.
//!
//! Flow: [`source`] (pull) -> [`worker`] (decode, clean on a bounded CPU
//! pool, publish through [`sink`], ack) with [`metrics`] and [`http`]
//! alongside. Delivery is at-least-once in and effectively once out: acks
//! follow PubAcks, and records carry `Nats-Msg-Id`.
//!
//! Backpressure: a page is pulled only when one of `max_in_flight` slots is
//! free, so a flood becomes consumer lag, not memory. Shutdown (the future
//! passed to [`run`]) stops pulling, lets in-flight pages finish within the
//! grace period, NAKs the rest, and drains the connection. Pattern sets
//! reload on SIGHUP or a file change ([`reload`]) without a restart.

pub mod config;
pub mod http;
pub mod metrics;
pub mod reload;
pub mod sink;
pub mod source;
pub mod worker;

use crate::error::{Error, Result};
use crate::pipeline::PipelineBuilder;
use config::Settings;
use futures::StreamExt;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::{Semaphore, watch};
use tokio::task::JoinSet;

/// Readiness, shared by the NATS event callback, the pull loop and `/readyz`.
#[derive(Default)]
pub struct Health {
    connected: AtomicBool,
    was_connected: AtomicBool,
    bound: AtomicBool,
    stopping: AtomicBool,
}

impl Health {
    /// Records the connection state; true when this is a *re*connection.
    pub fn set_connected(&self, on: bool) -> bool {
        self.connected.store(on, Ordering::SeqCst);
        let reconnect = on && self.was_connected.swap(true, Ordering::SeqCst);
        metrics::ready(self.is_ready());
        reconnect
    }

    fn set(&self, flag: &AtomicBool, on: bool) {
        flag.store(on, Ordering::SeqCst);
        metrics::ready(self.is_ready());
    }

    pub fn is_ready(&self) -> bool {
        self.connected.load(Ordering::SeqCst) && self.bound.load(Ordering::SeqCst) && !self.stopping.load(Ordering::SeqCst)
    }

    pub fn reason(&self) -> &'static str {
        if self.stopping.load(Ordering::SeqCst) {
            "shutting down"
        } else if !self.connected.load(Ordering::SeqCst) {
            "not connected to NATS"
        } else if !self.bound.load(Ordering::SeqCst) {
            "consumer not bound"
        } else {
            "ready"
        }
    }
}

/// How long one pull request waits for pages before asking again.
const PULL_EXPIRES: Duration = Duration::from_secs(2);
/// How long past its expiry a pull may stay unanswered before it is given up.
const PULL_SLACK: Duration = Duration::from_secs(3);

/// Runs until `shutdown` resolves, then drains. Errors are start-up errors
/// (bad patterns, a busy port, a missing stream): once running, NATS
/// failures are retried forever.
pub async fn run(settings: Settings, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<()> {
    let settings = Arc::new(settings);
    let pipeline = PipelineBuilder::new().patterns_dir(&settings.pipeline.patterns).max_bytes(settings.pipeline.max_bytes).build()?;
    tracing::info!(patterns = pipeline.patterns().pattern_count(), dir = %settings.pipeline.patterns.display(), "pattern sets compiled");
    let handle = metrics::install()?;
    let health = Arc::new(Health::default());
    let listener = tokio::net::TcpListener::bind(settings.listen).await.map_err(|e| Error::config(format!("cannot listen on {}: {e}", settings.listen)))?;
    tracing::info!(addr = %settings.listen, "serving /metrics, /healthz, /readyz");

    let (stop_tx, stop_rx) = watch::channel(false);
    tokio::spawn(async move {
        shutdown.await;
        let _ = stop_tx.send(true);
    });
    let http_stop = wait_stop(stop_rx.clone());
    tokio::spawn(http::serve(listener, handle, health.clone(), http_stop));

    let client = source::connect(&settings, health.clone()).await?;
    let js = async_nats::jetstream::new(client.clone());
    let Some(consumer) = bind_until_ready(&js, &settings, stop_rx.clone()).await? else {
        tracing::info!("stopped before the consumer was bound");
        return Ok(());
    };
    health.set(&health.bound, true);
    tracing::info!(stream = %settings.input.stream, consumer = %settings.input.consumer, "consumer bound; pulling pages");

    let slot = Arc::new(RwLock::new(Arc::new(pipeline)));
    tokio::spawn(reload::watch(settings.pipeline.patterns.clone(), settings.pipeline.max_bytes, slot.clone(), stop_rx.clone()));
    let worker = Arc::new(worker::Worker {
        settings: settings.clone(),
        pipeline: slot,
        sink: sink::Sink::new(js.clone(), &settings),
        cpu: Arc::new(Semaphore::new(settings.cpu_threads)),
    });
    let (cancel_tx, cancel_rx) = watch::channel(false);
    let slots = Arc::new(Semaphore::new(settings.max_in_flight));
    let mut tasks = JoinSet::new();
    let mut stop = stop_rx.clone();

    while !*stop.borrow() {
        // Wait for a free slot, then ask for as many pages as there are slots.
        let first = tokio::select! {
            permit = slots.clone().acquire_owned() => permit.expect("slots are never closed"),
            _ = stopped(&mut stop) => break,
        };
        let want = (slots.available_permits() + 1).min(settings.input.batch);
        let batch = tokio::select! {
            batch = consumer.batch().max_messages(want).expires(PULL_EXPIRES).messages() => batch,
            _ = stopped(&mut stop) => break,
        };
        let mut batch = match batch {
            Ok(b) => b,
            Err(e) => {
                metrics::error("pull");
                tracing::warn!(error = %e, "pull request failed; retrying");
                drop(first);
                tokio::time::sleep(Duration::from_millis(500)).await;
                continue;
            }
        };
        let mut permit = Some(first);
        loop {
            // The server ends a pull when it expires; a server that is gone
            // never does, so the wait is bounded here and shutdown cuts it.
            let next = tokio::select! {
                next = tokio::time::timeout(PULL_EXPIRES + PULL_SLACK, batch.next()) => next,
                _ = stopped(&mut stop) => break,
            };
            let msg = match next {
                Ok(Some(Ok(msg))) => msg,
                Ok(None) => break,
                Ok(Some(Err(e))) => {
                    metrics::error("pull");
                    tracing::debug!(error = %e, "pull batch ended with an error");
                    break;
                }
                Err(_) => {
                    metrics::error("pull");
                    tracing::debug!("pull batch got no answer from the server");
                    break;
                }
            };
            if *stop.borrow() {
                // In hand but not started: give it back at once.
                let _ = msg.ack_with(async_nats::jetstream::AckKind::Nak(None)).await;
                continue;
            }
            let slot = match permit.take() {
                Some(p) => p,
                None => slots.clone().acquire_owned().await.expect("slots are never closed"),
            };
            metrics::in_flight(1.0);
            let (w, c) = (worker.clone(), cancel_rx.clone());
            tasks.spawn(async move {
                w.handle(msg, c).await;
                drop(slot);
                metrics::in_flight(-1.0);
            });
        }
        while tasks.try_join_next().is_some() {}
    }

    health.set(&health.stopping, true);
    tracing::info!(in_flight = tasks.len(), grace = ?settings.shutdown_grace, "stopping: finishing in-flight pages");
    let finished = tokio::time::timeout(settings.shutdown_grace, async { while tasks.join_next().await.is_some() {} }).await;
    if finished.is_err() {
        tracing::warn!(left = tasks.len(), "grace period over; returning the rest to the stream");
        let _ = cancel_tx.send(true);
        let _ = tokio::time::timeout(Duration::from_secs(5), async { while tasks.join_next().await.is_some() {} }).await;
    }
    let _ = tokio::time::timeout(Duration::from_secs(5), client.flush()).await;
    let _ = tokio::time::timeout(Duration::from_secs(5), client.drain()).await;
    tracing::info!("stopped");
    Ok(())
}

async fn wait_stop(mut stop: watch::Receiver<bool>) {
    stopped(&mut stop).await;
}

/// Resolves once the stop flag is set (or its sender is gone). Holds no
/// borrow across the await, so the future is `Send`.
pub(crate) async fn stopped(stop: &mut watch::Receiver<bool>) {
    loop {
        if *stop.borrow_and_update() {
            return;
        }
        if stop.changed().await.is_err() {
            return;
        }
    }
}

/// Binds the consumer, retrying while NATS is unreachable. `Ok(None)` if
/// shutdown came first.
async fn bind_until_ready(
    js: &async_nats::jetstream::Context,
    settings: &Settings,
    mut stop: watch::Receiver<bool>,
) -> Result<Option<async_nats::jetstream::consumer::PullConsumer>> {
    let mut delay = Duration::from_millis(200);
    loop {
        if let Some(c) = source::bind(js, settings).await? {
            return Ok(Some(c));
        }
        tracing::info!(retry_in = ?delay, "NATS not reachable yet");
        tokio::select! {
            _ = tokio::time::sleep(delay) => {}
            _ = stopped(&mut stop) => return Ok(None),
        }
        delay = (delay * 2).min(Duration::from_secs(5));
    }
}
