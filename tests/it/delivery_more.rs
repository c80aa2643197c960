//! More delivery: DKIM checked by an independent verifier, the client's outbound
//! bytes, STARTTLS response injection, and DSN rules for NOTIFY and null senders.

use std::sync::Arc;
use std::time::Duration;

use phirelay::store::RecipientState;

use crate::common::certs::TestPki;
use crate::common::delivery::{World, mx_zone};
use crate::common::sink::{Sink, SinkOpts};

const WAIT: Duration = Duration::from_secs(15);

fn write_key(dir: &std::path::Path, name: &str, pem: &str) -> String {
    use std::os::unix::fs::OpenOptionsExt;
    let path = dir.join(name);
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(&path)
        .unwrap();
    std::io::Write::write_all(&mut f, pem.as_bytes()).unwrap();
    path.display().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dkim_signatures_verify_with_mail_auth_against_published_keys() {
    use phirelay::config::DkimAlgorithm;
    let keys = tempfile::tempdir().unwrap();
    let (rsa_pem, rsa_txt) = phirelay::dkim::generate(DkimAlgorithm::Rsa).unwrap();
    let (ed_pem, ed_txt) = phirelay::dkim::generate(DkimAlgorithm::Ed25519).unwrap();
    let rsa = write_key(keys.path(), "rsa.pem", &rsa_pem);
    let ed = write_key(keys.path(), "ed.pem", &ed_pem);
    let zone = mx_zone("sender.test", 3)
        .txt("rsa2026._domainkey.sender.test.", &rsa_txt)
        .txt("ed2026._domainkey.sender.test.", &ed_txt);
    let dkim = format!(
        "[[dkim.key]]\ndomain = \"sender.test\"\nselector = \"rsa2026\"\nalgorithm = \"rsa\"\nprivate_key = \"{rsa}\"\n\n\
         [[dkim.key]]\ndomain = \"sender.test\"\nselector = \"ed2026\"\nalgorithm = \"ed25519\"\nprivate_key = \"{ed}\"\n"
    );
    let w = World::start(vec![mx_zone("example.test", 2), zone], "", &dkim).await;
    let mx = w.sink(2, SinkOpts::default()).await;
    let body = b"From: Sender <a@sender.test>\r\nTo: b@example.test\r\nSubject: signed\r\nDate: Wed, 25 Nov 2026 10:00:00 +0000\r\n\r\nHello.\r\n..A line that starts with a dot.\r\n";
    let id = w.send("a@sender.test", &["b@example.test"], body).await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let data = mx.messages()[0].data.clone();
    let text = String::from_utf8_lossy(&data);
    assert_eq!(text.matches("DKIM-Signature:").count(), 2, "{text}");

    let auth = mail_auth::MessageAuthenticator(w.dns.resolver());
    let msg = mail_auth::AuthenticatedMessage::parse(&data).unwrap();
    let results = auth.verify_dkim(mail_auth::Parameters::new(&msg)).await;
    assert_eq!(results.len(), 2);
    for r in &results {
        assert_eq!(r.result(), &mail_auth::DkimResult::Pass, "{r:?}");
    }
    // A changed body fails: the check is real.
    let tampered = text.replace("Hello.", "Hullo.").into_bytes();
    let msg = mail_auth::AuthenticatedMessage::parse(&tampered).unwrap();
    let results = auth.verify_dkim(mail_auth::Parameters::new(&msg)).await;
    assert!(
        results
            .iter()
            .all(|r| r.result() != &mail_auth::DkimResult::Pass)
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbound_bytes_are_crlf_and_dot_stuffed() {
    // Straight through the client: bodies the SMTP ingress would refuse (bare CR,
    // bare LF) can still come from our own DSNs and notices.
    let sink = Sink::start("127.0.0.2:0".parse().unwrap(), SinkOpts::default()).await;
    let cfg = phirelay::config::load(std::path::Path::new("config/phirelay.toml")).unwrap();
    let peer = phirelay::transport::Peer {
        host: "sink.test".into(),
        addr: sink.addr,
    };
    let plan = phirelay::transport::TlsPlan {
        config: None,
        required: false,
        server_name: "sink.test".into(),
        recorder: None,
    };
    let mut c = phirelay::transport::Connection::open(peer, Arc::new(cfg.transport.clone()), &plan)
        .await
        .unwrap();
    let message = b"Subject: bytes\r\n\r\n.starts with a dot\r\nbare LF\nbare CR\r..after a bare CR\n.\n\r\n.\r\nlast line without end";
    let env = phirelay::transport::Envelope {
        from: "a@sender.test",
        recipients: vec![phirelay::transport::RcptParams {
            address: "b@example.test",
            notify: None,
            orcpt: None,
        }],
        message,
        smtputf8: false,
        ret: None,
        envid: None,
        requiretls: false,
    };
    let r = c.send(&env).await.unwrap();
    assert!(r.per_rcpt[0].is_success(), "{:?}", r.per_rcpt);
    c.quit().await;
    assert!(sink.wait_for(1, WAIT).await);
    let m = &sink.messages()[0];
    assert!(sink.violations().is_empty(), "{:?}", sink.violations());
    let raw = &m.raw_data;
    for (i, &b) in raw.iter().enumerate() {
        if b == b'\n' {
            assert!(i > 0 && raw[i - 1] == b'\r', "bare LF at {i}");
        }
        if b == b'\r' {
            assert_eq!(raw.get(i + 1), Some(&b'\n'), "bare CR at {i}");
        }
    }
    assert_eq!(
        m.data,
        b"Subject: bytes\r\n\r\n.starts with a dot\r\nbare LF\r\nbare CR\r\n..after a bare CR\r\n.\r\n\r\n.\r\nlast line without end\r\n"
    );
    assert!(
        raw.windows(22).any(|w| w == b"\r\n..starts with a dot\r"),
        "leading dot not stuffed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starttls_response_injection_is_ignored() {
    let w = World::start(vec![mx_zone("example.test", 2)], "", "").await;
    let pki = TestPki::new(&["mx.example.test"]);
    let opts = SinkOpts {
        // A fake "250" for the client's EHLO and a fake MAIL reply, sent in clear
        // right behind the 220: if the client read them as TLS-protected replies,
        // every later reply would be one off.
        inject_after_starttls: Some(
            b"250-injected\r\n250 PIPELINING\r\n250 2.1.0 injected\r\n".to_vec(),
        ),
        ..SinkOpts::with_tls(pki.server.server_config())
    };
    let mx = w.sink(2, opts).await;
    let id = w
        .send(
            "a@sender.test",
            &["b@example.test"],
            b"Subject: tls\r\n\r\nx\r\n",
        )
        .await;
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    let m = &mx.messages()[0];
    assert!(m.tls, "delivered without TLS");
    let events = w.events(&id).await;
    let attempt = &events.iter().find(|e| e.0 == "attempt").unwrap().2;
    assert_eq!(attempt["tls"]["version"], "TLSv1.3");
    assert_eq!(
        attempt["tls"]["peer_cert_sha256"].as_str().unwrap().len(),
        64
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notify_success_to_a_server_without_dsn_gets_a_relayed_report() {
    let w = World::start(
        vec![mx_zone("example.test", 2), mx_zone("sender.test", 3)],
        "",
        "",
    )
    .await;
    let _mx = w
        .sink(
            2,
            SinkOpts {
                ext_dsn: false,
                ..Default::default()
            },
        )
        .await;
    let sender_mx = w.sink(3, SinkOpts::default()).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<a@sender.test>", 250).await;
    c.cmd("RCPT TO:<b@example.test> NOTIFY=SUCCESS,FAILURE", 250)
        .await;
    c.cmd("DATA", 354).await;
    c.send(b"Subject: x\r\n\r\ny\r\n.\r\n").await;
    let id = crate::common::client::queue_id(&c.reply().await);
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered]
    );
    assert!(sender_mx.wait_for(1, WAIT).await);
    let dsn = String::from_utf8(sender_mx.messages()[0].data.clone()).unwrap();
    assert!(
        dsn.contains("Action: relayed") && dsn.contains("Status: 2."),
        "{dsn}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dsn_parameters_pass_through_and_null_sender_gets_no_bounce() {
    let w = World::start(vec![mx_zone("example.test", 2)], "", "").await;
    let opts = SinkOpts {
        rcpt_reply: Some(Arc::new(|r: &str| {
            if r.starts_with("gone") {
                (550, "5.1.1 unknown".into())
            } else {
                (250, "2.1.5 ok".into())
            }
        })),
        ..Default::default()
    };
    let mx = w.sink(2, opts).await;
    let mut c = crate::common::client::Client::connect(w.relay.addr).await;
    c.hello().await;
    c.cmd("MAIL FROM:<> RET=FULL ENVID=id+2B1", 250).await;
    c.cmd(
        "RCPT TO:<b@example.test> NOTIFY=SUCCESS ORCPT=rfc822;b@example.test",
        250,
    )
    .await;
    c.cmd("RCPT TO:<gone@example.test>", 250).await;
    c.cmd("DATA", 354).await;
    c.send(b"Subject: x\r\n\r\ny\r\n.\r\n").await;
    let id = crate::common::client::queue_id(&c.reply().await);
    assert_eq!(
        w.wait_final(&id, WAIT).await,
        vec![RecipientState::Delivered, RecipientState::Bounced]
    );
    let m = &mx.messages()[0];
    assert!(
        m.mail_params.contains("RET=FULL") && m.mail_params.contains("ENVID=id+2B1"),
        "{}",
        m.mail_params
    );
    assert!(
        m.rcpt_params[0].contains("NOTIFY=SUCCESS")
            && m.rcpt_params[0].contains("ORCPT=rfc822;b@example.test")
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    let kinds: Vec<String> = w.events(&id).await.into_iter().map(|e| e.0).collect();
    assert!(
        !kinds.contains(&"dsn_sent".to_string()),
        "a bounce to the null sender: {kinds:?}"
    );
    assert_eq!(mx.messages().len(), 1);
}
