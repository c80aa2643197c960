//! Secure reply: the reader writes back (text and attachments, at most
//! `[portal] reply_max_bytes`); the reply is prepared like any client mail
//! (classified, signed, sealed), queued to the original sender at least at
//! `tls-required`, and acknowledged only after it and its `replied` event
//! are committed.

use axum::extract::{Extension, Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use super::routes::{brand, client, csrf, open_with_sender, reader, trouble, with_cookie};
use super::security;
use super::server::ClientAddr;
use super::{Portal, PortalError, Shared, mail, pages, view};
use crate::audit::details::{Details, Replied};
use crate::config::SenderNote;
use crate::store::{PickupRow, PortalWrite};

/// The reply form.
pub async fn form(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
) -> Response {
    let (row, _) = match reader(&p, &token, &headers, &addr).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    let to = match original(&p, &row).await {
        Ok(Some(v)) => v.reply_to,
        Ok(None) => return pages::gone(&brand(&p)),
        Err(e) => return trouble(&p, e),
    };
    page(&p, &token, &headers, &to, None, StatusCode::OK)
}

fn page(
    p: &Portal,
    token: &str,
    headers: &HeaderMap,
    to: &str,
    note: Option<&str>,
    status: StatusCode,
) -> Response {
    let (csrf, cookie) = match csrf(p, headers) {
        Ok(c) => c,
        Err(e) => return trouble(p, e),
    };
    let page = pages::Reply {
        brand: &brand(p),
        token,
        csrf: &csrf,
        to,
        max_size: format!("{} MB", p.cfg.reply_max_bytes.div_ceil(1024 * 1024)),
        note,
    };
    with_cookie(pages::render(status, &page), cookie)
}

/// The original message as the reader sees it (for the reply's address and subject).
async fn original(p: &Portal, row: &PickupRow) -> Result<Option<view::MessageView>, PortalError> {
    let Some((raw, sender)) = open_with_sender(p, row).await? else {
        return Ok(None);
    };
    Ok(Some(view::view(&raw, "", &sender)))
}

/// What the form sent.
#[derive(Default)]
struct ReplyForm {
    csrf: Option<String>,
    body: String,
    attachments: Vec<(String, String, Vec<u8>)>,
    size: u64,
}

enum FormProblem {
    TooLarge,
    Unreadable,
    /// No CSRF field before the first other field, or a wrong one.
    Forged,
}

/// Read the form; the CSRF field must come first (browsers send fields in
/// page order, and it is the form's first), so a forged upload is refused
/// before its body is read.
async fn read_form(
    mut m: Multipart,
    max: u64,
    headers: &HeaderMap,
) -> Result<ReplyForm, FormProblem> {
    let mut f = ReplyForm::default();
    while let Some(field) = m.next_field().await.map_err(|_| FormProblem::Unreadable)? {
        let name = field.name().unwrap_or("").to_string();
        if f.csrf.is_none() && name != "csrf" {
            return Err(FormProblem::Forged);
        }
        let file = field.file_name().map(str::to_string);
        let kind = field.content_type().map(str::to_string);
        let bytes = field.bytes().await.map_err(|_| FormProblem::TooLarge)?;
        f.size = f.size.saturating_add(bytes.len() as u64);
        if f.size > max {
            return Err(FormProblem::TooLarge);
        }
        match name.as_str() {
            "csrf" if f.csrf.is_none() => {
                let value = String::from_utf8_lossy(&bytes).into_owned();
                if !security::csrf_ok(headers, Some(&value)) {
                    return Err(FormProblem::Forged);
                }
                f.csrf = Some(value);
            }
            "body" => f.body = String::from_utf8_lossy(&bytes).into_owned(),
            "attachment" if !bytes.is_empty() => {
                let name = safe_name(file.as_deref().unwrap_or(""), f.attachments.len() + 1);
                let kind = safe_type(kind.as_deref());
                f.attachments.push((kind, name, bytes.to_vec()));
            }
            _ => {}
        }
    }
    Ok(f)
}

fn safe_name(raw: &str, n: usize) -> String {
    let base = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let name: String = base
        .chars()
        .filter(|c| !c.is_control() && *c != '"')
        .take(120)
        .collect();
    match name.trim() {
        "" => format!("attachment-{n}"),
        s => s.to_string(),
    }
}

fn safe_type(raw: Option<&str>) -> String {
    match raw {
        Some(t)
            if t.len() <= 100
                && t.split('/').count() == 2
                && t.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "/.+-_".contains(c)) =>
        {
            t.to_ascii_lowercase()
        }
        _ => "application/octet-stream".into(),
    }
}

/// The reply form again, with what went wrong.
async fn form_problem(
    p: &Portal,
    token: &str,
    headers: &HeaderMap,
    row: &PickupRow,
    problem: FormProblem,
) -> Response {
    let (note, status) = match problem {
        FormProblem::TooLarge => (
            "The reply is larger than allowed. Remove an attachment and try again.",
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
        _ => (
            "The reply could not be read. Please try again.",
            StatusCode::BAD_REQUEST,
        ),
    };
    let to = match original(p, row).await {
        Ok(Some(v)) => v.reply_to,
        _ => String::new(),
    };
    page(p, token, headers, &to, Some(note), status)
}

/// Take the reply, commit it with its event, then say so.
pub async fn submit(
    State(p): State<Shared>,
    Path(token): Path<String>,
    Extension(addr): Extension<ClientAddr>,
    headers: HeaderMap,
    multipart: Multipart,
) -> Response {
    let (row, _) = match reader(&p, &token, &headers, &addr).await {
        Ok(r) => r,
        Err(res) => return res,
    };
    let form = match read_form(multipart, p.cfg.reply_max_bytes, &headers).await {
        Ok(f) if f.csrf.is_some() => f,
        Ok(_) | Err(FormProblem::Forged) => return pages::forbidden(&brand(&p)),
        Err(problem) => return form_problem(&p, &token, &headers, &row, problem).await,
    };
    match queue_reply(&p, &row, form, client(&addr, &headers)).await {
        Ok(()) => pages::render(
            StatusCode::OK,
            &pages::Info {
                brand: &brand(&p),
                id: "reply-sent",
                heading: "Your reply was sent",
                text: "It is on its way to the sender over an encrypted connection.",
                link: Some((format!("/p/{token}/message"), "Back to the message")),
            },
        ),
        Err(e) => trouble(&p, e),
    }
}

async fn queue_reply(
    p: &Shared,
    row: &PickupRow,
    form: ReplyForm,
    c: crate::audit::details::WebClient,
) -> Result<(), PortalError> {
    let original = original(p, row)
        .await?
        .ok_or_else(|| PortalError::NoContent(row.message_id.clone()))?;
    let attachments = form.attachments.len();
    let input = mail::ReplyInput {
        reader: &row.recipient,
        to: &original.reply_to,
        subject: &original.subject,
        in_reply_to: original.message_id.as_deref(),
        text: &form.body,
        attachments: form.attachments,
    };
    let sub = mail::reply(&p.cfg, &p.hostname, &row.id, &c.client_ip, input);
    let prep = p.prep.current();
    let prepared = tokio::task::spawn_blocking(move || prep.prepare(sub))
        .await
        .map_err(|_| PortalError::WorkerGone)??;
    let replied = Details::Replied(Replied {
        pickup_id: row.id.clone(),
        reply_id: prepared.message.id.clone(),
        size: prepared.message.size,
        attachments,
        client: c,
    });
    let w = PortalWrite {
        changes: Vec::new(),
        events: vec![
            replied
                .into_event("portal")
                .message(&row.message_id)
                .recipient(&row.recipient),
        ],
        new_messages: vec![prepared.message],
    };
    Ok(p.store.portal_write(w).await?)
}

/// "Picked up", to the original sender, when configured (no subject, no content).
pub fn picked_up_note(
    p: &Portal,
    row: &PickupRow,
    sender: &str,
    w: &mut PortalWrite,
) -> Result<(), PortalError> {
    if sender.is_empty() || !p.cfg.notify_sender.contains(&SenderNote::PickedUp) {
        return Ok(());
    }
    let text = format!(
        "Your message {} to {} was opened on the {} secure portal.\n",
        row.message_id, row.recipient, p.cfg.organisation
    );
    let sub = mail::sender_note(&p.cfg, &p.hostname, &row.id, sender, &text);
    w.new_messages.push(p.prep.current().prepare(sub)?.message);
    Ok(())
}
