//! Reading a pickup: the message page, the print view, attachments and inline
//! images, signing out, and the static assets. Every read is audited before
//! anything is shown; an audit that cannot be written shows nothing.

use aws_lc_rs::digest;
use axum::extract::{Extension, Form, Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::routes::{
    CsrfForm, brand, client, csrf, open, open_with_sender, reader, trouble, with_cookie,
};
use super::security::{self, SESSION_COOKIE};
use super::server::ClientAddr;
use super::{Portal, PortalError, Shared, auth, pages, reply, view};
use crate::audit::details::{Details, Downloaded, ReaderAction, WebClient};
use crate::store::{PickupChange, PickupRow, PortalWrite, StoreError};
use crate::util::{now_us, utc_minute};

const CSS: &str = include_str!("../../templates/portal/portal.css");

/// Open, audit (`viewed`, and the first read marks the pickup opened), parse.
async fn read(
    p: &Shared,
    row: &PickupRow,
    token: &str,
    what: &'static str,
    c: WebClient,
) -> Result<Option<view::MessageView>, PortalError> {
    let Some((raw, sender)) = open_with_sender(p, row).await? else {
        return Ok(None);
    };
    record_view(p, row, what, c, &sender).await?;
    Ok(Some(view::view(&raw, token, &sender)))
}

async fn record_view(
    p: &Portal,
    row: &PickupRow,
    what: &'static str,
    c: WebClient,
    sender: &str,
) -> Result<(), PortalError> {
    let viewed = Details::Viewed(ReaderAction {
        pickup_id: row.id.clone(),
        what: Some(what),
        client: c,
    })
    .into_event("portal")
    .message(&row.message_id)
    .recipient(&row.recipient);
    if row.first_viewed_at_us.is_none() {
        let mut w = PortalWrite {
            changes: vec![PickupChange::FirstViewed {
                pickup_id: row.id.clone(),
                now_us: now_us(),
            }],
            events: vec![viewed.clone()],
            ..Default::default()
        };
        reply::picked_up_note(p, row, sender, &mut w)?;
        match p.store.portal_write(w).await {
            Ok(()) => return Ok(()),
            // Another request marked the first read: record this one alone.
            Err(StoreError::Conflict(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    let w = PortalWrite {
        events: vec![viewed],
        ..Default::default()
    };
    Ok(p.store.portal_write(w).await?)
}

pub async fn message(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    let (row, _) = match reader(&p, &token, &headers, &addr).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    let view = match read(&p, &row, &token, "message", client(&addr, &headers)).await {
        Ok(Some(v)) => v,
        Ok(None) => return pages::gone(&brand(&p)),
        Err(e) => return trouble(&p, e),
    };
    let (csrf, cookie) = match csrf(&p, &headers) {
        Ok(c) => c,
        Err(e) => return trouble(&p, e),
    };
    let page = pages::Message {
        brand: &brand(&p),
        token: &token,
        csrf: &csrf,
        view: &view,
        expires: utc_minute(row.expires_at_us),
    };
    with_cookie(pages::render(StatusCode::OK, &page), cookie)
}

pub async fn print(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    let (row, _) = match reader(&p, &token, &headers, &addr).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    match read(&p, &row, &token, "print", client(&addr, &headers)).await {
        Ok(Some(view)) => pages::render(
            StatusCode::OK,
            &pages::Print {
                brand: &brand(&p),
                token: &token,
                view: &view,
            },
        ),
        Ok(None) => pages::gone(&brand(&p)),
        Err(e) => trouble(&p, e),
    }
}

/// An attachment as a download (never rendered in the portal's origin).
pub async fn download(
    State(p): State<Shared>,
    Path((token, n)): Path<(String, usize)>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    part(&p, &token, n, &addr, &headers, false).await
}

/// An image the message's HTML refers to by `cid:` (images only, inline).
pub async fn inline(
    State(p): State<Shared>,
    Path((token, n)): Path<(String, usize)>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    part(&p, &token, n, &addr, &headers, true).await
}

async fn part(
    p: &Shared,
    token: &str,
    n: usize,
    addr: &ClientAddr,
    headers: &HeaderMap,
    inline: bool,
) -> Response {
    let (row, _) = match reader(p, token, headers, addr).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    let raw = match open(p, &row).await {
        Ok(Some(raw)) => raw,
        Ok(None) => return pages::gone(&brand(p)),
        Err(e) => return trouble(p, e),
    };
    let Some(a) = view::attachment(&raw, n) else {
        return not_found(State(p.clone())).await;
    };
    let image = a.content_type.starts_with("image/") && a.content_type != "image/svg+xml";
    if inline && !image {
        return not_found(State(p.clone())).await;
    }
    if !inline {
        let d = Details::Downloaded(Downloaded {
            pickup_id: row.id.clone(),
            attachment: n,
            sha256: hex::encode(digest::digest(&digest::SHA256, &a.bytes)),
            size: a.bytes.len(),
            content_type: a.content_type.clone(),
            client: client(addr, headers),
        });
        let ev = d
            .into_event("portal")
            .message(&row.message_id)
            .recipient(&row.recipient);
        let w = PortalWrite {
            events: vec![ev],
            ..Default::default()
        };
        if let Err(e) = p.store.portal_write(w).await {
            return trouble(p, e.into());
        }
    }
    attachment_response(a, inline)
}

fn attachment_response(a: view::AttachmentData, inline: bool) -> Response {
    let disposition = match inline {
        true => "inline".to_string(),
        false => {
            let ascii: String = a
                .name
                .chars()
                .map(|c| {
                    if c.is_ascii_graphic() || c == ' ' {
                        c
                    } else {
                        '_'
                    }
                })
                .collect();
            let encoded: String = url::form_urlencoded::byte_serialize(a.name.as_bytes()).collect();
            format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
        }
    };
    let mut res = (StatusCode::OK, a.bytes).into_response();
    let h = res.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&a.content_type) {
        h.insert(header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(&disposition) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    res
}

pub async fn logout(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
    Form(f): Form<CsrfForm>,
) -> Response {
    if !security::csrf_ok(&headers, f.csrf()) {
        return pages::forbidden(&brand(&p));
    }
    let (row, session) = match reader(&p, &token, &headers, &addr).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    if let Err(e) = auth::sign_out(&p, &row, session, "logout", client(&addr, &headers)).await {
        return trouble(&p, e);
    }
    let page = pages::Info {
        brand: &brand(&p),
        id: "logged-out",
        heading: "You are signed out",
        text: "You can close this window. To read the message again, open the link in your email.",
        link: None,
    };
    let res = pages::render(StatusCode::OK, &page);
    with_cookie(res, Some(security::clear_cookie(SESSION_COOKIE)))
}

pub async fn css(State(p): State<Shared>) -> Response {
    let body = CSS.replace("ACCENT", &p.cfg.accent_colour);
    ([(header::CONTENT_TYPE, "text/css; charset=utf-8")], body).into_response()
}

pub async fn logo(State(p): State<Shared>) -> Response {
    match &p.logo {
        Some((bytes, kind)) => ([(header::CONTENT_TYPE, *kind)], bytes.clone()).into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

pub async fn not_found(State(p): State<Shared>) -> Response {
    pages::render(
        StatusCode::NOT_FOUND,
        &pages::Info {
            brand: &brand(&p),
            id: "not-found",
            heading: "Page not found",
            text: "Open the link from your email again.",
            link: None,
        },
    )
}
