//! One worker's connection to one destination, reused job after job: route once,
//! connect under the job's requirement, send, and hand back a typed [`Attempt`].
//! A connection is reused only for mail with the same requirement, and closed
//! when the server asks us to slow down or the per-connection limit is reached.

use super::attempt::{Attempt, PlanSummary, RcptAttempt};
use super::{ConnectFailure, Transport, failure_evidence};
use crate::transport::security::{Plan, Requirement};
use crate::transport::{Connection, Envelope, FailureKind, Hop, Reply};

pub struct Session {
    domain: String,
    hops: Option<Vec<Hop>>,
    open: Option<(Connection, Plan, Requirement)>,
    max_per_connection: u32,
}

impl Session {
    pub fn new(domain: &str, max_per_connection: u32) -> Self {
        Self {
            domain: domain.to_string(),
            hops: None,
            open: None,
            max_per_connection,
        }
    }

    pub fn is_connected(&self) -> bool {
        self.open.is_some()
    }

    /// Send one envelope to this destination under `need`.
    pub async fn deliver(
        &mut self,
        t: &Transport,
        env: &Envelope<'_>,
        need: Requirement,
    ) -> Attempt {
        let n = env.recipients.len();
        if self.open.as_ref().is_some_and(|(_, _, r)| *r != need) {
            self.close().await;
        }
        if self.open.is_none() {
            match t.connect(&self.domain, &mut self.hops, need).await {
                Ok((c, plan)) => self.open = Some((c, plan, need)),
                Err(f) => return connect_failed(f, n),
            }
        }
        let Some((c, plan, _)) = self.open.as_mut() else {
            return Attempt::local(n, Reply::local(451, "4.4.1", "no connection"), None);
        };
        let evidence = Some(plan.evidence());
        let summary = Some(PlanSummary::of(plan));
        let peer = Some((c.peer.host.clone(), c.peer.addr));
        let tls = c.tls.clone();
        match c.send(env).await {
            Ok(txn) => {
                let back_off = txn.per_rcpt.iter().any(Reply::asks_to_back_off);
                let keep = !back_off && c.reusable(self.max_per_connection);
                if !keep {
                    self.close().await;
                }
                Attempt {
                    per_rcpt: txn
                        .per_rcpt
                        .into_iter()
                        .map(|r| RcptAttempt::new(r, None))
                        .collect(),
                    peer,
                    tls,
                    evidence,
                    plan: summary,
                    dsn_passed_on: txn.dsn_passed_on,
                    connect_failure: None,
                    back_off,
                }
            }
            Err(e) => {
                tracing::info!(domain = %self.domain, mx = %c.peer.host, error = %e, "connection failed during a transaction");
                self.open = None;
                Attempt {
                    per_rcpt: vec![RcptAttempt::new(e.as_reply(), Some(e.kind())); n],
                    peer,
                    tls,
                    evidence,
                    plan: summary,
                    dsn_passed_on: false,
                    connect_failure: None,
                    back_off: false,
                }
            }
        }
    }

    /// Say QUIT to an open connection.
    pub async fn close(&mut self) {
        if let Some((c, _, _)) = self.open.take() {
            c.quit().await;
        }
    }
}

/// No connection: every recipient gets the failure. Unreachable (network, DNS)
/// backs the destination off; a TLS-policy failure does not, since other mail
/// there may have other requirements.
fn connect_failed(f: ConnectFailure, n: usize) -> Attempt {
    let evidence = Some(failure_evidence(&f));
    let plan = f.plan.as_ref().map(PlanSummary::of);
    Attempt {
        per_rcpt: vec![RcptAttempt::new(f.reply, Some(f.kind.clone())); n],
        peer: f.peer,
        tls: None,
        evidence,
        plan,
        dsn_passed_on: false,
        back_off: f.kind == FailureKind::Unreachable,
        connect_failure: Some(f.kind),
    }
}
