//! DNS for delivery: MX and address lookups through hickory-resolver, with the
//! nameservers from `[dns]` (tests point them at an in-process server).
//!
//! Answers are typed so callers can tell "the domain does not exist" (permanent)
//! from "no such record" (e.g. no MX: fall back to the address, RFC 5321 §5.1) and
//! from a failed lookup (SERVFAIL, timeout: temporary, never a bounce).

use std::net::{IpAddr, SocketAddr};

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::net::{DnsError, NetError};
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

/// A lookup that failed: always temporary.
#[derive(Debug, Clone, thiserror::Error)]
#[error("DNS lookup for {name} {rtype} failed: {reason}")]
pub struct LookupError {
    pub name: String,
    pub rtype: RecordType,
    pub reason: String,
}

#[derive(Clone)]
pub struct Dns {
    resolver: TokioResolver,
}

impl Dns {
    pub fn new(cfg: &DnsConfig) -> Result<Self, String> {
        let mut opts = ResolverOpts::default();
        opts.timeout = cfg.timeout;
        opts.attempts = 2;
        let builder = if cfg.nameservers.is_empty() {
            Resolver::builder_tokio().map_err(|e| format!("cannot read /etc/resolv.conf: {e}"))?
        } else {
            let servers = cfg.nameservers.iter().map(name_server).collect();
            Resolver::builder_with_config(
                ResolverConfig::from_name_servers(servers),
                TokioRuntimeProvider::default(),
            )
        };
        let resolver = builder
            .with_options(opts)
            .build()
            .map_err(|e| format!("cannot build the DNS resolver: {e}"))?;
        Ok(Self { resolver })
    }

    /// MX records as (preference, exchange without the trailing dot).
    pub async fn mx(&self, domain: &str) -> Result<Answer<(u16, String)>, LookupError> {
        let fqdn = fqdn(domain);
        let found = self.resolver.mx_lookup(fqdn.as_str()).await;
        answer(domain, RecordType::MX, found, |rdata| match rdata {
            RData::MX(mx) => Some((
                mx.preference,
                mx.exchange.to_ascii().trim_end_matches('.').to_string(),
            )),
            _ => None,
        })
    }

    /// IPv4 then IPv6 addresses of `host`.
    pub async fn addresses(&self, host: &str) -> Result<Answer<IpAddr>, LookupError> {
        let fqdn = fqdn(host);
        let v4 = answer(
            host,
            RecordType::A,
            self.resolver.ipv4_lookup(fqdn.as_str()).await,
            |r| match r {
                RData::A(a) => Some(IpAddr::V4(a.0)),
                _ => None,
            },
        )?;
        if v4 == Answer::NxDomain {
            return Ok(v4);
        }
        let v6 = answer(
            host,
            RecordType::AAAA,
            self.resolver.ipv6_lookup(fqdn.as_str()).await,
            |r| match r {
                RData::AAAA(a) => Some(IpAddr::V6(a.0)),
                _ => None,
            },
        )?;
        let mut all = match v4 {
            Answer::Records(v) => v,
            _ => Vec::new(),
        };
        if let Answer::Records(v) = v6 {
            all.extend(v);
        }
        Ok(if all.is_empty() {
            Answer::NoRecords
        } else {
            Answer::Records(all)
        })
    }

    pub fn resolver(&self) -> &TokioResolver {
        &self.resolver
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

fn answer<T>(
    name: &str,
    want: RecordType,
    result: Result<hickory_resolver::lookup::Lookup, NetError>,
    pick: impl Fn(&RData) -> Option<T>,
) -> Result<Answer<T>, LookupError> {
    match result {
        Ok(lookup) => {
            let records: Vec<T> = lookup
                .answers()
                .iter()
                .filter(|r| r.record_type() == want)
                .filter_map(|r| pick(&r.data))
                .collect();
            Ok(if records.is_empty() {
                Answer::NoRecords
            } else {
                Answer::Records(records)
            })
        }
        Err(NetError::Dns(DnsError::NoRecordsFound(no))) => Ok(match no.response_code {
            ResponseCode::NXDomain => Answer::NxDomain,
            _ => Answer::NoRecords,
        }),
        Err(e) => Err(LookupError {
            name: name.to_string(),
            rtype: want,
            reason: e.to_string(),
        }),
    }
}
