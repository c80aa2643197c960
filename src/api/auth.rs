//! Who is calling: the `Authorization: Bearer <key>` header checked against the
//! stored key (revoked, suspended, scope), with failed attempts counted per
//! client address. A key's secret never reaches a log or an event.

use std::net::IpAddr;

use axum::http::{HeaderMap, header};

use super::limits::Failure;
use super::problem::ApiError;
use super::{Api, key};
use crate::audit::details::{ApiCall, Details};
use crate::store::api::{ApiKeyRow, Scope};

/// A request's facts for its `api_call` event.
pub struct Call {
    pub client_ip: IpAddr,
    /// The SHA-256 of the client's TLS certificate, if it presented one.
    pub client_cert: Option<String>,
    pub method: &'static str,
    pub route: &'static str,
    pub scope: Scope,
}

impl Api {
    /// The key the request presents, if it opens a live key with `call.scope`.
    pub async fn authenticate(
        &self,
        headers: &HeaderMap,
        call: &Call,
    ) -> Result<ApiKeyRow, ApiError> {
        if let Some(wait) = self.auth_failures.blocked(call.client_ip) {
            return Err(ApiError::TooManyAuthFailures { retry_after: wait });
        }
        let key = match self.key_of(headers).await {
            Ok(k) => k,
            Err(e) => {
                if let Failure::Notable(n) = self.auth_failures.failure(call.client_ip) {
                    self.audit_call(call, None, &e, None, Some(n)).await;
                }
                return Err(e);
            }
        };
        let bound = key
            .client_cert_sha256
            .as_ref()
            .is_some_and(|want| call.client_cert.as_deref() != Some(want.as_str()));
        if bound {
            let e = ApiError::ClientCertificate;
            if let Failure::Notable(n) = self.auth_failures.failure(call.client_ip) {
                self.audit_call(call, Some(&key.id), &e, None, Some(n))
                    .await;
            }
            return Err(e);
        }
        // A suspension this node could not write: write it now (or, when the
        // key's row shows one already, stop holding it).
        let held = self.anomaly.held(&key.id);
        match (&held, &key.suspended) {
            (Some(why), None) => self.suspend(&key, why.clone()).await,
            (Some(_), Some(_)) => self.anomaly.recorded(&key.id),
            _ => {}
        }
        let refused = if key.suspended.is_some() || held.is_some() {
            Some(ApiError::Suspended)
        } else if !key.scopes.contains(&call.scope) {
            Some(ApiError::MissingScope(call.scope.as_str()))
        } else {
            None
        };
        if let Some(e) = refused {
            self.audit_call(call, Some(&key.id), &e, None, None).await;
            return Err(e);
        }
        Ok(key)
    }

    async fn key_of(&self, headers: &HeaderMap) -> Result<ApiKeyRow, ApiError> {
        let token = headers
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(str::trim)
            .ok_or(ApiError::Unauthorized)?;
        let (id, secret) = key::parse(token).ok_or(ApiError::Unauthorized)?;
        let row = self
            .store
            .api_key(id)
            .await
            .map_err(|_| ApiError::Unavailable)?
            .ok_or(ApiError::Unauthorized)?;
        let now = crate::util::now_us();
        if row.revoked_at_us.is_some() || !key::opens(&row, secret, now) {
            return Err(ApiError::Unauthorized);
        }
        Ok(row)
    }

    /// Answer a call that read or changed something for `key_id`: 200 with
    /// the JSON, or the problem; audited either way (`api_call`).
    pub async fn respond<T: serde::Serialize>(
        &self,
        call: &Call,
        key_id: &str,
        queue_id: Option<&str>,
        result: Result<T, ApiError>,
    ) -> axum::response::Response {
        use axum::response::IntoResponse;
        let outcome = match &result {
            Ok(_) => (200, "ok"),
            Err(e) => (e.status().as_u16(), e.name()),
        };
        self.audit_outcome(call, Some(key_id), outcome, queue_id, None)
            .await;
        match result {
            Ok(body) => (axum::http::StatusCode::OK, axum::Json(body)).into_response(),
            Err(e) => e.into_response(),
        }
    }

    /// Write an `api_call` event. A store failure here is logged, not sent to
    /// the client: the answer is already decided.
    pub async fn audit_call(
        &self,
        call: &Call,
        key_id: Option<&str>,
        outcome: &ApiError,
        queue_id: Option<&str>,
        failures_in_window: Option<u32>,
    ) {
        self.audit_outcome(
            call,
            key_id,
            (outcome.status().as_u16(), outcome.name()),
            queue_id,
            failures_in_window,
        )
        .await;
    }

    pub async fn audit_outcome(
        &self,
        call: &Call,
        key_id: Option<&str>,
        (status, outcome): (u16, &'static str),
        queue_id: Option<&str>,
        failures_in_window: Option<u32>,
    ) {
        let ev = Details::ApiCall(ApiCall {
            key_id: key_id.map(String::from),
            scope: call.scope.as_str(),
            client_ip: call.client_ip.to_string(),
            method: call.method.to_string(),
            route: call.route,
            status,
            outcome,
            queue_id: queue_id.map(String::from),
            failures_in_window,
        })
        .into_event(format!("api:{}", call.client_ip));
        if let Err(e) = self.store.audit(ev).await {
            tracing::error!(error = %e, "api call not audited");
        }
    }
}
