//! Test sink: a scriptable receiving MX written directly on tokio, the far end of every
//! delivery test (relay → sink over real TCP and, with `SinkOpts::tls`, real STARTTLS).
//!
//! It is a test oracle, so it is strict: it records every message byte for byte (`raw_data`,
//! still dot-stuffed, exactly as it crossed the wire), ends DATA only on CRLF.CRLF
//! (RFC 5321 §4.1.1.4), and notes each client misstep in `violations()` (bare LF or CR, over-long
//! lines, pipelining or parameters that were not offered, bytes after STARTTLS or DATA sent
//! before the reply). Replies to MAIL, RCPT and DATA, the greeting, stalls, dropped connections
//! and a STARTTLS response-injection attack (RFC 3207 §4.2, CVE-2011-0411) are scriptable.
//! Everything it sees is synthetic test data; it stops when the `Sink` is dropped.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustls::ServerConfig;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;

/// A scripted reply to MAIL FROM or RCPT TO, given the address (without the angle brackets).
pub type ReplyFn = Arc<dyn Fn(&str) -> (u16, String) + Send + Sync>;
/// A scripted reply to the end of DATA, given how many messages this sink received before
/// this one (0 for the first; rejected, stalled and dropped ones count).
pub type DataReplyFn = Arc<dyn Fn(u64) -> (u16, String) + Send + Sync>;

/// Commands and lines past these lengths are violations (RFC 5321 §4.5.3.1.4 and .6).
const MAX_COMMAND_LINE: usize = 512;
const MAX_TEXT_LINE: usize = 1000;
/// A line this long without LF ends the session.
const LINE_CAP: u64 = 1 << 20;

#[derive(Clone)]
pub struct SinkOpts {
    /// Offer STARTTLS with this config (see `advertise_starttls`).
    pub tls: Option<Arc<ServerConfig>>,
    /// Advertise (and accept) STARTTLS; only with `tls`. Default true.
    pub advertise_starttls: bool,
    pub ext_8bitmime: bool,
    pub ext_smtputf8: bool,
    pub ext_pipelining: bool,
    pub ext_dsn: bool,
    /// RFC 8689; advertised only inside TLS. Default false.
    pub ext_requiretls: bool,
    /// Advertise `SIZE n` and refuse larger messages (552).
    pub size: Option<usize>,
    /// Scripted replies; default 250. A 421 reply closes the connection (RFC 5321 §3.8).
    pub mail_reply: Option<ReplyFn>,
    pub rcpt_reply: Option<ReplyFn>,
    pub data_reply: Option<DataReplyFn>,
    /// A 4xx greeting closes at once; a 5xx one answers 503 to all but QUIT (RFC 5321 §3.1).
    pub greeting: (u16, String),
    /// After the whole DATA, wait for this before replying (use `notify_one`, one per message).
    pub stall_in_data: Option<Arc<Notify>>,
    /// Bytes sent in the same write as the `220` to STARTTLS: an injected response.
    pub inject_after_starttls: Option<Vec<u8>>,
    /// Close the connection after the whole DATA, without a reply.
    pub drop_connection_after_data: bool,
}

impl Default for SinkOpts {
    fn default() -> SinkOpts {
        SinkOpts {
            tls: None,
            advertise_starttls: true,
            ext_8bitmime: true,
            ext_smtputf8: true,
            ext_pipelining: true,
            ext_dsn: true,
            ext_requiretls: false,
            size: None,
            mail_reply: None,
            rcpt_reply: None,
            data_reply: None,
            greeting: (220, "sink.test ESMTP phirelay test sink".into()),
            stall_in_data: None,
            inject_after_starttls: None,
            drop_connection_after_data: false,
        }
    }
}

impl SinkOpts {
    /// The default sink, offering STARTTLS with `config`.
    pub fn with_tls(config: Arc<ServerConfig>) -> SinkOpts {
        SinkOpts {
            tls: Some(config),
            ..SinkOpts::default()
        }
    }
}

/// One message whose DATA arrived in full.
#[derive(Clone, Debug)]
pub struct SinkMessage {
    pub helo: String,
    pub mail_from: String,
    /// Everything after `MAIL FROM:<...>`, trimmed (e.g. `BODY=8BITMIME SMTPUTF8`).
    pub mail_params: String,
    /// Accepted recipients only, in order; `rcpt_params` lines up with them.
    pub rcpts: Vec<String>,
    pub rcpt_params: Vec<String>,
    /// The exact bytes between the 354 and the final `.CRLF`, still dot-stuffed.
    pub raw_data: Vec<u8>,
    /// `raw_data` with the dot-stuffing removed.
    pub data: Vec<u8>,
    pub tls: bool,
    /// 1 for the first connection this sink accepted, and so on.
    pub connection: u64,
    /// The reply sent after DATA; `None` while stalled or when the connection was dropped.
    pub reply_code: Option<u16>,
}

impl SinkMessage {
    pub fn accepted(&self) -> bool {
        matches!(self.reply_code, Some(200..=299))
    }
}

/// A running sink; dropping it closes the listener and every session.
pub struct Sink {
    pub addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

struct Shared {
    opts: SinkOpts,
    received: Mutex<Vec<SinkMessage>>,
    violations: Mutex<Vec<String>>,
    changed: Notify,
    connections: AtomicU64,
    data_seen: AtomicU64,
    tls_failures: AtomicU64,
    active: AtomicUsize,
    peak: AtomicUsize,
}

impl Sink {
    /// Listens on `addr` (port 0: a random one), e.g. `127.0.0.2:0` for a second "host".
    pub async fn start(addr: SocketAddr, opts: SinkOpts) -> Sink {
        let listener = TcpListener::bind(addr)
            .await
            .unwrap_or_else(|e| panic!("sink: bind {addr}: {e}"));
        let addr = listener.local_addr().expect("sink local addr");
        let shared = Arc::new(Shared {
            opts,
            received: Mutex::default(),
            violations: Mutex::default(),
            changed: Notify::new(),
            connections: AtomicU64::new(0),
            data_seen: AtomicU64::new(0),
            tls_failures: AtomicU64::new(0),
            active: AtomicUsize::new(0),
            peak: AtomicUsize::new(0),
        });
        let task = tokio::spawn(accept_loop(listener, shared.clone()));
        Sink { addr, shared, task }
    }

    /// Messages answered with 2xx after DATA, in arrival order.
    pub fn messages(&self) -> Vec<SinkMessage> {
        self.received()
            .into_iter()
            .filter(|m| m.accepted())
            .collect()
    }

    /// Every message whose DATA arrived in full, whatever the reply (or none yet).
    pub fn received(&self) -> Vec<SinkMessage> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Client missteps seen so far; a well-behaved relay leaves this empty.
    pub fn violations(&self) -> Vec<String> {
        self.shared.violations.lock().unwrap().clone()
    }

    /// Connections accepted in total.
    pub fn connections(&self) -> u64 {
        self.shared.connections.load(Ordering::SeqCst)
    }

    /// Sessions open right now.
    pub fn active(&self) -> usize {
        self.shared.active.load(Ordering::SeqCst)
    }

    /// The most sessions that were open at once.
    pub fn max_concurrent(&self) -> usize {
        self.shared.peak.load(Ordering::SeqCst)
    }

    /// Accepted messages on connection `connection` (connection reuse tests).
    pub fn transactions_on(&self, connection: u64) -> usize {
        let on = |m: &&SinkMessage| m.connection == connection;
        self.messages().iter().filter(on).count()
    }

    /// TLS handshakes that failed after STARTTLS (e.g. the relay refused the certificate).
    pub fn tls_failures(&self) -> u64 {
        self.shared.tls_failures.load(Ordering::SeqCst)
    }

    /// Waits until at least `n` messages were accepted; false on timeout.
    pub async fn wait_for(&self, n: usize, timeout: Duration) -> bool {
        self.wait_until(timeout, || self.messages().len() >= n)
            .await
    }

    /// Waits until at least `n` messages arrived in full (e.g. one now stalled); false on timeout.
    pub async fn wait_for_received(&self, n: usize, timeout: Duration) -> bool {
        self.wait_until(timeout, || self.received().len() >= n)
            .await
    }

    async fn wait_until(&self, timeout: Duration, done: impl Fn() -> bool) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Made before the check: `notify_waiters` wakes it even if it is not yet polled.
            let changed = self.shared.changed.notified();
            if done() {
                return true;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                return done();
            }
        }
    }
}

impl Drop for Sink {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl Shared {
    fn violation(&self, what: String) {
        self.violations.lock().unwrap().push(what);
    }
}

/// Counts a session as open while it lives.
struct Active(Arc<Shared>);

impl Active {
    fn enter(shared: &Arc<Shared>) -> Active {
        let now = shared.active.fetch_add(1, Ordering::SeqCst) + 1;
        shared.peak.fetch_max(now, Ordering::SeqCst);
        Active(shared.clone())
    }
}

impl Drop for Active {
    fn drop(&mut self) {
        self.0.active.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Owns the sessions: when this task is aborted, the JoinSet drop aborts them all.
async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    let mut sessions = JoinSet::new();
    loop {
        let Ok((tcp, _peer)) = listener.accept().await else {
            tokio::time::sleep(Duration::from_millis(10)).await;
            continue;
        };
        let id = shared.connections.fetch_add(1, Ordering::SeqCst) + 1;
        let active = Active::enter(&shared);
        let session = Session::new(shared.clone(), id);
        sessions.spawn(async move {
            session.run(tcp).await;
            drop(active);
        });
        while sessions.try_join_next().is_some() {}
    }
}

/// What the dialog loop asks its caller to do next.
enum Next {
    Close,
    StartTls,
}

/// A mail transaction in progress (RFC 5321 §3.3).
struct Tx {
    mail_from: String,
    mail_params: String,
    rcpts: Vec<String>,
    rcpt_params: Vec<String>,
}

struct Session {
    shared: Arc<Shared>,
    id: u64,
    helo: Option<String>,
    tx: Option<Tx>,
    tls: bool,
}

impl Session {
    fn new(shared: Arc<Shared>, id: u64) -> Session {
        Session {
            shared,
            id,
            helo: None,
            tx: None,
            tls: false,
        }
    }

    fn opts(&self) -> &SinkOpts {
        &self.shared.opts
    }

    fn violation(&self, what: impl std::fmt::Display) {
        self.shared
            .violation(format!("connection {}: {what}", self.id));
    }

    async fn run(mut self, tcp: TcpStream) {
        let mut io = BufReader::new(tcp);
        if !self.greet(&mut io).await {
            return;
        }
        if let Next::Close = self.dialog(&mut io).await {
            return;
        }
        // RFC 3207 §4.2: whatever the client sent after STARTTLS, before TLS, is discarded.
        if !io.buffer().is_empty() {
            self.violation(format!(
                "{} bytes pipelined after STARTTLS",
                io.buffer().len()
            ));
        }
        let config = self
            .opts()
            .tls
            .clone()
            .expect("STARTTLS accepted only with tls");
        let tls = match TlsAcceptor::from(config).accept(io.into_inner()).await {
            Ok(tls) => tls,
            Err(_) => {
                self.shared.tls_failures.fetch_add(1, Ordering::SeqCst);
                return;
            }
        };
        // RFC 3207 §4.2: forget the EHLO and everything else learned before TLS.
        (self.tls, self.helo, self.tx) = (true, None, None);
        self.dialog(&mut BufReader::new(tls)).await;
    }

    /// Sends the greeting; false when the session ends there.
    async fn greet<S: AsyncRead + AsyncWrite + Unpin>(&mut self, io: &mut BufReader<S>) -> bool {
        let (code, text) = self.opts().greeting.clone();
        if !send(io, &reply_bytes(code, &text)).await {
            return false;
        }
        match code {
            200..=299 => true,
            400..=499 => false,
            _ => {
                self.refuse_all(io).await;
                false
            }
        }
    }

    /// After a 5xx greeting: 503 to everything until QUIT.
    async fn refuse_all<S: AsyncRead + AsyncWrite + Unpin>(&mut self, io: &mut BufReader<S>) {
        while let Some(line) = self.read_command(io).await {
            let quit = line.eq_ignore_ascii_case("QUIT");
            let reply = match quit {
                true => reply_bytes(221, "2.0.0 bye"),
                false => reply_bytes(503, "5.5.1 no service here"),
            };
            if !send(io, &reply).await || quit {
                return;
            }
        }
    }

    async fn dialog<S: AsyncRead + AsyncWrite + Unpin>(&mut self, io: &mut BufReader<S>) -> Next {
        while let Some(line) = self.read_command(io).await {
            if !self.opts().ext_pipelining && !io.buffer().is_empty() {
                self.violation(format!("pipelined without PIPELINING: {line:?}"));
            }
            let (verb, arg) = line.split_once(' ').unwrap_or((line.as_str(), ""));
            let reply = match verb.to_ascii_uppercase().as_str() {
                "EHLO" => self.ehlo(arg),
                "HELO" => self.helo(arg),
                "STARTTLS" if self.starttls_offered() => return self.starttls(io).await,
                "MAIL" => self.mail(arg),
                "RCPT" => self.rcpt(arg),
                "DATA" if self.tx.as_ref().is_some_and(|t| !t.rcpts.is_empty()) => {
                    match self.data(io).await {
                        Some(reply) => reply,
                        None => return Next::Close,
                    }
                }
                "DATA" => reply_bytes(503, "5.5.1 no valid recipients"),
                "RSET" => self.rset(),
                "NOOP" => reply_bytes(250, "2.0.0 ok"),
                "VRFY" => reply_bytes(252, "2.1.5 cannot verify"),
                "QUIT" => {
                    send(io, &reply_bytes(221, "2.0.0 bye")).await;
                    return Next::Close;
                }
                "STARTTLS" | "BDAT" => reply_bytes(502, "5.5.1 not offered"),
                _ => reply_bytes(500, "5.5.2 unknown command"),
            };
            // RFC 5321 §3.8: 421 means the server is closing the channel.
            if !send(io, &reply).await || reply.starts_with(b"421") {
                break;
            }
        }
        Next::Close
    }

    /// One command line without its CRLF; None at EOF. Lines not ending in CRLF are
    /// answered 500 here (and noted), never executed.
    async fn read_command<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        io: &mut BufReader<S>,
    ) -> Option<String> {
        loop {
            let line = read_line(io).await?;
            if line.len() > MAX_COMMAND_LINE {
                self.violation(format!("command line of {} bytes", line.len()));
            }
            let Some(body) = line.strip_suffix(b"\r\n") else {
                self.violation(format!("command without CRLF: {:?}", lossy(&line)));
                send(io, &reply_bytes(500, "5.5.2 lines end with CRLF")).await;
                continue;
            };
            if body.contains(&b'\r') {
                self.violation(format!("bare CR in command: {:?}", lossy(body)));
            }
            match String::from_utf8(body.to_vec()) {
                Ok(text) => return Some(text),
                Err(_) => self.violation(format!("command not UTF-8: {:?}", lossy(body))),
            }
            send(io, &reply_bytes(500, "5.5.2 command not UTF-8")).await;
        }
    }

    fn ehlo(&mut self, arg: &str) -> Vec<u8> {
        self.helo = Some(arg.to_string());
        self.tx = None;
        let o = self.opts();
        let mut lines = vec![format!("sink.test greets {arg}")];
        let offers = [
            (o.ext_pipelining, "PIPELINING"),
            (o.ext_8bitmime, "8BITMIME"),
            (o.ext_smtputf8, "SMTPUTF8"),
            (o.ext_dsn, "DSN"),
            (self.starttls_offered(), "STARTTLS"),
            // RFC 8689 §4: REQUIRETLS is offered only over TLS.
            (o.ext_requiretls && self.tls, "REQUIRETLS"),
            (true, "ENHANCEDSTATUSCODES"),
        ];
        lines.extend(
            offers
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, ext)| ext.to_string()),
        );
        if let Some(size) = o.size {
            lines.push(format!("SIZE {size}"));
        }
        reply_bytes(250, &lines.join("\n"))
    }

    fn helo(&mut self, arg: &str) -> Vec<u8> {
        self.helo = Some(arg.to_string());
        self.tx = None;
        reply_bytes(250, "sink.test")
    }

    fn starttls_offered(&self) -> bool {
        self.opts().tls.is_some() && self.opts().advertise_starttls && !self.tls
    }

    /// Replies 220 (plus any injected bytes, in the same write); the caller then hands over.
    async fn starttls<S: AsyncRead + AsyncWrite + Unpin>(&mut self, io: &mut BufReader<S>) -> Next {
        let mut bytes = reply_bytes(220, "2.0.0 ready to start TLS");
        if let Some(inject) = &self.opts().inject_after_starttls {
            bytes.extend_from_slice(inject);
        }
        match send(io, &bytes).await {
            true => Next::StartTls,
            false => Next::Close,
        }
    }

    fn rset(&mut self) -> Vec<u8> {
        self.tx = None;
        reply_bytes(250, "2.0.0 ok")
    }

    fn mail(&mut self, arg: &str) -> Vec<u8> {
        if self.helo.is_none() {
            return reply_bytes(503, "5.5.1 EHLO first");
        }
        if self.tx.is_some() {
            return reply_bytes(503, "5.5.1 nested MAIL");
        }
        let Some((addr, params)) = parse_path(arg, "FROM:") else {
            self.violation(format!("bad MAIL syntax: {arg:?}"));
            return reply_bytes(501, "5.5.4 syntax: MAIL FROM:<address>");
        };
        if let Some(refusal) = self.check_params(&addr, &params, MAIL_PARAMS) {
            return refusal;
        }
        let (code, text) = match &self.opts().mail_reply {
            Some(script) => script(&addr),
            None => (250, "2.1.0 ok".into()),
        };
        if (200..300).contains(&code) {
            let (rcpts, rcpt_params) = (Vec::new(), Vec::new());
            let (mail_from, mail_params) = (addr, params);
            self.tx = Some(Tx {
                mail_from,
                mail_params,
                rcpts,
                rcpt_params,
            });
        }
        reply_bytes(code, &text)
    }

    fn rcpt(&mut self, arg: &str) -> Vec<u8> {
        if self.tx.is_none() {
            return reply_bytes(503, "5.5.1 MAIL first");
        }
        let Some((addr, params)) = parse_path(arg, "TO:") else {
            self.violation(format!("bad RCPT syntax: {arg:?}"));
            return reply_bytes(501, "5.5.4 syntax: RCPT TO:<address>");
        };
        if let Some(refusal) = self.check_params(&addr, &params, RCPT_PARAMS) {
            return refusal;
        }
        let (code, text) = match &self.opts().rcpt_reply {
            Some(script) => script(&addr),
            None => (250, "2.1.5 ok".into()),
        };
        if (200..300).contains(&code) {
            let tx = self.tx.as_mut().expect("checked above");
            tx.rcpts.push(addr);
            tx.rcpt_params.push(params);
        }
        reply_bytes(code, &text)
    }

    /// Refuses (and notes) parameters of extensions not offered, and oversize or non-ASCII
    /// addresses the parameters do not allow (RFC 1870, 6152, 6531, 3461, 8689).
    fn check_params(&self, addr: &str, params: &str, known: &[(&str, Ext)]) -> Option<Vec<u8>> {
        let names: Vec<String> = params
            .split_ascii_whitespace()
            .map(|p| p.split('=').next().unwrap_or("").to_ascii_uppercase())
            .collect();
        for name in &names {
            let offered = known
                .iter()
                .find(|(n, _)| n == name)
                .is_some_and(|(_, ext)| ext.offered(self));
            if !offered {
                self.violation(format!("parameter {name} not offered: {params:?}"));
                return Some(reply_bytes(555, "5.5.4 parameter not offered"));
            }
        }
        if !addr.is_ascii() && !names.iter().any(|n| n == "SMTPUTF8") {
            self.violation(format!("non-ASCII address without SMTPUTF8: {addr:?}"));
            return Some(reply_bytes(553, "5.6.7 non-ASCII address needs SMTPUTF8"));
        }
        let declared = params.split_ascii_whitespace().find_map(|p| {
            p.strip_prefix("SIZE=")
                .and_then(|n| n.parse::<usize>().ok())
        });
        match (declared, self.opts().size) {
            (Some(n), Some(max)) if n > max => Some(reply_bytes(552, "5.3.4 message too big")),
            _ => None,
        }
    }

    /// 354, the message, then its reply; None when the connection is to close instead.
    async fn data<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        io: &mut BufReader<S>,
    ) -> Option<Vec<u8>> {
        if !io.buffer().is_empty() {
            self.violation("message bytes sent before the 354");
        }
        if !send(io, &reply_bytes(354, "end with <CRLF>.<CRLF>")).await {
            return None;
        }
        let raw = self.read_data(io).await?;
        let tx = self.tx.take().expect("DATA only in a transaction");
        let index = self.record(tx, raw.clone());
        let seen = self.shared.data_seen.fetch_add(1, Ordering::SeqCst);
        if self.opts().drop_connection_after_data {
            return None;
        }
        if let Some(stall) = &self.opts().stall_in_data {
            stall.notified().await;
        }
        let (code, text) = match (&self.opts().data_reply, self.opts().size) {
            (_, Some(max)) if unstuff(&raw).len() > max => (552, "5.3.4 message too big".into()),
            (Some(script), _) => script(seen),
            (None, _) => (250, format!("2.0.0 ok: queued as sink-{}", seen + 1)),
        };
        self.shared.received.lock().unwrap()[index].reply_code = Some(code);
        self.shared.changed.notify_waiters();
        Some(reply_bytes(code, &text))
    }

    /// The bytes up to (not including) the `.CRLF` that ends DATA; None on EOF first.
    async fn read_data<S: AsyncRead + AsyncWrite + Unpin>(
        &mut self,
        io: &mut BufReader<S>,
    ) -> Option<Vec<u8>> {
        let mut raw = Vec::new();
        for number in 1.. {
            let line = read_line(io).await?;
            if line == b".\r\n" {
                return Some(raw);
            }
            self.check_text_line(number, &line);
            raw.extend_from_slice(&line);
        }
        unreachable!()
    }

    fn check_text_line(&self, number: usize, line: &[u8]) {
        let body = line.strip_suffix(b"\r\n");
        if body.is_none() {
            self.violation(format!(
                "DATA line {number} without CRLF: {:?}",
                lossy(line)
            ));
        }
        if body.unwrap_or(line).contains(&b'\r') {
            self.violation(format!("bare CR in DATA line {number}"));
        }
        if line.len() > MAX_TEXT_LINE {
            self.violation(format!("DATA line {number} of {} bytes", line.len()));
        }
    }

    /// Stores the message (reply pending) and wakes waiters; returns its index.
    fn record(&self, tx: Tx, raw_data: Vec<u8>) -> usize {
        let message = SinkMessage {
            helo: self.helo.clone().unwrap_or_default(),
            mail_from: tx.mail_from,
            mail_params: tx.mail_params,
            rcpts: tx.rcpts,
            rcpt_params: tx.rcpt_params,
            data: unstuff(&raw_data),
            raw_data,
            tls: self.tls,
            connection: self.id,
            reply_code: None,
        };
        let mut received = self.shared.received.lock().unwrap();
        received.push(message);
        self.shared.changed.notify_waiters();
        received.len() - 1
    }
}

/// An SMTP extension a MAIL or RCPT parameter belongs to.
#[derive(Clone, Copy)]
enum Ext {
    Size,
    EightBit,
    Utf8,
    Dsn,
    RequireTls,
}

impl Ext {
    fn offered(self, s: &Session) -> bool {
        let o = s.opts();
        match self {
            Ext::Size => o.size.is_some(),
            Ext::EightBit => o.ext_8bitmime,
            Ext::Utf8 => o.ext_smtputf8,
            Ext::Dsn => o.ext_dsn,
            Ext::RequireTls => o.ext_requiretls && s.tls,
        }
    }
}

const MAIL_PARAMS: &[(&str, Ext)] = &[
    ("SIZE", Ext::Size),
    // BODY=7BIT needs no extension, but nobody sends it without 8BITMIME on offer.
    ("BODY", Ext::EightBit),
    ("SMTPUTF8", Ext::Utf8),
    ("RET", Ext::Dsn),
    ("ENVID", Ext::Dsn),
    ("REQUIRETLS", Ext::RequireTls),
];
const RCPT_PARAMS: &[(&str, Ext)] = &[("NOTIFY", Ext::Dsn), ("ORCPT", Ext::Dsn)];

/// `FROM:<addr> params` → (addr, params). Strict: no space before `<` (RFC 5321 §4.1.2).
fn parse_path(arg: &str, keyword: &str) -> Option<(String, String)> {
    let head = arg.get(..keyword.len())?;
    if !head.eq_ignore_ascii_case(keyword) {
        return None;
    }
    let rest = arg[keyword.len()..].strip_prefix('<')?;
    let (addr, params) = rest.split_once('>')?;
    if !(params.is_empty() || params.starts_with(' ')) {
        return None;
    }
    Some((addr.to_string(), params.trim().to_string()))
}

/// Removes the leading dot of every line that has one (RFC 5321 §4.5.2).
fn unstuff(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    for line in raw.split_inclusive(|b| *b == b'\n') {
        out.extend_from_slice(line.strip_prefix(b".").unwrap_or(line));
    }
    out
}

/// One line including its LF (if any); None at EOF or on a read error. A line that runs past
/// `LINE_CAP` bytes without LF is returned as is (the caller sees no CRLF).
async fn read_line<S: AsyncRead + Unpin>(io: &mut BufReader<S>) -> Option<Vec<u8>> {
    let mut line = Vec::new();
    match io.take(LINE_CAP).read_until(b'\n', &mut line).await {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

/// `code text`, one line per `\n` in `text`, continuation lines marked `code-`.
fn reply_bytes(code: u16, text: &str) -> Vec<u8> {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let sep = if i + 1 == lines.len() { ' ' } else { '-' };
        out.push_str(&format!("{code}{sep}{line}\r\n"));
    }
    out.into_bytes()
}

/// Writes and flushes; false when the peer is gone.
async fn send<S: AsyncRead + AsyncWrite + Unpin>(io: &mut BufReader<S>, bytes: &[u8]) -> bool {
    let stream = io.get_mut();
    stream.write_all(bytes).await.is_ok() && stream.flush().await.is_ok()
}

fn lossy(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
