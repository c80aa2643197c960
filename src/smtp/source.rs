//! Which `[[source]]` profile a client is, checked in two steps. At MAIL: the
//! connection (client address, verified client certificate and its name, AUTH
//! user) and the envelope sender's domain narrow the listener's profiles to the
//! candidates. At the end of DATA: the message must pass every header check of
//! one candidate (M365 tenant id and `AuthAs`, Google DKIM and route header,
//! the From domain). Nothing is relayed for a client no profile fully covers;
//! the refusal names the first failed check of the first profile tried, never
//! any content.

use std::net::IpAddr;

use mail_parser::{HeaderName, MessageParser};

use crate::audit::details::SourceAuth;
use crate::config::{DomainPattern, Source, SourceKind};

/// One check of a profile, as named in replies and audit rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    SourceAddress,
    ClientCertificate,
    CertificateName,
    AuthUser,
    SenderDomain,
    FromDomain,
    TenantId,
    AuthAs,
    OriginatorOrg,
    DkimSignature,
    RouteHeader,
    /// Not a failed check: the message carries this relay's marker for the
    /// source (it looped back).
    Loop,
    /// No valid signature, and a key lookup failed for now: 451, not 550.
    DkimTemporary,
}

impl Check {
    /// The name in audit rows (`rejected.check`).
    pub fn as_str(self) -> &'static str {
        match self {
            Check::SourceAddress => "source_address",
            Check::ClientCertificate => "client_certificate",
            Check::CertificateName => "certificate_name",
            Check::AuthUser => "auth_user",
            Check::SenderDomain => "sender_domain",
            Check::FromDomain => "from_domain",
            Check::TenantId => "tenant_id",
            Check::AuthAs => "auth_as",
            Check::OriginatorOrg => "originator_org",
            Check::DkimSignature => "dkim_signature",
            Check::RouteHeader => "route_header",
            Check::Loop => "loop",
            Check::DkimTemporary => "dkim_temporary",
        }
    }

    /// The words on the wire (`550 5.7.1 Not authorised: <this>`; the loop and
    /// the temporary DKIM failure have replies of their own, `upstream.rs`).
    pub fn describe(self) -> &'static str {
        match self {
            Check::SourceAddress => "client address not in the source's networks",
            Check::ClientCertificate => "no verified client certificate",
            Check::CertificateName => "client certificate name not allowed",
            Check::AuthUser => "not authenticated as a user of this source",
            Check::SenderDomain => "envelope sender domain not allowed for this source",
            Check::FromDomain => "From domain not allowed for this source",
            Check::TenantId => "tenant id missing or not allowed",
            Check::AuthAs => "X-MS-Exchange-CrossTenant-AuthAs is not Internal",
            Check::OriginatorOrg => "X-OriginatorOrg not allowed",
            Check::DkimSignature => "no valid DKIM signature of an allowed domain",
            Check::RouteHeader => "route header missing or wrong",
            Check::Loop => "routing loop",
            Check::DkimTemporary => "DKIM key lookup failed for now",
        }
    }
}

/// A profile refused the client: which one, and the check that failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub source: String,
    pub check: Check,
}

/// What the connection offers: the client's address, the names its verified
/// client certificate is valid for (checked against each profile's list), and
/// the AUTH user.
pub struct Connection<'a> {
    pub ip: IpAddr,
    /// The verified leaf certificate (DER), if the client presented one.
    pub certificate: Option<&'a [u8]>,
    pub auth_user: Option<&'a str>,
}

/// The profiles still possible for this connection and envelope sender, in
/// config order; Err names the first failure of the first profile when none is.
pub fn candidates<'s>(
    sources: &[&'s Source],
    conn: &Connection,
    mail_from: &str,
) -> Result<Vec<&'s Source>, Failure> {
    let mut first = None;
    let mut ok = Vec::new();
    for s in sources {
        match connection_check(s, conn).and_then(|()| sender_check(s, mail_from)) {
            Ok(()) => ok.push(*s),
            Err(check) => {
                first.get_or_insert(Failure {
                    source: s.name.clone(),
                    check,
                });
            }
        }
    }
    match (ok.is_empty(), first) {
        (false, _) => Ok(ok),
        (true, Some(f)) => Err(f),
        (true, None) => Err(Failure {
            source: String::new(),
            check: Check::SourceAddress,
        }),
    }
}

fn connection_check(s: &Source, c: &Connection) -> Result<(), Check> {
    if !s.networks.is_empty() && !s.networks.iter().any(|n| n.contains(&c.ip)) {
        return Err(Check::SourceAddress);
    }
    let names = s.kind.certificate_names();
    if !names.is_empty() {
        let der = c.certificate.ok_or(Check::ClientCertificate)?;
        if !names.iter().any(|n| certificate_valid_for(der, n)) {
            return Err(Check::CertificateName);
        }
    }
    if let SourceKind::Auth { users } = &s.kind
        && !c.auth_user.is_some_and(|u| users.iter().any(|x| x == u))
    {
        return Err(Check::AuthUser);
    }
    Ok(())
}

/// The certificate (already verified by the TLS handshake) is valid for `name`.
fn certificate_valid_for(der: &[u8], name: &str) -> bool {
    let cert = rustls_pki_types::CertificateDer::from(der);
    let Ok(end) = webpki::EndEntityCert::try_from(&cert) else {
        return false;
    };
    rustls_pki_types::ServerName::try_from(name)
        .is_ok_and(|n| end.verify_is_valid_for_subject_name(&n).is_ok())
}

/// The envelope sender's domain is the source's (the null sender passes: the
/// From check at DATA still applies).
fn sender_check(s: &Source, mail_from: &str) -> Result<(), Check> {
    if mail_from.is_empty() {
        return Ok(());
    }
    let domain = crate::store::domain_of(mail_from);
    let srs = matches!(&s.kind, SourceKind::M365 { srs_domain: Some(d), .. } if *d == domain);
    match srs || allowed(&s.domains, &domain) {
        true => Ok(()),
        false => Err(Check::SenderDomain),
    }
}

fn allowed(patterns: &[DomainPattern], domain: &str) -> bool {
    !domain.is_empty() && patterns.iter().any(|p| p.matches(domain))
}

/// The facts a message offers to the header checks (read once).
pub struct MessageFacts {
    /// Lower-cased domains of every From address (none: fails the check).
    pub from_domains: Vec<String>,
    /// Every value of each header the checks read, trimmed, lower case.
    pub tenant_ids: Vec<String>,
    pub auth_as: Vec<String>,
    pub originator_orgs: Vec<String>,
    /// (name lower case, raw value trimmed) of every header, for route headers.
    pub headers: Vec<(String, String)>,
}

impl MessageFacts {
    pub fn read(message: &[u8]) -> Self {
        let parsed = MessageParser::new().parse_headers(message);
        let mut facts = MessageFacts {
            from_domains: Vec::new(),
            tenant_ids: Vec::new(),
            auth_as: Vec::new(),
            originator_orgs: Vec::new(),
            headers: Vec::new(),
        };
        let Some(m) = parsed else {
            return facts;
        };
        for h in m.headers() {
            let name = h.name().to_ascii_lowercase();
            let raw =
                std::str::from_utf8(&message[h.offset_start() as usize..h.offset_end() as usize])
                    .unwrap_or("")
                    .trim()
                    .to_string();
            let lower = raw.to_ascii_lowercase();
            match name.as_str() {
                "x-ms-exchange-crosstenant-id" => facts.tenant_ids.push(lower),
                "x-ms-exchange-crosstenant-authas" => facts.auth_as.push(lower),
                "x-originatororg" => facts.originator_orgs.push(lower),
                _ => {}
            }
            facts.headers.push((name, raw));
        }
        if let Some(from) = m.header(HeaderName::From).and_then(|v| v.as_address()) {
            facts.from_domains = from
                .iter()
                .filter_map(|a| a.address())
                .map(crate::store::domain_of)
                .collect();
        }
        facts
    }

    /// Exactly one distinct value, or None (absent, or contradicting copies).
    fn single(values: &[String]) -> Option<&str> {
        let first = values.first()?;
        values.iter().all(|v| v == first).then_some(first.as_str())
    }
}

/// The header checks of one candidate, except DKIM (the caller verifies
/// signatures once and passes the valid signing domains).
pub fn message_check(
    s: &Source,
    facts: &MessageFacts,
    dkim_domains_valid: &[String],
) -> Result<SourceAuth, Check> {
    if facts.from_domains.is_empty() || !facts.from_domains.iter().all(|d| allowed(&s.domains, d)) {
        return Err(Check::FromDomain);
    }
    let mut out = SourceAuth {
        source: s.name.clone(),
        kind: s.kind.name(),
        tenant_id: None,
        dkim_domain: None,
        dkim_valid: dkim_domains_valid.to_vec(),
        arc_chain: "none",
    };
    match &s.kind {
        SourceKind::M365 {
            tenant_ids,
            originator_orgs,
            ..
        } => {
            let tenant = MessageFacts::single(&facts.tenant_ids)
                .filter(|t| tenant_ids.iter().any(|x| x == t))
                .ok_or(Check::TenantId)?;
            if MessageFacts::single(&facts.auth_as) != Some("internal") {
                return Err(Check::AuthAs);
            }
            if !originator_orgs.is_empty()
                && !MessageFacts::single(&facts.originator_orgs)
                    .is_some_and(|o| originator_orgs.iter().any(|x| x == o))
            {
                return Err(Check::OriginatorOrg);
            }
            out.tenant_id = Some(tenant.to_string());
        }
        SourceKind::Google {
            dkim_domains,
            route,
            ..
        } => {
            if let Some((name, hash)) = route
                && !route_ok(facts, name, hash)
            {
                return Err(Check::RouteHeader);
            }
            let d = dkim_domains_valid
                .iter()
                .find(|d| dkim_domains.iter().any(|x| google_binds(x, d)))
                .ok_or(Check::DkimSignature)?;
            out.dkim_domain = Some(d.clone());
        }
        SourceKind::Auth { .. } | SourceKind::Network => {}
    }
    Ok(out)
}

/// The route header is present once, with the secret whose SHA-256 is `hash`.
fn route_ok(facts: &MessageFacts, name: &str, hash: &[u8; 32]) -> bool {
    let values: Vec<&String> = facts
        .headers
        .iter()
        .filter(|(n, _)| n == name)
        .map(|(_, v)| v)
        .collect();
    let [value] = values.as_slice() else {
        return false;
    };
    let got = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, value.as_bytes());
    aws_lc_rs::constant_time::verify_slices_are_equal(got.as_ref(), hash).is_ok()
}

/// A valid signature by `signer` binds the customer `domain`: the domain
/// itself, or Google's default `<domain-with-dashes>.<yyyymmdd>.gappssmtp.com`.
fn google_binds(domain: &str, signer: &str) -> bool {
    let signer = signer.trim_end_matches('.').to_ascii_lowercase();
    if signer == domain {
        return true;
    }
    let dashed = domain.replace('.', "-");
    signer
        .strip_prefix(&format!("{dashed}."))
        .and_then(|rest| rest.strip_suffix(".gappssmtp.com"))
        .is_some_and(|date| date.len() == 8 && date.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m365() -> Source {
        Source {
            name: "m365".into(),
            networks: vec!["127.0.0.0/8".parse().unwrap()],
            domains: vec![DomainPattern::parse("example.org").unwrap()],
            kind: SourceKind::M365 {
                tenant_ids: vec!["11111111-2222-3333-4444-555555555555".into()],
                certificate_names: vec![],
                originator_orgs: vec![],
                srs_domain: Some("example.onmicrosoft.com".into()),
            },
        }
    }

    fn msg(headers: &str) -> MessageFacts {
        MessageFacts::read(format!("{headers}Subject: x\r\n\r\nbody\r\n").as_bytes())
    }

    #[test]
    fn tenant_authas_and_from_are_all_required() {
        let s = m365();
        let good = "From: a@example.org\r\nX-MS-Exchange-CrossTenant-Id: 11111111-2222-3333-4444-555555555555\r\nX-MS-Exchange-CrossTenant-AuthAs: Internal\r\n";
        let ok = message_check(&s, &msg(good), &[]).unwrap();
        assert_eq!(
            ok.tenant_id.as_deref(),
            Some("11111111-2222-3333-4444-555555555555")
        );
        let other = good.replace("11111111", "99999999");
        assert_eq!(message_check(&s, &msg(&other), &[]), Err(Check::TenantId));
        let twice =
            format!("{good}X-MS-Exchange-CrossTenant-Id: 99999999-2222-3333-4444-555555555555\r\n");
        assert_eq!(
            message_check(&s, &msg(&twice), &[]),
            Err(Check::TenantId),
            "contradicting copies"
        );
        let anon = good.replace("AuthAs: Internal", "AuthAs: Anonymous");
        assert_eq!(message_check(&s, &msg(&anon), &[]), Err(Check::AuthAs));
        let from = good.replace("a@example.org", "a@victim.example");
        assert_eq!(message_check(&s, &msg(&from), &[]), Err(Check::FromDomain));
    }

    #[test]
    fn envelope_domains_and_srs() {
        let s = m365();
        let conn = Connection {
            ip: "127.0.0.1".parse().unwrap(),
            certificate: None,
            auth_user: None,
        };
        assert!(candidates(&[&s], &conn, "a@example.org").is_ok());
        assert!(candidates(&[&s], &conn, "bounce+srs@example.onmicrosoft.com").is_ok());
        let f = candidates(&[&s], &conn, "a@victim.example").unwrap_err();
        assert_eq!(f.check, Check::SenderDomain);
        let far = Connection {
            ip: "192.0.2.1".parse().unwrap(),
            ..conn
        };
        assert_eq!(
            candidates(&[&s], &far, "a@example.org").unwrap_err().check,
            Check::SourceAddress
        );
    }

    #[test]
    fn google_default_signing_domain() {
        assert!(google_binds(
            "example.org",
            "example-org.20230601.gappssmtp.com"
        ));
        assert!(google_binds("example.org", "EXAMPLE.ORG"));
        assert!(!google_binds(
            "example.org",
            "example-org.2023.gappssmtp.com"
        ));
        assert!(!google_binds(
            "example.org",
            "evil-org.20230601.gappssmtp.com"
        ));
    }
}
