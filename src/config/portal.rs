//! `[portal]`: the secure web portal where recipients read mail that policy kept
//! out of their mailbox. The file section and its checks; the portal itself is
//! `src/portal/`.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Deserialize, serde::Serialize, Clone)]
#[serde(deny_unknown_fields, default)]
pub struct PortalSection {
    /// Turn the portal on: held mail becomes pickups and the HTTPS listener starts.
    /// Default: false (portal mail stays held for an administrator).
    pub enabled: bool,
    /// The HTTPS listener, "IP:port". Default: "0.0.0.0:8443".
    pub listen: String,
    /// The address recipients open, as written in notices, e.g.
    /// "https://secure.example.org". Required when enabled.
    pub public_url: String,
    /// PEM certificate chain and key of the portal (for the public_url's host).
    pub cert: String,
    pub key: String,
    /// Shown on every page and in notices. Default: the server hostname.
    pub organisation: String,
    /// A PNG or SVG logo shown on every page (at most 256 KiB). Default: none.
    pub logo_file: Option<String>,
    /// Accent colour as "#rrggbb". Default: "#0b5cad".
    pub accent_colour: String,
    /// The From address of notices and one-time codes. Required when enabled.
    pub notice_from: String,
    /// Subject of the notice; may use {organisation}. Never the original subject.
    /// Default: "Secure message from {organisation}".
    pub notice_subject: String,
    /// A UTF-8 text file that replaces the notice's body; it must contain {link}
    /// and may use {organisation}, {sender}, {expires}. Default: the built-in text.
    pub notice_template_file: Option<String>,
    /// Days a pickup stays readable before its content is shredded. Default: 30.
    pub pickup_days: u32,
    /// Seconds without a request before a reader is logged off (HIPAA
    /// 164.312(a)(2)(iii)). Default: 900 (15 minutes).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub idle_logoff_secs: u64,
    /// Seconds a one-time code stays valid. Default: 600 (10 minutes).
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub code_ttl_secs: u64,
    /// Wrong codes before the pickup locks. Default: 5.
    pub code_max_tries: u32,
    /// Seconds a pickup stays locked after too many wrong codes. Default: 900.
    #[serde(deserialize_with = "crate::util::duration::secs")]
    pub lockout_secs: u64,
    /// Codes one pickup may ask for per hour. Default: 5.
    pub codes_per_hour: u32,
    /// Requests per minute from one client address. Default: 120.
    pub requests_per_minute_per_ip: u32,
    /// Largest secure reply (text and attachments), bytes. Default: 10485760 (10 MiB).
    pub reply_max_bytes: u64,
    /// Which notes the original sender gets: "sent" (a pickup was created),
    /// "picked-up" (first read), "expired" (shredded unread). Default: ["expired"].
    pub notify_sender: Vec<SenderNote>,
}

/// A note the original sender can get about a pickup.
#[derive(Debug, Deserialize, serde::Serialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum SenderNote {
    Sent,
    PickedUp,
    Expired,
}

impl Default for PortalSection {
    fn default() -> Self {
        Self {
            enabled: false,
            listen: "0.0.0.0:8443".into(),
            public_url: String::new(),
            cert: String::new(),
            key: String::new(),
            organisation: String::new(),
            logo_file: None,
            accent_colour: "#0b5cad".into(),
            notice_from: String::new(),
            notice_subject: "Secure message from {organisation}".into(),
            notice_template_file: None,
            pickup_days: 30,
            idle_logoff_secs: 900,
            code_ttl_secs: 600,
            code_max_tries: 5,
            lockout_secs: 900,
            codes_per_hour: 5,
            requests_per_minute_per_ip: 120,
            reply_max_bytes: 10 * 1024 * 1024,
            notify_sender: vec![SenderNote::Expired],
        }
    }
}

/// `[portal]`, checked (present only when enabled).
#[derive(Debug, Clone)]
pub struct PortalConfig {
    pub listen: SocketAddr,
    /// Without a trailing slash.
    pub public_url: String,
    pub cert: PathBuf,
    pub key: PathBuf,
    pub organisation: String,
    pub logo: Option<PathBuf>,
    pub accent_colour: String,
    pub notice_from: String,
    pub notice_subject: String,
    /// The notice body template's text, read at load time.
    pub notice_template: Option<String>,
    pub pickup_lifetime: Duration,
    pub idle_logoff: Duration,
    pub code_ttl: Duration,
    pub code_max_tries: u32,
    pub lockout: Duration,
    pub codes_per_hour: u32,
    pub requests_per_minute_per_ip: u32,
    pub reply_max_bytes: u64,
    pub notify_sender: Vec<SenderNote>,
}

const LOGO_MAX: u64 = 256 * 1024;

/// Check `[portal]`; None when it is off.
pub(super) fn portal(
    p: &PortalSection,
    hostname: &str,
    err: &mut impl FnMut(&str, String, &str),
) -> Option<PortalConfig> {
    if !p.enabled {
        return None;
    }
    let listen = p.listen.parse::<SocketAddr>().map_err(|_| {
        err(
            "portal.listen",
            format!("{:?} is not an IP:port", p.listen),
            "write it as \"0.0.0.0:8443\" or \"[::]:443\"",
        )
    });
    let public_url = public_url(&p.public_url, err);
    for (key, file) in [("portal.cert", &p.cert), ("portal.key", &p.key)] {
        readable_file(key, file, err);
    }
    if let Some(logo) = &p.logo_file {
        logo_file(logo, err);
    }
    if !is_hex_colour(&p.accent_colour) {
        err(
            "portal.accent_colour",
            format!("{:?} is not a colour", p.accent_colour),
            "write it as \"#rrggbb\", e.g. \"#0b5cad\"",
        );
    }
    if !is_address(&p.notice_from) {
        err(
            "portal.notice_from",
            format!("{:?} is not an email address", p.notice_from),
            "set the address notices come from, e.g. \"secure-mail@example.org\"",
        );
    }
    ranges(p, err);
    let notice_template = p
        .notice_template_file
        .as_deref()
        .and_then(|f| notice_template(f, err));
    let organisation = match p.organisation.trim() {
        "" => hostname.to_string(),
        o => o.to_string(),
    };
    Some(PortalConfig {
        listen: listen.ok()?,
        public_url: public_url?,
        cert: PathBuf::from(&p.cert),
        key: PathBuf::from(&p.key),
        organisation,
        logo: p.logo_file.as_ref().map(PathBuf::from),
        accent_colour: p.accent_colour.to_ascii_lowercase(),
        notice_from: p.notice_from.trim().to_string(),
        notice_subject: p.notice_subject.clone(),
        notice_template,
        pickup_lifetime: Duration::from_secs(u64::from(p.pickup_days) * 86_400),
        idle_logoff: Duration::from_secs(p.idle_logoff_secs),
        code_ttl: Duration::from_secs(p.code_ttl_secs),
        code_max_tries: p.code_max_tries,
        lockout: Duration::from_secs(p.lockout_secs),
        codes_per_hour: p.codes_per_hour,
        requests_per_minute_per_ip: p.requests_per_minute_per_ip,
        reply_max_bytes: p.reply_max_bytes,
        notify_sender: p.notify_sender.clone(),
    })
}

fn public_url(raw: &str, err: &mut impl FnMut(&str, String, &str)) -> Option<String> {
    let ok = url::Url::parse(raw).ok().filter(|u| {
        u.scheme() == "https"
            && u.host_str().is_some()
            && u.path() == "/"
            && u.query().is_none()
            && u.fragment().is_none()
    });
    if ok.is_none() {
        err(
            "portal.public_url",
            format!("{raw:?} is not an https:// address without a path"),
            "set the address recipients open, e.g. \"https://secure.example.org\" (the portal serves from the root)",
        );
    }
    ok.map(|_| raw.trim_end_matches('/').to_string())
}

fn ranges(p: &PortalSection, err: &mut impl FnMut(&str, String, &str)) {
    for (key, bad, fix) in [
        (
            "portal.pickup_days",
            !(1..=3650).contains(&p.pickup_days),
            "use 1 to 3650 days",
        ),
        (
            "portal.idle_logoff_secs",
            !(60..=3600).contains(&p.idle_logoff_secs),
            "use 60 to 3600 seconds (HIPAA expects an automatic logoff)",
        ),
        (
            "portal.code_ttl_secs",
            !(60..=3600).contains(&p.code_ttl_secs),
            "use 60 to 3600 seconds",
        ),
        (
            "portal.code_max_tries",
            !(1..=10).contains(&p.code_max_tries),
            "use 1 to 10 tries",
        ),
        (
            "portal.lockout_secs",
            p.lockout_secs < 60,
            "use at least 60 seconds",
        ),
        (
            "portal.codes_per_hour",
            !(1..=20).contains(&p.codes_per_hour),
            "use 1 to 20 codes per hour",
        ),
        (
            "portal.requests_per_minute_per_ip",
            p.requests_per_minute_per_ip < 10,
            "use at least 10 requests per minute",
        ),
        (
            "portal.reply_max_bytes",
            !(1024..=50 * 1024 * 1024).contains(&p.reply_max_bytes),
            "use 1024 to 52428800 bytes",
        ),
    ] {
        if bad {
            err(key, "value out of range".into(), fix);
        }
    }
}

fn readable_file(key: &str, file: &str, err: &mut impl FnMut(&str, String, &str)) {
    if file.trim().is_empty() {
        err(
            key,
            "missing: the portal serves HTTPS only".into(),
            "set the PEM file for the public_url's host name",
        );
    } else if let Err(e) = std::fs::File::open(Path::new(file)) {
        err(
            key,
            format!("cannot read {file:?}: {e}"),
            "check the path and that the relay's user may read it",
        );
    }
}

fn logo_file(file: &str, err: &mut impl FnMut(&str, String, &str)) {
    let lower = file.to_ascii_lowercase();
    let kind_ok = lower.ends_with(".png") || lower.ends_with(".svg");
    match std::fs::metadata(file) {
        Err(e) => err(
            "portal.logo_file",
            format!("cannot read {file:?}: {e}"),
            "check the path, or remove the key for no logo",
        ),
        Ok(m) if m.len() > LOGO_MAX || !kind_ok => err(
            "portal.logo_file",
            format!("{file:?} is not a PNG or SVG of at most 256 KiB"),
            "use a small .png or .svg file",
        ),
        Ok(_) => {}
    }
}

fn notice_template(file: &str, err: &mut impl FnMut(&str, String, &str)) -> Option<String> {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            err(
                "portal.notice_template_file",
                format!("cannot read {file:?} as UTF-8 text: {e}"),
                "check the path, or remove the key for the built-in notice",
            );
            return None;
        }
    };
    if !text.contains("{link}") || text.len() > 16 * 1024 {
        err(
            "portal.notice_template_file",
            format!("{file:?} has no {{link}} placeholder or is over 16 KiB"),
            "put {link} where the pickup address goes (see docs/portal.md)",
        );
        return None;
    }
    Some(text)
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// A plain addr-spec without spaces, quotes or angle brackets (it goes into a
/// From header as it is).
fn is_address(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && s.len() <= 254
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "@.-_+=".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(p: &PortalSection) -> Vec<String> {
        let mut out = Vec::new();
        portal(
            p,
            "relay.example.org",
            &mut |k: &str, _p: String, _f: &str| out.push(k.to_string()),
        );
        out
    }

    #[test]
    fn off_by_default_and_then_unchecked() {
        assert!(problems(&PortalSection::default()).is_empty());
    }

    #[test]
    fn enabled_needs_url_certificate_and_sender() {
        let p = PortalSection {
            enabled: true,
            public_url: "http://secure.example.org".into(),
            notice_from: "Secure <x@y.org>".into(),
            accent_colour: "blue".into(),
            idle_logoff_secs: 0,
            ..Default::default()
        };
        let got = problems(&p);
        for key in [
            "portal.public_url",
            "portal.cert",
            "portal.key",
            "portal.notice_from",
            "portal.accent_colour",
            "portal.idle_logoff_secs",
        ] {
            assert!(got.iter().any(|k| k == key), "{key} not reported: {got:?}");
        }
    }
}
