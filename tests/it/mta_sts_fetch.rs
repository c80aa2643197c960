//! MTA-STS policy fetch (RFC 8461 §3.3) with the relay's `Fetcher`, over real TLS against
//! the in-process HTTPS server, `mta-sts.example.test` resolved through the test DNS server
//! (`HickoryResolve`) to 127.0.0.10 (or another 127.0.0.x for port 443). Covers: a good
//! policy, untrusted and wrong-name certificates (`sts-webpki-invalid`), redirects not
//! followed, non-200, wrong media type, oversize bodies, timeouts, DNS and connect failures
//! (`sts-policy-fetch-error` / `sts-policy-invalid`). Nothing leaves loopback.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use phirelay::transport::mta_sts::{
    FetchError, Fetcher, HickoryResolve, MAX_POLICY_SIZE, Mode, POLICY_PATH,
};
use rustls::ServerConfig;

use crate::common::certs::{TestPki, self_signed};
use crate::common::dns::{TestDns, Zone};
use crate::common::https::{HttpsServer, Reply};

const HOST: &str = "mta-sts.example.test";
const IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 10);
const POLICY: &str = "version: STSv1\r\nmode: enforce\r\nmx: mx1.example.test\r\nmx: *.mx.example.test\r\nmax_age: 86400\r\n";

/// DNS (`mta-sts.example.test` -> `ip`), a test PKI and a fetcher trusting only its CA.
struct World {
    _dns: TestDns,
    pki: TestPki,
    fetcher: Fetcher,
}

impl World {
    /// Test DNS, PKI and a fetcher that connects to `port` with `timeout`.
    async fn new(ip: Ipv4Addr, port: u16, timeout: Duration) -> World {
        let zone = Zone::new("example.test.").a(&format!("{HOST}."), ip);
        let dns = TestDns::start(vec![zone]).await;
        let pki = TestPki::new(&[HOST]);
        let resolver = Arc::new(HickoryResolve(dns.resolver()));
        let fetcher =
            Fetcher::new(pki.client_config(), resolver, port, timeout).expect("build fetcher");
        World {
            _dns: dns,
            pki,
            fetcher,
        }
    }
}

/// A server on 127.0.0.10:<free port> presenting `tls`, and a fetcher (10 s timeout) for it.
async fn setup_with(
    tls: impl FnOnce(&TestPki) -> Arc<ServerConfig>,
    reply: Reply,
) -> (World, HttpsServer) {
    setup_timeout(tls, reply, Duration::from_secs(10)).await
}

/// Like [`setup_with`], with the fetcher's timeout given.
async fn setup_timeout(
    tls: impl FnOnce(&TestPki) -> Arc<ServerConfig>,
    reply: Reply,
    timeout: Duration,
) -> (World, HttpsServer) {
    // The fetcher needs the port, the server needs the PKI: bind first, then build both.
    let listener = tokio::net::TcpListener::bind((IP, 0))
        .await
        .expect("bind 127.0.0.10:0");
    let port = listener.local_addr().unwrap().port();
    let world = World::new(IP, port, timeout).await;
    let server = HttpsServer::serve(listener, tls(&world.pki), reply);
    (world, server)
}

/// The server presents the PKI's leaf for `mta-sts.example.test`.
async fn setup(reply: Reply) -> (World, HttpsServer) {
    setup_with(|pki| pki.server.server_config(), reply).await
}

#[tokio::test]
async fn good_policy_is_fetched_and_parsed() {
    let reply = Reply::policy(POLICY).content_type(Some("text/plain; charset=utf-8"));
    let (w, server) = setup(reply).await;
    let text = w.fetcher.fetch("example.test").await.expect("fetch");
    assert_eq!(text, POLICY);
    let policy = w
        .fetcher
        .fetch_policy("Example.TEST.", "20240101T000000")
        .await
        .expect("policy");
    assert_eq!(policy.id, "20240101T000000");
    assert_eq!(policy.mode, Mode::Enforce);
    assert_eq!(policy.mx, vec!["mx1.example.test", "*.mx.example.test"]);
    assert_eq!(policy.max_age, 86400);
    assert_eq!(server.requests(), vec![POLICY_PATH, POLICY_PATH]);
}

#[tokio::test]
async fn invalid_policy_is_sts_policy_invalid() {
    let (w, _server) = setup(Reply::policy("version: STSv1\nmode: enforce\n")).await;
    let err = w
        .fetcher
        .fetch_policy("example.test", "1")
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Invalid(_)), "{err:?}");
    assert_eq!(err.result_type(), "sts-policy-invalid");
}

#[tokio::test]
async fn untrusted_certificate_is_a_webpki_error() {
    let (w, server) = setup_with(
        |_| self_signed(&[HOST]).server_config(),
        Reply::policy(POLICY),
    )
    .await;
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::WebPki { .. }), "{err:?}");
    assert_eq!(err.result_type(), "sts-webpki-invalid");
    assert_eq!(
        server.hits(),
        0,
        "no request over an unauthenticated channel"
    );
}

#[tokio::test]
async fn certificate_for_another_name_is_a_webpki_error() {
    let (w, server) = setup_with(
        |pki| pki.issue(&["other.example.test"]).server_config(),
        Reply::policy(POLICY),
    )
    .await;
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::WebPki { .. }), "{err:?}");
    assert_eq!(err.result_type(), "sts-webpki-invalid");
    assert_eq!(server.hits(), 0);
}

#[tokio::test]
async fn redirect_is_not_followed() {
    let target = format!("https://{HOST}/elsewhere.txt");
    let (w, server) = setup(Reply::redirect(&target)).await;
    server.route("/elsewhere.txt", Reply::policy(POLICY));
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    match &err {
        FetchError::Redirect { status, location } => {
            assert_eq!(*status, 301);
            assert_eq!(location.as_deref(), Some(target.as_str()));
        }
        other => panic!("want a redirect error, got {other:?}"),
    }
    assert_eq!(err.result_type(), "sts-policy-fetch-error");
    assert_eq!(server.requests(), vec![POLICY_PATH]);
}

#[tokio::test]
async fn not_found_and_other_statuses_are_fetch_errors() {
    let (w, server) = setup(Reply::status(404)).await;
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::Status(404)), "{err:?}");
    assert_eq!(err.result_type(), "sts-policy-fetch-error");
    // 204 and 500 are no better than 404: only 200 carries a policy.
    for status in [204, 500] {
        server.route(POLICY_PATH, Reply::status(status));
        let err = w.fetcher.fetch("example.test").await.unwrap_err();
        assert!(
            matches!(err, FetchError::Status(s) if s == status),
            "{err:?}"
        );
    }
}

#[tokio::test]
async fn wrong_or_missing_content_type_is_rejected() {
    let (w, server) = setup(Reply::policy(POLICY).content_type(Some("text/html"))).await;
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(
        matches!(&err, FetchError::ContentType(Some(ct)) if ct == "text/html"),
        "{err:?}"
    );
    assert_eq!(err.result_type(), "sts-policy-invalid");

    server.route(POLICY_PATH, Reply::policy(POLICY).content_type(None));
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::ContentType(None)), "{err:?}");

    server.route(
        POLICY_PATH,
        Reply::policy(POLICY).content_type(Some("TEXT/Plain ;charset=us-ascii")),
    );
    w.fetcher
        .fetch("example.test")
        .await
        .expect("media type is case-insensitive");
}

#[tokio::test]
async fn oversize_body_is_rejected() {
    // Announced by Content-Length: refused before reading.
    let (w, server) = setup(Reply::huge(MAX_POLICY_SIZE + 1)).await;
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::TooLarge), "{err:?}");
    assert_eq!(err.result_type(), "sts-policy-invalid");

    // No Content-Length, 8 MiB until close: the fetcher stops reading at the limit.
    server.route(POLICY_PATH, Reply::huge(8 << 20).without_length());
    let started = Instant::now();
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::TooLarge), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(5));

    // Exactly at the limit is fine (a valid policy padded with an unknown field).
    let mut exact = POLICY.to_string();
    exact.push_str("x-pad: ");
    let pad = MAX_POLICY_SIZE - exact.len() - 2;
    exact.push_str(&"p".repeat(pad));
    exact.push_str("\r\n");
    assert_eq!(exact.len(), MAX_POLICY_SIZE);
    server.route(POLICY_PATH, Reply::policy(&exact).without_length());
    let policy = w
        .fetcher
        .fetch_policy("example.test", "1")
        .await
        .expect("64 KiB policy");
    assert_eq!(policy.mode, Mode::Enforce);
}

#[tokio::test]
async fn slow_server_times_out() {
    let timeout = Duration::from_secs(1);
    let slow = Reply::policy(POLICY).slow(Duration::from_secs(30));
    let (w, server) = setup_timeout(|pki| pki.server.server_config(), slow, timeout).await;
    let started = Instant::now();
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err:?}");
    assert_eq!(err.result_type(), "sts-policy-fetch-error");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );

    // The total timeout covers the body too.
    server.route(
        POLICY_PATH,
        Reply::policy(POLICY).slow_body(Duration::from_secs(30)),
    );
    let started = Instant::now();
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn unknown_host_is_a_dns_error() {
    let (w, server) = setup(Reply::policy(POLICY)).await;
    let err = w.fetcher.fetch("nowhere.example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::Dns { .. }), "{err:?}");
    assert_eq!(err.result_type(), "sts-policy-fetch-error");
    assert_eq!(server.hits(), 0);
}

#[tokio::test]
async fn refused_connection_is_a_connect_error() {
    let free = std::net::TcpListener::bind((IP, 0)).unwrap();
    let port = free.local_addr().unwrap().port();
    drop(free);
    let w = World::new(IP, port, Duration::from_secs(5)).await;
    let err = w.fetcher.fetch("example.test").await.unwrap_err();
    assert!(matches!(err, FetchError::Connect { .. }), "{err:?}");
    assert_eq!(err.result_type(), "sts-policy-fetch-error");
}

#[tokio::test]
async fn bad_domain_is_refused_before_any_lookup() {
    let w = World::new(IP, 443, Duration::from_secs(5)).await;
    for domain in [
        "",
        "a/b.test",
        "evil.test:444",
        "user@example.test",
        "ex ample.test",
        "example.test/x?",
    ] {
        let err = w.fetcher.fetch(domain).await.unwrap_err();
        assert!(
            matches!(err, FetchError::InvalidDomain(_)),
            "{domain:?}: {err:?}"
        );
    }
}

/// The production port: 443 on a spare loopback address (binding 443 needs root; the test
/// is skipped without it). The URL has no port, so Host and SNI are plain.
#[tokio::test]
async fn default_port_443() {
    let mut bound = None;
    for last in 11..=40u8 {
        let ip = Ipv4Addr::new(127, 0, 0, last);
        match tokio::net::TcpListener::bind(SocketAddr::new(IpAddr::V4(ip), 443)).await {
            Ok(l) => {
                bound = Some((ip, l));
                break;
            }
            Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
                eprintln!("skipped: cannot bind port 443 ({e})");
                return;
            }
            Err(_) => continue,
        }
    }
    let (ip, listener) = bound.expect("a free 127.0.0.x:443");
    let w = World::new(ip, 443, Duration::from_secs(10)).await;
    let server = HttpsServer::serve(
        listener,
        w.pki.server.server_config(),
        Reply::policy(POLICY),
    );
    let policy = w
        .fetcher
        .fetch_policy("example.test", "abc")
        .await
        .expect("fetch on 443");
    assert_eq!(policy.mx.len(), 2);
    assert_eq!(server.hits(), 1);
}
