//! Hot reload of the pattern sets: on SIGHUP, and when a file under the
//! pattern directory changes.
//!
//! In: the pattern directory, polled every [`POLL`] for a change of any
//! file's path, size or mtime (this also catches Kubernetes ConfigMap
//! updates, which swap a symlink). A change is acted on once it has been
//! stable for one more poll (debounce). Out: a new [`Pipeline`] swapped into
//! the shared slot. Pages already cleaning keep the pipeline they started
//! with, and new pages get the new one.
//!
//! The automata are built on the blocking pool, off the async workers. A set
//! that fails to build leaves the running one in place. The error (with the
//! file and line) is logged and `boilerstrip_config_reloads_total{result="error"}`
//! is counted.

use super::metrics;
use crate::pipeline::{Pipeline, PipelineBuilder};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};
use tokio::sync::watch;

/// How often the pattern directory is checked.
pub const POLL: Duration = Duration::from_secs(2);

type Snapshot = Vec<(PathBuf, u64, Option<SystemTime>)>;

fn snapshot(dir: &Path) -> Snapshot {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for e in entries.flatten() {
            let path = e.path();
            // metadata() follows symlinks, as the loader does.
            let Ok(meta) = std::fs::metadata(&path) else { continue };
            if meta.is_dir() {
                stack.push(path);
            } else {
                out.push((path, meta.len(), meta.modified().ok()));
            }
        }
    }
    out.sort();
    out
}

/// Rebuilds the pipeline from `dir`, swapping it in on success.
async fn reload(dir: &Path, max_bytes: usize, slot: &RwLock<Arc<Pipeline>>, why: &str) {
    let dir_owned = dir.to_path_buf();
    let built = tokio::task::spawn_blocking(move || PipelineBuilder::new().patterns_dir(&dir_owned).max_bytes(max_bytes).build()).await;
    match built {
        Ok(Ok(pipeline)) => {
            let count = pipeline.patterns().pattern_count();
            *slot.write().expect("pipeline lock is never poisoned") = Arc::new(pipeline);
            metrics::reload("ok");
            tracing::info!(trigger = why, patterns = count, "pattern sets reloaded");
        }
        Ok(Err(e)) => {
            metrics::reload("error");
            tracing::error!(trigger = why, error = %e, "pattern reload failed; keeping the running sets");
        }
        Err(e) => {
            metrics::reload("error");
            tracing::error!(trigger = why, error = %e, "pattern reload panicked; keeping the running sets");
        }
    }
}

/// Watches for SIGHUP and file changes until `stop` turns true.
pub async fn watch(dir: PathBuf, max_bytes: usize, slot: Arc<RwLock<Arc<Pipeline>>>, mut stop: watch::Receiver<bool>) {
    let mut hup = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        Ok(s) => Some(s),
        Err(e) => {
            tracing::warn!(error = %e, "no SIGHUP handler; reloading on file changes only");
            None
        }
    };
    let mut seen = snapshot(&dir);
    let mut pending: Option<Snapshot> = None;
    let mut tick = tokio::time::interval(POLL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let hup_recv = async {
            match hup.as_mut() {
                Some(h) => h.recv().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            _ = super::stopped(&mut stop) => return,
            _ = hup_recv => {
                reload(&dir, max_bytes, &slot, "SIGHUP").await;
                seen = snapshot(&dir);
                pending = None;
            }
            _ = tick.tick() => {
                let now = snapshot(&dir);
                if now == seen {
                    pending = None;
                } else if pending.as_ref() == Some(&now) {
                    reload(&dir, max_bytes, &slot, "file change").await;
                    seen = now;
                    pending = None;
                } else {
                    pending = Some(now);
                }
            }
        }
    }
}
