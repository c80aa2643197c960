//! Smoke tests for the two peers the delivery tests talk to: the in-process DNS server
//! (`common::dns`, queried here with hickory-resolver as the relay will) and the scriptable
//! SMTP sink (`common::sink`, driven by a hand-written client). If these fail, every
//! delivery test will too.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use hickory_proto::dnssec::{Proof, TrustAnchors};
use hickory_proto::rr::{LowerName, Name, RData, RecordType};
use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::{Resolver, TokioResolver};

use rustls::pki_types::ServerName;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;
use tokio::sync::{Barrier, Notify};
use tokio_rustls::TlsConnector;
use tokio_rustls::client::TlsStream;

use crate::common::certs::TestPki;
use crate::common::client::{Client, Reply};
use crate::common::dns::{TestDns, Zone};
use crate::common::sink::{Sink, SinkOpts};

/// Longer than one TXT character-string, like an RSA-2048 DKIM key record.
static LONG_TXT: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("v=DKIM1; k=rsa; p={}", "A".repeat(580)));

fn example_zone() -> Zone {
    Zone::new("example.test.")
        .mx("example.test.", 20, "mx2.example.test.")
        .mx("example.test.", 10, "mx1.example.test.")
        .a("mx1.example.test.", Ipv4Addr::new(127, 0, 0, 2))
        .a("mx2.example.test.", Ipv4Addr::new(127, 0, 0, 3))
        .aaaa("mx1.example.test.", Ipv6Addr::LOCALHOST)
        .txt("_mta-sts.example.test.", "v=STSv1; id=20240101T000000;")
        .txt("rsa._domainkey.example.test.", &LONG_TXT)
        .tlsa("_25._tcp.mx1.example.test.", 3, 1, 1, vec![0xab; 32])
}

/// (preference, exchange) of every MX answer, sorted by preference.
async fn mx_of(resolver: &TokioResolver, name: &str) -> Vec<(u16, String)> {
    let lookup = resolver.mx_lookup(name).await.expect("MX lookup");
    let mut mx: Vec<(u16, String)> = lookup
        .answers()
        .iter()
        .filter_map(|r| match &r.data {
            RData::MX(mx) => Some((mx.preference, mx.exchange.to_string())),
            _ => None,
        })
        .collect();
    mx.sort();
    mx
}

/// The proofs of the answers of type `rtype` (skipping RRSIGs).
async fn proofs(resolver: &TokioResolver, name: &str, rtype: RecordType) -> Vec<Proof> {
    let lookup = resolver.lookup(name, rtype).await.expect("lookup");
    lookup
        .answers()
        .iter()
        .filter(|r| r.record_type() == rtype)
        .map(|r| r.proof)
        .collect()
}

#[tokio::test]
async fn dns_serves_mx_a_aaaa_txt_tlsa() {
    let dns = TestDns::start(vec![example_zone()]).await;
    let r = dns.resolver();

    let mx = mx_of(&r, "example.test.").await;
    assert_eq!(
        mx,
        vec![
            (10, "mx1.example.test.".to_string()),
            (20, "mx2.example.test.".to_string())
        ]
    );

    let a = r.ipv4_lookup("mx1.example.test.").await.expect("A");
    assert!(matches!(a.answers()[0].data, RData::A(ip) if ip.0 == Ipv4Addr::new(127, 0, 0, 2)));
    let aaaa = r.ipv6_lookup("mx1.example.test.").await.expect("AAAA");
    assert!(matches!(aaaa.answers()[0].data, RData::AAAA(ip) if ip.0 == Ipv6Addr::LOCALHOST));

    let txt = r.txt_lookup("_mta-sts.example.test.").await.expect("TXT");
    let RData::TXT(t) = &txt.answers()[0].data else {
        panic!("not TXT")
    };
    assert_eq!(t.to_string(), "v=STSv1; id=20240101T000000;");
    let dkim = r
        .txt_lookup("rsa._domainkey.example.test.")
        .await
        .expect("TXT");
    let RData::TXT(t) = &dkim.answers()[0].data else {
        panic!("not TXT")
    };
    assert_eq!(t.txt_data.len(), 3, "598 bytes: 255 + 255 + 88");
    assert_eq!(t.to_string(), *LONG_TXT);

    let tlsa = r
        .tlsa_lookup("_25._tcp.mx1.example.test.")
        .await
        .expect("TLSA");
    let RData::TLSA(t) = &tlsa.answers()[0].data else {
        panic!("not TLSA")
    };
    assert_eq!(t.cert_data, vec![0xab; 32]);
}

#[tokio::test]
async fn dns_null_mx() {
    let dns = TestDns::start(vec![Zone::new("nomail.test.").null_mx("nomail.test.")]).await;
    assert_eq!(
        mx_of(&dns.resolver(), "nomail.test.").await,
        vec![(0, ".".to_string())]
    );
}

#[tokio::test]
async fn dns_servfail_zone_is_an_error() {
    let dns = TestDns::start(vec![example_zone(), Zone::new("broken.test.").servfail()]).await;
    let r = dns.resolver();
    let err = r.mx_lookup("broken.test.").await.expect_err("SERVFAIL");
    assert!(is_rcode(&err, ResponseCode::ServFail), "{err:?}");
    let err = dns.validating_resolver().mx_lookup("broken.test.").await;
    let err = err.expect_err("SERVFAIL, validating");
    assert!(
        is_rcode(&err, ResponseCode::ServFail),
        "validating: {err:?}"
    );
    // The other zone on the same server still answers.
    assert_eq!(mx_of(&r, "example.test.").await.len(), 2);
}

#[tokio::test]
async fn dns_names_outside_every_zone_and_missing_names_are_nxdomain() {
    let dns = TestDns::start(vec![example_zone()]).await;
    let r = dns.resolver();
    for name in ["elsewhere.test.", "nope.example.test."] {
        let err = r.mx_lookup(name).await.expect_err("no such name");
        assert!(is_rcode(&err, ResponseCode::NXDomain), "{name}: {err:?}");
    }
}

/// Trusting one zone directly: `insert_with_name`, never `insert` (that adds a root key only).
#[tokio::test]
async fn dns_signed_zone_is_secure_with_its_own_anchor() {
    let dns = TestDns::start(vec![example_zone().signed()]).await;

    let mut anchors = TrustAnchors::empty();
    let origin = Name::from_ascii("example.test.").unwrap();
    anchors.insert_with_name(&dns.trust_anchor("example.test."), LowerName::from(&origin));
    let resolver =
        Resolver::builder_with_config(dns.resolver_config(), TokioRuntimeProvider::default())
            .with_options(TestDns::resolver_opts())
            .with_trust_anchor(Arc::new(anchors))
            .build()
            .expect("resolver");

    let mx = proofs(&resolver, "example.test.", RecordType::MX).await;
    assert_eq!(mx, vec![Proof::Secure, Proof::Secure], "MX");
    let tlsa = proofs(&resolver, "_25._tcp.mx1.example.test.", RecordType::TLSA).await;
    assert_eq!(tlsa, vec![Proof::Secure], "TLSA");
}

/// The relay's way: a trust-anchor file (the test root's key), loaded with `from_file` and
/// handed to the builder. Signed zones validate through the DS chain from the root.
#[tokio::test]
async fn dns_trust_anchor_file_validates_through_the_root() {
    let deep = Zone::new("deep.example.test.")
        .mx("deep.example.test.", 5, "mx.deep.example.test.")
        .signed();
    let dns = TestDns::start(vec![example_zone().signed(), deep]).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trust-anchor.txt");
    dns.write_trust_anchor_file(&path);
    println!(
        "anchor file: {}",
        std::fs::read_to_string(&path).unwrap().trim()
    );

    let anchors = TrustAnchors::from_file(&path).expect("hickory parses the anchor file");
    let resolver =
        Resolver::builder_with_config(dns.resolver_config(), TokioRuntimeProvider::default())
            .with_options(TestDns::resolver_opts())
            .with_trust_anchor(Arc::new(anchors))
            .build()
            .expect("resolver");
    let mx = proofs(&resolver, "example.test.", RecordType::MX).await;
    assert_eq!(mx, vec![Proof::Secure, Proof::Secure], "MX");
    let a = proofs(&resolver, "mx1.example.test.", RecordType::A).await;
    assert_eq!(a, vec![Proof::Secure], "A");
    let deep = proofs(&resolver, "deep.example.test.", RecordType::MX).await;
    assert_eq!(deep, vec![Proof::Secure], "two DS links down");
}

/// Pitfall: `ResolverOpts::trust_anchor` (a path) only switches validation on; hickory 0.26's
/// builder never reads the file and validates against the IANA root keys instead.
#[tokio::test]
async fn dns_resolver_opts_trust_anchor_path_is_ignored_by_hickory() {
    let dns = TestDns::start(vec![example_zone().signed()]).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trust-anchor.txt");
    dns.write_trust_anchor_file(&path);
    let mut opts: ResolverOpts = TestDns::resolver_opts();
    opts.trust_anchor = Some(path);
    let resolver =
        Resolver::builder_with_config(dns.resolver_config(), TokioRuntimeProvider::default())
            .with_options(opts)
            .build()
            .expect("resolver");
    let err = resolver.mx_lookup("example.test.").await.expect_err(
        "if this now validates, hickory reads ResolverOpts::trust_anchor: simplify the relay",
    );
    assert!(
        matches!(err, NetError::Dns(DnsError::DnssecBogus)),
        "{err:?}"
    );
}

#[tokio::test]
async fn dns_unsigned_zone_is_insecure_under_validation() {
    let plain = Zone::new("plain.test.").mx("plain.test.", 10, "mx.plain.test.");
    let dns = TestDns::start(vec![plain, example_zone().signed()]).await;
    let p = proofs(&dns.validating_resolver(), "plain.test.", RecordType::MX).await;
    assert_eq!(p, vec![Proof::Insecure], "validating");
    let p = proofs(&dns.resolver(), "plain.test.", RecordType::MX).await;
    assert_eq!(p, vec![Proof::Indeterminate], "not validating");
    let p = proofs(&dns.resolver(), "example.test.", RecordType::MX).await;
    assert_eq!(p, vec![Proof::Indeterminate; 2], "signed, not validating");
}

#[tokio::test]
async fn dns_bogus_zone_fails_validation() {
    let dns = TestDns::start(vec![example_zone().bogus()]).await;
    let r = dns.validating_resolver();
    for (name, rtype) in [
        ("example.test.", RecordType::MX),
        ("_25._tcp.mx1.example.test.", RecordType::TLSA),
    ] {
        let err = r
            .lookup(name, rtype)
            .await
            .expect_err("bogus must not resolve");
        println!("bogus {rtype} -> {err}");
        assert!(
            matches!(err, NetError::Dns(DnsError::DnssecBogus)),
            "{err:?}"
        );
    }
    // Without validation the (tampered) data still comes back.
    assert_eq!(mx_of(&dns.resolver(), "example.test.").await.len(), 2);
}

/// What the relay sees for "no such domain" and "no MX" when it validates: still the rcode.
#[tokio::test]
async fn dns_negative_answers_under_validation() {
    let plain = Zone::new("plain.test.").a("plain.test.", Ipv4Addr::new(127, 0, 0, 9));
    let dns = TestDns::start(vec![example_zone().signed(), plain]).await;
    let r = dns.validating_resolver();
    for (name, code) in [
        ("elsewhere.test.", ResponseCode::NXDomain),
        ("nope.example.test.", ResponseCode::NXDomain),
        ("mx1.example.test.", ResponseCode::NoError),
        ("plain.test.", ResponseCode::NoError),
    ] {
        let err = r.mx_lookup(name).await.expect_err("no MX");
        println!("validating MX {name} -> {err}");
        assert!(is_rcode(&err, code), "{name}: {err:?}");
    }
}

#[tokio::test]
async fn dns_answers_over_tcp_too() {
    let dns = TestDns::start(vec![example_zone().signed()]).await;
    let mut tcp = ConnectionConfig::tcp();
    tcp.port = dns.addr.port();
    let ns = NameServerConfig::new(dns.addr.ip(), true, vec![tcp]);
    let resolver = Resolver::builder_with_config(
        ResolverConfig::from_name_servers(vec![ns]),
        TokioRuntimeProvider::default(),
    )
    .with_options(TestDns::resolver_opts())
    .with_trust_anchor(Arc::new(dns.trust_anchors()))
    .build()
    .expect("resolver");
    let mx = proofs(&resolver, "example.test.", RecordType::MX).await;
    assert_eq!(mx, vec![Proof::Secure, Proof::Secure]);
}

fn is_rcode(err: &NetError, code: ResponseCode) -> bool {
    match err {
        NetError::Dns(DnsError::ResponseCode(c)) => *c == code,
        NetError::Dns(DnsError::NoRecordsFound(nr)) => nr.response_code == code,
        NetError::Dns(DnsError::Nsec { response, .. }) => response.response_code == code,
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// The SMTP sink.

const SINK_HOST: &str = "127.0.0.2:0";
const WAIT: Duration = Duration::from_secs(5);

fn sink_addr() -> SocketAddr {
    SINK_HOST.parse().unwrap()
}

fn has_ext(ehlo: &Reply, ext: &str) -> bool {
    ehlo.lines.iter().any(|l| l == ext)
}

/// Dot-stuffed on purpose: the second line starts with a dot.
const STUFFED: &[u8] = b"Subject: smoke\r\n\r\n..leading dot\r\nlast line\r\n";
const UNSTUFFED: &[u8] = b"Subject: smoke\r\n\r\n.leading dot\r\nlast line\r\n";

async fn tls_client(tcp: TcpStream, pki: &TestPki) -> Client<TlsStream<TcpStream>> {
    let name = ServerName::try_from("mx1.example.test").unwrap();
    let tls = TlsConnector::from(pki.client_config())
        .connect(name, tcp)
        .await
        .expect("TLS handshake with the sink");
    Client::new(tls)
}

#[tokio::test]
async fn sink_starttls_records_the_message_byte_for_byte() {
    let pki = TestPki::new(&["mx1.example.test"]);
    let mut opts = SinkOpts::with_tls(pki.server.server_config());
    opts.ext_requiretls = true;
    let sink = Sink::start(sink_addr(), opts).await;
    assert_eq!(sink.addr.ip().to_string(), "127.0.0.2");

    let mut c = Client::connect(sink.addr).await;
    let ehlo = c.hello().await;
    assert!(
        has_ext(&ehlo, "STARTTLS") && has_ext(&ehlo, "PIPELINING"),
        "{ehlo:?}"
    );
    assert!(!has_ext(&ehlo, "REQUIRETLS"), "REQUIRETLS only inside TLS");
    c.cmd("STARTTLS", 220).await;
    let mut c = tls_client(c.into_inner(), &pki).await;
    let ehlo = c.cmd("EHLO relay.test", 250).await;
    assert!(
        !has_ext(&ehlo, "STARTTLS") && has_ext(&ehlo, "REQUIRETLS"),
        "{ehlo:?}"
    );
    let done = c
        .send_mail("a@relay.test", &["b@example.test"], STUFFED)
        .await;
    assert_eq!(done.code, 250, "{done:?}");
    c.cmd("QUIT", 221).await;

    assert!(sink.wait_for(1, WAIT).await);
    let m = &sink.messages()[0];
    assert_eq!(m.raw_data, STUFFED);
    assert_eq!(m.data, UNSTUFFED);
    assert!(m.tls);
    assert_eq!((m.connection, m.helo.as_str()), (1, "relay.test"));
    assert_eq!(m.mail_from, "a@relay.test");
    assert_eq!(m.rcpts, vec!["b@example.test"]);
    assert_eq!(sink.transactions_on(1), 1);
    assert!(sink.violations().is_empty(), "{:?}", sink.violations());
}

#[tokio::test]
async fn sink_scripted_rcpt_550_and_params() {
    let opts = SinkOpts {
        rcpt_reply: Some(Arc::new(|rcpt: &str| match rcpt.starts_with("nobody@") {
            true => (550, "5.1.1 no such user".to_string()),
            false => (250, "2.1.5 ok".to_string()),
        })),
        ..SinkOpts::default()
    };
    let sink = Sink::start(sink_addr(), opts).await;
    let mut c = Client::connect(sink.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@relay.test> BODY=8BITMIME SMTPUTF8", 250)
        .await;
    c.cmd("RCPT TO:<ok@example.test> NOTIFY=FAILURE", 250).await;
    let no = c.cmd("RCPT TO:<nobody@example.test>", 550).await;
    assert_eq!(no.text(), "5.1.1 no such user");
    c.cmd("DATA", 354).await;
    c.send(b"hi\r\n.\r\n").await;
    assert_eq!(c.reply().await.code, 250);

    // Only refused recipients: no DATA.
    c.cmd("MAIL FROM:<>", 250).await;
    c.cmd("RCPT TO:<nobody@example.test>", 550).await;
    c.cmd("DATA", 503).await;

    let m = &sink.messages()[0];
    assert_eq!(m.rcpts, vec!["ok@example.test"]);
    assert_eq!(m.rcpt_params, vec!["NOTIFY=FAILURE"]);
    assert_eq!(m.mail_params, "BODY=8BITMIME SMTPUTF8");
    assert_eq!(m.raw_data, b"hi\r\n");
    assert!(!m.tls);
}

/// The sink really sends the injected bytes in the write that carries the 220; a client
/// that discards them (as RFC 3207 §4.2 requires of the relay) still gets a clean TLS session.
#[tokio::test]
async fn sink_injects_bytes_after_the_starttls_220() {
    let pki = TestPki::new(&["mx1.example.test"]);
    let inject = b"250-injected\r\n250 PIPELINING\r\n".to_vec();
    let mut opts = SinkOpts::with_tls(pki.server.server_config());
    opts.inject_after_starttls = Some(inject.clone());
    let sink = Sink::start(sink_addr(), opts).await;

    let mut tcp = TcpStream::connect(sink.addr).await.unwrap();
    read_until_reply_end(&mut tcp).await; // greeting
    tcp.write_all(b"EHLO relay.test\r\n").await.unwrap();
    read_until_reply_end(&mut tcp).await;
    tcp.write_all(b"STARTTLS\r\n").await.unwrap();
    let mut expected = b"220 2.0.0 ready to start TLS\r\n".to_vec();
    expected.extend_from_slice(&inject);
    let got = read_exactly(&mut tcp, expected.len()).await;
    assert_eq!(
        String::from_utf8_lossy(&got),
        String::from_utf8_lossy(&expected)
    );

    // Injected bytes consumed and dropped: the handshake and the TLS dialog are clean.
    let mut c = tls_client(tcp, &pki).await;
    c.cmd("EHLO relay.test", 250).await;
    c.cmd("QUIT", 221).await;
    assert_eq!(sink.tls_failures(), 0);
}

#[tokio::test]
async fn sink_counts_concurrent_sessions() {
    let sink = Sink::start(sink_addr(), SinkOpts::default()).await;
    let all_in = Arc::new(Barrier::new(4));
    let mut clients = Vec::new();
    for _ in 0..3 {
        let (addr, all_in) = (sink.addr, all_in.clone());
        clients.push(tokio::spawn(async move {
            let mut c = Client::connect(addr).await;
            c.hello().await;
            all_in.wait().await; // all three sessions open
            all_in.wait().await; // the test has looked
            c.cmd("QUIT", 221).await;
        }));
    }
    all_in.wait().await;
    assert_eq!((sink.active(), sink.max_concurrent()), (3, 3));
    all_in.wait().await;
    for c in clients {
        c.await.unwrap();
    }
    let mut c = Client::connect(sink.addr).await;
    c.hello().await;
    assert_eq!(sink.connections(), 4);
    assert_eq!(
        sink.max_concurrent(),
        3,
        "sequential sessions do not add up"
    );
}

#[tokio::test]
async fn sink_data_reply_sees_a_counter_and_421_closes() {
    let opts = SinkOpts {
        data_reply: Some(Arc::new(|n: u64| match n {
            0 => (421, "4.3.0 try again later".to_string()),
            _ => (250, format!("2.0.0 ok {n}")),
        })),
        ..SinkOpts::default()
    };
    let sink = Sink::start(sink_addr(), opts).await;
    let mut c = Client::connect(sink.addr).await;
    c.hello().await;
    let r = c.send_mail("a@relay.test", &["b@x.test"], b"x\r\n").await;
    assert_eq!(r.code, 421, "{r:?}");
    assert!(c.closed().await, "421 closes the connection");
    let mut c = Client::connect(sink.addr).await;
    c.hello().await;
    let r = c.send_mail("a@relay.test", &["b@x.test"], b"x\r\n").await;
    assert_eq!((r.code, r.text()), (250, "2.0.0 ok 1".to_string()));
    assert_eq!(sink.received().len(), 2);
    assert_eq!(sink.messages().len(), 1);
    assert_eq!(sink.messages()[0].connection, 2);
    assert_eq!(sink.transactions_on(1), 0);
}

#[tokio::test]
async fn sink_stalls_after_data_until_notified() {
    let stall = Arc::new(Notify::new());
    let opts = SinkOpts {
        stall_in_data: Some(stall.clone()),
        ..SinkOpts::default()
    };
    let sink = Sink::start(sink_addr(), opts).await;
    let mut c = Client::connect(sink.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@relay.test>", 250).await;
    c.cmd("RCPT TO:<b@example.test>", 250).await;
    c.cmd("DATA", 354).await;
    c.send(b"x\r\n.\r\n").await;
    assert!(sink.wait_for_received(1, WAIT).await, "DATA arrived");
    assert_eq!(sink.received()[0].reply_code, None);
    let early = tokio::time::timeout(Duration::from_millis(300), c.reply()).await;
    assert!(early.is_err(), "no reply while stalled");
    stall.notify_one();
    assert_eq!(c.reply().await.code, 250);
    assert!(sink.wait_for(1, WAIT).await);
}

#[tokio::test]
async fn sink_drops_the_connection_after_data() {
    let opts = SinkOpts {
        drop_connection_after_data: true,
        ..SinkOpts::default()
    };
    let sink = Sink::start(sink_addr(), opts).await;
    let mut c = Client::connect(sink.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@relay.test>", 250).await;
    c.cmd("RCPT TO:<b@example.test>", 250).await;
    c.cmd("DATA", 354).await;
    c.send(b"x\r\n.\r\n").await;
    assert!(c.closed().await, "EOF instead of a reply");
    assert_eq!(sink.received()[0].reply_code, None);
    assert!(sink.messages().is_empty());
}

#[tokio::test]
async fn sink_greeting_refusals() {
    let busy = SinkOpts {
        greeting: (421, "4.3.2 busy".into()),
        ..SinkOpts::default()
    };
    let sink = Sink::start(sink_addr(), busy).await;
    let mut c = Client::connect(sink.addr).await;
    assert_eq!(c.reply().await.code, 421);
    assert!(c.closed().await);

    let no = SinkOpts {
        greeting: (554, "5.3.2 no mail service".into()),
        ..SinkOpts::default()
    };
    let sink = Sink::start(sink_addr(), no).await;
    let mut c = Client::connect(sink.addr).await;
    assert_eq!(c.reply().await.code, 554);
    c.cmd("EHLO relay.test", 503).await;
    c.cmd("QUIT", 221).await;
}

/// The oracle's strictness: a bare LF neither ends DATA nor passes unnoticed, and parameters
/// of extensions that were not offered are refused.
#[tokio::test]
async fn sink_notes_client_violations() {
    let opts = SinkOpts {
        ext_8bitmime: false,
        ext_pipelining: false,
        size: Some(100),
        ..SinkOpts::default()
    };
    let sink = Sink::start(sink_addr(), opts).await;
    let mut c = Client::connect(sink.addr).await;
    let ehlo = c.hello().await;
    assert!(
        has_ext(&ehlo, "SIZE 100") && !has_ext(&ehlo, "8BITMIME"),
        "{ehlo:?}"
    );
    c.cmd("MAIL FROM:<a@relay.test> BODY=8BITMIME", 555).await;
    c.cmd("MAIL FROM:<a@relay.test> SIZE=101", 552).await;
    c.cmd("MAIL FROM: <a@relay.test>", 501).await;
    c.cmd("MAIL FROM:<a@relay.test>", 250).await;
    c.cmd("RCPT TO:<b@example.test>", 250).await;
    c.cmd("DATA", 354).await;
    c.send(b"bare\nlf\n.\nstill data\r\n.\r\n").await;
    assert_eq!(c.reply().await.code, 250);
    c.send(b"NOOP\r\nNOOP\r\n").await; // pipelined, not offered
    c.reply().await;
    c.reply().await;

    let m = &sink.messages()[0];
    assert_eq!(m.raw_data, b"bare\nlf\n.\nstill data\r\n");
    let v = sink.violations();
    println!("{v:#?}");
    for needle in [
        "parameter BODY not offered",
        "bad MAIL syntax",
        "DATA line 1 without CRLF",
        "DATA line 3 without CRLF",
        "pipelined without PIPELINING",
    ] {
        assert!(v.iter().any(|x| x.contains(needle)), "{needle} in {v:?}");
    }
}

/// A real third-party client (swaks, plain text: this swaks has no Net::SSLeay for TLS),
/// pipelining, with a dot line in the body. Skipped when swaks is not installed.
#[tokio::test]
async fn sink_accepts_mail_from_swaks() {
    if std::process::Command::new("swaks")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("swaks not installed: skipped");
        return;
    }
    let sink = Sink::start(sink_addr(), SinkOpts::default()).await;
    let out = tokio::process::Command::new("swaks")
        .args(["--server", &sink.addr.to_string(), "--pipeline"])
        .args([
            "--from",
            "a@relay.test",
            "--to",
            "b@example.test,c@example.test",
        ])
        .args(["--helo", "swaks.test", "--header", "Subject: from swaks"])
        .args(["--body", "line one\n.dot line\nlast"])
        .output()
        .await
        .expect("run swaks");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(sink.wait_for(1, WAIT).await);
    let m = &sink.messages()[0];
    assert_eq!(m.rcpts, vec!["b@example.test", "c@example.test"]);
    assert_eq!(m.helo, "swaks.test");
    let raw = String::from_utf8_lossy(&m.raw_data);
    assert!(raw.contains("\r\n..dot line\r\n"), "{raw}");
    assert!(String::from_utf8_lossy(&m.data).contains("\r\n.dot line\r\n"));
    assert!(sink.violations().is_empty(), "{:?}", sink.violations());
}

/// Reads until a reply's last line (`NNN ` ... CRLF) has arrived.
async fn read_until_reply_end(tcp: &mut TcpStream) -> Vec<u8> {
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let last_line_done = got.ends_with(b"\r\n")
            && got[..got.len() - 2]
                .rsplit(|b| *b == b'\n')
                .next()
                .is_some_and(|l| l.get(3) == Some(&b' '));
        if last_line_done {
            return got;
        }
        let n = tokio::time::timeout(WAIT, tcp.read(&mut buf))
            .await
            .expect("reply in time")
            .expect("read");
        assert!(n > 0, "EOF in a reply");
        got.extend_from_slice(&buf[..n]);
    }
}

async fn read_exactly(tcp: &mut TcpStream, len: usize) -> Vec<u8> {
    let mut got = vec![0u8; len];
    tokio::time::timeout(WAIT, tcp.read_exact(&mut got))
        .await
        .expect("bytes in time")
        .expect("read");
    got
}

/// Both peers let go of their ports when dropped (their tasks are aborted).
#[tokio::test]
async fn peers_stop_when_dropped() {
    let dns = TestDns::start(vec![example_zone()]).await;
    let sink = Sink::start(sink_addr(), SinkOpts::default()).await;
    let (dns_addr, sink_addr) = (dns.addr, sink.addr);
    assert!(TcpStream::connect(dns_addr).await.is_ok());
    drop((dns, sink));
    tokio::task::yield_now().await;
    assert!(
        TcpStream::connect(dns_addr).await.is_err(),
        "DNS still listening"
    );
    assert!(
        TcpStream::connect(sink_addr).await.is_err(),
        "sink still listening"
    );
}
