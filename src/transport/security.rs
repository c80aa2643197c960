//! Transport security: how one connection to one MX host must be protected.
//!
//! The order (RFC 8461 §2: DANE takes precedence over MTA-STS for an MX host with
//! usable TLSA records):
//! 1. DANE (RFC 7672): DNSSEC-secure, usable TLSA records at `_25._tcp.<mx>` →
//!    TLS required, authenticated by TLSA; a bogus or failed TLSA lookup defers,
//!    never clear text.
//! 2. MTA-STS (RFC 8461) `enforce`: only MX hosts the policy lists, TLS required,
//!    PKIX-valid for the MX name. `testing`: deliver as usual, report failures.
//! 3. A `verified` requirement (the policy engine's, or REQUIRETLS): PKIX for the
//!    MX name.
//! 4. The configured level for the domain (`[transport] default_tls`,
//!    `[[transport.tls]]`).
//!
//! Static routes (smarthosts) skip DANE and MTA-STS: they are not the domain's MX.

use std::sync::Arc;

use rustls::ClientConfig;
use rustls::client::WebPkiServerVerifier;
use rustls::client::danger::ServerCertVerifier;
use rustls::crypto::CryptoProvider;

use super::client::TlsPlan;
use super::dane::{DaneVerifier, Tlsa};
use super::failure::{FailureKind, TlsPolicyReason};
use super::mta_sts::{Decision, Mode, Policy};
use super::reply::Reply;
use super::route::Hop;
use super::setup_error::SetupError;
use super::sts_cache::StsPolicies;
use crate::config::{TlsLevel, TransportConfig};
use crate::dns::Dns;

/// What the message asks of the transport.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Requirement {
    /// The destination's own rules and the configured level.
    #[default]
    Default,
    /// DANE, MTA-STS enforce or PKIX with the MX name; never unauthenticated TLS.
    Verified,
    /// `TLS-Required: No` (RFC 8689 §5): when the config allows it (see
    /// [`Security::may_relax`]), DANE and MTA-STS are not enforced; TLS is still used
    /// when offered. Otherwise the same as `Default`.
    Optional,
}

/// Where the protection of a connection comes from (recorded as evidence).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Dane,
    MtaSts,
    Pkix,
    /// The configured level (may, encrypt, none).
    Config,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Dane => "dane",
            Source::MtaSts => "mta-sts",
            Source::Pkix => "pkix",
            Source::Config => "none",
        }
    }
}

/// The security plan for one MX host.
#[derive(Clone)]
pub struct Plan {
    pub tls: TlsPlan,
    pub source: Source,
    /// The level asked for: a [`TlsLevel`] name, or `verified`.
    pub required_level: &'static str,
    pub dane: Option<Arc<DaneVerifier>>,
    /// The domain's MTA-STS policy and what it says about this MX.
    pub sts: Option<(Policy, Decision)>,
    /// Set by the hop loop when a tolerated TLS failure was followed by a retry:
    /// what failed and whether the retry went in clear text.
    pub tolerated: Option<Tolerated>,
}

/// A TLS failure that was tolerated (opportunistic TLS, MTA-STS `testing`).
#[derive(Debug, Clone)]
pub struct Tolerated {
    /// The failure, in words.
    pub failure: String,
    /// The retry went without TLS (the server's TLS itself was broken).
    pub clear_text: bool,
}

impl Plan {
    /// Facts for the attempt's audit event.
    pub fn evidence(&self) -> serde_json::Value {
        serde_json::json!({
            "required_level": self.required_level,
            "source": self.source.as_str(),
            "tls_required": self.tls.required,
            "tlsa_records": self.dane.as_ref().map(|d| d.records().len()),
            "mta_sts": self.sts.as_ref().map(|(p, d)| serde_json::json!({
                "id": p.id, "mode": p.mode.as_str(), "mx_listed": !matches!(d, Decision::Refuse | Decision::TestingNotListed),
            })),
            "tolerated_tls_failure": self.tolerated.as_ref().map(|t| serde_json::json!({
                "failure": t.failure, "retried_in_clear": t.clear_text,
            })),
        })
    }
}

/// Why an MX host cannot be used under the plan (temporary: try the next MX).
#[derive(Debug, Clone)]
pub struct Refusal {
    pub reply: Reply,
    /// TLS-RPT result type (RFC 8460 §4.3), when this is a policy failure.
    pub report: Option<&'static str>,
    /// The typed reason (a TLS-policy failure, or unreachable for a failed lookup).
    pub kind: FailureKind,
}

pub struct Security {
    dns: Dns,
    cfg: Arc<TransportConfig>,
    provider: Arc<CryptoProvider>,
    opportunistic: Arc<dyn ServerCertVerifier>,
    pkix: Arc<ClientConfig>,
    /// PKIX for the MX name: the Mozilla roots plus `extra_ca_files`.
    pkix_verifier: Arc<dyn ServerCertVerifier>,
    sts: Option<StsPolicies>,
}

impl Security {
    pub fn new(
        dns: Dns,
        cfg: Arc<TransportConfig>,
        sts: Option<StsPolicies>,
    ) -> Result<Self, SetupError> {
        let provider = crate::tls_provider::provider();
        let pkix_verifier: Arc<dyn ServerCertVerifier> =
            WebPkiServerVerifier::builder_with_provider(
                Arc::new(pkix_roots(&cfg)?),
                provider.clone(),
            )
            .build()
            .map_err(|e| SetupError::PkixVerifier(e.to_string()))?;
        Ok(Self {
            opportunistic: super::tls::opportunistic_verifier(),
            pkix: pkix_config(&cfg, provider.clone())?,
            pkix_verifier,
            dns,
            cfg,
            provider,
            sts,
        })
    }

    pub fn pkix_config(&self) -> Arc<ClientConfig> {
        self.pkix.clone()
    }

    /// The plan for `hop` of `domain`, or why this host must not be used.
    pub async fn plan(&self, domain: &str, hop: &Hop, need: Requirement) -> Result<Plan, Refusal> {
        let level = self.cfg.tls_level(domain);
        if hop.static_route {
            return Ok(self.configured(hop, level, need));
        }
        if need == Requirement::Optional && self.may_relax(domain, level) {
            return Ok(self.configured(hop, TlsLevel::May, need));
        }
        // DANE applies at every level but `none` (RFC 7672): once a host has
        // usable secure TLSA records, a failed handshake defers and never falls
        // back to clear text, even at `may`. At `may`, a TLSA lookup that fails
        // does not stop opportunistic delivery.
        let dnssec_usable = self.dns.dnssec && level != TlsLevel::None;
        // Secure but unusable TLSA records mean "encrypt, unauthenticated" (RFC 7672
        // §2.2); that satisfies neither `verified` nor `dane-only`, which go on to
        // MTA-STS/PKIX or refuse instead.
        let unusable_ok = need != Requirement::Verified && level != TlsLevel::DaneOnly;
        if dnssec_usable || need == Requirement::Verified {
            match self.dane(domain, hop, unusable_ok).await {
                Ok(Some(plan)) => return Ok(plan),
                Ok(None) => {}
                Err(_) if level == TlsLevel::May && need == Requirement::Default => {}
                Err(refusal) => return Err(refusal),
            }
        }
        if level == TlsLevel::DaneOnly {
            return Err(Refusal {
                reply: Reply::local(
                    451,
                    "4.7.5",
                    format!(
                        "{}: no usable TLSA records and the level is dane-only",
                        hop.host
                    ),
                ),
                report: Some("tlsa-invalid"),
                kind: FailureKind::TlsPolicy(TlsPolicyReason::NoUsableTlsa),
            });
        }
        let sts = match &self.sts {
            Some(s) if self.cfg.mta_sts && level != TlsLevel::None => s.policy(domain).await,
            _ => None,
        };
        if let Some(policy) = sts {
            let decision = super::mta_sts::decide(&policy, &hop.host);
            match decision {
                Decision::Refuse => {
                    return Err(Refusal {
                        reply: Reply::local(
                            451,
                            "4.7.5",
                            format!(
                                "MTA-STS: {} is not an MX listed in the policy of {domain}",
                                hop.host
                            ),
                        ),
                        report: Some("validation-failure"),
                        kind: FailureKind::TlsPolicy(TlsPolicyReason::MxNotInStsPolicy),
                    });
                }
                Decision::Enforce => {
                    return Ok(Plan {
                        tls: self.pkix_plan(hop),
                        source: Source::MtaSts,
                        required_level: "mta-sts",
                        dane: None,
                        sts: Some((policy, decision)),
                        tolerated: None,
                    });
                }
                Decision::Testing => {
                    // Check as for enforce, but deliver anyway (the worker falls back
                    // to unauthenticated TLS and reports the failure, RFC 8461 §5).
                    let mut plan = self.configured(hop, level, need);
                    if !plan.tls.required {
                        plan.tls = TlsPlan {
                            required: false,
                            ..self.pkix_plan(hop)
                        };
                    }
                    plan.sts = Some((policy, decision));
                    return Ok(plan);
                }
                Decision::TestingNotListed | Decision::NotInForce => {
                    let mut plan = self.configured(hop, level, need);
                    if policy.mode == Mode::Testing {
                        plan.sts = Some((policy, decision));
                    }
                    return Ok(plan);
                }
            }
        }
        Ok(self.configured(hop, level, need))
    }

    /// DANE for this host, when it has usable, secure TLSA records.
    async fn dane(
        &self,
        domain: &str,
        hop: &Hop,
        unusable_ok: bool,
    ) -> Result<Option<Plan>, Refusal> {
        let lookup = match self.dns.tlsa(&hop.host, 25).await {
            Ok(l) => l,
            // RFC 7672 §2.1.1: a failed or bogus TLSA lookup makes the host unusable.
            Err(e) => {
                return Err(Refusal {
                    reply: Reply::local(
                        451,
                        if e.bogus { "4.7.5" } else { "4.4.3" },
                        e.to_string(),
                    ),
                    report: Some("dnssec-invalid"),
                    kind: if e.bogus {
                        FailureKind::TlsPolicy(TlsPolicyReason::DnssecBogus)
                    } else {
                        FailureKind::Unreachable
                    },
                });
            }
        };
        if !lookup.secure {
            // Insecure TLSA records are ignored (RFC 7672 §2.2).
            return Ok(None);
        }
        let records: Vec<Tlsa> = lookup.records().iter().map(Tlsa::from).collect();
        let mut names = vec![hop.host.clone()];
        if hop.mx_secure {
            // RFC 7672 §3.2.2: with a secure MX RRset, the next-hop domain is a
            // reference identifier too (for DANE-TA).
            names.push(domain.to_string());
        }
        let Some(verifier) = DaneVerifier::new(&records, names, self.provider.clone()) else {
            if records.is_empty() || !unusable_ok {
                return Ok(None);
            }
            // RFC 7672 §2.2: secure TLSA records that are all unusable still mean
            // "this server does TLS": encrypt, without authentication.
            return Ok(Some(Plan {
                tls: self.tls_plan(self.opportunistic.clone(), true, hop),
                source: Source::Dane,
                required_level: "dane",
                dane: None,
                sts: None,
                tolerated: None,
            }));
        };
        let verifier = Arc::new(verifier);
        Ok(Some(Plan {
            tls: self.tls_plan(verifier.clone(), true, hop),
            source: Source::Dane,
            required_level: "dane",
            dane: Some(verifier),
            sts: None,
            tolerated: None,
        }))
    }

    /// Whether `TLS-Required: No` (RFC 8689 §5) may lower this destination to `may`:
    /// only when `[transport] honor_tls_required_no` is on and the level is the
    /// opportunistic `dane` default, never a level set for the domain. (PHI never gets
    /// here: its recipients make the requirement `Verified`.)
    fn may_relax(&self, domain: &str, level: TlsLevel) -> bool {
        self.cfg.honor_tls_required_no
            && level == TlsLevel::Dane
            && !self.cfg.tls_levels.iter().any(|(d, _)| d == domain)
    }

    fn configured(&self, hop: &Hop, level: TlsLevel, need: Requirement) -> Plan {
        if need == Requirement::Verified || level == TlsLevel::Verify {
            return Plan {
                tls: self.pkix_plan(hop),
                source: Source::Pkix,
                required_level: if need == Requirement::Verified {
                    "verified"
                } else {
                    "verify"
                },
                dane: None,
                sts: None,
                tolerated: None,
            };
        }
        let tls = match level {
            TlsLevel::None => TlsPlan {
                config: None,
                required: false,
                server_name: hop.host.clone(),
                recorder: None,
            },
            TlsLevel::Encrypt => self.tls_plan(self.opportunistic.clone(), true, hop),
            _ => self.tls_plan(self.opportunistic.clone(), false, hop),
        };
        Plan {
            tls,
            source: Source::Config,
            required_level: level.as_str(),
            dane: None,
            sts: None,
            tolerated: None,
        }
    }

    fn pkix_plan(&self, hop: &Hop) -> TlsPlan {
        self.tls_plan(self.pkix_verifier.clone(), true, hop)
    }

    /// A TLS plan whose config (fresh per plan) records the presented certificate.
    /// Should the config not build, there is no TLS config: a plan that requires TLS
    /// then fails closed at STARTTLS, one that does not goes on without TLS.
    fn tls_plan(
        &self,
        verifier: Arc<dyn ServerCertVerifier>,
        required: bool,
        hop: &Hop,
    ) -> TlsPlan {
        let (config, recorder) = match super::tls::recording_config(verifier) {
            Ok((c, r)) => (Some(c), Some(r)),
            Err(e) => {
                tracing::error!(error = %e, "cannot build a TLS client config");
                (None, None)
            }
        };
        TlsPlan {
            config,
            required,
            server_name: hop.host.clone(),
            recorder,
        }
    }
}

/// The Mozilla roots (webpki-roots) plus `[transport] extra_ca_files`.
fn pkix_roots(cfg: &TransportConfig) -> Result<rustls::RootCertStore, SetupError> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for der in &cfg.extra_cas {
        roots
            .add(rustls_pki_types::CertificateDer::from(der.clone()))
            .map_err(|e| SetupError::ExtraCa(e.to_string()))?;
    }
    Ok(roots)
}

/// PKIX: the Mozilla roots (webpki-roots) plus `[transport] extra_ca_files`; TLS 1.2+.
pub fn pkix_config(
    cfg: &TransportConfig,
    provider: Arc<CryptoProvider>,
) -> Result<Arc<ClientConfig>, SetupError> {
    let roots = pkix_roots(cfg)?;
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| SetupError::TlsClient(e.to_string()))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}
