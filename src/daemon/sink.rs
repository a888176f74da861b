//! The sink: NATS out. Publishes a record, or a dead-letter entry, through
//! JetStream and returns only once the server has stored it (its PubAck).
//!
//! In: a subject suffix, a message id and bytes. Out: `Ok` when stored
//! (including "duplicate": an earlier delivery already stored it), or a
//! transient error, on which the caller NAKs the page for a retry.
//!
//! Records carry `Nats-Msg-Id: <record id>`, so a redelivered page inside the
//! stream's duplicate window never yields a second record. Dead letters carry
//! the original headers and payload plus `Boilerstrip-Error: <code>` and
//! `Boilerstrip-Reason: <text>`.

use super::config::Settings;
use crate::error::Error;
use async_nats::HeaderMap;
use async_nats::jetstream::Context;
use bytes::Bytes;
use std::time::Duration;

pub struct Sink {
    js: Context,
    record_prefix: String,
    dlq_prefix: String,
    timeout: Duration,
}

/// A publish that did not get its PubAck: always worth a retry.
#[derive(Debug)]
pub struct PublishFailed(pub String);

impl Sink {
    pub fn new(js: Context, s: &Settings) -> Sink {
        Sink { js, record_prefix: s.output.subject_prefix.clone(), dlq_prefix: s.output.dlq_subject_prefix.clone(), timeout: s.publish_timeout }
    }

    pub async fn record(&self, suffix: &str, id: &str, json: Vec<u8>) -> Result<(), PublishFailed> {
        let mut headers = HeaderMap::new();
        headers.insert("Nats-Msg-Id", id);
        headers.insert("Content-Type", "application/json");
        self.publish(format!("{}.{suffix}", self.record_prefix), headers, json.into()).await
    }

    pub async fn dead_letter(&self, suffix: &str, msg_id: &str, original: &async_nats::Message, err: &Error) -> Result<(), PublishFailed> {
        let mut headers = original.headers.clone().unwrap_or_default();
        headers.insert("Nats-Msg-Id", msg_id);
        headers.insert("Boilerstrip-Error", err.code().as_str());
        let reason: String = err.to_string().chars().filter(|c| !c.is_control()).take(512).collect();
        headers.insert("Boilerstrip-Reason", reason.as_str());
        headers.insert("Boilerstrip-Subject", original.subject.as_str());
        self.publish(format!("{}.{suffix}", self.dlq_prefix), headers, original.payload.clone()).await
    }

    async fn publish(&self, subject: String, headers: HeaderMap, payload: Bytes) -> Result<(), PublishFailed> {
        let stored = async {
            let ack = self.js.publish_with_headers(subject, headers, payload).await.map_err(|e| e.to_string())?;
            ack.await.map_err(|e| e.to_string())
        };
        match tokio::time::timeout(self.timeout, stored).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(PublishFailed(e)),
            Err(_) => Err(PublishFailed(format!("no PubAck within {:?}", self.timeout))),
        }
    }
}
