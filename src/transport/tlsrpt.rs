//! TLS-RPT (RFC 8460): daily aggregate reports of how delivery to each domain
//! with a TLS policy (DANE or MTA-STS) went, for domains that publish
//! `_smtp._tls` TXT with a `rua`.
//!
//! The counters come from every attempt (store `tls_report_results`). A report is
//! a JSON document (§4.4), gzipped; `mailto:` reports go out through our own queue
//! as a multipart/report (§5.3), signed and audited like any message; `https:`
//! reports are POSTed (§5.4). A day is reported once per domain.

use std::collections::BTreeMap;
use std::io::Write;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use mail_auth::common::parse::TxtRecordParser;
use mail_auth::mta_sts::{ReportUri, TlsRpt};
use serde_json::{Value, json};

use crate::accept::{self, AcceptError, Acceptor, Client, Preparer, Submission};
use crate::audit::details::{Internal, Origin};
use crate::config::Config;
use crate::dns::Dns;
use crate::store::{BodyType, Protection, Store, StoreError, TlsResult};
use crate::util::now_us;

/// The reporter's callers speak StoreError; acceptance trouble other than the
/// store's is reported as a local failure with its reason.
fn into_store_error(e: AcceptError) -> StoreError {
    match e {
        AcceptError::Store(s) => s,
        other => StoreError::Corrupt(format!("TLS report not queued: {other}")),
    }
}

pub struct Reporter {
    cfg: Arc<Config>,
    store: Store,
    acceptor: Acceptor,
    dns: Dns,
    http: reqwest::Client,
}

impl Reporter {
    pub async fn new(
        cfg: Arc<Config>,
        store: Store,
        prep: impl Into<crate::live::Live<Preparer>>,
    ) -> Result<Self, super::SetupError> {
        let dns = Dns::new(&cfg.dns).await?;
        let mut tls =
            (*super::security::pkix_config(&cfg.transport, crate::tls_provider::provider())?)
                .clone();
        tls.alpn_protocols = vec![b"http/1.1".to_vec()];
        let http = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .dns_resolver(Arc::new(super::mta_sts::HickoryResolve(
                dns.resolver().clone(),
            )))
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(60))
            .https_only(true)
            .no_proxy()
            .build()
            .map_err(|e| super::SetupError::ReportClient(e.to_string()))?;
        // No queue: the scheduler finds the report in the store like any due mail.
        let acceptor = Acceptor::new(prep, store.clone(), None);
        Ok(Self {
            cfg,
            store,
            acceptor,
            dns,
            http,
        })
    }

    /// The report for `domain` on `day` (YYYY-MM-DD), as it would be sent.
    pub async fn preview(&self, domain: &str, day: &str) -> Result<Value, StoreError> {
        let results = self.store.tls_results(domain, day).await?;
        Ok(report_json(
            &self.cfg.hostname,
            domain,
            day,
            &report_id(day, domain, &self.cfg.hostname),
            &results,
        ))
    }

    /// Send every report due for `day`; returns how many were sent.
    pub async fn send_due(&self, day: &str) -> Result<usize, StoreError> {
        let mut sent = 0;
        for domain in self.store.tls_report_due(day).await? {
            let rua = match self.dns.txt(&format!("_smtp._tls.{domain}")).await {
                Ok(l) => l
                    .records()
                    .iter()
                    .filter_map(|t| TlsRpt::parse(t.as_bytes()).ok())
                    .flat_map(|r| r.rua)
                    .collect::<Vec<_>>(),
                Err(e) => {
                    tracing::info!(domain, error = %e, "TLS-RPT record lookup failed; will try again");
                    continue;
                }
            };
            let id = report_id(day, &domain, &self.cfg.hostname);
            if !rua.is_empty() {
                let results = self.store.tls_results(&domain, day).await?;
                let json = report_json(&self.cfg.hostname, &domain, day, &id, &results);
                let gz = gzip(json.to_string().as_bytes());
                for uri in &rua {
                    match uri {
                        ReportUri::Mail(addr) => self
                            .mail(&domain, day, &id, addr, &gz)
                            .await
                            .map_err(into_store_error)?,
                        ReportUri::Http(url) => self.post(&domain, url, &gz).await,
                    }
                }
                sent += 1;
            }
            // Domains without rua are marked too, so they are not looked up again.
            self.store
                .mark_tls_report_sent(day, &domain, &id, now_us())
                .await?;
        }
        Ok(sent)
    }

    /// A `mailto:` report enters the queue through the acceptance stage like
    /// any message (classified, signed, sealed, audited).
    async fn mail(
        &self,
        domain: &str,
        day: &str,
        id: &str,
        to: &str,
        gz: &[u8],
    ) -> Result<(), AcceptError> {
        let to = to.trim_start_matches("mailto:");
        let queue_id = accept::new_queue_id();
        let report = report_email(&self.cfg.hostname, domain, day, id, &queue_id, to, gz);
        let submission = Submission {
            id: queue_id,
            received_at_us: now_us(),
            envelope: accept::Envelope {
                mail_from: format!("noreply-smtp-tls-reporting@{}", self.cfg.hostname),
                recipients: vec![accept::Recipient {
                    address: to.to_string(),
                    notify: Some("never".into()),
                    orcpt: None,
                }],
                body_type: BodyType::SevenBit,
                smtputf8: false,
                requiretls: false,
                tls_required_no: false,
                dsn_ret: None,
                dsn_envid: None,
            },
            content: report,
            origin: Origin::Internal(Internal::TlsReport {
                domain: domain.to_string(),
                day: day.to_string(),
                report_id: id.to_string(),
            }),
            client: Client::local(&self.cfg.hostname),
            actor: format!("queue:{}", self.cfg.node_id),
            floor: Protection::Deliver,
            may_refuse: false,
            // Counters and policy names only: no message content to classify.
            relay_written: true,
            arc: None,
        };
        self.acceptor.accept(submission).await.map(|_| ())
    }

    async fn post(&self, domain: &str, url: &str, gz: &[u8]) {
        let sent = self
            .http
            .post(url)
            .header("Content-Type", "application/tlsrpt+gzip")
            .body(gz.to_vec())
            .send()
            .await;
        match sent {
            Ok(r) if r.status().is_success() => tracing::info!(domain, url, "TLS report posted"),
            Ok(r) => tracing::warn!(domain, url, status = %r.status(), "TLS report POST refused"),
            Err(e) => tracing::warn!(domain, url, error = %e, "TLS report POST failed"),
        }
    }
}

fn report_id(day: &str, domain: &str, hostname: &str) -> String {
    format!("{day}T00:00:00Z_{domain}@{hostname}")
}

/// The RFC 8460 §4.4 JSON for one domain and day.
pub fn report_json(
    hostname: &str,
    domain: &str,
    day: &str,
    id: &str,
    results: &[TlsResult],
) -> Value {
    let mut policies: BTreeMap<(String, String), Vec<&TlsResult>> = BTreeMap::new();
    for r in results {
        policies
            .entry((r.policy_type.clone(), r.policy_string.clone()))
            .or_default()
            .push(r);
    }
    let policies: Vec<Value> = policies
        .into_iter()
        .map(|((ptype, pstring), rows)| {
            let ok: i64 = rows.iter().filter(|r| r.result_type == "success").map(|r| r.count).sum();
            let failed: i64 = rows.iter().filter(|r| r.result_type != "success").map(|r| r.count).sum();
            let mut mx: Vec<&str> = rows.iter().map(|r| r.mx_host.as_str()).collect();
            mx.sort();
            mx.dedup();
            let details: Vec<Value> = rows
                .iter()
                .filter(|r| r.result_type != "success")
                .map(|r| {
                    json!({
                        "result-type": r.result_type,
                        "receiving-mx-hostname": r.mx_host,
                        "receiving-ip": (!r.receiving_ip.is_empty()).then_some(&r.receiving_ip),
                        "failed-session-count": r.count,
                        "failure-reason-code": (!r.failure_reason.is_empty()).then_some(&r.failure_reason),
                    })
                })
                .collect();
            json!({
                "policy": {
                    "policy-type": ptype,
                    "policy-string": pstring.lines().collect::<Vec<_>>(),
                    "policy-domain": domain,
                    "mx-host": mx,
                },
                "summary": {
                    "total-successful-session-count": ok,
                    "total-failure-session-count": failed,
                },
                "failure-details": details,
            })
        })
        .collect();
    json!({
        "organization-name": hostname,
        "date-range": {
            "start-datetime": format!("{day}T00:00:00Z"),
            "end-datetime": format!("{day}T23:59:59Z"),
        },
        "contact-info": format!("postmaster@{hostname}"),
        "report-id": id,
        "policies": policies,
    })
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = enc.write_all(data);
    enc.finish().unwrap_or_default()
}

/// RFC 8460 §5.3: the report as a multipart/report email with the gzip attached.
fn report_email(
    hostname: &str,
    domain: &str,
    day: &str,
    id: &str,
    queue_id: &str,
    to: &str,
    gz: &[u8],
) -> Vec<u8> {
    let boundary = format!("tlsrpt-{queue_id}");
    let date = mail_parser::DateTime::from_timestamp(now_us() / 1_000_000).to_rfc822();
    let start = format!("{day}T00:00:00Z");
    let body = B64.encode(gz);
    let mut b64 = String::new();
    for chunk in body.as_bytes().chunks(76) {
        b64.push_str(&String::from_utf8_lossy(chunk));
        b64.push_str("\r\n");
    }
    format!(
        "From: TLS reporting <noreply-smtp-tls-reporting@{hostname}>\r\n\
         To: <{to}>\r\n\
         Subject: Report Domain: {domain} Submitter: {hostname} Report-ID: <{id}>\r\n\
         Date: {date}\r\n\
         Message-ID: <{queue_id}@{hostname}>\r\n\
         TLS-Report-Domain: {domain}\r\n\
         TLS-Report-Submitter: {hostname}\r\n\
         MIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=\"tlsrpt\";\r\n\tboundary=\"{boundary}\"\r\n\r\n\
         --{boundary}\r\n\
         Content-Type: text/plain; charset=us-ascii\r\n\r\n\
         This is an aggregate TLS report (RFC 8460) from {hostname} for {domain}, day {day}.\r\n\r\n\
         --{boundary}\r\n\
         Content-Type: application/tlsrpt+gzip\r\n\
         Content-Transfer-Encoding: base64\r\n\
         Content-Disposition: attachment;\r\n\tfilename=\"{hostname}!{domain}!{start}!{day}T23:59:59Z.json.gz\"\r\n\r\n\
         {b64}\r\n--{boundary}--\r\n"
    )
    .into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_has_the_rfc_fields() {
        let r = |result: &str, n| TlsResult {
            day: "2026-11-25".into(),
            policy_domain: "d.test".into(),
            policy_type: "sts".into(),
            policy_string: "version: STSv1\nmode: testing\nmx: mx.d.test\nmax_age: 86400".into(),
            mx_host: "mx.d.test".into(),
            result_type: result.into(),
            receiving_ip: "192.0.2.1".into(),
            failure_reason: if result == "success" {
                String::new()
            } else {
                "bad cert".into()
            },
            count: n,
        };
        let j = report_json(
            "relay.test",
            "d.test",
            "2026-11-25",
            "ID",
            &[r("success", 3), r("certificate-expired", 2)],
        );
        assert_eq!(j["organization-name"], "relay.test");
        assert_eq!(j["date-range"]["start-datetime"], "2026-11-25T00:00:00Z");
        let p = &j["policies"][0];
        assert_eq!(p["policy"]["policy-type"], "sts");
        assert_eq!(p["policy"]["policy-string"][1], "mode: testing");
        assert_eq!(p["summary"]["total-successful-session-count"], 3);
        assert_eq!(p["summary"]["total-failure-session-count"], 2);
        assert_eq!(
            p["failure-details"][0]["result-type"],
            "certificate-expired"
        );
        assert_eq!(p["failure-details"][0]["failed-session-count"], 2);
        let gz = gzip(j.to_string().as_bytes());
        let mut out = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(gz.as_slice()), &mut out)
            .unwrap();
        assert_eq!(serde_json::from_str::<Value>(&out).unwrap(), j);
    }
}
