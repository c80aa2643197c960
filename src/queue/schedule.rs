//! When to try again, and when to give up.

use crate::config::QueueSection;

/// The next due time after a failed attempt, or None when the message's lifetime
/// is over (it expires and bounces). `attempts` counts this failed attempt too.
pub fn next_due(q: &QueueSection, attempts: i64, received_at_us: i64, now_us: i64) -> Option<i64> {
    let expires = received_at_us.saturating_add(secs(q.max_lifetime_secs));
    if now_us >= expires {
        return None;
    }
    let step = usize::try_from(attempts.max(1) - 1).unwrap_or(0);
    let wait = q
        .retry_schedule_secs
        .get(step)
        .or(q.retry_schedule_secs.last())
        .copied()
        .unwrap_or(300);
    // The last try happens at the end of the lifetime, not after it.
    Some(now_us.saturating_add(secs(wait)).min(expires))
}

fn secs(s: u64) -> i64 {
    i64::try_from(s)
        .unwrap_or(i64::MAX / 2_000_000)
        .saturating_mul(1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grows_then_repeats_then_expires() {
        let q = QueueSection::default();
        let s = 1_000_000;
        assert_eq!(next_due(&q, 1, 0, 0), Some(300 * s));
        assert_eq!(next_due(&q, 2, 0, 0), Some(600 * s));
        assert_eq!(next_due(&q, 9, 0, 0), Some(3600 * s));
        let life = 5 * 24 * 3600 * s;
        assert_eq!(next_due(&q, 9, 0, life - 10 * s), Some(life));
        assert_eq!(next_due(&q, 9, 0, life), None);
    }
}
