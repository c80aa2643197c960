//! The secure portal end to end over real HTTPS: PHI to a destination that
//! policy keeps out of the mailbox becomes a pickup; the notice reaches the
//! recipient's MX without the subject or any body text; a one-time code
//! arrives by mail; the reader opens the message, downloads the attachment
//! byte for byte and replies; the reply reaches the sender's MX over verified
//! TLS. Then the security rules, each tried against: CSRF, lockout, unknown and
//! expired links alike (410), recall, idle logoff, no token or code at rest.

use std::time::Duration;

use phirelay::store::{PickupState, RecipientState};
use phirelay::transport::dane::tlsa_for;

use crate::common::certs::self_signed;
use crate::common::delivery::{World, mx_zone};
use crate::common::portal::{self, PortalRig, code_in, token_in};
use crate::common::sink::{Sink, SinkOpts};

const WAIT: Duration = Duration::from_secs(20);
const PDF: &[u8] =
    b"%PDF-1.4\n% lab report for the portal test\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

fn phi_with_attachment() -> Vec<u8> {
    use base64::Engine;
    let pdf = base64::engine::general_purpose::STANDARD.encode(PDF);
    format!(
        "From: Dr Rivera <dr@dane.test>\r\nTo: a@notls.test\r\nSubject: Lab results for Maria Lopez\r\n\
         Message-ID: <orig-1@dane.test>\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n\
         --b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\
         Patient: Maria Lopez, SSN 512-44-7360. Her HbA1c is 9.1 %; please book a visit.\r\n\
         --b1\r\nContent-Type: application/pdf; name=\"labs.pdf\"\r\n\
         Content-Disposition: attachment; filename=\"labs.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
         {pdf}\r\n--b1--\r\n"
    )
    .into_bytes()
}

pub(crate) struct Rig {
    pub w: World,
    pub portal: PortalRig,
    /// a@notls.test's MX (no TLS): notices and codes arrive here.
    pub reader_mx: Sink,
    /// dr@dane.test's MX (DANE): replies arrive here.
    pub sender_mx: Sink,
}

pub(crate) async fn rig(portal_extra: &str) -> Rig {
    let leaf = self_signed(&["mx.dane.test"]);
    let rec = tlsa_for(&leaf.cert_der, 3, 1, 1);
    let dane = mx_zone("dane.test", 3).signed().tlsa(
        "_25._tcp.mx.dane.test.",
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    );
    let dir = tempfile::tempdir().expect("tempdir");
    let (portal_toml, pki) = portal::portal_toml(dir.path(), portal_extra);
    let policy = "[policy]\nconsumer_domains = [\"notls.test\"]\n";
    let w = World::start(
        vec![mx_zone("notls.test", 2), dane],
        "",
        &format!("{policy}\n{portal_toml}"),
    )
    .await;
    std::mem::forget(dir);
    let reader_mx = w.sink(2, SinkOpts::default()).await;
    let sender_mx = w.sink(3, SinkOpts::with_tls(leaf.server_config())).await;
    let portal = portal::start(&w.relay, &pki).await;
    Rig {
        w,
        portal,
        reader_mx,
        sender_mx,
    }
}

/// The recipients' states once every one is a pickup (or after `WAIT`).
async fn pickup_state(w: &World, id: &str) -> Vec<RecipientState> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let states: Vec<_> = w
            .relay
            .store
            .recipients(id)
            .await
            .unwrap()
            .iter()
            .map(|r| r.state)
            .collect();
        let done = !states.is_empty() && states.iter().all(|s| *s == RecipientState::Pickup);
        if done || tokio::time::Instant::now() > deadline {
            return states;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

impl Rig {
    /// Send the PHI message; wait for its pickup; return (queue id, token).
    async fn pickup(&self) -> (String, String) {
        let id = self
            .w
            .send("dr@dane.test", &["a@notls.test"], &phi_with_attachment())
            .await;
        let state = pickup_state(&self.w, &id).await;
        assert_eq!(
            state,
            vec![RecipientState::Pickup],
            "the held recipient became a pickup"
        );
        assert!(
            self.reader_mx.wait_for_received(1, WAIT).await,
            "the notice arrives"
        );
        let notice = self.reader_mx.received().pop().expect("notice");
        (id, token_in(&notice.data))
    }

    /// The code mail number `n` (1-based) at the reader's MX.
    pub async fn code(&self, n: usize) -> String {
        assert!(
            self.reader_mx.wait_for_received(n, WAIT).await,
            "code mail {n} arrives"
        );
        let mail = self.reader_mx.received().pop().expect("code mail");
        code_in(&mail.data)
    }

    async fn events(&self, id: &str) -> Vec<(String, Option<String>, serde_json::Value)> {
        self.w.events(id).await
    }
}

/// Open the landing page, ask for a code (mail number `nth_mail` at the
/// reader's MX), type it: signed in. Returns the browser and its CSRF value.
async fn sign_in(r: &Rig, token: &str, nth_mail: usize) -> (crate::common::portal::Http, String) {
    let mut b = r.portal.http.fresh();
    let csrf = b.get(&format!("/p/{token}")).await.csrf();
    b.post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    let code = r.code(nth_mail).await;
    let ok = b
        .post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text());
    (b, csrf)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_pickup_is_read_downloaded_and_answered_over_https() {
    let r = rig("").await;
    let (id, token) = r.pickup().await;
    let notice = r.reader_mx.received().pop().expect("notice");
    let text = String::from_utf8_lossy(&notice.data).to_string();
    for secret in [
        "Lab results",
        "Maria",
        "Lopez",
        "512-44",
        "HbA1c",
        "labs.pdf",
    ] {
        assert!(
            !text.contains(secret),
            "the notice leaks {secret:?}:\n{text}"
        );
    }
    assert!(
        text.contains("Example Clinic") && text.contains("dr@dane.test"),
        "{text}"
    );
    assert_eq!(
        notice.mail_from, "",
        "notices go with the null reverse-path"
    );

    let mut b = r.portal.http.fresh();
    let landing = b.get(&format!("/p/{token}")).await;
    assert_eq!(landing.status, 200, "{}", landing.text());
    for (h, want) in [
        ("content-security-policy", "default-src 'none'"),
        ("strict-transport-security", "max-age="),
        ("referrer-policy", "no-referrer"),
        ("x-content-type-options", "nosniff"),
        ("cache-control", "no-store"),
        ("x-frame-options", "DENY"),
    ] {
        assert!(
            landing.header(h).contains(want),
            "{h}: {:?}",
            landing.header(h)
        );
    }
    assert!(
        !landing.text().contains("Lab results"),
        "nothing before sign-in"
    );
    let csrf = landing.csrf();

    // A form without its CSRF token is refused, and mails nothing.
    let refused = b.post(&format!("/p/{token}/code"), &[]).await;
    assert_eq!(refused.status, 403);
    let verify = b
        .post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    assert_eq!(verify.status, 200, "{}", verify.text());
    assert!(verify.text().contains("id=\"verify\""));
    let code = r.code(2).await;

    let wrong = if code == "000000" { "111111" } else { "000000" };
    let miss = b
        .post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", wrong)],
        )
        .await;
    assert!(miss.text().contains("verify-error"), "{}", miss.text());
    let ok = b
        .post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text());
    assert!(
        ok.header("set-cookie").contains("HttpOnly")
            && ok.header("set-cookie").contains("SameSite=Strict")
    );
    assert!(ok.header("set-cookie").contains("Secure"));

    let page = b.get(&format!("/p/{token}/message")).await;
    assert_eq!(page.status, 200, "{}", page.text());
    let html = page.text();
    assert!(
        html.contains("Lab results for Maria Lopez") && html.contains("HbA1c is 9.1"),
        "{html}"
    );
    assert!(html.contains("labs.pdf"));

    let pdf = b.get(&format!("/p/{token}/attachment/1")).await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.body, PDF, "the attachment comes back byte for byte");
    assert!(pdf.header("content-disposition").starts_with("attachment;"));
    assert_eq!(pdf.header("content-type"), "application/pdf");

    let print = b.get(&format!("/p/{token}/print")).await;
    assert!(print.text().contains("HbA1c"));

    let form = b.get(&format!("/p/{token}/reply")).await;
    assert!(
        form.text().contains("dr@dane.test"),
        "the reply goes to the sender"
    );
    let sent = b
        .post_multipart(
            &format!("/p/{token}/reply"),
            &[
                ("csrf", &csrf),
                ("body", "Thank you, I booked the visit for Monday."),
            ],
            &[("insurance.txt", "text/plain", b"member card front and back")],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.text());
    assert!(sent.text().contains("reply-sent"));
    assert!(
        r.sender_mx.wait_for_received(1, WAIT).await,
        "the reply reaches the sender's MX"
    );
    let reply = r.sender_mx.received().pop().expect("reply");
    assert!(reply.tls, "the reply travelled over TLS (DANE)");
    let reply_text = String::from_utf8_lossy(&reply.data).to_string();
    assert!(reply_text.contains("booked the visit"), "{reply_text}");
    assert!(reply_text.contains("insurance.txt"));
    assert!(
        reply_text.contains("Reply-To: <a@notls.test>")
            || reply_text.contains("Reply-To: a@notls.test"),
        "{reply_text}"
    );

    let out = b
        .post(&format!("/p/{token}/logout"), &[("csrf", &csrf)])
        .await;
    assert!(out.text().contains("logged-out"));
    let after = b.get(&format!("/p/{token}/message")).await;
    assert_eq!(after.status, 303, "signed out: back to the start page");

    let events = r.events(&id).await;
    let kinds: Vec<&str> = events.iter().map(|e| e.0.as_str()).collect();
    for k in [
        "pickup_created",
        "notice_sent",
        "code_sent",
        "auth_failed",
        "auth_ok",
        "viewed",
        "downloaded",
        "replied",
        "logged_out",
    ] {
        assert!(kinds.contains(&k), "{k} missing: {kinds:?}");
    }
    let downloaded = events
        .iter()
        .find(|e| e.0 == "downloaded")
        .expect("downloaded");
    assert_eq!(
        downloaded.2["sha256"],
        hex::encode(aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, PDF))
    );
    assert_eq!(downloaded.2["user_agent"], "phirelay-test/1.0");
    assert_eq!(downloaded.2["client_ip"], "127.0.0.1");
    let all = format!("{events:?}");
    assert!(
        !all.contains(&token) && !all.contains(&code),
        "no token or code in the audit log"
    );
    assert!(
        !all.contains("labs.pdf"),
        "no attachment name in the audit log"
    );
    let verified = phirelay::cli::verify_chain(&r.w.relay.store).await.unwrap();
    assert!(verified.is_ok(), "the audit chain holds");

    // Delivered notices and codes are shredded: the token and codes then
    // exist only as hashes.
    let notice_id = events.iter().find(|e| e.0 == "notice_sent").unwrap().2["mail_id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut shredded = false;
    for _ in 0..100 {
        let sealed =
            r.w.relay
                .store
                .sealed_content(&notice_id)
                .await
                .unwrap()
                .unwrap();
        if sealed.ciphertext.is_empty() {
            shredded = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(shredded, "the delivered notice's content is shredded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_codes_lock_and_dead_links_all_answer_alike() {
    let r = rig("").await;
    let (id, token) = r.pickup().await;
    let mut b = r.portal.http.fresh();
    let csrf = b.get(&format!("/p/{token}")).await.csrf();
    b.post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    let code = r.code(2).await;
    let wrong = if code == "000000" { "111111" } else { "000000" };
    for _ in 0..5 {
        b.post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", wrong)],
        )
        .await;
    }
    // Locked: even the right code no longer opens it, and no new code is sent.
    let locked = b
        .post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_ne!(locked.status, 303, "a locked pickup does not sign in");
    let again = b
        .post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    assert!(again.text().contains("No new code"), "{}", again.text());
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(r.reader_mx.received().len(), 2, "no code mail while locked");
    let events = r.events(&id).await;
    let fails: Vec<_> = events.iter().filter(|e| e.0 == "auth_failed").collect();
    assert!(fails.len() >= 6, "{fails:?}");
    assert_eq!(
        fails[4].2["locked"], true,
        "the fifth wrong code locks: {:?}",
        fails[4]
    );

    // Unknown, recalled and expired links: the same 410 page.
    let unknown = b
        .get("/p/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
        .await;
    let short = b.get("/p/abc").await;
    assert_eq!((unknown.status, short.status), (410, 410));
    let rows = r.w.relay.store.pickups(Some(&id), true, 10).await.unwrap();
    let row = rows.into_iter().next().expect("pickup");
    phirelay::portal::sweeper::end_pickup(
        &r.portal.portal,
        row,
        PickupState::Recalled,
        Some("wrong patient".into()),
        "cli:test",
    )
    .await
    .expect("recall");
    let recalled = b.get(&format!("/p/{token}")).await;
    assert_eq!(recalled.status, 410);
    assert_eq!(
        recalled.body, unknown.body,
        "recalled and unknown links answer alike"
    );
    let pickup = r.w.relay.store.pickups(Some(&id), false, 10).await.unwrap();
    assert_eq!(pickup[0].state(), PickupState::Recalled);
    assert!(
        r.w.relay
            .store
            .pickup_secret(&pickup[0].id)
            .await
            .unwrap()
            .is_none()
    );
    let sealed =
        r.w.relay
            .store
            .sealed_content(&id)
            .await
            .unwrap()
            .expect("row");
    assert!(
        sealed.ciphertext.is_empty() && sealed.wrapped_key.is_empty(),
        "content shredded"
    );
    let recall = r
        .events(&id)
        .await
        .into_iter()
        .find(|e| e.0 == "recalled")
        .expect("recalled event");
    assert_eq!(recall.2["reason"], "wrong patient");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn idle_readers_are_signed_out_and_unread_pickups_expire() {
    let r = rig("").await;
    let (id, token) = r.pickup().await;
    let (mut b, _) = sign_in(&r, &token, 2).await;
    assert_eq!(b.get(&format!("/p/{token}/message")).await.status, 200);
    let two_hours_ago = phirelay::util::now_us() - 7_200_000_000;
    sqlx::query("UPDATE portal_sessions SET last_seen_us = $1")
        .bind(two_hours_ago)
        .execute(r.w.relay.store.pool())
        .await
        .unwrap();
    // The reader's next request, or the sweeper, whichever comes first, ends it.
    let idle = b.get(&format!("/p/{token}/message")).await;
    assert!(!idle.text().contains("HbA1c"), "no content after idle time");
    assert!(
        idle.text().contains("timed-out") || idle.status == 303,
        "{}",
        idle.text()
    );
    assert_eq!(b.get(&format!("/p/{token}/message")).await.status, 303);
    let events = r.events(&id).await;
    let out = events
        .iter()
        .find(|e| e.0 == "logged_out")
        .expect("logged_out");
    assert_eq!(out.2["what"], "idle");

    // A second message, never read: past its lifetime it is shredded and the
    // sender hears so, without the subject.
    let (id2, token2) = {
        let id =
            r.w.send("dr@dane.test", &["a@notls.test"], &phi_with_attachment())
                .await;
        assert_eq!(pickup_state(&r.w, &id).await, vec![RecipientState::Pickup]);
        assert!(r.reader_mx.wait_for_received(3, WAIT).await);
        (
            id.clone(),
            token_in(&r.reader_mx.received().pop().unwrap().data),
        )
    };
    sqlx::query("UPDATE pickups SET expires_at_us = 1 WHERE message_id = $1")
        .bind(&id2)
        .execute(r.w.relay.store.pool())
        .await
        .unwrap();
    assert!(
        r.sender_mx.wait_for_received(1, WAIT).await,
        "the sender hears of the expiry"
    );
    let note = String::from_utf8_lossy(&r.sender_mx.received()[0].data).to_string();
    assert!(
        note.contains(&id2) && note.contains("was not read"),
        "{note}"
    );
    assert!(
        !note.contains("Lab results") && !note.contains("Maria"),
        "{note}"
    );
    assert_eq!(b.get(&format!("/p/{token2}")).await.status, 410);
    let expired = r
        .events(&id2)
        .await
        .into_iter()
        .find(|e| e.0 == "expired")
        .expect("expired");
    assert_eq!(expired.2["was_read"], false);
}

/// Two nodes on one PostgreSQL database (one master key): a pickup made by
/// either is served by both, and a session started on one node reads on the other.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_node_serves_any_pickup_on_postgres() {
    use crate::common::pg::PgCluster;
    use crate::common::relay::{RelayOpts, TestRelay};
    let url = PgCluster::shared().fresh_database().await;
    let shared = tempfile::tempdir().unwrap();
    let (portal_toml, pki) = portal::portal_toml(shared.path(), "");
    let store = format!(
        "backend = \"postgres\"\nurl = \"{url}\"\ncreate_master_key = true\nmaster_key_file = \"{}/master.key\"\n",
        shared.path().display()
    );
    let node = |name: &str| RelayOpts {
        store: Some(store.clone()),
        extra: format!(
            "[policy]\nconsumer_domains = [\"notls.test\"]\n\n{}",
            portal_toml.replace("[portal]", &format!("[portal]\n# node {name}"))
        ),
        ..Default::default()
    };
    let a = TestRelay::with(node("a")).await;
    let b = TestRelay::with(node("b")).await;
    let (pa, pb) = (portal::start(&a, &pki).await, portal::start(&b, &pki).await);

    let mut c = crate::common::client::Client::connect(a.addr).await;
    c.hello().await;
    c.send_mail("dr@dane.test", &["a@notls.test"], &phi_with_attachment())
        .await;
    let notice = stored_mail(&a, "https://portal.test/p/").await;
    let token = token_in(notice.as_bytes());

    let mut on_b = pb.http.fresh();
    let csrf = on_b.get(&format!("/p/{token}")).await.csrf();
    on_b.post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    let code = code_in(stored_mail(&a, "Your one-time code").await.as_bytes());
    let ok = on_b
        .post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text());
    // The same browser, now talking to node a.
    let mut on_a = pa.http.fresh();
    on_a.cookies = on_b.cookies.clone();
    let page = on_a.get(&format!("/p/{token}/message")).await;
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(page.text().contains("HbA1c is 9.1"));
    let pickups = a.store.pickups(None, true, 10).await.unwrap();
    assert_eq!(pickups.len(), 1, "two sweeping nodes made one pickup");
    assert_eq!(pickups[0].state(), PickupState::Opened);
}

/// The text of the first stored message containing `needle` (waits for it).
async fn stored_mail(relay: &crate::common::relay::TestRelay, needle: &str) -> String {
    for _ in 0..200 {
        for id in relay.store.message_ids().await.unwrap() {
            let Ok(Some(sealed)) = relay.store.sealed_content(&id).await else {
                continue;
            };
            if let Ok(plain) = relay.keys.open(&id, &sealed) {
                let text = String::from_utf8_lossy(&plain).into_owned();
                if text.contains(needle) {
                    return text;
                }
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no stored mail with {needle:?}");
}

/// The sender's passphrase header is taken out before anything is stored or
/// sent; the reader needs it as well as the code; a wrong one is a wrong try.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sender_passphrase_is_asked_for_and_never_kept_in_clear() {
    let r = rig("").await;
    let body = [
        b"X-Phirelay-Passphrase: violet otter\r\n\t42\r\n".as_slice(),
        &phi_with_attachment(),
    ]
    .concat();
    let id = r.w.send("dr@dane.test", &["a@notls.test"], &body).await;
    assert_eq!(pickup_state(&r.w, &id).await, vec![RecipientState::Pickup]);
    // The message's own key is gone (no queue recipient needs it); the
    // pickup's copy opens it.
    let p =
        r.w.relay
            .store
            .pickups(Some(&id), true, 1)
            .await
            .unwrap()
            .remove(0);
    let secret = r.w.relay.store.pickup_secret(&p.id).await.unwrap().unwrap();
    let plain =
        r.w.relay
            .keys
            .open_for_pickup(
                &id,
                (&p.id, &p.recipient),
                &secret.key_id,
                &secret.wrapped_key,
                &secret.ciphertext,
            )
            .unwrap();
    let stored = String::from_utf8_lossy(&plain).to_string();
    assert!(
        !stored.contains("violet")
            && !stored
                .to_ascii_lowercase()
                .contains("x-phirelay-passphrase"),
        "{stored}"
    );
    let hash: (Option<String>,) =
        sqlx::query_as("SELECT passphrase_hash FROM messages WHERE id = $1")
            .bind(&id)
            .fetch_one(r.w.relay.store.pool())
            .await
            .unwrap();
    assert!(hash.0.unwrap_or_default().starts_with("$argon2id$"));
    assert!(r.reader_mx.wait_for_received(1, WAIT).await);
    let token = token_in(&r.reader_mx.received()[0].data);

    let mut b = r.portal.http.fresh();
    let csrf = b.get(&format!("/p/{token}")).await.csrf();
    let form = b
        .post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    assert!(
        form.text().contains("id=\"passphrase\""),
        "the page asks for it"
    );
    let code = r.code(2).await;
    let verify = format!("/p/{token}/verify");
    let bare = b.post(&verify, &[("csrf", &csrf), ("code", &code)]).await;
    assert_ne!(bare.status, 303, "the code alone does not open it");
    let wrong = b
        .post(
            &verify,
            &[
                ("csrf", &csrf),
                ("code", &code),
                ("passphrase", "violet otter 41"),
            ],
        )
        .await;
    assert_ne!(wrong.status, 303);
    let ok = b
        .post(
            &verify,
            &[
                ("csrf", &csrf),
                ("code", &code),
                ("passphrase", "violet otter 42"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text());
    let events = r.events(&id).await;
    let fails: Vec<_> = events
        .iter()
        .filter(|e| e.0 == "auth_failed")
        .map(|e| e.2["reason"].clone())
        .collect();
    assert_eq!(
        fails,
        vec!["wrong_passphrase", "wrong_passphrase"],
        "{events:?}"
    );
    assert!(!format!("{events:?}").contains("violet"));
}
