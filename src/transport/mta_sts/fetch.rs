//! Fetching the MTA-STS policy over HTTPS through the relay's resolver (RFC 8461 §3.3).

use std::error::Error as StdError;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hickory_resolver::TokioResolver;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::{StatusCode, redirect};

use super::*;

/// Why a policy could not be fetched. Every variant means "no fresh policy": see the
/// module docs for what the caller does then.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("not a valid policy domain: {0:?}")]
    InvalidDomain(String),
    #[error("cannot resolve {host}: {reason}")]
    Dns { host: String, reason: String },
    #[error("cannot connect to {host}: {reason}")]
    Connect { host: String, reason: String },
    /// The certificate failed PKIX validation for `mta-sts.<domain>` (§3.3).
    #[error("certificate of {host} not valid: {reason}")]
    WebPki { host: String, reason: String },
    #[error("TLS with {host} failed: {reason}")]
    Tls { host: String, reason: String },
    #[error("timed out fetching the policy from {host}")]
    Timeout { host: String },
    /// 3xx: redirects MUST NOT be followed (§3.3).
    #[error(
        "HTTP {status} redirect to {} (redirects are not followed)",
        location.as_deref().unwrap_or("nowhere")
    )]
    Redirect {
        status: u16,
        location: Option<String>,
    },
    /// Any status but 200 (§3.3).
    #[error("HTTP status {0}, not 200")]
    Status(u16),
    #[error("HTTP error from {host}: {reason}")]
    Http { host: String, reason: String },
    /// The media type is not `text/plain` (§3.2); `None` when the header is missing.
    #[error("content type {}, not text/plain", .0.as_deref().unwrap_or("missing"))]
    ContentType(Option<String>),
    #[error("policy larger than {MAX_POLICY_SIZE} bytes")]
    TooLarge,
    #[error("policy is not UTF-8")]
    NotUtf8,
    /// Fetched, but the policy file is invalid ([`Fetcher::fetch_policy`] only).
    #[error("invalid policy: {0}")]
    Invalid(#[from] PolicyError),
}

impl FetchError {
    /// The TLS-RPT result type (RFC 8460 §4.3.2.1): `sts-webpki-invalid` for certificate
    /// failures, `sts-policy-invalid` for a body that arrived but is not an acceptable
    /// policy, `sts-policy-fetch-error` for everything else.
    pub fn result_type(&self) -> &'static str {
        match self {
            FetchError::WebPki { .. } => "sts-webpki-invalid",
            FetchError::ContentType(_)
            | FetchError::TooLarge
            | FetchError::NotUtf8
            | FetchError::Invalid(_) => "sts-policy-invalid",
            FetchError::InvalidDomain(_)
            | FetchError::Dns { .. }
            | FetchError::Connect { .. }
            | FetchError::Tls { .. }
            | FetchError::Timeout { .. }
            | FetchError::Redirect { .. }
            | FetchError::Status(_)
            | FetchError::Http { .. } => "sts-policy-fetch-error",
        }
    }
}

/// A failed address lookup by [`HickoryResolve`] (seen again as [`FetchError::Dns`]).
#[derive(Debug, thiserror::Error)]
#[error("{reason}")]
pub struct ResolveError {
    pub name: String,
    pub reason: String,
}

/// reqwest's DNS hook over the relay's hickory resolver, so `mta-sts.<domain>` is looked
/// up like every other delivery name (same nameservers, never the system resolver). Names
/// are queried as absolute (no search domains); A and AAAA answers, port left to the caller.
pub struct HickoryResolve(pub TokioResolver);

impl Resolve for HickoryResolve {
    fn resolve(&self, name: Name) -> Resolving {
        let resolver = self.0.clone();
        let name = name.as_str().to_string();
        Box::pin(async move {
            let fqdn = if name.ends_with('.') {
                name.clone()
            } else {
                format!("{name}.")
            };
            let fail = |reason: String| -> Box<dyn StdError + Send + Sync> {
                Box::new(ResolveError {
                    name: name.clone(),
                    reason,
                })
            };
            let lookup = resolver
                .lookup_ip(fqdn.as_str())
                .await
                .map_err(|e| fail(e.to_string()))?;
            let addrs: Vec<SocketAddr> = lookup.iter().map(|ip| SocketAddr::new(ip, 0)).collect();
            if addrs.is_empty() {
                return Err(fail("no A or AAAA records".into()));
            }
            Ok(Box::new(addrs.into_iter()) as Addrs)
        })
    }
}

/// Puts `port` on every address another resolver returns (the URL carries no port, so
/// the Host header and SNI stay plain `mta-sts.<domain>`).
struct FixedPort {
    inner: Arc<dyn Resolve>,
    port: u16,
}

impl Resolve for FixedPort {
    fn resolve(&self, name: Name) -> Resolving {
        let lookup = self.inner.resolve(name);
        let port = self.port;
        Box::pin(async move {
            let addrs = lookup.await?;
            Ok(Box::new(addrs.map(move |mut a| {
                a.set_port(port);
                a
            })) as Addrs)
        })
    }
}

/// Fetches policy files over HTTPS (§3.3): no redirects, no proxies, no caching, no retries,
/// HTTP/1.1, one fresh connection per fetch.
pub struct Fetcher {
    client: reqwest::Client,
}

impl Fetcher {
    /// `tls`: the relay's PKIX-validating client config (web PKI or system roots plus extra
    /// CAs); reqwest checks the certificate against `mta-sts.<domain>` with it. ALPN is set
    /// to `http/1.1` and SNI on, on a copy. `resolver`: usually [`HickoryResolve`]. `port`:
    /// 443 in production. `timeout`: bounds the TCP connect and, separately, the whole fetch
    /// (lookup, connect, TLS, headers and body); [`DEFAULT_TIMEOUT`] is a fine value.
    pub fn new(
        tls: Arc<rustls::ClientConfig>,
        resolver: Arc<dyn Resolve>,
        port: u16,
        timeout: Duration,
    ) -> Result<Fetcher, reqwest::Error> {
        let mut tls = (*tls).clone();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        tls.enable_sni = true;
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .dns_resolver(Arc::new(FixedPort {
                inner: resolver,
                port,
            }))
            .redirect(redirect::Policy::none())
            .retry(reqwest::retry::never())
            .no_proxy()
            .https_only(true)
            .http1_only()
            .referer(false)
            .pool_max_idle_per_host(0)
            .connect_timeout(timeout)
            .timeout(timeout)
            .user_agent(concat!("phirelay/", env!("CARGO_PKG_VERSION")))
            .build()?;
        Ok(Fetcher { client })
    }

    /// GETs `https://mta-sts.<domain>/.well-known/mta-sts.txt` and returns the body. Only a
    /// 200 with media type `text/plain` (parameters such as `charset` allowed) and at most
    /// [`MAX_POLICY_SIZE`] bytes of UTF-8 is accepted; the body is streamed and reading
    /// stops as soon as it is too long.
    pub async fn fetch(&self, domain: &str) -> Result<String, FetchError> {
        let domain = domain
            .strip_suffix('.')
            .unwrap_or(domain)
            .to_ascii_lowercase();
        if !is_domain(&domain) {
            return Err(FetchError::InvalidDomain(domain));
        }
        let host = format!("mta-sts.{domain}");
        let url = format!("https://{host}{POLICY_PATH}");
        let mut response = self
            .client
            .get(&url)
            .send()
            .await
            .map_err(|e| classify(&host, &e))?;
        let status = response.status();
        if status.is_redirection() {
            let location = response.headers().get(LOCATION).map(|v| {
                String::from_utf8_lossy(v.as_bytes())
                    .chars()
                    .take(200)
                    .collect()
            });
            return Err(FetchError::Redirect {
                status: status.as_u16(),
                location,
            });
        }
        if status != StatusCode::OK {
            return Err(FetchError::Status(status.as_u16()));
        }
        let content_type = response.headers().get(CONTENT_TYPE).map(|v| {
            String::from_utf8_lossy(v.as_bytes())
                .chars()
                .take(200)
                .collect::<String>()
        });
        let plain = content_type.as_deref().is_some_and(|ct| {
            ct.split(';')
                .next()
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("text/plain"))
        });
        if !plain {
            return Err(FetchError::ContentType(content_type));
        }
        if response
            .content_length()
            .is_some_and(|n| n > MAX_POLICY_SIZE as u64)
        {
            return Err(FetchError::TooLarge);
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| classify(&host, &e))? {
            if body.len() + chunk.len() > MAX_POLICY_SIZE {
                return Err(FetchError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        String::from_utf8(body).map_err(|_| FetchError::NotUtf8)
    }

    /// [`fetch`](Self::fetch) then [`parse_policy`]: the policy in force for TXT id `id`.
    pub async fn fetch_policy(&self, domain: &str, id: &str) -> Result<Policy, FetchError> {
        let text = self.fetch(domain).await?;
        Ok(parse_policy(&text)?.with_id(id))
    }
}

/// Sorts a reqwest error into a [`FetchError`] by what is in its source chain.
fn classify(host: &str, e: &reqwest::Error) -> FetchError {
    let host = host.to_string();
    let reason = chain(e);
    if let Some(tls) = find::<rustls::Error>(e) {
        return match tls {
            rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented => {
                FetchError::WebPki {
                    host,
                    reason: tls.to_string(),
                }
            }
            _ => FetchError::Tls {
                host,
                reason: tls.to_string(),
            },
        };
    }
    if e.is_timeout() {
        return FetchError::Timeout { host };
    }
    if let Some(dns) = find::<ResolveError>(e) {
        return FetchError::Dns {
            host,
            reason: dns.reason.clone(),
        };
    }
    if e.is_connect() {
        FetchError::Connect { host, reason }
    } else {
        FetchError::Http { host, reason }
    }
}

/// The first `T` in `e`'s source chain, looking inside `io::Error`s too (their `source()`
/// skips the wrapped error itself).
fn find<'a, T: StdError + 'static>(e: &'a (dyn StdError + 'static)) -> Option<&'a T> {
    let mut next = Some(e);
    while let Some(err) = next {
        if let Some(found) = err.downcast_ref::<T>() {
            return Some(found);
        }
        next = match err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn StdError + 'static)),
            None => err.source(),
        };
    }
    None
}

/// `e: cause: cause` for logs.
fn chain(e: &(dyn StdError + 'static)) -> String {
    let mut out = e.to_string();
    let mut next = e.source();
    while let Some(err) = next {
        out.push_str(": ");
        out.push_str(&err.to_string());
        next = err.source();
    }
    out
}
