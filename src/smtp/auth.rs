//! AUTH PLAIN and LOGIN (RFC 4954, RFC 4616), only over TLS. Passwords are checked
//! against argon2 hashes from the config, off the async threads; the password and
//! the decoded exchange are never logged. Failures are audited (user name and
//! client address only) and count toward the session's error limit.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use smtp_proto::{AUTH_LOGIN, AUTH_PLAIN};

use super::conn::Line;
use super::guard::{Record, printable};
use super::reply::{self, Reply};
use super::session::{Flow, Session};
use crate::audit::details::RejectReason;

/// Why an exchange ended without a verdict on the credentials.
enum Exchange {
    Cancelled,
    Malformed,
    Closed,
}

/// The guard's and the audit's name for a failed AUTH.
const AUTH_FAILED: &str = "auth_failed";

impl Session {
    pub(super) async fn auth(&mut self, mechanism: u64, initial: &str) -> Flow {
        if self.tls.is_none() {
            self.send(&reply::AUTH_NEEDS_TLS);
            self.audit_rejection(&reply::AUTH_NEEDS_TLS, RejectReason::AuthBeforeTls, None)
                .await;
            return Flow::Continue;
        }
        if self.srv.cfg.users.is_empty() {
            self.send(&reply::AUTH_UNAVAILABLE);
            return Flow::Continue;
        }
        if self.auth_user.is_some() {
            self.send(&reply::AUTH_ALREADY);
            return Flow::Continue;
        }
        if self.envelope.is_some() {
            // RFC 4954 §4: not during a mail transaction.
            self.send(&reply::NESTED_MAIL);
            return Flow::Continue;
        }
        let ip = super::session::canonical_ip(self.peer);
        if self.srv.guard.blocked(ip, AUTH_FAILED) {
            // This address guessed too often: no more password checks for it now.
            self.send(&reply::AUTH_THROTTLED);
            return Flow::Close;
        }
        let creds = match mechanism {
            AUTH_PLAIN => self.plain(initial).await,
            AUTH_LOGIN => self.login(initial).await,
            _ => {
                self.send(&reply::AUTH_MECHANISM);
                return Flow::Continue;
            }
        };
        let (user, password) = match creds {
            Ok(c) => c,
            Err(Exchange::Closed) => return Flow::Close,
            Err(Exchange::Cancelled) => {
                self.send(&reply::AUTH_CANCELLED);
                return Flow::Continue;
            }
            Err(Exchange::Malformed) => {
                self.send(&reply::SYNTAX);
                return Flow::Continue;
            }
        };
        // Client-chosen: never written raw to a log or an audit row.
        let shown = printable(&user);
        let Some(slot) = self.srv.guard.password_check() else {
            self.send(&reply::AUTH_BUSY);
            return Flow::Continue;
        };
        let ok = self.verify(&user, password).await;
        drop(slot);
        if ok {
            tracing::info!(user = %shown, "authenticated");
            self.auth_user = Some(user);
            self.send(&reply::AUTH_OK);
            return Flow::Continue;
        }
        tracing::info!(user = %shown, "authentication failed");
        self.send(&reply::AUTH_FAILED);
        // One audit row for the first failure of an address in the window, one
        // when it is blocked; the ones between are counted, not written.
        let failures = match self.srv.guard.failure(ip, AUTH_FAILED) {
            Record::First => Some(1),
            Record::Blocked(n) => Some(n),
            Record::Counted => None,
        };
        if let Some(n) = failures {
            let mut details = self.rejected(&reply::AUTH_FAILED, RejectReason::AuthFailed);
            details.user = Some(shown.to_string());
            details.failures_in_window = Some(n);
            self.audit_rejected(details, None).await;
        }
        Flow::Continue
    }

    /// RFC 4616: `authzid NUL authcid NUL passwd`; authzid must be empty or authcid.
    async fn plain(&mut self, initial: &str) -> Result<(String, String), Exchange> {
        let response = match initial {
            "" => self.challenge("").await?,
            "=" => String::new(),
            s => s.to_string(),
        };
        let decoded = B64
            .decode(response.trim())
            .map_err(|_| Exchange::Malformed)?;
        let text = String::from_utf8(decoded).map_err(|_| Exchange::Malformed)?;
        let mut parts = text.split('\0');
        let (Some(authz), Some(user), Some(pass), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(Exchange::Malformed);
        };
        if !authz.is_empty() && authz != user {
            return Err(Exchange::Malformed);
        }
        Ok((user.to_string(), pass.to_string()))
    }

    async fn login(&mut self, initial: &str) -> Result<(String, String), Exchange> {
        let user_b64 = match initial {
            "" => self.challenge("VXNlcm5hbWU6").await?,
            s => s.to_string(),
        };
        let pass_b64 = self.challenge("UGFzc3dvcmQ6").await?;
        let decode = |s: &str| {
            B64.decode(s.trim())
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or(Exchange::Malformed)
        };
        Ok((decode(&user_b64)?, decode(&pass_b64)?))
    }

    /// Send a 334 challenge and read the client's line (RFC 4954 §4).
    async fn challenge(&mut self, text: &str) -> Result<String, Exchange> {
        self.io.reply(&Reply::owned(334, "", text.to_string()));
        let timeout = Duration::from_secs(self.srv.cfg.limits.command_timeout_secs);
        loop {
            match self.io.take_line(self.srv.cfg.limits.max_command_line) {
                Line::Complete(l) => {
                    let s = String::from_utf8(l).map_err(|_| Exchange::Malformed)?;
                    let s = s.trim_end_matches(['\r', '\n']);
                    return if s == "*" {
                        Err(Exchange::Cancelled)
                    } else {
                        Ok(s.to_string())
                    };
                }
                Line::TooLong | Line::BareLf => return Err(Exchange::Malformed),
                Line::Incomplete => self.io.fill(timeout).await.map_err(|_| Exchange::Closed)?,
            }
        }
    }

    async fn verify(&self, user: &str, password: String) -> bool {
        let known = self.srv.cfg.users.iter().find(|u| u.name == user);
        let hash = known
            .map(|u| u.password_hash.clone())
            .unwrap_or_else(|| self.srv.dummy_hash.clone());
        let ok = tokio::task::spawn_blocking(move || verify_password(&password, &hash))
            .await
            .unwrap_or(false);
        ok && known.is_some()
    }
}

pub use crate::util::{hash_password, verify_password};

pub(super) fn dummy_hash() -> String {
    hash_password("phirelay-no-such-user").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let h = hash_password("s3cret").unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify_password("s3cret", &h));
        assert!(!verify_password("wrong", &h));
        assert!(!verify_password("s3cret", "not a hash"));
    }
}
