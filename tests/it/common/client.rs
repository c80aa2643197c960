//! A raw SMTP client for dialog tests: it sends exactly the bytes a test gives
//! (so it can send what a polite client never would) and reads whole replies.

use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};

/// One reply: the code and the text lines (without the code prefix).
#[derive(Debug, Clone)]
pub struct Reply {
    pub code: u16,
    pub lines: Vec<String>,
}

impl Reply {
    pub fn text(&self) -> String {
        self.lines.join("\n")
    }
}

pub struct Client<S> {
    stream: BufReader<S>,
}

impl Client<tokio::net::TcpStream> {
    pub async fn connect(addr: std::net::SocketAddr) -> Self {
        let tcp = tokio::net::TcpStream::connect(addr).await.expect("connect");
        Self::new(tcp)
    }

    /// Hand the socket over (e.g. to a TLS connector after STARTTLS). Panics if the
    /// server sent bytes not yet read.
    pub fn into_inner(self) -> tokio::net::TcpStream {
        assert!(self.stream.buffer().is_empty(), "unread bytes before TLS");
        self.stream.into_inner()
    }
}

impl<S: AsyncRead + AsyncWrite + Unpin> Client<S> {
    pub fn new(stream: S) -> Self {
        Self {
            stream: BufReader::new(stream),
        }
    }

    pub async fn send(&mut self, bytes: &[u8]) {
        self.stream.get_mut().write_all(bytes).await.expect("write");
        self.stream.get_mut().flush().await.expect("flush");
    }

    pub async fn line(&mut self, cmd: &str) {
        self.send(format!("{cmd}\r\n").as_bytes()).await;
    }

    /// Read one (possibly multi-line) reply; panics after 10 s or on EOF.
    pub async fn reply(&mut self) -> Reply {
        self.try_reply().await.expect("reply expected, got EOF")
    }

    pub async fn try_reply(&mut self) -> Option<Reply> {
        let mut lines = Vec::new();
        loop {
            let mut buf = String::new();
            let n = tokio::time::timeout(Duration::from_secs(10), self.stream.read_line(&mut buf))
                .await
                .expect("reply timed out")
                .ok()?;
            if n == 0 {
                return None;
            }
            assert!(buf.ends_with("\r\n"), "reply line without CRLF: {buf:?}");
            let code: u16 = buf.get(..3)?.parse().ok()?;
            let more = buf.as_bytes().get(3) == Some(&b'-');
            lines.push(buf.get(4..)?.trim_end().to_string());
            if !more {
                return Some(Reply { code, lines });
            }
        }
    }

    /// Send a command line and expect a reply code.
    pub async fn cmd(&mut self, cmd: &str, code: u16) -> Reply {
        self.line(cmd).await;
        let r = self.reply().await;
        assert_eq!(r.code, code, "{cmd} → {r:?}");
        r
    }

    /// A whole transaction; returns the final reply (250 with the queue id, or the refusal).
    pub async fn send_mail(&mut self, from: &str, to: &[&str], body: &[u8]) -> Reply {
        self.cmd(&format!("MAIL FROM:<{from}>"), 250).await;
        for r in to {
            self.cmd(&format!("RCPT TO:<{r}>"), 250).await;
        }
        self.cmd("DATA", 354).await;
        self.send(body).await;
        self.send(b".\r\n").await;
        self.reply().await
    }

    /// Greeting plus EHLO.
    pub async fn hello(&mut self) -> Reply {
        let g = self.reply().await;
        assert_eq!(g.code, 220, "{g:?}");
        self.cmd("EHLO client.test", 250).await
    }

    /// True when the server has closed the connection (EOF).
    pub async fn closed(&mut self) -> bool {
        self.try_reply().await.is_none()
    }
}

/// The queue id in "250 2.0.0 Ok: queued as ID".
pub fn queue_id(r: &Reply) -> String {
    assert_eq!(r.code, 250, "{r:?}");
    r.text().rsplit(' ').next().expect("queue id").to_string()
}

/// STARTTLS on `c` and a handshake trusting `config`'s roots, for `name`.
pub async fn starttls(
    mut c: Client<tokio::net::TcpStream>,
    config: std::sync::Arc<rustls::ClientConfig>,
    name: &str,
) -> Client<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
    c.cmd("STARTTLS", 220).await;
    let tcp = c.into_inner();
    let server_name = rustls_pki_types::ServerName::try_from(name.to_string()).expect("name");
    let tls = tokio_rustls::TlsConnector::from(config)
        .connect(server_name, tcp)
        .await
        .expect("TLS handshake");
    Client::new(tls)
}
