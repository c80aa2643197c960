//! Prometheus metrics (docs/metrics.md). Most counters are read off the audit
//! events a commit wrote ([`Fact`]): what the metrics say happened is exactly
//! what the audit log says, counted once per committed event (a batch that
//! fails and is retried counts only what finally commits). Queue depth and age
//! are read from the store at each scrape. Labels are bounded sets (reasons,
//! decisions, TLS kinds, event names), never an address or id, and a domain
//! only from the admin's `metrics.destination_domains` (others are `other`).

mod facts;
pub mod server;

use std::sync::OnceLock;

use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

pub use facts::Fact;

/// Seconds buckets: from a millisecond to a day (delivery can take that long).
const LATENCY_BUCKETS: &[f64] = &[
    0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0, 3600.0, 14400.0, 86400.0,
];
const COMMIT_BUCKETS: &[f64] = &[
    0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 5.0,
];

static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();

/// `metrics.destination_domains`, sorted: the domains with a series of their own.
static WATCHED: std::sync::RwLock<Vec<String>> = std::sync::RwLock::new(Vec::new());

/// Set the destination domains that get their own label (at start-up).
pub fn watch_destination_domains(mut domains: Vec<String>) {
    domains.sort();
    let mut w = WATCHED.write().unwrap_or_else(|p| p.into_inner());
    *w = domains;
}

/// The label for a recipient's domain: the domain when watched, else `other`.
fn destination_label(recipient: Option<&str>) -> String {
    let domain = recipient
        .and_then(|r| r.rsplit_once('@'))
        .map(|(_, d)| d.trim_end_matches('.').to_ascii_lowercase());
    let w = WATCHED.read().unwrap_or_else(|p| p.into_inner());
    match domain {
        Some(d) if w.binary_search(&d).is_ok() => d,
        _ => "other".to_string(),
    }
}

/// Install the recorder (once per process; later calls return the same
/// handle). None if another recorder was installed first.
pub fn install() -> Option<PrometheusHandle> {
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full("phirelay_delivery_latency_seconds".into()),
                    LATENCY_BUCKETS,
                )
                .and_then(|b| {
                    b.set_buckets_for_metric(
                        Matcher::Full("phirelay_store_commit_seconds".into()),
                        COMMIT_BUCKETS,
                    )
                });
            let handle = builder.ok()?.install_recorder().ok()?;
            describe();
            Some(handle)
        })
        .clone()
}

fn describe() {
    use metrics::{describe_counter, describe_gauge, describe_histogram};
    describe_counter!(
        "phirelay_smtp_connections_total",
        "SMTP connections accepted, by listener mode."
    );
    describe_counter!(
        "phirelay_messages_accepted_total",
        "Messages committed (250 sent), by origin: client or relay (DSNs, portal mail, TLS reports)."
    );
    describe_counter!(
        "phirelay_rejections_total",
        "Refusals written to the audit log, by reason."
    );
    describe_counter!(
        "phirelay_classified_total",
        "Messages classified, by whether they count as PHI."
    );
    describe_counter!(
        "phirelay_decisions_total",
        "Per-recipient policy decisions."
    );
    describe_counter!(
        "phirelay_held_total",
        "Recipients held for the secure portal, by reason."
    );
    describe_counter!(
        "phirelay_deliveries_total",
        "Per-recipient delivery results, by outcome, TLS verification and policy source."
    );
    describe_counter!(
        "phirelay_api_keys_suspended_total",
        "HTTP API keys suspended (by the anomaly guard or an administrator)."
    );
    describe_counter!(
        "phirelay_destination_results_total",
        "Per-recipient results by destination domain (metrics.destination_domains; the rest: other) and outcome."
    );
    describe_counter!(
        "phirelay_phi_delivered_unverified_total",
        "PHI copies delivered without verified TLS (allowed only by an administrator's rule): every one is an incident."
    );
    describe_counter!(
        "phirelay_dsn_total",
        "Delivery status notifications queued for senders."
    );
    describe_counter!(
        "phirelay_portal_events_total",
        "Secure portal events (sign-ins, failures, reads, downloads, replies, expiries, recalls)."
    );
    describe_counter!(
        "phirelay_content_shredded_total",
        "Messages whose sealed content the retention sweep destroyed."
    );
    describe_counter!(
        "phirelay_config_loads_total",
        "Policy versions a node started with, by reason."
    );
    describe_histogram!(
        "phirelay_delivery_latency_seconds",
        metrics::Unit::Seconds,
        "From acceptance to delivery, per delivered recipient."
    );
    describe_histogram!(
        "phirelay_store_commit_seconds",
        metrics::Unit::Seconds,
        "Group commits to the store, duration."
    );
    describe_counter!(
        "phirelay_store_commit_failures_total",
        "Group commits that failed (each write is then retried alone)."
    );
    describe_gauge!(
        "phirelay_queue_recipients",
        "Recipients in the store by state (read at scrape)."
    );
    describe_gauge!(
        "phirelay_queue_oldest_age_seconds",
        "Age of the oldest recipient still queued, deferred or held (read at scrape)."
    );
    describe_gauge!("phirelay_up", "1 while the relay serves.");
}

/// Whether this process serves metrics: the facts of audit events are
/// gathered only then (nothing extra on the commit path otherwise).
pub fn enabled() -> bool {
    HANDLE.get().is_some_and(Option::is_some)
}

/// Count what a commit wrote.
pub fn committed(facts: &[Fact]) {
    for f in facts {
        f.emit();
    }
}
