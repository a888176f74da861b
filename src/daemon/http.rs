//! The operations listener: `/metrics`, `/healthz`, `/readyz`.
//!
//! In: GET requests on one address. Out: Prometheus text, or a plain status.
//! `/healthz` is 200 while the process runs; `/readyz` is 200 only while
//! NATS is connected and the consumer is bound, else 503. Three fixed GET
//! routes need no web framework: each connection gets one response and is
//! closed. Requests larger than 8 KiB or slower than 5 s are dropped.
//!
//! The listener also runs the exporter's upkeep every [`UPKEEP_EVERY`]:
//! histogram samples wait in the recorder until a scrape or an upkeep drains
//! them, so a replica nobody scrapes would otherwise grow by every sample.

use super::Health;
use metrics_exporter_prometheus::PrometheusHandle;
use std::sync::Arc;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// How often histogram samples are drained into their buckets.
pub const UPKEEP_EVERY: Duration = Duration::from_secs(5);

pub async fn serve(listener: TcpListener, handle: PrometheusHandle, health: Arc<Health>, shutdown: impl std::future::Future<Output = ()>) {
    tokio::pin!(shutdown);
    let mut upkeep = tokio::time::interval(UPKEEP_EVERY);
    upkeep.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = &mut shutdown => return,
            _ = upkeep.tick() => handle.run_upkeep(),
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else { continue };
                let (handle, health) = (handle.clone(), health.clone());
                tokio::spawn(async move {
                    let _ = tokio::time::timeout(Duration::from_secs(5), respond(stream, &handle, &health)).await;
                });
            }
        }
    }
}

async fn respond(mut stream: TcpStream, handle: &PrometheusHandle, health: &Health) -> std::io::Result<()> {
    let mut buf = vec![0u8; 8192];
    let mut len = 0;
    while !buf[..len].windows(4).any(|w| w == b"\r\n\r\n") {
        if len == buf.len() {
            return Ok(());
        }
        let n = stream.read(&mut buf[len..]).await?;
        if n == 0 {
            return Ok(());
        }
        len += n;
    }
    let head = String::from_utf8_lossy(&buf[..len]);
    let mut parts = head.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = path.split('?').next().unwrap_or("");
    let (status, ctype, body) = match (method, path) {
        ("GET", "/metrics") => ("200 OK", "text/plain; version=0.0.4", handle.render()),
        ("GET", "/healthz") => ("200 OK", "text/plain", "ok\n".to_string()),
        ("GET", "/readyz") if health.is_ready() => ("200 OK", "text/plain", "ready\n".to_string()),
        ("GET", "/readyz") => ("503 Service Unavailable", "text/plain", format!("not ready: {}\n", health.reason())),
        ("GET", _) => ("404 Not Found", "text/plain", "not found\n".to_string()),
        _ => ("405 Method Not Allowed", "text/plain", "GET only\n".to_string()),
    };
    let response = format!("HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}", body.len());
    stream.write_all(response.as_bytes()).await?;
    stream.shutdown().await
}
