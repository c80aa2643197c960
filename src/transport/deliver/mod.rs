//! Delivery inside transport: route a destination once, then try each MX host and
//! address under its security plan (DANE, MTA-STS, a verified requirement, the
//! configured level), with the opportunistic retry where TLS was only `may`, and
//! the TLS-RPT observations (RFC 8460) of each try. The queue leases, schedules and
//! records; a worker holds a [`Session`] per destination, gives it envelopes and
//! gets a typed [`Attempt`] back (a [`Verdict`] per recipient).
//!
//! Sees no message content. Every failure here is temporary for the mail (a TLS
//! policy failure never sends in clear, RFC 7672 §2.2, RFC 8461 §5); only a route
//! verdict (null MX, no such domain) is permanent.

mod attempt;
mod observe;
mod session;

pub use attempt::{Attempt, RcptAttempt, Verdict};
pub use session::Session;

use observe::failure_kind;

use std::net::SocketAddr;
use std::sync::Arc;

use serde_json::json;

use super::mta_sts::Decision;
use super::security::{Plan, Requirement, Security, Source, Tolerated};
use super::{ConnError, Connection, FailureKind, Hop, Peer, Reply, Router, TlsPlan};
use crate::config::TransportConfig;
use crate::store::Store;

/// Routing, security plans and TLS-RPT counting for outbound connections.
pub struct Transport {
    router: Router,
    security: Security,
    /// Only for TLS-RPT counters.
    store: Store,
    cfg: Arc<TransportConfig>,
}

/// What a failed connect leaves: the reply for the job, its typed kind, the last
/// host tried, and the security plan that was in force for it.
pub struct ConnectFailure {
    pub reply: Reply,
    pub kind: FailureKind,
    pub peer: Option<(String, SocketAddr)>,
    pub plan: Option<Plan>,
    /// SHA-256 (hex) of the certificate the last host presented, when a handshake
    /// got that far (also when the certificate was refused).
    pub peer_cert_sha256: Option<String>,
    /// The internal reason (OS or TLS library words) for the log and the audit
    /// evidence; the reply's text stays bland.
    pub reason: Option<String>,
}

impl ConnectFailure {
    /// A TLS-policy failure explains more than a later unreachable host, and keeps
    /// the destination from being backed off as unreachable: keep it over others.
    fn keep_over(&self, new: &ConnectFailure) -> bool {
        self.kind.is_tls_policy() && !new.kind.is_tls_policy()
    }
}

/// The attempt's `security` details for a failed connect: the plan's evidence (if a
/// plan was made) plus the failure kind in words.
pub fn failure_evidence(f: &ConnectFailure) -> serde_json::Value {
    let mut v = f
        .plan
        .as_ref()
        .map(Plan::evidence)
        .unwrap_or_else(|| json!({}));
    if let Some(o) = v.as_object_mut() {
        o.insert("failure".into(), json!(f.kind.to_string()));
        o.insert("failure_code".into(), json!(f.kind.code()));
        if let Some(h) = &f.peer_cert_sha256 {
            o.insert("peer_cert_sha256".into(), json!(h));
        }
        if let Some(r) = &f.reason {
            o.insert("reason".into(), json!(r));
        }
    }
    v
}

impl Transport {
    pub fn new(
        router: Router,
        security: Security,
        store: Store,
        cfg: Arc<TransportConfig>,
    ) -> Self {
        Self {
            router,
            security,
            store,
            cfg,
        }
    }

    /// Route once per worker, then try each host and address in order, each under its
    /// security plan (DANE, MTA-STS, configured level). A host whose plan fails is
    /// skipped for the next one; nothing is ever sent in clear where TLS was required.
    pub async fn connect(
        &self,
        domain: &str,
        hops: &mut Option<Vec<Hop>>,
        need: Requirement,
    ) -> Result<(Connection, Plan), ConnectFailure> {
        if hops.is_none() {
            *hops = Some(self.route(domain).await?);
        }
        let mut last = ConnectFailure {
            reply: Reply::local(451, "4.4.1", "no host to connect to"),
            kind: FailureKind::Unreachable,
            peer: None,
            plan: None,
            peer_cert_sha256: None,
            reason: None,
        };
        let cfg = self.cfg.clone();
        for hop in hops.iter().flatten() {
            let plan = match self.security.plan(domain, hop, need).await {
                Ok(p) => p,
                Err(refusal) => {
                    tracing::info!(domain, mx = %hop.host, reason = %refusal.reply, "host refused by the TLS policy");
                    self.report(
                        domain,
                        hop,
                        None,
                        None,
                        refusal.report.unwrap_or("validation-failure"),
                        &refusal.reply.text,
                    )
                    .await;
                    let reason = Some(refusal.reply.text.clone());
                    let new = ConnectFailure {
                        reply: refusal.reply,
                        kind: refusal.kind,
                        peer: None,
                        plan: None,
                        peer_cert_sha256: None,
                        reason,
                    };
                    if !last.keep_over(&new) {
                        last = new;
                    }
                    continue;
                }
            };
            for ip in &hop.addrs {
                let peer = Peer {
                    host: hop.host.clone(),
                    addr: SocketAddr::new(*ip, hop.port),
                };
                let (opened, testing_failure) = open(&cfg, &peer, &plan, hop).await;
                if let Some(e) = &testing_failure {
                    self.report(
                        domain,
                        hop,
                        Some(&plan),
                        Some(&peer),
                        failure_kind(e, &plan),
                        &e.to_string(),
                    )
                    .await;
                }
                let opened = match (opened, &hop.auth) {
                    (Ok(mut c), Some((user, pass))) => {
                        c.auth_plain(user, pass.expose()).await.map(|()| c)
                    }
                    (other, _) => other,
                };
                match opened {
                    Ok(c) => {
                        let plan = self
                            .opened(domain, hop, plan, &peer, testing_failure.as_ref(), &c)
                            .await;
                        return Ok((c, plan));
                    }
                    Err(e) => {
                        tracing::info!(domain, mx = %peer.host, ip = %peer.addr, error = %e, "cannot use this host");
                        if plan.tls.required || plan.sts.is_some() {
                            let kind = failure_kind(&e, &plan);
                            self.report(
                                domain,
                                hop,
                                Some(&plan),
                                Some(&peer),
                                kind,
                                &e.to_string(),
                            )
                            .await;
                        }
                        // A TLS-policy failure explains more than a later unreachable host,
                        // and keeps the destination from being backed off as unreachable.
                        let new = ConnectFailure {
                            reply: e.as_reply(),
                            kind: e.kind(),
                            peer: Some((peer.host, peer.addr)),
                            plan: Some(plan.clone()),
                            peer_cert_sha256: match &e {
                                ConnError::Handshake {
                                    peer_cert_sha256, ..
                                } => peer_cert_sha256.clone(),
                                _ => None,
                            },
                            reason: Some(e.to_string()),
                        };
                        if !last.keep_over(&new) {
                            last = new;
                        }
                    }
                }
            }
        }
        Err(last)
    }

    /// The hops for `domain`, or why there are none: a null MX or a domain that
    /// does not exist is a verdict; anything else (DNS trouble) is unreachable for now.
    async fn route(&self, domain: &str) -> Result<Vec<Hop>, ConnectFailure> {
        self.router.route(domain).await.map_err(|e| {
            tracing::info!(domain, error = %e, "no route");
            let reply = e.reply();
            let kind = if reply.is_permanent() {
                FailureKind::Local
            } else {
                FailureKind::Unreachable
            };
            ConnectFailure {
                reply,
                kind,
                peer: None,
                plan: None,
                peer_cert_sha256: None,
                reason: Some(e.to_string()),
            }
        })
    }

    /// A connection is open: count it for TLS-RPT, and put a tolerated TLS
    /// failure (and a retry that went in clear, only when TLS was not required)
    /// on the record.
    async fn opened(
        &self,
        domain: &str,
        hop: &Hop,
        mut plan: Plan,
        peer: &Peer,
        testing_failure: Option<&ConnError>,
        c: &Connection,
    ) -> Plan {
        let listed = !matches!(plan.sts, Some((_, Decision::TestingNotListed)));
        if !listed {
            self.report(
                domain,
                hop,
                Some(&plan),
                Some(peer),
                "validation-failure",
                "MX host not listed in the MTA-STS policy",
            )
            .await;
        } else if testing_failure.is_none()
            && (matches!(plan.source, Source::Dane | Source::MtaSts) || plan.sts.is_some())
        {
            self.report(domain, hop, Some(&plan), Some(peer), "success", "")
                .await;
        }
        plan.tolerated = testing_failure.map(|e| Tolerated {
            failure: e.to_string(),
            clear_text: c.tls.is_none(),
        });
        plan
    }
}

/// Open under `plan`; where TLS was only opportunistic and the handshake failed,
/// try once more without it (as Postfix's `may`); an MTA-STS `testing` policy
/// whose check failed falls back to unauthenticated TLS first. The second value is
/// that first, tolerated failure (for TLS-RPT).
async fn open(
    cfg: &Arc<crate::config::TransportConfig>,
    peer: &Peer,
    plan: &Plan,
    hop: &Hop,
) -> (Result<Connection, ConnError>, Option<ConnError>) {
    let mut result = Connection::open(peer.clone(), cfg.clone(), &plan.tls).await;
    let mut tolerated = None;
    if let Err(e) = &result
        && !plan.tls.required
        && e.is_tls_handshake()
    {
        tolerated = Some(e.clone());
        let retry = TlsPlan {
            config: if plan.sts.is_some() {
                crate::transport::tls::opportunistic_config().ok()
            } else {
                None
            },
            required: false,
            server_name: hop.host.clone(),
            recorder: None,
        };
        result = Connection::open(peer.clone(), cfg.clone(), &retry).await;
    }
    if let Ok(c) = &mut result
        && let Some(t) = &mut c.tls
    {
        t.verified = match plan.source {
            Source::Dane if plan.dane.is_some() => Some("dane"),
            Source::MtaSts | Source::Pkix if plan.tls.required => Some("pkix"),
            _ if tolerated.is_none() && matches!(plan.sts, Some((_, Decision::Testing))) => {
                Some("pkix")
            }
            _ => None,
        };
    }
    (result, tolerated)
}
