//! Jobs per destination, worker spawning, limits and back-off.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::sync::{Notify, Semaphore};

use super::job::Job;
use crate::config::Config;
use crate::dns::Dns;
use crate::store::{MasterKeys, Store};
use crate::transport::deliver::Transport;
use crate::transport::mta_sts::{Fetcher, HickoryResolve};
use crate::transport::security::Security;
use crate::transport::sts_cache::StsPolicies;
use crate::transport::{Router, SetupError};

#[derive(Default)]
struct Dest {
    pending: VecDeque<Job>,
    active: usize,
    /// Workers with an open connection and nothing to send, waiting for work.
    idle: usize,
    wake: Arc<Notify>,
    backoff_until: Option<Instant>,
    next_send: Option<Instant>,
}

struct Inner {
    store: Store,
    keys: Arc<MasterKeys>,
    /// The acceptance stage's engines, for DSNs; replaced by a reload.
    prep: crate::live::Live<crate::accept::Preparer>,
    cfg: Arc<Config>,
    /// Routing, security plans and connections (the hop loop lives in transport).
    transport: Transport,
    /// `node:incarnation`: whose leases these are.
    owner: String,
    actor: String,
    connections: Arc<Semaphore>,
    stopping: AtomicBool,
    dests: Mutex<HashMap<String, Dest>>,
    in_memory: AtomicUsize,
    /// Numbers each lease this incarnation takes (`lease_token`).
    leases_taken: std::sync::atomic::AtomicU64,
    workers: AtomicUsize,
    workers_gone: Notify,
}

/// The queue handle, cheap to clone.
#[derive(Clone)]
pub struct Queue {
    inner: Arc<Inner>,
}

/// What a worker gets: the next job, and when it may be sent (rate limit).
pub(super) struct Next {
    pub job: Job,
    pub not_before: Option<Instant>,
}

/// Read access for the worker and the scheduler (the state itself stays here).
impl Queue {
    pub(super) fn store(&self) -> &Store {
        &self.inner.store
    }

    pub(super) fn cfg(&self) -> &Config {
        &self.inner.cfg
    }

    pub(super) fn prep(&self) -> Arc<crate::accept::Preparer> {
        self.inner.prep.current()
    }

    pub(super) fn keys(&self) -> &Arc<MasterKeys> {
        &self.inner.keys
    }

    pub(super) fn transport(&self) -> &Transport {
        &self.inner.transport
    }

    /// Whose leases these are (`node:incarnation`).
    pub(super) fn owner(&self) -> &str {
        &self.inner.owner
    }

    /// The audit actor for queue events.
    pub(super) fn actor(&self) -> &str {
        &self.inner.actor
    }

    /// The semaphore bounding open connections (`[queue] max_connections`).
    pub(super) fn connection_slots(&self) -> Arc<Semaphore> {
        self.inner.connections.clone()
    }

    pub(super) fn is_stopping(&self) -> bool {
        self.inner.stopping.load(Ordering::Relaxed)
    }
}

/// Why the queue could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Transport(#[from] SetupError),
    #[error("store: {0}")]
    Store(#[from] crate::store::StoreError),
}

impl Queue {
    /// Build the queue, free leases a previous run of this node left, and start
    /// the scheduler.
    pub async fn start(
        cfg: Arc<Config>,
        store: Store,
        keys: Arc<MasterKeys>,
        prep: impl Into<crate::live::Live<crate::accept::Preparer>>,
    ) -> Result<Self, StartError> {
        let dns = Dns::new(&cfg.dns).await.map_err(SetupError::from)?;
        let port = cfg.transport.smtp_port;
        let transport = Arc::new(cfg.transport.clone());
        let pkix =
            crate::transport::security::pkix_config(&transport, crate::tls_provider::provider())?;
        let sts_port = cfg.transport.mta_sts_port;
        let fetcher = Fetcher::new(
            pkix,
            Arc::new(HickoryResolve(dns.resolver().clone())),
            sts_port,
            Duration::from_secs(30),
        )
        .map_err(|e| SetupError::StsFetcher(e.to_string()))?;
        let sts = StsPolicies::new(dns.clone(), store.clone(), fetcher);
        let transport_cfg = transport.clone();
        let tlsrpt_store = store.clone();
        let security = Security::new(dns.clone(), transport, Some(sts))?;
        let router = Router::new(dns, cfg.transport.routes.clone(), port);
        let owner = format!("{}:{}", cfg.node_id, ulid::Ulid::new());
        let released = store.release_stale_leases(&cfg.node_id, &owner).await?;
        store.release_stale_slots(&cfg.node_id, &owner).await?;
        if released > 0 {
            tracing::warn!(
                recipients = released,
                "mail that was in flight when this node last stopped is due again (it may be delivered twice)"
            );
        }
        let q = Self {
            inner: Arc::new(Inner {
                connections: Arc::new(Semaphore::new(cfg.queue.max_connections)),
                actor: format!("queue:{}", cfg.node_id),
                store,
                keys,
                prep: prep.into(),
                transport: Transport::new(router, security, tlsrpt_store, transport_cfg),
                owner,
                stopping: AtomicBool::new(false),
                dests: Mutex::new(HashMap::new()),
                in_memory: AtomicUsize::new(0),
                leases_taken: std::sync::atomic::AtomicU64::new(0),
                workers: AtomicUsize::new(0),
                workers_gone: Notify::new(),
                cfg,
            }),
        };
        super::scheduler::spawn(q.clone());
        Ok(q)
    }

    /// A new lease name, `node:incarnation#n`: every claim and every accept
    /// takes its own, so two copies of one job in memory never hold the same
    /// lease (release_stale_leases still finds them all by the `node:` prefix).
    pub fn lease_token(&self) -> String {
        let n = self.inner.leases_taken.fetch_add(1, Ordering::Relaxed);
        format!("{}#{n}", self.inner.owner)
    }

    pub fn lease_secs(&self) -> u64 {
        self.inner.cfg.queue.lease_secs
    }

    /// Room for one more job in memory? Call before leasing; pair with `submit`
    /// or `unreserve`.
    pub fn reserve(&self) -> bool {
        let max = self.inner.cfg.queue.max_in_memory;
        !self.inner.stopping.load(Ordering::Relaxed)
            && self
                .inner
                .in_memory
                .fetch_update(Ordering::AcqRel, Ordering::Acquire, |n| {
                    (n < max).then_some(n + 1)
                })
                .is_ok()
    }

    pub fn unreserve(&self) {
        self.inner.in_memory.fetch_sub(1, Ordering::AcqRel);
    }

    pub(super) fn room(&self) -> usize {
        self.inner
            .cfg
            .queue
            .max_in_memory
            .saturating_sub(self.inner.in_memory.load(Ordering::Acquire))
    }

    /// Hand a reserved job to its destination's workers.
    pub fn submit(&self, job: Job) {
        let per_dest = self.inner.cfg.queue.max_connections_per_destination;
        let domain = job.domain.clone();
        let spawn = {
            let mut dests = self.inner.dests.lock().unwrap_or_else(|p| p.into_inner());
            let dest = dests.entry(domain.clone()).or_default();
            if job.ends_backoff && dest.backoff_until.take().is_some() {
                tracing::info!(domain, "an administrator flushed the queue; back-off ended");
            }
            if dest.backoff_until.is_some_and(|t| t > Instant::now()) {
                let until = dest.backoff_until;
                drop(dests);
                let q = self.clone();
                tokio::spawn(async move { q.defer_for_backoff(vec![job], until).await });
                return;
            }
            dest.pending.push_back(job);
            dest.wake.notify_one();
            let busy = dest.active - dest.idle;
            let spawn = dest.active < per_dest && busy < dest.pending.len() && dest.idle == 0;
            if spawn {
                dest.active += 1;
            }
            spawn
        };
        if spawn {
            self.inner.workers.fetch_add(1, Ordering::AcqRel);
            let q = self.clone();
            tokio::spawn(async move {
                super::worker::run(q.clone(), domain).await;
                if q.inner.workers.fetch_sub(1, Ordering::AcqRel) == 1 {
                    q.inner.workers_gone.notify_waiters();
                }
            });
        }
    }

    /// The next job for a worker of `domain`. With nothing waiting, an idle worker
    /// keeps its connection open for `connection_idle_ms` in case more comes
    /// (Postfix's connection cache); None ends the worker.
    pub(super) async fn next(&self, domain: &str, connected: bool) -> Option<Next> {
        let idle = Duration::from_millis(self.inner.cfg.queue.connection_idle_ms);
        let deadline = tokio::time::Instant::now() + if connected { idle } else { Duration::ZERO };
        loop {
            let wake = {
                let mut dests = self.inner.dests.lock().unwrap_or_else(|p| p.into_inner());
                let dest = dests.get_mut(domain)?;
                let stopping = self.inner.stopping.load(Ordering::Relaxed);
                if let Some(job) = (!stopping).then(|| dest.pending.pop_front()).flatten() {
                    let not_before = self.rate_slot(dest);
                    return Some(Next { job, not_before });
                }
                if stopping || tokio::time::Instant::now() >= deadline {
                    dest.active -= 1;
                    if dest.active == 0 && dest.pending.is_empty() && dest.backoff_until.is_none() {
                        dests.remove(domain);
                    }
                    return None;
                }
                dest.idle += 1;
                dest.wake.clone()
            };
            // A wake-up may be stale (a permit left by an earlier submit): the loop
            // looks again and waits on until the deadline.
            let _ = tokio::time::timeout_at(deadline, wake.notified()).await;
            let mut dests = self.inner.dests.lock().unwrap_or_else(|p| p.into_inner());
            if let Some(dest) = dests.get_mut(domain) {
                dest.idle -= 1;
            }
        }
    }

    fn rate_slot(&self, dest: &mut Dest) -> Option<Instant> {
        let rate = self.inner.cfg.queue.max_rate_per_destination;
        (rate > 0).then(|| {
            let now = Instant::now();
            let slot = dest.next_send.map_or(now, |t| t.max(now));
            dest.next_send = Some(slot + Duration::from_secs(1) / rate);
            slot
        })
    }

    /// A job is finished (recorded, or dropped to be retried after its lease).
    pub(super) fn done(&self) {
        self.unreserve();
    }

    /// The destination said 421 / 4.7.x: leave it alone for a while and defer
    /// what is waiting for it.
    pub(super) async fn back_off(&self, domain: &str) {
        let until =
            Instant::now() + Duration::from_secs(self.inner.cfg.queue.destination_backoff_secs);
        let waiting: Vec<Job> = {
            let mut dests = self.inner.dests.lock().unwrap_or_else(|p| p.into_inner());
            let Some(dest) = dests.get_mut(domain) else {
                return;
            };
            dest.backoff_until = Some(until);
            dest.pending.drain(..).collect()
        };
        tracing::info!(domain, "destination asked to slow down; backing off");
        self.defer_for_backoff(waiting, Some(until)).await;
        let q = self.clone();
        let domain = domain.to_string();
        tokio::spawn(async move {
            tokio::time::sleep_until(until.into()).await;
            let mut dests = q.inner.dests.lock().unwrap_or_else(|p| p.into_inner());
            // Only this back-off: a flush may have ended it and a later 421
            // started another.
            if let Some(d) = dests
                .get_mut(&domain)
                .filter(|d| d.backoff_until == Some(until))
            {
                d.backoff_until = None;
                if d.active == 0 && d.pending.is_empty() {
                    dests.remove(&domain);
                }
            }
        });
    }

    async fn defer_for_backoff(&self, jobs: Vec<Job>, until: Option<Instant>) {
        let wait = until.map_or(Duration::ZERO, |t| {
            t.saturating_duration_since(Instant::now())
        });
        for job in jobs {
            super::worker::defer_unattempted(self, &job, wait).await;
            self.done();
        }
    }

    /// Stop: no new jobs; running transactions finish within `grace`; waiting
    /// jobs give their leases back so they are due at once after a restart.
    pub async fn shutdown(&self, grace: Duration) {
        self.inner.stopping.store(true, Ordering::SeqCst);
        let waiting: Vec<Job> = {
            let mut dests = self.inner.dests.lock().unwrap_or_else(|p| p.into_inner());
            dests
                .values_mut()
                .flat_map(|d| d.pending.drain(..))
                .collect()
        };
        for job in &waiting {
            let _ = self
                .inner
                .store
                .release_lease(&job.message_id, &job.indexes(), &job.lease)
                .await;
        }
        let gone = self.inner.workers_gone.notified();
        if self.inner.workers.load(Ordering::Acquire) > 0 {
            let _ = tokio::time::timeout(grace, gone).await;
        }
    }
}
