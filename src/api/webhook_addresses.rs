//! Where a webhook may be sent: public addresses only, unless the admin says
//! otherwise (`[api] webhook_allow_private_addresses`).
//!
//! Why: the URL comes from an API key's holder, and the relay sits inside the
//! hospital's network. Without this, a key with the `webhooks` scope could make
//! the relay post to the database's admin port, a cloud metadata service or a
//! printer (server-side request forgery). The check is made on the addresses
//! the connection will use (the resolver hands reqwest only public ones), so a
//! name that resolves to a public address when registered and to a private one
//! later is caught too.

use std::error::Error as StdError;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Whether `ip` is on the public internet: not loopback, private, shared
/// (CGNAT), link-local, unspecified, multicast, broadcast, documentation, or
/// an IPv6 unique-local, site-local or mapped form of one of those.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    let shared = a == 100 && (64..128).contains(&b);
    let this_network = a == 0;
    let benchmarking = a == 198 && (b == 18 || b == 19);
    let reserved = a >= 240;
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_multicast()
        || ip.is_broadcast()
        || ip.is_documentation()
        || shared
        || this_network
        || benchmarking
        || reserved)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let seg = ip.segments();
    // IPv4 inside IPv6: IPv4-compatible (::/96, deprecated) and NAT64
    // (64:ff9b::/96) reach the IPv4 address they carry.
    let carried = Ipv4Addr::from((u32::from(seg[6]) << 16) | u32::from(seg[7]));
    let compatible = seg[..6].iter().all(|s| *s == 0) && !ip.is_loopback() && !ip.is_unspecified();
    let nat64 = seg[0] == 0x64 && seg[1] == 0xff9b && seg[2..6].iter().all(|s| *s == 0);
    if compatible || nat64 {
        return is_public_v4(carried);
    }
    let first = seg[0];
    let unique_local = first & 0xfe00 == 0xfc00;
    let link_local = first & 0xffc0 == 0xfe80;
    let site_local = first & 0xffc0 == 0xfec0;
    let documentation = first == 0x2001 && seg[1] == 0x0db8;
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || unique_local
        || link_local
        || site_local
        || documentation)
}

/// The refusal, for a URL's address or a name's.
#[derive(Debug, thiserror::Error)]
#[error(
    "{0} resolves only to loopback, private or other non-public addresses (set [api] webhook_allow_private_addresses = true to allow them)"
)]
pub struct NotPublic(pub String);

/// A resolver that drops non-public addresses (unless allowed).
pub struct PublicOnly {
    pub inner: Arc<dyn Resolve>,
    pub allow_private: bool,
}

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        let inner = self.inner.resolve(name);
        let allow_private = self.allow_private;
        Box::pin(async move {
            let addrs: Vec<SocketAddr> = inner.await?.collect();
            let kept: Vec<SocketAddr> = addrs
                .into_iter()
                .filter(|a| allow_private || is_public(a.ip()))
                .collect();
            if kept.is_empty() {
                let e: Box<dyn StdError + Send + Sync> = Box::new(NotPublic(host));
                return Err(e);
            }
            Ok(Box::new(kept.into_iter()) as Addrs)
        })
    }
}

/// A URL whose host is an IP literal (reqwest does not resolve those) must be
/// public too; a host name is checked by [`PublicOnly`] when it is resolved.
pub fn literal_allowed(url: &reqwest::Url, allow_private: bool) -> Result<(), NotPublic> {
    let ip = match url.host() {
        Some(url::Host::Ipv4(v4)) => IpAddr::V4(v4),
        Some(url::Host::Ipv6(v6)) => IpAddr::V6(v6),
        _ => return Ok(()),
    };
    match allow_private || is_public(ip) {
        true => Ok(()),
        false => Err(NotPublic(ip.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_public() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "255.255.255.255",
            "224.0.0.1",
            "192.0.2.1",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "::ffff:127.0.0.1",
            "::ffff:10.0.0.1",
            "2001:db8::1",
            "::127.0.0.1",
            "64:ff9b::10.0.0.1",
            "64:ff9b::169.254.169.254",
        ] {
            assert!(!is_public(private.parse().unwrap()), "{private}");
        }
        for public in [
            "93.184.216.34",
            "8.8.8.8",
            "2606:4700::1111",
            "::ffff:1.1.1.1",
            "64:ff9b::1.1.1.1",
        ] {
            assert!(is_public(public.parse().unwrap()), "{public}");
        }
    }

    /// A resolver answering with fixed addresses, as DNS would.
    struct Answers(Vec<&'static str>);

    impl Resolve for Answers {
        fn resolve(&self, _name: Name) -> Resolving {
            let addrs: Vec<SocketAddr> = self
                .0
                .iter()
                .map(|a| SocketAddr::new(a.parse().unwrap(), 0))
                .collect();
            Box::pin(async move { Ok(Box::new(addrs.into_iter()) as Addrs) })
        }
    }

    async fn resolve(
        answers: Vec<&'static str>,
        allow_private: bool,
    ) -> Result<Vec<String>, String> {
        let r = PublicOnly {
            inner: Arc::new(Answers(answers)),
            allow_private,
        };
        let name: Name = "hooks.example.org".parse().unwrap();
        match r.resolve(name).await {
            Ok(addrs) => Ok(addrs.map(|a| a.ip().to_string()).collect()),
            Err(e) => Err(e.to_string()),
        }
    }

    #[tokio::test]
    async fn a_name_keeps_only_its_public_addresses() {
        let e = resolve(vec!["127.0.0.1", "10.0.0.9"], false)
            .await
            .unwrap_err();
        assert!(
            e.contains("hooks.example.org") && e.contains("non-public"),
            "{e}"
        );
        assert_eq!(
            resolve(vec!["10.0.0.9", "8.8.8.8"], false).await.unwrap(),
            ["8.8.8.8"],
            "a private address beside a public one is dropped, not tried"
        );
        assert_eq!(
            resolve(vec!["127.0.0.1"], true).await.unwrap(),
            ["127.0.0.1"]
        );
    }

    #[test]
    fn literal_urls_are_checked_and_names_are_left_to_the_resolver() {
        let url = |s: &str| reqwest::Url::parse(s).unwrap();
        assert!(literal_allowed(&url("https://127.0.0.1:9/x"), false).is_err());
        assert!(literal_allowed(&url("https://[::1]/x"), false).is_err());
        assert!(literal_allowed(&url("https://[::ffff:a00:1]/x"), false).is_err());
        assert!(literal_allowed(&url("https://127.0.0.1/x"), true).is_ok());
        assert!(literal_allowed(&url("https://8.8.8.8/x"), false).is_ok());
        assert!(literal_allowed(&url("https://hooks.example.org/x"), false).is_ok());
    }
}
