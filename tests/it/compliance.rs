//! The compliance officer's interface (docs/compliance.md), on both backends: a
//! scripted day of traffic (PHI and not, verified TLS, clear text, the portal, a
//! bounce, a recall, an admin delete, a refusal), then each view's rows as an
//! officer reads them; `phi_unverified` empty until an admin's policy override
//! sends PHI in clear. Then `audit reconcile`, `audit policy`, the retention
//! sweep and the monthly report (checkpoints and export: audit_verbs.rs).

use std::path::Path;
use std::time::Duration;

use phirelay::store::{LoadReason, PolicyLoad, RecipientState, Store};
use phirelay::transport::dane::tlsa_for;

use crate::common::certs::self_signed;
use crate::common::client::Client;
use crate::common::delivery::{World, mx_zone};
use crate::common::pg::PgCluster;
use crate::common::portal::{self as portal_rig, code_in, token_in};
use crate::common::sink::{Sink, SinkOpts};

const WAIT: Duration = Duration::from_secs(20);
const SENDER: &str = "dr@dane.test";

fn phi(to: &str) -> Vec<u8> {
    format!(
        "From: {SENDER}\r\nTo: {to}\r\nSubject: follow-up\r\n\r\n\
         Patient: Maria Lopez, SSN 512-44-7360. Her HbA1c is 9.1 %.\r\n"
    )
    .into_bytes()
}

fn plain(to: &str) -> Vec<u8> {
    format!("From: {SENDER}\r\nTo: {to}\r\nSubject: lunch\r\n\r\nSee you at noon.\r\n").into_bytes()
}

/// Rows of `sql` with every column read as text (`CAST(… AS TEXT)` in the SQL:
/// the same reader on both backends).
async fn rows(store: &Store, sql: &'static str, bind: &str) -> Vec<Vec<Option<String>>> {
    use sqlx::Row;
    let q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(bind.to_string());
    q.fetch_all(store.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .map(|r| {
            (0..r.len())
                .map(|i| r.try_get::<Option<String>, _>(i).unwrap())
                .collect()
        })
        .collect()
}

fn s(v: &Option<String>) -> &str {
    v.as_deref().unwrap_or("NULL")
}

async fn wait_states(w: &World, id: &str, want: RecipientState) -> Vec<RecipientState> {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let st: Vec<_> = w
            .relay
            .store
            .recipients(id)
            .await
            .unwrap()
            .iter()
            .map(|r| r.state)
            .collect();
        if st.iter().all(|s| *s == want) || tokio::time::Instant::now() > deadline {
            return st;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

fn cli(config: &Path, args: &[&str]) -> (bool, String) {
    let (code, text) = crate::common::binary::run_verb(config, args);
    (code == 0, text)
}

struct Day {
    w: World,
    config: std::path::PathBuf,
    _sinks: Vec<Sink>,
    ids: Ids,
}

struct Ids {
    verified: String,
    clear: String,
    bounced: String,
    read: String,
    recalled: String,
    deleted: String,
}

/// The scripted day, up to (not including) the policy override.
async fn scripted_day(store: Option<String>) -> Day {
    let leaf = self_signed(&["mx.dane.test"]);
    let rec = tlsa_for(&leaf.cert_der, 3, 1, 1);
    let dane = mx_zone("dane.test", 3).signed().tlsa(
        "_25._tcp.mx.dane.test.",
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    );
    let dir = tempfile::tempdir().unwrap();
    let (portal_toml, pki) = portal_rig::portal_toml(dir.path(), "");
    std::mem::forget(dir);
    let extra = format!(
        "[policy]\nconsumer_domains = [\"notls.test\"]\n\n\
         [[policy.rule]]\nid = \"partner-override\"\nrecipient_domains = [\"override.test\"]\nphi = \"deliver\"\n\n\
         {portal_toml}"
    );
    let zones = vec![
        dane,
        mx_zone("clear.test", 2),
        mx_zone("override.test", 2),
        mx_zone("bounce.test", 4),
        mx_zone("notls.test", 5),
        mx_zone("nowhere.test", 6),
    ];
    let w = World::start_on(zones, &extra, store).await;
    w.relay
        .store
        .policy_loaded(PolicyLoad {
            version: (*phirelay::wiring::Engines::build(&w.relay.cfg)
                .unwrap()
                .policy_version)
                .clone(),
            reason: LoadReason::Start,
            actor: "node:test".into(),
            at_us: phirelay::util::now_us(),
        })
        .await
        .unwrap();
    let sinks = vec![
        w.sink(3, SinkOpts::with_tls(leaf.server_config())).await,
        w.sink(2, SinkOpts::default()).await,
        w.sink(
            4,
            SinkOpts {
                rcpt_reply: Some(std::sync::Arc::new(|_: &str| {
                    (550, "5.1.1 no such user".into())
                })),
                ..SinkOpts::default()
            },
        )
        .await,
        w.sink(5, SinkOpts::default()).await,
    ];
    let portal = portal_rig::start(&w.relay, &pki).await;
    let config = w.relay.dir.path().join("phirelay.toml");

    let verified = w
        .send(SENDER, &["p1@dane.test"], &phi("p1@dane.test"))
        .await;
    let clear = w
        .send(SENDER, &["a@clear.test"], &plain("a@clear.test"))
        .await;
    let bounced = w
        .send(SENDER, &["x@bounce.test"], &plain("x@bounce.test"))
        .await;
    let read = w
        .send(SENDER, &["r@notls.test"], &phi("r@notls.test"))
        .await;
    let recalled = w
        .send(SENDER, &["q@notls.test"], &phi("q@notls.test"))
        .await;
    let deleted = w
        .send(SENDER, &["z@nowhere.test"], &plain("z@nowhere.test"))
        .await;
    // A refusal: a NUL byte in DATA.
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    let r = c
        .send_mail(
            SENDER,
            &["a@clear.test"],
            b"Subject: x\r\n\r\nnul \0 here\r\n",
        )
        .await;
    assert_eq!(r.code, 554, "{}", r.text());

    assert_eq!(
        wait_states(&w, &verified, RecipientState::Delivered).await,
        [RecipientState::Delivered]
    );
    assert_eq!(
        wait_states(&w, &clear, RecipientState::Delivered).await,
        [RecipientState::Delivered]
    );
    assert_eq!(
        wait_states(&w, &bounced, RecipientState::Bounced).await,
        [RecipientState::Bounced]
    );
    for id in [&read, &recalled] {
        assert_eq!(
            wait_states(&w, id, RecipientState::Pickup).await,
            [RecipientState::Pickup]
        );
    }

    // The reader of `read`: a wrong code, then the right one, then the message.
    let notices = &sinks[3];
    assert!(notices.wait_for_received(2, WAIT).await, "two notices");
    let token = notices
        .received()
        .iter()
        .find(|m| m.rcpts.iter().any(|r| r.contains("r@notls.test")))
        .map(|m| token_in(&m.data))
        .expect("r's notice");
    let mut b = portal.http.fresh();
    let csrf = b.get(&format!("/p/{token}")).await.csrf();
    b.post(&format!("/p/{token}/code"), &[("csrf", &csrf)])
        .await;
    assert!(notices.wait_for_received(3, WAIT).await, "the code mail");
    let code = code_in(&notices.received().pop().unwrap().data);
    let wrong = if code == "000000" { "111111" } else { "000000" };
    b.post(
        &format!("/p/{token}/verify"),
        &[("csrf", &csrf), ("code", wrong)],
    )
    .await;
    let ok = b
        .post(
            &format!("/p/{token}/verify"),
            &[("csrf", &csrf), ("code", &code)],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.text());
    let page = b.get(&format!("/p/{token}/message")).await;
    assert_eq!(page.status, 200);

    let (ok, out) = cli(
        &config,
        &[
            "portal",
            "recall",
            &recalled,
            "--reason",
            "sent to the wrong patient",
        ],
    );
    assert!(ok, "{out}");
    // The pickups as JSON lines: the read one opened, the recalled one gone.
    let (ok, out) = cli(&config, &["portal", "list", "--all", "--json"]);
    assert!(ok, "{out}");
    let states: Vec<(String, String)> = out
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| {
            (
                v["queue_id"].as_str().unwrap_or("").to_string(),
                v["state"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(states.contains(&(read.clone(), "opened".into())), "{out}");
    assert!(
        states.contains(&(recalled.clone(), "recalled".into())),
        "{out}"
    );
    // The undeliverable one: wait for its first deferral, then an admin deletes it.
    assert_eq!(
        wait_states(&w, &deleted, RecipientState::Deferred).await,
        [RecipientState::Deferred]
    );
    let (ok, out) = cli(
        &config,
        &[
            "queue",
            "delete",
            &deleted,
            "--reason",
            "destination retired",
        ],
    );
    assert!(ok, "{out}");

    Day {
        w,
        config,
        _sinks: sinks,
        ids: Ids {
            verified,
            clear,
            bounced,
            read,
            recalled,
            deleted,
        },
    }
}

const PROTECTION: &str = "SELECT recipient, CAST(phi AS TEXT), CAST(phi_labels AS TEXT), rule, \
    policy_version, required, outcome, tls_version, tls_verified, policy_source, mx_host, mx_ip, \
    peer_cert_sha256, CAST(remote_code AS TEXT), pickup_state, CAST(notice_sent_at AS TEXT), \
    CAST(first_viewed_at AS TEXT), CAST(downloads AS TEXT) \
    FROM recipient_protection WHERE message_id = $1";

fn truthy(v: &Option<String>) -> bool {
    matches!(v.as_deref(), Some("1" | "true"))
}

async fn check_views(day: &Day) {
    let st = &day.w.relay.store;
    let ids = &day.ids;
    let version = phirelay::wiring::Engines::build(&day.w.relay.cfg)
        .unwrap()
        .policy_version
        .sha256
        .clone();

    let v = &rows(st, PROTECTION, &ids.verified).await[0];
    assert_eq!(s(&v[0]), "p1@dane.test");
    assert!(truthy(&v[1]), "PHI: {v:?}");
    assert!(s(&v[2]).contains("ssn"), "labels: {v:?}");
    assert_eq!(
        s(&v[4]),
        version,
        "the classified event names the policy version"
    );
    assert_eq!((s(&v[5]), s(&v[6])), ("tls-required", "delivered"));
    assert_eq!((s(&v[8]), s(&v[9])), ("dane", "dane"), "{v:?}");
    assert_eq!((s(&v[10]), s(&v[11])), ("mx.dane.test", "127.0.0.3"));
    assert_eq!(s(&v[12]).len(), 64, "peer certificate hash: {v:?}");
    assert_eq!(s(&v[13]), "250");

    let c = &rows(st, PROTECTION, &ids.clear).await[0];
    assert!(!truthy(&c[1]));
    assert_eq!(
        (s(&c[5]), s(&c[6]), s(&c[7]), s(&c[8])),
        ("deliver", "delivered", "NULL", "NULL")
    );

    let b = &rows(st, PROTECTION, &ids.bounced).await[0];
    assert_eq!(s(&b[6]), "bounced");

    let r = &rows(st, PROTECTION, &ids.read).await[0];
    assert_eq!(
        (s(&r[5]), s(&r[6]), s(&r[14])),
        ("portal", "portal", "opened"),
        "{r:?}"
    );
    assert_ne!(s(&r[15]), "NULL", "notice sent");
    assert_ne!(s(&r[16]), "NULL", "first view");
    let q = &rows(st, PROTECTION, &ids.recalled).await[0];
    assert_eq!((s(&q[6]), s(&q[14])), ("portal", "recalled"));
    let d = &rows(st, PROTECTION, &ids.deleted).await[0];
    assert_eq!(s(&d[6]), "deleted");

    let access = rows(
        st,
        "SELECT event, outcome, reason FROM portal_access WHERE message_id = $1 ORDER BY seq",
        &ids.read,
    )
    .await;
    let access: Vec<String> = access
        .iter()
        .map(|a| format!("{} {} {}", s(&a[0]), s(&a[1]), s(&a[2])))
        .collect();
    assert_eq!(
        access,
        [
            "code_sent ok NULL",
            "auth_failed failure wrong_code",
            "auth_ok ok NULL",
            "viewed ok NULL"
        ],
    );

    let admin = rows(
        st,
        "SELECT action, message_id, reason, actor FROM admin_actions WHERE $1 = $1 ORDER BY seq",
        "",
    )
    .await;
    let admin: Vec<String> = admin
        .iter()
        .map(|a| format!("{} {} {}", s(&a[0]), s(&a[1]), s(&a[2])))
        .collect();
    assert_eq!(admin.len(), 3, "{admin:?}");
    assert!(
        admin[0].starts_with("config_loaded NULL start"),
        "{admin:?}"
    );
    assert_eq!(
        admin[1],
        format!("recall {} sent to the wrong patient", ids.recalled)
    );
    assert_eq!(
        admin[2],
        format!("delete {} destination retired", ids.deleted)
    );

    let day_row = rows(
        st,
        "SELECT CAST(accepted AS TEXT), CAST(accepted_phi AS TEXT), CAST(delivered_dane AS TEXT), \
         CAST(delivered_clear AS TEXT), CAST(portal AS TEXT), CAST(bounced AS TEXT), \
         CAST(rejected AS TEXT), CAST(rejects_by_reason AS TEXT), CAST(deferred AS TEXT) \
         FROM daily_summary WHERE sending_domain = $1",
        "dane.test",
    )
    .await;
    assert_eq!(day_row.len(), 1, "{day_row:?}");
    let dr = &day_row[0];
    assert_eq!((s(&dr[0]), s(&dr[1])), ("6", "3"), "{dr:?}");
    assert_eq!(
        (s(&dr[2]), s(&dr[3]), s(&dr[4]), s(&dr[5])),
        ("1", "1", "2", "1"),
        "{dr:?}"
    );
    assert_eq!(s(&dr[6]), "1");
    assert!(s(&dr[7]).contains("nul_in_data"), "{dr:?}");
    assert!(s(&dr[8]) != "0", "the deferral is counted: {dr:?}");
}

async fn phi_unverified(store: &Store) -> Vec<Vec<Option<String>>> {
    rows(
        store,
        "SELECT message_id, recipient, rule, tls_verified FROM phi_unverified WHERE $1 = $1",
        "",
    )
    .await
}

async fn day_on(store: Option<String>) {
    let day = scripted_day(store).await;
    check_views(&day).await;
    let st = &day.w.relay.store;
    assert!(
        phi_unverified(st).await.is_empty(),
        "no PHI left unverified"
    );

    // An admin's override: PHI to override.test may go in clear. It does, and
    // the view names it.
    let id = day
        .w
        .send(SENDER, &["v@override.test"], &phi("v@override.test"))
        .await;
    assert_eq!(
        wait_states(&day.w, &id, RecipientState::Delivered).await,
        [RecipientState::Delivered]
    );
    let bad = phi_unverified(st).await;
    assert_eq!(bad.len(), 1, "{bad:?}");
    assert_eq!(
        (s(&bad[0][0]), s(&bad[0][1]), s(&bad[0][2]), s(&bad[0][3])),
        (id.as_str(), "v@override.test", "partner-override", "NULL")
    );

    // Every recipient of the day is accounted for (the DSN and the notices too).
    let today = phirelay::util::utc_day(phirelay::util::now_us());
    let (ok, out) = cli(&day.config, &["audit", "reconcile", "--day", &today]);
    assert!(ok, "{out}");
    assert!(
        out.contains("reconciled: every recipient is accounted for"),
        "{out}"
    );
    assert!(out.contains("portal 2"), "{out}");
    let (ok, out) = cli(
        &day.config,
        &["audit", "reconcile", "--day", &today, "--json"],
    );
    let rec: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert!(ok && rec["reconciled"] == true, "{out}");
    assert_eq!(rec["outcomes"]["portal"], 2, "{out}");
    assert_eq!(rec["exceptions"].as_array().map(Vec::len), Some(0), "{out}");
    let (ok, out) = cli(&day.config, &["audit", "policy"]);
    assert!(ok && out.contains("node"), "{out}");
    let (ok, out) = cli(&day.config, &["audit", "policy", "--json"]);
    let runs: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    let sha = runs[0]["sha256"].as_str().unwrap_or_default().to_string();
    assert!(ok && sha.len() == 64, "{out}");
    let (ok, out) = cli(
        &day.config,
        &["audit", "policy", "--version", &sha[..8], "--json"],
    );
    let version: serde_json::Value =
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert!(
        ok && version["sha256"] == sha.as_str() && version["document"].is_object(),
        "{out}"
    );

    // Retention: finished mail's content goes (audited), mail someone may still
    // read stays.
    let shredded = |id: String| async move {
        let r = rows(
            st,
            "SELECT CAST(content_shredded_at AS TEXT) FROM recipient_protection WHERE message_id = $1",
            &id,
        )
        .await;
        r[0][0].is_some()
    };
    // The relay sweeps periodically; a sweep that finds nothing due yet (a
    // result committed in the same instant) is simply followed by the next.
    for _ in 0..20 {
        phirelay::queue::retention::sweep(st, 0).await;
        if shredded(day.ids.verified.clone()).await {
            break;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert!(
        shredded(day.ids.verified.clone()).await,
        "delivered mail shredded"
    );
    assert!(
        shredded(day.ids.deleted.clone()).await,
        "deleted mail shredded"
    );
    assert!(
        !shredded(day.ids.read.clone()).await,
        "a live pickup keeps its content"
    );
    let sealed = st.sealed_content(&day.ids.verified).await.unwrap();
    assert!(
        sealed.is_none_or(|s| s.ciphertext.is_empty()),
        "ciphertext gone"
    );
    let live = st.sealed_content(&day.ids.read).await.unwrap().unwrap();
    assert!(
        !live.ciphertext.is_empty(),
        "the pickup's message is still there"
    );
    let purge = rows(
        st,
        "SELECT details FROM audit_events WHERE event = 'content_shredded' AND $1 = $1",
        "",
    )
    .await;
    assert_eq!(purge.len(), 1);
    assert!(s(&purge[0][0]).contains(&day.ids.verified), "{purge:?}");
    assert!(!s(&purge[0][0]).contains(&day.ids.read));
    let (ok, out) = cli(&day.config, &["audit", "verify"]);
    assert!(ok, "{out}");

    // The month's report names the incident and the chain's state.
    let html = report(&day).await;
    assert!(
        html.contains("1 PHI copy(ies) left without verified TLS"),
        "incident listed"
    );
    assert!(html.contains(&id) && html.contains("partner-override"));
    assert!(html.contains("audit chain ok"));
    assert!(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
}

/// `phirelay report` for this month; returns the HTML.
async fn report(day: &Day) -> String {
    let month = &phirelay::util::utc_day(phirelay::util::now_us())[..7];
    let out = day.w.relay.dir.path().join("report.html");
    let (ok, text) = cli(
        &day.config,
        &["report", "--month", month, "--out", out.to_str().unwrap()],
    );
    assert!(ok, "{text}");
    std::fs::read_to_string(&out).unwrap()
}

/// The report as a person sees it: headless Chromium renders it (no script
/// to run, no request to make), and its screenshot goes to `docs/compliance/`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium: scripts/report-browser.sh"]
async fn the_report_renders_in_chromium() {
    use crate::common::webdriver::{Driver, available};
    assert!(
        available(),
        "Chromium missing: run scripts/report-browser.sh"
    );
    let day = scripted_day(None).await;
    let id = day
        .w
        .send(SENDER, &["v@override.test"], &phi("v@override.test"))
        .await;
    assert_eq!(
        wait_states(&day.w, &id, RecipientState::Delivered).await,
        [RecipientState::Delivered]
    );
    report(&day).await;
    let file = day.w.relay.dir.path().join("report.html");
    let driver = Driver::start().await;
    let profile = tempfile::tempdir().unwrap();
    let b = driver.session(1100, 2600, "", profile.path()).await;
    b.goto(&format!("file://{}", file.display())).await;
    b.wait_for("h1").await;
    let charts = b
        .eval("return document.querySelectorAll('svg.chart').length")
        .await;
    assert_eq!(charts, serde_json::json!(4), "four charts");
    let bars = b
        .eval("return document.querySelectorAll('svg.chart rect').length")
        .await;
    assert!(
        bars.as_u64().unwrap_or(0) > 5,
        "the charts have bars: {bars}"
    );
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("docs/compliance");
    std::fs::create_dir_all(&dir).unwrap();
    b.screenshot(&dir.join("report.png")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scripted_day_reads_right_in_every_view_on_sqlite() {
    day_on(None).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_scripted_day_reads_right_in_every_view_on_postgres() {
    let url = PgCluster::shared().fresh_database().await;
    let dir = tempfile::tempdir().unwrap();
    let store = format!(
        "backend = \"postgres\"\nurl = \"{url}\"\ncreate_master_key = true\nmaster_key_file = \"{}/master.key\"\n",
        dir.path().display()
    );
    std::mem::forget(dir);
    day_on(Some(store)).await;
}
