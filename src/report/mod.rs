//! The monthly compliance report (`phirelay report`): one self-contained HTML
//! page (inline CSS and SVG, no script, no external asset) for a compliance
//! meeting: volume per day, the TLS level mix, the portal's share, the PHI
//! detectors that fired, refusals, administrator actions, the `phi_unverified`
//! incidents, and the audit chain's verification. Read from the views of
//! docs/compliance.md; no message content, subject or matched value.

mod svg;

use std::collections::BTreeMap;

use askama::Template;

use crate::store::report::{DayRow, IncidentRow};
use crate::store::{Store, StoreError};
use crate::util::parse_utc_day;

/// A month, `YYYY-MM`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    pub label: String,
    pub first_day: String,
    pub next_first_day: String,
    pub from_us: i64,
    pub to_us: i64,
}

impl Month {
    pub fn parse(s: &str) -> Option<Month> {
        let (y, m) = s.trim().split_once('-')?;
        let (y, m): (i64, i64) = (y.parse().ok()?, m.parse().ok()?);
        if s.trim().len() != 7 || !(1..=12).contains(&m) {
            return None;
        }
        let first_day = format!("{y:04}-{m:02}-01");
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        let next_first_day = format!("{ny:04}-{nm:02}-01");
        Some(Month {
            label: format!("{y:04}-{m:02}"),
            from_us: parse_utc_day(&first_day)?,
            to_us: parse_utc_day(&next_first_day)?,
            first_day,
            next_first_day,
        })
    }
}

/// The chain's state, as `audit verify` found it when the report was made.
pub struct ChainStatus {
    pub ok: bool,
    pub text: String,
}

#[derive(Template)]
#[template(path = "report/report.html")]
struct Page<'a> {
    month: &'a str,
    generated: String,
    node: &'a str,
    totals: DayRow,
    delivered: i64,
    portal_share: String,
    phi_share: String,
    volume_svg: String,
    tls_svg: String,
    detectors_svg: String,
    rejects_svg: String,
    admin: Vec<(String, i64)>,
    incidents: Vec<IncidentRow>,
    chain: &'a ChainStatus,
    css: &'static str,
}

const CSS: &str = include_str!("../../templates/report/report.css");

fn percent(part: i64, whole: i64) -> String {
    if whole == 0 {
        "–".into()
    } else {
        format!("{:.1} %", part as f64 * 100.0 / whole as f64)
    }
}

fn sum(days: &[DayRow]) -> DayRow {
    let mut t = DayRow::default();
    for d in days {
        t.accepted += d.accepted;
        t.accepted_phi += d.accepted_phi;
        t.delivered_dane += d.delivered_dane;
        t.delivered_mta_sts += d.delivered_mta_sts;
        t.delivered_pkix += d.delivered_pkix;
        t.delivered_tls_unverified += d.delivered_tls_unverified;
        t.delivered_clear += d.delivered_clear;
        t.portal += d.portal;
        t.bounced += d.bounced;
        t.deferred += d.deferred;
        t.expired += d.expired;
        t.rejected += d.rejected;
    }
    t
}

/// Every day of the month with its row (zeros for days without mail).
fn every_day(month: &Month, days: Vec<DayRow>) -> Vec<DayRow> {
    let by_day: BTreeMap<String, DayRow> = days.into_iter().map(|d| (d.day.clone(), d)).collect();
    let mut out = Vec::new();
    let mut us = month.from_us;
    while us < month.to_us {
        let day = crate::util::utc_day(us);
        out.push(by_day.get(&day).cloned().unwrap_or(DayRow {
            day,
            ..Default::default()
        }));
        us += 86_400 * 1_000_000;
    }
    out
}

/// Counts of the detectors in `classified` events of PHI mail in the month.
async fn detectors(store: &Store, month: &Month) -> Result<Vec<(String, i64)>, StoreError> {
    let mut counts: BTreeMap<String, i64> = BTreeMap::new();
    let mut after = 0;
    loop {
        let page = store
            .classified_details(after, month.from_us, month.to_us, 5000)
            .await?;
        let Some(last) = page.last() else { break };
        after = last.0;
        for (_, details) in &page {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(details) else {
                continue;
            };
            if v.get("phi").and_then(serde_json::Value::as_bool) != Some(true) {
                continue;
            }
            for l in v
                .get("labels")
                .and_then(|l| l.as_array())
                .into_iter()
                .flatten()
            {
                if let Some(d) = l.get("detector").and_then(|d| d.as_str()) {
                    *counts.entry(d.to_string()).or_default() += 1;
                }
            }
            if v.get("unscanned")
                .and_then(|u| u.as_array())
                .is_some_and(|u| !u.is_empty())
            {
                *counts.entry("(unscanned content)".into()).or_default() += 1;
            }
        }
    }
    let mut rows: Vec<_> = counts.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    rows.truncate(12);
    Ok(rows)
}

/// Build the report's HTML.
pub async fn render(
    store: &Store,
    month: &Month,
    chain: &ChainStatus,
) -> Result<String, StoreError> {
    let days = every_day(
        month,
        store
            .report_days(&month.first_day, &month.next_first_day)
            .await?,
    );
    let totals = sum(&days);
    let delivered = totals.delivered_dane
        + totals.delivered_mta_sts
        + totals.delivered_pkix
        + totals.delivered_tls_unverified
        + totals.delivered_clear;
    let labels: Vec<String> = days.iter().map(|d| d.day.clone()).collect();
    let stacks: Vec<svg::Stack> = days
        .iter()
        .map(|d| vec![(d.accepted_phi, "phi"), (d.accepted - d.accepted_phi, "ok")])
        .collect();
    let tls = vec![
        ("DANE".to_string(), totals.delivered_dane, "ok"),
        ("MTA-STS".to_string(), totals.delivered_mta_sts, "ok"),
        (
            "PKIX (CA-verified)".to_string(),
            totals.delivered_pkix,
            "ok",
        ),
        (
            "TLS, not verified".to_string(),
            totals.delivered_tls_unverified,
            "warn",
        ),
        ("No TLS".to_string(), totals.delivered_clear, "warn"),
        ("Secure portal".to_string(), totals.portal, "portal"),
    ];
    let det: Vec<_> = detectors(store, month)
        .await?
        .into_iter()
        .map(|(d, n)| (d, n, "phi"))
        .collect();
    let rejects: Vec<_> = store
        .report_rejects(&month.first_day, &month.next_first_day)
        .await?
        .into_iter()
        .map(|(r, n)| (r, n, "warn"))
        .collect();
    let page = Page {
        month: &month.label,
        generated: crate::util::utc_minute(crate::util::now_us()),
        node: store.node(),
        delivered,
        portal_share: percent(totals.portal, delivered + totals.portal),
        phi_share: percent(totals.accepted_phi, totals.accepted),
        volume_svg: svg::stacked_columns(&labels, &stacks, "Messages accepted per day"),
        tls_svg: svg::bars(&tls, "How copies left"),
        detectors_svg: svg::bars(&det, "PHI detectors"),
        rejects_svg: svg::bars(&rejects, "Refusals by reason"),
        admin: store.report_admin(month.from_us, month.to_us).await?,
        incidents: store
            .report_incidents(&month.first_day, &month.next_first_day)
            .await?,
        totals,
        chain,
        css: CSS,
    };
    Ok(page.render().unwrap_or_else(|e| {
        format!(
            "<!doctype html><p>report template failed: {}</p>",
            svg::esc(&e.to_string())
        )
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_with_their_bounds() {
        let m = Month::parse("2026-12").unwrap();
        assert_eq!(
            (m.first_day.as_str(), m.next_first_day.as_str()),
            ("2026-12-01", "2027-01-01")
        );
        assert_eq!(m.to_us - m.from_us, 31 * 86_400 * 1_000_000);
        for bad in ["2026-13", "2026-1", "26-01", "x", "2026-00"] {
            assert!(Month::parse(bad).is_none(), "{bad}");
        }
        assert_eq!(percent(1, 3), "33.3 %");
        assert_eq!(percent(1, 0), "–");
    }
}
