//! `phirelay dns check DOMAIN`: the sending domain's published records, read
//! through `[dns]` and explained: SPF (and whether it authorises this relay's
//! addresses, given with `--ip`), DKIM (each `[[dkim.key]]` of the domain
//! against what is published), DMARC, MTA-STS and TLS-RPT. Each finding says
//! what to fix. Exit 1 when something is missing or wrong, 0 otherwise.

use std::net::IpAddr;
use std::process::ExitCode;

use mail_auth::spf::verify::SpfParameters;
use mail_auth::{MessageAuthenticator, SpfResult};
use serde::Serialize;

use crate::config::Config;
use crate::dns::{Answer, Dns};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Status {
    Ok,
    /// Works, but weaker than it should be, or optional and absent.
    Advice,
    Missing,
    Wrong,
    /// The lookup itself failed: nothing is known.
    Error,
}

impl Status {
    pub(super) fn fails(self) -> bool {
        matches!(self, Status::Missing | Status::Wrong | Status::Error)
    }
}

#[derive(Debug, Serialize)]
pub(super) struct Finding {
    pub check: &'static str,
    pub status: Status,
    pub says: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
}

/// A finding; record text quoted in it comes from DNS, so control characters
/// (a terminal escape, a line end) are replaced before it is printed.
fn finding(check: &'static str, status: Status, says: String, fix: Option<String>) -> Finding {
    Finding {
        check,
        status,
        says: crate::util::without_controls(&says),
        fix: fix.map(|f| crate::util::without_controls(&f)),
    }
}

pub async fn run(cfg: Config, domain: String, ips: Vec<IpAddr>, json: bool) -> ExitCode {
    let domain = domain.trim_end_matches('.').to_ascii_lowercase();
    let dns = match Dns::new(&cfg.dns).await {
        Ok(d) => d,
        Err(e) => {
            eprintln!("phirelay dns check: [dns]: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = spf(&cfg, &dns, &domain, &ips).await;
    out.extend(dkim(&cfg, &dns, &domain).await);
    out.push(dmarc(&cfg, &dns, &domain).await);
    out.push(
        optional_txt(
            &dns,
            "MTA-STS",
            &format!("_mta-sts.{domain}"),
            "v=STSv1",
            mta_sts_fix(&domain),
        )
        .await,
    );
    out.push(
        optional_txt(
            &dns,
            "TLS-RPT",
            &format!("_smtp._tls.{domain}"),
            "v=TLSRPTv1",
            tlsrpt_fix(&domain),
        )
        .await,
    );
    print(&domain, &out, json);
    if out.iter().any(|f| f.status.fails()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn print(domain: &str, out: &[Finding], json: bool) {
    if json {
        match serde_json::to_string_pretty(out) {
            Ok(s) => println!("{s}"),
            Err(e) => eprintln!("phirelay dns check: {e}"),
        }
        return;
    }
    println!("dns check {domain}");
    for f in out {
        let status = format!("{:?}", f.status).to_ascii_lowercase();
        println!("  {:<8} {:<8} {}", f.check, status, f.says);
        if let Some(fix) = &f.fix {
            println!("  {:<8} {:<8} fix: {fix}", "", "");
        }
    }
}

/// TXT records at `name` that start with `prefix` (case-insensitive), or the
/// lookup's failure as a finding.
async fn txt_with(
    dns: &Dns,
    check: &'static str,
    name: &str,
    prefix: &str,
) -> Result<Vec<String>, Finding> {
    match dns.txt(name).await {
        Ok(l) => Ok(match l.answer {
            Answer::Records(r) => r
                .into_iter()
                .filter(|t| {
                    t.trim_start()
                        .to_ascii_lowercase()
                        .starts_with(&prefix.to_ascii_lowercase())
                })
                .collect(),
            Answer::NoRecords | Answer::NxDomain => Vec::new(),
        }),
        Err(e) => Err(finding(
            check,
            Status::Error,
            format!("cannot look up TXT {name}: {}", e.reason),
            Some("check [dns] nameservers, and that the zone answers (dig TXT NAME)".into()),
        )),
    }
}

async fn spf(cfg: &Config, dns: &Dns, domain: &str, ips: &[IpAddr]) -> Vec<Finding> {
    let records = match txt_with(dns, "SPF", domain, "v=spf1").await {
        Ok(r) => r,
        Err(f) => return vec![f],
    };
    let example = ips.first().map_or(
        "ip4:<this relay's public address>".to_string(),
        |ip| match ip {
            IpAddr::V4(v4) => format!("ip4:{v4}"),
            IpAddr::V6(v6) => format!("ip6:{v6}"),
        },
    );
    let record = match records.as_slice() {
        [] => {
            return vec![finding(
                "SPF",
                Status::Missing,
                format!(
                    "no v=spf1 TXT record at {domain}: receivers cannot tell which servers may send for it"
                ),
                Some(format!(
                    "publish TXT {domain} \"v=spf1 {example} -all\" (keep any senders you already use)"
                )),
            )];
        }
        [one] => one.clone(),
        _ => {
            return vec![finding(
                "SPF",
                Status::Wrong,
                format!(
                    "{} v=spf1 records at {domain}: receivers treat that as a permanent error (RFC 7208 §4.5)",
                    records.len()
                ),
                Some("merge them into one record".into()),
            )];
        }
    };
    if record
        .to_ascii_lowercase()
        .split_whitespace()
        .any(|t| t == "+all" || t == "all")
    {
        return vec![finding(
            "SPF",
            Status::Wrong,
            format!("\"{record}\" ends in +all: it authorises every server on the Internet"),
            Some(format!(
                "end it in -all (or ~all while you test): \"v=spf1 {example} -all\""
            )),
        )];
    }
    if ips.is_empty() {
        return vec![finding(
            "SPF",
            Status::Advice,
            format!("\"{record}\""),
            Some("give this relay's public addresses with --ip to check that the record authorises them".into()),
        )];
    }
    let auth = match crate::dns::plain_resolver(&cfg.dns) {
        Ok(r) => MessageAuthenticator(r),
        Err(e) => {
            return vec![finding(
                "SPF",
                Status::Error,
                format!("resolver: {e}"),
                None,
            )];
        }
    };
    let sender = format!("postmaster@{domain}");
    let mut out = Vec::new();
    for ip in ips {
        let result = auth
            .verify_spf(SpfParameters::verify_mail_from(
                *ip,
                &cfg.hostname,
                &cfg.hostname,
                &sender,
            ))
            .await
            .result();
        out.push(match result {
            SpfResult::Pass => finding("SPF", Status::Ok, format!("\"{record}\" authorises {ip}"), None),
            SpfResult::TempError => finding("SPF", Status::Error, format!("SPF for {ip}: a lookup failed (temperror)"), None),
            other => finding(
                "SPF",
                Status::Wrong,
                format!("\"{record}\" gives {} for {ip}: receivers may reject or junk this relay's mail", spf_word(other)),
                Some(format!("add {} to the record", match ip {
                    IpAddr::V4(v4) => format!("ip4:{v4}"),
                    IpAddr::V6(v6) => format!("ip6:{v6}"),
                })),
            ),
        });
    }
    out
}

fn spf_word(r: SpfResult) -> &'static str {
    match r {
        SpfResult::Pass => "pass",
        SpfResult::Fail => "fail",
        SpfResult::SoftFail => "softfail",
        SpfResult::Neutral => "neutral",
        SpfResult::TempError => "temperror",
        SpfResult::PermError => "permerror (the record is broken or needs too many lookups)",
        SpfResult::None => "none",
    }
}

/// The `p=` value of a DKIM key record (whitespace removed), if any.
fn dkim_p(record: &str) -> Option<String> {
    record.split(';').find_map(|tag| {
        let (k, v) = tag.split_once('=')?;
        (k.trim() == "p").then(|| v.split_whitespace().collect())
    })
}

pub(super) async fn dkim(cfg: &Config, dns: &Dns, domain: &str) -> Vec<Finding> {
    let keys: Vec<_> = cfg
        .dkim_keys
        .iter()
        .filter(|k| k.domain.trim_end_matches('.').eq_ignore_ascii_case(domain))
        .collect();
    if keys.is_empty() {
        return vec![finding(
            "DKIM",
            Status::Advice,
            format!(
                "no [[dkim.key]] for {domain} in the config: its mail leaves unsigned, and DMARC rests on SPF alone"
            ),
            Some(format!(
                "phirelay dkim keygen --domain {domain} --selector <name>, add the [[dkim.key]], publish the record it prints"
            )),
        )];
    }
    let mut out = Vec::new();
    for k in keys {
        let name = format!("{}._domainkey.{domain}", k.selector);
        let expected = match crate::dkim::record_of(std::path::Path::new(&k.private_key)) {
            Ok(r) => r,
            Err(e) => {
                out.push(finding(
                    "DKIM",
                    Status::Error,
                    format!("{name}: cannot read the configured key: {e}"),
                    None,
                ));
                continue;
            }
        };
        let published = match txt_with(dns, "DKIM", &name, "").await {
            Ok(r) => r
                .into_iter()
                .filter(|t| t.contains("p="))
                .collect::<Vec<_>>(),
            Err(f) => {
                out.push(f);
                continue;
            }
        };
        let want = dkim_p(&expected);
        out.push(match published.first() {
            None => finding(
                "DKIM",
                Status::Missing,
                format!("{name} has no DKIM key record: receivers cannot verify the signature"),
                Some(format!("publish TXT {name} \"{expected}\"")),
            ),
            Some(p) if dkim_p(p).is_some_and(|v| v.is_empty()) => finding(
                "DKIM",
                Status::Wrong,
                format!("{name} publishes an empty p= (a revoked key)"),
                Some(format!("publish TXT {name} \"{expected}\"")),
            ),
            Some(p) if dkim_p(p) != want => finding(
                "DKIM",
                Status::Wrong,
                format!(
                    "{name} publishes another key than {} (signatures will fail)",
                    k.private_key
                ),
                Some(format!(
                    "publish TXT {name} \"{expected}\" (or configure the key that matches)"
                )),
            ),
            Some(_) => finding(
                "DKIM",
                Status::Ok,
                format!("{name} matches {}", k.private_key),
                None,
            ),
        });
    }
    out
}

async fn dmarc(cfg: &Config, dns: &Dns, domain: &str) -> Finding {
    let name = format!("_dmarc.{domain}");
    let records = match txt_with(dns, "DMARC", &name, "v=DMARC1").await {
        Ok(r) => r,
        Err(f) => return f,
    };
    let Some(record) = records.first() else {
        return finding(
            "DMARC",
            Status::Missing,
            format!(
                "no v=DMARC1 record at {name}: receivers such as Gmail and Outlook expect one from bulk senders"
            ),
            Some(format!(
                "publish TXT {name} \"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}\", read the reports, then move to p=quarantine or p=reject"
            )),
        );
    };
    let tag = |t: &str| {
        record.split(';').find_map(|kv| {
            let (k, v) = kv.split_once('=')?;
            (k.trim().eq_ignore_ascii_case(t)).then(|| v.trim().to_ascii_lowercase())
        })
    };
    let signed = cfg
        .dkim_keys
        .iter()
        .any(|k| k.domain.eq_ignore_ascii_case(domain));
    let aligned = if signed {
        "DKIM d= is this domain, so signed mail aligns"
    } else {
        "no DKIM key for this domain: alignment rests on SPF"
    };
    match tag("p").as_deref() {
        Some("reject") | Some("quarantine") => finding(
            "DMARC",
            Status::Ok,
            format!("\"{record}\"; {aligned}"),
            None,
        ),
        Some("none") => finding(
            "DMARC",
            Status::Advice,
            format!("\"{record}\" only monitors (p=none); {aligned}"),
            Some(
                "once the reports show only your own servers, set p=quarantine, then p=reject"
                    .into(),
            ),
        ),
        _ => finding(
            "DMARC",
            Status::Wrong,
            format!("\"{record}\" has no valid p= tag: receivers ignore it"),
            Some(format!(
                "publish TXT {name} \"v=DMARC1; p=none; rua=mailto:dmarc-reports@{domain}\""
            )),
        ),
    }
}

/// MTA-STS and TLS-RPT protect and report on mail sent TO the domain: advised,
/// not required for sending.
async fn optional_txt(
    dns: &Dns,
    check: &'static str,
    name: &str,
    prefix: &str,
    fix: String,
) -> Finding {
    match txt_with(dns, check, name, prefix).await {
        Err(f) => f,
        Ok(r) => match r.first() {
            Some(record) => finding(check, Status::Ok, format!("\"{record}\" at {name}"), None),
            None => finding(
                check,
                Status::Advice,
                format!("no {prefix} record at {name}"),
                Some(fix),
            ),
        },
    }
}

fn mta_sts_fix(domain: &str) -> String {
    format!(
        "to make senders use verified TLS toward {domain}: serve https://mta-sts.{domain}/.well-known/mta-sts.txt and publish TXT _mta-sts.{domain} \"v=STSv1; id=<date>\" (RFC 8461)"
    )
}

fn tlsrpt_fix(domain: &str) -> String {
    format!(
        "to get reports of TLS failures toward {domain}: publish TXT _smtp._tls.{domain} \"v=TLSRPTv1; rua=mailto:tls-reports@{domain}\" (RFC 8460)"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dkim_p_ignores_spaces_and_other_tags() {
        assert_eq!(dkim_p("v=DKIM1; k=rsa; p=AB CD").as_deref(), Some("ABCD"));
        assert_eq!(dkim_p("v=DKIM1; p=").as_deref(), Some(""));
        assert_eq!(dkim_p("v=DKIM1"), None);
    }
}
