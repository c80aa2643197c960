//! SMTP ingress against a real relay on loopback: relay control, AUTH and TLS,
//! smuggling, limits, pipelining, byte-exact storage, fail-closed replies.

use std::sync::Arc;

use rustls_pki_types::ServerName;
use tokio_rustls::TlsConnector;

use crate::common::certs::TestPki;
use crate::common::client::{Client, queue_id};
use crate::common::relay::{RelayOpts, TestRelay};

/// A relay with `[tls]` from a fresh test PKI, and a user `app` / `pw`.
async fn tls_relay(
    mode: &'static str,
    relay_section: &str,
) -> (TestRelay, TestPki, tempfile::TempDir) {
    let pki = TestPki::new(&["relay.test"]);
    let files = tempfile::tempdir().unwrap();
    let (cert, key) = pki.write_server_files(files.path());
    let hash = phirelay::smtp::hash_password("pw").unwrap();
    let relay = TestRelay::with(RelayOpts {
        extra: format!(
            "[tls]\ncert = \"{}\"\nkey = \"{}\"\n",
            cert.display(),
            key.display()
        ),
        relay: Some(format!(
            "{relay_section}\n[[relay.user]]\nname = \"app\"\npassword_hash = \"{hash}\"\n"
        )),
        listener_mode: mode,
        ..Default::default()
    })
    .await;
    (relay, pki, files)
}

async fn starttls(
    mut c: Client<tokio::net::TcpStream>,
    pki: &TestPki,
) -> Client<tokio_rustls::client::TlsStream<tokio::net::TcpStream>> {
    c.cmd("STARTTLS", 220).await;
    let tcp = c.into_inner();
    let tls = TlsConnector::from(pki.client_config())
        .connect(ServerName::try_from("relay.test").unwrap(), tcp)
        .await
        .expect("handshake");
    Client::new(tls)
}

fn b64(s: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(s)
}

#[tokio::test]
async fn accepts_mail_from_allowed_network_with_queue_id() {
    let relay = TestRelay::start().await;
    let mut c = Client::connect(relay.addr).await;
    let ehlo = c.hello().await;
    for ext in [
        "PIPELINING",
        "SIZE 52428800",
        "8BITMIME",
        "SMTPUTF8",
        "ENHANCEDSTATUSCODES",
        "DSN",
    ] {
        assert!(
            ehlo.lines.iter().any(|l| l == ext),
            "{ext} missing: {ehlo:?}"
        );
    }
    // No TLS configured: neither STARTTLS nor AUTH is offered.
    assert!(!ehlo.text().contains("STARTTLS") && !ehlo.text().contains("AUTH"));
    let r = c
        .send_mail(
            "a@example.org",
            &["b@example.net", "c@example.com"],
            b"Subject: hi\r\n\r\nhello\r\n",
        )
        .await;
    let id = queue_id(&r);
    let rec = relay.store.message(&id).await.unwrap().expect("stored");
    assert_eq!(rec.mail_from, "a@example.org");
    let rcpts = relay.store.recipients(&id).await.unwrap();
    assert_eq!(rcpts.len(), 2);
    assert_eq!(rcpts[1].domain, "example.com");
    let events = relay.store.audit_for_message(&id).await.unwrap();
    assert_eq!(events.len(), 2);
    assert_eq!(events[0].event, "received");
    assert_eq!(events[1].event, "classified");
    let content = relay.content(&id).await;
    let text = String::from_utf8(content).unwrap();
    assert!(
        text.starts_with("Received: from client.test ([127.0.0.1])"),
        "{text}"
    );
    assert!(text.contains(&format!("Message-ID: <{id}@relay.test>")));
    c.cmd("QUIT", 221).await;
}

#[tokio::test]
async fn unauthenticated_client_outside_allowed_networks_is_refused() {
    let relay = TestRelay::with(RelayOpts {
        relay: Some("allowed_networks = [\"10.0.0.0/8\"]\n".into()),
        ..Default::default()
    })
    .await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@example.org>", 250).await;
    let r = c.cmd("RCPT TO:<victim@example.net>", 554).await;
    assert!(r.text().starts_with("5.7.1"), "{r:?}");
    c.cmd("DATA", 554).await;
    c.cmd("QUIT", 221).await;
    assert_eq!(relay.message_count().await, 0);
    let rows = relay.store.audit_page(0, 10).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].event, "rejected");
    assert_eq!(rows[0].recipient.as_deref(), Some("victim@example.net"));
    assert!(rows[0].details.contains("relay_denied"));
}

#[tokio::test]
async fn auth_only_after_tls_then_relays() {
    let (relay, pki, _files) = tls_relay("smtp", "allowed_networks = [\"10.0.0.0/8\"]").await;
    let mut c = Client::connect(relay.addr).await;
    let ehlo = c.hello().await;
    assert!(ehlo.text().contains("STARTTLS"));
    assert!(
        !ehlo.text().contains("AUTH"),
        "AUTH offered before TLS: {ehlo:?}"
    );
    let r = c
        .cmd(&format!("AUTH PLAIN {}", b64("\0app\0pw")), 538)
        .await;
    assert!(r.text().starts_with("5.7.11"));

    let mut c = starttls(c, &pki).await;
    let ehlo = c.cmd("EHLO client.test", 250).await;
    assert!(
        ehlo.lines.iter().any(|l| l == "AUTH PLAIN LOGIN"),
        "{ehlo:?}"
    );
    assert!(!ehlo.text().contains("STARTTLS"));
    c.cmd(&format!("AUTH PLAIN {}", b64("\0app\0wrong")), 535)
        .await;
    c.cmd("AUTH LOGIN", 334).await;
    c.cmd(&b64("app"), 334).await;
    c.cmd(&b64("pw"), 235).await;
    let r = c
        .send_mail(
            "a@example.org",
            &["b@example.net"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    let id = queue_id(&r);
    let rec = relay.store.message(&id).await.unwrap().unwrap();
    assert_eq!(rec.auth_user.as_deref(), Some("app"));
    assert_eq!(rec.tls_version.as_deref(), Some("TLSv1.3"));
    let text = String::from_utf8(relay.content(&id).await).unwrap();
    assert!(text.contains("with ESMTPSA id"), "{text}");
    assert!(text.contains("(version=TLSv1.3 cipher=TLS13_"), "{text}");
}

#[tokio::test]
async fn starttls_injection_is_discarded() {
    let (relay, pki, _files) = tls_relay("smtp", "allowed_networks = [\"127.0.0.0/8\"]").await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    // One write: STARTTLS and a command the attacker hopes runs inside TLS.
    c.send(b"STARTTLS\r\nRSET\r\n").await;
    assert_eq!(c.reply().await.code, 220);
    let tcp = c.into_inner();
    let tls = TlsConnector::from(pki.client_config())
        .connect(ServerName::try_from("relay.test").unwrap(), tcp)
        .await
        .unwrap();
    let mut c = Client::new(tls);
    // The first reply inside TLS must answer our NOOP's neighbour EHLO, not the injected RSET.
    c.line("EHLO client.test").await;
    let r = c.reply().await;
    assert_eq!(r.code, 250);
    assert_eq!(r.lines[0], "relay.test", "injected command answered: {r:?}");
    c.cmd("NOOP", 250).await;
}

#[tokio::test]
async fn implicit_tls_listener() {
    let (relay, pki, _files) =
        tls_relay("submissions", "allowed_networks = [\"127.0.0.0/8\"]").await;
    let tcp = tokio::net::TcpStream::connect(relay.addr).await.unwrap();
    let tls = TlsConnector::from(pki.client_config())
        .connect(ServerName::try_from("relay.test").unwrap(), tcp)
        .await
        .unwrap();
    let mut c = Client::new(tls);
    let ehlo = c.hello().await;
    assert!(!ehlo.text().contains("STARTTLS"));
    let r = c
        .send_mail("a@example.org", &["b@example.net"], b"x\r\n")
        .await;
    let id = queue_id(&r);
    let rec = relay.store.message(&id).await.unwrap().unwrap();
    assert!(rec.tls_version.is_some());
}

const SMUGGLING: [&[u8]; 10] = [
    b"\n.\n",
    b"\n.\r",
    b"\r.\n",
    b"\r.\r",
    b"\n.\r\n",
    b"\r.\r\n",
    b"\r\n.\n",
    b"\r\n.\r",
    b"\r\n\x00.\r\n",
    b"\r\n.\r\r\n",
];

#[tokio::test]
async fn smuggling_variants_neither_end_data_nor_make_a_second_message() {
    let relay = TestRelay::start().await;
    for v in SMUGGLING {
        let mut c = Client::connect(relay.addr).await;
        c.hello().await;
        c.cmd("MAIL FROM:<a@example.org>", 250).await;
        c.cmd("RCPT TO:<b@example.net>", 250).await;
        c.cmd("DATA", 354).await;
        let mut body = b"Subject: first\r\n\r\nfirst body".to_vec();
        body.extend_from_slice(v);
        body.extend_from_slice(
            b"MAIL FROM:<evil@example.org>\r\nRCPT TO:<victim@example.net>\r\nDATA\r\nSubject: smuggled\r\n\r\nsmuggled\r\n",
        );
        c.send(&body).await;
        c.send(b".\r\n").await;
        let r = c.reply().await;
        assert_eq!(r.code, 554, "variant {v:?}: {r:?}");
        assert!(r.text().starts_with("5.6.0"), "{r:?}");
        // The session goes on, in sync: the next command gets its own reply.
        c.cmd("NOOP", 250).await;
        c.cmd("QUIT", 221).await;
    }
    assert_eq!(
        relay.message_count().await,
        0,
        "a smuggling variant stored a message"
    );
}

#[tokio::test]
async fn size_limits() {
    let relay = TestRelay::with(RelayOpts {
        limits: "max_message_size = 70000\n".into(),
        ..Default::default()
    })
    .await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    // Declared too big: refused at MAIL (RFC 1870).
    let r = c.cmd("MAIL FROM:<a@example.org> SIZE=80000", 552).await;
    assert!(r.text().starts_with("5.3.4"));
    // Undeclared and too big: refused after DATA, nothing stored.
    let line = format!("{}\r\n", "x".repeat(900));
    let body = line.repeat(100);
    let r = c
        .send_mail("a@example.org", &["b@example.net"], body.as_bytes())
        .await;
    assert_eq!(r.code, 552, "{r:?}");
    assert!(r.text().starts_with("5.3.4"));
    c.cmd("NOOP", 250).await;
    assert_eq!(relay.message_count().await, 0);
}

#[tokio::test]
async fn overlong_lines() {
    let relay = TestRelay::start().await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let r = c.cmd(&format!("NOOP {}", "x".repeat(3000)), 500).await;
    assert!(r.text().starts_with("5.5.2"), "{r:?}");
    c.cmd("NOOP", 250).await;
    let body = format!("Subject: x\r\n\r\n{}\r\n", "y".repeat(1200));
    let r = c
        .send_mail("a@example.org", &["b@example.net"], body.as_bytes())
        .await;
    assert_eq!(r.code, 500, "{r:?}");
    assert_eq!(relay.message_count().await, 0);
    // Bare LF in a command line.
    c.send(b"NOOP\n").await;
    assert_eq!(c.reply().await.code, 500);
}

#[tokio::test]
async fn recipient_limit() {
    let relay = TestRelay::start().await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@example.org>", 250).await;
    for i in 0..100 {
        c.cmd(&format!("RCPT TO:<r{i}@example.net>"), 250).await;
    }
    let r = c.cmd("RCPT TO:<r100@example.net>", 452).await;
    assert!(r.text().starts_with("4.5.3"));
    c.cmd("DATA", 354).await;
    c.send(b"x\r\n.\r\n").await;
    let id = queue_id(&c.reply().await);
    assert_eq!(relay.store.recipients(&id).await.unwrap().len(), 100);
}

#[tokio::test]
async fn pipelined_commands_get_replies_in_order() {
    let relay = TestRelay::start().await;
    let mut c = Client::connect(relay.addr).await;
    assert_eq!(c.reply().await.code, 220);
    c.send(
        b"EHLO client.test\r\nMAIL FROM:<a@example.org> BODY=8BITMIME RET=HDRS ENVID=abc+2Bdef\r\n\
          RCPT TO:<b@example.net> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;b+2Bx@example.net\r\n\
          RCPT TO:<c@example.net> NOTIFY=NEVER\r\nDATA\r\n",
    )
    .await;
    let codes = [250, 250, 250, 250, 354];
    for want in codes {
        assert_eq!(c.reply().await.code, want);
    }
    c.send(b"Subject: p\r\n\r\nbody\r\n.\r\nNOOP\r\nQUIT\r\n")
        .await;
    let id = queue_id(&c.reply().await);
    assert_eq!(c.reply().await.code, 250);
    assert_eq!(c.reply().await.code, 221);
    let rec = relay.store.message(&id).await.unwrap().unwrap();
    assert_eq!(rec.body_type, "8bitmime");
    assert_eq!(rec.dsn_ret.as_deref(), Some("hdrs"));
    assert_eq!(rec.dsn_envid.as_deref(), Some("abc+def"));
    let r = relay.store.recipients(&id).await.unwrap();
    assert_eq!(r[0].notify.as_deref(), Some("success,failure"));
    assert!(
        r[0].orcpt
            .as_deref()
            .unwrap_or_default()
            .contains("b+x@example.net"),
        "{r:?}"
    );
    assert_eq!(r[1].notify.as_deref(), Some("never"));
}

#[tokio::test]
async fn garbage_leaves_the_server_serving() {
    let relay = TestRelay::start().await;
    let mut c = Client::connect(relay.addr).await;
    assert_eq!(c.reply().await.code, 220);
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut garbage = Vec::new();
    for _ in 0..4096 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        garbage.push(seed as u8);
    }
    c.send(&garbage).await;
    c.send(b"\r\n").await;
    // Errors pile up until the server hangs up with 421; it must not crash.
    let mut last = 0;
    while let Some(r) = c.try_reply().await {
        last = r.code;
    }
    assert_eq!(last, 421);
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let r = c
        .send_mail("a@example.org", &["b@example.net"], b"ok\r\n")
        .await;
    queue_id(&r);
}

#[tokio::test]
async fn eight_bit_and_utf8_bodies_stored_byte_exact() {
    let relay = TestRelay::start().await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let body = "Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n\r\nGrüße aus Köln, 日本語, \u{1F600}\r\nlatin1 follows\r\n"
        .as_bytes()
        .iter()
        .copied()
        .chain([0xE9, 0x74, 0xE9, b'\r', b'\n'])
        .collect::<Vec<u8>>();
    c.cmd("MAIL FROM:<a@example.org> BODY=8BITMIME SMTPUTF8", 250)
        .await;
    c.cmd("RCPT TO:<jürgen@exämple.de>", 250).await;
    c.cmd("DATA", 354).await;
    c.send(&body).await;
    c.send(b".\r\n").await;
    let id = queue_id(&c.reply().await);
    let stored = relay.content(&id).await;
    assert!(stored.ends_with(&body), "body changed in storage");
    let r = relay.store.recipients(&id).await.unwrap();
    // The local part byte-exact; the domain once, in A-labels (IDNA), so that
    // policy rules and TLS levels see one spelling.
    assert_eq!(r[0].address, "jürgen@xn--exmple-cua.de");
    // Without SMTPUTF8 a non-ASCII address is refused.
    c.cmd("MAIL FROM:<a@example.org>", 250).await;
    c.cmd("RCPT TO:<jürgen@exämple.de>", 553).await;
}

#[tokio::test]
async fn connection_limit_per_ip() {
    let relay = TestRelay::with(RelayOpts {
        limits: "max_connections_per_ip = 2\n".into(),
        ..Default::default()
    })
    .await;
    let mut a = Client::connect(relay.addr).await;
    let mut b = Client::connect(relay.addr).await;
    assert_eq!(a.reply().await.code, 220);
    assert_eq!(b.reply().await.code, 220);
    let mut c = Client::connect(relay.addr).await;
    let r = c.reply().await;
    assert_eq!(r.code, 421);
    assert!(r.text().starts_with("4.7.0"));
    a.cmd("QUIT", 221).await;
    assert!(a.closed().await);
    // The slot is given back.
    let mut d = Client::connect(relay.addr).await;
    assert_eq!(d.reply().await.code, 220);
}

#[tokio::test]
async fn low_disk_is_temporary_at_mail() {
    let relay = TestRelay::with(RelayOpts {
        limits: "min_free_disk_mb = 1000000000\n".into(),
        ..Default::default()
    })
    .await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let r = c.cmd("MAIL FROM:<a@example.org>", 452).await;
    assert!(r.text().starts_with("4.3.1"));
}

#[tokio::test]
async fn store_failure_is_451_not_a_bounce() {
    let relay = TestRelay::start().await;
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    relay.store.close().await;
    let r = c
        .send_mail("a@example.org", &["b@example.net"], b"x\r\n")
        .await;
    assert_eq!(r.code, 451, "{r:?}");
    assert!(r.text().starts_with("4.3.0"));
}

#[tokio::test]
async fn sequence_errors_and_session_limits() {
    let relay = TestRelay::with(RelayOpts {
        limits: "max_errors = 3\n".into(),
        ..Default::default()
    })
    .await;
    let mut c = Client::connect(relay.addr).await;
    assert_eq!(c.reply().await.code, 220);
    c.cmd("MAIL FROM:<a@example.org>", 503).await;
    c.cmd("EHLO client.test", 250).await;
    c.cmd("RCPT TO:<b@example.net>", 503).await;
    c.cmd("BOGUS", 500).await;
    c.line("BOGUS").await;
    let r = c.reply().await;
    assert_eq!(r.code, 500);
    assert_eq!(c.reply().await.code, 421);
    assert!(c.closed().await);
}

#[tokio::test]
async fn shutdown_lets_data_finish_and_refuses_idle_sessions() {
    let relay = TestRelay::start().await;
    let mut idle = Client::connect(relay.addr).await;
    idle.hello().await;
    let mut busy = Client::connect(relay.addr).await;
    busy.hello().await;
    busy.cmd("MAIL FROM:<a@example.org>", 250).await;
    busy.cmd("RCPT TO:<b@example.net>", 250).await;
    busy.cmd("DATA", 354).await;
    busy.send(b"Subject: in flight\r\n\r\npart one\r\n").await;
    let store = relay.store.clone();
    let keys = Arc::clone(&relay.keys);
    let stopping = tokio::spawn(relay.shutdown_listener());
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(idle.reply().await.code, 421);
    busy.send(b"part two\r\n.\r\n").await;
    let id = queue_id(&busy.reply().await);
    let _dir = stopping.await.unwrap();
    let sealed = store.sealed_content(&id).await.unwrap().unwrap();
    assert!(keys.open(&id, &sealed).unwrap().ends_with(b"part two\r\n"));
}

/// Fail closed, item 14: password guessing from one address is cut off after
/// `max_auth_failures_per_ip` (default 10) failures: 421 4.7.0 without a
/// password check; and the audit log gets the first failure and the blocking
/// one, not one row per guess. The attacker's user name is made printable.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auth_guessing_is_throttled_and_aggregated() {
    let (relay, pki, _files) = tls_relay("smtp", "allowed_networks = [\"10.0.0.0/8\"]").await;
    let mut failures = 0;
    while failures < 10 {
        let mut c = Client::connect(relay.addr).await;
        c.hello().await;
        let mut c = starttls(c, &pki).await;
        c.cmd("EHLO client.test", 250).await;
        for _ in 0..3 {
            if failures == 10 {
                break;
            }
            c.cmd(&format!("AUTH PLAIN {}", b64("\0ev\u{7}il\0wrong")), 535)
                .await;
            failures += 1;
        }
    }
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let mut c = starttls(c, &pki).await;
    c.cmd("EHLO client.test", 250).await;
    let r = c
        .cmd(&format!("AUTH PLAIN {}", b64("\0app\0pw")), 421)
        .await;
    assert!(r.text().contains("4.7.0"), "{r:?}");
    let rows: Vec<String> = sqlx::query_scalar(
        "SELECT details FROM audit_events WHERE event = 'rejected' AND details LIKE '%auth_failed%'",
    )
    .fetch_all(relay.store.pool())
    .await
    .unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows.iter().all(|r| !r.contains('\u{7}')), "{rows:?}");
    assert!(rows[1].contains("\"failures_in_window\":10"), "{rows:?}");
}

/// Fail closed, item 15: a client that keeps a session alive by dripping
/// commands, or a DATA by dripping lines, is cut off at `max_session_secs` /
/// `max_data_secs` with 421 4.4.2; a message that would take the listener past
/// `max_inflight_bytes` is refused with 451 4.3.1 and the session goes on.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drip_feeding_and_memory_are_bounded() {
    let relay = TestRelay::with(RelayOpts {
        limits: "max_session_secs = 2\nmax_data_secs = 1\nmax_inflight_bytes = 4096\n".into(),
        ..Default::default()
    })
    .await;
    // A DATA dripped one line every 300 ms.
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@example.org>", 250).await;
    c.cmd("RCPT TO:<b@example.net>", 250).await;
    c.cmd("DATA", 354).await;
    let cut = async {
        loop {
            c.line("x").await;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            if let Ok(Some(r)) =
                tokio::time::timeout(std::time::Duration::from_millis(10), c.try_reply()).await
            {
                return r;
            }
        }
    };
    let r = tokio::time::timeout(std::time::Duration::from_secs(10), cut)
        .await
        .unwrap();
    assert_eq!(r.code, 421, "{r:?}");
    // Over the in-flight budget: refused, but the session stays usable.
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let line = format!("{}\r\n", "y".repeat(60));
    let big = format!("Subject: big\r\n\r\n{}", line.repeat(100)); // ~6 KB
    let r = c
        .send_mail("a@example.org", &["b@example.net"], big.as_bytes())
        .await;
    assert_eq!(
        (r.code, r.text().starts_with("4.3.1")),
        (451, true),
        "{r:?}"
    );
    let r = c
        .send_mail(
            "a@example.org",
            &["b@example.net"],
            b"Subject: s\r\n\r\nsmall\r\n",
        )
        .await;
    assert_eq!(r.code, 250, "{r:?}");
    // A session kept alive with NOOPs ends at max_session_secs.
    let cut = async {
        loop {
            c.line("NOOP").await;
            let r = c.reply().await;
            if r.code != 250 {
                return r;
            }
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
    };
    let r = tokio::time::timeout(std::time::Duration::from_secs(10), cut)
        .await
        .unwrap();
    assert_eq!(r.code, 421, "{r:?}");
}

/// A message that arrives with more than 50 `Received:` fields is in a loop:
/// 554 5.4.6, nothing stored, a `hop_limit` refusal on the record. Fifty is
/// still fine (folded fields count once; a `Received` in the body not at all).
#[tokio::test]
async fn a_mail_loop_is_refused_at_fifty_one_hops() {
    let relay = TestRelay::start().await;
    let message = |hops: usize| {
        let mut m = String::new();
        for i in 0..hops {
            m += &format!(
                "Received: from hop{i}.example.net\r\n\tby relay.example.org; Fri, 4 Dec 2026 10:00:00 +0000\r\n"
            );
        }
        m += "Subject: loop\r\n\r\nReceived: in the body does not count\r\n";
        m.into_bytes()
    };
    let mut c = Client::connect(relay.addr).await;
    c.hello().await;
    let r = c
        .send_mail("a@example.org", &["b@example.net"], &message(51))
        .await;
    assert_eq!(r.code, 554, "{r:?}");
    assert!(r.text().starts_with("5.4.6"), "{r:?}");
    let r = c
        .send_mail("a@example.org", &["b@example.net"], &message(50))
        .await;
    assert_eq!(r.code, 250, "{r:?}");
    c.cmd("QUIT", 221).await;
    assert_eq!(relay.message_count().await, 1);
    let rows = relay.store.audit_page(0, 10).await.unwrap();
    assert_eq!(rows[0].event, "rejected");
    assert!(
        rows[0].details.contains("\"reason\":\"hop_limit\""),
        "{}",
        rows[0].details
    );
    assert!(rows[0].details.contains("5.4.6"));
}
