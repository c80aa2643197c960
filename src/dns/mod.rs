//! DNS for delivery: MX, address, TLSA and TXT lookups through hickory-resolver,
//! validating DNSSEC by default (RFC 4033-4035; trust anchor: the IANA root keys,
//! or `[dns] trust_anchor_file`), with the nameservers from `[dns]` (tests point
//! them at an in-process server with their own signed root).
//!
//! Answers are typed so callers can tell "the domain does not exist" (permanent)
//! from "no such record" (e.g. no MX: fall back to the address, RFC 5321 §5.1),
//! and carry whether they were DNSSEC-secure (DANE needs that, RFC 7672 §2.1).
//! A failed lookup (SERVFAIL, timeout) and a bogus one (signatures that do not
//! validate) are errors: always temporary, never a bounce, never "no DANE".

mod anchors;

pub use anchors::{AnchorError, AnchorFile};

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
use hickory_resolver::proto::dnssec::{Proof, TrustAnchors};
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::{RData, RecordType};
use hickory_resolver::{Resolver, TokioResolver};

use crate::config::DnsConfig;

/// What a lookup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer<T> {
    Records(Vec<T>),
    /// The name exists but has no records of this type.
    NoRecords,
    /// The name does not exist (NXDOMAIN).
    NxDomain,
}

/// An answer and whether DNSSEC proved it (every record, or the denial, Secure).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lookup<T> {
    pub answer: Answer<T>,
    pub secure: bool,
}

impl<T> Lookup<T> {
    pub fn records(&self) -> &[T] {
        match &self.answer {
            Answer::Records(r) => r,
            _ => &[],
        }
    }
}

/// A lookup that failed: always temporary.
#[derive(Debug, Clone, thiserror::Error)]
#[error("DNS lookup for {name} {rtype} failed: {reason}")]
pub struct LookupError {
    pub name: String,
    pub rtype: RecordType,
    pub reason: String,
    /// DNSSEC validation failed (RFC 4035 "bogus"): an attack or a broken zone.
    pub bogus: bool,
}

/// A TLSA record as numbers (RFC 6698 §2.1), for the DANE verifier.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsaRecord {
    pub usage: u8,
    pub selector: u8,
    pub matching: u8,
    pub data: Vec<u8>,
}

/// Why the resolver could not be built (at start-up, before any mail).
#[derive(Debug, thiserror::Error)]
pub enum DnsSetupError {
    #[error("cannot read /etc/resolv.conf: {0}")]
    ResolvConf(String),
    #[error("[dns] trust_anchor_file {path}: {source}")]
    TrustAnchor { path: String, source: AnchorError },
    #[error("cannot build the DNS resolver: {0}")]
    Build(String),
}

/// A resolver builder for `[dns]`'s nameservers and timeouts (no validation yet).
fn base_builder(
    cfg: &DnsConfig,
) -> Result<hickory_resolver::ResolverBuilder<TokioRuntimeProvider>, DnsSetupError> {
    let mut opts = ResolverOpts::default();
    opts.timeout = cfg.timeout;
    opts.attempts = 2;
    let builder = if cfg.nameservers.is_empty() {
        Resolver::builder_tokio().map_err(|e| DnsSetupError::ResolvConf(e.to_string()))?
    } else {
        let servers = cfg.nameservers.iter().map(name_server).collect();
        Resolver::builder_with_config(
            ResolverConfig::from_name_servers(servers),
            TokioRuntimeProvider::default(),
        )
    };
    Ok(builder.with_options(opts))
}

/// A resolver for `[dns]`'s nameservers without DNSSEC validation (DKIM
/// key lookups of upstream checks: the signature itself is the proof).
pub fn plain_resolver(cfg: &DnsConfig) -> Result<TokioResolver, DnsSetupError> {
    base_builder(cfg)?
        .build()
        .map_err(|e| DnsSetupError::Build(e.to_string()))
}

#[derive(Clone)]
pub struct Dns {
    resolver: TokioResolver,
    pub dnssec: bool,
}

impl Dns {
    /// The resolver for `[dns]`. With DNSSEC on, its trust anchors are the
    /// IANA root keys, or those of `trust_anchor_file` (DS anchors are matched
    /// against the zone's DNSKEY set here, once).
    pub async fn new(cfg: &DnsConfig) -> Result<Self, DnsSetupError> {
        let mut builder = base_builder(cfg)?;
        if cfg.dnssec {
            // hickory 0.26 does not read ResolverOpts.trust_anchor: load the file here.
            let anchors = match &cfg.trust_anchor_file {
                Some(path) => {
                    let failed = |source| DnsSetupError::TrustAnchor {
                        path: path.display().to_string(),
                        source,
                    };
                    let file = AnchorFile::read(path).map_err(failed)?;
                    let fetch = base_builder(cfg)?
                        .build()
                        .map_err(|e| DnsSetupError::Build(e.to_string()))?;
                    file.resolve(&fetch).await.map_err(failed)?
                }
                None => TrustAnchors::default(),
            };
            builder = builder.with_trust_anchor(Arc::new(anchors));
        }
        let resolver = builder
            .build()
            .map_err(|e| DnsSetupError::Build(e.to_string()))?;
        Ok(Self {
            resolver,
            dnssec: cfg.dnssec,
        })
    }

    /// MX records as (preference, exchange without the trailing dot).
    pub async fn mx(&self, domain: &str) -> Result<Lookup<(u16, String)>, LookupError> {
        let r = self.resolver.mx_lookup(fqdn(domain).as_str()).await;
        lookup(domain, RecordType::MX, r, |rdata| match rdata {
            RData::MX(mx) => Some((
                mx.preference,
                mx.exchange.to_ascii().trim_end_matches('.').to_string(),
            )),
            _ => None,
        })
    }

    /// IPv4 then IPv6 addresses of `host`; secure only when both answers are.
    pub async fn addresses(&self, host: &str) -> Result<Lookup<IpAddr>, LookupError> {
        let name = fqdn(host);
        let v4 = lookup(
            host,
            RecordType::A,
            self.resolver.ipv4_lookup(name.as_str()).await,
            |r| match r {
                RData::A(a) => Some(IpAddr::V4(a.0)),
                _ => None,
            },
        )?;
        if v4.answer == Answer::NxDomain {
            return Ok(v4);
        }
        let v6 = lookup(
            host,
            RecordType::AAAA,
            self.resolver.ipv6_lookup(name.as_str()).await,
            |r| match r {
                RData::AAAA(a) => Some(IpAddr::V6(a.0)),
                _ => None,
            },
        );
        // A failed AAAA lookup does not sink working IPv4 addresses (a bogus one does).
        let v6 = match v6 {
            Ok(l) => l,
            Err(e) if !e.bogus && !v4.records().is_empty() => Lookup {
                answer: Answer::NoRecords,
                secure: false,
            },
            Err(e) => return Err(e),
        };
        let mut all = v4.records().to_vec();
        all.extend_from_slice(v6.records());
        Ok(Lookup {
            answer: if all.is_empty() {
                Answer::NoRecords
            } else {
                Answer::Records(all)
            },
            secure: v4.secure && v6.secure,
        })
    }

    /// TLSA records at `_<port>._tcp.<host>` (RFC 7672 §2.2.2).
    pub async fn tlsa(&self, host: &str, port: u16) -> Result<Lookup<TlsaRecord>, LookupError> {
        let name = format!("_{port}._tcp.{}", fqdn(host));
        let r = self.resolver.tlsa_lookup(name.as_str()).await;
        lookup(&name, RecordType::TLSA, r, |rdata| match rdata {
            RData::TLSA(t) => Some(TlsaRecord {
                usage: u8::from(t.cert_usage),
                selector: u8::from(t.selector),
                matching: u8::from(t.matching),
                data: t.cert_data.clone(),
            }),
            _ => None,
        })
    }

    /// TXT records, each joined from its strings.
    pub async fn txt(&self, name: &str) -> Result<Lookup<String>, LookupError> {
        let r = self.resolver.txt_lookup(fqdn(name).as_str()).await;
        lookup(name, RecordType::TXT, r, |rdata| match rdata {
            RData::TXT(t) => Some(
                t.txt_data
                    .iter()
                    .map(|s| String::from_utf8_lossy(s).into_owned())
                    .collect::<String>(),
            ),
            _ => None,
        })
    }

    pub fn resolver(&self) -> &TokioResolver {
        &self.resolver
    }

    /// The root zone's SOA, to see whether the nameservers answer with DNSSEC
    /// (`check-config --connect`): secure when the root validates against the
    /// trust anchors, an error (bogus) when signatures are missing or wrong.
    pub async fn root_soa(&self) -> Result<Lookup<()>, LookupError> {
        let r = self.resolver.lookup(".", RecordType::SOA).await;
        lookup(".", RecordType::SOA, r, |rdata| {
            matches!(rdata, RData::SOA(_)).then_some(())
        })
    }
}

fn fqdn(name: &str) -> String {
    if name.ends_with('.') {
        name.to_string()
    } else {
        format!("{name}.")
    }
}

fn name_server(addr: &SocketAddr) -> NameServerConfig {
    let mut udp = ConnectionConfig::udp();
    udp.port = addr.port();
    let mut tcp = ConnectionConfig::tcp();
    tcp.port = addr.port();
    NameServerConfig::new(addr.ip(), true, vec![udp, tcp])
}

/// [`classify`], counted in `phirelay_dns_lookups_total` by record type and
/// outcome (bounded labels: never the name asked for).
fn lookup<T>(
    name: &str,
    want: RecordType,
    result: Result<hickory_resolver::lookup::Lookup, NetError>,
    pick: impl Fn(&RData) -> Option<T>,
) -> Result<Lookup<T>, LookupError> {
    let out = classify(name, want, result, pick);
    let outcome = match &out {
        Ok(l) if matches!(l.answer, Answer::NxDomain) => "nxdomain",
        Ok(l) if matches!(l.answer, Answer::NoRecords) => "nodata",
        Ok(l) if l.secure => "secure",
        Ok(_) => "insecure",
        Err(e) if e.bogus => "bogus",
        Err(_) => "error",
    };
    let rtype = match want {
        RecordType::A => "A",
        RecordType::AAAA => "AAAA",
        RecordType::MX => "MX",
        RecordType::TLSA => "TLSA",
        RecordType::TXT => "TXT",
        _ => "other",
    };
    metrics::counter!("phirelay_dns_lookups_total", "type" => rtype, "outcome" => outcome)
        .increment(1);
    out
}

/// A resolver's answer as phirelay reads it: records and whether DNSSEC made
/// them secure, a denial, or a failure (bogus apart).
fn classify<T>(
    name: &str,
    want: RecordType,
    result: Result<hickory_resolver::lookup::Lookup, NetError>,
    pick: impl Fn(&RData) -> Option<T>,
) -> Result<Lookup<T>, LookupError> {
    let fail = |reason: String, bogus: bool| LookupError {
        name: name.to_string(),
        rtype: want,
        reason,
        bogus,
    };
    match result {
        Ok(found) => {
            let relevant: Vec<_> = found
                .answers()
                .iter()
                .filter(|r| r.record_type() == want)
                .collect();
            // RFC 7672 §2.1.3: an answer reached through a CNAME chain is secure only
            // when every link is; a forged CNAME from an unsigned zone into a signed one
            // must not lend the target's signatures to the name asked for.
            let chain: Vec<_> = found
                .answers()
                .iter()
                .filter(|r| {
                    r.record_type() == want
                        || matches!(r.record_type(), RecordType::CNAME | RecordType::DNAME)
                })
                .collect();
            let secure = !relevant.is_empty() && chain.iter().all(|r| r.proof == Proof::Secure);
            if chain.iter().any(|r| r.proof == Proof::Bogus) {
                return Err(fail("DNSSEC validation failed".into(), true));
            }
            let records: Vec<T> = relevant.iter().filter_map(|r| pick(&r.data)).collect();
            Ok(Lookup {
                answer: if records.is_empty() {
                    Answer::NoRecords
                } else {
                    Answer::Records(records)
                },
                secure,
            })
        }
        Err(NetError::Dns(DnsError::NoRecordsFound(no))) => Ok(Lookup {
            answer: match no.response_code {
                ResponseCode::NXDomain => Answer::NxDomain,
                _ => Answer::NoRecords,
            },
            secure: false,
        }),
        Err(NetError::Dns(DnsError::Nsec {
            response, proof, ..
        })) => {
            if proof == Proof::Bogus {
                return Err(fail("DNSSEC validation of a denial failed".into(), true));
            }
            Ok(Lookup {
                answer: match response.response_code {
                    ResponseCode::NXDomain => Answer::NxDomain,
                    _ => Answer::NoRecords,
                },
                secure: proof == Proof::Secure,
            })
        }
        Err(NetError::Dns(DnsError::DnssecBogus)) => {
            Err(fail("DNSSEC validation failed".into(), true))
        }
        Err(e) => Err(fail(e.to_string(), false)),
    }
}
