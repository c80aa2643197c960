//! What an audit event adds to the counters: read from the event's typed
//! kind and a few bounded fields of its details, when it is appended to the
//! chain; emitted after the commit.

use metrics::{counter, histogram};
use serde_json::Value;

use crate::audit::{AuditEvent, EventType};

/// One event's contribution, kept until its transaction commits.
#[derive(Debug, Clone)]
pub enum Fact {
    Accepted {
        relay_written: bool,
    },
    Rejected {
        reason: &'static str,
    },
    Classified {
        phi: bool,
        decisions: Vec<&'static str>,
    },
    Held {
        reason: &'static str,
    },
    Result {
        outcome: &'static str,
        /// The recipient's domain if the admin watches it, else `other`.
        destination: String,
        verified: &'static str,
        source: &'static str,
        phi_unverified: bool,
        latency_s: Option<f64>,
    },
    Dsn,
    Portal {
        event: &'static str,
    },
    Shredded {
        messages: u64,
    },
    ConfigLoaded {
        reason: &'static str,
    },
    ApiKeySuspended,
}

/// Map a free string from details onto a fixed set (unknown values become
/// "other", so a label never takes a value from outside the list).
fn bounded(v: Option<&str>, allowed: &[&'static str]) -> &'static str {
    v.and_then(|v| allowed.iter().copied().find(|a| *a == v))
        .unwrap_or("other")
}

const REASONS: &[&str] = &[
    "relay_denied",
    "auth_before_tls",
    "auth_failed",
    "tls_required",
    "auth_required",
    "size_exceeded",
    "inflight_budget",
    "policy",
    "bare_line_end",
    "nul_in_data",
    "line_too_long",
    "source_check",
    "hop_limit",
    "suppressed",
];
const DECISIONS: &[&str] = &["deliver", "tls-required", "portal", "reject"];
const VERIFIED: &[&str] = &["dane", "pkix"];
const SOURCES: &[&str] = &["dane", "mta-sts", "pkix", "none"];
const HELD: &[&str] = &["policy", "verified_tls_unavailable"];
const LOADS: &[&str] = &["start", "reload"];

impl Fact {
    pub fn of(ev: &AuditEvent) -> Option<Fact> {
        let d = &ev.details;
        let s = |k: &str| d.get(k).and_then(Value::as_str);
        Some(match ev.event {
            EventType::Received => Fact::Accepted {
                relay_written: d.get("kind").is_some(),
            },
            EventType::Rejected => Fact::Rejected {
                reason: bounded(s("reason"), REASONS),
            },
            EventType::Classified => Fact::Classified {
                phi: d.get("phi").and_then(Value::as_bool).unwrap_or(false),
                decisions: d
                    .get("decisions")
                    .and_then(Value::as_array)
                    .map(|a| {
                        a.iter()
                            .map(|x| bounded(x.get("decision").and_then(Value::as_str), DECISIONS))
                            .collect()
                    })
                    .unwrap_or_default(),
            },
            EventType::Held => Fact::Held {
                reason: bounded(s("reason"), HELD),
            },
            EventType::Delivered | EventType::Deferred | EventType::Bounced => result(ev),
            // A recipient's expiry has a reply code; a pickup's is a portal event.
            EventType::Expired if d.get("code").is_some() => result(ev),
            EventType::Expired => Fact::Portal { event: "expired" },
            EventType::DsnSent => Fact::Dsn,
            EventType::PickupCreated
            | EventType::NoticeSent
            | EventType::CodeSent
            | EventType::AuthFailed
            | EventType::AuthOk
            | EventType::Viewed
            | EventType::Downloaded
            | EventType::Replied
            | EventType::Recalled
            | EventType::LoggedOut => Fact::Portal {
                event: ev.event.as_str(),
            },
            EventType::ContentShredded => Fact::Shredded {
                messages: d.get("messages").and_then(Value::as_u64).unwrap_or(0),
            },
            EventType::ConfigLoaded => Fact::ConfigLoaded {
                reason: bounded(s("reason"), LOADS),
            },
            EventType::ApiKey if s("action") == Some("suspended") => Fact::ApiKeySuspended,
            EventType::Attempt
            | EventType::Admin
            | EventType::KeyRotated
            | EventType::ApiKey
            | EventType::ApiCall => return None,
        })
    }

    pub fn emit(&self) {
        match self {
            Fact::Accepted { relay_written } => {
                let origin = if *relay_written { "relay" } else { "client" };
                counter!("phirelay_messages_accepted_total", "origin" => origin).increment(1);
            }
            Fact::Rejected { reason } => {
                counter!("phirelay_rejections_total", "reason" => *reason).increment(1)
            }
            Fact::Classified { phi, decisions } => {
                let phi = if *phi { "true" } else { "false" };
                counter!("phirelay_classified_total", "phi" => phi).increment(1);
                for d in decisions {
                    counter!("phirelay_decisions_total", "decision" => *d).increment(1);
                }
            }
            Fact::Held { reason } => {
                counter!("phirelay_held_total", "reason" => *reason).increment(1)
            }
            Fact::Result {
                outcome,
                destination,
                verified,
                source,
                phi_unverified,
                latency_s,
            } => {
                counter!("phirelay_deliveries_total", "outcome" => *outcome, "tls_verified" => *verified, "policy_source" => *source)
                    .increment(1);
                counter!("phirelay_destination_results_total", "domain" => destination.clone(), "outcome" => *outcome)
                    .increment(1);
                if *phi_unverified {
                    counter!("phirelay_phi_delivered_unverified_total").increment(1);
                }
                if let Some(l) = latency_s {
                    histogram!("phirelay_delivery_latency_seconds").record(*l);
                }
            }
            Fact::Dsn => counter!("phirelay_dsn_total").increment(1),
            Fact::Portal { event } => {
                counter!("phirelay_portal_events_total", "event" => *event).increment(1)
            }
            Fact::Shredded { messages } => {
                counter!("phirelay_content_shredded_total").increment(*messages)
            }
            Fact::ConfigLoaded { reason } => {
                counter!("phirelay_config_loads_total", "reason" => *reason).increment(1)
            }
            Fact::ApiKeySuspended => counter!("phirelay_api_keys_suspended_total").increment(1),
        }
    }
}

fn result(ev: &AuditEvent) -> Fact {
    let (event, d) = (ev.event, &ev.details);
    let verified = match d.pointer("/tls/verified").and_then(Value::as_str) {
        Some(v) => bounded(Some(v), VERIFIED),
        None if d.get("tls").is_some_and(Value::is_object) => "unverified",
        None => "no_tls",
    };
    let source = match d.get("policy_source").and_then(Value::as_str) {
        Some(s) => bounded(Some(s), SOURCES),
        None => "none",
    };
    let delivered = event == EventType::Delivered;
    let phi = d.get("phi").and_then(Value::as_bool).unwrap_or(false);
    Fact::Result {
        outcome: event.as_str(),
        destination: super::destination_label(ev.recipient.as_deref()),
        verified,
        source,
        phi_unverified: delivered && phi && !matches!(verified, "dane" | "pkix"),
        latency_s: delivered
            .then(|| d.get("since_received_ms").and_then(Value::as_i64))
            .flatten()
            .map(|ms| ms as f64 / 1000.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn labels_stay_in_their_sets() {
        let ev = AuditEvent::new(EventType::Rejected, "t", json!({"reason": "a\nnew-reason"}));
        assert!(matches!(
            Fact::of(&ev),
            Some(Fact::Rejected { reason: "other" })
        ));
        let ev = AuditEvent::new(
            EventType::Delivered,
            "t",
            json!({"code": 250, "phi": true, "tls": {"version": "TLSv1.3", "verified": null},
                   "policy_source": "none", "since_received_ms": 1500}),
        );
        let Some(Fact::Result {
            verified,
            phi_unverified,
            latency_s,
            ..
        }) = Fact::of(&ev)
        else {
            panic!("a result")
        };
        assert_eq!(verified, "unverified");
        assert!(phi_unverified);
        assert_eq!(latency_s, Some(1.5));
        super::super::watch_destination_domains(vec!["gmail.com".into()]);
        let to = |rcpt: &str| {
            let ev = AuditEvent::new(EventType::Bounced, "t", json!({"code": 550})).recipient(rcpt);
            match Fact::of(&ev) {
                Some(Fact::Result { destination, .. }) => destination,
                _ => panic!("a result"),
            }
        };
        assert_eq!(to("someone@GMail.com."), "gmail.com");
        assert_eq!(to("someone@smith-family.example"), "other");
        assert_eq!(to("x@gmail.com\"} 1\nevil{a=\"b"), "other");
        let expired_pickup = AuditEvent::new(EventType::Expired, "t", json!({"pickup_id": "P"}));
        assert!(matches!(
            Fact::of(&expired_pickup),
            Some(Fact::Portal { event: "expired" })
        ));
    }
}
