//! MTA-STS (RFC 8461): the `_mta-sts` TXT record, the HTTPS policy file, MX pattern
//! matching, and the policy fetcher.
//!
//! - [`parse_txt`] / [`parse_txt_records`]: the TXT record (§3.1), parsed with mail-auth.
//!   Anything but exactly one `v=STSv1` record means "no policy".
//! - [`parse_policy`]: the policy file (§3.2). [`mx_matches`] and [`decide`]: which MX
//!   hosts a policy allows (§4.1) and what that means for delivery (§5).
//! - [`Fetcher`]: GET `https://mta-sts.<domain>/.well-known/mta-sts.txt` (§3.3) through
//!   the relay's own rustls config (PKIX) and DNS resolver ([`HickoryResolve`]).
//!
//! How the caller treats failures:
//! - TXT lookup fails or gives no valid record: use a cached, unexpired policy if there is
//!   one (§5.1); otherwise the domain has no MTA-STS.
//! - [`FetchError`] or [`PolicyError`] (every variant): never a delivery failure. Keep
//!   using a cached, unexpired policy; without one deliver as though the domain had no
//!   MTA-STS (§3.3, §5.1). Report it with [`FetchError::result_type`] (TLS-RPT, RFC 8460
//!   §4.3.2.1) and do not refetch for the same id for a while (§3.3 suggests >= 5 minutes).
//! - [`Decision::Refuse`] (enforce, MX not listed) and TLS failures under an enforce
//!   policy: do not deliver to that MX, but only ever fail temporarily: a permanent failure
//!   needs a fresh check for an updated policy first (§5.1).

use std::error::Error as StdError;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use hickory_resolver::TokioResolver;
use mail_auth::common::parse::TxtRecordParser as _;
use mail_auth::mta_sts::MtaSts;
use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use reqwest::header::{CONTENT_TYPE, LOCATION};
use reqwest::{StatusCode, redirect};

/// Largest policy body accepted (§3.3 suggests 64 KB); longer bodies are not read further.
pub const MAX_POLICY_SIZE: usize = 64 * 1024;

/// Largest `max_age` in seconds (§3.2: about one year); larger values are clamped to it.
pub const MAX_AGE_LIMIT: u64 = 31_557_600;

/// Where the policy lives on `mta-sts.<domain>` (§3.2).
pub const POLICY_PATH: &str = "/.well-known/mta-sts.txt";

/// A sensible fetch timeout (§3.3: "on the order of a minute").
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The policy mode (§5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Deliver only to listed MX hosts, over TLS with a PKIX-valid certificate.
    Enforce,
    /// Check as for `Enforce`, report failures, deliver anyway.
    Testing,
    /// The domain withdrew its policy: behave as without MTA-STS.
    None,
}

impl Mode {
    /// The policy-file spelling: `enforce`, `testing`, `none`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Enforce => "enforce",
            Mode::Testing => "testing",
            Mode::None => "none",
        }
    }
}

/// A policy in force: the policy file plus the TXT record's `id` it was fetched for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    /// From the `_mta-sts` TXT record; a new id means "refetch the policy".
    pub id: String,
    pub mode: Mode,
    /// MX patterns, lowercase, no trailing dot: `mx.example.com` or `*.example.com`.
    pub mx: Vec<String>,
    /// Seconds this policy may be cached from the fetch, at most [`MAX_AGE_LIMIT`].
    pub max_age: u64,
}

impl Policy {
    /// Whether `host` matches one of the policy's MX patterns (ignores the mode).
    pub fn matches(&self, host: &str) -> bool {
        self.mx.iter().any(|p| mx_matches(p, host))
    }
}

/// A parsed policy file: a [`Policy`] without the TXT record's id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyBody {
    pub mode: Mode,
    pub mx: Vec<String>,
    pub max_age: u64,
}

impl PolicyBody {
    /// The policy in force for the TXT record id `id`.
    pub fn with_id(self, id: impl Into<String>) -> Policy {
        Policy {
            id: id.into(),
            mode: self.mode,
            mx: self.mx,
            max_age: self.max_age,
        }
    }
}

/// Why a policy file was rejected (TLS-RPT `sts-policy-invalid`). Lines count from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("line {line}: not a `name: value` field")]
    MalformedLine { line: usize },
    #[error("line {line}: version is not STSv1")]
    InvalidVersion { line: usize },
    #[error("line {line}: mode is not enforce, testing or none")]
    InvalidMode { line: usize },
    #[error("line {line}: max_age is not 1 to 10 digits")]
    InvalidMaxAge { line: usize },
    #[error("line {line}: mx is not a host name or *.<domain>")]
    InvalidMx { line: usize },
    /// `version`, `mode` or `max_age` absent, or `mx` absent while the mode is not `none`.
    #[error("required field {0} missing")]
    Missing(&'static str),
}

impl PolicyError {
    /// The TLS-RPT result type (RFC 8460 §4.3.2.1).
    pub fn result_type(&self) -> &'static str {
        "sts-policy-invalid"
    }
}

/// ABNF `WSP`: space or horizontal tab.
fn is_wsp(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Parses a policy file (§3.2). Fields are `name:` then optional whitespace then the value,
/// one per line (LF or CRLF); trailing whitespace is ignored. Names and the values of
/// `version`/`mode` are case-sensitive (`%s` in the ABNF). `version: STSv1`, `mode` and
/// `max_age` are required, `mx` too unless the mode is `none`; for every field but `mx`
/// only the first occurrence counts. `max_age` above [`MAX_AGE_LIMIT`] is clamped.
/// Unknown fields are ignored (their value only must not contain control characters).
///
/// Lenient where the ABNF is stricter but meaning cannot change: blank lines are skipped
/// and an mx pattern may end in a dot. A rejected policy makes the relay fall back to
/// opportunistic TLS, so refusing a readable policy would weaken, not strengthen, it.
/// The caller bounds the size ([`MAX_POLICY_SIZE`]). Never panics.
pub fn parse_policy(text: &str) -> Result<PolicyBody, PolicyError> {
    let mut version = false;
    let mut mode = None;
    let mut max_age = None;
    let mut mx = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.chars().all(is_wsp) {
            continue;
        }
        let (name, value) = raw
            .split_once(':')
            .filter(|(name, _)| is_field_name(name))
            .ok_or(PolicyError::MalformedLine { line })?;
        let value = value.trim_matches(is_wsp);
        match name {
            "version" => {
                if value != "STSv1" {
                    return Err(PolicyError::InvalidVersion { line });
                }
                version = true;
            }
            "mode" => {
                let m = match value {
                    "enforce" => Mode::Enforce,
                    "testing" => Mode::Testing,
                    "none" => Mode::None,
                    _ => return Err(PolicyError::InvalidMode { line }),
                };
                mode.get_or_insert(m);
            }
            "max_age" => {
                let seconds = parse_max_age(value).ok_or(PolicyError::InvalidMaxAge { line })?;
                max_age.get_or_insert(seconds);
            }
            "mx" => mx.push(parse_mx(value).ok_or(PolicyError::InvalidMx { line })?),
            _ => {
                if value.chars().any(|c| c.is_control() && c != '\t') {
                    return Err(PolicyError::MalformedLine { line });
                }
            }
        }
    }
    if !version {
        return Err(PolicyError::Missing("version"));
    }
    let mode = mode.ok_or(PolicyError::Missing("mode"))?;
    let max_age = max_age.ok_or(PolicyError::Missing("max_age"))?;
    if mx.is_empty() && mode != Mode::None {
        return Err(PolicyError::Missing("mx"));
    }
    Ok(PolicyBody { mode, mx, max_age })
}

/// `sts-policy-ext-name`: ALPHA/DIGIT, then up to 31 of ALPHA/DIGIT/`_`/`-`/`.`.
fn is_field_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 32
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

/// `1*10DIGIT`, clamped to [`MAX_AGE_LIMIT`].
fn parse_max_age(value: &str) -> Option<u64> {
    if value.is_empty() || value.len() > 10 || !value.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    value.parse::<u64>().ok().map(|v| v.min(MAX_AGE_LIMIT))
}

/// `["*."] Domain` (RFC 5321 §4.1.2, A-labels only), lowercased, trailing dot dropped.
fn parse_mx(value: &str) -> Option<String> {
    let value = value.strip_suffix('.').unwrap_or(value);
    let domain = value.strip_prefix("*.").unwrap_or(value);
    is_domain(domain).then(|| value.to_ascii_lowercase())
}

/// RFC 5321 `Domain`: dot-separated labels of letters, digits and inner hyphens.
fn is_domain(domain: &str) -> bool {
    !domain.is_empty()
        && domain.len() <= 253
        && domain.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b.len() <= 63
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        })
}

/// Whether MX host `host` matches policy pattern `pattern` (§4.1): case-insensitive, a
/// trailing dot on either is ignored, and `*.example.com` matches exactly one extra
/// leftmost label (`mx1.example.com`, but neither `a.b.example.com` nor `example.com`).
pub fn mx_matches(pattern: &str, host: &str) -> bool {
    fn norm(s: &str) -> String {
        s.strip_suffix('.').unwrap_or(s).to_ascii_lowercase()
    }
    let (pattern, host) = (norm(pattern), norm(host));
    if pattern.is_empty() || host.is_empty() || host.contains('*') {
        return false;
    }
    match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(first, rest)| !first.is_empty() && rest == suffix),
        None => pattern == host,
    }
}

/// Whether a TXT record begins with `v=STSv1` and its separator (§3.1; the ABNF allows
/// whitespace before the `;`, erratum 6285).
fn is_sts_record(txt: &str) -> bool {
    txt.strip_prefix("v=STSv1")
        .is_some_and(|rest| rest.trim_start_matches(is_wsp).starts_with(';'))
}

/// The `id` of one `_mta-sts` TXT record (`v=STSv1; id=20240101T000000;`), or `None` when
/// it is not a valid STSv1 record. Parsed by mail-auth; `id` must be 1 to 32 letters and
/// digits (§3.1).
pub fn parse_txt(txt: &str) -> Option<String> {
    if !is_sts_record(txt) {
        return None;
    }
    let id = MtaSts::parse(txt.as_bytes()).ok()?.id;
    let valid = (1..=32).contains(&id.len()) && id.bytes().all(|c| c.is_ascii_alphanumeric());
    valid.then_some(id)
}

/// The policy id from all TXT records at `_mta-sts.<domain>` (each record's strings already
/// joined): records not starting with `v=STSv1` are discarded; unless exactly one remains
/// and it is valid, the domain has no MTA-STS policy (`None`, §3.1).
pub fn parse_txt_records<I, S>(records: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut sts = records.into_iter().filter(|r| is_sts_record(r.as_ref()));
    let only = sts.next()?;
    if sts.next().is_some() {
        return None;
    }
    parse_txt(only.as_ref())
}

/// What a policy says about delivering to one MX host (§4.1, §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Mode `none`: the policy imposes nothing; deliver as without MTA-STS.
    NotInForce,
    /// Enforce, MX listed: deliver only over STARTTLS with a certificate that is PKIX-valid
    /// for the MX host name (§4.2); on any TLS failure skip this MX (temporary failure).
    Enforce,
    /// Testing, MX listed: check TLS as for `Enforce`, report failures, deliver anyway.
    Testing,
    /// Testing, MX not listed: deliver anyway and report it (TLS-RPT `validation-failure`).
    TestingNotListed,
    /// Enforce, MX not listed: MUST NOT deliver to this MX (temporary failure, §5.1).
    Refuse,
}

impl Decision {
    /// Whether the message may be sent to this MX at all.
    pub fn may_deliver(self) -> bool {
        self != Decision::Refuse
    }

    /// Whether a TLS/PKIX failure on this MX must stop delivery to it.
    pub fn tls_required(self) -> bool {
        self == Decision::Enforce
    }
}

/// Whether `mx_host` may receive mail under `policy` (§4.1, §5).
pub fn decide(policy: &Policy, mx_host: &str) -> Decision {
    let listed = policy.matches(mx_host);
    match (policy.mode, listed) {
        (Mode::None, _) => Decision::NotInForce,
        (Mode::Enforce, true) => Decision::Enforce,
        (Mode::Enforce, false) => Decision::Refuse,
        (Mode::Testing, true) => Decision::Testing,
        (Mode::Testing, false) => Decision::TestingNotListed,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str =
        "version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmax_age: 86400\n";

    #[test]
    fn parses_lf_and_crlf() {
        let lf = parse_policy(GOOD).unwrap();
        assert_eq!(lf.mode, Mode::Enforce);
        assert_eq!(lf.mx, vec!["mail.example.com", "*.example.net"]);
        assert_eq!(lf.max_age, 86400);
        let crlf = parse_policy(&GOOD.replace('\n', "\r\n")).unwrap();
        assert_eq!(crlf, lf);
        // No final line break, whitespace after the colon and at the end of the line.
        let loose = "version:STSv1\r\nmode:\t testing \nmx: MAIL.Example.COM.\t\nmax_age: 0";
        let p = parse_policy(loose).unwrap();
        assert_eq!(p.mode, Mode::Testing);
        assert_eq!(p.mx, vec!["mail.example.com"]);
        assert_eq!(p.max_age, 0);
        assert_eq!(p.with_id("abc").id, "abc");
    }

    #[test]
    fn field_order_is_free_and_blank_lines_are_skipped() {
        let text =
            "\nmax_age: 604800\n\nmx: a.example.com\r\n  \nmode: testing\nversion: STSv1\n\n\n";
        let p = parse_policy(text).unwrap();
        assert_eq!(p.mode, Mode::Testing);
        assert_eq!(p.max_age, 604800);
    }

    #[test]
    fn missing_fields() {
        let without = |field: &str| -> String {
            GOOD.lines()
                .filter(|l| !l.starts_with(field))
                .map(|l| format!("{l}\n"))
                .collect()
        };
        assert_eq!(
            parse_policy(&without("version")),
            Err(PolicyError::Missing("version"))
        );
        assert_eq!(
            parse_policy(&without("mode")),
            Err(PolicyError::Missing("mode"))
        );
        assert_eq!(
            parse_policy(&without("max_age")),
            Err(PolicyError::Missing("max_age"))
        );
        assert_eq!(
            parse_policy(&without("mx")),
            Err(PolicyError::Missing("mx"))
        );
        let testing = without("mx").replace("enforce", "testing");
        assert_eq!(parse_policy(&testing), Err(PolicyError::Missing("mx")));
        assert_eq!(parse_policy(""), Err(PolicyError::Missing("version")));
    }

    #[test]
    fn mode_none_needs_no_mx() {
        let p = parse_policy("version: STSv1\nmode: none\nmax_age: 86400\n").unwrap();
        assert_eq!(p.mode, Mode::None);
        assert!(p.mx.is_empty());
    }

    #[test]
    fn bad_version_and_mode() {
        for v in ["STSv2", "stsv1", "STSv1 extra", ""] {
            let text = GOOD.replace("version: STSv1", &format!("version: {v}"));
            assert_eq!(
                parse_policy(&text),
                Err(PolicyError::InvalidVersion { line: 1 }),
                "{v:?}"
            );
        }
        for m in ["Enforce", "enforcing", "", "enforce testing"] {
            let text = GOOD.replace("mode: enforce", &format!("mode: {m}"));
            assert_eq!(
                parse_policy(&text),
                Err(PolicyError::InvalidMode { line: 2 }),
                "{m:?}"
            );
        }
        // Field names are case-sensitive: `Version` is an unknown field.
        let text = GOOD.replace("version:", "Version:");
        assert_eq!(parse_policy(&text), Err(PolicyError::Missing("version")));
    }

    #[test]
    fn bad_max_age() {
        for v in [
            "",
            "-1",
            "1.5",
            "86400s",
            "0x10",
            "12345678901",
            " 1 2",
            "+5",
        ] {
            let text = GOOD.replace("max_age: 86400", &format!("max_age: {v}"));
            assert_eq!(
                parse_policy(&text),
                Err(PolicyError::InvalidMaxAge { line: 5 }),
                "{v:?}"
            );
        }
    }

    #[test]
    fn huge_max_age_is_clamped() {
        for (v, want) in [
            ("31557600", 31_557_600),
            ("31557601", MAX_AGE_LIMIT),
            ("9999999999", MAX_AGE_LIMIT),
            ("0000000001", 1),
        ] {
            let text = GOOD.replace("max_age: 86400", &format!("max_age: {v}"));
            assert_eq!(parse_policy(&text).unwrap().max_age, want, "{v}");
        }
    }

    #[test]
    fn bad_mx() {
        for v in [
            "",
            "*",
            "*.",
            "a..b",
            "-a.example.com",
            "a-.example.com",
            "a.*.example.com",
            "a b",
            "mx.exämple.com",
            "*.*.example.com",
            "mx_1.example.com",
        ] {
            let text = GOOD.replace("mx: mail.example.com", &format!("mx: {v}"));
            assert_eq!(
                parse_policy(&text),
                Err(PolicyError::InvalidMx { line: 3 }),
                "{v:?}"
            );
        }
    }

    #[test]
    fn unknown_fields_are_ignored_and_first_wins() {
        let text = format!(
            "x-note: hello world; a=b\r\nfoo.bar-baz_1: ünïcode\nempty:\n{GOOD}mode: testing\nmax_age: 5\n"
        );
        let p = parse_policy(&text).unwrap();
        assert_eq!(p.mode, Mode::Enforce);
        assert_eq!(p.max_age, 86400);
        // But repeated fields must still be valid.
        let dup = format!("{GOOD}mode: bogus\n");
        assert_eq!(
            parse_policy(&dup),
            Err(PolicyError::InvalidMode { line: 6 })
        );
    }

    #[test]
    fn malformed_lines() {
        for bad in [
            "just words",
            " mode: enforce",
            "mode : enforce",
            ": value",
            "_x: y",
            "a23456789012345678901234567890123: toolong",
            "x-ctl: a\u{7}b",
            "mode: enforce\rmx: a.b",
        ] {
            let text = format!("{GOOD}{bad}\n");
            assert!(
                matches!(
                    parse_policy(&text),
                    Err(PolicyError::MalformedLine { line: 6 }
                        | PolicyError::InvalidMode { line: 6 })
                ),
                "{bad:?}: {:?}",
                parse_policy(&text)
            );
        }
    }

    #[test]
    fn garbage_never_panics() {
        for text in [
            "\u{0}",
            ":",
            "::::",
            "\r\r\r",
            "mx:",
            "mx: *",
            "max_age: 99999999999999999999999",
            "\u{feff}version: STSv1",
        ] {
            assert!(parse_policy(text).is_err(), "{text:?}");
        }
    }

    #[test]
    fn mx_matching() {
        assert!(mx_matches("mail.example.com", "mail.example.com"));
        assert!(mx_matches("MAIL.example.com.", "mail.EXAMPLE.com"));
        assert!(mx_matches("mail.example.com", "mail.example.com."));
        assert!(!mx_matches("mail.example.com", "mail2.example.com"));
        assert!(!mx_matches("mail.example.com", "example.com"));
        assert!(mx_matches("*.example.com", "mx1.example.com"));
        assert!(mx_matches("*.example.com", "MX1.Example.Com."));
        assert!(!mx_matches("*.example.com", "a.b.example.com"));
        assert!(!mx_matches("*.example.com", "example.com"));
        assert!(!mx_matches("*.example.com", ".example.com"));
        assert!(!mx_matches("*.example.com", "mx1.example.com.evil"));
        assert!(!mx_matches("*.example.com", "mx1example.com"));
        assert!(!mx_matches("*.example.com", "*.example.com"));
        assert!(!mx_matches("", "example.com"));
        assert!(!mx_matches("example.com", ""));
        assert!(!mx_matches("*", "example.com"));
    }

    #[test]
    fn decisions() {
        let mut p = parse_policy(GOOD).unwrap().with_id("1");
        assert_eq!(decide(&p, "mail.example.com"), Decision::Enforce);
        assert_eq!(decide(&p, "mx.example.net"), Decision::Enforce);
        assert_eq!(decide(&p, "evil.example.org"), Decision::Refuse);
        assert!(!Decision::Refuse.may_deliver());
        assert!(Decision::Enforce.tls_required());
        p.mode = Mode::Testing;
        assert_eq!(decide(&p, "mail.example.com"), Decision::Testing);
        assert_eq!(decide(&p, "evil.example.org"), Decision::TestingNotListed);
        assert!(Decision::TestingNotListed.may_deliver());
        assert!(!Decision::Testing.tls_required());
        p.mode = Mode::None;
        assert_eq!(decide(&p, "evil.example.org"), Decision::NotInForce);
    }

    #[test]
    fn txt_records() {
        assert_eq!(
            parse_txt("v=STSv1; id=20240101T000000;").as_deref(),
            Some("20240101T000000")
        );
        assert_eq!(parse_txt("v=STSv1;id=abc").as_deref(), Some("abc"));
        assert_eq!(
            parse_txt("v=STSv1 ; id=abc ; ext=1").as_deref(),
            Some("abc")
        );
        assert_eq!(parse_txt("id=abc; v=STSv1;"), None);
        assert_eq!(parse_txt("v=STSv2; id=abc;"), None);
        assert_eq!(parse_txt("v=STSv1; id=;"), None);
        assert_eq!(parse_txt("v=STSv1;"), None);
        assert_eq!(parse_txt("v=STSv1; id=has-dash;"), None);
        assert_eq!(parse_txt(&format!("v=STSv1; id={};", "a".repeat(33))), None);
        assert_eq!(parse_txt("v=spf1 -all"), None);

        assert_eq!(
            parse_txt_records(["v=spf1 -all", "v=STSv1; id=one;"]).as_deref(),
            Some("one")
        );
        assert_eq!(
            parse_txt_records(["v=STSv1; id=one;", "v=STSv1; id=two;"]),
            None
        );
        assert_eq!(
            parse_txt_records(["v=STSv1; id=one;", "v=STSv1; id=one;"]),
            None
        );
        assert_eq!(parse_txt_records(Vec::<String>::new()), None);
        assert_eq!(parse_txt_records(["v=STSv1; id=bad-id;"]), None);
    }

    #[test]
    fn result_types() {
        assert_eq!(
            FetchError::Status(404).result_type(),
            "sts-policy-fetch-error"
        );
        let webpki = FetchError::WebPki {
            host: "h".into(),
            reason: "r".into(),
        };
        assert_eq!(webpki.result_type(), "sts-webpki-invalid");
        assert_eq!(FetchError::TooLarge.result_type(), "sts-policy-invalid");
        assert_eq!(
            FetchError::from(PolicyError::Missing("mode")).result_type(),
            "sts-policy-invalid"
        );
    }
}
