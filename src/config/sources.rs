//! `[[source]]`: who may hand mail to a listener, as named profiles. Microsoft
//! 365 and Google Workspace send from addresses and certificates shared by all
//! their customers, so a profile for them also pins the customer: the tenant
//! id (M365) or a DKIM signature of the customer's domain (Google). Every check
//! of a profile must pass; a listener that names profiles accepts only from them.
//! The checks themselves run in `src/smtp/source/`.

use ipnet::IpNet;
use serde::Deserialize;

/// Exchange Online's sending ranges, shipped as data (`data/sources/`).
const M365_RANGES: &str = include_str!("../../data/sources/microsoft-365.txt");
/// Google's sending ranges (from `_spf.google.com`).
const GOOGLE_RANGES: &str = include_str!("../../data/sources/google.txt");

#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum SourceKindName {
    M365,
    Google,
    Auth,
    Network,
}

#[derive(Debug, Deserialize, serde::Serialize, Clone, Default)]
#[serde(deny_unknown_fields, default)]
pub struct SourceSection {
    pub name: String,
    pub kind: Option<SourceKindName>,
    /// Client addresses (CIDRs). m365/google: default the shipped ranges;
    /// network: required; auth: default any.
    pub networks: Vec<String>,
    /// A file of CIDRs (one per line, `#` comments) instead of `networks`,
    /// e.g. written by `phirelay sources update`.
    pub networks_file: Option<String>,
    /// Sender domains this source may use, envelope and From: "example.org"
    /// or "*.example.org" (subdomains). Required.
    pub domains: Vec<String>,
    /// m365: the tenant ids (GUIDs) whose mail is accepted. Required.
    pub tenant_ids: Vec<String>,
    /// m365/google: names the client certificate must be valid for.
    /// Default: "mail.protection.outlook.com" / "smtp.gmail.com".
    pub certificate_names: Vec<String>,
    /// m365: if set, `X-OriginatorOrg` must be one of these.
    pub originator_orgs: Vec<String>,
    /// m365: the tenant's `*.onmicrosoft.com` domain, allowed as the envelope
    /// sender domain only (Exchange's SRS rewriting of forwarded mail).
    pub srs_domain: Option<String>,
    /// google: domains whose valid DKIM signature binds the message to this
    /// customer (also `<domain-with-dashes>.<date>.gappssmtp.com`). Required.
    pub dkim_domains: Vec<String>,
    /// google: a header the routing rule adds, and the SHA-256 (hex) of its
    /// secret value; the header is removed before the message is stored.
    pub route_header: Option<String>,
    pub route_secret_sha256: Option<String>,
    /// auth: the `[[relay.user]]` names this source is for. Required.
    pub users: Vec<String>,
}

/// A checked profile.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    /// Empty means any address (auth sources).
    pub networks: Vec<IpNet>,
    pub domains: Vec<DomainPattern>,
    pub kind: SourceKind,
}

#[derive(Debug, Clone)]
pub enum SourceKind {
    M365 {
        /// Lower case.
        tenant_ids: Vec<String>,
        certificate_names: Vec<String>,
        originator_orgs: Vec<String>,
        srs_domain: Option<String>,
    },
    Google {
        certificate_names: Vec<String>,
        dkim_domains: Vec<String>,
        route: Option<(String, [u8; 32])>,
    },
    Auth {
        users: Vec<String>,
    },
    Network,
}

impl SourceKind {
    pub fn name(&self) -> &'static str {
        match self {
            SourceKind::M365 { .. } => "m365",
            SourceKind::Google { .. } => "google",
            SourceKind::Auth { .. } => "auth",
            SourceKind::Network => "network",
        }
    }

    /// The names a client certificate must be valid for (empty: none needed).
    pub fn certificate_names(&self) -> &[String] {
        match self {
            SourceKind::M365 {
                certificate_names, ..
            }
            | SourceKind::Google {
                certificate_names, ..
            } => certificate_names,
            _ => &[],
        }
    }
}

/// "example.org" (that domain) or "*.example.org" (its subdomains, not itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DomainPattern {
    Exact(String),
    Below(String),
}

impl DomainPattern {
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().trim_end_matches('.').to_ascii_lowercase();
        let (below, name) = match s.strip_prefix("*.") {
            Some(rest) => (true, rest.to_string()),
            None => (false, s),
        };
        let ok = name.contains('.')
            && name.split('.').all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        match (ok, below) {
            (false, _) => None,
            (true, true) => Some(Self::Below(name)),
            (true, false) => Some(Self::Exact(name)),
        }
    }

    pub fn matches(&self, domain: &str) -> bool {
        let d = domain.trim_end_matches('.').to_ascii_lowercase();
        match self {
            Self::Exact(n) => d == *n,
            Self::Below(n) => d.len() > n.len() + 1 && d.ends_with(&format!(".{n}")),
        }
    }
}

/// Check every `[[source]]`; `users` are the `[[relay.user]]` names.
pub(super) fn sources(
    sections: &[SourceSection],
    users: &[String],
    err: &mut impl FnMut(&str, String, &str),
) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for (i, s) in sections.iter().enumerate() {
        let key = |k: &str| format!("source[{i}].{k}");
        if s.name.trim().is_empty() || out.iter().any(|o| o.name == s.name) {
            err(
                &key("name"),
                format!("{:?} is empty or used twice", s.name),
                "give every [[source]] its own name",
            );
        }
        let Some(kind_name) = s.kind else {
            err(
                &key("kind"),
                "missing".into(),
                "set kind = \"m365\", \"google\", \"auth\" or \"network\"",
            );
            continue;
        };
        let domains = domains(s, &key("domains"), err);
        let networks = networks(s, kind_name, &key("networks"), err);
        let Some(kind) = kind(s, kind_name, users, &key, err) else {
            continue;
        };
        out.push(Source {
            name: s.name.clone(),
            networks,
            domains,
            kind,
        });
    }
    out
}

fn kind(
    s: &SourceSection,
    kind: SourceKindName,
    users: &[String],
    key: &impl Fn(&str) -> String,
    err: &mut impl FnMut(&str, String, &str),
) -> Option<SourceKind> {
    let names = |default: &str| match s.certificate_names.is_empty() {
        true => vec![default.to_string()],
        false => s
            .certificate_names
            .iter()
            .map(|n| n.to_ascii_lowercase())
            .collect(),
    };
    match kind {
        SourceKindName::M365 => {
            let tenants: Vec<String> = s
                .tenant_ids
                .iter()
                .map(|t| t.trim().to_ascii_lowercase())
                .collect();
            if tenants.is_empty() || !tenants.iter().all(|t| is_guid(t)) {
                err(
                    &key("tenant_ids"),
                    "an m365 source needs the tenant ids (GUIDs) it accepts; there is no \"any tenant\"".into(),
                    "add tenant_ids = [\"<your tenant id>\"] (Entra admin center > Overview > Tenant ID)",
                );
                return None;
            }
            Some(SourceKind::M365 {
                tenant_ids: tenants,
                certificate_names: names("mail.protection.outlook.com"),
                originator_orgs: s
                    .originator_orgs
                    .iter()
                    .map(|o| o.to_ascii_lowercase())
                    .collect(),
                srs_domain: s.srs_domain.as_ref().map(|d| d.trim().to_ascii_lowercase()),
            })
        }
        SourceKindName::Google => google(s, key, err, names("smtp.gmail.com")),
        SourceKindName::Auth => {
            let unknown: Vec<_> = s.users.iter().filter(|u| !users.contains(u)).collect();
            if s.users.is_empty() || !unknown.is_empty() {
                err(
                    &key("users"),
                    format!("an auth source needs [[relay.user]] names; unknown: {unknown:?}"),
                    "list the users this source is for, each defined as a [[relay.user]]",
                );
                return None;
            }
            Some(SourceKind::Auth {
                users: s.users.clone(),
            })
        }
        SourceKindName::Network => Some(SourceKind::Network),
    }
}

fn google(
    s: &SourceSection,
    key: &impl Fn(&str) -> String,
    err: &mut impl FnMut(&str, String, &str),
    certificate_names: Vec<String>,
) -> Option<SourceKind> {
    let dkim: Vec<String> = s
        .dkim_domains
        .iter()
        .filter_map(|d| match DomainPattern::parse(d) {
            Some(DomainPattern::Exact(d)) => Some(d),
            _ => None,
        })
        .collect();
    if dkim.is_empty() || dkim.len() != s.dkim_domains.len() {
        err(
            &key("dkim_domains"),
            "a google source needs the domains whose DKIM signature proves the sender".into(),
            "add dkim_domains = [\"example.org\"] (the domain Google Workspace signs for)",
        );
        return None;
    }
    let route = match (&s.route_header, &s.route_secret_sha256) {
        (None, None) => None,
        (Some(h), Some(hex_hash)) => match hex::decode(hex_hash.trim())
            .ok()
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
        {
            Some(hash) if is_header_name(h) => Some((h.to_ascii_lowercase(), hash)),
            _ => {
                err(
                    &key("route_secret_sha256"),
                    "not a header name and a 64-digit hex SHA-256".into(),
                    "set route_header = \"X-Example-Route\" and route_secret_sha256 = the output of `printf %s SECRET | sha256sum`",
                );
                return None;
            }
        },
        _ => {
            err(
                &key("route_header"),
                "route_header and route_secret_sha256 go together".into(),
                "set both, or neither",
            );
            return None;
        }
    };
    Some(SourceKind::Google {
        certificate_names,
        dkim_domains: dkim,
        route,
    })
}

fn domains(
    s: &SourceSection,
    key: &str,
    err: &mut impl FnMut(&str, String, &str),
) -> Vec<DomainPattern> {
    let parsed: Vec<_> = s
        .domains
        .iter()
        .filter_map(|d| DomainPattern::parse(d))
        .collect();
    if parsed.is_empty() || parsed.len() != s.domains.len() {
        err(
            key,
            format!(
                "{:?}: every source needs the sender domains it may use",
                s.domains
            ),
            "list them as domains = [\"example.org\", \"*.example.org\"]",
        );
    }
    parsed
}

fn networks(
    s: &SourceSection,
    kind: SourceKindName,
    key: &str,
    err: &mut impl FnMut(&str, String, &str),
) -> Vec<IpNet> {
    let text = match &s.networks_file {
        Some(file) => match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                err(
                    key,
                    format!("networks_file {file:?}: {e}"),
                    "check the path",
                );
                return Vec::new();
            }
        },
        None if !s.networks.is_empty() => s.networks.join("\n"),
        None => match kind {
            SourceKindName::M365 => M365_RANGES.to_string(),
            SourceKindName::Google => GOOGLE_RANGES.to_string(),
            _ => String::new(),
        },
    };
    let mut nets = Vec::new();
    for line in text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
    {
        match line
            .parse::<IpNet>()
            .or_else(|_| line.parse::<std::net::IpAddr>().map(IpNet::from))
        {
            Ok(n) if n.prefix_len() > 0 => nets.push(n),
            _ => err(
                key,
                format!("{line:?} is not a CIDR (or is /0)"),
                "write networks as \"10.0.0.0/8\"",
            ),
        }
    }
    if kind == SourceKindName::Network && nets.is_empty() {
        err(
            key,
            "a network source needs its networks".into(),
            "add networks = [\"10.0.0.0/24\"]",
        );
    }
    nets
}

fn is_guid(s: &str) -> bool {
    let parts: Vec<_> = s.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.chars().all(|c| c.is_ascii_hexdigit()))
}

fn is_header_name(s: &str) -> bool {
    !s.is_empty() && s.len() <= 64 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_patterns() {
        let exact = DomainPattern::parse("Example.org.").unwrap();
        assert!(exact.matches("example.ORG") && !exact.matches("mail.example.org"));
        let below = DomainPattern::parse("*.example.org").unwrap();
        assert!(below.matches("mail.example.org") && !below.matches("example.org"));
        assert!(!below.matches("badexample.org"));
        assert!(DomainPattern::parse("*").is_none() && DomainPattern::parse("org").is_none());
    }

    fn problems(toml_text: &str) -> Vec<String> {
        #[derive(Deserialize)]
        struct F {
            source: Vec<SourceSection>,
        }
        let f: F = toml::from_str(toml_text).unwrap();
        let mut keys = Vec::new();
        sources(
            &f.source,
            &["app".into()],
            &mut |k: &str, _: String, _: &str| keys.push(k.to_string()),
        );
        keys
    }

    #[test]
    fn no_any_tenant_and_no_google_without_dkim_domains() {
        assert_eq!(
            problems("[[source]]\nname='a'\nkind='m365'\ndomains=['example.org']\n"),
            ["source[0].tenant_ids"]
        );
        assert_eq!(
            problems("[[source]]\nname='g'\nkind='google'\ndomains=['example.org']\n"),
            ["source[0].dkim_domains"]
        );
        assert_eq!(
            problems(
                "[[source]]\nname='u'\nkind='auth'\nusers=['nobody']\ndomains=['example.org']\n"
            ),
            ["source[0].users"]
        );
        assert_eq!(
            problems("[[source]]\nname='n'\nkind='network'\ndomains=['example.org']\n"),
            ["source[0].networks"]
        );
        assert_eq!(
            problems("[[source]]\nname='n'\nkind='network'\nnetworks=['10.0.0.0/8']\n"),
            ["source[0].domains"]
        );
        let ok = "[[source]]\nname='m'\nkind='m365'\ndomains=['example.org']\ntenant_ids=['72F988BF-86F1-41AF-91AB-2D7CD011DB47']\n";
        assert!(problems(ok).is_empty());
    }

    #[test]
    fn shipped_ranges_parse() {
        let mut bad = Vec::new();
        for kind in [SourceKindName::M365, SourceKindName::Google] {
            let s = SourceSection::default();
            let nets = networks(&s, kind, "k", &mut |_: &str, p: String, _: &str| {
                bad.push(p)
            });
            assert!(nets.len() >= 6, "{kind:?}");
        }
        assert!(bad.is_empty(), "{bad:?}");
    }
}
