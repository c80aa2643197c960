//! The policy version history (`policy_versions`, `policy_runs`): every policy
//! document a node ran with, and when. A start (or, later, a reload) is one
//! commit: the version row if it is new, the end of the node's previous run, the
//! new run, and the `config_loaded` audit event.

use sqlx::AnyConnection;

use super::{Store, StoreError, committer};
use crate::audit::{AuditEvent, Chain, EventType};
use crate::config::PolicyVersion;

/// Why a node started running a version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LoadReason {
    /// `phirelay serve` started.
    Start,
    /// The configuration was reloaded while running.
    Reload,
}

impl LoadReason {
    pub fn as_str(self) -> &'static str {
        match self {
            LoadReason::Start => "start",
            LoadReason::Reload => "reload",
        }
    }
}

/// A node starts running `version`.
pub struct PolicyLoad {
    pub version: PolicyVersion,
    pub reason: LoadReason,
    pub actor: String,
    pub at_us: i64,
}

/// One row of `policy_runs` with its version's document.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PolicyRun {
    pub node: String,
    pub sha256: String,
    pub started_at_us: i64,
    pub ended_at_us: Option<i64>,
}

impl Store {
    /// Record that this node now runs `load.version` (audited, one commit).
    pub async fn policy_loaded(&self, load: PolicyLoad) -> Result<(), StoreError> {
        self.write(committer::Write::PolicyLoaded(Box::new(load)))
            .await
    }

    /// Close this node's open run (a clean stop); a crash leaves it open until
    /// the node's next start closes it at that time.
    pub async fn policy_stopped(&self, at_us: i64) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE policy_runs SET ended_at_us = $1 WHERE node = $2 AND ended_at_us IS NULL",
        )
        .bind(at_us)
        .bind(self.node())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Keep `version`'s document if it is new (no run, no event): for CLI verbs
    /// that write mail (a DSN, a TLS report), whose `classified` events name the
    /// CLI's version.
    pub async fn remember_policy_version(&self, v: &PolicyVersion) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO policy_versions (sha256, document, first_seen_at_us) VALUES ($1, $2, $3) \
             ON CONFLICT (sha256) DO NOTHING",
        )
        .bind(&v.sha256)
        .bind(&v.document)
        .bind(crate::util::now_us())
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// Every run, newest first.
    pub async fn policy_runs(&self) -> Result<Vec<PolicyRun>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT node, sha256, started_at_us, ended_at_us FROM policy_runs \
             ORDER BY started_at_us DESC, node",
        )
        .fetch_all(self.pool())
        .await?)
    }

    /// The document of a version, by its full SHA-256 or a prefix of it.
    pub async fn policy_document(
        &self,
        sha256: &str,
    ) -> Result<Option<(String, String)>, StoreError> {
        let like = format!("{}%", sha256.to_ascii_lowercase());
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT sha256, document FROM policy_versions WHERE sha256 LIKE $1 LIMIT 2",
        )
        .bind(like)
        .fetch_all(self.pool())
        .await?;
        Ok(match rows.as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        })
    }
}

/// The commit's part: version (if new), run, event.
pub(super) async fn apply(
    tx: &mut AnyConnection,
    node: &str,
    load: &PolicyLoad,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    let v = &load.version;
    let known: Option<(String,)> =
        sqlx::query_as("SELECT sha256 FROM policy_versions WHERE sha256 = $1")
            .bind(&v.sha256)
            .fetch_optional(&mut *tx)
            .await?;
    if known.is_none() {
        sqlx::query(
            "INSERT INTO policy_versions (sha256, document, first_seen_at_us) VALUES ($1, $2, $3)",
        )
        .bind(&v.sha256)
        .bind(&v.document)
        .bind(load.at_us)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE policy_runs SET ended_at_us = $1 WHERE node = $2 AND ended_at_us IS NULL")
        .bind(load.at_us)
        .bind(node)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO policy_runs (node, sha256, started_at_us, ended_at_us) VALUES ($1, $2, $3, NULL)",
    )
    .bind(node)
    .bind(&v.sha256)
    .bind(load.at_us)
    .execute(&mut *tx)
    .await?;
    let mut ev = AuditEvent::new(
        EventType::ConfigLoaded,
        load.actor.clone(),
        serde_json::json!({
            "policy_version": v.sha256,
            "reason": load.reason.as_str(),
            "new_version": known.is_none(),
        }),
    );
    ev.at_us = load.at_us;
    super::committer::insert_event(tx, &chain.append(node, &ev)).await
}
