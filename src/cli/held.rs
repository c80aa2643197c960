//! `phirelay queue release ID --deliver-verified`: held mail (a `portal`
//! decision, or `tls-required` mail that found no verified TLS) goes back to
//! the queue with a `tls-required` decision, so it leaves only over verified
//! TLS (DANE, MTA-STS enforce or PKIX); if the destination still has none, the
//! `tls_required_fallback` applies again. The content stays sealed: its data
//! key is re-wrapped under the digest of the new decisions (store/binding.rs),
//! in the transaction that changes the state and writes the `admin` events.

use crate::audit::Details;
use crate::audit::details::{Admin, AdminAction};
use crate::store::crypto::{CryptoError, MasterKeys};
use crate::store::{
    Outcome, Protection, Rebind, RecipientState, RecipientUpdate, Store, StoreError,
    binding::envelope_digest,
};
use crate::util::now_us;

#[derive(Debug, thiserror::Error)]
pub enum ReleaseError {
    #[error("message {0} not found")]
    NotFound(String),
    #[error("message {0} has no held recipient{1}")]
    NothingHeld(String, String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot re-wrap the data key: {0}")]
    Crypto(#[from] CryptoError),
}

/// Release the held recipients of `id` (only `rcpt`, when given) for delivery
/// over verified TLS only. Returns how many were released.
pub async fn release_verified(
    store: &Store,
    keys: &MasterKeys,
    id: &str,
    rcpt: Option<&str>,
    reason: &str,
    actor: &str,
) -> Result<usize, ReleaseError> {
    let env = store
        .envelope(id)
        .await?
        .ok_or_else(|| ReleaseError::NotFound(id.to_string()))?;
    let recipients = store.recipients(id).await?;
    let chosen = |address: &str| rcpt.is_none_or(|r| r.eq_ignore_ascii_case(address));
    let released: Vec<_> = recipients
        .iter()
        .filter(|r| r.state == RecipientState::Held && chosen(&r.address))
        .collect();
    if released.is_empty() {
        let which = rcpt.map(|r| format!(" {r}")).unwrap_or_default();
        return Err(ReleaseError::NothingHeld(id.to_string(), which));
    }
    let decision_of =
        |r: &crate::store::RecipientRecord| match released.iter().any(|x| x.idx == r.idx) {
            true => Protection::TlsRequired,
            false => r.decision,
        };
    let digest = envelope_digest(
        &env.mail_from,
        env.requiretls,
        recipients
            .iter()
            .map(|r| (r.address.as_str(), decision_of(r))),
    );
    let sealed = store
        .sealed_content(id)
        .await?
        .ok_or_else(|| ReleaseError::NotFound(id.to_string()))?;
    let (key_id, wrapped_key) = keys.rebind(id, &sealed, digest)?;
    let now = now_us();
    let outcome = Outcome {
        message_id: id.to_string(),
        updates: released
            .iter()
            .map(|r| RecipientUpdate {
                idx: r.idx,
                state: RecipientState::Queued,
                due_at_us: now,
                attempted: false,
                last_code: None,
                last_reply: Some("released by an administrator: verified TLS only".into()),
                only_if_idle: false,
                only_if_held: true,
            })
            .collect(),
        events: released
            .iter()
            .map(|r| {
                Details::Admin(Admin {
                    action: AdminAction::Release,
                    reason: Some(reason.to_string()),
                    previous_state: "held".into(),
                })
                .into_event(actor)
                .message(id)
                .recipient(&r.address)
            })
            .collect(),
        new_messages: Vec::new(),
        lease_owner: None,
        rebind: Some(Rebind {
            expected: recipients.iter().map(|r| (r.idx, r.decision)).collect(),
            decisions: released
                .iter()
                .map(|r| (r.idx, Protection::TlsRequired))
                .collect(),
            key_id,
            wrapped_key,
        }),
    };
    store.record_outcome(outcome).await?;
    Ok(released.len())
}

#[derive(Debug, thiserror::Error)]
pub enum BounceError {
    #[error("message {0} not found")]
    NotFound(String),
    #[error("message {0} has nothing pending or held{1}")]
    NothingPending(String, String),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot open the message: {0}")]
    Crypto(#[from] CryptoError),
    #[error("cannot build the DSN: {0}")]
    Dsn(#[from] crate::accept::AcceptError),
}

/// Which recipients an admin verb is for, and why.
pub struct Pick<'a> {
    pub id: &'a str,
    /// Only this recipient; None: all that qualify.
    pub rcpt: Option<&'a str>,
    pub reason: &'a str,
    pub actor: &'a str,
}

/// Return the pending and held recipients of the message (only `rcpt`, when
/// given) to the sender: `bounced`, with a DSN, one transaction. Returns how many.
pub async fn bounce(
    cfg: &crate::config::Config,
    store: &Store,
    keys: &MasterKeys,
    prep: &crate::accept::Preparer,
    pick: &Pick<'_>,
) -> Result<usize, BounceError> {
    let Pick {
        id,
        rcpt,
        reason,
        actor,
    } = *pick;
    let missing = || BounceError::NotFound(id.to_string());
    let env = store.envelope(id).await?.ok_or_else(missing)?;
    let sealed = store.sealed_content(id).await?.ok_or_else(missing)?;
    let content = keys.open(id, &sealed)?;
    let recipients = store.recipients(id).await?;
    let chosen: Vec<_> = recipients
        .iter()
        .filter(|r| rcpt.is_none_or(|a| a.eq_ignore_ascii_case(&r.address)))
        .filter(|r| {
            matches!(
                r.state,
                RecipientState::Queued | RecipientState::Deferred | RecipientState::Held
            )
        })
        .collect();
    if chosen.is_empty() {
        let which = rcpt.map(|r| format!(" for {r}")).unwrap_or_default();
        return Err(BounceError::NothingPending(id.to_string(), which));
    }
    let b = crate::queue::admin::Bounce {
        hostname: &cfg.hostname,
        queue: &cfg.queue,
        prep,
        actor,
        reason,
    };
    let outcome = crate::queue::admin::bounce(&b, &env, &content, &chosen)?;
    store.record_outcome(outcome).await?;
    Ok(chosen.len())
}
