//! The metric catalogue: every name the daemon exports, in one place.
//!
//! Names follow Prometheus conventions (`_total` counters, `_seconds` and
//! `_bytes` units) and labels stay low-cardinality: outcome, error code,
//! pattern set (`common`, a language code or `site`, never a domain) and
//! reason. `deploy/` dashboards and alerts use only these names; a test
//! checks them against a live scrape.

use metrics::{counter, describe_counter, describe_gauge, describe_histogram, gauge, histogram};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

pub const PAGES: &str = "boilerstrip_pages_total";
pub const DEAD_LETTERS: &str = "boilerstrip_dead_letters_total";
pub const BYTES_IN: &str = "boilerstrip_bytes_in_total";
pub const BYTES_OUT: &str = "boilerstrip_bytes_out_total";
pub const LINES_REMOVED: &str = "boilerstrip_lines_removed_total";
pub const CLEAN_SECONDS: &str = "boilerstrip_clean_duration_seconds";
pub const AGE_SECONDS: &str = "boilerstrip_end_to_end_age_seconds";
pub const IN_FLIGHT: &str = "boilerstrip_messages_in_flight";
pub const REDELIVERIES: &str = "boilerstrip_redeliveries_total";
pub const RECONNECTS: &str = "boilerstrip_nats_reconnects_total";
pub const READY: &str = "boilerstrip_ready";
pub const BUILD_INFO: &str = "boilerstrip_build_info";
pub const ERRORS: &str = "boilerstrip_errors_total";
pub const RELOADS: &str = "boilerstrip_config_reloads_total";

const CLEAN_BUCKETS: [f64; 12] = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 2.0];
const AGE_BUCKETS: [f64; 12] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0, 30.0, 300.0, 3600.0];

/// Installs the global recorder and describes every metric.
pub fn install() -> crate::Result<PrometheusHandle> {
    let handle = PrometheusBuilder::new()
        .set_buckets_for_metric(metrics_exporter_prometheus::Matcher::Full(CLEAN_SECONDS.into()), &CLEAN_BUCKETS)
        .and_then(|b| b.set_buckets_for_metric(metrics_exporter_prometheus::Matcher::Full(AGE_SECONDS.into()), &AGE_BUCKETS))
        .map_err(|e| crate::Error::internal(format!("metrics buckets: {e}")))?
        .install_recorder()
        .map_err(|e| crate::Error::internal(format!("metrics recorder: {e}")))?;
    describe_counter!(PAGES, "Pages handled, by outcome: clean, empty, dropped_empty, dlq, retried.");
    describe_counter!(DEAD_LETTERS, "Pages sent to the dead-letter subject, by error code.");
    describe_counter!(BYTES_IN, "Bytes of page content received.");
    describe_counter!(BYTES_OUT, "Bytes of article text published.");
    describe_counter!(LINES_REMOVED, "Lines removed, by pattern set and reason.");
    describe_histogram!(CLEAN_SECONDS, "Time spent cleaning one page.");
    describe_histogram!(AGE_SECONDS, "Time from the page's arrival in JetStream to its record's PubAck.");
    describe_gauge!(IN_FLIGHT, "Pages pulled and not yet acked or NAKed.");
    describe_counter!(REDELIVERIES, "Pages received with a delivery count above 1.");
    describe_counter!(RECONNECTS, "Reconnections to NATS after a disconnect.");
    describe_gauge!(READY, "1 when connected to NATS with the consumer bound.");
    describe_gauge!(BUILD_INFO, "Always 1; the version is a label.");
    describe_counter!(ERRORS, "Transient failures, by kind: publish, ack, pull, auth (NATS refused the credentials).");
    describe_counter!(RELOADS, "Pattern set reloads, by result: ok, error.");
    gauge!(BUILD_INFO, "version" => env!("CARGO_PKG_VERSION")).set(1.0);
    // Known label values start at zero, so dashboards and alerts see them
    // before the first event.
    for outcome in ["clean", "empty", "dropped_empty", "dlq", "retried"] {
        counter!(PAGES, "outcome" => outcome).increment(0);
    }
    for code in ["invalid_json", "missing_field", "too_large", "undecodable", "internal"] {
        counter!(DEAD_LETTERS, "code" => code).increment(0);
    }
    for kind in ["publish", "ack", "pull", "auth"] {
        counter!(ERRORS, "kind" => kind).increment(0);
    }
    for result in ["ok", "error"] {
        counter!(RELOADS, "result" => result).increment(0);
    }
    counter!(BYTES_IN).increment(0);
    counter!(BYTES_OUT).increment(0);
    counter!(REDELIVERIES).increment(0);
    counter!(RECONNECTS).increment(0);
    gauge!(IN_FLIGHT).set(0.0);
    ready(false);
    Ok(handle)
}

pub fn page(outcome: &'static str) {
    counter!(PAGES, "outcome" => outcome).increment(1);
}

pub fn dead_letter(code: &'static str) {
    counter!(DEAD_LETTERS, "code" => code).increment(1);
}

pub fn error(kind: &'static str) {
    counter!(ERRORS, "kind" => kind).increment(1);
}

pub fn cleaned(bytes_in: usize, bytes_out: usize, seconds: f64, removals: &[crate::pipeline::Removal]) {
    counter!(BYTES_IN).increment(bytes_in as u64);
    counter!(BYTES_OUT).increment(bytes_out as u64);
    histogram!(CLEAN_SECONDS).record(seconds);
    for r in removals {
        counter!(LINES_REMOVED, "set" => r.set.clone(), "reason" => r.reason).increment(r.lines);
    }
}

pub fn age(seconds: f64) {
    histogram!(AGE_SECONDS).record(seconds.max(0.0));
}

pub fn in_flight(delta: f64) {
    gauge!(IN_FLIGHT).increment(delta);
}

pub fn redelivered() {
    counter!(REDELIVERIES).increment(1);
}

pub fn reconnected() {
    counter!(RECONNECTS).increment(1);
}

pub fn ready(on: bool) {
    gauge!(READY).set(if on { 1.0 } else { 0.0 });
}

pub fn reload(result: &'static str) {
    counter!(RELOADS, "result" => result).increment(1);
}
