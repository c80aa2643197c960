//! `POST /v1/messages` (JSON) and `POST /v1/messages/raw` (message/rfc822 and
//! the envelope in the query): the key's checks, then the acceptance stage.
//! The 202 goes out only after the commit.

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::Api;
use super::auth::Call;
use super::compose::{self, Composed, SendRequest};
use super::problem::ApiError;
use crate::accept::{self, AcceptError, Client, Envelope, Recipient, Submission};
use crate::audit::details::{InboundTls, Origin};
use crate::https::ClientTls;
use crate::store::BodyType;
use crate::store::api::{ApiKeyRow, Idempotency};

/// An idempotency key lasts this long (then the same key is a new request).
const IDEMPOTENCY_WINDOW_US: i64 = 24 * 3600 * 1_000_000;

/// The envelope of `POST /v1/messages/raw`, in the query string.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct RawQuery {
    /// The envelope sender.
    pub from: String,
    /// Comma-separated recipients.
    pub to: String,
    /// `auto` (default), `tls-required` or `portal`: can only raise the policy's decision.
    #[serde(default)]
    #[param(inline)]
    pub protection: compose::ProtectionIn,
}

/// The answer to an accepted submission (`202`).
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct AcceptedBody {
    /// The queue id (also in `Location`).
    pub id: String,
    /// Always `accepted`.
    pub status: String,
}

/// A request's facts (its body travels apart: it is read once, after the
/// key's checks).
pub struct Incoming<'a> {
    pub call: &'a Call,
    pub headers: &'a HeaderMap,
    pub tls: &'a ClientTls,
}

impl Api {
    /// The largest body accepted: the message limit, plus base64's growth and
    /// the JSON around it.
    fn body_limit(&self) -> usize {
        let max = usize::try_from(self.cfg.limits.max_message_size).unwrap_or(usize::MAX);
        max.saturating_add(max / 3).saturating_add(64 * 1024)
    }

    async fn read_body(&self, headers: &HeaderMap, body: Body) -> Result<Bytes, ApiError> {
        let limit = self.body_limit();
        let declared = headers
            .get(header::CONTENT_LENGTH)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.parse::<usize>().ok());
        if declared.is_some_and(|n| n > limit) {
            return Err(ApiError::TooLarge);
        }
        axum::body::to_bytes(body, limit)
            .await
            .map_err(|_| ApiError::TooLarge)
    }

    /// Authenticate, apply the key's rate, read the body within the limit.
    async fn admit(
        &self,
        inc: &Incoming<'_>,
        body: Body,
        media: &str,
    ) -> Result<(ApiKeyRow, Bytes), ApiError> {
        let key = self.authenticate(inc.headers, inc.call).await?;
        if let Err(wait) = self.rates.take(&key.id, key.rate_count, key.rate_per_secs) {
            return Err(ApiError::RateLimited { retry_after: wait });
        }
        self.within_quota(&key).await?;
        let content_type = inc
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let essence = content_type.split(';').next().unwrap_or("").trim();
        if !essence.eq_ignore_ascii_case(media) {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = self.read_body(inc.headers, body).await?;
        Ok((key, bytes))
    }

    pub async fn send_json(&self, inc: Incoming<'_>, body: Body) -> Response {
        let mut key_id = None;
        let result = async {
            let (key, body) = self.admit(&inc, body, "application/json").await?;
            key_id = Some(key.id.clone());
            let idem = idempotency(inc.headers, &key, &body)?;
            if let Some(done) = self.replay(idem.as_ref()).await? {
                return Ok((key, done));
            }
            let req: SendRequest = parse_json(&body)?;
            let id = accept::new_queue_id();
            let max = self.cfg.limits.max_recipients;
            let composed = compose::compose(req, &self.cfg.hostname, &id, max)?;
            let accepted = self.submit(&inc, &key, id, composed, idem).await?;
            Ok((key, accepted))
        }
        .await;
        self.answer(inc.call, key_id.as_deref(), result).await
    }

    pub async fn send_raw(
        &self,
        inc: Incoming<'_>,
        body: Body,
        query: Result<RawQuery, String>,
    ) -> Response {
        let mut key_id = None;
        let result = async {
            let (key, body) = self.admit(&inc, body, "message/rfc822").await?;
            key_id = Some(key.id.clone());
            let q = query.map_err(|detail| ApiError::Invalid {
                field: "query".into(),
                detail,
            })?;
            let idem = idempotency(inc.headers, &key, &body)?;
            if let Some(done) = self.replay(idem.as_ref()).await? {
                return Ok((key, done));
            }
            let composed = raw_message(&q, &body, self.cfg.limits.max_recipients)?;
            let id = accept::new_queue_id();
            let accepted = self.submit(&inc, &key, id, composed, idem).await?;
            Ok((key, accepted))
        }
        .await;
        self.answer(inc.call, key_id.as_deref(), result).await
    }

    /// The key's daily quota (messages since 00:00 UTC), when it has one.
    async fn within_quota(&self, key: &ApiKeyRow) -> Result<(), ApiError> {
        if key.daily_quota == 0 {
            return Ok(());
        }
        const DAY_US: i64 = 86_400 * 1_000_000;
        let now = crate::util::now_us();
        let day_start = now - now.rem_euclid(DAY_US);
        let used = self
            .store
            .api_key_messages_since(&key.id, day_start)
            .await
            .map_err(|_| ApiError::Unavailable)?;
        if used < key.daily_quota {
            return Ok(());
        }
        let to_midnight = (day_start + DAY_US - now) / 1_000_000;
        Err(ApiError::QuotaExceeded {
            retry_after: u64::try_from(to_midnight).unwrap_or(1),
        })
    }

    /// Suspend `key` (the anomaly guard's verdict): every node refuses it from
    /// the next request; an administrator lifts it. If the store cannot take
    /// the record, this node holds the key suspended and tries again on its
    /// next request (`authenticate`).
    pub(super) async fn suspend(&self, key: &ApiKeyRow, why: String) {
        tracing::warn!(key_id = %key.id, reason = %why, "api key suspended");
        let mut row = key.clone();
        let now = crate::util::now_us();
        row.suspended = Some((now, why.clone()));
        let change = crate::store::api::KeyChange {
            action: crate::audit::details::KeyAction::Suspended,
            key: row,
            reason: Some(why.clone()),
            actor: "api:anomaly-guard".into(),
            at_us: now,
        };
        match self.store.api_key_change(change).await {
            Ok(_) => self.anomaly.recorded(&key.id),
            Err(e) => {
                tracing::error!(key_id = %key.id, error = %e, "api key suspension not recorded; held on this node");
                self.anomaly.hold(&key.id, &why);
            }
        }
    }

    /// The queue id an earlier request with the same idempotency key got; a
    /// conflict when the body differs.
    async fn replay(&self, idem: Option<&Idempotency>) -> Result<Option<String>, ApiError> {
        let Some(i) = idem else { return Ok(None) };
        let since = crate::util::now_us() - IDEMPOTENCY_WINDOW_US;
        match self.store.idempotent(&i.key_id, &i.idem_key, since).await {
            Ok(Some((hash, id))) if hash == i.body_sha256 => Ok(Some(id)),
            Ok(Some(_)) => Err(ApiError::IdempotencyConflict),
            Ok(None) => Ok(None),
            Err(_) => Err(ApiError::Unavailable),
        }
    }

    async fn submit(
        &self,
        inc: &Incoming<'_>,
        key: &ApiKeyRow,
        id: String,
        c: Composed,
        idem: Option<Idempotency>,
    ) -> Result<String, ApiError> {
        sender_allowed(key, &c)?;
        if c.recipients.iter().any(|r| self.suppressions.holds(r)) {
            return Err(ApiError::Invalid {
                field: "to".into(),
                detail: "a recipient is suppressed after repeated hard bounces".into(),
            });
        }
        let domains: Vec<String> = c
            .recipients
            .iter()
            .map(|r| crate::store::domain_of(r))
            .collect();
        let metadata = match &c.metadata {
            Some(json) => Some(
                self.keys
                    .seal(&metadata_name(&id), json.as_bytes())
                    .map_err(|_| ApiError::Unavailable)?,
            ),
            None => None,
        };
        let sub = self.submission(inc, key, id, c);
        let retry_key = idem.clone();
        let extras = crate::accept::ApiExtras {
            idempotency: idem,
            metadata,
            test_only: key.test_only,
        };
        match self.acceptor.accept_idempotent(sub, extras).await {
            Ok(a) => {
                if let Some(why) = self.anomaly.accepted(&key.id, &domains) {
                    self.suspend(key, why).await;
                }
                Ok(a.id)
            }
            Err(AcceptError::Policy { .. }) => {
                if let Some(why) = self.anomaly.refused(&key.id) {
                    self.suspend(key, why).await;
                }
                Err(ApiError::Refused)
            }
            Err(e) => {
                // Another request with the same idempotency key may have won
                // the commit: then its id is the answer.
                if let Ok(Some(id)) = self.replay(retry_key.as_ref()).await {
                    return Ok(id);
                }
                tracing::error!(error = %e, "could not accept an API submission; answered 503");
                Err(ApiError::Unavailable)
            }
        }
    }

    fn submission(
        &self,
        inc: &Incoming<'_>,
        key: &ApiKeyRow,
        id: String,
        c: Composed,
    ) -> Submission {
        let received_at_us = crate::util::now_us();
        let ip = inc.call.client_ip.to_string();
        let date = mail_parser::DateTime::from_timestamp(received_at_us / 1_000_000).to_rfc822();
        let trace = format!(
            "Received: from [{ip}] by {host} (phirelay HTTP API) with HTTPS id {id};\r\n\t{date}\r\n",
            host = self.cfg.hostname,
        );
        let mut content = trace.into_bytes();
        content.extend_from_slice(&c.content);
        let tls = &inc.tls.0;
        Submission {
            received_at_us,
            envelope: Envelope {
                mail_from: c.mail_from,
                recipients: c
                    .recipients
                    .into_iter()
                    .map(|address| Recipient {
                        address,
                        notify: None,
                        orcpt: None,
                    })
                    .collect(),
                body_type: BodyType::EightBitMime,
                smtputf8: false,
                requiretls: false,
                tls_required_no: false,
                dsn_ret: None,
                dsn_envid: None,
            },
            content,
            origin: Origin::Api {
                client_ip: ip.clone(),
                api_key: key.id.clone(),
                api_key_name: key.name.clone(),
                tls: InboundTls {
                    version: tls.version.clone(),
                    cipher: tls.cipher.clone(),
                },
            },
            client: Client {
                ip: ip.clone(),
                helo: "http-api".into(),
                auth_user: Some(format!("api:{}", key.id)),
                tls: Some(tls.clone()),
            },
            actor: format!("api:{ip}"),
            id,
            floor: c.floor,
            may_refuse: true,
            relay_written: false,
            arc: None,
        }
    }

    /// 202 with the queue id, or the problem; refusals after authentication
    /// are audited (an accepted submission is its `received` event).
    async fn answer(
        &self,
        call: &Call,
        key_id: Option<&str>,
        result: Result<(ApiKeyRow, String), ApiError>,
    ) -> Response {
        match result {
            Ok((_, id)) => {
                let location = format!("/v1/messages/{id}");
                let body = AcceptedBody {
                    id,
                    status: "accepted".into(),
                };
                let mut r = (StatusCode::ACCEPTED, axum::Json(body)).into_response();
                if let Ok(v) = location.parse() {
                    r.headers_mut().insert(header::LOCATION, v);
                }
                r
            }
            Err(e) => {
                // Failed authentication is audited where it is counted (auth.rs).
                let audited_there = matches!(
                    e,
                    ApiError::Unauthorized
                        | ApiError::ClientCertificate
                        | ApiError::TooManyAuthFailures { .. }
                        | ApiError::MissingScope(_)
                        | ApiError::Suspended
                );
                if !audited_there {
                    self.audit_call(call, key_id, &e, None, None).await;
                }
                e.into_response()
            }
        }
    }
}

/// The name a message's metadata is sealed under.
pub fn metadata_name(queue_id: &str) -> String {
    format!("metadata:{queue_id}")
}

/// The envelope sender and the From header must both be in the key's domains.
fn sender_allowed(key: &ApiKeyRow, c: &Composed) -> Result<(), ApiError> {
    let allowed = |address: &str| {
        address.rsplit_once('@').is_some_and(|(_, d)| {
            key.sender_domains
                .iter()
                .any(|k| k.eq_ignore_ascii_case(d.trim_end_matches('.')))
        })
    };
    let header_from = mail_parser::MessageParser::new()
        .parse_headers(&c.content)
        .and_then(|m| {
            m.from()
                .and_then(|f| f.first())
                .and_then(|a| a.address())
                .map(String::from)
        });
    match header_from {
        Some(from) if allowed(&c.mail_from) && allowed(&from) => Ok(()),
        _ => Err(ApiError::ForeignSender),
    }
}

fn idempotency(
    headers: &HeaderMap,
    key: &ApiKeyRow,
    body: &[u8],
) -> Result<Option<Idempotency>, ApiError> {
    let Some(v) = headers.get("idempotency-key") else {
        return Ok(None);
    };
    let text = v.to_str().unwrap_or("");
    let ok =
        !text.is_empty() && text.len() <= 255 && text.bytes().all(|b| (0x21..0x7f).contains(&b));
    if !ok {
        return Err(ApiError::Invalid {
            field: "Idempotency-Key".into(),
            detail: "1 to 255 printable ASCII characters".into(),
        });
    }
    Ok(Some(Idempotency {
        key_id: key.id.clone(),
        idem_key: text.to_string(),
        body_sha256: super::key::hash_bytes(body),
    }))
}

/// The JSON body, with the path of the first problem (never its value).
fn parse_json(body: &[u8]) -> Result<SendRequest, ApiError> {
    let de = &mut serde_json::Deserializer::from_slice(body);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.inner();
        let message = inner.to_string();
        let (field, detail) = if inner.is_syntax() || inner.is_eof() {
            ("body".to_string(), "not valid JSON".to_string())
        } else if let Some(name) = message
            .strip_prefix("missing field `")
            .and_then(|r| r.split('`').next())
        {
            let field = if path == "." {
                name.to_string()
            } else {
                format!("{path}.{name}")
            };
            (field, "required".to_string())
        } else if message.starts_with("unknown field") {
            (path, "not a known field".to_string())
        } else {
            (path, "wrong type or value".to_string())
        };
        ApiError::Invalid { field, detail }
    })
}

/// A raw message: its envelope from the query, its bytes as they are.
fn raw_message(q: &RawQuery, body: &[u8], max_recipients: usize) -> Result<Composed, ApiError> {
    let invalid = |field: &str, detail: &str| ApiError::Invalid {
        field: field.into(),
        detail: detail.into(),
    };
    let mail_from = compose::plain_address("from", &q.from)?;
    let recipients =
        q.to.split(',')
            .map(str::trim)
            .filter(|r| !r.is_empty())
            .enumerate()
            .map(|(i, r)| compose::plain_address(&format!("to[{i}]"), r))
            .collect::<Result<Vec<_>, _>>()?;
    if recipients.is_empty() || recipients.len() > max_recipients {
        return Err(invalid(
            "to",
            "1 or more recipients, within limits.max_recipients",
        ));
    }
    if body.is_empty()
        || mail_parser::MessageParser::new()
            .parse_headers(body)
            .is_none()
    {
        return Err(invalid("body", "not an RFC 5322 message"));
    }
    if body.contains(&0) {
        return Err(invalid("body", "a NUL byte"));
    }
    let content = crlf_lines(body);
    Ok(Composed {
        mail_from,
        recipients,
        content,
        floor: q.protection.floor(),
        metadata: None,
    })
}

/// Every line end as CRLF: a lone CR or LF (which SMTP's DATA refuses as a
/// smuggling risk) becomes CRLF, so the bytes sent on are unambiguous.
fn crlf_lines(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len() + body.len() / 32);
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b'\r' => {
                out.extend_from_slice(b"\r\n");
                i += if body.get(i + 1) == Some(&b'\n') {
                    2
                } else {
                    1
                };
            }
            b'\n' => {
                out.extend_from_slice(b"\r\n");
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn lone_line_ends_become_crlf() {
        assert_eq!(super::crlf_lines(b"a\nb\rc\r\nd"), b"a\r\nb\r\nc\r\nd");
    }
}
