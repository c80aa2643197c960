//! Small helpers shared by several stages.

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
    #[test]
    fn secrets_stay_out_of_debug() {
        let s = super::Secret::new("hunter2".into());
        assert!(!format!("{:?}", Some(("u", s.clone()))).contains("hunter2"));
        assert_eq!(s.expose(), "hunter2");
    }
}
