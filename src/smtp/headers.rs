//! Trace and identity headers added at acceptance: `Received` (RFC 5321 §4.4,
//! with the RFC 3848 protocol keyword and the inbound TLS version and cipher) and a
//! `Message-ID` when the client sent none (RFC 5322 §3.6.4). The body is never
//! parsed or changed; only the header block is scanned.

use crate::store::TlsFacts;

/// Facts for the Received line.
pub struct Trace<'a> {
    pub helo: &'a str,
    pub esmtp: bool,
    pub client_ip: std::net::IpAddr,
    pub hostname: &'a str,
    pub queue_id: &'a str,
    pub tls: Option<&'a TlsFacts>,
    pub authenticated: bool,
    pub at_secs: i64,
}

/// The stored message: our Received line, then the client's bytes, with a
/// Message-ID inserted after our headers when the client's header block lacks one.
pub fn prepare(body: &[u8], t: &Trace<'_>) -> Vec<u8> {
    let received = received(t);
    let message_id = (!has_header(body, b"message-id"))
        .then(|| format!("Message-ID: <{}@{}>\r\n", t.queue_id, t.hostname));
    let mut out = Vec::with_capacity(
        received.len() + message_id.as_ref().map_or(0, |m| m.len()) + body.len(),
    );
    out.extend_from_slice(received.as_bytes());
    if let Some(m) = message_id {
        out.extend_from_slice(m.as_bytes());
    }
    out.extend_from_slice(body);
    out
}

fn received(t: &Trace<'_>) -> String {
    // RFC 3848: ESMTP, +S for TLS, +A for AUTH.
    let proto = match (t.esmtp, t.tls.is_some(), t.authenticated) {
        (false, _, _) => "SMTP",
        (true, false, false) => "ESMTP",
        (true, true, false) => "ESMTPS",
        (true, false, true) => "ESMTPA",
        (true, true, true) => "ESMTPSA",
    };
    let ip = match t.client_ip {
        std::net::IpAddr::V4(v4) => v4.to_string(),
        std::net::IpAddr::V6(v6) => format!("IPv6:{v6}"),
    };
    let tls = t
        .tls
        .map(|f| format!("\r\n\t(version={} cipher={})", f.version, f.cipher))
        .unwrap_or_default();
    let date = mail_parser::DateTime::from_timestamp(t.at_secs).to_rfc822();
    format!(
        "Received: from {} ([{}])\r\n\tby {} (phirelay) with {} id {}{};\r\n\t{}\r\n",
        if t.helo.is_empty() { "unknown" } else { t.helo },
        ip,
        t.hostname,
        proto,
        t.queue_id,
        tls,
        date
    )
}

/// RFC 8689 §5: `TLS-Required: No` in the header block.
pub fn tls_required_no(message: &[u8]) -> bool {
    header_value(message, b"tls-required").is_some_and(|v| v.trim().eq_ignore_ascii_case("no"))
}

/// The first value of field `name` in the header block (unfolded lines only).
fn header_value(message: &[u8], name: &[u8]) -> Option<String> {
    for line in message.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return None;
        }
        if line.len() > name.len() && line[..name.len()].eq_ignore_ascii_case(name) {
            let rest = line[name.len()..].trim_ascii_start();
            if let Some(value) = rest.strip_prefix(b":") {
                return Some(String::from_utf8_lossy(value).into_owned());
            }
        }
    }
    None
}

/// Whether the header block (up to the first empty line) has field `name`.
fn has_header(message: &[u8], name: &[u8]) -> bool {
    for line in message.split(|&b| b == b'\n') {
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.is_empty() {
            return false;
        }
        if line.len() > name.len()
            && line[..name.len()].eq_ignore_ascii_case(name)
            && line[name.len()..].trim_ascii_start().first() == Some(&b':')
        {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trace<'a>(tls: Option<&'a TlsFacts>) -> Trace<'a> {
        Trace {
            helo: "client.example",
            esmtp: true,
            client_ip: "127.0.0.1".parse().unwrap(),
            hostname: "relay.test",
            queue_id: "QID1",
            tls,
            authenticated: false,
            at_secs: 1_700_000_000,
        }
    }

    #[test]
    fn adds_received_and_missing_message_id() {
        let out = prepare(
            b"Subject: x\r\n\r\nbody\r\nMessage-ID: not a header\r\n",
            &trace(None),
        );
        let s = String::from_utf8(out).unwrap();
        assert!(s.starts_with("Received: from client.example ([127.0.0.1])\r\n\tby relay.test (phirelay) with ESMTP id QID1;"));
        assert!(s.contains("Message-ID: <QID1@relay.test>\r\n"));
        assert!(s.ends_with("Subject: x\r\n\r\nbody\r\nMessage-ID: not a header\r\n"));
    }

    #[test]
    fn tls_required_header() {
        assert!(tls_required_no(
            b"Subject: x\r\nTLS-Required:  No \r\n\r\nbody"
        ));
        assert!(!tls_required_no(b"Subject: x\r\n\r\nTLS-Required: No\r\n"));
        assert!(!tls_required_no(b"TLS-Required: yes\r\n\r\n"));
    }

    #[test]
    fn keeps_existing_message_id_and_records_tls() {
        let tls = TlsFacts {
            version: "TLSv1.3".into(),
            cipher: "TLS13_AES_256_GCM_SHA384".into(),
        };
        let out = prepare(b"message-id : <a@b>\r\n\r\nx\r\n", &trace(Some(&tls)));
        let s = String::from_utf8(out).unwrap();
        assert_eq!(s.matches("essage-").count(), 1);
        assert!(s.contains(
            "with ESMTPS id QID1\r\n\t(version=TLSv1.3 cipher=TLS13_AES_256_GCM_SHA384);"
        ));
    }
}
