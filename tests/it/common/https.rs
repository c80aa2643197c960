//! Test HTTPS server: a tiny in-process HTTP/1.1-over-TLS server (tokio-rustls, one request
//! per connection, `Connection: close`) on a loopback address, serving canned [`Reply`]s by
//! path. Made for the MTA-STS policy fetch (RFC 8461 §3.3): the policy at
//! `/.well-known/mta-sts.txt`, plus redirects, wrong statuses or media types, slow or huge
//! answers. Unknown paths get a 404. A failed TLS handshake (client rejected the
//! certificate) is not a request and is not counted in [`HttpsServer::hits`].

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustls::ServerConfig;
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _};
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;

pub const POLICY_PATH: &str = "/.well-known/mta-sts.txt";

/// One canned response.
#[derive(Clone, Debug)]
pub struct Reply {
    pub status: u16,
    /// `None`: no Content-Type header at all.
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    /// A `Location` header (for redirects).
    pub location: Option<String>,
    /// Wait this long before sending anything.
    pub delay: Duration,
    /// Send the head and half the body, then wait this long before the rest.
    pub body_delay: Duration,
    /// No Content-Length: the body ends when the server closes the connection.
    pub no_length: bool,
}

impl Reply {
    /// 200, `text/plain`, `text` as the body.
    pub fn policy(text: &str) -> Reply {
        Reply {
            status: 200,
            content_type: Some("text/plain".into()),
            body: text.as_bytes().to_vec(),
            location: None,
            delay: Duration::ZERO,
            body_delay: Duration::ZERO,
            no_length: false,
        }
    }

    /// `status` with a short text body.
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            ..Reply::policy("no policy here\n")
        }
    }

    /// 301 to `location`.
    pub fn redirect(location: &str) -> Reply {
        Reply {
            location: Some(location.into()),
            ..Reply::status(301)
        }
    }

    /// 200 `text/plain` with a body of `len` bytes (lines of an unknown field).
    pub fn huge(len: usize) -> Reply {
        let line = b"x-padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n";
        let body = line.iter().copied().cycle().take(len).collect::<Vec<u8>>();
        Reply {
            body,
            ..Reply::policy("")
        }
    }

    pub fn content_type(mut self, content_type: Option<&str>) -> Reply {
        self.content_type = content_type.map(str::to_string);
        self
    }

    pub fn slow(mut self, delay: Duration) -> Reply {
        self.delay = delay;
        self
    }

    pub fn slow_body(mut self, delay: Duration) -> Reply {
        self.body_delay = delay;
        self
    }

    pub fn without_length(mut self) -> Reply {
        self.no_length = true;
        self
    }
}

type Routes = Arc<Mutex<HashMap<String, Reply>>>;

/// A running server; dropping it stops it (and every open connection).
pub struct HttpsServer {
    pub addr: SocketAddr,
    routes: Routes,
    requests: Arc<Mutex<Vec<String>>>,
    task: JoinHandle<()>,
}

impl HttpsServer {
    /// Serves `policy` at [`POLICY_PATH`] on `addr` (port 0: any free port) with `tls`.
    pub async fn start(addr: SocketAddr, tls: Arc<ServerConfig>, policy: Reply) -> HttpsServer {
        let listener = TcpListener::bind(addr)
            .await
            .unwrap_or_else(|e| panic!("bind HTTPS test server on {addr}: {e}"));
        HttpsServer::serve(listener, tls, policy)
    }

    /// Like [`start`](Self::start) on a listener the caller bound.
    pub fn serve(listener: TcpListener, tls: Arc<ServerConfig>, policy: Reply) -> HttpsServer {
        let addr = listener.local_addr().expect("listener address");
        let routes: Routes = Arc::new(Mutex::new(HashMap::from([(
            POLICY_PATH.to_string(),
            policy,
        )])));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let acceptor = TlsAcceptor::from(tls);
        let (r, q) = (routes.clone(), requests.clone());
        let task = tokio::spawn(async move {
            // Dropping the JoinSet (when this task is aborted) aborts every connection.
            let mut conns = JoinSet::new();
            while let Ok((tcp, _)) = listener.accept().await {
                while conns.try_join_next().is_some() {}
                let (acceptor, r, q) = (acceptor.clone(), r.clone(), q.clone());
                conns.spawn(async move {
                    if let Ok(stream) = acceptor.accept(tcp).await {
                        let _ = answer(stream, &r, &q).await;
                    }
                });
            }
        });
        HttpsServer {
            addr,
            routes,
            requests,
            task,
        }
    }

    /// Serves `reply` at `path` from now on (replacing what was there).
    pub fn route(&self, path: &str, reply: Reply) {
        self.routes.lock().unwrap().insert(path.to_string(), reply);
    }

    /// HTTP requests received so far (any path).
    pub fn hits(&self) -> usize {
        self.requests.lock().unwrap().len()
    }

    /// The paths requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

impl Drop for HttpsServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// Reads one request head, writes the reply for its path, closes.
async fn answer<S: AsyncRead + AsyncWrite + Unpin>(
    mut stream: S,
    routes: &Routes,
    requests: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        let n = stream.read(&mut buf).await?;
        if n == 0 || head.len() > 16 * 1024 {
            return Ok(());
        }
        head.extend_from_slice(&buf[..n]);
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split(' ').nth(1).unwrap_or("").to_string();
    requests.lock().unwrap().push(path.clone());
    let reply = routes
        .lock()
        .unwrap()
        .get(&path)
        .cloned()
        .unwrap_or_else(|| Reply::status(404));

    tokio::time::sleep(reply.delay).await;
    let mut out = format!("HTTP/1.1 {} Test\r\nConnection: close\r\n", reply.status);
    if let Some(ct) = &reply.content_type {
        out.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    if let Some(location) = &reply.location {
        out.push_str(&format!("Location: {location}\r\n"));
    }
    if !reply.no_length {
        out.push_str(&format!("Content-Length: {}\r\n", reply.body.len()));
    }
    out.push_str("\r\n");
    stream.write_all(out.as_bytes()).await?;
    let (first, rest) = reply.body.split_at(reply.body.len() / 2);
    stream.write_all(first).await?;
    stream.flush().await?;
    tokio::time::sleep(reply.body_delay).await;
    stream.write_all(rest).await?;
    stream.shutdown().await
}
