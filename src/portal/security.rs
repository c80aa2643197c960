//! What every response carries (CSP, HSTS, no framing, no referrer, no
//! caching, no sniffing), the per-address request limit, cookies and CSRF.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

/// Same-origin everything; no script at all; images only from the portal
/// itself (a message's inline images are served from it); forms post only
/// back here; nothing may frame the portal.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The session cookie (`__Host-`: Secure, Path=/, no Domain, so no other host
/// can set or read it).
pub const SESSION_COOKIE: &str = "__Host-phirelay-session";
/// The CSRF cookie: a form's hidden `csrf` field must equal it.
pub const CSRF_COOKIE: &str = "__Host-phirelay-csrf";

pub async fn headers(req: Request, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (
            header::STRICT_TRANSPORT_SECURITY,
            "max-age=31536000; includeSubDomains",
        ),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::CACHE_CONTROL, "no-store"),
        (header::PRAGMA, "no-cache"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
    h.insert(
        "Cross-Origin-Opener-Policy",
        HeaderValue::from_static("same-origin"),
    );
    h.insert(
        "Permissions-Policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=()"),
    );
    res
}

/// A cookie for this host only, never readable by script, never sent cross-site.
pub fn set_cookie(name: &str, value: &str, max_age: Option<Duration>) -> HeaderValue {
    let age = max_age.map_or(String::new(), |d| format!("; Max-Age={}", d.as_secs()));
    let text = format!("{name}={value}; Path=/; Secure; HttpOnly; SameSite=Strict{age}");
    HeaderValue::from_str(&text).unwrap_or_else(|_| HeaderValue::from_static("x=; Max-Age=0"))
}

/// Remove a cookie.
pub fn clear_cookie(name: &str) -> HeaderValue {
    set_cookie(name, "", Some(Duration::ZERO))
}

/// A cookie's value from the request (our cookies are base64url: no quoting).
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty() && v.len() <= 64)
}

/// The form's CSRF field matches the CSRF cookie (compared in constant time).
pub fn csrf_ok(headers: &HeaderMap, field: Option<&str>) -> bool {
    match (cookie(headers, CSRF_COOKIE), field) {
        (Some(c), Some(f)) => {
            aws_lc_rs::constant_time::verify_slices_are_equal(c.as_bytes(), f.as_bytes()).is_ok()
        }
        _ => false,
    }
}

/// Requests per minute per client address, on this node (a fixed window;
/// the table is emptied when it grows past its cap, which only ever lets a
/// client through early, never locks one out).
pub struct IpLimiter {
    per_minute: u32,
    seen: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

const LIMITER_CAP: usize = 100_000;

impl IpLimiter {
    pub fn new(per_minute: u32) -> Self {
        Self {
            per_minute,
            seen: Mutex::new(HashMap::new()),
        }
    }

    /// Count one request; false when the address is over its limit.
    pub fn allow(&self, ip: IpAddr) -> bool {
        let Ok(mut seen) = self.seen.lock() else {
            return false;
        };
        if seen.len() > LIMITER_CAP {
            seen.clear();
        }
        let now = Instant::now();
        let entry = seen.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= Duration::from_secs(60) {
            *entry = (now, 0);
        }
        entry.1 = entry.1.saturating_add(1);
        entry.1 <= self.per_minute
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_holds_per_address() {
        let l = IpLimiter::new(3);
        let a: IpAddr = "127.0.0.1".parse().unwrap();
        let b: IpAddr = "127.0.0.2".parse().unwrap();
        assert!((0..3).all(|_| l.allow(a)));
        assert!(!l.allow(a));
        assert!(l.allow(b));
    }

    #[test]
    fn csrf_needs_both_halves_equal() {
        let mut h = HeaderMap::new();
        assert!(!csrf_ok(&h, Some("abc")));
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("__Host-phirelay-csrf=abc; x=y"),
        );
        assert!(csrf_ok(&h, Some("abc")));
        assert!(!csrf_ok(&h, Some("abd")));
        assert!(!csrf_ok(&h, None));
    }
}
