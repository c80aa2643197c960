//! The secure portal under test: its config section (a certificate from a
//! test CA), the portal started on a running test relay, and a small HTTPS
//! client that keeps cookies by hand and never follows redirects.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use phirelay::portal::{Portal, serve, sweeper};
use tokio::sync::watch;

use super::certs::TestPki;
use super::relay::TestRelay;

pub const HOST: &str = "portal.test";

/// The `[portal]` section (listening on a free loopback port) and its CA.
pub fn portal_toml(dir: &Path, extra: &str) -> (String, TestPki) {
    let pki = TestPki::new(&[HOST]);
    let (cert, key) = pki.write_server_files(dir);
    let toml = format!(
        "[portal]\nenabled = true\nlisten = \"127.0.0.1:0\"\npublic_url = \"https://{HOST}\"\n\
         cert = \"{}\"\nkey = \"{}\"\norganisation = \"Example Clinic\"\n\
         notice_from = \"secure@clinic.example\"\n{extra}\n",
        cert.display(),
        key.display()
    );
    (toml, pki)
}

pub struct PortalRig {
    pub addr: SocketAddr,
    pub portal: Arc<Portal>,
    pub http: Http,
    _stop: watch::Sender<bool>,
}

/// Start the portal (listener and sweeper) of a running relay.
pub async fn start(relay: &TestRelay, pki: &TestPki) -> PortalRig {
    let cfg = relay.cfg.portal.clone().expect("[portal] enabled");
    let portal = Arc::new(Portal::new(
        cfg,
        relay.store.clone(),
        relay.keys.clone(),
        relay.prep.clone(),
        relay.cfg.hostname.clone(),
    ));
    let (stop, stopped) = watch::channel(false);
    let addr = serve(portal.clone(), stopped)
        .await
        .expect("portal listens");
    sweeper::spawn(portal.clone());
    PortalRig {
        addr,
        portal,
        http: Http::new(addr, pki),
        _stop: stop,
    }
}

/// One response, read whole.
pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: Vec<u8>,
}

impl Resp {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> String {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    }

    /// The value of `name="csrf"`'s hidden field on the page.
    pub fn csrf(&self) -> String {
        let t = self.text();
        let at = t.find("name=\"csrf\" value=\"").expect("a form with csrf") + 19;
        t[at..].split('"').next().unwrap_or("").to_string()
    }
}

/// A browser's cookie jar and the requests it makes.
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    pub cookies: BTreeMap<String, String>,
    pub user_agent: String,
}

impl Http {
    pub fn new(addr: SocketAddr, pki: &TestPki) -> Http {
        let mut tls = (*pki.client_config()).clone();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .resolve(HOST, addr)
            .redirect(reqwest::redirect::Policy::none())
            .no_proxy()
            .http1_only()
            .build()
            .expect("client");
        Http {
            client,
            cookies: BTreeMap::new(),
            user_agent: "phirelay-test/1.0".into(),
        }
    }

    /// The same client with an empty jar (another browser).
    pub fn fresh(&self) -> Http {
        Http {
            client: self.client.clone(),
            cookies: BTreeMap::new(),
            user_agent: self.user_agent.clone(),
        }
    }

    fn url(path: &str) -> String {
        format!("https://{HOST}{path}")
    }

    fn jar(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn send(&mut self, req: reqwest::RequestBuilder) -> Resp {
        self.try_send(req).await.expect("request")
    }

    /// None when the server is gone (the crash test kills it mid-request).
    async fn try_send(&mut self, req: reqwest::RequestBuilder) -> Option<Resp> {
        let req = req
            .header("User-Agent", self.user_agent.clone())
            .header("Cookie", self.jar());
        let res = req.send().await.ok()?;
        for c in res.headers().get_all("set-cookie") {
            let c = c.to_str().unwrap_or("");
            let pair = c.split(';').next().unwrap_or("");
            if let Some((k, v)) = pair.split_once('=') {
                match c.contains("Max-Age=0") {
                    true => self.cookies.remove(k),
                    false => self.cookies.insert(k.to_string(), v.to_string()),
                };
            }
        }
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let body = res.bytes().await.ok()?.to_vec();
        Some(Resp {
            status,
            headers,
            body,
        })
    }

    pub async fn get(&mut self, path: &str) -> Resp {
        let req = self.client.get(Self::url(path));
        self.send(req).await
    }

    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Resp {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        let req = self
            .client
            .post(Self::url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body);
        self.send(req).await
    }

    /// A multipart form: text fields, then files (name, content type, bytes).
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Resp {
        self.try_post_multipart(path, fields, files)
            .await
            .expect("request")
    }

    /// As [`post_multipart`](Self::post_multipart); None when the server is gone.
    pub async fn try_post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Option<Resp> {
        let boundary = "----phirelaytestboundary7MA4YWxkTrZu0gW";
        let mut body = Vec::new();
        for (k, v) in fields {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n"
                )
                .as_bytes(),
            );
        }
        for (name, kind, bytes) in files {
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"{name}\"\r\n\
                     Content-Type: {kind}\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let req = self
            .client
            .post(Self::url(path))
            .header(
                "Content-Type",
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(body);
        self.try_send(req).await
    }
}

/// The link token in a notice (`https://portal.test/p/<token>`).
pub fn token_in(notice: &[u8]) -> String {
    let text = String::from_utf8_lossy(notice);
    let at = text.find("/p/").expect("a link in the notice") + 3;
    text[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .collect()
}

/// The six-digit code in a code message.
pub fn code_in(mail: &[u8]) -> String {
    let text = String::from_utf8_lossy(mail);
    text.split_whitespace()
        .find(|w| w.len() == 6 && w.chars().all(|c| c.is_ascii_digit()))
        .expect("a code")
        .to_string()
}
