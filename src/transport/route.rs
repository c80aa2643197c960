//! Where mail for a domain goes: a static route (smarthost) when one is configured,
//! else the MX records in preference order, equal preferences shuffled, falling
//! back to the domain's own address when there is no MX (RFC 5321 §5.1); a null
//! MX (RFC 7505) means the domain takes no mail.

use std::net::IpAddr;

use super::reply::Reply;
use crate::config::Route;
use crate::dns::{Answer, Dns, LookupError};

/// One host to try, with its addresses in the order to try them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hop {
    pub host: String,
    pub addrs: Vec<IpAddr>,
    pub port: u16,
    /// AUTH PLAIN credentials for a smarthost route.
    pub auth: Option<(String, crate::util::Secret)>,
    /// From `[[transport.route]]`, not from DNS.
    pub static_route: bool,
    /// The MX RRset that named this host was DNSSEC-secure.
    pub mx_secure: bool,
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum RouteError {
    #[error("the domain publishes a null MX and accepts no mail")]
    NullMx,
    #[error("the domain does not exist")]
    NoSuchDomain,
    #[error("no MX host has an address")]
    NoAddresses,
    #[error(transparent)]
    Dns(#[from] LookupError),
}

impl RouteError {
    pub fn reply(&self) -> Reply {
        match self {
            // RFC 7505 §4.2.
            RouteError::NullMx => Reply::local(556, "5.1.10", "recipient domain has a null MX"),
            RouteError::NoSuchDomain => {
                Reply::local(550, "5.1.2", "recipient domain does not exist")
            }
            RouteError::NoAddresses => Reply::local(451, "4.4.4", "no address for any MX host"),
            RouteError::Dns(e) if e.bogus => Reply::local(451, "4.7.5", e.to_string()),
            RouteError::Dns(e) => Reply::local(451, "4.4.3", e.to_string()),
        }
    }
}

pub struct Router {
    dns: Dns,
    routes: Vec<Route>,
    port: u16,
}

impl Router {
    /// `port`: 25, unless a test overrides it.
    pub fn new(dns: Dns, routes: Vec<Route>, port: u16) -> Self {
        Self { dns, routes, port }
    }

    pub async fn route(&self, domain: &str) -> Result<Vec<Hop>, RouteError> {
        let domain = domain.trim_end_matches('.').to_ascii_lowercase();
        let route = self
            .routes
            .iter()
            .find(|r| r.domain == domain)
            .or_else(|| self.routes.iter().find(|r| r.domain == "*"));
        if let Some(r) = route {
            let addrs = match r.host.parse::<IpAddr>() {
                Ok(ip) => vec![ip],
                Err(_) => match self.dns.addresses(&r.host).await?.answer {
                    Answer::Records(a) => a,
                    _ => return Err(RouteError::NoAddresses),
                },
            };
            return Ok(vec![Hop {
                host: r.host.clone(),
                addrs,
                port: r.port,
                auth: r.auth.clone(),
                static_route: true,
                mx_secure: false,
            }]);
        }
        let mx_lookup = self.dns.mx(&domain).await?;
        let mx_secure = mx_lookup.secure;
        let mut mx = match mx_lookup.answer {
            Answer::NxDomain => return Err(RouteError::NoSuchDomain),
            Answer::NoRecords => {
                // No MX: the domain itself is the implicit MX (RFC 5321 §5.1).
                return match self.dns.addresses(&domain).await?.answer {
                    Answer::Records(addrs) => Ok(vec![self.hop(domain, addrs, false)]),
                    _ => Err(RouteError::NoSuchDomain),
                };
            }
            Answer::Records(mx) => mx,
        };
        // RFC 7505 §3: a single MX with the root as exchange.
        if mx.iter().any(|(_, host)| host.is_empty()) {
            return Err(RouteError::NullMx);
        }
        order_by_preference(&mut mx);
        let mut hops = Vec::new();
        let mut dns_error = None;
        for (_, host) in mx {
            match self.dns.addresses(&host).await.map(|l| l.answer) {
                Ok(Answer::Records(addrs)) => hops.push(self.hop(host, addrs, mx_secure)),
                Ok(_) => tracing::info!(mx = %host, "MX host has no address; skipped"),
                Err(e) => dns_error = Some(e),
            }
        }
        match (hops.is_empty(), dns_error) {
            (false, _) => Ok(hops),
            (true, Some(e)) => Err(e.into()),
            (true, None) => Err(RouteError::NoAddresses),
        }
    }

    fn hop(&self, host: String, addrs: Vec<IpAddr>, mx_secure: bool) -> Hop {
        Hop {
            host,
            addrs,
            port: self.port,
            auth: None,
            static_route: false,
            mx_secure,
        }
    }

    pub fn dns(&self) -> &Dns {
        &self.dns
    }
}

/// Sort by preference; shuffle hosts of equal preference (RFC 5321 §5.1) so load
/// spreads over them.
fn order_by_preference(mx: &mut [(u16, String)]) {
    let mut keyed: Vec<(u16, u32, String)> = mx
        .iter()
        .map(|(p, h)| (*p, random_u32(), h.clone()))
        .collect();
    keyed.sort();
    for (slot, (p, _, h)) in mx.iter_mut().zip(keyed) {
        *slot = (p, h);
    }
}

fn random_u32() -> u32 {
    let mut b = [0u8; 4];
    // Without randomness the order is just stable: still correct.
    let _ = aws_lc_rs::rand::fill(&mut b);
    u32::from_le_bytes(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preference_order_with_shuffled_ties() {
        let mut seen_first = std::collections::HashSet::new();
        for _ in 0..64 {
            let mut mx = vec![
                (20, "c".to_string()),
                (10, "a".to_string()),
                (10, "b".to_string()),
                (30, "d".to_string()),
            ];
            order_by_preference(&mut mx);
            assert_eq!(mx[2].1, "c");
            assert_eq!(mx[3].1, "d");
            seen_first.insert(mx[0].1.clone());
        }
        assert_eq!(seen_first.len(), 2, "equal preferences were never shuffled");
    }
}
