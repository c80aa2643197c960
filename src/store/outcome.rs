//! Queue writes and reads: claiming due recipients under a lease, recording the
//! result of a delivery attempt (state, audit events and any DSN in ONE
//! transaction), releasing leases, and the admin changes behind `queue retry`,
//! `queue delete` and `queue flush`.

use sqlx::Row;

use super::committer::Write;
use super::{NewMessage, RecipientState, Store, StoreError};
use crate::audit::AuditEvent;

/// A recipient's new state after an attempt (or an admin action).
#[derive(Debug, Clone)]
pub struct RecipientUpdate {
    pub idx: i64,
    pub state: RecipientState,
    pub due_at_us: i64,
    /// Whether this was an attempt (counts toward the retry schedule).
    pub attempted: bool,
    pub last_code: Option<i64>,
    pub last_reply: Option<String>,
    /// Admin changes: apply only if the recipient is still pending and not leased
    /// by a worker (else the transaction fails and nothing changes).
    pub only_if_idle: bool,
    /// Admin changes to held recipients (release, delete): apply only to a
    /// recipient that is still held.
    pub only_if_held: bool,
}

/// Everything one attempt changes, committed together.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub message_id: String,
    pub updates: Vec<RecipientUpdate>,
    pub events: Vec<AuditEvent>,
    /// Delivery status notifications created by this outcome.
    pub new_messages: Vec<NewMessage>,
    /// A worker's outcome applies only while the worker still holds the lease
    /// and the recipient is still pending: a lease that ran out and was taken by
    /// another node (or an admin change meanwhile) makes the whole outcome fail
    /// rather than overwrite a newer state. None for admin changes, which use
    /// `only_if_idle` instead.
    pub lease_owner: Option<String>,
    /// An admin release of held recipients: their new decisions and the data
    /// key re-wrapped under the envelope digest those decisions make
    /// (store/binding.rs), committed with the state change.
    pub rebind: Option<Rebind>,
}

/// New decisions for some recipients, and the re-wrapped data key.
#[derive(Debug, Clone)]
pub struct Rebind {
    /// Every recipient's decision as read when the key was re-wrapped: if any
    /// changed since (another release), the commit fails rather than store a
    /// key bound to decisions the rows no longer hold.
    pub expected: Vec<(i64, super::Protection)>,
    pub decisions: Vec<(i64, super::Protection)>,
    pub key_id: String,
    pub wrapped_key: Vec<u8>,
}

/// A recipient claimed for delivery.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub message_id: String,
    pub idx: i64,
    pub address: String,
    pub domain: String,
    pub notify: Option<String>,
    pub orcpt: Option<String>,
    pub attempts: i64,
    pub decision: super::Protection,
    /// An administrator made it due (`queue flush`/`retry`): a destination
    /// back-off in force on the node that claims it ends.
    pub due_by_admin: bool,
}

/// The envelope the queue needs to send a stored message.
#[derive(Debug, Clone)]
pub struct DeliveryEnvelope {
    pub id: String,
    pub mail_from: String,
    pub received_at_us: i64,
    pub smtputf8: bool,
    pub dsn_ret: Option<String>,
    pub dsn_envid: Option<String>,
    pub requiretls: bool,
    pub tls_optional: bool,
    /// The strictest protection of any recipient at acceptance.
    pub protection: super::Protection,
    /// Labelled PHI (or not fully readable) at acceptance.
    pub phi: bool,
}

/// `messages` columns as read for delivery; booleans come as integers through
/// the Any driver, so they are read with CASE and converted here.
#[derive(sqlx::FromRow)]
struct EnvelopeRow {
    id: String,
    mail_from: String,
    received_at_us: i64,
    smtputf8: i64,
    dsn_ret: Option<String>,
    dsn_envid: Option<String>,
    requiretls: i64,
    tls_optional: i64,
    protection: String,
    phi: i64,
}

impl From<EnvelopeRow> for DeliveryEnvelope {
    fn from(r: EnvelopeRow) -> Self {
        Self {
            id: r.id,
            mail_from: r.mail_from,
            received_at_us: r.received_at_us,
            smtputf8: r.smtputf8 != 0,
            dsn_ret: r.dsn_ret,
            dsn_envid: r.dsn_envid,
            requiretls: r.requiretls != 0,
            tls_optional: r.tls_optional != 0,
            protection: super::Protection::parse_or_strictest(&r.protection),
            phi: r.phi != 0,
        }
    }
}

impl Store {
    /// Commit an attempt's outcome (group-committed with other writes).
    pub async fn record_outcome(&self, outcome: Outcome) -> Result<(), StoreError> {
        self.write(Write::Outcome(Box::new(outcome))).await
    }

    /// Lease up to `limit` due recipients to `owner` until `lease_until_us`.
    pub async fn claim_due(
        &self,
        owner: &str,
        now_us: i64,
        lease_until_us: i64,
        limit: i64,
    ) -> Result<Vec<Claimed>, StoreError> {
        let lock = self.skip_locked();
        let sql = format!(
            "UPDATE recipients SET lease_owner = $1, lease_until_us = $2 \
             WHERE (message_id, idx) IN (SELECT message_id, idx FROM recipients \
               WHERE state IN ('queued', 'deferred') AND due_at_us <= $3 \
               AND (lease_until_us IS NULL OR lease_until_us < $3) \
               ORDER BY due_at_us LIMIT $4 {lock}) \
             RETURNING message_id, idx, address, domain, dsn_notify, dsn_orcpt, attempts, decision, due_at_us"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(owner)
            .bind(lease_until_us)
            .bind(now_us)
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Claimed {
                    message_id: r.try_get("message_id")?,
                    idx: r.try_get("idx")?,
                    address: r.try_get("address")?,
                    domain: r.try_get("domain")?,
                    notify: r.try_get("dsn_notify")?,
                    orcpt: r.try_get("dsn_orcpt")?,
                    attempts: r.try_get("attempts")?,
                    decision: super::Protection::parse_or_strictest(
                        &r.try_get::<String, _>("decision")?,
                    ),
                    due_by_admin: r.try_get::<i64, _>("due_at_us")? == super::DUE_BY_ADMIN_US,
                })
            })
            .collect()
    }

    /// Free leases a previous run of this node left behind (it crashed or was
    /// killed mid-delivery): that mail is due again now. Returns how many.
    pub async fn release_stale_leases(
        &self,
        node: &str,
        current_owner: &str,
    ) -> Result<u64, StoreError> {
        let r = sqlx::query(
            // A prefix compare, not LIKE: `_` and `%` in a node id are not wildcards.
            "UPDATE recipients SET lease_owner = NULL, lease_until_us = NULL \
             WHERE substr(lease_owner, 1, length($1)) = $1 AND lease_owner <> $2",
        )
        .bind(format!("{node}:"))
        .bind(current_owner)
        .execute(self.pool())
        .await?;
        Ok(r.rows_affected())
    }

    /// Give up a lease without an attempt (shutdown, no slot, no room): only
    /// where `owner` still holds it, never a lease another claim took since.
    pub async fn release_lease(
        &self,
        message_id: &str,
        idx: &[i64],
        owner: &str,
    ) -> Result<(), StoreError> {
        for i in idx {
            sqlx::query(
                "UPDATE recipients SET lease_owner = NULL, lease_until_us = NULL \
                 WHERE message_id = $1 AND idx = $2 AND lease_owner = $3",
            )
            .bind(message_id)
            .bind(*i)
            .bind(owner)
            .execute(self.pool())
            .await?;
        }
        Ok(())
    }

    /// Extend this node's lease on a job's recipients; false if any was taken over
    /// meanwhile (then the job must not be sent: another node has it).
    pub async fn renew_lease(
        &self,
        message_id: &str,
        idx: &[i64],
        owner: &str,
        until_us: i64,
    ) -> Result<bool, StoreError> {
        let mut all = true;
        for i in idx {
            let r = sqlx::query(
                "UPDATE recipients SET lease_until_us = $1 WHERE message_id = $2 AND idx = $3 \
                 AND lease_owner = $4 AND state IN ('queued', 'deferred')",
            )
            .bind(until_us)
            .bind(message_id)
            .bind(*i)
            .bind(owner)
            .execute(self.pool())
            .await?;
            all &= r.rows_affected() == 1;
        }
        Ok(all)
    }

    pub async fn envelope(&self, id: &str) -> Result<Option<DeliveryEnvelope>, StoreError> {
        let row: Option<EnvelopeRow> = sqlx::query_as(
            "SELECT id, mail_from, received_at_us, CASE WHEN smtputf8 THEN 1 ELSE 0 END AS smtputf8, \
             dsn_ret, dsn_envid, CASE WHEN requiretls THEN 1 ELSE 0 END AS requiretls, \
             CASE WHEN tls_optional THEN 1 ELSE 0 END AS tls_optional, protection, \
             CASE WHEN phi THEN 1 ELSE 0 END AS phi FROM messages WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(DeliveryEnvelope::from))
    }
}
