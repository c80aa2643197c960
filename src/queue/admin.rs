//! An administrator bounces mail (`phirelay queue bounce`): the chosen pending
//! or held recipients become `bounced` with a local `5.7.1` reply, and the
//! sender gets a DSN exactly as for a failed delivery (through the acceptance
//! stage: headers only, no subject when the message is PHI or was protected),
//! all in one transaction with one `bounced` and one `admin` event per
//! recipient.

use std::time::Instant;

use super::job::{Job, JobRcpt};
use super::outcome::{self, Ctx, Facts};
use crate::accept::{AcceptError, Preparer};
use crate::audit::Details;
use crate::audit::details::{Admin, AdminAction};
use crate::config::QueueSection;
use crate::store::{DeliveryEnvelope, Outcome, RecipientRecord, RecipientState};
use crate::transport::Reply;
use crate::transport::deliver::Attempt;

/// Who bounces what, and why.
pub struct Bounce<'a> {
    pub hostname: &'a str,
    pub queue: &'a QueueSection,
    pub prep: &'a Preparer,
    pub actor: &'a str,
    pub reason: &'a str,
}

/// The outcome that bounces `recipients` (each must be queued, deferred or
/// held, and not in flight: the commit checks it again) of the message `env`.
pub fn bounce(
    b: &Bounce<'_>,
    env: &DeliveryEnvelope,
    content: &[u8],
    recipients: &[&RecipientRecord],
) -> Result<Outcome, AcceptError> {
    let job = Job {
        message_id: env.id.clone(),
        domain: String::new(),
        recipients: recipients
            .iter()
            .map(|r| JobRcpt {
                idx: r.idx,
                address: r.address.clone(),
                notify: r.notify.clone(),
                orcpt: r.orcpt.clone(),
                attempts: r.attempts,
                tls_required: false,
            })
            .collect(),
        loaded: None,
        leased_at: Instant::now(),
    };
    let reply = Reply::local(550, "5.7.1", "returned to the sender by an administrator");
    let attempt = Attempt::local(recipients.len(), reply, None);
    let ctx = Ctx {
        hostname: b.hostname,
        actor: b.actor,
        queue: b.queue,
        prep: b.prep,
        owner: "",
    };
    let facts = Facts {
        job: &job,
        env,
        content,
        attempt: &attempt,
        started: Instant::now(),
        attempted: false,
    };
    let mut o = outcome::build(&ctx, &facts)?;
    // Not a worker's result: no lease to check, but the recipient must still be
    // where the admin saw it.
    o.lease_owner = None;
    for (u, r) in o.updates.iter_mut().zip(recipients) {
        let held = r.state == RecipientState::Held;
        u.only_if_idle = !held;
        u.only_if_held = held;
    }
    for r in recipients {
        let admin = Details::Admin(Admin {
            action: AdminAction::Bounce,
            reason: Some(b.reason.to_string()),
            previous_state: r.state.as_str().to_string(),
        });
        o.events.push(
            admin
                .into_event(b.actor)
                .message(&env.id)
                .recipient(&r.address),
        );
    }
    Ok(o)
}
