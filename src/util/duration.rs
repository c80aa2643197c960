//! Times as people write them, in the config and on the command line. A
//! `*_secs` key takes seconds (`300`) or a duration (`"5m"`, `"1h"`, `"2d"`,
//! `"1w"`); a `*_ms` key takes milliseconds (`250`) or `"250ms"`, `"2s"`,
//! `"1m"`. The key names keep their unit so that a bare number still means
//! what it always meant.

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};

/// Seconds from `90`, `"90s"`, `"15m"`, `"1h"`, `"2d"`, `"1w"` (also the CLI's
/// `--since` and `--older-than`); None for anything else.
pub fn secs_from_text(text: &str) -> Option<u64> {
    Unit::Secs.parse(text)
}

/// For `#[serde(deserialize_with)]` on a `*_secs` key.
pub fn secs<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    d.deserialize_any(Amount(Unit::Secs))
}

/// For `#[serde(deserialize_with)]` on a `*_ms` key.
pub fn millis<'de, D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
    d.deserialize_any(Amount(Unit::Millis))
}

/// For a list of `*_secs` values (`retry_schedule_secs = ["5m", "1h", 7200]`).
pub fn secs_list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u64>, D::Error> {
    d.deserialize_seq(List)
}

#[derive(Clone, Copy)]
enum Unit {
    Secs,
    Millis,
}

impl Unit {
    fn expected(self) -> &'static str {
        match self {
            Unit::Secs => "seconds, or a duration like \"90s\", \"15m\", \"1h\", \"2d\", \"1w\"",
            Unit::Millis => "milliseconds, or a duration like \"250ms\", \"2s\", \"1m\"",
        }
    }

    /// `text` in this unit; None for a negative, a fraction, an unknown unit
    /// or an overflow.
    fn parse(self, text: &str) -> Option<u64> {
        let text = text.trim();
        let split = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        let (number, suffix) = text.split_at(split);
        let n: u64 = number.parse().ok()?;
        let millis_per = match suffix.trim() {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "w" => 604_800_000,
            "" => return Some(n),
            _ => return None,
        };
        let millis = n.checked_mul(millis_per)?;
        match self {
            Unit::Millis => Some(millis),
            // "1500ms" is not a whole number of seconds: refuse rather than round.
            Unit::Secs => (millis % 1_000 == 0).then_some(millis / 1_000),
        }
    }
}

struct Amount(Unit);

impl<'de> Visitor<'de> for Amount {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0.expected())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
        Ok(v)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
        u64::try_from(v)
            .map_err(|_| E::custom(format!("{v} is negative; expected {}", self.0.expected())))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<u64, E> {
        self.0.parse(v).ok_or_else(|| {
            E::custom(format!(
                "{v:?} is not a duration; expected {}",
                self.0.expected()
            ))
        })
    }
}

struct List;

impl<'de> Visitor<'de> for List {
    type Value = Vec<u64>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of durations (seconds, or like \"5m\", \"1h\")")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u64>, A::Error> {
        let mut out = Vec::new();
        while let Some(Secs(v)) = seq.next_element()? {
            out.push(v);
        }
        Ok(out)
    }
}

/// One list element in seconds.
struct Secs(u64);

impl<'de> serde::Deserialize<'de> for Secs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        secs(d).map(Secs)
    }
}

#[cfg(test)]
mod tests {
    use super::Unit;

    #[test]
    fn durations_read_as_people_write_them() {
        assert_eq!(Unit::Secs.parse("90"), Some(90));
        assert_eq!(Unit::Secs.parse("90s"), Some(90));
        assert_eq!(Unit::Secs.parse("15m"), Some(900));
        assert_eq!(Unit::Secs.parse("1h"), Some(3600));
        assert_eq!(Unit::Secs.parse("2d"), Some(172_800));
        assert_eq!(Unit::Secs.parse("1w"), Some(604_800));
        assert_eq!(Unit::Secs.parse("2000ms"), Some(2));
        assert_eq!(Unit::Millis.parse("250"), Some(250));
        assert_eq!(Unit::Millis.parse("250ms"), Some(250));
        assert_eq!(Unit::Millis.parse("2s"), Some(2000));
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "1.5h",
            "-1",
            "1x",
            "h",
            "1500ms",
            "99999999999999999999w",
            "1 h 2",
        ] {
            assert_eq!(Unit::Secs.parse(bad), None, "{bad}");
        }
        assert_eq!(Unit::Millis.parse("1y"), None);
    }
}
