//! Errors as RFC 9457 problem documents (`application/problem+json`), each
//! with a stable `type` (`urn:phirelay:problem:<name>`) that clients match on.
//! A problem never repeats a value the client sent (it may be PHI): it names
//! the field and what is wrong with it.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// Why a request was refused; the wire text is bland, the name is stable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApiError {
    /// No key, an unknown key, a wrong secret, a revoked or expired one.
    Unauthorized,
    /// The key is bound to a client certificate the connection did not present.
    ClientCertificate,
    /// Too many wrong keys from this address: wait `retry_after` seconds.
    TooManyAuthFailures { retry_after: u64 },
    /// The key lacks the scope the route needs.
    MissingScope(&'static str),
    /// The sender (envelope or From) is not one of the key's domains.
    ForeignSender,
    /// The key is suspended until an administrator resumes it.
    Suspended,
    /// Over the key's rate: wait `retry_after` seconds.
    RateLimited { retry_after: u64 },
    /// The key's daily quota is used up: wait until the next UTC day.
    QuotaExceeded { retry_after: u64 },
    /// The body is larger than the limit.
    TooLarge,
    /// Not JSON (or not message/rfc822 on the raw route).
    UnsupportedMediaType,
    /// The request is malformed; `field` says where (a JSON path).
    Invalid { field: String, detail: String },
    /// The same Idempotency-Key with another body.
    IdempotencyConflict,
    /// The policy refused the message (a `reject` rule).
    Refused,
    /// No such message for this key.
    NotFound,
    /// The store or a worker failed: nothing was accepted; retry later.
    Unavailable,
}

#[derive(Serialize)]
struct Problem<'a> {
    #[serde(rename = "type")]
    kind: String,
    title: &'a str,
    status: u16,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    field: Option<&'a str>,
}

impl ApiError {
    /// The stable name (the end of `type`, and the `outcome` of `api_call`).
    pub fn name(&self) -> &'static str {
        match self {
            ApiError::Unauthorized => "unauthorized",
            ApiError::ClientCertificate => "client-certificate-required",
            ApiError::TooManyAuthFailures { .. } => "too-many-auth-failures",
            ApiError::MissingScope(_) => "missing-scope",
            ApiError::ForeignSender => "sender-not-allowed",
            ApiError::Suspended => "key-suspended",
            ApiError::RateLimited { .. } => "rate-limited",
            ApiError::QuotaExceeded { .. } => "quota-exceeded",
            ApiError::TooLarge => "payload-too-large",
            ApiError::UnsupportedMediaType => "unsupported-media-type",
            ApiError::Invalid { .. } => "invalid-request",
            ApiError::IdempotencyConflict => "idempotency-conflict",
            ApiError::Refused => "message-refused",
            ApiError::NotFound => "not-found",
            ApiError::Unavailable => "unavailable",
        }
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Unauthorized | ApiError::ClientCertificate => StatusCode::UNAUTHORIZED,
            ApiError::TooManyAuthFailures { .. }
            | ApiError::RateLimited { .. }
            | ApiError::QuotaExceeded { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::MissingScope(_) | ApiError::ForeignSender | ApiError::Suspended => {
                StatusCode::FORBIDDEN
            }
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Invalid { .. } => StatusCode::BAD_REQUEST,
            ApiError::IdempotencyConflict | ApiError::Refused => StatusCode::UNPROCESSABLE_ENTITY,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }

    fn title(&self) -> &'static str {
        match self {
            ApiError::Unauthorized => "Missing or invalid API key",
            ApiError::ClientCertificate => "This key needs its client certificate",
            ApiError::TooManyAuthFailures { .. } => "Too many failed authentications",
            ApiError::MissingScope(_) => "The key lacks the scope this call needs",
            ApiError::ForeignSender => "The key may not send from this address",
            ApiError::Suspended => "The key is suspended",
            ApiError::RateLimited { .. } => "Rate limit exceeded",
            ApiError::QuotaExceeded { .. } => "Daily quota used up",
            ApiError::TooLarge => "Request body too large",
            ApiError::UnsupportedMediaType => "Unsupported media type",
            ApiError::Invalid { .. } => "Invalid request",
            ApiError::IdempotencyConflict => "Idempotency key reused with another request",
            ApiError::Refused => "Message refused by policy",
            ApiError::NotFound => "No such message",
            ApiError::Unavailable => "Temporarily unavailable; nothing was accepted",
        }
    }

    fn detail(&self) -> Option<String> {
        match self {
            ApiError::MissingScope(scope) => Some(format!("this call needs the `{scope}` scope")),
            ApiError::Invalid { detail, .. } => Some(detail.clone()),
            ApiError::Suspended => {
                Some("an administrator must resume it (phirelay api-key resume)".into())
            }
            _ => None,
        }
    }

    fn retry_after(&self) -> Option<u64> {
        match self {
            ApiError::TooManyAuthFailures { retry_after }
            | ApiError::RateLimited { retry_after }
            | ApiError::QuotaExceeded { retry_after } => Some((*retry_after).max(1)),
            ApiError::Unavailable => Some(5),
            _ => None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let field = match &self {
            ApiError::Invalid { field, .. } => Some(field.as_str()),
            _ => None,
        };
        let problem = Problem {
            kind: format!("urn:phirelay:problem:{}", self.name()),
            title: self.title(),
            status: self.status().as_u16(),
            detail: self.detail(),
            field,
        };
        let body = serde_json::to_vec(&problem).unwrap_or_default();
        let mut response = (self.status(), body).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/problem+json"),
        );
        if let Some(secs) = self.retry_after() {
            headers.insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}
