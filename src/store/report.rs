//! What the monthly compliance report reads: the views of
//! `migrations/*/0008_compliance.sql` for one period, every value cast to text
//! or bigint so both backends read alike through the `Any` driver.

use super::{Store, StoreError};

/// One day of `daily_summary`, summed over sending domains.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct DayRow {
    pub day: String,
    pub accepted: i64,
    pub accepted_phi: i64,
    pub delivered_dane: i64,
    pub delivered_mta_sts: i64,
    pub delivered_pkix: i64,
    pub delivered_tls_unverified: i64,
    pub delivered_clear: i64,
    pub portal: i64,
    pub bounced: i64,
    pub deferred: i64,
    pub expired: i64,
    pub rejected: i64,
}

/// One row of `phi_unverified`.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct IncidentRow {
    pub message_id: String,
    pub recipient: String,
    pub delivered_at: Option<String>,
    pub rule: Option<String>,
    pub mx_host: Option<String>,
    pub tls_version: Option<String>,
}

impl Store {
    /// `daily_summary` per day in `[from_day, to_day)` (YYYY-MM-DD), all domains.
    pub async fn report_days(
        &self,
        from_day: &str,
        to_day: &str,
    ) -> Result<Vec<DayRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT CAST(day AS TEXT) AS day, CAST(sum(accepted) AS BIGINT) AS accepted, \
             CAST(sum(accepted_phi) AS BIGINT) AS accepted_phi, \
             CAST(sum(delivered_dane) AS BIGINT) AS delivered_dane, \
             CAST(sum(delivered_mta_sts) AS BIGINT) AS delivered_mta_sts, \
             CAST(sum(delivered_pkix) AS BIGINT) AS delivered_pkix, \
             CAST(sum(delivered_tls_unverified) AS BIGINT) AS delivered_tls_unverified, \
             CAST(sum(delivered_clear) AS BIGINT) AS delivered_clear, \
             CAST(sum(portal) AS BIGINT) AS portal, CAST(sum(bounced) AS BIGINT) AS bounced, \
             CAST(sum(deferred) AS BIGINT) AS deferred, CAST(sum(expired) AS BIGINT) AS expired, \
             CAST(sum(rejected) AS BIGINT) AS rejected \
             FROM daily_summary WHERE CAST(day AS TEXT) >= $1 AND CAST(day AS TEXT) < $2 \
             GROUP BY CAST(day AS TEXT) ORDER BY 1",
        )
        .bind(from_day)
        .bind(to_day)
        .fetch_all(self.pool())
        .await?)
    }

    /// Refusals by reason in the period.
    pub async fn report_rejects(
        &self,
        from_day: &str,
        to_day: &str,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT COALESCE(reason, 'unknown'), CAST(sum(rejected) AS BIGINT) FROM daily_rejects \
             WHERE CAST(day AS TEXT) >= $1 AND CAST(day AS TEXT) < $2 \
             GROUP BY COALESCE(reason, 'unknown') ORDER BY 2 DESC, 1",
        )
        .bind(from_day)
        .bind(to_day)
        .fetch_all(self.pool())
        .await?)
    }

    /// `phi_unverified` rows delivered in the period.
    pub async fn report_incidents(
        &self,
        from_day: &str,
        to_day: &str,
    ) -> Result<Vec<IncidentRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT message_id, recipient, CAST(delivered_at AS TEXT) AS delivered_at, rule, \
             mx_host, tls_version FROM phi_unverified \
             WHERE CAST(delivered_at AS TEXT) >= $1 AND CAST(delivered_at AS TEXT) < $2 \
             ORDER BY 3",
        )
        .bind(from_day)
        .bind(to_day)
        .fetch_all(self.pool())
        .await?)
    }

    /// The `details` of `classified` events in `[from_us, to_us)`, page by page.
    pub async fn classified_details(
        &self,
        after_seq: i64,
        from_us: i64,
        to_us: i64,
        limit: i64,
    ) -> Result<Vec<(i64, String)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT seq, details FROM audit_events WHERE event = 'classified' AND seq > $1 \
             AND at_us >= $2 AND at_us < $3 ORDER BY seq LIMIT $4",
        )
        .bind(after_seq)
        .bind(from_us)
        .bind(to_us)
        .bind(limit)
        .fetch_all(self.pool())
        .await?)
    }

    /// Administrator actions in the period, by action.
    pub async fn report_admin(
        &self,
        from_us: i64,
        to_us: i64,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT action, CAST(count(*) AS BIGINT) FROM admin_actions WHERE seq IN \
             (SELECT seq FROM audit_events WHERE at_us >= $1 AND at_us < $2) \
             GROUP BY action ORDER BY 2 DESC, 1",
        )
        .bind(from_us)
        .bind(to_us)
        .fetch_all(self.pool())
        .await?)
    }
}
