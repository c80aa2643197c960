//! PostgreSQL URLs must not send the relay's queries (envelopes, audit rows,
//! sealed content) over a network without an authenticated, encrypted channel:
//! outside a Unix socket or loopback, `sslmode=verify-full` is required. Any
//! parameter libpq would not know (a typo such as `sslmod=require`) is refused
//! rather than ignored.

/// Parameters phirelay passes on; anything else is most likely a typo.
const KNOWN_PARAMS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "password",
    "sslmode",
    "sslrootcert",
    "sslcert",
    "sslkey",
    "application_name",
    "options",
    "connect_timeout",
    "statement-cache-capacity",
];

/// `Err(reason)` when the URL would connect without verified TLS to a host
/// that is neither a Unix socket nor loopback, or carries an unknown parameter.
pub fn check(raw: &str) -> Result<(), String> {
    let url = url::Url::parse(raw).map_err(|e| format!("not a valid URL: {e}"))?;
    let mut sslmode = None;
    let mut socket_host = None;
    for (k, v) in url.query_pairs() {
        match k.as_ref() {
            "sslmode" => sslmode = Some(v.to_string()),
            "host" => socket_host = Some(v.to_string()),
            other if !KNOWN_PARAMS.contains(&other) => {
                return Err(format!("unknown URL parameter {other:?}"));
            }
            _ => {}
        }
    }
    if socket_host.as_deref().is_some_and(|h| h.starts_with('/')) {
        return Ok(());
    }
    let host = socket_host.or_else(|| url.host_str().map(str::to_string));
    if host.as_deref().is_none_or(is_loopback) || sslmode.as_deref() == Some("verify-full") {
        return Ok(());
    }
    Err("connects over the network without sslmode=verify-full".into())
}

fn is_loopback(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.is_empty()
        || host.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::check;

    #[test]
    fn network_hosts_need_verify_full() {
        assert!(check("postgres://u@db.internal/p").is_err());
        assert!(check("postgres://u@db.internal/p?sslmode=require").is_err());
        assert!(check("postgres://u@10.0.0.5/p?sslmode=verify-ca").is_err());
        assert!(check("postgres://u@db.internal/p?sslmode=verify-full").is_ok());
        assert!(check("postgres://u@localhost/p").is_ok());
        assert!(check("postgres://u@127.0.0.1/p?sslmode=disable").is_ok());
        assert!(check("postgres://u@[::1]/p").is_ok());
        assert!(check("postgres://u@localhost/p?host=/run/postgresql&sslmode=disable").is_ok());
        // host= overrides the authority: a network host there needs TLS too.
        assert!(check("postgres://u@localhost/p?host=db.internal").is_err());
    }

    #[test]
    fn unknown_parameters_are_refused() {
        let e = check("postgres://u@localhost/p?sslmod=require").unwrap_err();
        assert!(e.contains("sslmod"), "{e}");
    }
}
