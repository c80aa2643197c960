//! Addresses as every entrance takes them (SMTP's MAIL and RCPT, the HTTP
//! API's JSON): checked for what would break the next hop, and normalised to
//! one spelling so that every later comparison sees the same string.

/// The address with its domain normalised once, here, so that every later
/// comparison (consumer domains, policy rules, per-domain TLS levels, routes)
/// sees one spelling: lower case, no trailing dot, IDNA A-labels. The local
/// part stays byte-exact. None when the domain is not a valid name or literal.
/// The null sender (`""`) stays as it is.
pub fn normalize_address(address: &str) -> Option<String> {
    if address.is_empty() {
        return Some(String::new());
    }
    let (local, domain) = address.rsplit_once('@')?;
    if local.is_empty() {
        return None;
    }
    if domain.starts_with('[') {
        // A domain literal: an address, not a name (RFC 5321 §4.1.3).
        let inner = domain.strip_prefix('[')?.strip_suffix(']')?;
        let ip = inner.strip_prefix("IPv6:").unwrap_or(inner);
        ip.parse::<std::net::IpAddr>().ok()?;
        return Some(address.to_string());
    }
    let name = domain.strip_suffix('.').unwrap_or(domain);
    let ascii = idna::domain_to_ascii(name).ok()?.to_ascii_lowercase();
    let labels_ok = !ascii.is_empty()
        && ascii.len() <= 253
        && ascii.split('.').all(|l| !l.is_empty() && l.len() <= 63);
    labels_ok.then(|| format!("{local}@{ascii}"))
}

/// RFC 5321 §4.5.3.1.3: a path of at most 256 octets, and no control
/// character anywhere (one would end the command line on the next hop).
pub fn safe_path(address: &str) -> bool {
    address.len() <= 256 && !address.bytes().any(|b| b < 0x20 || b == 0x7f)
}

#[cfg(test)]
mod tests {
    use super::normalize_address;

    #[test]
    fn domains_get_one_spelling() {
        let n = |a: &str| normalize_address(a);
        assert_eq!(n("p@gmail.com.").as_deref(), Some("p@gmail.com"));
        assert_eq!(n("P.Q@GMail.COM").as_deref(), Some("P.Q@gmail.com"));
        assert_eq!(
            n("x@Bücher.example").as_deref(),
            Some("x@xn--bcher-kva.example")
        );
        assert_eq!(n("x@[127.0.0.1]").as_deref(), Some("x@[127.0.0.1]"));
        assert_eq!(n("").as_deref(), Some(""));
        for bad in ["x@a..b", "x@.", "x@", "@a.b", "x@[999.1.1.1]", "noat"] {
            assert_eq!(n(bad), None, "{bad}");
        }
    }
}
