//! Small helpers shared by several stages.

pub mod duration;

use std::time::{SystemTime, UNIX_EPOCH};

use argon2::password_hash::{PasswordHasher, PasswordVerifier};

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

/// Text from outside (a client, a DNS record) made safe to print or log:
/// every control character (a line end, a terminal escape) becomes `?`.
pub fn without_controls(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect()
}

/// A duration as people write it: `90` or `90s` (seconds), `15m`, `1h`, `2d`,
/// `1w`; None for anything else (a negative, a fraction, an unknown unit, an
/// overflow).
pub fn parse_duration_secs(s: &str) -> Option<u64> {
    duration::secs_from_text(s)
}

/// The start of a UTC day given as `YYYY-MM-DD`, in µs since the epoch; None
/// for anything else (month 13, day 32, February 30, a year before 1970).
pub fn parse_utc_day(s: &str) -> Option<i64> {
    let mut parts = s.trim().splitn(3, '-');
    let mut next = |len: usize| {
        parts
            .next()
            .filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<i64>().ok())
    };
    let (y, m, d) = (next(4)?, next(2)?, next(2)?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let month_days = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if y < 1970 || !(1..=12).contains(&m) || d < 1 || d > month_days[(m - 1) as usize] {
        return None;
    }
    // Days from 1970-01-01 (H. Hinnant's days_from_civil).
    let (y, m) = if m <= 2 { (y - 1, m + 9) } else { (y, m - 3) };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 * 1_000_000)
}

/// A time in µs as "YYYY-MM-DD HH:MM UTC", for people (portal notices, pages).
pub fn utc_minute(us: i64) -> String {
    let dt = mail_parser::DateTime::from_timestamp(us / 1_000_000);
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        dt.year, dt.month, dt.day, dt.hour, dt.minute
    )
}

/// Whether `password` matches the argon2 PHC string `phc` (false for a bad string).
pub fn verify_password(password: &str, phc: &str) -> bool {
    argon2::password_hash::PasswordHash::new(phc)
        .map(|h| {
            argon2::Argon2::default()
                .verify_password(password.as_bytes(), &h)
                .is_ok()
        })
        .unwrap_or(false)
}

/// An argon2id PHC string for `password` with a random salt (`phirelay hash-password`).
pub fn hash_password(password: &str) -> Result<String, argon2::password_hash::Error> {
    let mut salt = [0u8; 16];
    aws_lc_rs::rand::fill(&mut salt).map_err(|_| argon2::password_hash::Error::Crypto)?;
    let salt = argon2::password_hash::SaltString::encode_b64(&salt)?;
    Ok(argon2::Argon2::default()
        .hash_password(password.as_bytes(), &salt)?
        .to_string())
}

/// A secret (a smarthost password): `Debug` never shows it, so a struct that
/// holds one can be logged or printed safely. Read it with [`Secret::expose`]
/// only where it is sent.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: String) -> Self {
        Self(s)
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_as_people_write_them() {
        assert_eq!(parse_duration_secs("90"), Some(90));
        assert_eq!(parse_duration_secs("15m"), Some(900));
        assert_eq!(parse_duration_secs("1h"), Some(3600));
        assert_eq!(parse_duration_secs("2d"), Some(172_800));
        assert_eq!(parse_duration_secs("1w"), Some(604_800));
        for bad in ["", "h", "-1h", "1.5h", "1y", "99999999999999999999d"] {
            assert_eq!(parse_duration_secs(bad), None, "{bad}");
        }
    }

    #[test]
    fn utc_days_parse_and_round_trip() {
        assert_eq!(parse_utc_day("1970-01-01"), Some(0));
        let us = parse_utc_day("2026-12-04").unwrap();
        assert_eq!(utc_day(us), "2026-12-04");
        assert_eq!(utc_day(parse_utc_day("2024-02-29").unwrap()), "2024-02-29");
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-01-32",
            "x",
        ] {
            assert_eq!(parse_utc_day(bad), None, "{bad}");
        }
    }

    #[test]
    fn secrets_stay_out_of_debug() {
        let s = super::Secret::new("hunter2".into());
        assert!(!format!("{:?}", Some(("u", s.clone()))).contains("hunter2"));
        assert_eq!(s.expose(), "hunter2");
    }
}
