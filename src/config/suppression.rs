//! `[suppression]`, checked (docs/delivery.md#suppression).

use std::time::Duration;

/// `[suppression]`, checked: None when off.
#[derive(Debug, Clone, Copy)]
pub struct Suppression {
    pub hard_bounces: u32,
    pub window: Duration,
}

pub(super) fn suppression(
    s: &super::file::SuppressionSection,
    err: &mut impl FnMut(&str, String, &str),
) -> Option<Suppression> {
    if !(1..=100).contains(&s.hard_bounces) {
        err(
            "suppression.hard_bounces",
            format!("{} is out of range", s.hard_bounces),
            "use 1 to 100 (2 is usual: one bounce can be a receiver's mistake)",
        );
    }
    if !(3600..=366 * 86_400).contains(&s.window_secs) {
        err(
            "suppression.window_secs",
            format!("{} seconds is out of range", s.window_secs),
            "use \"1h\" to \"366d\" (e.g. \"30d\")",
        );
    }
    s.enabled.then_some(Suppression {
        hard_bounces: s.hard_bounces,
        window: Duration::from_secs(s.window_secs),
    })
}
