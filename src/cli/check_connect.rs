//! `phirelay check-config --connect`: beyond the file, what the relay will
//! meet when it starts: the database answers and its schema is current, the
//! certificates it serves stay valid for `--min-days` more days, and each
//! `[[dkim.key]]` is published in DNS as configured (as `dns check` compares it),
//! and the resolver answers with DNSSEC (else DANE can never apply).

use std::path::Path;

use rustls_pki_types::pem::PemObject;

use crate::config::Config;
use crate::store::Store;

/// Run the checks, printing one line each; true when all passed.
pub async fn run(cfg: &Config, min_days: i64) -> bool {
    let mut ok = database(cfg).await;
    let certs = cfg.tls.iter().map(|t| ("tls.cert", t.cert.clone())).chain(
        cfg.portal
            .iter()
            .map(|p| ("portal.cert", p.cert.display().to_string())),
    );
    for (key, path) in certs {
        ok &= certificate(key, Path::new(&path), min_days);
    }
    let dns = match crate::dns::Dns::new(&cfg.dns).await {
        Ok(d) => d,
        Err(e) => {
            println!("dns: FAILED: {e}");
            return false;
        }
    };
    ok &= resolver(cfg, &dns).await;
    ok & dkim_records(cfg, &dns).await
}

/// The nameservers answer, with DNSSEC that validates: a resolver that strips
/// signatures (or a wrong trust anchor, or a clock far off) turns every DANE
/// destination into "unverifiable" and every lookup into a deferral.
async fn resolver(cfg: &Config, dns: &crate::dns::Dns) -> bool {
    let servers = if cfg.dns.nameservers.is_empty() {
        "the nameservers of /etc/resolv.conf".to_string()
    } else {
        let list: Vec<String> = cfg.dns.nameservers.iter().map(|a| a.to_string()).collect();
        format!("dns.nameservers ({})", list.join(", "))
    };
    if !cfg.dns.dnssec {
        println!(
            "dns: ok ({servers} not checked for DNSSEC: dns.dnssec = false, so DANE is never used)"
        );
        return true;
    }
    let fix = "point dns.nameservers (or /etc/resolv.conf) at a resolver that passes DNSSEC \
               records through, such as a local unbound, and check the clock and \
               dns.trust_anchor_file";
    match dns.root_soa().await {
        Ok(l) if l.secure => {
            println!("dns: ok ({servers} answer with DNSSEC; the root zone validates)");
            true
        }
        Ok(_) => {
            println!(
                "dns: FAILED: {servers} answer the root zone without DNSSEC proof; fix: {fix}"
            );
            false
        }
        Err(e) if e.bogus => {
            println!(
                "dns: FAILED: {servers} answer, but the root zone does not validate (signatures stripped or wrong, another trust anchor, or the clock is off); fix: {fix}"
            );
            false
        }
        Err(e) => {
            println!(
                "dns: FAILED: {servers} do not answer: {}; fix: {fix}",
                e.reason
            );
            false
        }
    }
}

/// Each configured DKIM key against its published record, through `[dns]`.
async fn dkim_records(cfg: &Config, dns: &crate::dns::Dns) -> bool {
    let mut domains: Vec<String> = cfg
        .dkim_keys
        .iter()
        .map(|k| k.domain.trim_end_matches('.').to_ascii_lowercase())
        .collect();
    domains.sort();
    domains.dedup();
    let mut ok = true;
    for domain in domains {
        for f in super::dns_check::dkim(cfg, dns, &domain).await {
            if f.status.fails() {
                ok = false;
                let fix = f.fix.map(|x| format!("; fix: {x}")).unwrap_or_default();
                println!("dkim {domain}: FAILED: {}{fix}", f.says);
            } else {
                println!("dkim {domain}: ok ({})", f.says);
            }
        }
    }
    ok
}

async fn database(cfg: &Config) -> bool {
    let mut store_cfg = cfg.store.clone();
    // Never create a database while checking for one.
    store_cfg.url = store_cfg.url.replace("mode=rwc", "mode=rw");
    match Store::open(&store_cfg, &cfg.node_id).await {
        Ok(store) => {
            println!(
                "store: ok ({}, schema up to date)",
                crate::config::redact_url(&cfg.store.url)
            );
            store.close().await;
            true
        }
        Err(e) => {
            println!("store: FAILED: {e}");
            false
        }
    }
}

/// The first certificate of a PEM file: its expiry against `min_days`.
fn certificate(key: &str, path: &Path, min_days: i64) -> bool {
    let shown = path.display();
    let der = match std::fs::read(path).ok().and_then(|pem| {
        rustls_pki_types::CertificateDer::pem_slice_iter(&pem)
            .next()?
            .ok()
    }) {
        Some(d) => d,
        None => {
            println!("{key} {shown}: FAILED: no PEM certificate in it");
            return false;
        }
    };
    let not_after = match x509_parser::parse_x509_certificate(der.as_ref()) {
        Ok((_, cert)) => cert.validity().not_after.timestamp(),
        Err(e) => {
            println!("{key} {shown}: FAILED: unreadable certificate: {e}");
            return false;
        }
    };
    let days = (not_after - crate::util::now_us() / 1_000_000).div_euclid(86_400);
    let until = crate::util::utc_day(not_after * 1_000_000);
    if days < min_days {
        println!(
            "{key} {shown}: FAILED: expires {until} ({days} days), fewer than {min_days}; fix: renew it"
        );
        false
    } else {
        println!("{key} {shown}: ok (valid until {until}, {days} days)");
        true
    }
}
