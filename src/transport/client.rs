//! The outbound SMTP client (RFC 5321) over tokio, with smtp-proto parsing replies.
//!
//! Why not mail-send's client: a relay needs PIPELINING (RFC 2920) with a reply per
//! recipient, one buffered write per transaction, CRLF normalisation of the payload,
//! and control over bytes a server sends ahead of the TLS handshake. So the session
//! logic is here; reply and EHLO parsing are smtp-proto's.
//!
//! Bytes that arrive after the `220` to STARTTLS are dropped before the handshake:
//! a server (or a man in the middle) cannot inject replies into the TLS session
//! (CVE-2021-38371 class). Every network failure is temporary.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use bytes::{Buf, BytesMut};
use rustls::ClientConfig;
use rustls_pki_types::ServerName;
use smtp_proto::response::parser::ResponseReceiver;
use smtp_proto::{
    EXT_8BIT_MIME, EXT_DSN, EXT_PIPELINING, EXT_REQUIRE_TLS, EXT_SIZE, EXT_SMTP_UTF8,
    EXT_START_TLS, EhloResponse,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

pub use super::conn_error::ConnError;
use super::data::{encode_data, has_8bit, xtext};
use super::failure::HandshakeFailure;
use super::reply::Reply;
use super::tls::{CertRecorder, OutboundTls, facts};
use crate::config::TransportConfig;

type Stream = crate::net::Stream<TlsStream<TcpStream>>;

/// Largest reply we read before calling the server broken.
const MAX_REPLY: usize = 64 * 1024;

/// How this connection must be secured.
#[derive(Clone)]
pub struct TlsPlan {
    /// None: never STARTTLS.
    pub config: Option<Arc<ClientConfig>>,
    /// No clear text: no STARTTLS, a refused one or a failed handshake is an error.
    pub required: bool,
    /// The name sent as SNI and verified (the MX host).
    pub server_name: String,
    /// Sees the certificate the server presents, also when it is refused.
    pub recorder: Option<Arc<CertRecorder>>,
}

/// Where we are connected.
#[derive(Debug, Clone)]
pub struct Peer {
    pub host: String,
    pub addr: SocketAddr,
}

/// One envelope to send.
pub struct Envelope<'a> {
    pub from: &'a str,
    pub recipients: Vec<RcptParams<'a>>,
    pub message: &'a [u8],
    pub smtputf8: bool,
    pub ret: Option<&'a str>,
    pub envid: Option<&'a str>,
    /// RFC 8689: the next hop must offer REQUIRETLS (and the connection must be
    /// verified, which the caller's TLS plan ensures).
    pub requiretls: bool,
}

pub struct RcptParams<'a> {
    pub address: &'a str,
    /// Stored NOTIFY list (`success,failure` / `never`).
    pub notify: Option<&'a str>,
    pub orcpt: Option<&'a str>,
}

/// The server's verdict for each recipient, in order.
#[derive(Debug, Clone)]
pub struct TxnResult {
    pub per_rcpt: Vec<Reply>,
    /// Whether the server took DSN parameters (if not, a NOTIFY=SUCCESS gets a
    /// "relayed" DSN from us, RFC 3461 §4.2).
    pub dsn_passed_on: bool,
}

pub struct Connection {
    stream: Stream,
    buf: BytesMut,
    ehlo: EhloResponse<String>,
    pub peer: Peer,
    pub tls: Option<OutboundTls>,
    pub transactions: u32,
    /// A reset failed: the verdicts stand, but the connection is not reused.
    broken: bool,
    cfg: Arc<TransportConfig>,
}

impl Connection {
    /// Connect, read the greeting, EHLO, and STARTTLS when offered and allowed.
    pub async fn open(
        peer: Peer,
        cfg: Arc<TransportConfig>,
        plan: &TlsPlan,
    ) -> Result<Self, ConnError> {
        let tcp = tokio::time::timeout(cfg.connect_timeout, TcpStream::connect(peer.addr))
            .await
            .map_err(|_| ConnError::Timeout { stage: "connect" })?
            .map_err(|e| ConnError::Network {
                stage: "connect",
                reason: e.to_string(),
            })?;
        let _ = tcp.set_nodelay(true);
        let mut conn = Self {
            stream: Stream::Plain(tcp),
            buf: BytesMut::with_capacity(4096),
            ehlo: EhloResponse::default(),
            peer,
            tls: None,
            transactions: 0,
            broken: false,
            cfg,
        };
        let greeting = conn
            .read_reply("greeting", conn.cfg.command_timeout)
            .await?;
        if greeting.code != 220 {
            return Err(ConnError::Refused {
                stage: "greeting",
                reply: greeting,
            });
        }
        conn.hello().await?;
        match &plan.config {
            Some(tls) if conn.ehlo.has_capability(EXT_START_TLS) => {
                conn.starttls(tls.clone(), plan).await?;
            }
            _ => {}
        }
        if plan.required && conn.tls.is_none() {
            // Also what a STARTTLS-stripping man in the middle produces.
            return Err(ConnError::Security {
                stage: "STARTTLS",
                reason: "TLS is required but the server did not offer STARTTLS".into(),
            });
        }
        Ok(conn)
    }

    async fn hello(&mut self) -> Result<(), ConnError> {
        let cmd = format!("EHLO {}\r\n", self.cfg.helo_name);
        self.write(cmd.as_bytes(), "EHLO").await?;
        let (reply, raw) = self
            .read_reply_raw("EHLO", self.cfg.command_timeout)
            .await?;
        if reply.code == 250 {
            self.ehlo = EhloResponse::parse(&mut raw.iter())
                .map_err(|_| ConnError::Protocol { stage: "EHLO" })?;
            return Ok(());
        }
        // RFC 5321 §3.2: a server that does not know EHLO gets HELO, and no extensions.
        let cmd = format!("HELO {}\r\n", self.cfg.helo_name);
        self.write(cmd.as_bytes(), "HELO").await?;
        let reply = self.read_reply("HELO", self.cfg.command_timeout).await?;
        if reply.code != 250 {
            return Err(ConnError::Refused {
                stage: "HELO",
                reply,
            });
        }
        self.ehlo = EhloResponse::default();
        Ok(())
    }

    async fn starttls(&mut self, tls: Arc<ClientConfig>, plan: &TlsPlan) -> Result<(), ConnError> {
        self.write(b"STARTTLS\r\n", "STARTTLS").await?;
        let reply = self
            .read_reply("STARTTLS", self.cfg.command_timeout)
            .await?;
        if reply.code != 220 {
            if plan.required {
                return Err(ConnError::Security {
                    stage: "STARTTLS",
                    reason: format!("TLS is required but STARTTLS was refused: {reply}"),
                });
            }
            // Opportunistic: go on in clear.
            return Ok(());
        }
        let injected = self.buf.len();
        self.buf.clear();
        if injected > 0 {
            tracing::warn!(mx = %self.peer.host, bytes = injected, "discarded bytes sent ahead of the TLS handshake");
        }
        let tcp = self
            .stream
            .take_plain()
            .ok_or(ConnError::Protocol { stage: "STARTTLS" })?;
        let name = ServerName::try_from(plan.server_name.clone())
            .unwrap_or_else(|_| ServerName::IpAddress(self.peer.addr.ip().into()));
        if let Some(r) = &plan.recorder {
            r.clear();
        }
        let handshake = TlsConnector::from(tls).connect(name, tcp);
        let stream = tokio::time::timeout(self.cfg.command_timeout, handshake)
            .await
            .map_err(|_| ConnError::Timeout {
                stage: "TLS handshake",
            })?
            .map_err(|e| {
                let kind = HandshakeFailure::of(&e);
                // Readable words, not rustls's Debug text of nested errors.
                let reason = match crate::transport::dane::dane_error(&e) {
                    Some(d) => d.to_string(),
                    None => kind.to_string(),
                };
                ConnError::Handshake {
                    required: plan.required,
                    kind,
                    reason,
                    peer_cert_sha256: plan.recorder.as_ref().and_then(|r| r.seen()),
                }
            })?;
        self.tls = Some(facts(stream.get_ref().1));
        self.stream = Stream::Tls(Box::new(stream));
        // RFC 3207 §4.2: start over with EHLO inside TLS.
        self.hello().await
    }

    /// AUTH PLAIN at a smarthost (RFC 4954), only inside TLS.
    pub async fn auth_plain(&mut self, user: &str, password: &str) -> Result<(), ConnError> {
        use base64::Engine;
        if self.tls.is_none() {
            return Err(ConnError::Network {
                stage: "AUTH",
                reason: "the smarthost offered no TLS; credentials are never sent in clear".into(),
            });
        }
        let token =
            base64::engine::general_purpose::STANDARD.encode(format!("\0{user}\0{password}"));
        self.write(format!("AUTH PLAIN {token}\r\n").as_bytes(), "AUTH")
            .await?;
        let reply = self.read_reply("AUTH", self.cfg.command_timeout).await?;
        if reply.code == 235 {
            Ok(())
        } else {
            Err(ConnError::Refused {
                stage: "AUTH",
                reply,
            })
        }
    }

    pub fn supports(&self, ext: u32) -> bool {
        self.ehlo.has_capability(ext)
    }

    /// Send one message to its recipients; per-recipient verdicts. A connection
    /// error means the connection is unusable (the caller closes it).
    pub async fn send(&mut self, env: &Envelope<'_>) -> Result<TxnResult, ConnError> {
        let n = env.recipients.len();
        // Bytes a server sent unasked between transactions are not replies to us.
        self.discard_unsolicited();
        if let Some(refusal) = self.refuse_locally(env) {
            return Ok(TxnResult {
                per_rcpt: vec![refusal; n],
                dsn_passed_on: false,
            });
        }
        // Stored envelope data is written to a peer only when it cannot break the
        // command line; a bad recipient is bounced here, the others go on.
        if env.recipients.iter().any(|r| !wire_safe_address(r.address)) {
            return self.send_safe_only(env).await;
        }
        let dsn = self.supports(EXT_DSN);
        let caps = MailCaps {
            size: self.supports(EXT_SIZE),
            dsn,
        };
        let mut cmds = mail_command(env, caps);
        for r in &env.recipients {
            cmds.push_str(&rcpt_command(r, dsn));
        }
        let pipelining = self.supports(EXT_PIPELINING);
        let mut per_rcpt = Vec::with_capacity(n);
        let mail_reply;
        let data_reply;
        if pipelining {
            cmds.push_str("DATA\r\n");
            self.write(cmds.as_bytes(), "MAIL").await?;
            mail_reply = self.read_reply("MAIL", self.cfg.command_timeout).await?;
            if mail_reply.code == 421 {
                return Ok(closing(mail_reply, n));
            }
            for _ in 0..n {
                let r = self.read_reply("RCPT", self.cfg.command_timeout).await?;
                if r.code == 421 {
                    return Ok(closing(r, n));
                }
                per_rcpt.push(r);
            }
            data_reply = self.read_reply("DATA", self.cfg.data_init_timeout).await?;
        } else {
            let mut lines = cmds.split_inclusive("\r\n");
            self.write(lines.next().unwrap_or_default().as_bytes(), "MAIL")
                .await?;
            mail_reply = self.read_reply("MAIL", self.cfg.command_timeout).await?;
            if !mail_reply.is_success() {
                self.rset().await?;
                return Ok(TxnResult {
                    per_rcpt: vec![mail_reply; n],
                    dsn_passed_on: false,
                });
            }
            for line in lines {
                self.write(line.as_bytes(), "RCPT").await?;
                per_rcpt.push(self.read_reply("RCPT", self.cfg.command_timeout).await?);
            }
            if !per_rcpt.iter().any(Reply::is_success) {
                self.rset().await?;
                return Ok(TxnResult {
                    per_rcpt,
                    dsn_passed_on: false,
                });
            }
            self.write(b"DATA\r\n", "DATA").await?;
            data_reply = self.read_reply("DATA", self.cfg.data_init_timeout).await?;
        }
        if !mail_reply.is_success() {
            self.rset().await?;
            return Ok(TxnResult {
                per_rcpt: vec![mail_reply; n],
                dsn_passed_on: false,
            });
        }
        if data_reply.code != 354 {
            // No recipient taken (the server refused DATA), or DATA itself refused.
            for r in per_rcpt.iter_mut().filter(|r| r.is_success()) {
                *r = data_reply.clone();
            }
            self.rset().await?;
            return Ok(TxnResult {
                per_rcpt,
                dsn_passed_on: dsn,
            });
        }
        let mut payload = Vec::new();
        encode_data(env.message, &mut payload);
        self.write(&payload, "DATA").await?;
        let done = self
            .read_reply("end of DATA", self.cfg.data_done_timeout)
            .await?;
        for r in per_rcpt.iter_mut().filter(|r| r.is_success()) {
            *r = done.clone();
        }
        self.transactions += 1;
        Ok(TxnResult {
            per_rcpt,
            dsn_passed_on: dsn,
        })
    }

    /// `send` for the recipients whose address may go on the wire; the rest get a
    /// local permanent failure (their address holds a control byte or angle bracket).
    async fn send_safe_only(&mut self, env: &Envelope<'_>) -> Result<TxnResult, ConnError> {
        let bad = || {
            Reply::local(
                553,
                "5.1.3",
                "recipient address holds bytes not allowed on the wire",
            )
        };
        let safe: Vec<RcptParams<'_>> = env
            .recipients
            .iter()
            .filter(|r| wire_safe_address(r.address))
            .map(|r| RcptParams {
                address: r.address,
                notify: r.notify,
                orcpt: r.orcpt,
            })
            .collect();
        if safe.is_empty() {
            return Ok(TxnResult {
                per_rcpt: vec![bad(); env.recipients.len()],
                dsn_passed_on: false,
            });
        }
        let sub = Envelope {
            from: env.from,
            recipients: safe,
            message: env.message,
            smtputf8: env.smtputf8,
            ret: env.ret,
            envid: env.envid,
            requiretls: env.requiretls,
        };
        let inner = Box::pin(self.send(&sub)).await?;
        let mut sent = inner.per_rcpt.into_iter();
        let per_rcpt = env
            .recipients
            .iter()
            .map(|r| {
                if wire_safe_address(r.address) {
                    sent.next().unwrap_or_else(bad)
                } else {
                    bad()
                }
            })
            .collect();
        Ok(TxnResult {
            per_rcpt,
            dsn_passed_on: inner.dsn_passed_on,
        })
    }

    /// Checks that must fail before a byte is sent: a sender address that cannot go
    /// on the wire, size, 8-bit, SMTPUTF8.
    fn refuse_locally(&self, env: &Envelope<'_>) -> Option<Reply> {
        if !wire_safe_address(env.from) {
            return Some(Reply::local(
                553,
                "5.1.7",
                "sender address holds bytes not allowed on the wire",
            ));
        }
        let size = self.ehlo.size;
        if self.supports(EXT_SIZE) && size > 0 && env.message.len() > size {
            return Some(Reply::local(
                552,
                "5.3.4",
                format!("message too big for {}", self.peer.host),
            ));
        }
        if env.smtputf8 && !self.supports(EXT_SMTP_UTF8) {
            // RFC 6531 §3.4: no downgrade here; bounce.
            return Some(Reply::local(
                553,
                "5.6.7",
                format!("{} does not support SMTPUTF8", self.peer.host),
            ));
        }
        if env.requiretls && !(self.tls.is_some() && self.supports(EXT_REQUIRE_TLS)) {
            // RFC 8689 §4.2.1: never pass REQUIRETLS mail to a hop that does not
            // promise to honour it.
            return Some(Reply::local(
                550,
                "5.7.10",
                format!("{} does not support REQUIRETLS", self.peer.host),
            ));
        }
        if has_8bit(env.message) && !self.supports(EXT_8BIT_MIME) {
            // RFC 6152 §3: never send 8-bit data to a server that did not offer
            // 8BITMIME. Converting would break the DKIM signature; bounce instead.
            return Some(Reply::local(
                554,
                "5.6.3",
                format!("{} does not accept 8-bit data", self.peer.host),
            ));
        }
        None
    }

    pub async fn rset(&mut self) -> Result<(), ConnError> {
        self.write(b"RSET\r\n", "RSET").await?;
        let r = self.read_reply("RSET", self.cfg.command_timeout).await?;
        if r.is_success() {
            Ok(())
        } else {
            Err(ConnError::Refused {
                stage: "RSET",
                reply: r,
            })
        }
    }

    /// QUIT politely; errors do not matter any more.
    pub async fn quit(mut self) {
        if self.write(b"QUIT\r\n", "QUIT").await.is_ok() {
            let _ = self.read_reply("QUIT", Duration::from_secs(5)).await;
        }
        let _ = self.stream.shutdown().await;
    }

    async fn write(&mut self, bytes: &[u8], stage: &'static str) -> Result<(), ConnError> {
        self.write_with(bytes, stage, self.cfg.command_timeout)
            .await
    }

    async fn write_with(
        &mut self,
        bytes: &[u8],
        stage: &'static str,
        timeout: Duration,
    ) -> Result<(), ConnError> {
        let io = async {
            self.stream.write_all(bytes).await?;
            self.stream.flush().await
        };
        tokio::time::timeout(timeout, io)
            .await
            .map_err(|_| ConnError::Timeout { stage })?
            .map_err(|e| ConnError::Network {
                stage,
                reason: e.to_string(),
            })
    }

    async fn read_reply(
        &mut self,
        stage: &'static str,
        timeout: Duration,
    ) -> Result<Reply, ConnError> {
        Ok(self.read_reply_raw(stage, timeout).await?.0)
    }

    /// One whole (possibly multi-line) reply, and its raw bytes.
    async fn read_reply_raw(
        &mut self,
        stage: &'static str,
        timeout: Duration,
    ) -> Result<(Reply, Vec<u8>), ConnError> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Some(len) = complete_reply_len(&self.buf) {
                let raw = self.buf.split_to(len).to_vec();
                let reply = parse_reply(&raw).ok_or(ConnError::Protocol { stage })?;
                return Ok((reply, raw));
            }
            if self.buf.len() > MAX_REPLY {
                return Err(ConnError::Protocol { stage });
            }
            let read = tokio::time::timeout_at(deadline, self.stream.read_buf(&mut self.buf));
            match read.await {
                Err(_) => return Err(ConnError::Timeout { stage }),
                Ok(Ok(0)) => {
                    return Err(ConnError::Network {
                        stage,
                        reason: "connection closed by the server".into(),
                    });
                }
                Ok(Ok(_)) => {}
                Ok(Err(e)) => {
                    return Err(ConnError::Network {
                        stage,
                        reason: e.to_string(),
                    });
                }
            }
        }
    }

    pub fn peer_ip(&self) -> IpAddr {
        self.peer.addr.ip()
    }

    /// Whether the reused connection can take another transaction.
    pub fn reusable(&self, max: u32) -> bool {
        !self.broken
            && self.transactions < max
            && matches!(self.stream, Stream::Plain(_) | Stream::Tls(_))
    }

    /// Drop buffered bytes a server sent unasked (between transactions).
    pub fn discard_unsolicited(&mut self) {
        let n = self.buf.remaining();
        self.buf.advance(n);
    }
}

/// RFC 5321 §3.8: a 421 means the server is closing; nothing more will be read
/// on this connection, and every recipient gets that answer.
fn closing(reply: Reply, n: usize) -> TxnResult {
    TxnResult {
        per_rcpt: vec![reply; n],
        dsn_passed_on: false,
    }
}

/// What the server offered that shapes the MAIL command.
#[derive(Debug, Clone, Copy)]
pub struct MailCaps {
    pub size: bool,
    /// DSN (RFC 3461): RET, ENVID, NOTIFY and ORCPT are passed on.
    pub dsn: bool,
}

/// Whether an address may be written between `<` and `>` on a command line: no
/// control byte (CR and LF above all), no DEL, no angle bracket that would close the
/// path early. Ingress checks this too; the client does not rely on it.
pub fn wire_safe_address(a: &str) -> bool {
    !a.bytes()
        .any(|b| b < 0x20 || b == 0x7F || b == b'<' || b == b'>')
}

/// `MAIL FROM` with its parameters, one CRLF-terminated line. Stored values go out
/// only in a form that cannot leave the line: ENVID as xtext, RET only as FULL/HDRS
/// (anything else is dropped). The caller has checked the address
/// ([`wire_safe_address`]).
pub fn mail_command(env: &Envelope<'_>, caps: MailCaps) -> String {
    let mut cmd = format!("MAIL FROM:<{}>", env.from);
    if caps.size {
        cmd.push_str(&format!(" SIZE={}", env.message.len()));
    }
    if has_8bit(env.message) {
        cmd.push_str(" BODY=8BITMIME");
    }
    if env.smtputf8 {
        cmd.push_str(" SMTPUTF8");
    }
    if env.requiretls {
        cmd.push_str(" REQUIRETLS");
    }
    if caps.dsn {
        // RFC 3461 §4.3: RET=FULL or RET=HDRS, nothing else.
        if let Some(r @ ("FULL" | "HDRS")) = env.ret.map(str::to_ascii_uppercase).as_deref() {
            cmd.push_str(&format!(" RET={r}"));
        }
        if let Some(id) = env.envid {
            // RFC 3461 §4.4: ENVID is xtext.
            cmd.push_str(&format!(" ENVID={}", xtext(id)));
        }
    }
    cmd.push_str("\r\n");
    cmd
}

/// `RCPT TO` with its parameters, one CRLF-terminated line: NOTIFY only from its
/// keywords (RFC 3461 §4.1), ORCPT as `<atom>;<xtext>` (§4.2; a type that is not an
/// atom drops the parameter). The caller has checked the address.
pub fn rcpt_command(r: &RcptParams<'_>, dsn: bool) -> String {
    let mut cmd = format!("RCPT TO:<{}>", r.address);
    if dsn {
        if let Some(n) = r.notify.and_then(notify_param) {
            cmd.push_str(&format!(" NOTIFY={n}"));
        }
        if let Some(o) = r.orcpt {
            let (kind, addr) = o.split_once(';').unwrap_or(("rfc822", o));
            if !kind.is_empty() && kind.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
                cmd.push_str(&format!(" ORCPT={};{}", kind, xtext(addr)));
            }
        }
    }
    cmd.push_str("\r\n");
    cmd
}

/// A stored NOTIFY list as the parameter value: NEVER, or some of SUCCESS, FAILURE,
/// DELAY; anything else means no NOTIFY (the server's default applies).
fn notify_param(stored: &str) -> Option<String> {
    let words: Vec<String> = stored
        .split(',')
        .map(|w| w.trim().to_ascii_uppercase())
        .collect();
    let known = |w: &String| matches!(w.as_str(), "NEVER" | "SUCCESS" | "FAILURE" | "DELAY");
    (!words.is_empty() && words.iter().all(known)).then(|| words.join(","))
}

/// One complete reply (as framed by [`complete_reply_len`]), parsed; None when
/// it is not a valid SMTP reply. Public for the fuzz target.
pub fn parse_reply(raw: &[u8]) -> Option<Reply> {
    let parsed = ResponseReceiver::default().parse(&mut raw.iter()).ok()?;
    Some(Reply::remote(parsed.code, parsed.esc, parsed.message))
}

/// Length of the first complete reply in `buf`: lines up to one whose fourth byte
/// is not `-` (RFC 5321 §4.2.1).
pub fn complete_reply_len(buf: &[u8]) -> Option<usize> {
    let mut start = 0;
    while let Some(lf) = buf[start..].iter().position(|&b| b == b'\n') {
        let line = &buf[start..start + lf + 1];
        start += lf + 1;
        if line.get(3) != Some(&b'-') {
            return Some(start);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_whole_replies() {
        assert_eq!(complete_reply_len(b"250-a\r\n250-b\r\n"), None);
        assert_eq!(
            complete_reply_len(b"250-a\r\n250 b\r\n354 go\r\n"),
            Some(14)
        );
        assert_eq!(complete_reply_len(b"220 hi\r\n"), Some(8));
        assert_eq!(complete_reply_len(b"220 hi"), None);
    }

    #[test]
    fn rcpt_params() {
        let r = RcptParams {
            address: "a@b",
            notify: Some("success,failure"),
            orcpt: Some("rfc822;x+y@b"),
        };
        assert_eq!(
            rcpt_command(&r, true),
            "RCPT TO:<a@b> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;x+2By@b\r\n"
        );
        assert_eq!(rcpt_command(&r, false), "RCPT TO:<a@b>\r\n");
    }
}
