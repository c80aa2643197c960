//! One SMTP session: the command loop, limits and dispatch to the phase files.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use smtp_proto::{Error as ParseError, Request};
use tokio::io::AsyncWriteExt;
use tokio::sync::watch;
use tracing::Instrument;

use super::conn::{Conn, Io, Line, ReadError};
use super::envelope::Envelope;
use super::listener::Server;
use super::reply::{self, Reply};
use crate::audit::Details;
use crate::audit::details::{InboundTls, RejectReason, Rejected};
use crate::config::ListenerConfig;
use crate::store::TlsFacts;

/// Whether the session goes on after a command.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Flow {
    Continue,
    Close,
}

pub(super) struct Session {
    pub srv: Arc<Server>,
    pub lcfg: ListenerConfig,
    pub io: Io,
    pub peer: SocketAddr,
    /// EHLO/HELO name, and whether it was EHLO.
    pub helo: Option<(String, bool)>,
    pub tls: Option<TlsFacts>,
    pub auth_user: Option<String>,
    /// The client's verified TLS certificate (leaf, DER), for `[[source]]` checks.
    pub client_cert: Option<Vec<u8>>,
    pub in_allowed_network: bool,
    pub envelope: Option<Envelope>,
    errors: u32,
    commands: u32,
    pub messages: u32,
    shutdown: watch::Receiver<bool>,
    /// When the session must end, whatever it is doing (`limits.max_session_secs`).
    ends_at: std::time::Instant,
}

impl Session {
    pub fn new(
        srv: Arc<Server>,
        lcfg: ListenerConfig,
        conn: Conn,
        peer: SocketAddr,
        shutdown: watch::Receiver<bool>,
    ) -> Self {
        let ip = canonical_ip(peer);
        let ends_at =
            std::time::Instant::now() + Duration::from_secs(srv.cfg.limits.max_session_secs);
        let in_allowed_network = srv.cfg.allowed_networks.iter().any(|n| n.contains(&ip));
        let (tls, client_cert) = match &conn {
            Conn::Tls(s) => (
                Some(super::tls::facts(s.get_ref().1)),
                super::tls::client_certificate(s.get_ref().1, srv.client_roots.as_deref()),
            ),
            _ => (None, None),
        };
        Self {
            srv,
            lcfg,
            io: Io::new(conn),
            peer,
            helo: None,
            tls,
            auth_user: None,
            client_cert,
            in_allowed_network,
            envelope: None,
            errors: 0,
            commands: 0,
            messages: 0,
            ends_at,
            shutdown,
        }
    }

    pub async fn run(self) {
        let span = tracing::info_span!("smtp", client = %canonical_ip(self.peer));
        self.run_in_span().instrument(span).await
    }

    async fn run_in_span(mut self) {
        tracing::debug!(tls = self.tls.is_some(), "session start");
        let greeting = reply::greeting(&self.srv.cfg.hostname);
        self.io.reply(&greeting);
        loop {
            let line = match self.next_line().await {
                Ok(line) => line,
                Err(closing) => {
                    if let Some(r) = closing {
                        self.io.reply(&r);
                    }
                    break;
                }
            };
            self.commands += 1;
            if self.commands > self.srv.cfg.limits.max_commands {
                self.io.reply(&reply::TOO_MANY_COMMANDS);
                break;
            }
            if self.dispatch(&line).await == Flow::Close {
                break;
            }
            if self.errors > self.srv.cfg.limits.max_errors {
                self.io.reply(&reply::TOO_MANY_ERRORS);
                break;
            }
        }
        let _ = self.io.flush().await;
        let _ = tokio::time::timeout(Duration::from_secs(5), self.io.conn.shutdown()).await;
        tracing::debug!("session end");
    }

    /// When the session must end (a client that drips bytes cannot hold it open).
    pub fn deadline(&self) -> std::time::Instant {
        self.ends_at
    }

    /// Next complete command line. `Err(Some(reply))` ends the session with that reply.
    async fn next_line(&mut self) -> Result<Vec<u8>, Option<Reply>> {
        let per_command = Duration::from_secs(self.srv.cfg.limits.command_timeout_secs);
        loop {
            match self.io.take_line(self.srv.cfg.limits.max_command_line) {
                Line::Complete(l) => return Ok(l),
                Line::TooLong => {
                    self.send(&reply::LINE_TOO_LONG);
                    self.check_errors()?;
                }
                Line::BareLf => {
                    self.send(&reply::BARE_LF_COMMAND);
                    self.check_errors()?;
                }
                Line::Incomplete => {
                    if *self.shutdown.borrow() {
                        return Err(Some(reply::SHUTTING_DOWN));
                    }
                    let left = self
                        .ends_at
                        .saturating_duration_since(std::time::Instant::now());
                    if left.is_zero() {
                        return Err(Some(reply::TIMEOUT));
                    }
                    let timeout = per_command.min(left);
                    let mut shutdown = self.shutdown.clone();
                    tokio::select! {
                        r = self.io.fill(timeout) => match r {
                            Ok(()) => {}
                            Err(ReadError::Timeout) => return Err(Some(reply::TIMEOUT)),
                            Err(ReadError::Eof) => return Err(None),
                            Err(ReadError::Io(e)) => {
                                tracing::debug!(error = %e, "read failed");
                                return Err(None);
                            }
                        },
                        _ = shutdown.changed() => return Err(Some(reply::SHUTTING_DOWN)),
                    }
                }
            }
        }
    }

    fn check_errors(&self) -> Result<(), Option<Reply>> {
        if self.errors > self.srv.cfg.limits.max_errors {
            return Err(Some(reply::TOO_MANY_ERRORS));
        }
        Ok(())
    }

    /// Queue a reply; permanent failures count toward `limits.max_errors`.
    pub fn send(&mut self, r: &Reply) {
        if r.code >= 500 {
            self.errors += 1;
        }
        self.io.reply(r);
    }

    async fn dispatch(&mut self, line: &[u8]) -> Flow {
        let request = match Request::parse(&mut line.iter()) {
            Ok(r) => r,
            Err(e) => {
                self.send(&parse_error_reply(&e));
                return Flow::Continue;
            }
        };
        match request {
            Request::Ehlo { host } => self.ehlo(&host, true),
            Request::Helo { host } => self.ehlo(&host, false),
            Request::StartTls => return self.starttls().await,
            Request::Auth {
                mechanism,
                initial_response,
            } => return self.auth(mechanism, &initial_response).await,
            Request::Mail { from } => return self.mail(from).await,
            Request::Rcpt { to } => self.rcpt(to).await,
            Request::Data => return self.data().await,
            Request::Rset => {
                self.envelope = None;
                self.send(&reply::OK);
            }
            Request::Noop { .. } => self.send(&reply::OK),
            Request::Vrfy { .. } => self.send(&reply::VRFY),
            Request::Help { .. } => self.send(&reply::HELP),
            Request::Quit => {
                self.send(&reply::BYE);
                return Flow::Close;
            }
            Request::Lhlo { .. }
            | Request::Expn { .. }
            | Request::Etrn { .. }
            | Request::Atrn { .. }
            | Request::Burl { .. }
            | Request::Bdat { .. } => self.send(&reply::NOT_IMPLEMENTED),
        }
        Flow::Continue
    }

    pub fn actor(&self) -> String {
        format!("smtp:{}", canonical_ip(self.peer))
    }

    /// Record a refusal in the audit log (codes and reasons only, never content).
    /// The reply does not wait on the outcome beyond the write itself; a failed
    /// write is logged.
    pub async fn audit_rejection(&self, r: &Reply, reason: RejectReason, recipient: Option<&str>) {
        let details = self.rejected(r, reason);
        self.audit_rejected(details, recipient).await
    }

    /// The `rejected` details for reply `r`, with the session's facts; callers
    /// fill the reason's own fields before [`audit_rejected`](Self::audit_rejected).
    pub fn rejected(&self, r: &Reply, reason: RejectReason) -> Rejected {
        Rejected {
            code: r.code,
            enhanced: r.enhanced.to_string(),
            reason,
            client_ip: canonical_ip(self.peer).to_string(),
            auth_user: self.auth_user.clone(),
            mail_from: self.envelope.as_ref().map(|e| e.from.clone()),
            tls: self.tls.as_ref().map(|t| InboundTls {
                version: t.version.clone(),
                cipher: t.cipher.clone(),
            }),
            user: None,
            failures_in_window: None,
            classification: None,
            source: None,
            check: None,
        }
    }

    pub async fn audit_rejected(&self, details: Rejected, recipient: Option<&str>) {
        let reason = details.reason.as_str();
        let mut ev = Details::Rejected(Box::new(details)).into_event(self.actor());
        if let Some(r) = recipient {
            ev = ev.recipient(r);
        }
        if let Err(e) = self.srv.store.audit(ev).await {
            tracing::error!(error = %e, reason, "could not audit a rejection");
        }
    }
}

pub use crate::net::canonical_ip;

fn parse_error_reply(e: &ParseError) -> Reply {
    match e {
        ParseError::UnknownCommand => reply::UNKNOWN_COMMAND,
        ParseError::InvalidSenderAddress => reply::BAD_SENDER,
        ParseError::InvalidRecipientAddress => reply::BAD_RECIPIENT,
        ParseError::UnsupportedParameter { .. } => reply::UNSUPPORTED_PARAM,
        ParseError::ResponseTooLong => reply::LINE_TOO_LONG,
        ParseError::SyntaxError { .. }
        | ParseError::InvalidParameter { .. }
        | ParseError::NeedsMoreData { .. }
        | ParseError::InvalidResponse { .. } => reply::SYNTAX,
    }
}

/// Keep a client-supplied name safe for a header and a log line: printable ASCII,
/// no parentheses or brackets, bounded.
pub fn sanitize_name(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_ascii_graphic() && !matches!(c, '(' | ')' | '[' | ']' | ';' | '\\'))
        .take(255)
        .collect()
}
