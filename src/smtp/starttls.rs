//! STARTTLS (RFC 3207). Anything the client pipelined after the command arrived
//! in clear text and is thrown away before the handshake (§4.2 and the STARTTLS
//! command-injection class, CVE-2011-0411); afterwards the session starts over.

use std::time::Duration;

use super::conn::Conn;
use super::reply;
use super::session::{Flow, Session};

impl Session {
    pub(super) async fn starttls(&mut self) -> Flow {
        if self.tls.is_some() {
            self.send(&reply::TLS_ALREADY);
            return Flow::Continue;
        }
        let Some(acceptor) = self.srv.tls_for(&self.lcfg) else {
            self.send(&reply::TLS_UNAVAILABLE);
            return Flow::Continue;
        };
        self.send(&reply::TLS_READY);
        let injected = self.io.discard_input();
        if injected > 0 {
            tracing::warn!(bytes = injected, "discarded input pipelined after STARTTLS");
        }
        if self.io.flush().await.is_err() {
            return Flow::Close;
        }
        let Some(tcp) = self.io.conn.take_plain() else {
            return Flow::Close;
        };
        let timeout = Duration::from_secs(self.srv.cfg.limits.command_timeout_secs);
        match tokio::time::timeout(timeout, acceptor.accept(tcp)).await {
            Ok(Ok(tls)) => {
                self.tls = Some(super::tls::facts(tls.get_ref().1));
                self.client_cert = super::tls::client_certificate(
                    tls.get_ref().1,
                    self.srv.client_roots.as_deref(),
                );
                self.io.conn = Conn::Tls(Box::new(tls));
                // RFC 3207 §4.2: forget everything learned before TLS.
                self.helo = None;
                self.envelope = None;
                self.auth_user = None;
                Flow::Continue
            }
            Ok(Err(e)) => {
                tracing::info!(error = %e, "STARTTLS handshake failed");
                Flow::Close
            }
            Err(_) => Flow::Close,
        }
    }
}
