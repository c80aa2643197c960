//! `phirelay queue summary`: the waiting recipients by destination domain and
//! age, the way Postfix's `qshape` shows a queue: where mail piles up, and
//! since when.

use std::collections::BTreeMap;

use crate::store::{Store, StoreError};
use crate::util::now_us;

/// Upper bounds of the age buckets, in minutes (the last bucket is open).
const BUCKETS_MIN: [i64; 9] = [5, 10, 20, 40, 80, 160, 320, 640, 1280];

/// One row: a domain's count per bucket (and its total).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    pub domain: String,
    pub total: u64,
    pub buckets: [u64; 10],
}

fn bucket(age_us: i64) -> usize {
    let minutes = age_us.max(0) / 60_000_000;
    BUCKETS_MIN
        .iter()
        .position(|b| minutes < *b)
        .unwrap_or(BUCKETS_MIN.len())
}

/// Rows for `(domain, received_at_us)` pairs, biggest first, at most `top`
/// domains (the rest summed as "(other)"), with the total first.
pub fn shape(pending: &[(String, i64)], now: i64, top: usize) -> Vec<Row> {
    let mut by: BTreeMap<&str, Row> = BTreeMap::new();
    let mut total = Row {
        domain: "TOTAL".into(),
        ..Default::default()
    };
    for (domain, received) in pending {
        let b = bucket(now - received);
        let r = by.entry(domain).or_insert_with(|| Row {
            domain: domain.clone(),
            ..Default::default()
        });
        r.total += 1;
        r.buckets[b] += 1;
        total.total += 1;
        total.buckets[b] += 1;
    }
    let mut rows: Vec<Row> = by.into_values().collect();
    rows.sort_by(|a, b| b.total.cmp(&a.total).then(a.domain.cmp(&b.domain)));
    if rows.len() > top {
        let mut other = Row {
            domain: "(other)".into(),
            ..Default::default()
        };
        for r in rows.drain(top..) {
            other.total += r.total;
            for (o, x) in other.buckets.iter_mut().zip(r.buckets) {
                *o += x;
            }
        }
        rows.push(other);
    }
    rows.insert(0, total);
    rows
}

pub async fn print(
    store: &Store,
    state: Option<crate::store::RecipientState>,
    top: usize,
    json: bool,
) -> Result<(), StoreError> {
    let pending = store.pending_by_domain(state).await?;
    let rows = shape(&pending, now_us(), top);
    if json {
        for r in &rows {
            println!("{}", serde_json::to_string(r).unwrap_or_default());
        }
        return Ok(());
    }
    let which = state.map_or("queued, deferred and held", |s| s.as_str());
    println!("{which} recipients by destination and minutes waiting:");
    print!("{:>32} {:>6}", "", "T");
    for b in BUCKETS_MIN {
        print!(" {:>6}", b);
    }
    println!(" {:>6}", format!("{}+", BUCKETS_MIN[BUCKETS_MIN.len() - 1]));
    for r in &rows {
        let name: String = r.domain.chars().take(32).collect();
        print!("{name:>32} {:>6}", r.total);
        for n in r.buckets {
            print!(" {n:>6}");
        }
        println!();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_fall_in_qshape_buckets() {
        let min = 60_000_000i64;
        let now = 10_000 * min;
        let p = vec![
            ("a.test".to_string(), now - 2 * min),
            ("a.test".to_string(), now - 7 * min),
            ("b.test".to_string(), now - 2000 * min),
            ("c.test".to_string(), now),
        ];
        let rows = shape(&p, now, 2);
        assert_eq!(rows[0].domain, "TOTAL");
        assert_eq!(rows[0].total, 4);
        assert_eq!(rows[1].domain, "a.test");
        assert_eq!(rows[1].buckets[0], 1);
        assert_eq!(rows[1].buckets[1], 1);
        assert_eq!(rows[2].domain, "b.test");
        assert_eq!(rows[2].buckets[9], 1, "past 1280 minutes");
        assert_eq!(rows[3].domain, "(other)");
        assert_eq!(rows[3].total, 1);
    }
}
