//! `[policy]` configuration and the per-recipient decision.
//!
//! Evaluation order (docs/policy.md), first that applies wins:
//! 1. PHI in the subject → `subject_phi_action` for every recipient (default:
//!    reject the message, since a subject travels and shows where a body does not).
//! 2. The first `[[policy.rule]]` whose recipient domains (and, if given, senders)
//!    match → its `phi` / `nonphi` decision.
//! 3. A recipient domain in `consumer_domains` (mailbox providers whose TLS is not
//!    trusted for PHI) and the message is PHI → `portal`.
//! 4. PHI → `default_phi` (default `tls-required`); not PHI → `deliver`.

use serde::Deserialize;

use super::detect::DetectorConfig;
use super::evidence::lexicons::{LexiconFiles, List};

/// How one recipient's copy may travel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// The destination's own rules and the configured TLS level.
    Deliver,
    /// Only over verified TLS (DANE, MTA-STS enforce or PKIX); else `tls_required_fallback`.
    TlsRequired,
    /// Kept encrypted for the secure portal; the recipient gets a notice (held until
    /// the portal exists: never delivered in clear).
    Portal,
    /// Refused at DATA with 550 5.7.1.
    Reject,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Deliver => "deliver",
            Decision::TlsRequired => "tls-required",
            Decision::Portal => "portal",
            Decision::Reject => "reject",
        }
    }
}

/// What happens to `tls-required` mail when verified TLS cannot be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Fallback {
    #[default]
    Portal,
    Defer,
    Bounce,
}

/// What content the classifier could not fully read counts as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum UnscannedAction {
    /// As PHI: it gets the PHI decisions (fail closed).
    #[default]
    Phi,
    /// Judged by the text that could be read; the `unscanned` reasons are still
    /// recorded in the `classified` event.
    Ignore,
}

/// What PHI in the subject does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum SubjectAction {
    /// Refuse the message, telling the sender to take the PHI out of the subject.
    #[default]
    Reject,
    /// Portal for every recipient, with the subject replaced in the notice.
    Portal,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSection {
    /// Shown in `policy test` and the `classified` audit event. Required.
    pub id: String,
    /// Recipient domains (exact, lower case; `*.example.org` for subdomains). Required.
    pub recipient_domains: Vec<String>,
    /// Only for these senders (addresses or `@domain`). Default: any sender.
    #[serde(default)]
    pub senders: Vec<String>,
    /// Decision for PHI mail. Default: the global `default_phi`.
    pub phi: Option<Decision>,
    /// Decision for other mail. Default: deliver.
    pub nonphi: Option<Decision>,
}

#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields, default)]
pub struct PolicySection {
    /// Classify at all. Default: true.
    pub enabled: bool,
    /// Subject tags that mark a message as PHI (case-insensitive). Default: [secure], [encrypt], [phi].
    pub subject_tags: Vec<String>,
    /// Remove the tag from the subject before delivery. Default: true.
    pub strip_subject_tags: bool,
    /// Headers that mark a message as PHI, as "Name: value" (case-insensitive). Default: ["X-PHI: yes"].
    pub phi_headers: Vec<String>,
    /// Microsoft 365 sensitivity label names (in `msip_labels`) that mark PHI.
    /// Default: ["PHI", "Confidential-PHI", "Highly Confidential"].
    pub msip_label_names: Vec<String>,
    /// Sensitivity label GUIDs that mark PHI (stable when a label is renamed).
    /// Default: none.
    pub msip_label_ids: Vec<String>,
    /// Senders whose mail is always PHI (addresses or `@domain`). Default: none.
    pub phi_senders: Vec<String>,
    /// PHI found in the subject: "reject" or "portal". Default: "reject".
    pub subject_phi_action: SubjectAction,
    /// Decision for PHI mail with no rule. Default: "tls-required".
    pub default_phi: Decision,
    /// When tls-required cannot be met: "portal", "defer" or "bounce". Default: "portal".
    pub tls_required_fallback: Fallback,
    /// Mailbox-provider domains whose TLS is not trusted for PHI (PHI there goes to the
    /// portal). Default: a short built-in list.
    pub consumer_domains: Vec<String>,
    /// A file of such domains, one per line (`#` comments), added to the list; the
    /// shipped one is config/consumer-domains.txt. Default: unset.
    pub consumer_domains_file: Option<String>,
    /// Bytes of text scanned per message at most. Default: 1048576.
    pub max_scan_bytes: usize,
    /// What a message the classifier could not fully read counts as: "phi"
    /// (fail closed) or "ignore" (judge it by what could be read). Default: "phi".
    pub unscanned_action: UnscannedAction,
    /// Wall-clock time one message's classification may take; past it the message
    /// counts as unscanned (`budget_exceeded`) and as PHI. Default: 5000.
    #[serde(deserialize_with = "crate::util::duration::millis")]
    pub classify_timeout_ms: u64,
    #[serde(rename = "rule")]
    pub rules: Vec<RuleSection>,
    pub detectors: DetectorConfig,
    /// Files that replace the shipped word lists of the evidence scan.
    pub lexicons: LexiconFiles,
    /// Those files' text, read by the config loader (not a config key).
    #[serde(skip)]
    pub lexicon_texts: Vec<(List, String)>,
}

impl Default for PolicySection {
    fn default() -> Self {
        Self {
            enabled: true,
            subject_tags: vec!["[secure]".into(), "[encrypt]".into(), "[phi]".into()],
            strip_subject_tags: true,
            phi_headers: vec!["X-PHI: yes".into()],
            msip_label_names: vec![
                "PHI".into(),
                "Confidential-PHI".into(),
                "Highly Confidential".into(),
            ],
            msip_label_ids: Vec::new(),
            phi_senders: Vec::new(),
            subject_phi_action: SubjectAction::Reject,
            default_phi: Decision::TlsRequired,
            tls_required_fallback: Fallback::Portal,
            // The shipped list (config/consumer-domains.txt), built in: the
            // default works from any directory; `consumer_domains_file` adds more.
            consumer_domains: read_domain_list(SHIPPED_CONSUMER_DOMAINS),
            consumer_domains_file: None,
            max_scan_bytes: 1 << 20,
            unscanned_action: UnscannedAction::Phi,
            classify_timeout_ms: 5000,
            rules: Vec::new(),
            detectors: DetectorConfig::default(),
            lexicons: LexiconFiles::default(),
            lexicon_texts: Vec::new(),
        }
    }
}

/// The lines of a domain-list file: one domain per line, `#` starts a comment.
/// `config/consumer-domains.txt` as shipped.
pub const SHIPPED_CONSUMER_DOMAINS: &str = include_str!("../../config/consumer-domains.txt");

pub fn read_domain_list(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| {
            l.split('#')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// Whether `domain` matches a rule entry (`example.org` or `*.example.org`).
pub fn domain_matches(pattern: &str, domain: &str) -> bool {
    let pattern = pattern.trim_end_matches('.').to_ascii_lowercase();
    match pattern.strip_prefix("*.") {
        Some(parent) => domain.ends_with(&format!(".{parent}")),
        None => pattern == domain,
    }
}

/// Whether `sender` matches an entry (`user@example.org` or `@example.org`).
pub fn sender_matches(pattern: &str, sender: &str) -> bool {
    let pattern = pattern.to_ascii_lowercase();
    let sender = sender.to_ascii_lowercase();
    if pattern.starts_with('@') {
        sender.ends_with(&pattern)
    } else {
        pattern == sender
    }
}

/// The decision for one recipient, and the id of the rule that made it.
pub fn decide(
    cfg: &PolicySection,
    phi: bool,
    subject_phi: bool,
    sender: &str,
    recipient_domain: &str,
) -> (Decision, String) {
    if subject_phi {
        let d = match cfg.subject_phi_action {
            SubjectAction::Reject => Decision::Reject,
            SubjectAction::Portal => Decision::Portal,
        };
        return (d, "subject-phi".into());
    }
    let rule = cfg.rules.iter().find(|r| {
        r.recipient_domains
            .iter()
            .any(|p| domain_matches(p, recipient_domain))
            && (r.senders.is_empty() || r.senders.iter().any(|s| sender_matches(s, sender)))
    });
    if let Some(r) = rule {
        let d = if phi {
            r.phi.unwrap_or(cfg.default_phi)
        } else {
            r.nonphi.unwrap_or(Decision::Deliver)
        };
        return (d, r.id.clone());
    }
    if phi
        && cfg
            .consumer_domains
            .iter()
            .any(|p| domain_matches(p, recipient_domain))
    {
        return (Decision::Portal, "consumer-domain".into());
    }
    if phi {
        (cfg.default_phi, "default-phi".into())
    } else {
        (Decision::Deliver, "default".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluation_order() {
        let mut cfg = PolicySection::default();
        cfg.rules.push(RuleSection {
            id: "baa".into(),
            recipient_domains: vec!["partner.example".into(), "*.partner.example".into()],
            senders: vec![],
            phi: Some(Decision::Deliver),
            nonphi: None,
        });
        assert_eq!(
            decide(&cfg, true, true, "a@x", "partner.example").0,
            Decision::Reject
        );
        assert_eq!(
            decide(&cfg, true, false, "a@x", "mx.partner.example"),
            (Decision::Deliver, "baa".into())
        );
        assert_eq!(
            decide(&cfg, true, false, "a@x", "gmail.com").0,
            Decision::Portal
        );
        assert_eq!(
            decide(&cfg, false, false, "a@x", "gmail.com").0,
            Decision::Deliver
        );
        assert_eq!(
            decide(&cfg, true, false, "a@x", "other.example"),
            (Decision::TlsRequired, "default-phi".into())
        );
        assert!(sender_matches("@clinic.example", "Billing@Clinic.Example"));
        assert!(!domain_matches("*.partner.example", "partner.example"));
    }

    /// What a sender can hide from the classifier (docs/policy.md, "What the
    /// classifier is for"), a rule's `nonphi` still protects.
    #[test]
    fn a_rules_nonphi_protects_mail_the_classifier_calls_clean() {
        let mut cfg = PolicySection::default();
        cfg.rules.push(RuleSection {
            id: "payer".into(),
            recipient_domains: vec!["payer.example".into()],
            senders: vec![],
            phi: Some(Decision::Portal),
            nonphi: Some(Decision::TlsRequired),
        });
        assert_eq!(
            decide(&cfg, false, false, "a@x", "payer.example"),
            (Decision::TlsRequired, "payer".into())
        );
        assert_eq!(
            decide(&cfg, false, false, "a@x", "other.example").0,
            Decision::Deliver
        );
    }
}
