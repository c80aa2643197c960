//! EHLO / HELO (RFC 5321 §4.1.1.1) and the extensions we announce.

use super::reply::Reply;
use super::session::{Session, sanitize_name};

impl Session {
    pub(super) fn ehlo(&mut self, host: &str, extended: bool) {
        let name = sanitize_name(host);
        // RFC 5321 §4.1.4: EHLO also resets any transaction in progress.
        self.envelope = None;
        self.helo = Some((name, extended));
        let me = &self.srv.cfg.hostname;
        if !extended {
            self.send(&Reply::owned(250, "", me.clone()));
            return;
        }
        let mut lines = vec![
            me.clone(),
            "PIPELINING".into(),
            format!("SIZE {}", self.srv.cfg.limits.max_message_size),
            "8BITMIME".into(),
            "SMTPUTF8".into(),
            "ENHANCEDSTATUSCODES".into(),
            "DSN".into(),
        ];
        if self.tls.is_none() && self.srv.tls.is_some() {
            lines.push("STARTTLS".into());
        }
        // RFC 8689 §4.1: REQUIRETLS is offered inside TLS only.
        if self.tls.is_some() {
            lines.push("REQUIRETLS".into());
        }
        // RFC 4954 §4: AUTH is offered only once the session is encrypted.
        if self.tls.is_some() && !self.srv.cfg.users.is_empty() && self.auth_user.is_none() {
            lines.push("AUTH PLAIN LOGIN".into());
        }
        self.send(&Reply::owned(250, "", lines.join("\n")));
    }
}
