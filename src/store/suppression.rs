//! Suppression's ground: `hard_bounces` holds one row per hard bounce (written
//! with its `bounced` event, `rows.rs`). Which addresses are suppressed is a
//! query over it; lifting a suppression deletes an address's rows, audited.

use sqlx::{AnyConnection, Row};

use super::{Store, StoreError, committer};
use crate::audit::details::{Admin, AdminAction};
use crate::audit::{Chain, Details};

/// An address with enough hard bounces in the window.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Suppressed {
    pub address: String,
    pub hard_bounces: i64,
    pub last_at_us: i64,
}

/// `suppression remove`: an address's hard bounces forgotten, with the reason.
pub struct Unsuppress {
    pub address: String,
    pub reason: String,
    pub actor: String,
}

impl Store {
    /// Addresses with at least `min` hard bounces since `since_us`, most
    /// recent first, at most `limit`.
    pub async fn suppressed(
        &self,
        min: u32,
        since_us: i64,
        limit: i64,
    ) -> Result<Vec<Suppressed>, StoreError> {
        let rows = sqlx::query(
            "SELECT address, count(*) AS n, max(at_us) AS last FROM hard_bounces \
             WHERE at_us >= $1 GROUP BY address HAVING count(*) >= $2 \
             ORDER BY max(at_us) DESC LIMIT $3",
        )
        .bind(since_us)
        .bind(i64::from(min))
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Suppressed {
                    address: r.try_get("address")?,
                    hard_bounces: r.try_get("n")?,
                    last_at_us: r.try_get("last")?,
                })
            })
            .collect()
    }

    /// Forget `u.address`'s hard bounces and record why, in one commit.
    pub async fn unsuppress(&self, u: Unsuppress) -> Result<(), StoreError> {
        self.write(committer::Write::Unsuppress(Box::new(u))).await
    }
}

pub(super) async fn apply(
    tx: &mut AnyConnection,
    node: &str,
    u: &Unsuppress,
    chain: &mut Chain,
) -> Result<(), StoreError> {
    let address = u.address.to_ascii_lowercase();
    let gone = sqlx::query("DELETE FROM hard_bounces WHERE address = $1")
        .bind(&address)
        .execute(&mut *tx)
        .await?;
    if gone.rows_affected() == 0 {
        return Err(StoreError::Conflict(format!(
            "{address} has no hard bounces on record"
        )));
    }
    let ev = Details::Admin(Admin {
        action: AdminAction::Unsuppress,
        reason: Some(u.reason.clone()),
        previous_state: "suppressed".into(),
    })
    .into_event(u.actor.clone())
    .recipient(address);
    committer::insert_event(tx, &chain.append(node, &ev)).await
}
