//! Transport-security state: cached MTA-STS policies and TLS-RPT counters.

use super::{Store, StoreError};

/// A cached MTA-STS policy row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StsRow {
    pub domain: String,
    pub policy_id: String,
    pub mode: String,
    pub mx: Vec<String>,
    pub max_age: i64,
    pub fetched_at_us: i64,
    pub expires_at_us: i64,
}

/// `mta_sts_policies` as stored: MX patterns one per line.
#[derive(sqlx::FromRow)]
struct StsDbRow {
    domain: String,
    policy_id: String,
    mode: String,
    mx: String,
    max_age: i64,
    fetched_at_us: i64,
    expires_at_us: i64,
}

/// One TLS-RPT observation (RFC 8460 §4.4), counted per day.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TlsResult {
    pub day: String,
    pub policy_domain: String,
    pub policy_type: String,
    pub policy_string: String,
    pub mx_host: String,
    pub result_type: String,
    pub receiving_ip: String,
    pub failure_reason: String,
    pub count: i64,
}

impl Store {
    pub async fn sts_policy(&self, domain: &str) -> Result<Option<StsRow>, StoreError> {
        let row: Option<StsDbRow> = sqlx::query_as(
            "SELECT domain, policy_id, mode, mx, max_age, fetched_at_us, expires_at_us \
             FROM mta_sts_policies WHERE domain = $1",
        )
        .bind(domain)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| StsRow {
            domain: r.domain,
            policy_id: r.policy_id,
            mode: r.mode,
            mx: r.mx.lines().map(String::from).collect(),
            max_age: r.max_age,
            fetched_at_us: r.fetched_at_us,
            expires_at_us: r.expires_at_us,
        }))
    }

    pub async fn put_sts_policy(&self, p: &StsRow) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO mta_sts_policies (domain, policy_id, mode, mx, max_age, fetched_at_us, expires_at_us) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (domain) DO UPDATE SET \
             policy_id = excluded.policy_id, mode = excluded.mode, mx = excluded.mx, \
             max_age = excluded.max_age, fetched_at_us = excluded.fetched_at_us, \
             expires_at_us = excluded.expires_at_us",
        )
        .bind(&p.domain)
        .bind(&p.policy_id)
        .bind(&p.mode)
        .bind(p.mx.join("\n"))
        .bind(p.max_age)
        .bind(p.fetched_at_us)
        .bind(p.expires_at_us)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Add to the day's counter for this policy, host and result.
    pub async fn count_tls_result(&self, r: &TlsResult) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO tls_report_results (day, policy_domain, policy_type, policy_string, mx_host, \
             result_type, receiving_ip, failure_reason, count) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) \
             ON CONFLICT (day, policy_domain, policy_type, mx_host, result_type, receiving_ip) \
             DO UPDATE SET count = tls_report_results.count + excluded.count, \
             policy_string = excluded.policy_string, failure_reason = excluded.failure_reason",
        )
        .bind(&r.day)
        .bind(&r.policy_domain)
        .bind(&r.policy_type)
        .bind(&r.policy_string)
        .bind(&r.mx_host)
        .bind(&r.result_type)
        .bind(&r.receiving_ip)
        .bind(&r.failure_reason)
        .bind(r.count)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Counters for one recipient domain and day.
    pub async fn tls_results(
        &self,
        policy_domain: &str,
        day: &str,
    ) -> Result<Vec<TlsResult>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT day, policy_domain, policy_type, policy_string, mx_host, result_type, \
             receiving_ip, failure_reason, count FROM tls_report_results \
             WHERE policy_domain = $1 AND day = $2 ORDER BY policy_type, mx_host, result_type",
        )
        .bind(policy_domain)
        .bind(day)
        .fetch_all(self.pool())
        .await?)
    }

    /// Domains with counters for `day` and no report sent yet.
    pub async fn tls_report_due(&self, day: &str) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT DISTINCT policy_domain FROM tls_report_results r WHERE day = $1 AND NOT EXISTS \
             (SELECT 1 FROM tls_reports_sent s WHERE s.day = r.day AND s.policy_domain = r.policy_domain) \
             ORDER BY policy_domain",
        )
        .bind(day)
        .fetch_all(self.pool())
        .await?)
    }

    pub async fn mark_tls_report_sent(
        &self,
        day: &str,
        domain: &str,
        report_id: &str,
        now_us: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO tls_reports_sent (day, policy_domain, report_id, sent_at_us) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (day, policy_domain) DO NOTHING",
        )
        .bind(day)
        .bind(domain)
        .bind(report_id)
        .bind(now_us)
        .execute(self.pool())
        .await?;
        Ok(())
    }
}
