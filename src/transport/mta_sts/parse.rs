//! Parsing the MTA-STS TXT record and policy file, and MX pattern matching (RFC 8461 §3, §4.1).

use mail_auth::common::parse::TxtRecordParser as _;
use mail_auth::mta_sts::MtaSts;

use super::*;

/// Why a policy file was rejected (TLS-RPT `sts-policy-invalid`). Lines count from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PolicyError {
    #[error("line {line}: not a `name: value` field")]
    MalformedLine { line: usize },
    #[error("line {line}: version is not STSv1")]
    InvalidVersion { line: usize },
    #[error("line {line}: mode is not enforce, testing or none")]
    InvalidMode { line: usize },
    #[error("line {line}: max_age is not 1 to 10 digits")]
    InvalidMaxAge { line: usize },
    #[error("line {line}: mx is not a host name or *.<domain>")]
    InvalidMx { line: usize },
    /// `version`, `mode` or `max_age` absent, or `mx` absent while the mode is not `none`.
    #[error("required field {0} missing")]
    Missing(&'static str),
}

impl PolicyError {
    /// The TLS-RPT result type (RFC 8460 §4.3.2.1).
    pub fn result_type(&self) -> &'static str {
        "sts-policy-invalid"
    }
}

/// ABNF `WSP`: space or horizontal tab.
fn is_wsp(c: char) -> bool {
    c == ' ' || c == '\t'
}

/// Parses a policy file (§3.2). Fields are `name:` then optional whitespace then the value,
/// one per line (LF or CRLF); trailing whitespace is ignored. Names and the values of
/// `version`/`mode` are case-sensitive (`%s` in the ABNF). `version: STSv1`, `mode` and
/// `max_age` are required, `mx` too unless the mode is `none`; for every field but `mx`
/// only the first occurrence counts. `max_age` above [`MAX_AGE_LIMIT`] is clamped.
/// Unknown fields are ignored (their value only must not contain control characters).
///
/// Lenient where the ABNF is stricter but meaning cannot change: blank lines are skipped
/// and an mx pattern may end in a dot. A rejected policy makes the relay fall back to
/// opportunistic TLS, so refusing a readable policy would weaken, not strengthen, it.
/// The caller bounds the size ([`MAX_POLICY_SIZE`]). Never panics.
pub fn parse_policy(text: &str) -> Result<PolicyBody, PolicyError> {
    let mut version = false;
    let mut mode = None;
    let mut max_age = None;
    let mut mx = Vec::new();
    for (index, raw) in text.split('\n').enumerate() {
        let line = index + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.chars().all(is_wsp) {
            continue;
        }
        let (name, value) = raw
            .split_once(':')
            .filter(|(name, _)| is_field_name(name))
            .ok_or(PolicyError::MalformedLine { line })?;
        let value = value.trim_matches(is_wsp);
        match name {
            "version" => {
                if value != "STSv1" {
                    return Err(PolicyError::InvalidVersion { line });
                }
                version = true;
            }
            "mode" => {
                let m = match value {
                    "enforce" => Mode::Enforce,
                    "testing" => Mode::Testing,
                    "none" => Mode::None,
                    _ => return Err(PolicyError::InvalidMode { line }),
                };
                mode.get_or_insert(m);
            }
            "max_age" => {
                let seconds = parse_max_age(value).ok_or(PolicyError::InvalidMaxAge { line })?;
                max_age.get_or_insert(seconds);
            }
            "mx" => mx.push(parse_mx(value).ok_or(PolicyError::InvalidMx { line })?),
            _ => {
                if value.chars().any(|c| c.is_control() && c != '\t') {
                    return Err(PolicyError::MalformedLine { line });
                }
            }
        }
    }
    if !version {
        return Err(PolicyError::Missing("version"));
    }
    let mode = mode.ok_or(PolicyError::Missing("mode"))?;
    let max_age = max_age.ok_or(PolicyError::Missing("max_age"))?;
    if mx.is_empty() && mode != Mode::None {
        return Err(PolicyError::Missing("mx"));
    }
    Ok(PolicyBody { mode, mx, max_age })
}

/// `sts-policy-ext-name`: ALPHA/DIGIT, then up to 31 of ALPHA/DIGIT/`_`/`-`/`.`.
fn is_field_name(name: &str) -> bool {
    let b = name.as_bytes();
    !b.is_empty()
        && b.len() <= 32
        && b[0].is_ascii_alphanumeric()
        && b.iter()
            .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

/// `1*10DIGIT`, clamped to [`MAX_AGE_LIMIT`].
fn parse_max_age(value: &str) -> Option<u64> {
    if value.is_empty() || value.len() > 10 || !value.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    value.parse::<u64>().ok().map(|v| v.min(MAX_AGE_LIMIT))
}

/// `["*."] Domain` (RFC 5321 §4.1.2, A-labels only), lowercased, trailing dot dropped.
fn parse_mx(value: &str) -> Option<String> {
    let value = value.strip_suffix('.').unwrap_or(value);
    let domain = value.strip_prefix("*.").unwrap_or(value);
    is_domain(domain).then(|| value.to_ascii_lowercase())
}

/// RFC 5321 `Domain`: dot-separated labels of letters, digits and inner hyphens.
pub(super) fn is_domain(domain: &str) -> bool {
    !domain.is_empty()
        && domain.len() <= 253
        && domain.split('.').all(|label| {
            let b = label.as_bytes();
            !b.is_empty()
                && b.len() <= 63
                && b[0].is_ascii_alphanumeric()
                && b[b.len() - 1].is_ascii_alphanumeric()
                && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        })
}

/// Whether MX host `host` matches policy pattern `pattern` (§4.1): case-insensitive, a
/// trailing dot on either is ignored, and `*.example.com` matches exactly one extra
/// leftmost label (`mx1.example.com`, but neither `a.b.example.com` nor `example.com`).
pub fn mx_matches(pattern: &str, host: &str) -> bool {
    fn norm(s: &str) -> String {
        s.strip_suffix('.').unwrap_or(s).to_ascii_lowercase()
    }
    let (pattern, host) = (norm(pattern), norm(host));
    if pattern.is_empty() || host.is_empty() || host.contains('*') {
        return false;
    }
    match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(first, rest)| !first.is_empty() && rest == suffix),
        None => pattern == host,
    }
}

/// Whether a TXT record begins with `v=STSv1` and its separator (§3.1; the ABNF allows
/// whitespace before the `;`, erratum 6285).
fn is_sts_record(txt: &str) -> bool {
    txt.strip_prefix("v=STSv1")
        .is_some_and(|rest| rest.trim_start_matches(is_wsp).starts_with(';'))
}

/// The `id` of one `_mta-sts` TXT record (`v=STSv1; id=20240101T000000;`), or `None` when
/// it is not a valid STSv1 record. Parsed by mail-auth; `id` must be 1 to 32 letters and
/// digits (§3.1).
pub fn parse_txt(txt: &str) -> Option<String> {
    if !is_sts_record(txt) {
        return None;
    }
    let id = MtaSts::parse(txt.as_bytes()).ok()?.id;
    let valid = (1..=32).contains(&id.len()) && id.bytes().all(|c| c.is_ascii_alphanumeric());
    valid.then_some(id)
}

/// The policy id from all TXT records at `_mta-sts.<domain>` (each record's strings already
/// joined): records not starting with `v=STSv1` are discarded; unless exactly one remains
/// and it is valid, the domain has no MTA-STS policy (`None`, §3.1).
pub fn parse_txt_records<I, S>(records: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut sts = records.into_iter().filter(|r| is_sts_record(r.as_ref()));
    let only = sts.next()?;
    if sts.next().is_some() {
        return None;
    }
    parse_txt(only.as_ref())
}

/// What a policy says about delivering to one MX host (§4.1, §5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    /// Mode `none`: the policy imposes nothing; deliver as without MTA-STS.
    NotInForce,
    /// Enforce, MX listed: deliver only over STARTTLS with a certificate that is PKIX-valid
    /// for the MX host name (§4.2); on any TLS failure skip this MX (temporary failure).
    Enforce,
    /// Testing, MX listed: check TLS as for `Enforce`, report failures, deliver anyway.
    Testing,
    /// Testing, MX not listed: deliver anyway and report it (TLS-RPT `validation-failure`).
    TestingNotListed,
    /// Enforce, MX not listed: MUST NOT deliver to this MX (temporary failure, §5.1).
    Refuse,
}

impl Decision {
    /// Whether the message may be sent to this MX at all.
    pub fn may_deliver(self) -> bool {
        self != Decision::Refuse
    }

    /// Whether a TLS/PKIX failure on this MX must stop delivery to it.
    pub fn tls_required(self) -> bool {
        self == Decision::Enforce
    }
}

/// Whether `mx_host` may receive mail under `policy` (§4.1, §5).
pub fn decide(policy: &Policy, mx_host: &str) -> Decision {
    let listed = policy.matches(mx_host);
    match (policy.mode, listed) {
        (Mode::None, _) => Decision::NotInForce,
        (Mode::Enforce, true) => Decision::Enforce,
        (Mode::Enforce, false) => Decision::Refuse,
        (Mode::Testing, true) => Decision::Testing,
        (Mode::Testing, false) => Decision::TestingNotListed,
    }
}
