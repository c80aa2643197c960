//! What `phirelay queue …` reads and changes: a recipient-per-row listing, one
//! message's envelope, recipients and attempts (never the content), and audited
//! admin changes (retry now, delete with a reason).

use super::{RecipientState, RecipientUpdate, Store, StoreError};

/// One row of `queue list`.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub message_id: String,
    pub received_at_us: i64,
    pub mail_from: String,
    pub idx: i64,
    pub recipient: String,
    pub domain: String,
    pub state: String,
    pub in_flight: bool,
    pub attempts: i64,
    pub due_at_us: i64,
    pub last_reply: Option<String>,
}

/// The listing as read (`in_flight` as 0/1 through the Any driver).
#[derive(sqlx::FromRow)]
struct QueueDbRow {
    message_id: String,
    received_at_us: i64,
    mail_from: String,
    idx: i64,
    recipient: String,
    domain: String,
    state: String,
    in_flight: i64,
    attempts: i64,
    due_at_us: i64,
    last_reply: Option<String>,
}

/// Filters of `queue list`.
#[derive(Debug, Clone, Default)]
pub struct QueueFilter {
    pub state: Option<RecipientState>,
    pub domain: Option<String>,
    /// Only mail received before this time (µs).
    pub received_before_us: Option<i64>,
    pub message_id: Option<String>,
    /// Include delivered, bounced, expired and deleted recipients.
    pub all: bool,
    pub limit: i64,
}

impl Store {
    /// Messages with a recipient still held that were received before
    /// `cutoff_us` (oldest first), for the held-mail expiry.
    pub async fn held_before(&self, cutoff_us: i64, limit: i64) -> Result<Vec<String>, StoreError> {
        let ids: Vec<(String,)> = sqlx::query_as(
            "SELECT m.id FROM messages m WHERE m.received_at_us < $1 AND EXISTS \
             (SELECT 1 FROM recipients r WHERE r.message_id = m.id AND r.state = 'held') \
             ORDER BY m.received_at_us LIMIT $2",
        )
        .bind(cutoff_us)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        Ok(ids.into_iter().map(|(id,)| id).collect())
    }

    pub async fn queue_rows(
        &self,
        f: &QueueFilter,
        now_us: i64,
    ) -> Result<Vec<QueueRow>, StoreError> {
        let rows: Vec<QueueDbRow> = sqlx::query_as(
            "SELECT r.message_id, m.received_at_us, m.mail_from, r.idx, r.address AS recipient, \
             r.domain, r.state, \
             CASE WHEN r.lease_until_us IS NOT NULL AND r.lease_until_us >= $1 THEN 1 ELSE 0 END \
             AS in_flight, r.attempts, r.due_at_us, r.last_reply \
             FROM recipients r JOIN messages m ON m.id = r.message_id \
             WHERE ($2 = 1 OR r.state IN ('queued', 'deferred', 'held')) \
               AND ($3 = '' OR r.state = $3) AND ($4 = '' OR r.domain = $4) \
               AND ($5 = 0 OR m.received_at_us < $5) AND ($6 = '' OR r.message_id = $6) \
             ORDER BY m.received_at_us, r.message_id, r.idx LIMIT $7",
        )
        .bind(now_us)
        .bind(i64::from(f.all))
        .bind(f.state.map(|s| s.as_str()).unwrap_or(""))
        .bind(f.domain.as_deref().unwrap_or(""))
        .bind(f.received_before_us.unwrap_or(0))
        .bind(f.message_id.as_deref().unwrap_or(""))
        .bind(f.limit)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| QueueRow {
                message_id: r.message_id,
                received_at_us: r.received_at_us,
                mail_from: r.mail_from,
                idx: r.idx,
                recipient: r.recipient,
                domain: r.domain,
                state: r.state,
                in_flight: r.in_flight != 0,
                attempts: r.attempts,
                due_at_us: r.due_at_us,
                last_reply: r.last_reply,
            })
            .collect())
    }
}

/// Updates for an admin action on pending, not-in-flight recipients of `rows`.
/// Held recipients are included only when `held` is true (delete): a retry
/// must never turn a portal decision into a delivery.
/// The due time `queue flush` and `queue retry` write: "due since the epoch".
/// Any node that claims such a recipient ends its back-off for the destination
/// (the back-off lives in each node's memory; this is how an admin reaches it).
pub const DUE_BY_ADMIN_US: i64 = 0;

pub fn admin_updates(
    rows: &[QueueRow],
    state: RecipientState,
    due_at_us: i64,
    held: bool,
) -> Vec<RecipientUpdate> {
    rows.iter()
        .filter(|r| {
            !r.in_flight
                && (matches!(r.state.as_str(), "queued" | "deferred")
                    || (held && r.state == "held"))
        })
        .map(|r| RecipientUpdate {
            idx: r.idx,
            state,
            due_at_us,
            attempted: false,
            last_code: None,
            last_reply: r.last_reply.clone(),
            only_if_idle: r.state != "held",
            only_if_held: r.state == "held",
        })
        .collect()
}
