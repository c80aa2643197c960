//! The policy version: what decides how a message is protected (the `[policy]`
//! section with its rules, detectors and word lists, and the outbound TLS levels
//! and routes) as one canonical JSON document and its SHA-256. Each `classified`
//! event names the version it was decided under, and `policy_versions` keeps
//! every document the relay ran with (45 CFR 164.316(b): which rule applied to a
//! message years ago has an answer).

use aws_lc_rs::digest;
use serde_json::{Value, json};

use super::Config;

/// One policy version: its document and the document's SHA-256 (hex).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyVersion {
    pub sha256: String,
    /// Canonical JSON (sorted keys, no secrets: passwords stay in their files).
    pub document: String,
}

impl PolicyVersion {
    pub fn of(cfg: &Config) -> Self {
        Self::from_document(&document(cfg))
    }

    fn from_document(doc: &Value) -> Self {
        // serde_json's map keeps keys sorted, so equal configs give equal text.
        let document = doc.to_string();
        let sha256 = hex::encode(digest::digest(&digest::SHA256, document.as_bytes()));
        Self { sha256, document }
    }

    /// The first 16 hex digits: enough to tell versions apart in a listing.
    pub fn short(&self) -> &str {
        &self.sha256[..16]
    }
}

fn document(cfg: &Config) -> Value {
    let t = &cfg.transport;
    // Replaced word lists count by their content: a file edited in place is a
    // new version even if its path is not.
    let lexicons: serde_json::Map<String, Value> = cfg
        .policy
        .lexicon_texts
        .iter()
        .map(|(list, text)| {
            let sha = digest::digest(&digest::SHA256, text.as_bytes());
            (list.key().to_string(), json!(hex::encode(sha)))
        })
        .collect();
    json!({
        "phirelay": env!("CARGO_PKG_VERSION"),
        "policy": serde_json::to_value(&cfg.policy).unwrap_or(Value::Null),
        "lexicon_sha256": lexicons,
        "transport": {
            "default_tls": t.default_tls,
            "tls_levels": t.tls_levels,
            "mta_sts": t.mta_sts,
            "honor_tls_required_no": t.honor_tls_required_no,
            "routes": t.routes.iter().map(|r| json!({
                "domain": r.domain, "host": r.host, "port": r.port, "auth": r.auth.is_some(),
            })).collect::<Vec<_>>(),
            "extra_ca_sha256": t.extra_cas.iter()
                .map(|der| hex::encode(digest::digest(&digest::SHA256, der)))
                .collect::<Vec<_>>(),
        },
        "dnssec": cfg.dns.dnssec,
        "portal": cfg.portal.is_some(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_document_same_version_and_any_change_is_new() {
        let a = PolicyVersion::from_document(&json!({"policy": {"b": 1, "a": [1, 2]}}));
        let b = PolicyVersion::from_document(&json!({"policy": {"a": [1, 2], "b": 1}}));
        assert_eq!(a, b);
        assert_eq!(a.sha256.len(), 64);
        assert_eq!(a.short().len(), 16);
        let c = PolicyVersion::from_document(&json!({"policy": {"a": [1, 3], "b": 1}}));
        assert_ne!(a.sha256, c.sha256);
    }
}
