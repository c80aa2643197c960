//! The metrics listener (`[metrics]`, off by default): `GET /metrics` in the
//! Prometheus text format, `GET /healthz` (the process answers) and
//! `GET /readyz` (the store answers within two seconds: 503 otherwise). Plain
//! HTTP on its own address: metrics carry counts, never mail; bind it to
//! loopback or a management network.

use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics_exporter_prometheus::PrometheusHandle;
use tokio::net::TcpListener;
use tokio::sync::watch;

use crate::store::Store;

#[derive(Clone)]
struct Ctx {
    handle: PrometheusHandle,
    store: Store,
}

/// Bind `addr` and serve until `stopped` turns true; returns the bound address.
pub async fn serve(
    addr: SocketAddr,
    handle: PrometheusHandle,
    store: Store,
    mut stopped: watch::Receiver<bool>,
) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    let app = Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .with_state(Ctx { handle, store });
    tokio::spawn(async move {
        let stop = async move {
            while !*stopped.borrow() {
                if stopped.changed().await.is_err() {
                    break;
                }
            }
        };
        if let Err(e) = axum::serve(listener, app)
            .with_graceful_shutdown(stop)
            .await
        {
            tracing::warn!(error = %e, "metrics listener stopped");
        }
    });
    metrics::gauge!("phirelay_up").set(1.0);
    Ok(bound)
}

async fn metrics(State(cx): State<Ctx>) -> Response {
    // Queue depth and age are read now; a store that does not answer leaves
    // the last values (readyz says why).
    if let Ok(Ok(q)) = tokio::time::timeout(Duration::from_secs(2), cx.store.queue_gauges()).await {
        for (state, n) in q.by_state {
            // Only the store's own state names become labels.
            let state = crate::store::RecipientState::parse(&state).map_or("other", |s| s.as_str());
            metrics::gauge!("phirelay_queue_recipients", "state" => state).set(n as f64);
        }
        metrics::gauge!("phirelay_queue_oldest_age_seconds").set(q.oldest_pending_age_s);
    }
    cx.handle.run_upkeep();
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        cx.handle.render(),
    )
        .into_response()
}

async fn ready(State(cx): State<Ctx>) -> Response {
    match tokio::time::timeout(Duration::from_secs(2), cx.store.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ready\n").into_response(),
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readyz: the store does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "store unavailable\n").into_response()
        }
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "store timed out\n").into_response(),
    }
}
