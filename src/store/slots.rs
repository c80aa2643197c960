//! Destination slots: the per-destination connection limit, held in the store
//! so that every node sharing it counts against the same limit. A slot is a
//! row taken under a lease (`holder`, `until_us`); a holder that dies frees it
//! when the lease runs out.

use super::StoreError;
use crate::store::Store;

impl Store {
    /// Take a free slot below `limit` for `domain`, or None when all are held.
    pub async fn take_destination_slot(
        &self,
        domain: &str,
        limit: usize,
        holder: &str,
        now_us: i64,
        until_us: i64,
    ) -> Result<Option<i64>, StoreError> {
        self.ensure_destination_slots(domain, limit).await?;
        let lock = self.skip_locked();
        let sql = format!(
            "UPDATE destination_slots SET holder = $1, until_us = $2 \
             WHERE (domain, slot) IN (SELECT domain, slot FROM destination_slots \
               WHERE domain = $3 AND slot < $4 AND (holder IS NULL OR until_us < $5) \
               ORDER BY slot LIMIT 1 {lock}) \
             RETURNING slot"
        );
        let slot: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(holder)
            .bind(until_us)
            .bind(domain)
            .bind(i64::try_from(limit).unwrap_or(i64::MAX))
            .bind(now_us)
            .fetch_optional(self.pool())
            .await?;
        Ok(slot)
    }

    /// Extend a held slot's lease; false if it is no longer this holder's.
    pub async fn renew_destination_slot(
        &self,
        domain: &str,
        slot: i64,
        holder: &str,
        until_us: i64,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query(
            "UPDATE destination_slots SET until_us = $1 WHERE domain = $2 AND slot = $3 AND holder = $4",
        )
        .bind(until_us)
        .bind(domain)
        .bind(slot)
        .bind(holder)
        .execute(self.pool())
        .await?;
        Ok(r.rows_affected() == 1)
    }

    /// Give a slot back (the worker's connection is closed).
    pub async fn release_destination_slot(
        &self,
        domain: &str,
        slot: i64,
        holder: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE destination_slots SET holder = NULL, until_us = NULL \
             WHERE domain = $1 AND slot = $2 AND holder = $3",
        )
        .bind(domain)
        .bind(slot)
        .bind(holder)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Free the slots an earlier run of this node held (it stopped without
    /// giving them back). Returns how many.
    pub async fn release_stale_slots(
        &self,
        node: &str,
        current_holder: &str,
    ) -> Result<u64, StoreError> {
        let r = sqlx::query(
            // A prefix compare, not LIKE: `_` and `%` in a node id are not wildcards.
            "UPDATE destination_slots SET holder = NULL, until_us = NULL \
             WHERE substr(holder, 1, length($1)) = $1 AND holder <> $2",
        )
        .bind(format!("{node}:"))
        .bind(current_holder)
        .execute(self.pool())
        .await?;
        Ok(r.rows_affected())
    }

    /// The slot rows 0..limit of `domain`, made on first use.
    async fn ensure_destination_slots(&self, domain: &str, limit: usize) -> Result<(), StoreError> {
        let rows = limit.clamp(1, 1000);
        let values: Vec<String> = (0..rows).map(|i| format!("($1, {i})")).collect();
        let sql = format!(
            "INSERT INTO destination_slots (domain, slot) VALUES {} ON CONFLICT DO NOTHING",
            values.join(", ")
        );
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(domain)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}
