//! Delivery status notifications (RFC 3464, RFC 3461): a multipart/report from
//! MAILER-DAEMON with a null reverse-path.
//!
//! PHI stays out: the human-readable part names recipients and status only (never
//! the subject), and the original travels back as headers only unless the sender
//! asked for RET=FULL. For a message that was labelled PHI, or that any recipient
//! got protected delivery for, RET=FULL is ignored and only its Message-ID and
//! Date come back (no Subject, no display names). Values the client chose
//! (ENVID, ORCPT) are written without control characters. The DSN is then an
//! ordinary message: it goes through the acceptance stage (classified, signed,
//! sealed, at least as protected as the original) and the same queue.

use std::fmt::Write;

use crate::store::{DeliveryEnvelope, Protection};

/// RFC 3464 §2.3.3 Action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Failed,
    Delivered,
    /// Passed to a server that does not do DSN; no further notice will come.
    Relayed,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Failed => "failed",
            Action::Delivered => "delivered",
            Action::Relayed => "relayed",
        }
    }
}

/// One recipient's block in the report.
#[derive(Debug, Clone)]
pub struct Entry {
    pub recipient: String,
    pub orcpt: Option<String>,
    pub action: Action,
    pub status: String,
    /// The host that answered, when one did.
    pub remote_mta: Option<String>,
    /// The server's reply (`smtp; 550 5.1.1 ...`), when there was one.
    pub diagnostic: Option<String>,
}

/// Whether `notify` (the stored NOTIFY list) asks for a DSN for `action`.
/// RFC 3461 §4.1: without NOTIFY, failures are reported and successes are not.
pub fn wanted(notify: Option<&str>, action: Action) -> bool {
    let list = notify.unwrap_or("failure");
    match action {
        Action::Failed => list.split(',').any(|n| n == "failure"),
        Action::Delivered | Action::Relayed => list.split(',').any(|n| n == "success"),
    }
}

/// The report's bytes (CRLF line ends).
pub fn build(
    hostname: &str,
    dsn_id: &str,
    env: &DeliveryEnvelope,
    original: &[u8],
    entries: &[Entry],
    now_secs: i64,
) -> Vec<u8> {
    let boundary = format!("{dsn_id}/{hostname}");
    let date = mail_parser::DateTime::from_timestamp(now_secs).to_rfc822();
    let failed = entries.iter().any(|e| e.action == Action::Failed);
    let subject = if failed {
        "Undelivered Mail Returned to Sender"
    } else {
        "Successful Mail Delivery Report"
    };
    let mut m = String::new();
    let _ = write!(
        m,
        "From: Mail Delivery System <MAILER-DAEMON@{hostname}>\r\n\
         To: <{}>\r\n\
         Subject: {subject}\r\n\
         Date: {date}\r\n\
         Message-ID: <{dsn_id}@{hostname}>\r\n\
         Auto-Submitted: auto-replied\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status;\r\n\
         \tboundary=\"{boundary}\"\r\n\r\n\
         This is a MIME-encapsulated message.\r\n\r\n\
         --{boundary}\r\n\
         Content-Type: text/plain; charset=us-ascii\r\n\r\n",
        env.mail_from
    );
    m.push_str(&human_text(hostname, &env.id, entries));
    let arrival = mail_parser::DateTime::from_timestamp(env.received_at_us / 1_000_000).to_rfc822();
    let _ = write!(
        m,
        "\r\n--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n\
         Reporting-MTA: dns; {hostname}\r\nX-Phirelay-Queue-ID: {}\r\n",
        env.id
    );
    if let Some(envid) = &env.dsn_envid {
        let _ = write!(m, "Original-Envelope-Id: {}\r\n", one_line(envid));
    }
    let _ = write!(m, "Arrival-Date: {arrival}\r\n");
    for e in entries {
        m.push_str("\r\n");
        if let Some(o) = &e.orcpt {
            let o = if o.contains(';') {
                o.clone()
            } else {
                format!("rfc822; {o}")
            };
            let _ = write!(m, "Original-Recipient: {}\r\n", one_line(&o));
        }
        let _ = write!(
            m,
            "Final-Recipient: rfc822; {}\r\nAction: {}\r\nStatus: {}\r\n",
            e.recipient,
            e.action.as_str(),
            e.status
        );
        if let Some(r) = &e.remote_mta {
            let _ = write!(m, "Remote-MTA: dns; {r}\r\n");
        }
        if let Some(d) = &e.diagnostic {
            let _ = write!(m, "Diagnostic-Code: smtp; {}\r\n", one_line(d));
        }
        let _ = write!(m, "Last-Attempt-Date: {date}\r\n");
    }
    let protected = is_protected(env);
    let full = env.dsn_ret.as_deref() == Some("full") && !protected;
    let _ = write!(
        m,
        "\r\n--{boundary}\r\nContent-Type: {}\r\n\r\n",
        if full {
            "message/rfc822"
        } else {
            "text/rfc822-headers"
        }
    );
    let mut out = m.into_bytes();
    if full {
        out.extend_from_slice(original);
    } else if protected {
        out.extend_from_slice(&identity_headers(header_block(original)));
    } else {
        out.extend_from_slice(header_block(original));
    }
    if !out.ends_with(b"\r\n") {
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    out
}

fn human_text(hostname: &str, id: &str, entries: &[Entry]) -> String {
    let mut t = format!(
        "This is the mail system at host {hostname}.\r\n\r\n\
         This report concerns your message with queue id {id}.\r\n\
         The subject and content are left out of this text on purpose.\r\n\r\n"
    );
    for e in entries {
        let what = match e.action {
            Action::Failed => "could not be delivered",
            Action::Delivered => "was delivered",
            Action::Relayed => "was passed on to a server that sends no further reports",
        };
        let _ = write!(t, "<{}>: {what} (status {})", e.recipient, e.status);
        if let Some(d) = &e.diagnostic {
            let _ = write!(t, ": {}", one_line(d));
        }
        t.push_str("\r\n");
    }
    t
}

/// Whether the original must not travel back: PHI, or protected delivery for
/// any recipient.
pub fn is_protected(env: &DeliveryEnvelope) -> bool {
    env.phi || env.protection > Protection::Deliver
}

/// Only the Message-ID and Date fields of a header block (with their folded
/// continuation lines), then the empty line: enough for the sender to match
/// the report to their message, nothing that may name a patient.
fn identity_headers(block: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut keep = false;
    for line in block.split_inclusive(|b| *b == b'\n') {
        let continuation = line.first().is_some_and(|b| *b == b' ' || *b == b'\t');
        if !continuation {
            let name = line.split(|b| *b == b':').next().unwrap_or_default();
            keep = name.eq_ignore_ascii_case(b"message-id") || name.eq_ignore_ascii_case(b"date");
        }
        if keep {
            out.extend_from_slice(line);
        }
    }
    out.extend_from_slice(b"\r\n");
    out
}

/// The header section of a message, with its terminating empty line.
fn header_block(message: &[u8]) -> &[u8] {
    message
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|i| &message[..i + 2])
        .unwrap_or(message)
}

fn one_line(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(500)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(ret: Option<&str>) -> DeliveryEnvelope {
        DeliveryEnvelope {
            id: "Q1".into(),
            mail_from: "sender@example.org".into(),
            received_at_us: 1_700_000_000_000_000,
            smtputf8: false,
            dsn_ret: ret.map(String::from),
            dsn_envid: Some("E-42".into()),
            requiretls: false,
            tls_optional: false,
            protection: Protection::Deliver,
            phi: false,
        }
    }

    #[test]
    fn failure_report_fields_and_headers_only() {
        let original =
            b"Subject: CONFIDENTIAL diagnosis\r\nFrom: s@example.org\r\n\r\nsecret body\r\n";
        let e = Entry {
            recipient: "r@example.net".into(),
            orcpt: Some("rfc822;orig@example.net".into()),
            action: Action::Failed,
            status: "5.1.1".into(),
            remote_mta: Some("mx.example.net".into()),
            diagnostic: Some("550 5.1.1 no such user".into()),
        };
        let out = String::from_utf8(build(
            "relay.test",
            "D1",
            &env(None),
            original,
            std::slice::from_ref(&e),
            1_700_000_100,
        ))
        .unwrap();
        for want in [
            "Content-Type: multipart/report; report-type=delivery-status;",
            "Reporting-MTA: dns; relay.test",
            "Original-Envelope-Id: E-42",
            "Original-Recipient: rfc822;orig@example.net",
            "Final-Recipient: rfc822; r@example.net",
            "Action: failed",
            "Status: 5.1.1",
            "Remote-MTA: dns; mx.example.net",
            "Diagnostic-Code: smtp; 550 5.1.1 no such user",
            "Content-Type: text/rfc822-headers",
        ] {
            assert!(out.contains(want), "missing {want:?} in\n{out}");
        }
        // Headers only: the body does not travel back; the subject only inside the
        // returned headers, never in our text.
        assert!(!out.contains("secret body"));
        assert_eq!(out.matches("CONFIDENTIAL").count(), 1);
        let full = String::from_utf8(build(
            "relay.test",
            "D1",
            &env(Some("full")),
            original,
            &[e],
            0,
        ))
        .unwrap();
        assert!(full.contains("Content-Type: message/rfc822") && full.contains("secret body"));
    }

    #[test]
    fn protected_original_returns_identity_headers_only_even_with_ret_full() {
        let original = b"Subject: Results for Jane Doe\r\nFrom: \"Dr Who\" <s@example.org>\r\n\
            Message-ID: <m1@example.org>\r\nDate: Mon, 1 Jan 2024 00:00:00 +0000\r\n\r\nHbA1c 9.1\r\n";
        let e = Entry {
            recipient: "r@example.net".into(),
            orcpt: Some("rfc822;a\r\nRCPT TO:<x@evil.example>".into()),
            action: Action::Failed,
            status: "5.1.1".into(),
            remote_mta: None,
            diagnostic: None,
        };
        let mut env = env(Some("full"));
        env.phi = true;
        env.dsn_envid = Some("E\r\nBcc: x@evil.example".into());
        let out = String::from_utf8(build("relay.test", "D1", &env, original, &[e], 0)).unwrap();
        assert!(!out.contains("Jane Doe") && !out.contains("HbA1c") && !out.contains("Dr Who"));
        assert!(out.contains("Message-ID: <m1@example.org>"));
        assert!(out.contains("Content-Type: text/rfc822-headers"));
        assert!(!out.contains("\r\nRCPT TO") && !out.contains("\r\nBcc:"));
        let mut env2 = env.clone();
        env2.phi = false;
        env2.protection = Protection::TlsRequired;
        let out = String::from_utf8(build("relay.test", "D1", &env2, original, &[], 0)).unwrap();
        assert!(!out.contains("Jane Doe"));
    }

    #[test]
    fn notify_rules() {
        assert!(wanted(None, Action::Failed));
        assert!(!wanted(None, Action::Relayed));
        assert!(wanted(Some("success,failure"), Action::Delivered));
        assert!(!wanted(Some("never"), Action::Failed));
        assert!(!wanted(Some("delay"), Action::Failed));
    }
}
