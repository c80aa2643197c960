//! The policy engine: classify a message (detectors over its text, plus triggers:
//! subject tags, PHI headers, Microsoft 365 sensitivity labels, sender rules) and
//! decide per recipient. Runs in the session before the 250, so the decisions are
//! committed with the message. Sees all of the message's text; returns detector
//! names, counts, scores and trigger names only.

use serde_json::{Value, json};

use std::sync::Arc;

use super::detect::normal::Normalized;
use super::detect::{Detector, DetectorError, Detectors, Finding, Label, summarize};
use super::evidence::{self, Evidence, LexiconError, Lexicons, Scanned, SenderName};
use super::extract::{PartKind, extract};
use super::rules::{Decision, PolicySection, UnscannedAction, decide};
use super::triggers::fired;

/// Why an engine could not be built from its section (config problems only).
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Detectors(#[from] DetectorError),
    #[error(transparent)]
    Lexicon(#[from] LexiconError),
}

/// A finding that identifies a patient by itself (not a provider's number,
/// not a condition): in a subject, the message can't travel as it is.
fn identifies(f: &Finding) -> bool {
    f.counts()
        && matches!(
            f.detector,
            Detector::Ssn
                | Detector::Mbi
                | Detector::Mrn
                | Detector::MemberId
                | Detector::Dob
                | Detector::Hl7
        )
}

/// What the engine found in one message (no matched values).
#[derive(Debug, Clone)]
pub struct Classification {
    pub labels: Vec<Label>,
    /// Trigger names: subject_tag, x_phi_header, msip_label, sender_rule.
    pub triggers: Vec<&'static str>,
    pub phi: bool,
    /// A detector counted something in the subject itself.
    pub subject_phi: bool,
    pub truncated: bool,
    /// Why some content could not be read (empty when all of it was).
    pub unscanned: Vec<&'static str>,
    /// Identity and health evidence kinds, and the basis of the verdict.
    pub evidence: Evidence,
}

impl Classification {
    /// The classifier itself failed on this message: it counts as PHI.
    pub fn unreadable() -> Self {
        Self::not_read("extractor_failed")
    }

    /// Classification did not finish within `[policy] classify_timeout_ms`:
    /// nothing is known, so it counts as PHI whatever `unscanned_action` says.
    pub fn over_budget() -> Self {
        Self::not_read("budget_exceeded")
    }

    fn not_read(reason: &'static str) -> Self {
        Self {
            labels: Vec::new(),
            triggers: Vec::new(),
            phi: true,
            subject_phi: false,
            truncated: false,
            unscanned: vec![reason],
            evidence: Evidence::none(),
        }
    }

    pub fn to_json(&self) -> Value {
        json!({
            "phi": self.phi,
            "subject_phi": self.subject_phi,
            "labels": self.labels.iter().map(|l| json!({"detector": l.detector.as_str(), "count": l.count, "score": (l.max_score * 100.0).round() / 100.0})).collect::<Vec<_>>(),
            "triggers": self.triggers,
            "truncated": self.truncated,
            "unscanned": self.unscanned,
            "evidence": self.evidence,
        })
    }
}

pub struct Engine {
    pub cfg: PolicySection,
    detectors: Detectors,
    lexicons: Arc<Lexicons>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "policy::Engine(enabled={}, rules={})",
            self.cfg.enabled,
            self.cfg.rules.len()
        )
    }
}

impl Engine {
    pub fn new(cfg: PolicySection) -> Result<Self, EngineError> {
        let detectors = Detectors::new(&cfg.detectors)?;
        let lexicons = match cfg.lexicon_texts.is_empty() {
            true => Lexicons::shipped()?,
            false => Arc::new(Lexicons::build(&|list| {
                cfg.lexicon_texts
                    .iter()
                    .find(|(l, _)| *l == list)
                    .map(|(_, t)| t.clone())
            })?),
        };
        Ok(Self {
            cfg,
            detectors,
            lexicons,
        })
    }

    pub fn classify(&self, raw: &[u8], sender: &str) -> Classification {
        let text = extract(raw, self.cfg.max_scan_bytes);
        let lex = &self.lexicons;
        let mut findings = Vec::new();
        // The units whose evidence combines: the subject first, then the parts.
        let mut scanned = vec![self.scan(&text.subject)];
        let mut subject_phi = scanned[0].findings.iter().any(identifies);
        for (kind, part) in &text.parts {
            let s = self.scan(part);
            // A file name is no place for a patient's evidence to combine.
            match kind {
                PartKind::FileName => findings.extend(s.findings),
                _ => scanned.push(s),
            }
        }
        // Every other Subject (a client shows the first; mail-parser kept the
        // last), unstructured headers and display names: their identifiers count.
        let header_texts = super::header_text::header_texts(raw);
        let mut subjects = vec![text.subject.to_ascii_lowercase()];
        for h in header_texts
            .iter()
            .filter(|h| h.text.trim() != text.subject.trim())
        {
            let s = self.scan(&h.text);
            if h.subject {
                subject_phi |= s.findings.iter().any(identifies);
                subjects.push(h.text.to_ascii_lowercase());
                scanned.push(s);
            } else {
                findings.extend(s.findings);
            }
        }
        let senders: Vec<SenderName> = header_texts
            .iter()
            .filter(|h| h.sender)
            .filter_map(|h| SenderName::parse(&h.text))
            .collect();
        let units = evidence::units(&scanned, lex, &senders);
        findings.extend(scanned.into_iter().flat_map(|s| s.findings));
        let labels = summarize(&findings);
        let evidence = evidence::assess(&units);
        let triggers = fired(&self.cfg, &subjects, &header_lines(raw), sender);
        let unscanned: Vec<&'static str> = text.unscanned.iter().map(|u| u.as_str()).collect();
        // Fail closed: what could not be read counts as PHI unless the admin said not to.
        let unread_is_phi =
            !unscanned.is_empty() && self.cfg.unscanned_action == UnscannedAction::Phi;
        let phi = evidence.is_phi() || !triggers.is_empty() || unread_is_phi;
        Classification {
            phi,
            // A patient identifier in the subject of a PHI message travels in clear.
            subject_phi: subject_phi && phi,
            labels,
            triggers,
            truncated: text.truncated,
            unscanned,
            evidence,
        }
    }

    /// One unit's text through the detectors.
    fn scan<'t>(&self, text: &'t str) -> Scanned<'t> {
        let norm = Normalized::new(text);
        let findings = self.detectors.scan_normalized(text, &norm);
        Scanned {
            text,
            norm,
            findings,
        }
    }

    /// The decision for one recipient and the rule that made it.
    pub fn decide(&self, c: &Classification, sender: &str, recipient: &str) -> (Decision, String) {
        let domain = recipient
            .rsplit_once('@')
            .map(|(_, d)| d.to_ascii_lowercase())
            .unwrap_or_default();
        decide(&self.cfg, c.phi, c.subject_phi, sender, &domain)
    }

    /// The message with configured subject tags removed from an unfolded Subject
    /// line, or None when there is nothing to strip.
    pub fn strip_subject_tags(&self, message: &[u8]) -> Option<Vec<u8>> {
        if !self.cfg.strip_subject_tags {
            return None;
        }
        let end = message.windows(4).position(|w| w == b"\r\n\r\n")?;
        let head = std::str::from_utf8(&message[..end]).ok()?;
        let mut changed = false;
        let lines: Vec<String> = head
            .split("\r\n")
            .map(|line| {
                // `get`, not slicing: byte 8 may fall inside a multi-byte
                // character of another header ("To: José …").
                let name = line.get(..8);
                let (Some(name), Some(rest)) = (name, line.get(8..)) else {
                    return line.to_string();
                };
                if !name.eq_ignore_ascii_case("subject:") {
                    return line.to_string();
                }
                let mut value = rest.to_string();
                for tag in &self.cfg.subject_tags {
                    if let Some(pos) = value.to_ascii_lowercase().find(&tag.to_ascii_lowercase()) {
                        value.replace_range(pos..pos + tag.len(), "");
                        changed = true;
                    }
                }
                format!(
                    "Subject: {}",
                    value.split_whitespace().collect::<Vec<_>>().join(" ")
                )
            })
            .collect();
        changed.then(|| [lines.join("\r\n").as_bytes(), &message[end..]].concat())
    }
}

/// Unfolded (name, value) header lines of the header block.
fn header_lines(raw: &[u8]) -> Vec<(String, String)> {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let head = String::from_utf8_lossy(&raw[..end]);
    let mut out: Vec<(String, String)> = Vec::new();
    for line in head.split("\r\n") {
        if line.starts_with([' ', '\t']) {
            if let Some(last) = out.last_mut() {
                last.1.push(' ');
                last.1.push_str(line.trim());
            }
        } else if let Some((n, v)) = line.split_once(':') {
            out.push((n.trim().to_string(), v.trim().to_string()));
        }
    }
    out
}

#[cfg(test)]
mod tests {

    #[test]
    fn tag_stripping_survives_multibyte_headers() {
        let cfg = PolicySection {
            subject_tags: vec!["[secure]".into()],
            ..PolicySection::default()
        };
        let e = Engine::new(cfg).unwrap();
        let msg = "To: José Núñez <j@example.org>\r\nFrom: Dr Müller <m@example.org>\r\n\
                   Subject: [secure] Résumé\r\n\r\nbody\r\n"
            .as_bytes();
        let out = String::from_utf8(e.strip_subject_tags(msg).unwrap()).unwrap();
        assert!(out.contains("Subject: Résumé\r\n"), "{out}");
        assert!(out.starts_with("To: José Núñez"), "{out}");
    }
    use super::*;

    fn engine() -> Engine {
        Engine::new(PolicySection::default()).unwrap()
    }

    #[test]
    fn triggers_and_tag_stripping() {
        let e = engine();
        let m = b"Subject: [SECURE] results\r\nX-PHI: Yes\r\nmsip_labels: MSIP_Label_abc_Enabled=true;\r\n MSIP_Label_abc_Name=Confidential-PHI;\r\n\r\nhello\r\n";
        let c = e.classify(m, "a@x.example");
        assert!(c.phi);
        assert_eq!(
            c.triggers,
            vec!["subject_tag", "x_phi_header", "msip_label"]
        );
        let stripped = String::from_utf8(e.strip_subject_tags(m).unwrap()).unwrap();
        assert!(stripped.starts_with("Subject: results\r\n"), "{stripped}");
        // Near misses: another header value, another label name, a tag-like word.
        let near = b"Subject: [securely] done\r\nX-PHI: no\r\nmsip_labels: MSIP_Label_abc_Name=General;\r\n\r\nhi\r\n";
        assert!(e.classify(near, "a@x.example").triggers.is_empty());
        let senders = PolicySection {
            phi_senders: vec!["@billing.clinic.example".into()],
            ..Default::default()
        };
        let e2 = Engine::new(senders).unwrap();
        assert_eq!(
            e2.classify(b"Subject: x\r\n\r\ny\r\n", "a@billing.clinic.example")
                .triggers,
            vec!["sender_rule"]
        );
        assert!(
            e2.classify(b"Subject: x\r\n\r\ny\r\n", "a@clinic.example")
                .triggers
                .is_empty()
        );
        let plain = e.classify(b"Subject: lunch\r\n\r\nsee you at noon\r\n", "a@x.example");
        assert!(!plain.phi);
        assert_eq!(e.decide(&plain, "a@x", "b@gmail.com").0, Decision::Deliver);
        assert_eq!(e.decide(&c, "a@x", "b@gmail.com").0, Decision::Portal);
        assert_eq!(
            e.decide(&c, "a@x", "b@partner.example").0,
            Decision::TlsRequired
        );
    }
}
