//! The store: accepted messages, recipients and the audit log, in SQLite (the
//! embedded default) or PostgreSQL (production, several nodes), behind one type.
//!
//! Both backends share one SQL text (`$n` placeholders work in both) through sqlx's
//! `Any` driver with primitive types only; where the dialects differ the statement
//! says so. Migrations are embedded and run at start (and by `phirelay migrate`).
//! Writes go through one committer task per node ([`committer`]), which groups the
//! writes of concurrent sessions into one transaction (group commit) and keeps the
//! audit chain linear. Content arrives already sealed ([`crypto`]): no plaintext body
//! reaches the database or the disk.
//!
//! Every failure here is temporary for SMTP peers (451 4.3.0): fail closed.

mod admin;
pub mod api;
pub mod binding;
mod committer;
pub mod compliance;
pub mod crypto;
mod model;
mod outcome;
mod pickups;
mod policy_versions;
mod read;
pub mod report;
mod retention;
mod rows;
mod security;
mod slots;
mod suppression;
pub mod webhooks;

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};
use tokio::sync::mpsc;

pub use crate::config::StoreBackend;
use crate::config::StoreConfig;
pub use admin::{DUE_BY_ADMIN_US, QueueFilter, QueueRow, admin_updates};
pub use crypto::{MasterKeys, PendingRotation, Sealed, prepare_rotation};
pub use model::*;
pub use outcome::{Claimed, DeliveryEnvelope, Outcome, Rebind, RecipientUpdate};
pub use pickups::{NewPickup, PickupChange, PickupRow, PickupSecret, PickupState, PortalWrite};
pub use policy_versions::{LoadReason, PolicyLoad, PolicyRun};
pub use retention::ContentPurge;
pub use security::{StsRow, TlsResult};
pub use suppression::{Suppressed, Unsuppress};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("migrations/postgres");

/// A store failure: the wire sees only "local error", the log sees the reason.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Db(#[from] sqlx::Error),
    #[error("migrations: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error(
        "the database schema is behind this binary (pending migration {0}); fix: run `phirelay migrate` as the owner role"
    )]
    SchemaBehind(i64),
    #[error("the store's writer has stopped")]
    WriterGone,
    #[error("the store did not answer within {0:?}")]
    Timeout(Duration),
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    #[error("{0}")]
    Conflict(String),
    #[error("crypto: {0}")]
    Crypto(#[from] crypto::CryptoError),
    #[error(
        "cannot connect to {target}: {reason}; fix: check store.url (host, port, user, password, sslmode) and that PostgreSQL runs and accepts this client"
    )]
    Unreachable { target: String, reason: String },
}

impl StoreError {
    /// PostgreSQL aborted the transaction to break a deadlock or a
    /// serialization conflict with another session (SQLSTATE 40P01, 40001):
    /// nothing of it was kept, and running it again is safe. Nodes sharing one
    /// database can meet this way at the audit head.
    pub fn is_retryable_conflict(&self) -> bool {
        match self {
            StoreError::Db(sqlx::Error::Database(db)) => {
                matches!(db.code().as_deref(), Some("40P01" | "40001"))
            }
            _ => false,
        }
    }

    /// The connection was gone before or during the statement (the server
    /// restarted, failed over, or an admin ended the session): nothing of the
    /// transaction was kept unless the COMMIT itself was under way, and a
    /// fresh connection may well succeed.
    pub fn is_lost_connection(&self) -> bool {
        match self {
            StoreError::Db(sqlx::Error::Io(_)) => true,
            // Class 08 (connection exception), 57P01-57P03 (shutdown, crash, cannot connect now).
            StoreError::Db(sqlx::Error::Database(db)) => db.code().is_some_and(|c| {
                c.starts_with("08") || matches!(c.as_ref(), "57P01" | "57P02" | "57P03")
            }),
            _ => false,
        }
    }
}

/// The store handle, cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    /// The committer's own connection (on its thread): closed with the store.
    writer_pool: AnyPool,
    backend: StoreBackend,
    node: Arc<str>,
    writer: mpsc::Sender<committer::Job>,
    write_timeout: Duration,
}

/// How long a session waits for its commit before answering 451 (the write may
/// still land later; the client's retry then makes a duplicate, never a loss).
const WRITE_TIMEOUT: Duration = Duration::from_secs(60);

impl Store {
    /// Connect, bring the schema up to date and start the committer.
    pub async fn open(cfg: &StoreConfig, node: &str) -> Result<Self, StoreError> {
        let pool = connect(cfg, PoolRole::Shared).await?;
        ensure_schema(&pool, cfg.backend).await?;
        let (writer, jobs) = mpsc::channel(cfg.max_batch * 4);
        let node: Arc<str> = Arc::from(node);
        let writer_pool = committer::start(cfg.clone(), node.clone(), jobs).await?;
        Ok(Self {
            pool,
            writer_pool,
            backend: cfg.backend,
            node,
            writer,
            write_timeout: WRITE_TIMEOUT,
        })
    }

    /// Connect and run pending migrations (the `migrate` verb); no committer.
    pub async fn migrate(cfg: &StoreConfig) -> Result<Vec<i64>, StoreError> {
        let pool = connect(cfg, PoolRole::Shared).await?;
        let migrator = migrator(cfg.backend);
        let before = applied_versions(&pool).await.unwrap_or_default();
        migrator.run(&pool).await?;
        pool.close().await;
        Ok(migrator
            .iter()
            .map(|m| m.version)
            .filter(|v| !before.contains(v))
            .collect())
    }

    pub fn backend(&self) -> StoreBackend {
        self.backend
    }

    /// The row-lock clause of a claim's inner SELECT: on PostgreSQL, SKIP
    /// LOCKED lets several nodes claim side by side without waiting on each
    /// other or taking the same rows; SQLite's one writer needs none.
    pub(super) fn skip_locked(&self) -> &'static str {
        match self.backend {
            StoreBackend::Postgres => "FOR UPDATE SKIP LOCKED",
            StoreBackend::Sqlite => "",
        }
    }

    pub fn node(&self) -> &str {
        &self.node
    }

    /// Commit an accepted message with its recipients and audit events in one
    /// transaction. Only after `Ok` may the client hear 250.
    pub async fn accept(&self, msg: NewMessage) -> Result<(), StoreError> {
        self.write(committer::Write::Accept(Box::new(msg))).await
    }

    /// Append one audit event on its own (e.g. a rejection).
    pub async fn audit(&self, ev: crate::audit::AuditEvent) -> Result<(), StoreError> {
        self.write(committer::Write::Audit(ev)).await
    }

    async fn write(&self, write: committer::Write) -> Result<(), StoreError> {
        let (done, result) = tokio::sync::oneshot::channel();
        let job = committer::Job { write, done };
        let fut = async {
            self.writer
                .send(job)
                .await
                .map_err(|_| StoreError::WriterGone)?;
            result.await.map_err(|_| StoreError::WriterGone)?
        };
        tokio::time::timeout(self.write_timeout, fut)
            .await
            .map_err(|_| StoreError::Timeout(self.write_timeout))?
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    pub async fn close(&self) {
        self.writer_pool.close().await;
        self.pool.close().await;
    }
}

fn migrator(backend: StoreBackend) -> &'static sqlx::migrate::Migrator {
    match backend {
        StoreBackend::Sqlite => &SQLITE_MIGRATIONS,
        StoreBackend::Postgres => &POSTGRES_MIGRATIONS,
    }
}

/// Who a pool serves: the committer's connection gets its own settings.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum PoolRole {
    Shared,
    Committer,
}

pub(super) async fn connect(cfg: &StoreConfig, role: PoolRole) -> Result<AnyPool, StoreError> {
    sqlx::any::install_default_drivers();
    if cfg.backend == StoreBackend::Sqlite
        && let Some(dir) = sqlite_file(&cfg.url).and_then(|f| f.parent().map(|p| p.to_path_buf()))
        && !dir.as_os_str().is_empty()
    {
        create_private_dir(&dir).map_err(|e| StoreError::Db(sqlx::Error::Io(e)))?;
    }
    let backend = cfg.backend;
    let opts = AnyConnectOptions::from_str(&match backend {
        StoreBackend::Postgres => with_statement_cache(&cfg.url),
        StoreBackend::Sqlite => cfg.url.clone(),
    })?;
    if backend == StoreBackend::Postgres {
        first_connection(&opts, &cfg.url).await?;
    }
    let pool = AnyPoolOptions::new()
        .max_connections(match backend {
            StoreBackend::Sqlite => 4,
            StoreBackend::Postgres => cfg.max_connections,
        })
        .acquire_timeout(Duration::from_secs(10))
        // The committer's connection is busy all the time: a ping before each
        // commit was one more round trip everyone waits on. A connection that
        // died meanwhile fails its batch, whose writes are then retried one by
        // one on fresh connections (see committer.rs).
        .test_before_acquire(role != PoolRole::Committer)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if backend == StoreBackend::Sqlite {
                    // WAL: readers never block the writer. synchronous=FULL: a commit is on
                    // disk when it returns, so a 250 survives power loss.
                    conn.execute(
                        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; \
                         PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;",
                    )
                    .await?;
                }
                if backend == StoreBackend::Postgres && role == PoolRole::Committer {
                    // The committer only finds rows by key. Its statements are
                    // prepared once per connection, often while the tables are
                    // still empty, when a sequential scan looks as cheap as the
                    // index; kept as the table grows, that plan reads it all.
                    conn.execute("SET enable_seqscan = off").await?;
                }
                Ok(())
            })
        })
        .connect_with(opts)
        .await?;
    Ok(pool)
}

/// Prepared statements a PostgreSQL connection keeps, unless the URL says.
///
/// The committer sends one statement text per table and row count (up to 32
/// rows), some 200 texts in all; with sqlx's default of 100 the least used
/// were evicted and prepared again, a round trip each, inside the commit that
/// every session waits on (docs/performance.md).
const STATEMENT_CACHE: usize = 512;

fn with_statement_cache(url: &str) -> String {
    if url.contains("statement-cache-capacity=") {
        return url.to_string();
    }
    let joiner = if url.contains('?') { '&' } else { '?' };
    format!("{url}{joiner}statement-cache-capacity={STATEMENT_CACHE}")
}

/// One direct connection before the pool: the pool retries a refused or
/// failing connection until its acquire timeout and then says only "pool timed
/// out"; this says where and why, within a few seconds.
async fn first_connection(opts: &AnyConnectOptions, url: &str) -> Result<(), StoreError> {
    use sqlx::Connection;
    let target = crate::config::redact_url(url);
    match tokio::time::timeout(
        Duration::from_secs(5),
        sqlx::AnyConnection::connect_with(opts),
    )
    .await
    {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
            Ok(())
        }
        Ok(Err(e)) => Err(StoreError::Unreachable {
            target,
            reason: e.to_string(),
        }),
        Err(_) => Err(StoreError::Unreachable {
            target,
            reason: "no answer within 5 seconds".into(),
        }),
    }
}

/// The file behind a `sqlite://PATH?...` URL.
fn sqlite_file(url: &str) -> Option<std::path::PathBuf> {
    let rest = url.strip_prefix("sqlite://")?;
    let path = rest.split('?').next()?;
    Some(std::path::PathBuf::from(path))
}

/// Create the data directory readable by its owner only (it holds the key and database).
pub fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if dir.exists() {
        return Ok(());
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

async fn applied_versions(pool: &AnyPool) -> Result<Vec<i64>, sqlx::Error> {
    sqlx::query_scalar::<_, i64>("SELECT version FROM _sqlx_migrations WHERE success")
        .fetch_all(pool)
        .await
}

/// Run pending migrations; a relay role without DDL rights gets a clear message.
async fn ensure_schema(pool: &AnyPool, backend: StoreBackend) -> Result<(), StoreError> {
    let migrator = migrator(backend);
    let applied = applied_versions(pool).await.unwrap_or_default();
    let pending = migrator
        .iter()
        .map(|m| m.version)
        .find(|v| !applied.contains(v));
    let Some(first_pending) = pending else {
        return Ok(());
    };
    match migrator.run(pool).await {
        Ok(()) => Ok(()),
        Err(e) if backend == StoreBackend::Postgres => {
            tracing::error!(error = %e, "cannot apply migrations with this role");
            Err(StoreError::SchemaBehind(first_pending))
        }
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod conflict_tests {
    use std::borrow::Cow;

    use super::StoreError;

    /// A database error with a given SQLSTATE, as a driver reports it.
    #[derive(Debug)]
    struct Coded(&'static str);

    impl std::fmt::Display for Coded {
        fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            write!(f, "sqlstate {}", self.0)
        }
    }

    impl std::error::Error for Coded {}

    impl sqlx::error::DatabaseError for Coded {
        fn message(&self) -> &str {
            "coded"
        }
        fn code(&self) -> Option<Cow<'_, str>> {
            Some(Cow::Borrowed(self.0))
        }
        fn as_error(&self) -> &(dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn as_error_mut(&mut self) -> &mut (dyn std::error::Error + Send + Sync + 'static) {
            self
        }
        fn into_error(self: Box<Self>) -> Box<dyn std::error::Error + Send + Sync + 'static> {
            self
        }
        fn kind(&self) -> sqlx::error::ErrorKind {
            sqlx::error::ErrorKind::Other
        }
    }

    fn db(code: &'static str) -> StoreError {
        StoreError::Db(sqlx::Error::Database(Box::new(Coded(code))))
    }

    #[test]
    fn only_deadlocks_and_serialization_failures_are_run_again() {
        assert!(db("40P01").is_retryable_conflict(), "deadlock detected");
        assert!(db("40001").is_retryable_conflict(), "serialization failure");
        // Near misses: a constraint violation or a lost connection would fail
        // the same way again (or must not be repeated blindly).
        assert!(!db("23505").is_retryable_conflict(), "unique violation");
        assert!(!db("57P01").is_retryable_conflict(), "admin shutdown");
        assert!(!StoreError::WriterGone.is_retryable_conflict());
        assert!(!StoreError::Conflict("already released".into()).is_retryable_conflict());
    }
}

#[cfg(test)]
mod statement_cache_tests {
    use super::with_statement_cache;

    #[test]
    fn the_statement_cache_is_raised_unless_the_url_sets_it() {
        assert_eq!(
            with_statement_cache("postgres://u@h/db?sslmode=disable"),
            "postgres://u@h/db?sslmode=disable&statement-cache-capacity=512"
        );
        assert_eq!(
            with_statement_cache("postgres://u@h/db"),
            "postgres://u@h/db?statement-cache-capacity=512"
        );
        let own = "postgres://u@h/db?statement-cache-capacity=50";
        assert_eq!(with_statement_cache(own), own);
    }
}
