//! The portal's background work on every node: held recipients become pickups
//! (with their notices), and pickups past their lifetime are shredded. Several
//! nodes may sweep at once: every change is guarded by the state it read, so
//! one wins and the others' commits fail harmlessly and retry next round.

use std::time::Duration;

use super::{Portal, PortalError, Shared, hash, mail};
use crate::audit::details::{Details, PickupCreated, PickupEnded, PortalMailSent};
use crate::config::SenderNote;
use crate::store::{NewPickup, PickupChange, PickupRow, PickupState, PortalWrite, RecipientState};
use crate::util::{now_us, utc_minute};

/// How often the sweeper looks; held mail becomes a pickup within this time.
const EVERY: Duration = Duration::from_secs(1);
const BATCH: i64 = 50;

/// Run until the process ends.
pub fn spawn(portal: Shared) {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(EVERY);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            sweep(&portal).await;
        }
    });
}

/// One round: new pickups, then expiries.
pub async fn sweep(portal: &Shared) {
    match portal.store.held_messages(BATCH).await {
        Ok(ids) => {
            for id in ids {
                let p = portal.clone();
                if let Err(e) = make_pickups(p, id.clone()).await {
                    tracing::warn!(queue_id = %id, error = %e, "pickups not created now; will retry");
                }
            }
        }
        Err(e) => tracing::error!(error = %e, "cannot look for held mail"),
    }
    match portal.store.pickups_due_to_expire(now_us(), BATCH).await {
        Ok(rows) => {
            for row in rows {
                let id = row.id.clone();
                if let Err(e) = end_pickup(portal, row, PickupState::Expired, None, "portal").await
                {
                    tracing::warn!(pickup = %id, error = %e, "pickup not expired now; will retry");
                }
            }
        }
        Err(e) => tracing::error!(error = %e, "cannot look for expired pickups"),
    }
    end_idle_sessions(portal).await;
    match portal.store.shred_finished_portal_mail(BATCH).await {
        Ok(0) => {}
        Ok(n) => tracing::debug!(messages = n, "finished portal mail shredded"),
        Err(e) => tracing::warn!(error = %e, "cannot shred finished portal mail; will retry"),
    }
}

/// Sessions idle past `idle_logoff_secs` end here too (not only at the
/// reader's next request), each with its `logged_out` event.
async fn end_idle_sessions(portal: &Portal) {
    let cutoff = now_us().saturating_sub(portal.cfg.idle_logoff.as_micros() as i64);
    let idle = match portal.store.idle_portal_sessions(cutoff, BATCH).await {
        Ok(rows) => rows,
        Err(e) => return tracing::error!(error = %e, "cannot look for idle portal sessions"),
    };
    for (hash, pickup_id) in idle {
        let (Ok(Some(row)), Ok(hash)) = (
            portal.store.pickup(&pickup_id).await,
            <[u8; 32]>::try_from(hash),
        ) else {
            continue;
        };
        let nobody = crate::audit::details::WebClient::new("-".into(), "");
        if let Err(e) = super::auth::sign_out(portal, &row, hash, "idle", nobody).await {
            tracing::warn!(pickup = %row.id, error = %e, "idle session not ended now; will retry");
        }
    }
}

/// Every held recipient of message `id` becomes a pickup, its notice queued,
/// in one commit. CPU work (unwrap, prepare notices) runs on the blocking pool.
pub async fn make_pickups(portal: Shared, id: String) -> Result<usize, PortalError> {
    let store = &portal.store;
    let recipients = store.recipients(&id).await?;
    let held: Vec<_> = recipients
        .into_iter()
        .filter(|r| r.state == RecipientState::Held)
        .collect();
    let (Some(sealed), Some(env)) = (store.sealed_content(&id).await?, store.envelope(&id).await?)
    else {
        return Err(PortalError::NoContent(id));
    };
    if held.is_empty() {
        return Ok(0);
    }
    let p = portal.clone();
    let write = tokio::task::spawn_blocking(move || {
        let mut w = PortalWrite::default();
        for r in &held {
            add_pickup(
                &p,
                &mut w,
                &id,
                (r.idx, &r.address),
                &sealed,
                &env.mail_from,
            )?;
        }
        Ok::<_, PortalError>(w)
    })
    .await
    .map_err(|_| PortalError::WorkerGone)??;
    let n = write.changes.len();
    portal.store.portal_write(write).await?;
    Ok(n)
}

fn add_pickup(
    p: &Portal,
    w: &mut PortalWrite,
    message_id: &str,
    (idx, rcpt): (i64, &str),
    sealed: &crate::store::Sealed,
    sender: &str,
) -> Result<(), PortalError> {
    let pickup_id = crate::accept::new_queue_id();
    let token = p.secret()?;
    let (key_id, wrapped_key) = p
        .keys
        .wrap_for_pickup(message_id, sealed, (&pickup_id, rcpt))?;
    let now = now_us();
    let expires_at_us = now.saturating_add(p.cfg.pickup_lifetime.as_micros() as i64);
    let link = format!("{}/p/{token}", p.cfg.public_url);
    let sender_shown = match sender {
        "" => p.cfg.organisation.as_str(),
        s => s,
    };
    let facts = mail::NoticeFacts {
        recipient: rcpt,
        sender: sender_shown,
        link: &link,
        expires: &utc_minute(expires_at_us),
    };
    let mut notice =
        p.prep
            .current()
            .prepare(mail::notice(&p.cfg, &p.hostname, &pickup_id, &facts))?;
    notice.message.shred_when_done = true;
    let notice_id = notice.message.id.clone();
    w.changes.push(PickupChange::Create(NewPickup {
        id: pickup_id.clone(),
        message_id: message_id.to_string(),
        idx,
        recipient: rcpt.to_string(),
        token_hash: hash(&token),
        key_id: key_id.clone(),
        wrapped_key,
        created_at_us: now,
        expires_at_us,
    }));
    w.new_messages.push(notice.message);
    let created = Details::PickupCreated(PickupCreated {
        pickup_id: pickup_id.clone(),
        expires_at_us,
        key_id,
    });
    let sent = Details::NoticeSent(PortalMailSent {
        pickup_id: pickup_id.clone(),
        mail_id: notice_id,
        client: None,
    });
    for d in [created, sent] {
        w.events
            .push(d.into_event("portal").message(message_id).recipient(rcpt));
    }
    if p.cfg.notify_sender.contains(&SenderNote::Sent) && !sender.is_empty() {
        let text = format!(
            "Your message {message_id} to {rcpt} was kept on the {} secure portal; \
             the recipient was sent a link to read it there.\n",
            p.cfg.organisation
        );
        let note = p.prep.current().prepare(mail::sender_note(
            &p.cfg,
            &p.hostname,
            &pickup_id,
            sender,
            &text,
        ))?;
        w.new_messages.push(note.message);
    }
    Ok(())
}

/// Shred one pickup (`Expired` by lifetime, `Recalled` by an administrator),
/// with its event and, when configured, a note to the sender.
pub async fn end_pickup(
    portal: &Portal,
    row: PickupRow,
    to: PickupState,
    reason: Option<String>,
    actor: &str,
) -> Result<(), PortalError> {
    let was_read = row.first_viewed_at_us.is_some();
    let ended = PickupEnded {
        pickup_id: row.id.clone(),
        was_read,
        reason,
    };
    let details = match to {
        PickupState::Recalled => Details::Recalled(ended),
        _ => Details::PickupExpired(ended),
    };
    let mut w = PortalWrite {
        changes: vec![PickupChange::Shred {
            pickup_id: row.id.clone(),
            message_id: row.message_id.clone(),
            to,
        }],
        new_messages: Vec::new(),
        events: vec![
            details
                .into_event(actor)
                .message(&row.message_id)
                .recipient(&row.recipient),
        ],
    };
    let unread_expiry = to == PickupState::Expired && !was_read;
    if unread_expiry
        && portal.cfg.notify_sender.contains(&SenderNote::Expired)
        && let Some(note) = expiry_note(portal, &row).await?
    {
        w.new_messages.push(note);
    }
    portal.store.portal_write(w).await?;
    Ok(())
}

/// "Expired unread", to the original sender: the queue id, recipient and
/// dates only (no subject, no content).
async fn expiry_note(
    portal: &Portal,
    row: &PickupRow,
) -> Result<Option<crate::store::NewMessage>, PortalError> {
    let Some(env) = portal.store.envelope(&row.message_id).await? else {
        return Ok(None);
    };
    if env.mail_from.is_empty() {
        return Ok(None);
    }
    let text = format!(
        "Your message {} to {}, kept on the {} secure portal since {}, was not read \
         before it expired on {} and has been deleted.\n",
        row.message_id,
        row.recipient,
        portal.cfg.organisation,
        utc_minute(row.created_at_us),
        utc_minute(row.expires_at_us),
    );
    let sub = mail::sender_note(
        &portal.cfg,
        &portal.hostname,
        &row.id,
        &env.mail_from,
        &text,
    );
    Ok(Some(portal.prep.current().prepare(sub)?.message))
}
