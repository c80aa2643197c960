//! The API's routes. Each handler names its route and scope for the audit
//! log; anything else is a 404 problem document.

use axum::Router;
use axum::body::Body;
use axum::extract::{Extension, Path, RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::Shared;
use super::auth::Call;
use super::problem::ApiError;
use super::send::{Incoming, RawQuery as RawEnvelope};
use crate::https::{ClientAddr, ClientTls};
use crate::store::api::Scope;

pub fn router(api: Shared) -> Router {
    Router::new()
        .route("/v1/messages", post(send_json))
        .route("/v1/messages/raw", post(send_raw))
        .route("/v1/messages/{id}", get(status))
        .route(
            "/v1/webhook",
            get(webhook_get).put(webhook_put).delete(webhook_delete),
        )
        .fallback(not_found)
        .with_state(api)
}

fn call(addr: &ClientAddr, method: &'static str, route: &'static str, scope: Scope) -> Call {
    Call {
        client_ip: crate::net::canonical_ip(addr.0),
        method,
        route,
        scope,
    }
}

async fn send_json(
    State(api): State<Shared>,
    Extension(addr): Extension<ClientAddr>,
    Extension(tls): Extension<ClientTls>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let call = call(&addr, "POST", "/v1/messages", Scope::Send);
    let inc = Incoming {
        call: &call,
        headers: &headers,
        tls: &tls,
    };
    api.send_json(inc, body).await
}

async fn send_raw(
    State(api): State<Shared>,
    Extension(addr): Extension<ClientAddr>,
    Extension(tls): Extension<ClientTls>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let call = call(&addr, "POST", "/v1/messages/raw", Scope::Send);
    let envelope = serde_urlencoded::from_str::<RawEnvelope>(query.as_deref().unwrap_or(""))
        .map_err(|_| "from and to are required; protection is optional".to_string());
    let inc = Incoming {
        call: &call,
        headers: &headers,
        tls: &tls,
    };
    api.send_raw(inc, body, envelope).await
}

async fn status(
    State(api): State<Shared>,
    Extension(addr): Extension<ClientAddr>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let call = call(&addr, "GET", "/v1/messages/{id}", Scope::Status);
    api.status(&call, &headers, &id).await
}

async fn webhook_get(
    State(api): State<Shared>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    let call = call(&addr, "GET", "/v1/webhook", Scope::Webhooks);
    api.webhook_get(&call, &headers).await
}

async fn webhook_put(
    State(api): State<Shared>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let call = call(&addr, "PUT", "/v1/webhook", Scope::Webhooks);
    // A URL and a list of event names: 16 KiB is plenty.
    let Ok(bytes) = axum::body::to_bytes(body, 16 * 1024).await else {
        return ApiError::TooLarge.into_response();
    };
    api.webhook_put(&call, &headers, &bytes).await
}

async fn webhook_delete(
    State(api): State<Shared>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    let call = call(&addr, "DELETE", "/v1/webhook", Scope::Webhooks);
    api.webhook_delete(&call, &headers).await
}

async fn not_found() -> Response {
    let mut r = ApiError::NotFound.into_response();
    *r.status_mut() = StatusCode::NOT_FOUND;
    r
}
