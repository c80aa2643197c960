//! Small helpers shared by several stages.

use std::time::{SystemTime, UNIX_EPOCH};

/// Microseconds since the Unix epoch (UTC), the store's time unit.
pub fn now_us() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// The UTC date of a time in µs, as YYYY-MM-DD (TLS-RPT days, RFC 8460 §4.4).
pub fn utc_day(us: i64) -> String {
    let dt = mail_parser::DateTime::from_timestamp(us / 1_000_000);
    format!("{:04}-{:02}-{:02}", dt.year, dt.month, dt.day)
}
