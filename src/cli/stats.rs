//! `phirelay stats [--since 7d] [--json]`: delivery per destination domain over
//! a window (delivered, deferrals, bounced, expired, and their rates), and the
//! addresses that hard-bounced more than once (RFC 3463 class 5 from the
//! receiver): the numbers a sender watches for its reputation. Read from the
//! audit log; nothing here changes anything.

use std::collections::BTreeMap;
use std::process::ExitCode;

use serde::Serialize;
use sqlx::Row;

use crate::config::Config;
use crate::store::{Store, StoreError};

/// Bounced rows read for the repeated-bounce list at most (bounces are rare;
/// this keeps a pathological window bounded).
const MAX_BOUNCES: i64 = 100_000;

#[derive(Debug, Default, Serialize)]
struct DomainStats {
    domain: String,
    delivered: i64,
    deferrals: i64,
    bounced: i64,
    expired: i64,
    /// delivered / (delivered + bounced + expired), percent; null with none.
    delivered_pct: Option<f64>,
    /// deferrals / all results, percent; null with none.
    deferral_pct: Option<f64>,
}

#[derive(Debug, Serialize)]
struct RepeatedBounce {
    address: String,
    hard_bounces: i64,
    last_enhanced: String,
}

#[derive(Debug, Serialize)]
struct Stats {
    since_us: i64,
    domains: Vec<DomainStats>,
    repeated_hard_bounces: Vec<RepeatedBounce>,
}

pub async fn run(cfg: Config, since_secs: u64, json: bool) -> ExitCode {
    let since_us =
        crate::util::now_us() - i64::try_from(since_secs).unwrap_or(i64::MAX / 2) * 1_000_000;
    let store = match Store::open(&cfg.store, &cfg.node_id).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("phirelay stats: {e}");
            return ExitCode::from(3);
        }
    };
    let stats = gather(&store, since_us).await;
    store.close().await;
    match stats {
        Ok(s) if json => match serde_json::to_string_pretty(&s) {
            Ok(text) => {
                println!("{text}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("phirelay stats: {e}");
                ExitCode::from(3)
            }
        },
        Ok(s) => {
            print_text(&s, since_secs);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("phirelay stats: {e}");
            ExitCode::from(3)
        }
    }
}

async fn gather(store: &Store, since_us: i64) -> Result<Stats, StoreError> {
    Ok(Stats {
        since_us,
        domains: per_domain(store, since_us).await?,
        repeated_hard_bounces: repeated_bounces(store, since_us).await?,
    })
}

async fn per_domain(store: &Store, since_us: i64) -> Result<Vec<DomainStats>, StoreError> {
    let rows = sqlx::query(
        "SELECT r.domain AS domain, a.event AS event, count(*) AS n FROM audit_events a \
         JOIN recipients r ON r.message_id = a.message_id AND r.address = a.recipient \
         WHERE a.at_us >= $1 AND a.event IN ('delivered', 'deferred', 'bounced', 'expired') \
         GROUP BY r.domain, a.event",
    )
    .bind(since_us)
    .fetch_all(store.pool())
    .await?;
    let mut by: BTreeMap<String, DomainStats> = BTreeMap::new();
    for row in rows {
        let domain: String = row.try_get("domain")?;
        let event: String = row.try_get("event")?;
        let n: i64 = row.try_get("n")?;
        let d = by.entry(domain.clone()).or_insert_with(|| DomainStats {
            domain,
            ..DomainStats::default()
        });
        match event.as_str() {
            "delivered" => d.delivered += n,
            "deferred" => d.deferrals += n,
            "bounced" => d.bounced += n,
            _ => d.expired += n,
        }
    }
    let mut out: Vec<DomainStats> = by.into_values().map(with_rates).collect();
    out.sort_by(|a, b| {
        total(b)
            .cmp(&total(a))
            .then_with(|| a.domain.cmp(&b.domain))
    });
    Ok(out)
}

fn total(d: &DomainStats) -> i64 {
    d.delivered + d.deferrals + d.bounced + d.expired
}

fn with_rates(mut d: DomainStats) -> DomainStats {
    let finished = d.delivered + d.bounced + d.expired;
    let pct = |n: i64, of: i64| (of > 0).then(|| (n as f64 * 1000.0 / of as f64).round() / 10.0);
    d.delivered_pct = pct(d.delivered, finished);
    d.deferral_pct = pct(d.deferrals, total(&d));
    d
}

/// Addresses with more than one hard bounce from the receiver in the window:
/// a `bounced` event whose enhanced code is class 5 and not made up locally.
async fn repeated_bounces(store: &Store, since_us: i64) -> Result<Vec<RepeatedBounce>, StoreError> {
    let rows = sqlx::query(
        "SELECT recipient, details FROM audit_events WHERE event = 'bounced' AND at_us >= $1 \
         AND recipient IS NOT NULL ORDER BY seq LIMIT $2",
    )
    .bind(since_us)
    .bind(MAX_BOUNCES)
    .fetch_all(store.pool())
    .await?;
    let mut by: BTreeMap<String, (i64, String)> = BTreeMap::new();
    for row in rows {
        let address: String = row.try_get("recipient")?;
        let details: String = row.try_get("details")?;
        let Ok(d) = serde_json::from_str::<serde_json::Value>(&details) else {
            continue;
        };
        if let Some(enhanced) = crate::audit::details::hard_bounce_code(&d) {
            let e = by
                .entry(address.to_ascii_lowercase())
                .or_insert((0, String::new()));
            e.0 += 1;
            e.1 = enhanced.to_string();
        }
    }
    Ok(by
        .into_iter()
        .filter(|(_, (n, _))| *n > 1)
        .map(|(address, (hard_bounces, last_enhanced))| RepeatedBounce {
            address,
            hard_bounces,
            last_enhanced,
        })
        .collect())
}

fn print_text(s: &Stats, since_secs: u64) {
    println!(
        "delivery by destination since {} UTC (the last {})",
        crate::util::utc_minute(s.since_us),
        window_words(since_secs)
    );
    if s.domains.is_empty() {
        println!("  no results in this window");
    } else {
        println!(
            "  {:<32} {:>9} {:>9} {:>7} {:>7} {:>10} {:>9}",
            "DOMAIN", "DELIVERED", "DEFERRALS", "BOUNCED", "EXPIRED", "DELIVERED%", "DEFERRAL%"
        );
        let pct = |p: Option<f64>| p.map_or("-".to_string(), |v| format!("{v:.1}"));
        for d in &s.domains {
            println!(
                "  {:<32} {:>9} {:>9} {:>7} {:>7} {:>10} {:>9}",
                d.domain,
                d.delivered,
                d.deferrals,
                d.bounced,
                d.expired,
                pct(d.delivered_pct),
                pct(d.deferral_pct)
            );
        }
    }
    if !s.repeated_hard_bounces.is_empty() {
        println!("addresses that hard-bounced more than once (5.x.x from the receiver):");
        for b in &s.repeated_hard_bounces {
            println!(
                "  {:<40} {:>3}  last {}",
                b.address, b.hard_bounces, b.last_enhanced
            );
        }
    }
}

/// `604800` as `7d`, `7200` as `2h`: the window as it is usually written.
pub(super) fn window_words(secs: u64) -> String {
    match secs {
        s if s >= 86_400 && s % 86_400 == 0 => format!("{}d", s / 86_400),
        s if s >= 3600 && s % 3600 == 0 => format!("{}h", s / 3600),
        s if s >= 60 && s % 60 == 0 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_of_finished_results_and_of_all_results() {
        let d = with_rates(DomainStats {
            domain: "x".into(),
            delivered: 3,
            deferrals: 4,
            bounced: 1,
            expired: 0,
            ..DomainStats::default()
        });
        assert_eq!((d.delivered_pct, d.deferral_pct), (Some(75.0), Some(50.0)));
        let empty = with_rates(DomainStats::default());
        assert_eq!((empty.delivered_pct, empty.deferral_pct), (None, None));
    }
}
