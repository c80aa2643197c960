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
use crate::https::{ClientAddr, ClientCert, ClientTls};
use crate::store::api::Scope;

pub fn router(api: Shared) -> Router {
    Router::new()
        .route("/v1/messages", post(send_json))
        .route("/v1/messages/raw", post(send_raw))
        .route("/v1/messages/{id}", get(status))
        .route("/v1/openapi.json", get(openapi))
        .route(
            "/v1/webhook",
            get(webhook_get).put(webhook_put).delete(webhook_delete),
        )
        .fallback(not_found)
        .with_state(api)
}

/// Who is calling, as the HTTPS listener saw it.
struct Peer {
    addr: ClientAddr,
    cert: ClientCert,
}

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _: &S,
    ) -> Result<Self, Self::Rejection> {
        let addr = parts.extensions.get::<ClientAddr>().copied();
        let cert = parts
            .extensions
            .get::<ClientCert>()
            .cloned()
            .unwrap_or_default();
        match addr {
            Some(addr) => Ok(Peer { addr, cert }),
            None => Err(ApiError::Unavailable.into_response()),
        }
    }
}

fn call(peer: &Peer, method: &'static str, route: &'static str, scope: Scope) -> Call {
    Call {
        client_ip: crate::net::canonical_ip(peer.addr.0),
        client_cert: peer.cert.0.clone(),
        method,
        route,
        scope,
    }
}

/// Submit a message as JSON; 202 after the durable commit.
#[utoipa::path(
    post,
    path = "/v1/messages",
    tag = "messages",
    request_body = super::compose::SendRequest,
    params(("Idempotency-Key" = Option<String>, Header, description = "Retry-safe: the same key and body within 24 h return the same id")),
    responses(
        (status = 202, description = "Accepted: committed and queued", body = super::send::AcceptedBody),
        (status = 400, description = "Invalid request (`field` says where)", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid key", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope, sender not allowed, or key suspended", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 415, description = "Not application/json", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 422, description = "Idempotency conflict or refused by policy", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 429, description = "Rate limit, daily quota or too many failed authentications (Retry-After)", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "Nothing accepted; retry (Retry-After)", body = super::openapi::ProblemDoc, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn send_json(
    State(api): State<Shared>,
    peer: Peer,
    Extension(tls): Extension<ClientTls>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let call = call(&peer, "POST", "/v1/messages", Scope::Send);
    let inc = Incoming {
        call: &call,
        headers: &headers,
        tls: &tls,
    };
    api.send_json(inc, body).await
}

/// Submit a whole RFC 5322 message; the envelope is in the query.
#[utoipa::path(
    post,
    path = "/v1/messages/raw",
    tag = "messages",
    params(RawEnvelope, ("Idempotency-Key" = Option<String>, Header, description = "As for /v1/messages")),
    request_body(content = String, content_type = "message/rfc822"),
    responses(
        (status = 202, description = "Accepted: committed and queued", body = super::send::AcceptedBody),
        (status = 400, description = "Invalid request (`field` says where)", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid key", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope, sender not allowed, or key suspended", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 413, description = "Body too large", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 415, description = "Not message/rfc822", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 422, description = "Idempotency conflict or refused by policy", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 429, description = "Rate limit, daily quota or too many failed authentications (Retry-After)", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "Nothing accepted; retry (Retry-After)", body = super::openapi::ProblemDoc, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn send_raw(
    State(api): State<Shared>,
    peer: Peer,
    Extension(tls): Extension<ClientTls>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let call = call(&peer, "POST", "/v1/messages/raw", Scope::Send);
    let envelope = serde_urlencoded::from_str::<RawEnvelope>(query.as_deref().unwrap_or(""))
        .map_err(|_| "from and to are required; protection is optional".to_string());
    let inc = Incoming {
        call: &call,
        headers: &headers,
        tls: &tls,
    };
    api.send_raw(inc, body, envelope).await
}

/// A message's recipients: state, decision and the TLS evidence of delivery.
#[utoipa::path(
    get,
    path = "/v1/messages/{id}",
    tag = "messages",
    params(("id" = String, Path, description = "The queue id, any case")),
    responses(
        (status = 200, description = "The message's recipients", body = super::status::MessageStatus),
        (status = 401, description = "Missing or invalid key", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope or key suspended", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No such message for this key", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "Store unavailable", body = super::openapi::ProblemDoc, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn status(
    State(api): State<Shared>,
    peer: Peer,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let call = call(&peer, "GET", "/v1/messages/{id}", Scope::Status);
    api.status(&call, &headers, &id).await
}

/// The key's webhook: URL, events, state (never the secret).
#[utoipa::path(
    get,
    path = "/v1/webhook",
    tag = "webhooks",
    responses(
        (status = 200, description = "The webhook", body = super::webhooks::WebhookOut),
        (status = 400, description = "Invalid URL or events", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid key", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope or key suspended", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No webhook", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "Store unavailable", body = super::openapi::ProblemDoc, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn webhook_get(State(api): State<Shared>, peer: Peer, headers: HeaderMap) -> Response {
    let call = call(&peer, "GET", "/v1/webhook", Scope::Webhooks);
    api.webhook_get(&call, &headers).await
}

/// Register or replace the key's webhook; the signing secret is in this answer only.
#[utoipa::path(
    put,
    path = "/v1/webhook",
    tag = "webhooks",
    request_body = super::webhooks::WebhookIn,
    responses(
        (status = 200, description = "Registered; `secret` shown once", body = super::webhooks::WebhookOut),
        (status = 400, description = "Invalid URL or events", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid key", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope or key suspended", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No webhook", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "Store unavailable", body = super::openapi::ProblemDoc, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn webhook_put(
    State(api): State<Shared>,
    peer: Peer,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let call = call(&peer, "PUT", "/v1/webhook", Scope::Webhooks);
    // A URL and a list of event names: 16 KiB is plenty.
    let Ok(bytes) = axum::body::to_bytes(body, 16 * 1024).await else {
        return ApiError::TooLarge.into_response();
    };
    api.webhook_put(&call, &headers, &bytes).await
}

/// Remove the key's webhook.
#[utoipa::path(
    delete,
    path = "/v1/webhook",
    tag = "webhooks",
    responses(
        (status = 200, description = "Removed"),
        (status = 400, description = "Invalid URL or events", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 401, description = "Missing or invalid key", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 403, description = "Missing scope or key suspended", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 404, description = "No webhook", body = super::openapi::ProblemDoc, content_type = "application/problem+json"),
        (status = 503, description = "Store unavailable", body = super::openapi::ProblemDoc, content_type = "application/problem+json")
    ),
    security(("bearer" = []))
)]
async fn webhook_delete(State(api): State<Shared>, peer: Peer, headers: HeaderMap) -> Response {
    let call = call(&peer, "DELETE", "/v1/webhook", Scope::Webhooks);
    api.webhook_delete(&call, &headers).await
}

/// This API's OpenAPI 3.1 document (no key needed).
async fn openapi() -> Response {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        super::openapi::document(),
    )
        .into_response()
}

async fn not_found() -> Response {
    let mut r = ApiError::NotFound.into_response();
    *r.status_mut() = StatusCode::NOT_FOUND;
    r
}
