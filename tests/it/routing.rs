//! Routing and destination behaviour: implicit MX, IPv6, MX preference with a
//! dead primary, back-off after 421, the rate limit, and a static route to an
//! authenticated smarthost (another phirelay).

use std::net::{Ipv4Addr, Ipv6Addr};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use phirelay::store::RecipientState;

use crate::common::certs::TestPki;
use crate::common::delivery::{World, mx_zone};
use crate::common::dns::Zone;
use crate::common::relay::{RelayOpts, TestRelay};
use crate::common::sink::{Sink, SinkOpts};

const WAIT: Duration = Duration::from_secs(20);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_mx_falls_back_to_the_address_and_ipv6_works() {
    let zone = Zone::new("plain.test.").a("plain.test.", Ipv4Addr::new(127, 0, 0, 4));
    let v6 = Zone::new("six.test.")
        .mx("six.test.", 10, "mx.six.test.")
        .aaaa("mx.six.test.", Ipv6Addr::LOCALHOST);
    let w = World::start(vec![zone, v6], "", "").await;
    let plain = w.sink(4, SinkOpts::default()).await;
    let six = Sink::start(
        std::net::SocketAddr::from((Ipv6Addr::LOCALHOST, w.port)),
        SinkOpts::default(),
    )
    .await;
    let id = w
        .send(
            "a@sender.test",
            &["b@plain.test", "c@six.test"],
            b"Subject: x\r\n\r\ny\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered; 2]
    );
    assert_eq!(plain.messages().len(), 1);
    assert_eq!(six.messages().len(), 1);
    let events = w.events(&id).await;
    assert!(
        events
            .iter()
            .any(|e| e.0 == "attempt" && e.2["ip"] == "::1"),
        "{events:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dead_primary_mx_falls_through_to_the_backup() {
    let zone = Zone::new("two.test.")
        .mx("two.test.", 10, "primary.two.test.")
        .mx("two.test.", 20, "backup.two.test.")
        .a("primary.two.test.", Ipv4Addr::new(127, 0, 0, 5))
        .a("backup.two.test.", Ipv4Addr::new(127, 0, 0, 6));
    let w = World::start(vec![zone], "", "").await;
    // Nothing listens on .5; the backup answers.
    let backup = w.sink(6, SinkOpts::default()).await;
    let id = w
        .send("a@sender.test", &["b@two.test"], b"Subject: x\r\n\r\ny\r\n")
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert_eq!(backup.messages().len(), 1);
}

/// A sink that answers the first MAIL with 421 4.7.0 and every later one 250.
fn first_mail_421() -> SinkOpts {
    let first = Arc::new(AtomicBool::new(true));
    SinkOpts {
        mail_reply: Some(Arc::new(move |_: &str| {
            if first.swap(false, Ordering::SeqCst) {
                (421, "4.7.0 too fast, slow down".into())
            } else {
                (250, "2.1.0 ok".into())
            }
        })),
        ..Default::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_421_makes_the_relay_back_off_that_destination() {
    let w = World::start(
        vec![mx_zone("busy.test", 2)],
        "destination_backoff_secs = 2\nmax_connections_per_destination = 1\nconnection_idle_ms = 50\n",
        "",
    )
    .await;
    let opts = first_mail_421();
    let mx = w.sink(2, opts).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    let started = Instant::now();
    let mut ids = Vec::new();
    for i in 0..3 {
        let r = c
            .send_mail(
                "a@sender.test",
                &["b@busy.test"],
                format!("Subject: {i}\r\n\r\nx\r\n").as_bytes(),
            )
            .await;
        ids.push(crate::common::client::queue_id(&r));
    }
    for id in &ids {
        assert_eq!(
            w.wait_final(id, WAIT).await,
            vec![RecipientState::Delivered]
        );
    }
    assert_eq!(mx.messages().len(), 3);
    // The destination was left alone for destination_backoff_secs (2 s).
    assert!(
        started.elapsed() >= Duration::from_millis(1800),
        "no back-off happened: {:?}",
        started.elapsed()
    );
    let mut backed_off = 0;
    for id in &ids {
        backed_off += w
            .events(id)
            .await
            .iter()
            .filter(|e| {
                e.0 == "deferred" && (e.2["code"] == 421 || e.2["reason"] == "destination_backoff")
            })
            .count();
    }
    assert!(backed_off >= 1, "no deferral recorded for the back-off");
}

/// `queue flush --domain` makes that domain's mail due and ends the back-off
/// the relay holds for it in memory (here an hour long after a 421).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn queue_flush_for_a_domain_ends_its_back_off() {
    let w = World::start(
        vec![mx_zone("busy.test", 2)],
        "destination_backoff_secs = 3600\nmax_connections_per_destination = 1\nconnection_idle_ms = 50\n",
        "",
    )
    .await;
    let opts = first_mail_421();
    let mx = w.sink(2, opts).await;
    let mut ids = Vec::new();
    for i in 0..3 {
        let body = format!("Subject: {i}\r\n\r\nx\r\n");
        ids.push(
            w.send("a@sender.test", &["b@busy.test"], body.as_bytes())
                .await,
        );
    }
    let cfg = w.relay.dir.path().join("phirelay.toml");
    let deferred = || {
        let (_, out) = crate::common::binary::run_verb(&cfg, &["queue", "list", "--json"]);
        out.lines()
            .filter(|l| l.contains("\"state\":\"deferred\""))
            .count()
    };
    let until = Instant::now() + WAIT;
    while deferred() < 3 {
        assert!(
            Instant::now() < until,
            "the back-off never deferred all three"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (code, out) =
        crate::common::binary::run_verb(&cfg, &["queue", "flush", "--domain", "other.test"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("0 recipient(s) changed"), "{out}");
    assert_eq!(deferred(), 3, "a flush of another domain touched busy.test");
    let (code, out) =
        crate::common::binary::run_verb(&cfg, &["queue", "flush", "--domain", "Busy.Test."]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("3 recipient(s) changed"), "{out}");
    for id in &ids {
        assert_eq!(
            w.wait_final(id, WAIT).await,
            vec![RecipientState::Delivered],
            "still backed off after the flush"
        );
    }
    assert_eq!(mx.messages().len(), 3);
    let flushed = w.events(&ids[0]).await;
    assert!(
        flushed
            .iter()
            .any(|e| e.0 == "admin" && e.2["action"] == "flush"),
        "{flushed:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rate_limit_per_destination() {
    let w = World::start(
        vec![mx_zone("slow.test", 2)],
        "max_rate_per_destination = 5\n",
        "",
    )
    .await;
    let mx = w.sink(2, SinkOpts::default()).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    let started = Instant::now();
    for i in 0..6 {
        crate::common::client::queue_id(
            &c.send_mail(
                "a@sender.test",
                &["b@slow.test"],
                format!("Subject: {i}\r\n\r\nx\r\n").as_bytes(),
            )
            .await,
        );
    }
    assert!(mx.wait_for(6, WAIT).await);
    // 6 messages at 5 per second: the last leaves at least 1 s after the first.
    assert!(
        started.elapsed() >= Duration::from_millis(1000),
        "rate limit not applied: {:?}",
        started.elapsed()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn static_route_to_an_authenticated_smarthost() {
    // The smarthost: another phirelay that relays only for an authenticated user.
    let pki = TestPki::new(&["smarthost.test"]);
    let files = tempfile::tempdir().unwrap();
    let (cert, key) = pki.write_server_files(files.path());
    let hash = phirelay::smtp::hash_password("s3cret").unwrap();
    let smarthost = TestRelay::with(RelayOpts {
        extra: format!("[tls]\ncert = \"{}\"\nkey = \"{}\"\n", cert.display(), key.display()),
        relay: Some(format!(
            "allowed_networks = [\"10.0.0.0/8\"]\n[[relay.user]]\nname = \"relay-a\"\npassword_hash = \"{hash}\"\n"
        )),
        ..Default::default()
    })
    .await;
    let secret = files.path().join("smarthost.pw");
    {
        use std::os::unix::fs::OpenOptionsExt;
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&secret)
            .unwrap();
        std::io::Write::write_all(&mut f, b"s3cret\n").unwrap();
    }
    let route = format!(
        "[[transport.route]]\ndomain = \"partner.test\"\nhost = \"[127.0.0.1]:{}\"\nauth_user = \"relay-a\"\nauth_password_file = \"{}\"\n",
        smarthost.addr.port(),
        secret.display()
    );
    let w = World::start(vec![], "", &route).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@partner.test"],
            b"Subject: routed\r\n\r\nvia smarthost\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let ids = smarthost.store.message_ids().await.unwrap();
    assert_eq!(ids.len(), 1);
    let m = smarthost.store.message(&ids[0]).await.unwrap().unwrap();
    assert_eq!(m.auth_user.as_deref(), Some("relay-a"));
    assert!(
        m.tls_version.is_some(),
        "credentials must travel inside TLS"
    );
}
