//! One audit event in words, for `queue show`: what an administrator or officer
//! reads, instead of the stored JSON (which `audit export` gives whole).
//! Control characters are replaced, since values may come from clients.

use serde_json::Value;

/// `details` of `event` as one line.
pub fn event_line(event: &str, d: &Value) -> String {
    let line = match event {
        "received" => received(d),
        "classified" => classified(d),
        "attempt" => attempt(d),
        "delivered" | "deferred" | "bounced" | "expired" if d.get("code").is_some() => result(d),
        "dsn_sent" => format!("DSN {} to <{}>", s(d, "dsn_id"), s(d, "to")),
        "admin" => format!(
            "{} by an administrator{}",
            s(d, "action"),
            opt(d, "reason").map_or(String::new(), |r| format!(": {r}"))
        ),
        "config_loaded" => format!(
            "policy version {} ({})",
            s(d, "policy_version").get(..16).unwrap_or("?"),
            s(d, "reason")
        ),
        _ => pairs(d),
    };
    clean(&line)
}

fn s<'a>(d: &'a Value, key: &str) -> &'a str {
    d.get(key).and_then(Value::as_str).unwrap_or("-")
}

fn opt<'a>(d: &'a Value, key: &str) -> Option<&'a str> {
    d.get(key).and_then(Value::as_str)
}

fn received(d: &Value) -> String {
    let kind = opt(d, "kind").map_or(String::new(), |k| format!("{k} "));
    let tls = d
        .pointer("/tls/version")
        .and_then(Value::as_str)
        .unwrap_or("no TLS");
    format!(
        "{kind}from <{}> by {} ({tls}), {} bytes, {} recipient(s)",
        s(d, "mail_from"),
        s(d, "client_ip"),
        d.get("size").and_then(Value::as_u64).unwrap_or(0),
        d.get("recipients").and_then(Value::as_u64).unwrap_or(0)
    )
}

fn classified(d: &Value) -> String {
    let labels: Vec<&str> = d
        .get("labels")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|l| l.get("detector")?.as_str())
                .collect()
        })
        .unwrap_or_default();
    let phi = d.get("phi").and_then(Value::as_bool).unwrap_or(false);
    format!(
        "{}{}; {}; policy {}",
        if phi { "PHI" } else { "not PHI" },
        if labels.is_empty() {
            String::new()
        } else {
            format!(" ({})", labels.join(", "))
        },
        d.pointer("/evidence/why")
            .and_then(Value::as_str)
            .unwrap_or("no evidence recorded"),
        s(d, "policy_version").get(..16).unwrap_or("-")
    )
}

/// `TLSv1.3, verified by dane` / `no TLS`.
fn tls(d: &Value) -> String {
    match d.get("tls").filter(|t| t.is_object()) {
        Some(t) => format!(
            "{}, {}",
            t.get("version").and_then(Value::as_str).unwrap_or("TLS"),
            match t.get("verified").and_then(Value::as_str) {
                Some(v) => format!("verified by {v}"),
                None => "certificate not verified".into(),
            }
        ),
        None => "no TLS".into(),
    }
}

fn attempt(d: &Value) -> String {
    let to = format!("to {} via {} [{}]", s(d, "domain"), s(d, "mx"), s(d, "ip"));
    if let Some(f) = d.pointer("/security/failure").and_then(Value::as_str) {
        let code = d
            .pointer("/security/failure_code")
            .and_then(Value::as_str)
            .unwrap_or("-");
        // The words and the code say the same for the plain kinds.
        return match f == code {
            true => format!("{to}: no connection: {f}"),
            false => format!("{to}: no connection: {f} ({code})"),
        };
    }
    let replies: Vec<String> = d
        .get("results")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|r| {
                    format!(
                        "{} {}",
                        r.get("code").and_then(Value::as_u64).unwrap_or(0),
                        r.get("enhanced").and_then(Value::as_str).unwrap_or("")
                    )
                    .trim_end()
                    .to_string()
                })
                .collect()
        })
        .unwrap_or_default();
    format!("{to}, {}: {}", tls(d), replies.join(", "))
}

fn result(d: &Value) -> String {
    let mut out = format!(
        "{} {}",
        d.get("code").and_then(Value::as_u64).unwrap_or(0),
        s(d, "enhanced")
    );
    if let Some(mx) = opt(d, "mx") {
        out.push_str(&format!(" via {mx}, {}", tls(d)));
    }
    if let Some(src) = opt(d, "policy_source") {
        out.push_str(&format!(", policy {src}"));
    }
    if let Some(f) = opt(d, "failure_code") {
        out.push_str(&format!(", failure {f}"));
    }
    if let Some(next) = d.get("next_attempt_at_us").and_then(Value::as_i64) {
        out.push_str(&format!(", next try {}", crate::util::utc_minute(next)));
    }
    out
}

/// Scalar keys as `key=value`, in the stored (sorted) order.
fn pairs(d: &Value) -> String {
    let Some(map) = d.as_object() else {
        return d.to_string();
    };
    map.iter()
        .filter_map(|(k, v)| match v {
            Value::String(x) => Some(format!("{k}={x}")),
            Value::Number(n) => Some(format!("{k}={n}")),
            Value::Bool(b) => Some(format!("{k}={b}")),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn events_read_as_words() {
        let att = json!({"domain": "dane.test", "mx": "mx.dane.test", "ip": "127.0.0.3",
            "tls": {"version": "TLSv1.3", "verified": "dane"},
            "results": [{"rcpt": "a@dane.test", "code": 250, "enhanced": "2.0.0"}]});
        assert_eq!(
            event_line("attempt", &att),
            "to dane.test via mx.dane.test [127.0.0.3], TLSv1.3, verified by dane: 250 2.0.0"
        );
        let failed = json!({"domain": "d.test", "mx": "mx.d.test", "ip": null,
            "security": {"failure": "TLS policy: DNSSEC validation of the TLSA records failed",
                         "failure_code": "dnssec_bogus"}});
        assert!(event_line("attempt", &failed).ends_with("(dnssec_bogus)"));
        let deferred = json!({"code": 451, "enhanced": "4.7.5", "mx": "mx.d.test", "tls": null,
            "failure_code": "dane_no_match", "policy_source": "dane"});
        assert_eq!(
            event_line("deferred", &deferred),
            "451 4.7.5 via mx.d.test, no TLS, policy dane, failure dane_no_match"
        );
        let hostile = json!({"what": "a\u{1b}[2Jb"});
        assert_eq!(event_line("viewed", &hostile), "what=a?[2Jb");
    }
}
