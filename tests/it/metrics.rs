//! The Prometheus endpoint (docs/metrics.md): counters move with a scripted
//! run (a connection, an accepted message, a classification, a delivery over
//! DANE, a refusal), queue gauges come from the store, `/healthz` answers and
//! `/readyz` fails when the database is gone. The recorder is per process, so
//! the assertions are on increases.

use std::net::SocketAddr;
use std::time::Duration;

use phirelay::store::Store;
use phirelay::transport::dane::tlsa_for;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::certs::self_signed;
use crate::common::client::Client;
use crate::common::delivery::{World, mx_zone};
use crate::common::pg::PgCluster;
use crate::common::sink::SinkOpts;

async fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(format!("GET {path} HTTP/1.1\r\nHost: m\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .unwrap();
    let mut buf = Vec::new();
    tokio::time::timeout(Duration::from_secs(10), s.read_to_end(&mut buf))
        .await
        .unwrap()
        .unwrap();
    let text = String::from_utf8_lossy(&buf).to_string();
    let code = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, text)
}

/// The value of the sample whose name and labels start with `series`
/// (`name{a="b"`), summed over the rest of its labels; 0 when absent.
fn value(page: &str, series: &str) -> f64 {
    page.lines()
        .filter(|l| !l.starts_with('#') && l.starts_with(series))
        .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
        .sum()
}

async fn serve(store: Store) -> (SocketAddr, tokio::sync::watch::Sender<bool>) {
    let handle = phirelay::metrics::install().expect("recorder");
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let addr =
        phirelay::metrics::server::serve("127.0.0.1:0".parse().unwrap(), handle, store, stopped)
            .await
            .unwrap();
    (addr, stop)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn counters_move_with_a_scripted_run() {
    let leaf = self_signed(&["mx.dane.test"]);
    let rec = tlsa_for(&leaf.cert_der, 3, 1, 1);
    let dane = mx_zone("dane.test", 3).signed().tlsa(
        "_25._tcp.mx.dane.test.",
        rec.usage,
        rec.selector,
        rec.matching,
        rec.data,
    );
    let w = World::start(vec![dane], "", "").await;
    let _mx = w.sink(3, SinkOpts::with_tls(leaf.server_config())).await;
    let (addr, _stop) = serve(w.relay.store.clone()).await;
    // What serve does with metrics.destination_domains (the recorder is per process).
    phirelay::metrics::watch_destination_domains(vec!["dane.test".into()]);

    let (code, before) = get(addr, "/metrics").await;
    assert_eq!(code, 200, "{before}");
    let series = [
        "phirelay_smtp_connections_total{mode=\"smtp\"",
        "phirelay_messages_accepted_total{origin=\"client\"",
        "phirelay_classified_total{phi=\"true\"",
        "phirelay_decisions_total{decision=\"tls-required\"",
        "phirelay_deliveries_total{outcome=\"delivered\",tls_verified=\"dane\",policy_source=\"dane\"",
        "phirelay_rejections_total{reason=\"nul_in_data\"",
        "phirelay_delivery_latency_seconds_count",
        "phirelay_store_commit_seconds_count",
        "phirelay_dns_lookups_total{type=\"TLSA\",outcome=\"secure\"",
        "phirelay_destination_results_total{domain=\"dane.test\",outcome=\"delivered\"",
    ];
    let phi = b"Subject: results\r\n\r\nPatient: Maria Lopez, SSN 512-44-7360. HbA1c 9.1 %.\r\n";
    let id = w.send("dr@clinic.test", &["p@dane.test"], phi).await;
    let states = w.wait_final(&id, Duration::from_secs(20)).await;
    assert_eq!(states, [phirelay::store::RecipientState::Delivered]);
    let mut c = Client::connect(w.relay.addr).await;
    c.hello().await;
    let r = c
        .send_mail(
            "dr@clinic.test",
            &["p@dane.test"],
            b"Subject: x\r\n\r\nnul \0\r\n",
        )
        .await;
    assert_eq!(r.code, 554);

    let (_, after) = get(addr, "/metrics").await;
    for s in series {
        assert!(
            value(&after, s) >= value(&before, s) + 1.0,
            "{s} did not move: before {} after {}\n{after}",
            value(&before, s),
            value(&after, s)
        );
    }
    // Read from the store at the scrape.
    assert!(
        after.contains("phirelay_queue_recipients{state=\"delivered\"}"),
        "{after}"
    );
    assert!(after.contains("phirelay_queue_oldest_age_seconds"));
    // Nothing unbounded: no address in any label, a domain only when watched.
    assert!(!after.contains("p@dane.test") && !after.contains("clinic.test"));
    assert!(
        after
            .lines()
            .filter(|l| l.contains("dane.test"))
            .all(|l| l.starts_with("phirelay_destination_results_total{domain=\"dane.test\"")),
        "{after}"
    );
    let (code, body) = get(addr, "/healthz").await;
    assert_eq!(code, 200, "{body}");
    let (code, body) = get(addr, "/readyz").await;
    assert_eq!(code, 200, "{body}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readyz_fails_when_the_database_is_gone() {
    let pg = PgCluster::shared();
    let url = pg.fresh_database().await;
    let db = PgCluster::db_of(&url);
    let dir = tempfile::tempdir().unwrap();
    let cfg = crate::common::stores::store_config(
        crate::common::stores::Backend::Postgres,
        &dir,
        Some(url.clone()),
    );
    let store = Store::open(&cfg, "node-a").await.unwrap();
    let (addr, _stop) = serve(store.clone()).await;
    assert_eq!(get(addr, "/readyz").await.0, 200);
    pg.psql_ok("postgres", &format!("DROP DATABASE \"{db}\" WITH (FORCE)"));
    let (code, body) = get(addr, "/readyz").await;
    assert_eq!(code, 503, "{body}");
    assert_eq!(
        get(addr, "/healthz").await.0,
        200,
        "the process itself is fine"
    );
}
