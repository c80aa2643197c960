//! Transport security end to end: DNSSEC-signed zones and TLSA records served by
//! the test DNS, MTA-STS policies over real HTTPS, STARTTLS stripped by a proxy.
//! The rule under test: mail that needs protection never leaves in clear.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use phirelay::store::RecipientState;
use phirelay::transport::dane::tlsa_for;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};

use crate::common::certs::{TestPki, self_signed};
use crate::common::delivery::{World, mx_addr};
use crate::common::dns::Zone;
use crate::common::https::{HttpsServer, Reply};
use crate::common::sink::{Sink, SinkOpts};

const WAIT: Duration = Duration::from_secs(15);

/// A zone `domain.` whose MX hosts `mx1`, `mx2` live at 127.0.0.2 and .3.
fn two_mx(domain: &str) -> Zone {
    Zone::new(&format!("{domain}."))
        .mx(&format!("{domain}."), 10, &format!("mx1.{domain}."))
        .mx(&format!("{domain}."), 20, &format!("mx2.{domain}."))
        .a(&format!("mx1.{domain}."), Ipv4Addr::new(127, 0, 0, 2))
        .a(&format!("mx2.{domain}."), Ipv4Addr::new(127, 0, 0, 3))
}

fn tlsa(zone: Zone, host: &str, rec: phirelay::transport::dane::Tlsa) -> Zone {
    zone.tlsa(
        &format!("_25._tcp.{host}."),
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    )
}

async fn assert_never_in_clear(w: &World, id: &str, sinks: &[&Sink]) {
    assert!(w.wait_attempts(id, 1, WAIT).await >= 1, "no attempt made");
    let r = w.relay.store.recipients(id).await.unwrap();
    assert_eq!(r[0].state, RecipientState::Deferred, "not deferred: {r:?}");
    for s in sinks {
        assert!(
            s.received().is_empty(),
            "a message reached a sink it must not reach"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dane_ee_match_delivers_with_level_dane() {
    let leaf = self_signed(&["not-the-mx-name.example"]);
    let zone = tlsa(
        two_mx("dane.test").signed(),
        "mx1.dane.test",
        tlsa_for(&leaf.cert_der, 3, 1, 1),
    );
    let w = World::start(vec![zone], "", "").await;
    let mx1 = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@dane.test"],
            b"Subject: dane\r\n\r\nx\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert!(mx1.messages()[0].tls);
    let a = w.last_attempt(&id).await;
    assert_eq!(a["security"]["source"], "dane", "{a}");
    assert_eq!(a["security"]["required_level"], "dane");
    assert_eq!(a["tls"]["verified"], "dane");
    assert_eq!(a["tls"]["peer_cert_sha256"].as_str().unwrap().len(), 64);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dane_mismatch_tries_the_next_mx_then_defers_never_clear() {
    let leaf = self_signed(&["mx.dane.test"]);
    let other = self_signed(&["mx.dane.test"]);
    let wrong = tlsa_for(&other.cert_der, 3, 1, 1);
    let zone = tlsa(
        tlsa(two_mx("dane.test").signed(), "mx1.dane.test", wrong.clone()),
        "mx2.dane.test",
        wrong,
    );
    let w = World::start(vec![zone], "", "").await;
    let mx1 = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let mx2 = w.sink(3, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@dane.test"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    assert_never_in_clear(&w, &id, &[&mx1, &mx2]).await;
    assert!(
        mx1.tls_failures() >= 1 && mx2.tls_failures() >= 1,
        "both MX hosts must be tried"
    );
    let last = w.relay.store.recipients(&id).await.unwrap()[0].clone();
    assert_eq!(last.state, RecipientState::Deferred);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dane_ta_name_mismatch_fails_and_right_name_passes() {
    let pki = TestPki::new(&["mx1.ta.test"]);
    let wrong_name = pki.issue(&["elsewhere.example"]);
    let ca = tlsa_for(&pki.ca_der, 2, 1, 1);
    let zone = tlsa(
        tlsa(two_mx("ta.test").signed(), "mx1.ta.test", ca.clone()),
        "mx2.ta.test",
        ca,
    );
    let w = World::start(vec![zone], "", "").await;
    // mx1 presents a chain from the right CA but for another name: refused.
    let mx1 = w
        .sink(2, SinkOpts::with_tls(wrong_name.server_config()))
        .await;
    // mx2 presents one for its own name: accepted.
    let mx2_leaf = pki.issue(&["mx2.ta.test"]);
    let mx2 = w
        .sink(3, SinkOpts::with_tls(mx2_leaf.server_config()))
        .await;
    let id = w
        .send("a@sender.test", &["b@ta.test"], b"Subject: x\r\n\r\ny\r\n")
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert!(mx1.received().is_empty());
    assert_eq!(mx2.messages().len(), 1);
    assert!(mx1.tls_failures() >= 1);
    let day = phirelay::util::utc_day(phirelay::util::now_us());
    let results = w.relay.store.tls_results("ta.test", &day).await.unwrap();
    assert!(
        results
            .iter()
            .any(|r| r.result_type == "certificate-host-mismatch" && r.mx_host == "mx1.ta.test"),
        "{results:?}"
    );
    assert!(
        results
            .iter()
            .any(|r| r.result_type == "success" && r.policy_type == "tlsa"),
        "{results:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bogus_dnssec_defers() {
    let leaf = self_signed(&["mx1.bogus.test"]);
    let zone = tlsa(
        two_mx("bogus.test").bogus(),
        "mx1.bogus.test",
        tlsa_for(&leaf.cert_der, 3, 1, 1),
    );
    let w = World::start(vec![zone], "", "").await;
    let mx1 = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let mx2 = w.sink(3, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@bogus.test"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    assert!(w.wait_attempts(&id, 1, WAIT).await >= 1);
    let r = w.relay.store.recipients(&id).await.unwrap();
    assert_eq!(r[0].state, RecipientState::Deferred);
    assert!(mx1.received().is_empty() && mx2.received().is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insecure_zone_means_no_dane() {
    // TLSA records that would not match, in an unsigned zone: ignored (RFC 7672 §2.2).
    let leaf = self_signed(&["mx1.plain.test"]);
    let other = self_signed(&["x"]);
    let zone = tlsa(
        two_mx("plain.test"),
        "mx1.plain.test",
        tlsa_for(&other.cert_der, 3, 1, 1),
    );
    let w = World::start(vec![zone], "", "").await;
    let mx1 = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@plain.test"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(mx1.messages().len(), 1);
    let a = w.last_attempt(&id).await;
    assert_ne!(a["security"]["source"], "dane", "{a}");
    assert!(a["tls"]["verified"].is_null(), "{a}");
}

/// An MTA-STS world: zone `sts.test` (unsigned) with MX mx1 at .2, the policy
/// host at 127.0.0.10 serving `policy` over HTTPS with a cert from `pki`.
struct Sts {
    w: World,
    https: HttpsServer,
    pki: TestPki,
}

async fn sts_world(mode: &str, mx_pattern: &str, txt_id: &str) -> Sts {
    let pki = TestPki::new(&["mta-sts.sts.test"]);
    let https_addr: SocketAddr = "127.0.0.10:0".parse().unwrap();
    let policy =
        format!("version: STSv1\r\nmode: {mode}\r\nmx: {mx_pattern}\r\nmax_age: 86400\r\n");
    let https = HttpsServer::start(
        https_addr,
        pki.server.server_config(),
        Reply::policy(&policy),
    )
    .await;
    let zone = Zone::new("sts.test.")
        .mx("sts.test.", 10, "mx1.sts.test.")
        .a("mx1.sts.test.", Ipv4Addr::new(127, 0, 0, 2))
        .a("mta-sts.sts.test.", Ipv4Addr::new(127, 0, 0, 10))
        .txt("_mta-sts.sts.test.", &format!("v=STSv1; id={txt_id}"));
    let files = tempfile::tempdir().unwrap();
    let ca = pki.write_ca_file(files.path());
    let transport = format!("extra_ca_files = [\"{}\"]\n", ca.display(),);
    let w = World::start_sts(vec![zone], "", &transport, "", Some(https.addr.port())).await;
    std::mem::forget(files);
    Sts { w, https, pki }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mta_sts_enforce_delivers_over_pkix_to_a_listed_mx() {
    let s = sts_world("enforce", "mx1.sts.test", "1").await;
    let leaf = s.pki.issue(&["mx1.sts.test"]);
    let mx = s.w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id =
        s.w.send("a@sender.test", &["b@sts.test"], b"Subject: x\r\n\r\ny\r\n")
            .await;
    assert_eq!(
        s.w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert!(mx.messages()[0].tls);
    let a = s.w.last_attempt(&id).await;
    assert_eq!(a["security"]["source"], "mta-sts", "{a}");
    assert_eq!(a["security"]["mta_sts"]["mode"], "enforce");
    assert_eq!(a["tls"]["verified"], "pkix");
    assert_eq!(s.https.hits(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mta_sts_enforce_refuses_unlisted_mx_and_invalid_certificates() {
    // The MX is not in the policy.
    let s = sts_world("enforce", "other.sts.test", "1").await;
    let leaf = s.pki.issue(&["mx1.sts.test"]);
    let mx = s.w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id =
        s.w.send("a@sender.test", &["b@sts.test"], b"Subject: x\r\n\r\ny\r\n")
            .await;
    assert_never_in_clear(&s.w, &id, &[&mx]).await;
    assert_eq!(mx.connections(), 0, "an unlisted MX was contacted");

    // Listed, but the certificate is not trusted.
    let s = sts_world("enforce", "*.sts.test", "2").await;
    let untrusted = self_signed(&["mx1.sts.test"]);
    let mx =
        s.w.sink(2, SinkOpts::with_tls(untrusted.server_config()))
            .await;
    let id =
        s.w.send("a@sender.test", &["b@sts.test"], b"Subject: x\r\n\r\ny\r\n")
            .await;
    assert_never_in_clear(&s.w, &id, &[&mx]).await;
    assert!(mx.tls_failures() >= 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mta_sts_testing_delivers_and_records_the_failure_for_tls_rpt() {
    let s = sts_world("testing", "mx1.sts.test", "1").await;
    let untrusted = self_signed(&["mx1.sts.test"]);
    let mx =
        s.w.sink(2, SinkOpts::with_tls(untrusted.server_config()))
            .await;
    let id =
        s.w.send("a@sender.test", &["b@sts.test"], b"Subject: x\r\n\r\ny\r\n")
            .await;
    assert_eq!(
        s.w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(mx.messages().len(), 1);
    let day = phirelay::util::utc_day(phirelay::util::now_us());
    let results = s.w.relay.store.tls_results("sts.test", &day).await.unwrap();
    assert!(
        results
            .iter()
            .any(|r| r.policy_type == "sts" && r.result_type == "certificate-not-trusted"),
        "{results:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mta_sts_policy_is_cached_across_a_restart_and_kept_when_a_refresh_fails() {
    let s = sts_world("enforce", "mx1.sts.test", "1").await;
    let leaf = s.pki.issue(&["mx1.sts.test"]);
    let mx = s.w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id =
        s.w.send("a@sender.test", &["b@sts.test"], b"Subject: 1\r\n\r\ny\r\n")
            .await;
    assert_eq!(
        s.w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(s.https.hits(), 1);
    assert!(
        s.w.relay
            .store
            .sts_policy("sts.test")
            .await
            .unwrap()
            .is_some(),
        "policy not cached in the store"
    );
    let Sts { w, https, .. } = s;
    drop(https);
    // A restarted relay on the same store: the policy server is gone, the cache is not.
    let w = w.restart().await;
    // Make the next delivery try a refresh (the TXT id no longer matches the cache).
    sqlx::query("UPDATE mta_sts_policies SET policy_id = 'old'")
        .execute(w.relay.store.pool())
        .await
        .unwrap();
    let id = w
        .send("a@sender.test", &["c@sts.test"], b"Subject: 2\r\n\r\ny\r\n")
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let a = w.last_attempt(&id).await;
    assert_eq!(
        a["security"]["source"], "mta-sts",
        "the cached policy was not used: {a}"
    );
    assert_eq!(mx.messages().len(), 2);
}

/// A proxy on `listen` that forwards to `upstream` and deletes STARTTLS from what
/// the server says: the downgrade attack.
async fn stripping_proxy(listen: SocketAddr, upstream: SocketAddr) -> tokio::task::JoinHandle<()> {
    let l = tokio::net::TcpListener::bind(listen).await.unwrap();
    tokio::spawn(async move {
        while let Ok((client, _)) = l.accept().await {
            tokio::spawn(async move {
                let Ok(server) = tokio::net::TcpStream::connect(upstream).await else {
                    return;
                };
                let (cr, mut cw) = client.into_split();
                let (sr, mut sw) = server.into_split();
                let up = tokio::spawn(async move {
                    let mut cr = cr;
                    let _ = tokio::io::copy(&mut cr, &mut sw).await;
                });
                let mut lines = BufReader::new(sr);
                let mut line = String::new();
                loop {
                    line.clear();
                    match lines.read_line(&mut line).await {
                        Ok(0) | Err(_) => break,
                        Ok(_) if line.contains("STARTTLS") => continue,
                        Ok(_) => {
                            // Keep the multi-line reply well formed if STARTTLS was last.
                            if cw.write_all(line.as_bytes()).await.is_err() {
                                break;
                            }
                        }
                    }
                }
                up.abort();
            });
        }
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starttls_stripping_never_downgrades_required_tls() {
    let leaf = self_signed(&["mx1.strip.test"]);
    // verify (per-domain level) and dane (TLSA in a signed zone), both behind the proxy.
    let strip_verify = two_mx("verify.test");
    let strip_dane = tlsa(
        two_mx("dane.test").signed(),
        "mx1.dane.test",
        tlsa_for(&leaf.cert_der, 3, 1, 1),
    );
    let strip_may = two_mx("may.test");
    let transport = "[[transport.tls]]\ndomain = \"verify.test\"\nlevel = \"verify\"\n\n[[transport.tls]]\ndomain = \"may.test\"\nlevel = \"may\"\n";
    let w = World::start(vec![strip_verify, strip_dane, strip_may], "", transport).await;
    // The real MX listens on .7; the proxy sits at .2 (mx1 of every zone). mx2 (.3) is down.
    let sink = Sink::start(mx_addr(7, w.port), SinkOpts::with_tls(leaf.server_config())).await;
    let _proxy = stripping_proxy(mx_addr(2, w.port), sink.addr).await;

    let v = w
        .send(
            "a@sender.test",
            &["b@verify.test"],
            b"Subject: v\r\n\r\ny\r\n",
        )
        .await;
    let d = w
        .send(
            "a@sender.test",
            &["b@dane.test"],
            b"Subject: d\r\n\r\ny\r\n",
        )
        .await;
    assert!(w.wait_attempts(&v, 1, WAIT).await >= 1 && w.wait_attempts(&d, 1, WAIT).await >= 1);
    for id in [&v, &d] {
        assert_eq!(
            w.relay.store.recipients(id).await.unwrap()[0].state,
            RecipientState::Deferred
        );
    }
    assert!(
        sink.received().is_empty(),
        "protected mail went out in clear"
    );

    let m = w
        .send("a@sender.test", &["b@may.test"], b"Subject: m\r\n\r\ny\r\n")
        .await;
    assert_eq!(
        w.wait_final(&m, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(sink.messages().len(), 1);
    assert!(!sink.messages()[0].tls);
    let a = w.last_attempt(&m).await;
    assert!(a["tls"].is_null(), "recorded as clear text: {a}");
    let _ = Arc::new(());
}

/// A World whose relay offers STARTTLS (for REQUIRETLS submissions).
async fn world_with_ingress_tls(zones: Vec<Zone>) -> (World, TestPki) {
    let pki = TestPki::new(&["relay.test"]);
    let files = tempfile::tempdir().unwrap();
    let (cert, key) = pki.write_server_files(files.path());
    let tls = format!(
        "[tls]\ncert = \"{}\"\nkey = \"{}\"\n",
        cert.display(),
        key.display()
    );
    let w = World::start(zones, "", &tls).await;
    std::mem::forget(files);
    (w, pki)
}

async fn submit_requiretls(w: &World, pki: &TestPki, to: &str, body: &[u8]) -> String {
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    let ehlo = c.hello().await;
    assert!(
        !ehlo.text().contains("REQUIRETLS"),
        "REQUIRETLS offered before TLS"
    );
    let mut c = crate::common::client::starttls(c, pki.client_config(), "relay.test").await;
    let ehlo = c.cmd("EHLO client.test", 250).await;
    assert!(ehlo.lines.iter().any(|l| l == "REQUIRETLS"), "{ehlo:?}");
    c.cmd("MAIL FROM:<a@sender.test> REQUIRETLS", 250).await;
    c.cmd(&format!("RCPT TO:<{to}>"), 250).await;
    c.cmd("DATA", 354).await;
    c.send(body).await;
    c.send(b".\r\n").await;
    crate::common::client::queue_id(&c.reply().await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requiretls_goes_only_to_verified_hops_that_offer_it() {
    let leaf = self_signed(&["mx1.dane.test"]);
    let dane = tlsa(
        two_mx("dane.test").signed(),
        "mx1.dane.test",
        tlsa_for(&leaf.cert_der, 3, 1, 1),
    );
    let nort = tlsa(
        two_mx("nort.test").signed(),
        "mx1.nort.test",
        tlsa_for(&leaf.cert_der, 3, 1, 1),
    );
    let sender = crate::common::delivery::mx_zone("sender.test", 4);
    let (w, pki) = world_with_ingress_tls(vec![dane, nort, sender]).await;
    let offers = SinkOpts {
        ext_requiretls: true,
        ..SinkOpts::with_tls(leaf.server_config())
    };
    let mx = w.sink(2, offers).await;
    let sender_mx = w.sink(4, SinkOpts::default()).await;

    let id = submit_requiretls(&w, &pki, "b@dane.test", b"Subject: r\r\n\r\nx\r\n").await;
    assert!(
        w.relay
            .store
            .message(&id)
            .await
            .unwrap()
            .unwrap()
            .requiretls
    );
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let m = &mx.messages()[0];
    assert!(
        m.tls && m.mail_params.contains("REQUIRETLS"),
        "{}",
        m.mail_params
    );
    drop(mx);
    tokio::time::sleep(Duration::from_millis(300)).await;

    // A verified hop that does not offer REQUIRETLS: the message bounces with 5.7.10.
    let _plain_mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let id = submit_requiretls(&w, &pki, "b@nort.test", b"Subject: r2\r\n\r\nx\r\n").await;
    assert_eq!(w.wait_final(&id, WAIT).await, vec![RecipientState::Bounced]);
    // The DSN inherits REQUIRETLS: queued with it, and never handed to the
    // sender's MX, which offers no TLS at all.
    let events = w.events(&id).await;
    let dsn_sent = events.iter().find(|e| e.0 == "dsn_sent").expect("dsn_sent");
    let dsn_id = dsn_sent.2["dsn_id"].as_str().expect("dsn id").to_string();
    let stored = w.relay.store.message(&dsn_id).await.unwrap().unwrap();
    assert!(stored.requiretls, "the DSN must inherit REQUIRETLS");
    let dsn = String::from_utf8(w.relay.content(&dsn_id).await).unwrap();
    assert!(dsn.contains("Status: 5.7.10"), "{dsn}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        sender_mx.received().is_empty(),
        "a REQUIRETLS DSN went out in clear"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_required_no_relaxes_dane_for_that_message() {
    let leaf = self_signed(&["mx1.dane.test"]);
    let other = self_signed(&["x"]);
    let zone = tlsa(
        two_mx("dane.test").signed(),
        "mx1.dane.test",
        tlsa_for(&other.cert_der, 3, 1, 1),
    );
    // Honouring the header is opt-in (`[transport] honor_tls_required_no`).
    let w = World::start_with(vec![zone], "", "honor_tls_required_no = true", "").await;
    let mx = w.sink(2, SinkOpts::with_tls(leaf.server_config())).await;
    let strict = w
        .send(
            "a@sender.test",
            &["b@dane.test"],
            b"Subject: s\r\n\r\nx\r\n",
        )
        .await;
    let relaxed = w
        .send(
            "a@sender.test",
            &["b@dane.test"],
            b"Subject: r\r\nTLS-Required: No\r\n\r\nx\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&relaxed, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(
        w.relay.store.recipients(&strict).await.unwrap()[0].state,
        RecipientState::Deferred
    );
    assert_eq!(mx.messages().len(), 1);
    assert!(String::from_utf8_lossy(&mx.messages()[0].data).contains("Subject: r"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_rpt_report_goes_through_the_queue_with_the_rfc_fields() {
    let s = {
        // As sts_world, plus a TLS-RPT record and the reports' MX.
        let pki = TestPki::new(&["mta-sts.sts.test"]);
        let https = HttpsServer::start(
            "127.0.0.10:0".parse().unwrap(),
            pki.server.server_config(),
            Reply::policy(
                "version: STSv1\r\nmode: testing\r\nmx: mx1.sts.test\r\nmax_age: 86400\r\n",
            ),
        )
        .await;
        let zone = Zone::new("sts.test.")
            .mx("sts.test.", 10, "mx1.sts.test.")
            .a("mx1.sts.test.", Ipv4Addr::new(127, 0, 0, 2))
            .a("mta-sts.sts.test.", Ipv4Addr::new(127, 0, 0, 10))
            .txt("_mta-sts.sts.test.", "v=STSv1; id=7")
            .txt(
                "_smtp._tls.sts.test.",
                "v=TLSRPTv1; rua=mailto:tlsrpt@reports.test",
            );
        let files = tempfile::tempdir().unwrap();
        let ca = pki.write_ca_file(files.path());
        let transport = format!("extra_ca_files = [\"{}\"]\n", ca.display(),);
        let w = World::start_sts(
            vec![zone, crate::common::delivery::mx_zone("reports.test", 5)],
            "",
            &transport,
            "",
            Some(https.addr.port()),
        )
        .await;
        std::mem::forget(files);
        Sts { w, https, pki }
    };
    let untrusted = self_signed(&["mx1.sts.test"]);
    let _mx =
        s.w.sink(2, SinkOpts::with_tls(untrusted.server_config()))
            .await;
    let reports_mx = s.w.sink(5, SinkOpts::default()).await;
    let id =
        s.w.send("a@sender.test", &["b@sts.test"], b"Subject: x\r\n\r\ny\r\n")
            .await;
    assert_eq!(
        s.w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );

    let r = &s.w.relay;
    let reporter =
        phirelay::transport::tlsrpt::Reporter::new(r.cfg.clone(), r.store.clone(), r.prep.clone())
            .await
            .unwrap();
    let day = phirelay::util::utc_day(phirelay::util::now_us());
    assert_eq!(reporter.send_due(&day).await.unwrap(), 1);
    assert_eq!(
        reporter.send_due(&day).await.unwrap(),
        0,
        "a day is reported once"
    );
    assert!(
        reports_mx.wait_for(1, WAIT).await,
        "the report never arrived"
    );
    let m = &reports_mx.messages()[0];
    assert_eq!(m.rcpts, vec!["tlsrpt@reports.test"]);
    let text = String::from_utf8(m.data.clone()).unwrap();
    assert!(
        text.contains("Content-Type: multipart/report; report-type=\"tlsrpt\""),
        "{text}"
    );
    assert!(text.contains("TLS-Report-Domain: sts.test"));
    assert!(text.contains("Content-Type: application/tlsrpt+gzip"));
    // Decode the attachment and check the RFC 8460 fields.
    let b64: String = text
        .split("Content-Transfer-Encoding: base64")
        .nth(1)
        .unwrap()
        .split("\r\n\r\n")
        .nth(1)
        .unwrap()
        .split("--")
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    use base64::Engine;
    let gz = base64::engine::general_purpose::STANDARD
        .decode(b64)
        .unwrap();
    let mut json = String::new();
    std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(gz.as_slice()), &mut json)
        .unwrap();
    let j: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(j["organization-name"], "relay.test");
    assert!(j["report-id"].as_str().unwrap().contains("sts.test"));
    let p = &j["policies"][0];
    assert_eq!(p["policy"]["policy-type"], "sts");
    assert_eq!(p["policy"]["policy-domain"], "sts.test");
    assert_eq!(p["summary"]["total-failure-session-count"], 1);
    assert_eq!(
        p["failure-details"][0]["result-type"],
        "certificate-not-trusted"
    );
    assert_eq!(
        p["failure-details"][0]["receiving-mx-hostname"],
        "mx1.sts.test"
    );
    // The report itself went through the queue and the audit log.
    let events = s.w.relay.store.audit_page(0, 10_000).await.unwrap();
    assert!(
        events
            .iter()
            .any(|e| e.event == "received" && e.details.contains("tls-report"))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starttls_stripping_under_mta_sts_enforce_defers() {
    let s = sts_world("enforce", "mx1.sts.test", "1").await;
    let leaf = s.pki.issue(&["mx1.sts.test"]);
    // The real MX behind a proxy (at mx1's address) that removes STARTTLS.
    let sink = Sink::start(
        mx_addr(7, s.w.port),
        SinkOpts::with_tls(leaf.server_config()),
    )
    .await;
    let _proxy = stripping_proxy(mx_addr(2, s.w.port), sink.addr).await;
    let id =
        s.w.send("a@sender.test", &["b@sts.test"], b"Subject: x\r\n\r\ny\r\n")
            .await;
    assert!(s.w.wait_attempts(&id, 1, WAIT).await >= 1);
    assert_eq!(
        s.w.relay.store.recipients(&id).await.unwrap()[0].state,
        RecipientState::Deferred
    );
    assert!(
        sink.received().is_empty(),
        "MTA-STS enforce mail went out in clear"
    );
    let day = phirelay::util::utc_day(phirelay::util::now_us());
    let results = s.w.relay.store.tls_results("sts.test", &day).await.unwrap();
    assert!(
        results
            .iter()
            .any(|r| r.result_type == "starttls-not-supported"),
        "{results:?}"
    );
}
