//! The HTTP submission API (docs/api.md) over real HTTPS with a real client:
//! JSON and raw submissions go through the acceptance stage (delivered,
//! DKIM-signed, PHI held for the portal as over SMTP); keys, scopes, sender
//! domains, the rate limit, sizes and malformed JSON get problem documents;
//! idempotent retries return the same id; the status shows the TLS evidence;
//! a 202 survives SIGKILL.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use phirelay::store::RecipientState;
use serde_json::{Value, json};

use crate::common::binary::{self, RunningRelay, run_verb};
use crate::common::certs::TestPki;
use crate::common::delivery::{World, mx_zone};
use crate::common::sink::{Sink, SinkOpts};

const WAIT: Duration = Duration::from_secs(20);
const HOST: &str = "api.test";

struct Rig {
    w: World,
    pki: TestPki,
    client: reqwest::Client,
    base: String,
    config: std::path::PathBuf,
    _stop: tokio::sync::watch::Sender<bool>,
    _dir: tempfile::TempDir,
}

fn client(addr: SocketAddr, pki: &TestPki) -> reqwest::Client {
    let mut tls = (*pki.client_config()).clone();
    tls.alpn_protocols = vec![b"http/1.1".to_vec()];
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .resolve(HOST, addr)
        .no_proxy()
        .http1_only()
        .build()
        .expect("client")
}

/// A delivering relay (DKIM key for clinic.test published) with the API on.
async fn rig() -> Rig {
    rig_on(None).await
}

/// As [`rig`], on the store of this `[store]` text (PostgreSQL). Webhooks may
/// go to the test's loopback receiver.
async fn rig_on(store: Option<String>) -> Rig {
    rig_with(store, true).await
}

/// As [`rig_on`], with `[api] webhook_allow_private_addresses` as given.
async fn rig_with(store: Option<String>, webhook_allow_private_addresses: bool) -> Rig {
    use phirelay::config::DkimAlgorithm;
    let dir = tempfile::tempdir().unwrap();
    let (pem, txt) = phirelay::dkim::generate(DkimAlgorithm::Ed25519).unwrap();
    let key = dir.path().join("dkim.pem");
    std::fs::write(&key, pem).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    let zones = vec![
        mx_zone("clear.test", 2),
        mx_zone("notls.test", 3),
        mx_zone("clinic.test", 4).txt("s1._domainkey.clinic.test.", &txt),
        crate::common::dns::Zone::new("hooks.test.")
            .a("hooks.test.", std::net::Ipv4Addr::new(127, 0, 0, 7)),
    ];
    // One test CA for the API's certificate and the webhook receiver's; the
    // relay trusts it for webhooks through [transport] extra_ca_files.
    let pki = TestPki::new(&[HOST, "hooks.test"]);
    let ca = pki.write_ca_file(dir.path());
    let transport = format!("extra_ca_files = [\"{}\"]\n", ca.display());
    let dkim = format!(
        "[[dkim.key]]\ndomain = \"clinic.test\"\nselector = \"s1\"\nalgorithm = \"ed25519\"\nprivate_key = \"{}\"\n\n\
         [policy]\nconsumer_domains = [\"notls.test\"]\n\n\
         [[policy.rule]]\nid = \"never-reject-test\"\nrecipient_domains = [\"reject.test\"]\n\
         phi = \"reject\"\nnonphi = \"reject\"\n",
        key.display()
    );
    let w = World::start_full(zones, "", &transport, &dkim, None, "", store).await;
    let (cert, key) = pki.write_server_files(dir.path());
    let mut cfg = (*w.relay.cfg).clone();
    // Small, so that a too-large body is quick to send.
    cfg.limits.max_message_size = 200_000;
    let api_cfg = phirelay::config::ApiConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        cert,
        key,
        max_auth_failures_per_ip: 3,
        auth_failure_window: Duration::from_secs(60),
        webhook_disable_after: Duration::from_secs(3600),
        webhook_allow_private_addresses,
    };
    let store = w.relay.store.clone();
    let acceptor =
        phirelay::accept::Acceptor::new(w.relay.prep.clone(), store.clone(), w.relay.queue.clone());
    let api = phirelay::api::Api::new(phirelay::api::Parts {
        cfg: Arc::new(cfg),
        api: api_cfg,
        store,
        keys: w.relay.keys.clone(),
        acceptor,
        suppressions: w.relay.suppressions.clone(),
    });
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let addr = phirelay::api::serve(api, stopped).await.unwrap();
    let config = w.relay.dir.path().join("phirelay.toml");
    Rig {
        client: client(addr, &pki),
        pki,
        base: format!("https://{HOST}:{}", addr.port()),
        config,
        w,
        _stop: stop,
        _dir: dir,
    }
}

/// `api-key create` through the CLI; the key it prints once.
fn create_key(config: &std::path::Path, args: &[&str]) -> String {
    let mut all = vec!["api-key", "create"];
    all.extend_from_slice(args);
    let (code, out) = run_verb(config, &all);
    assert_eq!(code, 0, "{out}");
    out.lines()
        .find(|l| l.starts_with("phr_"))
        .unwrap_or_else(|| panic!("no key printed: {out}"))
        .to_string()
}

async fn post(
    r: &Rig,
    key: &str,
    body: &Value,
    idem: Option<&str>,
) -> (u16, Value, reqwest::header::HeaderMap) {
    let mut req = r
        .client
        .post(format!("{}/v1/messages", r.base))
        .bearer_auth(key)
        .header("Content-Type", "application/json")
        .body(serde_json::to_vec(body).unwrap());
    if let Some(i) = idem {
        req = req.header("Idempotency-Key", i);
    }
    let resp = req.send().await.expect("request");
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let json = read_json(resp).await;
    (status, json, headers)
}

async fn read_json(resp: reqwest::Response) -> Value {
    let bytes = resp.bytes().await.unwrap_or_default();
    serde_json::from_slice(&bytes).unwrap_or(Value::Null)
}

/// The secret part of `phr_<id>_<secret>` (the secret may itself hold `_`).
fn secret_of(key: &str) -> &str {
    key.splitn(3, '_').nth(2).unwrap_or(key)
}

fn problem(v: &Value) -> &str {
    v["type"]
        .as_str()
        .unwrap_or("")
        .trim_start_matches("urn:phirelay:problem:")
}

async fn wait_state(r: &Rig, id: &str, want: RecipientState) {
    let until = std::time::Instant::now() + WAIT;
    loop {
        let states: Vec<RecipientState> =
            r.w.relay
                .store
                .recipients(id)
                .await
                .unwrap()
                .iter()
                .map(|x| x.state)
                .collect();
        if states.iter().all(|s| *s == want) {
            return;
        }
        assert!(std::time::Instant::now() < until, "{id}: {states:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_api_sends_as_smtp_does_and_refuses_with_problems() {
    let r = rig().await;
    let mx = r.w.sink(2, SinkOpts::default()).await;
    let _notls = r.w.sink(3, SinkOpts::default()).await;
    let key = create_key(
        &r.config,
        &[
            "--name",
            "ehr-prod",
            "--scopes",
            "send,status",
            "--sender-domains",
            "clinic.test",
        ],
    );

    // JSON: delivered, DKIM-signed by the relay, verified independently.
    let msg = json!({
        "from": {"email": "reminders@clinic.test", "name": "Clinic"},
        "to": ["p@clear.test"], "subject": "Appointment", "text": "See you Tuesday.",
        "metadata": {"appointment_id": "A-1187-MRN"},
    });
    let (status, body, headers) = post(&r, &key, &msg, None).await;
    assert_eq!(status, 202, "{body}");
    let id = body["id"].as_str().unwrap().to_string();
    assert_eq!(headers["location"], format!("/v1/messages/{id}").as_str());
    wait_state(&r, &id, RecipientState::Delivered).await;
    let data = mx.messages()[0].data.clone();
    let auth = mail_auth::MessageAuthenticator(r.w.dns.resolver());
    let parsed = mail_auth::AuthenticatedMessage::parse(&data).unwrap();
    let results = auth.verify_dkim(mail_auth::Parameters::new(&parsed)).await;
    assert!(
        results
            .iter()
            .any(|x| x.result() == &mail_auth::DkimResult::Pass),
        "{results:?}"
    );

    // Status: the TLS evidence of the delivery, no content.
    let st = r
        .client
        .get(format!(
            "{}/v1/messages/{}",
            r.base,
            id.to_ascii_lowercase()
        ))
        .bearer_auth(&key)
        .send()
        .await
        .unwrap();
    let st = read_json(st).await;
    let rcpt = &st["recipients"][0];
    assert_eq!(
        (rcpt["state"].as_str(), rcpt["decision"].as_str()),
        (Some("delivered"), Some("deliver")),
        "{st}"
    );
    assert!(rcpt["evidence"]["policy_source"].is_string(), "{st}");
    assert!(!st.to_string().contains("Appointment") && !st.to_string().contains("Tuesday"));
    // Metadata: shown to its key, sealed at rest, never delivered or audited.
    assert_eq!(st["metadata"]["appointment_id"], "A-1187-MRN", "{st}");
    assert!(!String::from_utf8_lossy(&data).contains("A-1187-MRN"));
    let leaks: i64 =
        sqlx::query_scalar("SELECT count(*) FROM audit_events WHERE details LIKE '%A-1187%'")
            .fetch_one(r.w.relay.store.pool())
            .await
            .unwrap();
    assert_eq!(leaks, 0, "metadata reached the audit log");
    let sealed: Vec<u8> =
        sqlx::query_scalar("SELECT ciphertext FROM api_metadata WHERE message_id = $1")
            .bind(&id)
            .fetch_one(r.w.relay.store.pool())
            .await
            .unwrap();
    assert!(
        !sealed.windows(10).any(|w| w == b"A-1187-MRN"),
        "metadata stored in clear"
    );

    // PHI to a destination without verified TLS is held for the portal.
    let phi = json!({
        "from": "dr@clinic.test", "to": ["patient@notls.test"], "subject": "Results",
        "text": "Patient: Maria Lopez, SSN 512-44-7360. HbA1c 9.1 %.",
    });
    let (status, body, _) = post(&r, &key, &phi, None).await;
    assert_eq!(status, 202, "{body}");
    let phi_id = body["id"].as_str().unwrap().to_string();
    wait_state(&r, &phi_id, RecipientState::Held).await;

    // Raw: the envelope in the query, the message as written.
    let raw =
        b"From: reminders@clinic.test\r\nTo: p@clear.test\r\nSubject: raw\r\n\r\nRaw body.\r\n";
    let resp = r
        .client
        .post(format!(
            "{}/v1/messages/raw?from=reminders@clinic.test&to=p@clear.test",
            r.base
        ))
        .bearer_auth(&key)
        .header("Content-Type", "message/rfc822")
        .body(raw.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 202);
    let raw_id = read_json(resp).await["id"].as_str().unwrap().to_string();
    wait_state(&r, &raw_id, RecipientState::Delivered).await;

    // Idempotency: the same key and body give the same id, another body 422.
    let (s1, b1, _) = post(&r, &key, &msg, Some("order-77")).await;
    let (s2, b2, _) = post(&r, &key, &msg, Some("order-77")).await;
    assert_eq!((s1, s2), (202, 202));
    assert_eq!(b1["id"], b2["id"]);
    let other = json!({"from": "reminders@clinic.test", "to": ["p@clear.test"], "subject": "x", "text": "y"});
    let (s3, b3, _) = post(&r, &key, &other, Some("order-77")).await;
    assert_eq!((s3, problem(&b3)), (422, "idempotency-conflict"), "{b3}");

    // Refusals, each a problem document with a stable type.
    let (s, b, _) = post(
        &r,
        "phr_aaaaaaaaaaaa_wrongwrongwrongwrongwrongwrongwrongwrongwrong",
        &msg,
        None,
    )
    .await;
    assert_eq!((s, problem(&b)), (401, "unauthorized"), "{b}");
    let status_only = create_key(
        &r.config,
        &[
            "--name",
            "dashboard",
            "--scopes",
            "status",
            "--sender-domains",
            "clinic.test",
        ],
    );
    let (s, b, _) = post(&r, &status_only, &msg, None).await;
    assert_eq!((s, problem(&b)), (403, "missing-scope"), "{b}");
    let foreign =
        json!({"from": "ceo@elsewhere.test", "to": ["p@clear.test"], "subject": "s", "text": "t"});
    let (s, b, _) = post(&r, &key, &foreign, None).await;
    assert_eq!((s, problem(&b)), (403, "sender-not-allowed"), "{b}");
    let (s, b, _) = post(&r, &key, &json!({"from": "reminders@clinic.test", "to": "p@clear.test", "subject": "s", "text": "t"}), None).await;
    assert_eq!(
        (s, problem(&b), b["field"].as_str()),
        (400, "invalid-request", Some("to")),
        "{b}"
    );
    let (s, b, _) = post(
        &r,
        &key,
        &json!({"from": "reminders@clinic.test", "to": ["p@clear.test"], "text": "t"}),
        None,
    )
    .await;
    assert_eq!((s, b["field"].as_str()), (400, Some("subject")), "{b}");
    let big = json!({"from": "reminders@clinic.test", "to": ["p@clear.test"], "subject": "s", "text": "x".repeat(400_000)});
    let (s, b, _) = post(&r, &key, &big, None).await;
    assert_eq!((s, problem(&b)), (413, "payload-too-large"), "{b}");
    let slow = create_key(
        &r.config,
        &[
            "--name",
            "batch",
            "--scopes",
            "send",
            "--sender-domains",
            "clinic.test",
            "--rate",
            "1/m",
        ],
    );
    let (s, _, _) = post(&r, &slow, &msg, None).await;
    assert_eq!(s, 202);
    let (s, b, h) = post(&r, &slow, &msg, None).await;
    assert_eq!((s, problem(&b)), (429, "rate-limited"), "{b}");
    assert!(h["retry-after"].to_str().unwrap().parse::<u64>().unwrap() >= 1);

    // Every refusal is on the record, never with the secret.
    let rows: Vec<String> =
        sqlx::query_scalar("SELECT details FROM audit_events WHERE event = 'api_call'")
            .fetch_all(r.w.relay.store.pool())
            .await
            .unwrap();
    let all = rows.join("\n");
    for outcome in [
        "unauthorized",
        "missing-scope",
        "sender-not-allowed",
        "rate-limited",
        "payload-too-large",
    ] {
        assert!(all.contains(outcome), "{outcome} not audited: {all}");
    }
    assert!(
        !all.contains(secret_of(&key)),
        "a secret reached the audit log"
    );
    let (code, out) = run_verb(&r.config, &["audit", "verify"]);
    assert_eq!(code, 0, "{out}");
}

/// `api-key revoke` and `rotate`: a revoked key is refused; after a rotation
/// both the new and (for the grace period) the old secret work.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_rotate_with_a_grace_period_and_revoke() {
    let r = rig().await;
    let _mx = r.w.sink(2, SinkOpts::default()).await;
    let old = create_key(
        &r.config,
        &[
            "--name",
            "billing",
            "--scopes",
            "send",
            "--sender-domains",
            "clinic.test",
        ],
    );
    let id = old
        .trim_start_matches("phr_")
        .split('_')
        .next()
        .unwrap()
        .to_string();
    let (code, out) = run_verb(&r.config, &["api-key", "rotate", &id, "--grace", "1h"]);
    assert_eq!(code, 0, "{out}");
    let new = out
        .lines()
        .find(|l| l.starts_with("phr_"))
        .unwrap()
        .to_string();
    let msg = json!({"from": "a@clinic.test", "to": ["p@clear.test"], "subject": "s", "text": "t"});
    assert_eq!(post(&r, &new, &msg, None).await.0, 202);
    assert_eq!(
        post(&r, &old, &msg, None).await.0,
        202,
        "the old secret works during the grace"
    );
    let (code, out) = run_verb(
        &r.config,
        &["api-key", "revoke", &id, "--reason", "vendor offboarded"],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(post(&r, &new, &msg, None).await.0, 401);
    let (code, out) = run_verb(&r.config, &["api-key", "list", "--json"]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("\"state\":\"revoked\"") && !out.contains(secret_of(&new)),
        "{out}"
    );
}

/// A key whose mail the policy keeps refusing is suspended by the anomaly
/// guard: refused (403) on every call until `api-key resume`; a daily quota
/// answers 429 until the next UTC day.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_misbehaving_key_is_suspended_until_resumed_and_quotas_hold() {
    let r = rig().await;
    let _mx = r.w.sink(2, SinkOpts::default()).await;
    let key = create_key(
        &r.config,
        &[
            "--name",
            "reminders",
            "--scopes",
            "send",
            "--sender-domains",
            "clinic.test",
        ],
    );
    let id = key
        .trim_start_matches("phr_")
        .split('_')
        .next()
        .unwrap()
        .to_string();
    let refused =
        json!({"from": "a@clinic.test", "to": ["p@reject.test"], "subject": "s", "text": "t"});
    for _ in 0..20 {
        let (s, b, _) = post(&r, &key, &refused, None).await;
        assert_eq!((s, problem(&b)), (422, "message-refused"), "{b}");
    }
    let fine =
        json!({"from": "a@clinic.test", "to": ["p@clear.test"], "subject": "s", "text": "t"});
    let (s, b, _) = post(&r, &key, &fine, None).await;
    assert_eq!((s, problem(&b)), (403, "key-suspended"), "{b}");
    let (code, out) = run_verb(&r.config, &["api-key", "list", "--json"]);
    assert!(
        out.contains("\"state\":\"suspended\"") && out.contains("refused by policy"),
        "{code} {out}"
    );
    let (code, out) = run_verb(
        &r.config,
        &["api-key", "resume", &id, "--reason", "template fixed"],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(post(&r, &key, &fine, None).await.0, 202);
    // By hand, too.
    let (code, out) = run_verb(
        &r.config,
        &["api-key", "suspend", &id, "--reason", "leaked in a log"],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(post(&r, &key, &fine, None).await.0, 403);
    let events: Vec<String> =
        sqlx::query_scalar("SELECT details FROM audit_events WHERE event = 'api_key' ORDER BY seq")
            .fetch_all(r.w.relay.store.pool())
            .await
            .unwrap();
    let actions: Vec<String> = events
        .iter()
        .map(|d| {
            serde_json::from_str::<Value>(d).unwrap()["action"]
                .as_str()
                .unwrap_or("")
                .to_string()
        })
        .collect();
    assert_eq!(
        actions,
        ["created", "suspended", "resumed", "suspended"],
        "{events:?}"
    );

    let quota = create_key(
        &r.config,
        &[
            "--name",
            "q",
            "--scopes",
            "send",
            "--sender-domains",
            "clinic.test",
            "--daily-quota",
            "1",
        ],
    );
    assert_eq!(post(&r, &quota, &fine, None).await.0, 202);
    let (s, b, h) = post(&r, &quota, &fine, None).await;
    assert_eq!((s, problem(&b)), (429, "quota-exceeded"), "{b}");
    let wait: u64 = h["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=86_400).contains(&wait), "{wait}");
}

/// What the webhook receiver got: headers and body of each request.
type Received = Arc<std::sync::Mutex<Vec<(axum::http::HeaderMap, String)>>>;

/// An HTTPS receiver on 127.0.0.7 (hooks.test): the first request gets 500,
/// the others 200.
async fn receiver(pki: &TestPki) -> (u16, Received, tokio::sync::watch::Sender<bool>) {
    let got: Received = Arc::default();
    let seen = got.clone();
    let router = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: axum::http::HeaderMap, body: String| {
            let seen = seen.clone();
            async move {
                let mut all = seen.lock().unwrap();
                all.push((headers, body));
                if all.len() == 1 {
                    axum::http::StatusCode::INTERNAL_SERVER_ERROR
                } else {
                    axum::http::StatusCode::NO_CONTENT
                }
            }
        }),
    );
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let tls = (*pki.server.server_config()).clone();
    let addr = phirelay::https::serve("hook", "127.0.0.7:0".parse().unwrap(), tls, router, stopped)
        .await
        .unwrap();
    (addr.port(), got, stop)
}

/// Standard Webhooks' check, by an independent HMAC (RustCrypto, not the
/// relay's aws-lc): `v1,base64(HMAC-SHA256(secret, id.timestamp.body))`.
fn verify(secret: &str, headers: &axum::http::HeaderMap, body: &str) -> bool {
    use base64::Engine as _;
    use hmac::{KeyInit, Mac};
    let b64 = base64::engine::general_purpose::STANDARD;
    let key = b64.decode(secret.trim_start_matches("whsec_")).unwrap();
    let h = |n: &str| headers[n].to_str().unwrap().to_string();
    let mut mac = hmac::Hmac::<sha2::Sha256>::new_from_slice(&key).unwrap();
    mac.update(format!("{}.{}.{}", h("webhook-id"), h("webhook-timestamp"), body).as_bytes());
    let expected = format!("v1,{}", b64.encode(mac.finalize().into_bytes()));
    h("webhook-signature").split(' ').any(|s| s == expected)
}

/// A key's webhook gets a `delivered` event, signed, retried after a 500;
/// ids and states only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_is_signed_and_retried_after_a_500_on_sqlite() {
    webhook_signed_and_retried(rig().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_webhook_is_signed_and_retried_after_a_500_on_postgres() {
    let url = crate::common::pg::PgCluster::shared()
        .fresh_database()
        .await;
    let dir = tempfile::tempdir().unwrap();
    let store = format!(
        "backend = \"postgres\"\nurl = \"{url}\"\ncreate_master_key = true\nmaster_key_file = \"{}/master.key\"\n",
        dir.path().display()
    );
    std::mem::forget(dir);
    webhook_signed_and_retried(rig_on(Some(store)).await).await;
}

async fn webhook_signed_and_retried(r: Rig) {
    let _mx = r.w.sink(2, SinkOpts::default()).await;
    let (port, got, _stop_receiver) = receiver(&r.pki).await;
    let key = create_key(
        &r.config,
        &[
            "--name",
            "ehr",
            "--scopes",
            "send,webhooks",
            "--sender-domains",
            "clinic.test",
        ],
    );
    let resp = r
        .client
        .put(format!("{}/v1/webhook", r.base))
        .bearer_auth(&key)
        .body(
            json!({"url": format!("https://hooks.test:{port}/hook"), "events": ["delivered"]})
                .to_string(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let secret = read_json(resp).await["secret"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(secret.starts_with("whsec_"));
    let msg = json!({"from": "a@clinic.test", "to": ["p@clear.test"], "subject": "Lab results", "text": "t"});
    let (s, b, _) = post(&r, &key, &msg, None).await;
    assert_eq!(s, 202, "{b}");
    let id = b["id"].as_str().unwrap().to_string();
    let until = std::time::Instant::now() + Duration::from_secs(30);
    while got.lock().unwrap().len() < 2 {
        assert!(
            std::time::Instant::now() < until,
            "webhook not retried: {}",
            got.lock().unwrap().len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let all = got.lock().unwrap().clone();
    let (first, second) = (&all[0], &all[1]);
    assert_eq!(
        first.0["webhook-id"], second.0["webhook-id"],
        "a retry is the same event"
    );
    for (headers, body) in [first, second] {
        assert!(verify(&secret, headers, body), "signature does not verify");
        let v: Value = serde_json::from_str(body).unwrap();
        assert_eq!(
            (v["type"].as_str(), v["data"]["message_id"].as_str()),
            (Some("delivered"), Some(id.as_str())),
            "{v}"
        );
        assert!(
            !body.contains("p@clear.test") && !body.contains("Lab results"),
            "{body}"
        );
    }
    assert!(
        !verify(
            "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
            &first.0,
            &first.1
        ),
        "the check is real"
    );
    let hook = read_json(
        r.client
            .get(format!("{}/v1/webhook", r.base))
            .bearer_auth(&key)
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(hook["state"], "active", "{hook}");
    assert!(hook.get("secret").is_none());
}

/// A 202 means committed: SIGKILL right after it, restart, and the message is
/// delivered, once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_202_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let pki = TestPki::new(&[HOST]);
    let (cert, key) = pki.write_server_files(dir.path());
    let sink = Sink::start("127.0.0.1:0".parse().unwrap(), SinkOpts::default()).await;
    let api_port = binary::free_port();
    let smtp_port = binary::free_port();
    let extra = format!(
        "[api]\nenabled = true\nlisten = \"127.0.0.1:{api_port}\"\ncert = \"{}\"\nkey = \"{}\"\n\n\
         [queue]\nretry_schedule_secs = [1]\npoll_interval_ms = 100\n\n\
         [[transport.route]]\ndomain = \"*\"\nhost = \"[127.0.0.1]:1\"\n",
        cert.display(),
        key.display()
    );
    let cfg = binary::write_config(
        dir.path(),
        smtp_port,
        &binary::sqlite_store(dir.path()),
        &extra,
    );
    let (code, out) = run_verb(&cfg, &["migrate"]);
    assert_eq!(code, 0, "{out}");
    let token = create_key(
        &cfg,
        &[
            "--name",
            "ehr",
            "--scopes",
            "send",
            "--sender-domains",
            "clinic.test",
        ],
    );
    let log = dir.path().join("relay.log");
    let relay = RunningRelay::start(&cfg, smtp_port, &log);
    let client = client(SocketAddr::from(([127, 0, 0, 1], api_port)), &pki);
    let resp = client
        .post(format!("https://{HOST}:{api_port}/v1/messages"))
        .bearer_auth(&token)
        .header("Content-Type", "application/json")
        .body(json!({"from": "a@clinic.test", "to": ["p@sink.test"], "subject": "s", "text": "survives"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 202);
    relay.kill9();
    // Restart with a route to the sink: the message is there and goes out once.
    let extra = extra.replace(
        "[127.0.0.1]:1",
        &format!("[127.0.0.1]:{}", sink.addr.port()),
    );
    binary::write_config(
        dir.path(),
        smtp_port,
        &binary::sqlite_store(dir.path()),
        &extra,
    );
    let relay = RunningRelay::start(&cfg, smtp_port, &log);
    assert!(sink.wait_for(1, Duration::from_secs(30)).await);
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(sink.messages().len(), 1);
    assert!(String::from_utf8_lossy(&sink.messages()[0].data).contains("survives"));
    drop(relay);
}

/// A `--test` key's mail is accepted, classified and audited, and never
/// delivered: its recipients are stored `deleted` with an `admin` event
/// (action `test`), and reconcile accounts for them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_test_key_classifies_and_audits_but_never_delivers() {
    let r = rig().await;
    let mx = r.w.sink(2, SinkOpts::default()).await;
    let key = create_key(
        &r.config,
        &[
            "--name",
            "staging",
            "--scopes",
            "send,status",
            "--sender-domains",
            "clinic.test",
            "--test",
        ],
    );
    assert!(key.starts_with("phr_test_"), "{key}");
    let phi = json!({
        "from": "dr@clinic.test", "to": ["p@clear.test"], "subject": "Results",
        "text": "Patient: Maria Lopez, SSN 512-44-7360. HbA1c 9.1 %.",
    });
    let (s, b, _) = post(&r, &key, &phi, None).await;
    assert_eq!(s, 202, "{b}");
    let id = b["id"].as_str().unwrap().to_string();
    let st = read_json(
        r.client
            .get(format!("{}/v1/messages/{id}", r.base))
            .bearer_auth(&key)
            .send()
            .await
            .unwrap(),
    )
    .await;
    let rcpt = &st["recipients"][0];
    assert_eq!(rcpt["state"], "deleted", "{st}");
    assert_eq!(rcpt["decision"], "tls-required", "classified as PHI: {st}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(mx.messages().is_empty(), "a test key's mail was delivered");
    let events: Vec<(String, String)> = sqlx::query_as(
        "SELECT event, details FROM audit_events WHERE message_id = $1 ORDER BY seq",
    )
    .bind(&id)
    .fetch_all(r.w.relay.store.pool())
    .await
    .unwrap();
    let names: Vec<&str> = events.iter().map(|e| e.0.as_str()).collect();
    assert!(
        names.contains(&"received") && names.contains(&"classified"),
        "{names:?}"
    );
    assert!(
        events
            .iter()
            .any(|e| e.0 == "admin" && e.1.contains("\"action\":\"test\"")),
        "{events:?}"
    );
    let today = phirelay::util::utc_day(phirelay::util::now_us());
    let (code, out) = run_verb(&r.config, &["audit", "reconcile", "--day", &today]);
    assert_eq!(code, 0, "{out}");
}

/// A key bound to a client certificate works only over a connection that
/// presented that certificate.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_key_bound_to_a_client_certificate_needs_it() {
    let r = rig().await;
    let _mx = r.w.sink(2, SinkOpts::default()).await;
    let leaf = r.pki.issue_client(&["ehr.clinic.test"]);
    let (cert_pem, _) = leaf.write_files(r.w.relay.dir.path(), "ehr-client");
    let cert_arg = cert_pem.display().to_string();
    let key = create_key(
        &r.config,
        &[
            "--name",
            "ehr",
            "--scopes",
            "send",
            "--sender-domains",
            "clinic.test",
            "--client-cert",
            &cert_arg,
        ],
    );
    let msg = json!({"from": "a@clinic.test", "to": ["p@clear.test"], "subject": "s", "text": "t"});
    let (s, b, _) = post(&r, &key, &msg, None).await;
    assert_eq!(
        (s, problem(&b)),
        (401, "client-certificate-required"),
        "{b}"
    );
    let port: u16 = r.base.rsplit(':').next().unwrap().parse().unwrap();
    // The same request over a connection that presents `cert`.
    let send_with = |cert: crate::common::certs::Leaf| {
        let mut tls = (*TestPki::client_config_with_cert(&r.pki, &cert)).clone();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        let client = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .resolve(HOST, SocketAddr::from(([127, 0, 0, 1], port)))
            .no_proxy()
            .http1_only()
            .build()
            .unwrap();
        let req = client
            .post(format!("{}/v1/messages", r.base))
            .bearer_auth(&key)
            .header("Content-Type", "application/json")
            .body(msg.to_string());
        async move { req.send().await.unwrap().status().as_u16() }
    };
    assert_eq!(send_with(leaf).await, 202);
    let other = r.pki.issue_client(&["other.test"]);
    assert_eq!(
        send_with(other).await,
        401,
        "another certificate opened a bound key"
    );
}

/// The OpenAPI document is generated from the code; `docs/api/openapi.json`
/// must be that document (`PHIRELAY_WRITE_OPENAPI=1` rewrites it), and the
/// relay serves it at `/v1/openapi.json` without a key.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_openapi_document_is_generated_committed_and_served() {
    let generated = phirelay::api::openapi::document();
    let path = std::path::Path::new("docs/api/openapi.json");
    if std::env::var_os("PHIRELAY_WRITE_OPENAPI").is_some() {
        std::fs::write(path, format!("{generated}\n")).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert_eq!(
        committed.trim_end(),
        generated,
        "docs/api/openapi.json is stale: run PHIRELAY_WRITE_OPENAPI=1 cargo test --test it openapi"
    );
    let doc: Value = serde_json::from_str(&generated).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    for p in [
        "/v1/messages",
        "/v1/messages/raw",
        "/v1/messages/{id}",
        "/v1/webhook",
    ] {
        assert!(doc["paths"].get(p).is_some(), "{p} missing");
    }
    let r = rig().await;
    let served = r
        .client
        .get(format!("{}/v1/openapi.json", r.base))
        .send()
        .await
        .unwrap();
    assert_eq!(served.status().as_u16(), 200);
    assert_eq!(served.text().await.unwrap(), generated);
}

/// By default a webhook may not point at the relay's own network: an IP
/// literal that is not public is refused when registered (names are checked
/// when resolved, by the sending client: unit tests in webhook_addresses.rs).
#[tokio::test]
async fn a_webhook_to_a_private_address_is_refused() {
    let r = rig_with(None, false).await;
    let key = create_key(
        &r.config,
        &[
            "--name",
            "hooks",
            "--scopes",
            "send,webhooks",
            "--sender-domains",
            "clinic.test",
        ],
    );
    for url in [
        "https://127.0.0.1:9/hook",
        "https://[::1]:9/hook",
        "https://169.254.169.254/latest/meta-data",
        "https://10.0.0.5/hook",
    ] {
        let resp = r
            .client
            .put(format!("{}/v1/webhook", r.base))
            .bearer_auth(&key)
            .body(json!({"url": url, "events": ["delivered"]}).to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 400, "{url}");
        let body = read_json(resp).await;
        assert!(
            body["detail"].as_str().unwrap_or("").contains("non-public"),
            "{url}: {body}"
        );
    }
}
