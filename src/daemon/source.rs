//! The source: NATS in. Connects, binds the durable pull consumer, and turns
//! a JetStream message into a [`Page`].
//!
//! In: [`Settings`]. Out: a connected client, a [`PullConsumer`], and per
//! message either a `Page` or a page error whose code decides the dead-letter
//! entry (`invalid_json`, `missing_field`, `too_large`).
//!
//! A message is either a JSON envelope, or a raw body whose `Content-Type`
//! header is `text/html` or `text/plain`, with `Url` (required) and `Page-Id`
//! headers. Only this module and the sink know about NATS.

use super::Health;
use super::config::{Retention, Settings};
use super::metrics;
use crate::envelope::{Format, Page};
use crate::error::{Error, Result};
use async_nats::jetstream::consumer::{AckPolicy, PullConsumer, pull};
use async_nats::jetstream::context::{Context, GetStreamErrorKind};
use async_nats::jetstream::stream::{self, RetentionPolicy};
use async_nats::{Client, ConnectOptions, Event};
use std::sync::Arc;
use std::time::Duration;

/// Connects with retries forever; readiness follows the connection.
pub async fn connect(s: &Settings, health: Arc<Health>) -> Result<Client> {
    let n = &s.nats;
    let mut opts =
        ConnectOptions::new().name(&n.name).retry_on_initial_connect().max_reconnects(None).connection_timeout(Duration::from_secs(5)).event_callback(
            move |event| {
                let health = health.clone();
                async move {
                    match event {
                        Event::Connected => {
                            if health.set_connected(true) {
                                metrics::reconnected();
                            }
                            tracing::info!("connected to NATS");
                        }
                        Event::Disconnected => {
                            health.set_connected(false);
                            tracing::warn!("disconnected from NATS; reconnecting");
                        }
                        // A refusal at connect time reaches us as a client error
                        // that carries the server's words.
                        Event::ServerError(async_nats::ServerError::AuthorizationViolation) => refused(),
                        Event::ClientError(e) if e.to_string().contains("authorization violation") => refused(),
                        other => tracing::info!(event = %other, "NATS event"),
                    }
                }
            },
        );
    if let (Some(user), Some(pass)) = (&n.user, &n.password) {
        opts = opts.user_and_password(user.clone(), pass.0.clone());
    }
    if let Some(token) = &n.token {
        opts = opts.token(token.0.clone());
    }
    if let Some(seed) = &n.nkey_seed {
        opts = opts.nkey(seed.0.clone());
    }
    if let Some(path) = &n.creds_file {
        opts = opts.credentials_file(path).await.map_err(|e| Error::io(path, e))?;
    }
    if let Some(ca) = &n.tls_ca_file {
        opts = opts.add_root_certificates(ca.clone()).require_tls(true);
    }
    if let (Some(cert), Some(key)) = (&n.tls_cert_file, &n.tls_key_file) {
        opts = opts.add_client_certificate(cert.clone(), key.clone()).require_tls(true);
    }
    if n.tls_required {
        opts = opts.require_tls(true);
    }
    opts.connect(n.urls.clone()).await.map_err(|e| Error::config(format!("cannot connect to NATS at {:?}: {e}", n.urls)))
}

/// NATS refused the credentials: logged as an error, since retrying will
/// not help until they are fixed, and counted (after the log line, so that
/// a count seen means the line is written).
fn refused() {
    tracing::error!("NATS refused the credentials (authorization violation); retrying");
    metrics::error("auth");
}

fn retention(r: Retention) -> RetentionPolicy {
    match r {
        Retention::WorkQueue => RetentionPolicy::WorkQueue,
        Retention::Limits => RetentionPolicy::Limits,
    }
}

/// Whether a stream exists; `Err` only for a definite server answer other
/// than "not found". Transport failures come back as `Ok(None)` to retry.
async fn stream_exists(js: &Context, name: &str) -> Result<Option<bool>> {
    match js.get_stream(name).await {
        Ok(_) => Ok(Some(true)),
        Err(e) => match e.kind() {
            GetStreamErrorKind::JetStream(je) if je.error_code() == async_nats::jetstream::ErrorCode::STREAM_NOT_FOUND => Ok(Some(false)),
            GetStreamErrorKind::JetStream(je) => Err(Error::config(format!("stream {name}: {je}"))),
            _ => Ok(None),
        },
    }
}

/// Makes sure the three streams exist (creating them when allowed) and binds
/// the durable consumer. `Ok(None)` means NATS is not reachable yet.
pub async fn bind(js: &Context, s: &Settings) -> Result<Option<PullConsumer>> {
    let window = Duration::from_secs(s.output.duplicate_window_secs);
    let wanted = [
        (s.input.stream.clone(), s.input.subjects.clone(), retention(s.retention)),
        (s.output.stream.clone(), vec![format!("{}.>", s.output.subject_prefix)], RetentionPolicy::Limits),
        (s.output.dlq_stream.clone(), vec![format!("{}.>", s.output.dlq_subject_prefix)], RetentionPolicy::Limits),
    ];
    for (name, subjects, retention) in wanted {
        match stream_exists(js, &name).await? {
            None => return Ok(None),
            Some(true) => {}
            Some(false) if s.nats.create_streams => {
                let config = stream::Config { name: name.clone(), subjects, retention, duplicate_window: window, ..Default::default() };
                if let Err(e) = js.get_or_create_stream(config).await {
                    tracing::warn!(stream = %name, error = %e, "cannot create stream yet");
                    return Ok(None);
                }
                tracing::info!(stream = %name, "created stream");
            }
            Some(false) => {
                return Err(Error::config(format!("stream {name} does not exist; create it or start with --create-streams")));
            }
        }
    }
    let config = pull::Config {
        durable_name: Some(s.input.consumer.clone()),
        ack_policy: AckPolicy::Explicit,
        ack_wait: s.ack_wait,
        max_deliver: s.input.max_deliver,
        max_ack_pending: s.input.max_ack_pending,
        ..Default::default()
    };
    let stream = match js.get_stream(&s.input.stream).await {
        Ok(stream) => stream,
        Err(_) => return Ok(None),
    };
    let consumer = if s.nats.create_streams {
        stream.get_or_create_consumer(&s.input.consumer, config).await
    } else {
        match stream.get_consumer(&s.input.consumer).await {
            Ok(c) => Ok(c),
            // A stream made by the scraper may lack our consumer: creating
            // a durable consumer is idempotent and never loses pages.
            Err(_) => stream.get_or_create_consumer(&s.input.consumer, config).await,
        }
    };
    match consumer {
        Ok(c) => Ok(Some(c)),
        Err(e) => {
            tracing::warn!(error = %e, "cannot bind consumer yet");
            Ok(None)
        }
    }
}

/// The part of `subject` after the input prefix: `pages.raw.vi.x` -> `vi.x`.
pub fn suffix<'a>(subject: &'a str, input_prefix: &str) -> &'a str {
    match subject.strip_prefix(input_prefix) {
        Some(rest) if !rest.is_empty() => rest,
        _ => "unrouted",
    }
}

/// Reads a message as a page.
pub fn page_of(msg: &async_nats::Message, max_bytes: usize) -> Result<Page> {
    if msg.payload.len() > max_bytes {
        return Err(Error::too_large(msg.payload.len(), max_bytes));
    }
    let header = |name: &str| msg.headers.as_ref().and_then(|h| h.get(name)).map(|v| v.as_str().to_string());
    let content_type = header("Content-Type").unwrap_or_default().to_ascii_lowercase();
    let format = if content_type.starts_with("text/html") {
        Format::Html
    } else if content_type.starts_with("text/plain") {
        Format::Text
    } else {
        return Page::from_json(&msg.payload, true);
    };
    let url = header("Url").filter(|u| !u.trim().is_empty()).ok_or_else(|| Error::missing_field("Url header"))?;
    let charset = content_type.split(';').find_map(|p| p.trim().strip_prefix("charset=").map(|c| c.trim_matches('"').to_string()));
    Ok(Page {
        id: header("Page-Id"),
        url: Some(url),
        lang: header("Content-Language"),
        fetched_at: header("Fetched-At"),
        format,
        charset,
        content: msg.payload.to_vec(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffixes() {
        assert_eq!(suffix("pages.raw.vi.news", "pages.raw."), "vi.news");
        assert_eq!(suffix("pages.raw.", "pages.raw."), "unrouted");
        assert_eq!(suffix("other.subject", "pages.raw."), "unrouted");
    }
}
