//! The portal's URLs. Everything lives under the pickup's link, `/p/{token}`:
//!
//! | method | path | what |
//! |---|---|---|
//! | GET | `/p/{t}` | start page (signed in: straight to the message) |
//! | POST | `/p/{t}/code` | mail a one-time code |
//! | GET, POST | `/p/{t}/verify` | enter the code |
//! | GET | `/p/{t}/message`, `/p/{t}/print` | the message, its print view |
//! | GET | `/p/{t}/attachment/{n}`, `/p/{t}/inline/{n}` | an attachment (download), an inline image |
//! | GET, POST | `/p/{t}/reply` | secure reply (`reply.rs`) |
//! | POST | `/p/{t}/logout` | sign out |
//!
//! Unknown, expired and recalled links all get the same 410 page.

use axum::Router;
use axum::extract::{DefaultBodyLimit, Extension, Form, Path, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;

use super::auth::{self, CodeRequest, Session, Verified};
use super::pages::{self, Brand};
use super::read::{css, download, inline, logo, logout, message, not_found, print};
use super::security::{self, CSRF_COOKIE, SESSION_COOKIE};
use super::server::ClientAddr;
use super::{Portal, PortalError, Shared, reply};
use crate::audit::details::WebClient;
use crate::store::PickupRow;
use crate::util::utc_minute;

pub fn router(portal: Shared) -> Router {
    let reply_limit = usize::try_from(portal.cfg.reply_max_bytes)
        .unwrap_or(usize::MAX)
        .saturating_add(256 * 1024);
    Router::new()
        .route("/p/{token}", get(start))
        .route("/p/{token}/code", post(send_code))
        .route("/p/{token}/verify", get(verify_page).post(verify))
        .route("/p/{token}/message", get(message))
        .route("/p/{token}/print", get(print))
        .route("/p/{token}/attachment/{n}", get(download))
        .route("/p/{token}/inline/{n}", get(inline))
        .route(
            "/p/{token}/reply",
            get(reply::form)
                .post(reply::submit)
                .layer(DefaultBodyLimit::max(reply_limit)),
        )
        .route("/p/{token}/logout", post(logout))
        .route("/assets/portal.css", get(css))
        .route("/assets/logo", get(logo))
        .fallback(not_found)
        .layer(middleware::from_fn_with_state(portal.clone(), limit))
        .layer(middleware::from_fn(security::headers))
        .with_state(portal)
}

/// Per-address request limit, before any work.
async fn limit(State(p): State<Shared>, req: Request, next: Next) -> Response {
    let ip = req.extensions().get::<ClientAddr>().map(|c| c.0.ip());
    match ip {
        Some(ip) if !p.limiter.allow(ip) => pages::slow_down(&brand(&p)),
        _ => next.run(req).await,
    }
}

pub fn brand(p: &Portal) -> Brand {
    Brand {
        organisation: p.cfg.organisation.clone(),
        has_logo: p.logo.is_some(),
    }
}

pub fn client(addr: &ClientAddr, headers: &HeaderMap) -> WebClient {
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    WebClient::new(addr.0.ip().to_string(), ua)
}

/// The CSRF value for this browser, and the cookie to set when it is new.
pub fn csrf(p: &Portal, headers: &HeaderMap) -> Result<(String, Option<HeaderValue>), PortalError> {
    if let Some(c) = security::cookie(headers, CSRF_COOKIE) {
        return Ok((c, None));
    }
    let fresh = p.secret()?;
    let cookie = security::set_cookie(CSRF_COOKIE, &fresh, None);
    Ok((fresh, Some(cookie)))
}

/// Attach a Set-Cookie, when there is one.
pub fn with_cookie(mut res: Response, cookie: Option<HeaderValue>) -> Response {
    if let Some(c) = cookie {
        res.headers_mut().append(header::SET_COOKIE, c);
    }
    res
}

/// Log the reason, show a bland page.
pub fn trouble(p: &Portal, e: PortalError) -> Response {
    tracing::error!(error = %e, "portal request failed");
    pages::trouble(&brand(p))
}

/// The pickup behind a link, or the page to answer with.
pub async fn pickup(p: &Portal, token: &str) -> Result<PickupRow, Response> {
    match auth::resolve(p, token).await {
        Ok(Some(row)) => Ok(row),
        Ok(None) => Err(pages::gone(&brand(p))),
        Err(e) => Err(trouble(p, e)),
    }
}

/// A signed-in reader of the link's pickup, or the page to answer with.
pub async fn reader(
    p: &Portal,
    token: &str,
    headers: &HeaderMap,
    addr: &ClientAddr,
) -> Result<(PickupRow, [u8; 32]), Response> {
    let row = pickup(p, token).await?;
    match auth::session(p, headers, &row, client(addr, headers)).await {
        Ok(Session::Active(h)) => Ok((row, h)),
        Ok(Session::TimedOut) => Err(timed_out(p, token)),
        Ok(Session::None) => Err(Redirect::to(&format!("/p/{token}")).into_response()),
        Err(e) => Err(trouble(p, e)),
    }
}

fn timed_out(p: &Portal, token: &str) -> Response {
    let page = pages::Info {
        brand: &brand(p),
        id: "timed-out",
        heading: "You were signed out",
        text: "For your privacy you are signed out after a period without activity.",
        link: Some((format!("/p/{token}"), "Sign in again")),
    };
    let res = pages::render(StatusCode::OK, &page);
    with_cookie(res, Some(security::clear_cookie(SESSION_COOKIE)))
}

/// The message's plaintext, opened through the pickup's own key copy.
pub async fn open(p: &Portal, row: &PickupRow) -> Result<Option<Vec<u8>>, PortalError> {
    let Some(secret) = p.store.pickup_secret(&row.id).await? else {
        return Ok(None);
    };
    let keys = p.keys.clone();
    let (mid, pid, rcpt) = (
        row.message_id.clone(),
        row.id.clone(),
        row.recipient.clone(),
    );
    let plain = tokio::task::spawn_blocking(move || {
        keys.open_for_pickup(
            &mid,
            (&pid, &rcpt),
            &secret.key_id,
            &secret.wrapped_key,
            &secret.ciphertext,
        )
    })
    .await
    .map_err(|_| PortalError::WorkerGone)??;
    Ok(Some(plain))
}

/// The message of a pickup, opened, with its envelope sender (None once shredded).
pub async fn open_with_sender(
    p: &Portal,
    row: &PickupRow,
) -> Result<Option<(Vec<u8>, String)>, PortalError> {
    let Some(raw) = open(p, row).await? else {
        return Ok(None);
    };
    let sender = p
        .store
        .envelope(&row.message_id)
        .await?
        .map(|e| e.mail_from)
        .unwrap_or_default();
    Ok(Some((raw, sender)))
}

async fn start(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    let row = match pickup(&p, &token).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    if let Ok(Session::Active(_)) = auth::session(&p, &headers, &row, client(&addr, &headers)).await
    {
        return Redirect::to(&format!("/p/{token}/message")).into_response();
    }
    landing(&p, &token, &headers, &row, None)
}

fn landing(
    p: &Portal,
    token: &str,
    headers: &HeaderMap,
    row: &PickupRow,
    note: Option<&str>,
) -> Response {
    let (csrf, cookie) = match csrf(p, headers) {
        Ok(c) => c,
        Err(e) => return trouble(p, e),
    };
    let page = pages::Landing {
        brand: &brand(p),
        token,
        csrf: &csrf,
        recipient: &row.recipient,
        expires: utc_minute(row.expires_at_us),
        note,
    };
    with_cookie(pages::render(StatusCode::OK, &page), cookie)
}

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: Option<String>,
}

impl CsrfForm {
    pub fn csrf(&self) -> Option<&str> {
        self.csrf.as_deref()
    }
}

async fn send_code(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Response {
    if !security::csrf_ok(&headers, f.csrf.as_deref()) {
        return pages::forbidden(&brand(&p));
    }
    let row = match pickup(&p, &token).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    match auth::request_code(&p, &row, client(&addr, &headers)).await {
        Ok(CodeRequest::Sent) => verify_form(&p, &token, &headers, &row, None).await,
        Ok(CodeRequest::Refused) => landing(
            &p,
            &token,
            &headers,
            &row,
            Some("No new code can be sent right now. Please try again later."),
        ),
        Err(e) => trouble(&p, e),
    }
}

async fn verify_form(
    p: &Portal,
    token: &str,
    headers: &HeaderMap,
    row: &PickupRow,
    note: Option<&str>,
) -> Response {
    let (csrf, cookie) = match csrf(p, headers) {
        Ok(c) => c,
        Err(e) => return trouble(p, e),
    };
    // Unknown counts as asked for: the field shows, and an empty answer fails.
    let passphrase = !matches!(p.store.passphrase_hash(&row.message_id).await, Ok(None));
    let page = pages::Verify {
        brand: &brand(p),
        token,
        csrf: &csrf,
        recipient: &row.recipient,
        minutes: p.cfg.code_ttl.as_secs().div_ceil(60),
        passphrase,
        note,
    };
    with_cookie(pages::render(StatusCode::OK, &page), cookie)
}

async fn verify_page(
    State(p): State<Shared>,
    Path(token): Path<String>,
    headers: HeaderMap,
) -> Response {
    match pickup(&p, &token).await {
        Ok(row) => verify_form(&p, &token, &headers, &row, None).await,
        Err(res) => res,
    }
}

#[derive(Deserialize)]
struct CodeForm {
    csrf: Option<String>,
    code: Option<String>,
    passphrase: Option<String>,
}

async fn verify(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
    Form(f): Form<CodeForm>,
) -> Response {
    if !security::csrf_ok(&headers, f.csrf.as_deref()) {
        return pages::forbidden(&brand(&p));
    }
    let row = match pickup(&p, &token).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    let typed = f.code.unwrap_or_default();
    let pass = f.passphrase.unwrap_or_default();
    match auth::verify(&p, &row, &typed, &pass, client(&addr, &headers)).await {
        Ok(Verified::SignedIn(session)) => {
            let res = Redirect::to(&format!("/p/{token}/message")).into_response();
            let cookie = security::set_cookie(SESSION_COOKIE, &session, None);
            with_cookie(res, Some(cookie))
        }
        Ok(Verified::Wrong) => {
            let note = "That code (or passphrase) is not right. Please check it and try again.";
            verify_form(&p, &token, &headers, &row, Some(note)).await
        }
        Ok(Verified::NeedNewCode) => landing(
            &p,
            &token,
            &headers,
            &row,
            Some(
                "That code can no longer be used. Ask for a new code (after a short wait if you tried several times).",
            ),
        ),
        Err(e) => trouble(&p, e),
    }
}
