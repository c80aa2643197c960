//! Who may read a pickup: the holder of its link who also proves they read
//! the recipient's mailbox (a one-time code mailed there). Codes are valid
//! for `code_ttl_secs`, `code_max_tries` wrong ones lock the pickup for
//! `lockout_secs`, and `codes_per_hour` caps how many are mailed. A session
//! ends on logout or after `idle_logoff_secs` without a request.

use axum::http::HeaderMap;

use super::security::{SESSION_COOKIE, cookie};
use super::{Portal, PortalError, hash, mail};
use crate::audit::details::{
    AuthFailed, AuthFailure, Details, PortalMailSent, ReaderAction, WebClient,
};
use crate::store::{PickupChange, PickupRow, PortalWrite};
use crate::util::now_us;

const HOUR_US: i64 = 3_600_000_000;

/// The pickup a link names, if it can still be read (unknown, expired and
/// recalled links are all None: the caller answers them alike).
pub async fn resolve(p: &Portal, token: &str) -> Result<Option<PickupRow>, PortalError> {
    if token.len() != 43
        || !token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Ok(None);
    }
    let row = p.store.pickup_by_token(&hash(token)).await?;
    Ok(row.filter(|r| r.readable_at(now_us())))
}

pub enum CodeRequest {
    Sent,
    /// Locked after wrong codes, or over the hourly cap.
    Refused,
}

/// Mail a fresh code (it replaces any earlier one).
pub async fn request_code(
    p: &Portal,
    row: &PickupRow,
    client: WebClient,
) -> Result<CodeRequest, PortalError> {
    let now = now_us();
    let locked = row.locked_until_us.is_some_and(|t| t > now);
    let (window, count) = match now - row.code_window_us < HOUR_US {
        true => (row.code_window_us, row.codes_in_window),
        false => (now, 0),
    };
    if locked || count >= i64::from(p.cfg.codes_per_hour) {
        let reason = if locked {
            AuthFailure::Locked
        } else {
            AuthFailure::TooManyCodes
        };
        failed(p, row, reason, row.code_tries, locked, client, None).await?;
        return Ok(CodeRequest::Refused);
    }
    let code = p.code()?;
    let sub = mail::code(&p.cfg, &p.hostname, &row.id, &row.recipient, &code);
    let prep = p.prep.current();
    let mut prepared = tokio::task::spawn_blocking(move || prep.prepare(sub))
        .await
        .map_err(|_| PortalError::WorkerGone)??;
    prepared.message.shred_when_done = true;
    let sent = Details::CodeSent(PortalMailSent {
        pickup_id: row.id.clone(),
        mail_id: prepared.message.id.clone(),
        client: Some(client),
    });
    let w = PortalWrite {
        changes: vec![PickupChange::CodeIssued {
            pickup_id: row.id.clone(),
            code_hash: hash(&code),
            expires_at_us: now.saturating_add(p.cfg.code_ttl.as_micros() as i64),
            window_us: window,
            codes_in_window: count + 1,
        }],
        new_messages: vec![prepared.message],
        events: vec![event(sent, row)],
    };
    p.store.portal_write(w).await?;
    Ok(CodeRequest::Sent)
}

pub enum Verified {
    /// The new session's cookie value.
    SignedIn(String),
    Wrong,
    /// Locked now or before, or no valid code: ask for a new one.
    NeedNewCode,
}

/// Check a code typed by the reader.
pub async fn verify(
    p: &Portal,
    row: &PickupRow,
    typed: &str,
    passphrase: &str,
    client: WebClient,
) -> Result<Verified, PortalError> {
    let now = now_us();
    if row.locked_until_us.is_some_and(|t| t > now) {
        failed(
            p,
            row,
            AuthFailure::Locked,
            row.code_tries,
            true,
            client,
            None,
        )
        .await?;
        return Ok(Verified::NeedNewCode);
    }
    let live = row.code_expires_at_us.is_some_and(|t| t > now);
    let Some(expected) = row.code_hash.as_deref().filter(|_| live) else {
        failed(
            p,
            row,
            AuthFailure::NoValidCode,
            row.code_tries,
            false,
            client,
            None,
        )
        .await?;
        return Ok(Verified::NeedNewCode);
    };
    let typed = typed.trim();
    let code_right = typed.len() == 6
        && aws_lc_rs::constant_time::verify_slices_are_equal(&hash(typed), expected).is_ok();
    let pass_right = match code_right {
        true => passphrase_ok(p, row, passphrase).await?,
        false => false,
    };
    if !(code_right && pass_right) {
        let reason = match code_right {
            true => AuthFailure::WrongPassphrase,
            false => AuthFailure::WrongCode,
        };
        let tries = row.code_tries + 1;
        let lock = tries >= i64::from(p.cfg.code_max_tries);
        let until = lock.then(|| now.saturating_add(p.cfg.lockout.as_micros() as i64));
        let change = PickupChange::CodeWrong {
            pickup_id: row.id.clone(),
            tries: row.code_tries,
            locked_until_us: until,
        };
        failed(p, row, reason, tries, lock, client, Some(change)).await?;
        return Ok(if lock {
            Verified::NeedNewCode
        } else {
            Verified::Wrong
        });
    }
    let session = p.secret()?;
    let ok = Details::AuthOk(ReaderAction {
        pickup_id: row.id.clone(),
        what: None,
        client,
    });
    let w = PortalWrite {
        changes: vec![PickupChange::SignedIn {
            pickup_id: row.id.clone(),
            session_hash: hash(&session),
            now_us: now,
        }],
        new_messages: Vec::new(),
        events: vec![event(ok, row)],
    };
    p.store.portal_write(w).await?;
    Ok(Verified::SignedIn(session))
}

/// The sender's passphrase, when the message has one (argon2, off the runtime).
async fn passphrase_ok(p: &Portal, row: &PickupRow, typed: &str) -> Result<bool, PortalError> {
    let Some(phc) = p.store.passphrase_hash(&row.message_id).await? else {
        return Ok(true);
    };
    let typed = typed.trim().to_string();
    tokio::task::spawn_blocking(move || crate::util::verify_password(&typed, &phc))
        .await
        .map_err(|_| PortalError::WorkerGone)
}

async fn failed(
    p: &Portal,
    row: &PickupRow,
    reason: AuthFailure,
    tries: i64,
    locked: bool,
    client: WebClient,
    change: Option<PickupChange>,
) -> Result<(), PortalError> {
    let d = Details::AuthFailed(AuthFailed {
        pickup_id: row.id.clone(),
        reason,
        tries,
        locked,
        client,
    });
    let w = PortalWrite {
        changes: change.into_iter().collect(),
        new_messages: Vec::new(),
        events: vec![event(d, row)],
    };
    p.store.portal_write(w).await?;
    Ok(())
}

fn event(d: Details, row: &PickupRow) -> crate::audit::AuditEvent {
    d.into_event("portal")
        .message(&row.message_id)
        .recipient(&row.recipient)
}

pub enum Session {
    /// Signed in for this pickup; the session's hash.
    Active([u8; 32]),
    /// Was signed in, but idle too long: now signed out (and audited).
    TimedOut,
    None,
}

/// The reader's session for `row`, refreshed; idle sessions end here.
pub async fn session(
    p: &Portal,
    headers: &HeaderMap,
    row: &PickupRow,
    client: WebClient,
) -> Result<Session, PortalError> {
    let Some(secret) = cookie(headers, SESSION_COOKIE) else {
        return Ok(Session::None);
    };
    let h = hash(&secret);
    let Some((pickup_id, last_seen)) = p.store.portal_session(&h).await? else {
        return Ok(Session::None);
    };
    if pickup_id != row.id {
        return Ok(Session::None);
    }
    let now = now_us();
    if now - last_seen > p.cfg.idle_logoff.as_micros() as i64 {
        sign_out(p, row, h, "idle", client).await?;
        return Ok(Session::TimedOut);
    }
    p.store.touch_portal_session(&h, now).await?;
    Ok(Session::Active(h))
}

/// End a session (`why`: "logout" or "idle").
pub async fn sign_out(
    p: &Portal,
    row: &PickupRow,
    session_hash: [u8; 32],
    why: &'static str,
    client: WebClient,
) -> Result<(), PortalError> {
    let d = Details::LoggedOut(ReaderAction {
        pickup_id: row.id.clone(),
        what: Some(why),
        client,
    });
    let w = PortalWrite {
        changes: vec![PickupChange::SignedOut { session_hash }],
        new_messages: Vec::new(),
        events: vec![event(d, row)],
    };
    p.store.portal_write(w).await?;
    Ok(())
}
