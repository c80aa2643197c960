//! What `phirelay queue …` reads and changes: a recipient-per-row listing, one
//! message's envelope, recipients and attempts (never the content), and audited
//! admin changes (retry now, delete with a reason).

use sqlx::Row;

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
    pub async fn queue_rows(
        &self,
        f: &QueueFilter,
        now_us: i64,
    ) -> Result<Vec<QueueRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT r.message_id, m.received_at_us, m.mail_from, r.idx, r.address, r.domain, r.state, \
             CASE WHEN r.lease_until_us IS NOT NULL AND r.lease_until_us >= $1 THEN 1 ELSE 0 END, \
             r.attempts, r.due_at_us, r.last_reply \
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
        rows.iter()
            .map(|r| {
                Ok(QueueRow {
                    message_id: r.try_get(0)?,
                    received_at_us: r.try_get(1)?,
                    mail_from: r.try_get(2)?,
                    idx: r.try_get(3)?,
                    recipient: r.try_get(4)?,
                    domain: r.try_get(5)?,
                    state: r.try_get(6)?,
                    in_flight: r.try_get::<i64, _>(7)? != 0,
                    attempts: r.try_get(8)?,
                    due_at_us: r.try_get(9)?,
                    last_reply: r.try_get(10)?,
                })
            })
            .collect()
    }
}

/// Updates for an admin action on pending, not-in-flight recipients of `rows`.
pub fn admin_updates(
    rows: &[QueueRow],
    state: RecipientState,
    due_at_us: i64,
) -> Vec<RecipientUpdate> {
    rows.iter()
        .filter(|r| !r.in_flight && matches!(r.state.as_str(), "queued" | "deferred"))
        .map(|r| RecipientUpdate {
            idx: r.idx,
            state,
            due_at_us,
            attempted: false,
            last_code: None,
            last_reply: r.last_reply.clone(),
            only_if_idle: true,
        })
        .collect()
}
